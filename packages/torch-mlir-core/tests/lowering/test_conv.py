"""Convolutions (aten.convolution after torch.export) lowered to
linalg-on-tensors, run on the reference backend and compared with torch
eager: 1-D/2-D/3-D, stride, padding (ints, 'same', 'valid'), dilation,
groups and depthwise, bias, transposed convs with output_padding, stride,
groups and dilation; f32/f64/f16/bf16/int; static and dynamic dims."""

import pytest
import torch
import torch.nn.functional as F
from test_linear import _id, _tol, rnd, run

CONV2D = [
    # name, x shape, w shape, kwargs, dynamic, expected op
    ("basic", (2, 3, 7, 7), (4, 3, 3, 3), {}, None, "conv_2d_nchw_fchw"),
    ("stride_pad", (2, 3, 9, 9), (4, 3, 3, 3), dict(stride=2, padding=1), None,
     "conv_2d_nchw_fchw"),
    ("asymmetric", (1, 3, 9, 8), (4, 3, 3, 2), dict(stride=(2, 1), padding=(0, 2)), None,
     "conv_2d_nchw_fchw"),
    ("dilation", (1, 2, 9, 9), (3, 2, 3, 3), dict(dilation=2, padding=2), None,
     "conv_2d_nchw_fchw"),
    ("dynamic_batch", (2, 3, 7, 7), (4, 3, 3, 3), dict(padding=1), {0: [0]},
     "conv_2d_nchw_fchw"),
    ("dynamic_spatial", (2, 3, 7, 8), (4, 3, 3, 3), dict(padding=1), {0: [0, 2, 3]},
     "conv_2d_nchw_fchw"),
    ("dynamic_stride", (2, 3, 9, 9), (4, 3, 3, 3), dict(stride=2, padding=1), {0: [0]},
     "conv_2d_nchw_fchw"),
    ("groups", (2, 4, 6, 6), (6, 2, 3, 3), dict(groups=2, padding=1), None,
     "conv_2d_ngchw_gfchw"),
    ("groups_dynamic", (2, 4, 6, 6), (6, 2, 3, 3), dict(groups=2), {0: [0, 2]},
     "conv_2d_ngchw_gfchw"),
    ("depthwise", (2, 4, 6, 6), (4, 1, 3, 3), dict(groups=4, stride=2), None,
     "depthwise_conv_2d_nchw_chw"),
    ("depthwise_dynamic", (2, 4, 6, 6), (4, 1, 3, 3), dict(groups=4, padding=1),
     {0: [0, 2, 3]}, "depthwise_conv_2d_nchw_chw"),
    ("depthwise_multiplier", (2, 3, 6, 6), (6, 1, 3, 3), dict(groups=3), None,
     "conv_2d_ngchw_gfchw"),
    ("pointwise", (2, 8, 5, 5), (4, 8, 1, 1), {}, None, "conv_2d_nchw_fchw"),
    ("same", (2, 3, 6, 6), (4, 3, 4, 4), dict(padding="same"), None, "tensor.pad"),
    ("same_dilated", (2, 3, 6, 6), (4, 3, 3, 3), dict(padding="same", dilation=2), None,
     "tensor.pad"),
    ("valid", (2, 3, 6, 6), (4, 3, 3, 3), dict(padding="valid"), None, "conv_2d_nchw_fchw"),
]


@pytest.mark.parametrize("name,x,w,kw,dynamic,op", CONV2D, ids=[c[0] for c in CONV2D])
@pytest.mark.parametrize("bias", [True, False], ids=["bias", "nobias"])
def test_conv2d(name, x, w, kw, dynamic, op, bias):
    if bias:
        run(lambda a, b, c: F.conv2d(a, b, c, **kw), rnd(*x), rnd(*w), rnd(w[0]),
            dynamic=dynamic, expect=op, rtol=1e-4, atol=1e-4, min_size=6)
    else:
        run(lambda a, b: F.conv2d(a, b, **kw), rnd(*x), rnd(*w), dynamic=dynamic, expect=op,
            rtol=1e-4, atol=1e-4, min_size=6)


CONV_ND = [
    ("1d", F.conv1d, (2, 3, 9), (4, 3, 3), dict(stride=2, padding=1), None, "conv_1d_ncw_fcw"),
    ("1d_dilation_dynamic", F.conv1d, (2, 3, 9), (4, 3, 3), dict(dilation=2), {0: [0, 2]},
     "conv_1d_ncw_fcw"),
    ("1d_groups", F.conv1d, (2, 4, 9), (6, 2, 3), dict(groups=2, padding=1), None,
     "conv_2d_ngchw_gfchw"),
    ("1d_depthwise", F.conv1d, (2, 4, 9), (4, 1, 3), dict(groups=4), None,
     "depthwise_conv_1d_ncw_cw"),
    ("3d", F.conv3d, (1, 2, 5, 6, 5), (3, 2, 3, 3, 3), dict(padding=1, stride=(1, 2, 1)), None,
     "conv_3d_ncdhw_fcdhw"),
    ("3d_dynamic", F.conv3d, (2, 2, 5, 5, 6), (3, 2, 2, 2, 2), {}, {0: [0, 4]},
     "conv_3d_ncdhw_fcdhw"),
    ("3d_groups", F.conv3d, (1, 4, 4, 4, 4), (6, 2, 3, 3, 3), dict(groups=2, padding=1), None,
     "linalg.generic"),
    ("3d_depthwise", F.conv3d, (1, 4, 4, 4, 4), (4, 1, 3, 3, 3), dict(groups=4), None,
     "depthwise_conv_3d_ncdhw_cdhw"),
]


@pytest.mark.parametrize("name,fn,x,w,kw,dynamic,op", CONV_ND, ids=[c[0] for c in CONV_ND])
def test_conv_nd(name, fn, x, w, kw, dynamic, op):
    run(lambda a, b, c: fn(a, b, c, **kw), rnd(*x), rnd(*w), rnd(w[0]), dynamic=dynamic,
        expect=op, rtol=1e-4, atol=1e-4, min_size=6)


@pytest.mark.parametrize("dtype", [torch.float64, torch.float16, torch.bfloat16, torch.int64,
                                   torch.int32], ids=_id)
def test_conv2d_dtypes(dtype):
    run(lambda a, b, c: F.conv2d(a, b, c, padding=1), rnd(2, 3, 5, 5, dtype=dtype),
        rnd(4, 3, 3, 3, dtype=dtype), rnd(4, dtype=dtype), **_tol(dtype))


def test_conv2d_f16_accumulates_in_f32():
    m = run(lambda a, b: F.conv2d(a, b), torch.ones(1, 64, 8, 8, dtype=torch.float16),
            torch.ones(1, 64, 8, 8, dtype=torch.float16) * 64, rtol=0, atol=0)
    assert "tensor<1x1x1x1xf32>" in str(m)


TRANSPOSED = [
    # name, fn, x shape, w shape, kwargs, dynamic
    ("2d", F.conv_transpose2d, (2, 3, 5, 5), (3, 4, 3, 3), {}, None),
    ("2d_stride_pad_outpad", F.conv_transpose2d, (2, 3, 5, 5), (3, 4, 3, 3),
     dict(stride=2, padding=1, output_padding=1), None),
    ("2d_dynamic", F.conv_transpose2d, (2, 3, 6, 7), (3, 4, 3, 3), dict(stride=2),
     {0: [0, 2, 3]}),
    ("2d_groups_dilation", F.conv_transpose2d, (2, 6, 5, 5), (6, 2, 3, 3),
     dict(stride=2, groups=3, dilation=2), None),
    ("2d_big_padding", F.conv_transpose2d, (1, 2, 5, 5), (2, 3, 2, 2),
     dict(stride=3, padding=2), None),
    ("1d", F.conv_transpose1d, (2, 3, 5), (3, 4, 2), dict(stride=3, padding=1), None),
    ("1d_groups", F.conv_transpose1d, (2, 4, 5), (4, 3, 3), dict(groups=2, output_padding=1,
                                                                  stride=2), None),
    ("3d", F.conv_transpose3d, (1, 2, 3, 3, 3), (2, 3, 2, 2, 2), dict(stride=2), None),
]


@pytest.mark.parametrize("name,fn,x,w,kw,dynamic", TRANSPOSED, ids=[t[0] for t in TRANSPOSED])
def test_conv_transpose(name, fn, x, w, kw, dynamic):
    run(lambda a, b, c: fn(a, b, c, **kw), rnd(*x), rnd(*w), rnd(w[1] * kw.get("groups", 1)),
        dynamic=dynamic, rtol=1e-4, atol=1e-4, min_size=6)


def test_conv_module_dynamic_batch():
    torch.manual_seed(0)
    conv = torch.nn.Conv2d(3, 8, 3, stride=2, padding=1).eval()
    run(lambda x: conv(x), rnd(2, 3, 16, 16), dynamic={0: [0]}, rtol=1e-4, atol=1e-4)


_GROUPED_DYNAMIC_CHANNELS = """
func.func @f(%x: !torch.vtensor<[1,?,8,8],f32>, %w: !torch.vtensor<[6,2,3,3],f32>)
    -> !torch.vtensor<[1,6,6,6],f32> {
  %none = torch.constant.none
  %c0 = torch.constant.int 0
  %c1 = torch.constant.int 1
  %c2 = torch.constant.int 2
  %ones = torch.prim.ListConstruct %c1, %c1 : (!torch.int, !torch.int) -> !torch.list<int>
  %zeros = torch.prim.ListConstruct %c0, %c0 : (!torch.int, !torch.int) -> !torch.list<int>
  %0 = torch.aten.conv2d %x, %w, %none, %ones, %zeros, %ones, %c2
    : !torch.vtensor<[1,?,8,8],f32>, !torch.vtensor<[6,2,3,3],f32>, !torch.none,
      !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.int
    -> !torch.vtensor<[1,6,6,6],f32>
  return %0 : !torch.vtensor<[1,6,6,6],f32>
}
"""


def test_unsupported_conv_is_reported(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    src = tmp_path / "in.mlir"
    src.write_text(_GROUPED_DYNAMIC_CHANNELS)
    opt = Path(sys.executable).parent / "torch-mlir-opt"
    r = subprocess.run([str(opt), str(src), "-torch-lower-to-linalg"], capture_output=True,
                       text=True)
    assert r.returncode == 1
    assert "'torch.aten.conv2d' could not be lowered to linalg-on-tensors: grouped " \
           "convolution with a dynamic channel count" in r.stderr, r.stderr
