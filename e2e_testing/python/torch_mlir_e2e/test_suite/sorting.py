"""Sorting and order statistics: sort/argsort (ties, NaN, +-inf, -0.0,
descending, any dim, stable, dynamic sizes, integer and bool dtypes, a row
of 1024), topk, kthvalue, median (with and without dim, NaN rows),
cummax/cummin (ties: last index; NaN), searchsorted (left/right, side=,
sorter=, out_int32, N-D sequences, NaN) and bucketize.

Where torch's CPU kernel picks an unspecified index among equal elements
(topk, kthvalue, median.dim), the tests with ties compare values only, or
use distinct values; so do sorts with stable=False of rows longer than 16
(eager's order of ties is then not the stable one)."""

import torch

from torch_mlir_e2e.registry import BOOL, I32, I64, Arg, e2e_test

_NAN, _INF = float("nan"), float("inf")


def _specials(tu, *shape):
    """Small integers as floats (many ties) with NaN, +-inf, 0.0 and -0.0."""
    x = tu.randint(*shape, low=-3, high=4).to(torch.float32)
    flat = x.view(-1)
    n = flat.numel()
    picks = torch.randperm(n, generator=tu.gen)[: max(5, n // 4)]
    for k, v in zip(picks.tolist(), [_NAN, _INF, -_INF, -0.0, 0.0, _NAN, 0.0, -0.0] * n):
        flat[k] = v
    return x


def _perm(tu, *shape, dtype=torch.float32):
    """Distinct values (no ties)."""
    n = 1
    for d in shape:
        n *= d
    return (torch.randperm(n, generator=tu.gen).reshape(shape) - n // 2).to(dtype)


# ------------------------------------------------------------------------ sort


@e2e_test(args=[Arg([12])], inputs=lambda tu: (torch.tensor(
    [1.0, 3, _NAN, 3, -0.0, 0.0, _INF, 1, _NAN, -_INF, 0.0, -0.0]),))
def sort_nan_inf_signed_zero(x):
    a, b = torch.sort(x)
    c, d = torch.sort(x, descending=True)
    return a, b, c, d


@e2e_test(args=[Arg([-1, -1])], inputs=lambda tu: (_specials(tu, 5, 9),))
def sort_last_dim_dynamic_ties(x):
    return torch.sort(x, stable=True)


@e2e_test(args=[Arg([-1, -1])], inputs=lambda tu: (_specials(tu, 7, 4),))
def sort_dim0_descending_dynamic(x):
    return torch.sort(x, dim=0, descending=True)


@e2e_test(args=[Arg([3, 6, 4])], inputs=lambda tu: (_specials(tu, 3, 6, 4),))
def sort_middle_dim_stable_descending(x):
    return torch.sort(x, dim=1, descending=True, stable=True)


@e2e_test(args=[Arg([-1, 8], I64)], inputs=lambda tu: (tu.randint(4, 8, low=-3, high=3),))
def sort_int64_ties(x):
    a, b = torch.sort(x, dim=-1)
    c, d = torch.sort(x, dim=-1, descending=True)
    return a, b, c, d


@e2e_test(args=[Arg([6, -1], I32)],
          inputs=lambda tu: (tu.randint(6, 5, low=-1000, high=1000, dtype=I32),))
def sort_int32_dim0(x):
    return torch.sort(x, dim=0)


@e2e_test(args=[Arg([3, 10], BOOL)], inputs=lambda tu: (tu.randbool(3, 10),))
def sort_bool(x):
    return torch.sort(x, dim=1, descending=True)


@e2e_test(args=[Arg([-1])], inputs=lambda tu: (_specials(tu, 1024),))
def sort_long_row(x):
    # Eager's stable=False sort of more than 16 elements orders ties its own
    # way (any order is valid): compare its values only.
    return torch.sort(x, stable=True), torch.sort(x, descending=True)[0]


@e2e_test(args=[Arg([-1, 5])], inputs=lambda tu: (_specials(tu, 4, 5),))
def sort_argsort_and_msort(x):
    return torch.argsort(x, dim=1, stable=True), torch.msort(x)


@e2e_test(args=[Arg([])], inputs=lambda tu: (torch.tensor(2.5),))
def sort_zero_d(x):
    return torch.sort(x)


# ------------------------------------------------------------------------ topk


@e2e_test(args=[Arg([-1, -1])], inputs=lambda tu: (_perm(tu, 5, 9),))
def topk_largest_dynamic(x):
    return torch.topk(x, 3)


@e2e_test(args=[Arg([6, 4])], inputs=lambda tu: (_perm(tu, 6, 4),))
def topk_smallest_dim0(x):
    a, b = torch.topk(x, 2, dim=0, largest=False)
    c, d = torch.topk(x, 6, dim=0)
    e, f = torch.topk(x, 1, dim=1, sorted=False)
    return a, b, c, d, e, f


@e2e_test(args=[Arg([-1])], inputs=lambda tu: (_specials(tu, 16),))
def topk_ties_nan_values(x):
    return torch.topk(x, 5)[0], torch.topk(x, 5, largest=False)[0]


@e2e_test(args=[Arg([3, -1], I64)], inputs=lambda tu: (_perm(tu, 3, 7, dtype=I64),))
def topk_int64(x):
    return torch.topk(x, 4, dim=1)


# ---------------------------------------------------------------- kthvalue / median


@e2e_test(args=[Arg([-1, -1])], inputs=lambda tu: (_perm(tu, 4, 7),))
def kthvalue_dynamic(x):
    a, b = torch.kthvalue(x, 3, dim=1)
    c, d = torch.kthvalue(x, 1, dim=0, keepdim=True)
    e, f = torch.kthvalue(x, 7, dim=-1)
    return a, b, c, d, e, f


@e2e_test(args=[Arg([5, 8])], inputs=lambda tu: (_specials(tu, 5, 8),))
def kthvalue_ties_values(x):
    return torch.kthvalue(x, 4, dim=1)[0], torch.kthvalue(x, 8, dim=1)[0]


@e2e_test(args=[Arg([-1, -1])], inputs=lambda tu: (_perm(tu, 3, 6),))
def median_dim_even_length(x):
    a, b = torch.median(x, dim=1)
    c, d = torch.median(x, dim=0, keepdim=True)
    return a, b, c, d


@e2e_test(args=[Arg([3, 5])], inputs=lambda tu: (torch.tensor(
    [[1.0, _NAN, 2.0, _NAN, 0.0], [4.0, 3.0, 2.0, 1.0, 0.0], [_NAN, _NAN, _NAN, 1.0, _INF]]),))
def median_dim_nan_rows(x):
    return torch.median(x, dim=1)


@e2e_test(args=[Arg([-1, 4])], inputs=lambda tu: (_specials(tu, 3, 4),))
def median_all(x):
    return torch.median(x), torch.median(x[:, :2].abs().nan_to_num(0.0, 9.0, -9.0))


@e2e_test(args=[Arg([3, 5], I64)], inputs=lambda tu: (_perm(tu, 3, 5, dtype=I64),))
def median_int64(x):
    return torch.median(x), torch.median(x, 1)


# -------------------------------------------------------------- cummax / cummin


@e2e_test(args=[Arg([-1, -1])], inputs=lambda tu: (_specials(tu, 4, 11),))
def cummax_cummin_ties_nan_dynamic(x):
    a, b = torch.cummax(x, dim=1)
    c, d = torch.cummin(x, dim=1)
    e, f = torch.cummax(x, dim=0)
    return a, b, c, d, e, f


@e2e_test(args=[Arg([6, 3], I64)], inputs=lambda tu: (tu.randint(6, 3, low=-2, high=3),))
def cummax_cummin_int64(x):
    a, b = torch.cummax(x, 0)
    c, d = torch.cummin(x, 0)
    return a, b, c, d


# ---------------------------------------------------------- searchsorted / bucketize


def _sorted_seq(tu, *shape):
    return torch.sort(tu.randint(*shape, low=-4, high=5).to(torch.float32))[0]


@e2e_test(args=[Arg([-1]), Arg([-1, -1])],
          inputs=lambda tu: (_sorted_seq(tu, 9), _specials(tu, 3, 5)))
def searchsorted_left_right_dynamic(seq, v):
    return (torch.searchsorted(seq, v), torch.searchsorted(seq, v, right=True),
            torch.searchsorted(seq, v, side="right", out_int32=True))


@e2e_test(args=[Arg([3, 6]), Arg([3, 4])],
          inputs=lambda tu: (_sorted_seq(tu, 3, 6), _specials(tu, 3, 4)))
def searchsorted_nd_sequence(seq, v):
    return torch.searchsorted(seq, v), torch.searchsorted(seq, v, right=True)


def _with_sorter(tu):
    seq = tu.randint(7, low=-5, high=5).to(torch.float32)
    return seq, torch.argsort(seq, stable=True), _specials(tu, 2, 5)


@e2e_test(args=[Arg([7]), Arg([7], I64), Arg([2, 5])], inputs=_with_sorter)
def searchsorted_sorter(seq, sorter, v):
    return torch.searchsorted(seq, v, sorter=sorter), torch.searchsorted(
        seq, v, side="right", sorter=sorter)


@e2e_test(args=[Arg([8], I64), Arg([-1], I64)],
          inputs=lambda tu: (torch.sort(tu.randint(8, low=-5, high=5))[0],
                             tu.randint(10, low=-6, high=6)))
def bucketize_int64(b, v):
    return torch.bucketize(v, b), torch.bucketize(v, b, right=True, out_int32=True)


@e2e_test(args=[Arg([6]), Arg([4, 3])],
          inputs=lambda tu: (torch.tensor([-_INF, -1.0, 0.0, 0.0, 2.0, _NAN]),
                             _specials(tu, 4, 3)))
def bucketize_nan_inf(b, v):
    return torch.bucketize(v, b), torch.bucketize(v, b, right=True)


@e2e_test(args=[Arg([-1])], inputs=lambda tu: (_sorted_seq(tu, 10),))
def searchsorted_scalar(seq):
    return (torch.searchsorted(seq, 1.0), torch.searchsorted(seq, 1, right=True),
            torch.searchsorted(seq, float("nan")))
