"""Scans, order statistics, histograms and indexed reductions:
logcumsumexp (+-inf, NaN, float64 accumulation), nanmedian (NaN rows,
lower median, all-NaN rows), mode (ties: smallest value, last index),
histc (data range, explicit range, inclusive last bin), angle of reals,
index_reduce (prod/mean/amax/amin, include_self), put, nonzero_static and
segment_reduce.

Where torch's CPU kernel picks an index among equal elements with an
unstable sort (nanmedian rows longer than 3, mode rows longer than 16), the
inputs have no ties on the picked value."""

import torch

from torch_mlir_e2e.registry import F64, I32, I64, Arg, e2e_test

_NAN, _INF = float("nan"), float("inf")


def _distinct(tu, *shape, dtype=torch.float32):
    n = 1
    for d in shape:
        n *= d
    return (torch.randperm(n, generator=tu.gen).reshape(shape) - n // 2).to(dtype) / 4


# ---------------------------------------------------------------- logcumsumexp


@e2e_test(args=[Arg([3, 6])], inputs=lambda tu: (torch.tensor(
    [[1.0, -_INF, 2.0, _INF, 0.5, -1.0],
     [-_INF, -_INF, 3.0, _NAN, 1.0, 2.0],
     [_INF, _INF, -_INF, 100.0, -100.0, 1e-3]]),))
def logcumsumexp_infinities_nan(x):
    return torch.logcumsumexp(x, 1)


@e2e_test(args=[Arg([-1, -1], F64)], inputs=lambda tu: (tu.randn(9, 4, dtype=F64) * 30,))
def logcumsumexp_dim0_dynamic_f64(x):
    return torch.logcumsumexp(x, 0)


@e2e_test(args=[Arg([4, 5, 7])], inputs=lambda tu: (tu.randn(4, 5, 7) * 10,))
def logcumsumexp_middle_dim(x):
    return torch.logcumsumexp(x, -2)


# ------------------------------------------------------------------ nanmedian


@e2e_test(args=[Arg([4, 3])], inputs=lambda tu: (torch.tensor(
    [[_NAN, 1.0, 1.0], [_NAN, _NAN, _NAN], [2.0, -0.0, 2.0], [_NAN, 5.0, -1.0]]),))
def nanmedian_dim_short_rows_ties(x):
    return torch.nanmedian(x, 1)


@e2e_test(args=[Arg([-1, -1])], inputs=lambda tu: (torch.where(
    tu.rand(6, 9) < 0.3, _NAN, _distinct(tu, 6, 9)),))
def nanmedian_dim_dynamic_keepdim(x):
    return torch.nanmedian(x, 1, keepdim=True)


@e2e_test(args=[Arg([5, 4])], inputs=lambda tu: (torch.where(
    tu.rand(5, 4) < 0.3, _NAN, tu.randint(5, 4, low=-3, high=3).float()),))
def nanmedian_all_ties(x):
    return torch.nanmedian(x)


@e2e_test(args=[Arg([-1], I64)], inputs=lambda tu: (tu.randint(8, low=-5, high=5),))
def nanmedian_all_int_dynamic(x):
    return torch.nanmedian(x)


# ----------------------------------------------------------------------- mode


@e2e_test(args=[Arg([5, 12], I64)], inputs=lambda tu: (tu.randint(5, 12, low=0, high=4),))
def mode_int_ties(x):
    return torch.mode(x, 1)


@e2e_test(args=[Arg([-1, -1])], inputs=lambda tu: (torch.tensor(
    [[1.0, -0.0, 0.0, 1.0, 2.0, 0.0], [3.0, 3.0, 1.0, 1.0, 2.0, 2.0],
     [-_INF, 4.0, -_INF, 4.0, 5.0, 6.0]]).t().contiguous(),))
def mode_dim0_dynamic_signed_zero(x):
    return torch.mode(x, 0, keepdim=True)


@e2e_test(args=[Arg([3, 40])], inputs=lambda tu: (_distinct(tu, 3, 40),))
def mode_long_rows_distinct(x):
    return torch.mode(x)


# ---------------------------------------------------------------------- histc


@e2e_test(args=[Arg([4, 25])], inputs=lambda tu: (tu.randn(4, 25),))
def histc_data_range(x):
    return torch.histc(x, bins=7)


@e2e_test(args=[Arg([-1], F64)], inputs=lambda tu: (torch.tensor(
    [-1.0, -0.5, 0.0, 0.25, 0.5, 0.999, 1.0, 1.5, -2.0, 0.75], dtype=F64),))
def histc_explicit_range_dynamic_f64(x):
    return torch.histc(x, bins=4, min=-1, max=1)


@e2e_test(args=[Arg([6])], inputs=lambda tu: (torch.full((6,), 2.5),))
def histc_constant_data(x):
    return torch.histc(x, bins=5)


# ---------------------------------------------------------------------- angle


@e2e_test(args=[Arg([7])], inputs=lambda tu: (torch.tensor(
    [-1.0, -0.0, 0.0, 2.0, _NAN, -_INF, _INF]),))
def angle_real_specials(x):
    return torch.angle(x)


@e2e_test(args=[Arg([-1, -1], I32)], inputs=lambda tu: (tu.randint(3, 4, low=-3, high=3,
                                                                   dtype=I32),))
def angle_int_dynamic(x):
    return torch.angle(x)


# --------------------------------------------------------------- index_reduce


def _index_reduce_inputs(tu):
    idx = torch.tensor([2, 0, 2, 3, 0, 2])
    src = tu.randn(4, 6)
    src[1, 2] = _NAN
    return tu.randn(4, 5), idx, src


@e2e_test(args=[Arg([4, 5]), Arg([6], I64), Arg([4, 6])], inputs=_index_reduce_inputs)
def index_reduce_reductions(x, idx, src):
    return (x.index_reduce(1, idx, src, "prod"), x.index_reduce(1, idx, src, "mean"),
            x.index_reduce(1, idx, src, "amax", include_self=False),
            x.index_reduce(1, idx, src, "amin"))


@e2e_test(args=[Arg([5, 3], I64), Arg([4], I64), Arg([4, 3], I64)], inputs=lambda tu: (
    tu.randint(5, 3, low=-9, high=9), torch.tensor([4, 1, 4, 4]),
    tu.randint(4, 3, low=-9, high=9)))
def index_reduce_int_mean_exclude_self(x, idx, src):
    return (x.index_reduce(0, idx, src, "mean", include_self=False),
            x.index_reduce(0, idx, src, "mean"))


# ------------------------------------------------------------------------ put


@e2e_test(args=[Arg([3, 4]), Arg([5], I64), Arg([5])], inputs=lambda tu: (
    tu.randn(3, 4), torch.tensor([0, -1, 5, 5, 11]), tu.randn(5)))
def put_negative_duplicates(x, idx, src):
    return torch.put(x, idx, src), torch.put(x, idx, src, accumulate=True)


@e2e_test(args=[Arg([2, 3, 2], I64), Arg([2, 2], I64), Arg([4], I64)], inputs=lambda tu: (
    tu.randint(2, 3, 2, high=50), torch.tensor([[3, -12], [7, 0]]), tu.randint(4, high=9)))
def put_int_2d_index(x, idx, src):
    return torch.put(x, idx, src, accumulate=True)


# -------------------------------------------------------------- nonzero_static


@e2e_test(args=[Arg([4, 5])], inputs=lambda tu: (torch.where(
    tu.rand(4, 5) < 0.4, 0.0, tu.randn(4, 5)),))
def nonzero_static_padded(x):
    return (torch.nonzero_static(x, size=15), torch.nonzero_static(x, size=3, fill_value=7))


@e2e_test(args=[Arg([2, 3, 2], I32)], inputs=lambda tu: (tu.randint(2, 3, 2, high=2,
                                                                    dtype=I32),))
def nonzero_static_3d_int(x):
    return torch.nonzero_static(x, size=8, fill_value=-5)


# -------------------------------------------------------------- segment_reduce


def _segments(tu):
    x = tu.randn(7, 3)
    x[2, 1] = _NAN
    return x, torch.tensor([2, 0, 4, 1])


@e2e_test(args=[Arg([7, 3]), Arg([4], I64)], inputs=_segments)
def segment_reduce_lengths(x, lengths):
    return (torch.segment_reduce(x, "sum", lengths=lengths),
            torch.segment_reduce(x, "mean", lengths=lengths),
            torch.segment_reduce(x, "max", lengths=lengths),
            torch.segment_reduce(x, "min", lengths=lengths),
            torch.segment_reduce(x, "prod", lengths=lengths))


@e2e_test(args=[Arg([2, 6], F64), Arg([2, 4], I64)], inputs=lambda tu: (
    tu.randn(2, 6, dtype=F64), torch.tensor([[0, 2, 2, 6], [0, 1, 5, 6]])))
def segment_reduce_offsets_axis1_initial(x, offsets):
    return (torch.segment_reduce(x, "mean", offsets=offsets, axis=1, initial=2.0),
            torch.segment_reduce(x, "max", offsets=offsets, axis=1, initial=0.5),
            torch.segment_reduce(x, "sum", offsets=offsets, axis=1))
