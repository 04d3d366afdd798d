"""Creation ops lowered to linalg-on-tensors, run on the reference backend
and compared with torch eager: full/zeros/ones/empty (+ _like and new_*)
with constant and run-time sizes, arange (int/float, negative steps,
run-time ends), linspace, eye, tril/triu; several dtypes."""

import pytest
import torch
from harness import random_inputs, run

f32, ints = random_inputs()


# --- fills ----------------------------------------------------------------------------

FULL = [
    ("full", lambda a: torch.full((2, 3), 1.5) + a, f32(2, 3)),
    ("full_int32", lambda a: torch.full((2, 3), 7, dtype=torch.int32) + a,
     ints(2, 3, dtype=torch.int32)),
    ("full_float_to_int", lambda a: torch.full((3,), 2.9, dtype=torch.int64) + a, ints(3)),
    ("zeros", lambda a: torch.zeros(2, 3) + a, f32(2, 3)),
    ("ones_f64", lambda a: torch.ones(3, dtype=torch.float64) * a, f32(3, dtype=torch.float64)),
    ("empty_filled", lambda a: torch.empty(2, 3).fill_(4.0) - a, f32(2, 3)),
    ("full_like", lambda a: torch.full_like(a, 3), f32(2, 3)),
    ("full_like_dtype", lambda a: torch.full_like(a, 3, dtype=torch.int32), f32(2, 3)),
    ("zeros_like", lambda a: torch.zeros_like(a), ints(4)),
    ("ones_like", lambda a: torch.ones_like(a, dtype=torch.float16), f32(2, 2)),
    ("new_zeros", lambda a: a.new_zeros(3, 2), f32(4)),
    ("new_ones", lambda a: a.new_ones(3, 2, dtype=torch.int32), f32(4)),
    ("new_full", lambda a: a.new_full((3, 2), 7), ints(4)),
    ("new_empty_filled", lambda a: a.new_empty((3, 2)).fill_(1) + a[:2].sum(), f32(4)),
]


@pytest.mark.parametrize("name,fn,x", FULL, ids=[c[0] for c in FULL])
def test_full(name, fn, x):
    run(fn, x)


def test_full_bool():
    run(lambda a: torch.full((2, 3), True) & (a > 0), f32(2, 3))


DYNAMIC_FULL = [
    ("zeros", lambda a: torch.zeros(a.shape[0], 2) + a[:, :1]),
    ("full", lambda a: torch.full((a.shape[0], a.shape[1]), -2.0) * a),
    ("ones_like", lambda a: torch.ones_like(a) + a),
    ("full_like_int", lambda a: torch.full_like(a, 5, dtype=torch.int64)),
    ("new_zeros", lambda a: a.new_zeros(a.shape[1], 3)),
]


@pytest.mark.parametrize("name,fn", DYNAMIC_FULL, ids=[c[0] for c in DYNAMIC_FULL])
def test_full_dynamic(name, fn):
    run(fn, f32(4, 3), dynamic={0: [0, 1]})


# --- ranges ---------------------------------------------------------------------------

ARANGE = [
    ("int", lambda a: torch.arange(0, 5, 2) + a, ints(3)),
    ("end_only", lambda a: torch.arange(4) * a, ints(4)),
    ("negative_step", lambda a: torch.arange(5, -3, -2) + a, ints(4)),
    ("float", lambda a: torch.arange(0.0, 1.0, 0.3) + a, f32(4)),
    ("float_inexact", lambda a: torch.arange(-1.0, 2.05, 0.35) + a, f32(9)),
    ("float64", lambda a: torch.arange(1, 4, dtype=torch.float64) + a,
     f32(3, dtype=torch.float64)),
    ("int32", lambda a: torch.arange(2, 9, 3, dtype=torch.int32) + a,
     ints(3, dtype=torch.int32)),
]


@pytest.mark.parametrize("name,fn,x", ARANGE, ids=[c[0] for c in ARANGE])
def test_arange(name, fn, x):
    run(fn, x)


def test_arange_dynamic():
    run(lambda a: (torch.arange(a.shape[0]) * 2, torch.arange(3, a.shape[0] + 3)),
        f32(5), dynamic={0: [0]})


def test_arange_dynamic_float():
    run(lambda a: torch.arange(a.shape[0], dtype=torch.float32) * 0.5 + a, f32(5),
        dynamic={0: [0]})


@pytest.mark.parametrize("start,end,steps", [(0, 1, 5), (3, -2, 7), (-1.5, 2.5, 2),
                                             (0, 10, 1)])
def test_linspace(start, end, steps):
    run(lambda a: torch.linspace(start, end, steps) + a, f32(steps))


# --- eye / tril / triu ------------------------------------------------------------------------


def test_eye():
    run(lambda a: (torch.eye(3) + a, torch.eye(2, 4, dtype=torch.int64)), f32(3, 3))


@pytest.mark.parametrize("diag", [0, 1, -1, 3])
def test_tril_triu(diag):
    run(lambda a: (a.tril(diag), a.triu(diag)), f32(2, 4, 5))


def test_tril_int_dynamic():
    run(lambda a: (a.tril(), a.triu(-1)), ints(4, 5), dynamic={0: [0, 1]})
