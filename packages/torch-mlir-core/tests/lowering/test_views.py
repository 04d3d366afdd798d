"""Views and shape ops lowered to linalg-on-tensors, run on the reference
backend and compared with torch eager: reshapes (collapse/expand/regroup,
-1, 0-d), squeeze/unsqueeze, permutes, expands, slices (steps, negative
bounds, clamped ends), select/narrow, cat/stack (mixed dtypes), split/chunk/
unbind, flip/roll, pads (constant, negative, reflect, replicate, circular),
repeat/tile, as_strided, unfold, diagonal, slice/select_scatter and nearest
upsampling; static and dynamic dims, several dtypes."""

import pytest
import torch
import torch.nn.functional as F
from harness import random_inputs, run

f32, ints = random_inputs()


# --- reshapes ------------------------------------------------------------------------

RESHAPES = [
    ("collapse", lambda a: a.view(6, 4), (2, 3, 4), None),
    ("expand", lambda a: a.view(2, 3, 2, 2), (2, 3, 4), None),
    ("regroup", lambda a: a.reshape(4, 6), (2, 3, 4), None),
    ("infer", lambda a: a.reshape(-1, 8), (2, 3, 4), None),
    ("flatten", lambda a: a.flatten(), (2, 3, 4), None),
    ("unflatten", lambda a: a.unflatten(-1, (2, 2)), (2, 3, 4), None),
    ("to_0d", lambda a: a.reshape(()), (1, 1), None),
    ("from_0d", lambda a: a.sum().reshape(1, 1, 1), (2, 3), None),
    ("collapse_dyn", lambda a: a.flatten(0, 1), (2, 3, 4), {0: [1]}),
    ("infer_dyn", lambda a: a.reshape(-1, 4), (2, 3, 4), {0: [0]}),
    ("regroup_dyn", lambda a: a.reshape(-1, 2), (3, 4), {0: [0]}),
    ("flatten_dyn", lambda a: a.flatten(1), (2, 3, 4), {0: [0, 2]}),
    ("unflatten_dyn", lambda a: a.unflatten(1, (2, 2)), (3, 4), {0: [0]}),
]


@pytest.mark.parametrize("name,fn,shape,dynamic", RESHAPES, ids=[c[0] for c in RESHAPES])
def test_reshape(name, fn, shape, dynamic):
    run(fn, f32(*shape), dynamic=dynamic)


@pytest.mark.parametrize("dtype", [torch.int64, torch.int32, torch.float64, torch.bool])
def test_reshape_dtypes(dtype):
    run(lambda a: a.reshape(3, 2, 2), ints(2, 6, lo=0, hi=2).to(dtype))


def test_squeeze_unsqueeze():
    run(lambda a: (a.squeeze(), a.squeeze(2), a.unsqueeze(0), a.unsqueeze(-1)), f32(2, 3, 1))


def test_squeeze_unsqueeze_dynamic():
    run(lambda a: (a[:, :1].squeeze(1), a.unsqueeze(1), a.unsqueeze(-1)), f32(3, 4),
        dynamic={0: [0, 1]})


# --- permutes and expands -----------------------------------------------------------------


@pytest.mark.parametrize("dtype", [torch.float32, torch.int64])
def test_permute(dtype):
    run(lambda a: (a.permute(2, 0, 1), a.transpose(0, -1), a.mT), ints(2, 3, 4).to(dtype))


def test_permute_dynamic():
    run(lambda a: a.permute(1, 2, 0), f32(2, 3, 4), dynamic={0: [0, 2]})


def test_t():
    run(lambda a: a.t() * 2, f32(3, 5))


def test_expand():
    run(lambda a: (a.expand(2, 3, 4), a.expand(5, -1, -1, 4)), f32(1, 3, 1))


def test_expand_dynamic():
    run(lambda a: a.unsqueeze(0).expand(3, -1, -1), f32(4, 5), dynamic={0: [0, 1]})


def test_expand_as():
    run(lambda a, b: a.expand_as(b) + b, f32(3, 1), f32(3, 4))


# --- slicing -------------------------------------------------------------------------------

SLICES = [
    ("step", lambda a: a[:, 1:, ::2], (3, 4, 5), None),
    ("negative", lambda a: a[-2:, 1:-1], (4, 5), None),
    ("clamped", lambda a: a[1:100, -100:2], (4, 5), None),
    ("empty", lambda a: a[3:1] + 1, (4, 5), None),
    ("select", lambda a: (a[1], a[:, -1], a[..., 2]), (3, 4, 5), None),
    ("narrow", lambda a: a.narrow(1, 1, 2), (3, 4), None),
    ("step_dyn", lambda a: a[:, 1:4:2], (3, 6), {0: [0]}),
    ("negative_dyn", lambda a: a[:, -3:], (3, 6), {0: [0]}),
    ("select_dyn", lambda a: a[:, 1], (3, 4), {0: [0]}),
]


@pytest.mark.parametrize("name,fn,shape,dynamic", SLICES, ids=[c[0] for c in SLICES])
def test_slice(name, fn, shape, dynamic):
    run(fn, f32(*shape), dynamic=dynamic)


def test_slice_int():
    run(lambda a: (a[1:, ::3], a[:, 2]), ints(4, 7))


def test_slice_scatter():
    run(lambda a, b: torch.slice_scatter(a, b, 1, 1, 5, 2), f32(3, 6), f32(3, 2))


def test_select_scatter():
    run(lambda a, b: torch.select_scatter(a, b, 0, -1), f32(3, 4), f32(4))


# --- cat / stack / split -----------------------------------------------------------------


def test_cat():
    run(lambda a, b, c: torch.cat([a, b, c], 1), f32(2, 1), f32(2, 3), f32(2, 2))


def test_cat_dynamic():
    run(lambda a: torch.cat([a, a * 2], 0), f32(3, 4), dynamic={0: [0]})


def test_cat_mixed_dtypes():
    run(lambda a, b: torch.cat([a, b], 0), f32(2, 3), ints(1, 3, dtype=torch.int32))


def test_cat_int():
    run(lambda a, b: torch.cat([a, b], -1), ints(2, 3), ints(2, 2))


def test_cat_bool():
    run(lambda a, b: torch.cat([a > 0, b > 0]), f32(3), f32(2))


def test_stack():
    run(lambda a, b: (torch.stack([a, b]), torch.stack([a, b], -1)), f32(2, 3), f32(2, 3))


@pytest.mark.parametrize("name,fn", [
    ("split", lambda a: a.split(2, 1)),
    ("split_sizes", lambda a: a.split([1, 4], 1)),
    ("chunk", lambda a: a.chunk(3, 1)),
    ("unbind", lambda a: a.unbind(0)),
])
def test_split(name, fn):
    run(fn, f32(2, 5))


def test_split_dynamic():
    run(lambda a: a.split([1, 3], 1), f32(3, 4), dynamic={0: [0]})


# --- element moves -------------------------------------------------------------------------


def test_flip():
    run(lambda a: (a.flip(0, 2), a.flip(-1)), f32(2, 3, 4))


def test_flip_dynamic_int():
    run(lambda a: a.flip(0), ints(5, 3), dynamic={0: [0]})


def test_roll():
    run(lambda a: (a.roll(1, 1), a.roll((-1, 2), (0, 1)), a.roll(3)), f32(3, 4))


def test_roll_dynamic():
    run(lambda a: a.roll(-1, 0), f32(4, 3), dynamic={0: [0]})


PADS = [
    ("constant", lambda a: F.pad(a, (1, 2, 0, 1), value=3.0), None),
    ("negative", lambda a: F.pad(a, (-1, 2, 1, -2)), None),
    ("constant_dyn", lambda a: F.pad(a, (2, 1)), {0: [0, 2]}),
    ("reflect1d", lambda a: F.pad(a, (2, 3), mode="reflect"), None),
    ("reflect2d", lambda a: F.pad(a, (1, 2, 2, 1), mode="reflect"), None),
    ("replicate1d", lambda a: F.pad(a, (2, 3), mode="replicate"), None),
    ("replicate2d", lambda a: F.pad(a, (1, 2, 2, 1), mode="replicate"), None),
    ("circular", lambda a: F.pad(a, (1, 2), mode="circular"), None),
    ("reflect_dyn", lambda a: F.pad(a, (1, 1), mode="reflect"), {0: [0]}),
]


@pytest.mark.parametrize("name,fn,dynamic", PADS, ids=[c[0] for c in PADS])
def test_pad(name, fn, dynamic):
    run(fn, f32(2, 4, 5), dynamic=dynamic)


def test_pad_int():
    run(lambda a: F.pad(a, (1, 1), value=-7), ints(2, 3, dtype=torch.int32))


def test_repeat():
    run(lambda a: (a.repeat(2, 1, 3), a.repeat(2, 1, 1, 1), a.tile(2)), f32(2, 1, 3))


def test_repeat_dynamic():
    run(lambda a: a.repeat(2, 3), ints(3, 2), dynamic={0: [0]})


def test_as_strided():
    run(lambda a: (a.as_strided((6, 4), (4, 1)), a.as_strided((3, 3), (2, 1), 1),
                   a.as_strided((2, 2), (1, 2))), f32(2, 3, 4))


def test_unfold():
    run(lambda a: (a.unfold(1, 3, 2), a.unfold(0, 1, 1)), f32(2, 7))


def test_diagonal():
    run(lambda a: (a.diagonal(), a.diagonal(1, 1, 2), a.diagonal(-1, 0, 2)), f32(3, 4, 5))


UPSAMPLE = [
    ("scale2", lambda a: F.interpolate(a, scale_factor=2, mode="nearest"), None),
    ("size", lambda a: F.interpolate(a, size=(5, 7), mode="nearest"), None),
    ("down", lambda a: F.interpolate(a, size=(2, 3), mode="nearest"), None),
    ("scale_dyn", lambda a: F.interpolate(a, scale_factor=2, mode="nearest"), {0: [0]}),
]


@pytest.mark.parametrize("name,fn,dynamic", UPSAMPLE, ids=[c[0] for c in UPSAMPLE])
def test_upsample_nearest2d(name, fn, dynamic):
    run(fn, f32(2, 3, 4, 5), dynamic=dynamic)


def test_upsample_nearest1d():
    run(lambda a: F.interpolate(a, size=7, mode="nearest"), f32(1, 2, 5))
