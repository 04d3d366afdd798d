"""Pooling lowered to linalg-on-tensors, run on the reference backend and
compared with torch eager: max_pool1d/2d/3d (values and indices, ceil_mode,
padding, dilation, ints), avg_pool1d/2d/3d (count_include_pad, ceil_mode,
divisor_override), adaptive avg/max pools with output sizes dividing the
input and not; static and dynamic dims (torch.export specializes spatial
dims under ceil_mode, so those are dynamic in the lit tests only)."""

import pytest
import torch
import torch.nn.functional as F
from test_linear import _id, _tol, rnd, run


def distinct(*shape, dtype=torch.float32):
    """Distinct values (max-pool indices are then unambiguous)."""
    n = 1
    for s in shape:
        n *= s
    g = torch.Generator().manual_seed(n)
    return (torch.randperm(n, generator=g).reshape(shape).to(torch.float64) / 7 - n / 14) \
        .to(dtype)


MAX_POOL = [
    # name, fn, shape, kwargs, dynamic, expected op
    ("2d", F.max_pool2d, (2, 3, 9, 9), dict(kernel_size=3, stride=2, padding=1), None,
     "pooling_nchw_max"),
    ("2d_default_stride", F.max_pool2d, (2, 3, 8, 8), dict(kernel_size=2), None,
     "pooling_nchw_max"),
    ("2d_rect", F.max_pool2d, (1, 2, 9, 7), dict(kernel_size=(3, 2), stride=(2, 1),
                                                padding=(1, 0)), None, "pooling_nchw_max"),
    ("2d_ceil", F.max_pool2d, (2, 3, 8, 8), dict(kernel_size=3, stride=2, ceil_mode=True),
     None, "pooling_nchw_max"),
    ("2d_ceil_pad", F.max_pool2d, (2, 3, 8, 8), dict(kernel_size=3, stride=2, padding=1,
                                                    ceil_mode=True), None, "pooling_nchw_max"),
    ("2d_dilation", F.max_pool2d, (2, 3, 10, 10), dict(kernel_size=3, stride=2, padding=1,
                                                      dilation=2), None, "pooling_nchw_max"),
    ("2d_dynamic", F.max_pool2d, (2, 3, 9, 9), dict(kernel_size=3, stride=1, padding=1),
     {0: [0, 2, 3]}, "pooling_nchw_max"),
    ("2d_dynamic_stride", F.max_pool2d, (2, 3, 9, 10), dict(kernel_size=3, stride=2),
     {0: [0, 2, 3]}, "pooling_nchw_max"),
    ("2d_dynamic_ceil", F.max_pool2d, (2, 3, 9, 10), dict(kernel_size=3, stride=2, padding=1,
                                                         ceil_mode=True), {0: [0]},
     "pooling_nchw_max"),
    ("2d_unbatched", F.max_pool2d, (3, 9, 9), dict(kernel_size=3, stride=2), None,
     "linalg.generic"),
    ("1d", F.max_pool1d, (2, 3, 9), dict(kernel_size=3, stride=2, padding=1), None,
     "pooling_nchw_max"),
    ("3d", F.max_pool3d, (1, 2, 5, 6, 5), dict(kernel_size=2, stride=2, padding=1), None,
     "linalg.generic"),
    ("3d_ceil_dynamic", F.max_pool3d, (2, 2, 7, 6, 7), dict(kernel_size=3, stride=2,
                                                           ceil_mode=True), {0: [0]},
     "linalg.generic"),
]


@pytest.mark.parametrize("name,fn,shape,kw,dynamic,op", MAX_POOL, ids=[m[0] for m in MAX_POOL])
def test_max_pool(name, fn, shape, kw, dynamic, op):
    run(lambda x: fn(x, **kw), rnd(*shape), dynamic=dynamic, expect=op, min_size=6)


@pytest.mark.parametrize("name,fn,shape,kw,dynamic,op", MAX_POOL, ids=[m[0] for m in MAX_POOL])
def test_max_pool_indices(name, fn, shape, kw, dynamic, op):
    run(lambda x: fn(x, return_indices=True, **kw), distinct(*shape), dynamic=dynamic,
        expect="arith.select", min_size=6)


@pytest.mark.parametrize("dtype", [torch.float64, torch.float16, torch.bfloat16, torch.int64,
                                   torch.int32, torch.int8, torch.uint8], ids=_id)
def test_max_pool2d_dtypes(dtype):
    run(lambda x: F.max_pool2d(x, 3, 2, 1, return_indices=True), distinct(2, 3, 8, 8)
        .mul(7).to(dtype) if dtype != torch.uint8 else torch.randperm(128).reshape(2, 1, 8, 8)
        .to(dtype), **_tol(dtype))


def test_max_pool2d_nan_and_ties():
    x = torch.zeros(1, 1, 4, 4)
    x[0, 0, 1, 1] = float("nan")
    x[0, 0, 2, 3] = 5.0
    x[0, 0, 3, 2] = 5.0  # a tie with the previous one: the first wins
    run(lambda x: F.max_pool2d(x, 2, 2, return_indices=True), x)


def test_max_pool2d_all_neg_inf_window():
    x = torch.full((1, 1, 4, 4), float("-inf"))
    x[0, 0, 0, 0] = 1.0
    run(lambda x: F.max_pool2d(x, 2, 2, padding=1, return_indices=True), x)


AVG_POOL = [
    # name, fn, shape, kwargs, dynamic
    ("2d", F.avg_pool2d, (2, 3, 8, 8), dict(kernel_size=2), None),
    ("2d_pad", F.avg_pool2d, (2, 3, 9, 9), dict(kernel_size=3, stride=2, padding=1), None),
    ("2d_pad_exclude", F.avg_pool2d, (2, 3, 9, 9), dict(kernel_size=3, stride=2, padding=1,
                                                       count_include_pad=False), None),
    ("2d_ceil", F.avg_pool2d, (2, 3, 8, 8), dict(kernel_size=3, stride=2, padding=1,
                                                ceil_mode=True), None),
    ("2d_ceil_exclude", F.avg_pool2d, (2, 3, 8, 8), dict(kernel_size=3, stride=2, padding=1,
                                                        ceil_mode=True,
                                                        count_include_pad=False), None),
    ("2d_ceil_nopad", F.avg_pool2d, (1, 2, 7, 7), dict(kernel_size=2, stride=2,
                                                      ceil_mode=True), None),
    ("2d_divisor", F.avg_pool2d, (2, 3, 8, 8), dict(kernel_size=3, stride=2, padding=1,
                                                   divisor_override=5), None),
    ("2d_rect", F.avg_pool2d, (1, 2, 9, 7), dict(kernel_size=(3, 2), stride=(2, 1),
                                                padding=(1, 0)), None),
    ("2d_dynamic", F.avg_pool2d, (2, 3, 8, 9), dict(kernel_size=3, stride=1, padding=1),
     {0: [0, 2, 3]}),
    ("2d_dynamic_exclude", F.avg_pool2d, (2, 3, 8, 9), dict(kernel_size=3, stride=2, padding=1,
                                                           count_include_pad=False),
     {0: [0, 2, 3]}),
    ("2d_dynamic_ceil", F.avg_pool2d, (2, 3, 8, 9), dict(kernel_size=3, stride=2, padding=1,
                                                        ceil_mode=True), {0: [0]}),
    ("2d_unbatched", F.avg_pool2d, (3, 8, 8), dict(kernel_size=2, padding=1), None),
    ("1d", F.avg_pool1d, (2, 3, 9), dict(kernel_size=3, stride=2, padding=1,
                                        count_include_pad=False), None),
    ("3d", F.avg_pool3d, (1, 2, 5, 6, 5), dict(kernel_size=2, stride=2, padding=1), None),
    ("3d_ceil_exclude", F.avg_pool3d, (1, 2, 5, 6, 5), dict(
        kernel_size=3, stride=2, padding=1, ceil_mode=True, count_include_pad=False), None),
]


@pytest.mark.parametrize("name,fn,shape,kw,dynamic", AVG_POOL, ids=[a[0] for a in AVG_POOL])
def test_avg_pool(name, fn, shape, kw, dynamic):
    run(lambda x: fn(x, **kw), rnd(*shape), dynamic=dynamic, rtol=1e-5, atol=1e-5,
        min_size=6)


@pytest.mark.parametrize("dtype", [torch.float64, torch.float16, torch.bfloat16, torch.int64],
                         ids=_id)
def test_avg_pool2d_dtypes(dtype):
    run(lambda x: F.avg_pool2d(x, 3, 2, 1, count_include_pad=False),
        rnd(2, 3, 8, 8, dtype=dtype) * (7 if not dtype.is_floating_point else 1), **_tol(dtype))


ADAPTIVE = [
    # name, fn, shape, output size, dynamic
    ("2d_even", F.adaptive_avg_pool2d, (2, 3, 8, 8), (2, 4), None),
    ("2d_uneven", F.adaptive_avg_pool2d, (2, 3, 8, 7), (3, 5), None),
    ("2d_one", F.adaptive_avg_pool2d, (2, 3, 7, 7), (1, 1), None),
    ("2d_larger", F.adaptive_avg_pool2d, (1, 2, 3, 4), (5, 6), None),
    ("2d_dynamic", F.adaptive_avg_pool2d, (2, 3, 8, 7), (3, 5), {0: [0, 2, 3]}),
    ("2d_dynamic_even", F.adaptive_avg_pool2d, (2, 3, 8, 8), (2, 2), {0: [0, 2]}),
    ("2d_unbatched", F.adaptive_avg_pool2d, (3, 8, 7), (3, 3), None),
    ("1d", F.adaptive_avg_pool1d, (2, 3, 10), 4, None),
    ("3d", F.adaptive_avg_pool3d, (1, 2, 5, 7, 4), (2, 3, 2), None),
    ("3d_even", F.adaptive_avg_pool3d, (1, 2, 4, 6, 4), (2, 3, 2), None),
]


@pytest.mark.parametrize("name,fn,shape,size,dynamic", ADAPTIVE, ids=[a[0] for a in ADAPTIVE])
def test_adaptive_avg_pool(name, fn, shape, size, dynamic):
    run(lambda x: fn(x, size), rnd(*shape), dynamic=dynamic)


def test_adaptive_avg_pool2d_f16():
    run(lambda x: F.adaptive_avg_pool2d(x, (3, 5)), rnd(2, 3, 8, 7, dtype=torch.float16),
        **_tol(torch.float16))


ADAPTIVE_MAX = [
    ("2d_uneven", F.adaptive_max_pool2d, (2, 3, 8, 7), (3, 5), None),
    ("2d_even", F.adaptive_max_pool2d, (2, 3, 8, 8), (4, 2), None),
    ("2d_dynamic", F.adaptive_max_pool2d, (2, 3, 8, 7), (3, 5), {0: [0, 2, 3]}),
    ("1d", F.adaptive_max_pool1d, (2, 3, 10), 4, None),
    ("3d", F.adaptive_max_pool3d, (1, 2, 5, 7, 4), (2, 3, 2), None),
]


@pytest.mark.parametrize("name,fn,shape,size,dynamic", ADAPTIVE_MAX,
                         ids=[a[0] for a in ADAPTIVE_MAX])
@pytest.mark.parametrize("indices", [False, True], ids=["values", "indices"])
def test_adaptive_max_pool(name, fn, shape, size, dynamic, indices):
    run(lambda x: fn(x, size, return_indices=indices), distinct(*shape), dynamic=dynamic)


def test_adaptive_max_pool2d_even_values_use_named_op():
    run(lambda x: F.adaptive_max_pool2d(x, (4, 2)), rnd(2, 3, 8, 8), expect="pooling_nchw_max")


def test_resnet_stem_dynamic_batch():
    torch.manual_seed(0)
    conv = torch.nn.Conv2d(3, 8, 7, stride=2, padding=3, bias=False).eval()

    def stem(x):
        y = F.max_pool2d(torch.relu(conv(x)), 3, 2, 1)
        return F.adaptive_avg_pool2d(y, 1).flatten(1)
    run(stem, rnd(2, 3, 32, 32), dynamic={0: [0]}, rtol=1e-4, atol=1e-4)
