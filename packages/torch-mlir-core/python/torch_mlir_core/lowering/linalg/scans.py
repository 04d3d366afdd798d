"""logcumsumexp (a scan, like cummax), nanmedian and mode (order statistics
on sorting.py's stable ranks).

Where torch's CPU kernel picks an index among equal elements through an
unstable std::nth_element / std::sort, the index is reproduced only where
those are stable (libstdc++ sorts rows of at most 3 (nth_element) / 16
(sort) elements by insertion); elsewhere a tie on the picked value fails a
run-time check naming the op instead of returning another index.
"""

from __future__ import annotations

import torch
from mlir import ir
from mlir.dialects import arith, cf, math, tensor

from ..registry import Unsupported, rule
from .common import (PARALLEL, REDUCTION, affine_map, as_index, dims, element_type, generic,
                     is_float, replaced_at, tensor_type)
from .reductions import Reduce, const, reduce, splat
from .sorting import _cmp, _dim_of, _i64, _isnan, _not, along_dim, pick, ranks, scan

_I64 = torch.int64


def _acc_dtype(dt):
    """at::acc_type<dt, /*is_cuda=*/false>: double for float and double."""
    return torch.float64 if dt in (torch.float32, torch.float64) else torch.float32


def _log_add_exp(x, cur) -> ir.Value:
    """torch's _log_add_exp_helper(x, cur): max + log1p(exp(min - max)),
    but x when both are the same infinity; NaN propagates."""
    cnan = _isnan(cur)
    lt = arith.CmpFOp(arith.CmpFPredicate.OLT, cur, x).result
    gt = arith.CmpFOp(arith.CmpFPredicate.OLT, x, cur).result
    mn = arith.SelectOp(cnan, cur, arith.SelectOp(lt, cur, x).result).result
    mx = arith.SelectOp(cnan, cur, arith.SelectOp(gt, cur, x).result).result
    inf = arith.ConstantOp(x.type, float("inf")).result
    finite = arith.CmpFOp(arith.CmpFPredicate.OLT, math.AbsFOp(mn).result, inf).result
    differ = arith.CmpFOp(arith.CmpFPredicate.UNE, mn, mx).result
    e = math.Log1pOp(math.ExpOp(arith.SubFOp(mn, mx).result).result).result
    return arith.SelectOp(arith.OrIOp(differ, finite).result,
                          arith.AddFOp(e, mx).result, x).result


@rule("torch.aten.logcumsumexp")
def logcumsumexp(cx, n):
    """The CPU kernel's sequential scan from -inf, in the accumulation type
    (double for float32), each running value rounded to the result."""
    x = n.operands[0]
    dt = n.dtype(0)
    if not is_float(dt):
        raise Unsupported(f"logcumsumexp of {dt} (torch supports floating types only)")
    d = _dim_of(n, 1)
    if d is None:
        return x
    acc = _acc_dtype(dt)
    at, et = element_type(acc), element_type(dt)

    def step(_i):
        def body(v, _o, cur):
            new = _log_add_exp(arith.ExtFOp(at, v).result if at != et else v, cur)
            out = arith.TruncFOp(et, new).result if at != et else new
            return [out, new]
        return body
    carry = splat(replaced_at(dims(x), d, 1), const(float("-inf"), acc))
    return scan(x, d, [et], [carry], step)[0]


def _any(flags: ir.Value) -> ir.Value:
    """Whether any element of an i1 tensor is set (an i1 scalar)."""
    rank = tensor_type(flags).rank
    i1 = ir.IntegerType.get_signless(1)
    out = generic([flags], [splat([], arith.ConstantOp(i1, 0).result)],
                  [affine_map(rank, list(range(rank))), affine_map(rank, [])],
                  [REDUCTION] * rank, lambda f, a: arith.OrIOp(a, f).result)[0]
    return tensor.ExtractOp(out, []).result


def _check(bad: ir.Value, op: str, why: str) -> None:
    cf.AssertOp(_not(_any(bad)), f"{op}: {why}; torch's index is its unstable sort's choice")


def _flag(ins: list, r: Reduce, fn) -> ir.Value:
    """An i1 tensor of the reduced layout: fn(*out-layout scalars) per row."""
    rank = len(r.out_sizes)
    i1 = ir.IntegerType.get_signless(1)
    return generic(ins, [splat(r.out_sizes, arith.ConstantOp(i1, 0).result)],
                   [affine_map(rank, list(range(rank)))] * (len(ins) + 1), [PARALLEL] * rank,
                   lambda *a: fn(*a[:-1]))[0]


def _same(dt, a, b) -> ir.Value:
    """a == b, NaN equal to NaN."""
    eq = _cmp(dt, "eq", a, b)
    if is_float(dt):
        eq = arith.OrIOp(eq, arith.AndIOp(_isnan(a), _isnan(b)).result).result
    return eq


def _count_equal(x, v, dt, r: Reduce) -> ir.Value:
    """Per row, how many elements equal the row's `v` (NaNs equal)."""
    def body(xj, vj, acc):
        return arith.AddIOp(acc, _i64(_same(dt, xj, vj))).result
    return reduce(r, [(x, "full"), (v, "out")], [const(0, _I64)], body)[0]


def _size_exceeds(size, limit: int) -> ir.Value:
    return arith.CmpIOp(arith.CmpIPredicate.sgt, as_index(size), as_index(limit)).result


def _nan_lower_median(x, dt, r: Reduce, size) -> tuple[ir.Value, ir.Value]:
    """(value, index) of rank (size - #NaN - 1) / 2, truncated, of the
    NaN-last stable order along r's dim: the lower median of the numbers,
    a NaN for a row of NaNs."""
    d = r.rdims[0]
    rk = ranks(x, dt, d, False)
    n = _i64(as_index(size))

    def count_nan(v, acc):
        return arith.AddIOp(acc, _i64(_isnan(v))).result
    nans = reduce(r, [(x, "full")], [const(0, _I64)], count_nan)[0] if is_float(dt) else \
        splat(r.out_sizes, const(0, _I64))

    def target(c):
        k = arith.SubIOp(arith.SubIOp(n, c).result, const(1, _I64)).result
        return arith.DivSIOp(k, const(2, _I64)).result
    return pick(x, rk, dt, r, (target, [(nans, "out")]))


def guard_ties(x, vals, dt, r: Reduce, what: str, nan_ok: bool = False) -> None:
    """A run-time failure naming `what` where a row of more than 3 elements has
    another element equal to its picked value `vals`: torch's CPU kernels pick
    with std::nth_element, whose index on ties is not the stable order's.
    nan_ok: a NaN pick is exempt (median's is the row's first NaN, as eager's)."""
    big = _size_exceeds(r.sizes[r.rdims[0]], 3)
    ties = _count_equal(x, vals, dt, r)

    def bad(t, v):
        tie = arith.AndIOp(big, arith.CmpIOp(arith.CmpIPredicate.sgt, t, const(1, _I64)).result)
        if nan_ok and is_float(dt):
            return arith.AndIOp(tie.result, _not(_isnan(v))).result
        return tie.result
    _check(_flag([ties, vals], r, bad),
           what, "the picked value has an equal element in a row of more than 3")


def nanmedian_of(x, dt, d: int, keepdim: bool) -> tuple[ir.Value, ir.Value]:
    """The lower median of each row's numbers, with its index; a tie on it
    in a row of more than 3 fails (nth_element's index is not the stable one)."""
    sizes = dims(x)
    r = Reduce(sizes, [d], keepdim)
    vals, idx = _nan_lower_median(x, dt, r, sizes[d])
    guard_ties(x, vals, dt, r, "nanmedian")
    return vals, idx


@rule("torch.aten.nanmedian.dim")
def nanmedian_dim(cx, n):
    return along_dim(n, nanmedian_of, "nanmedian")


@rule("torch.aten.nanmedian")
def nanmedian(cx, n):
    """The lower median of all the numbers (NaN if there are none); the
    index is not returned, so ties do not matter."""
    from .common import collapse

    x = n.operands[0]
    rank = tensor_type(x).rank
    dt = n.dtype(0)
    if rank == 0:
        return x
    if 0 in dims(x) and not is_float(dt):
        raise Unsupported("nanmedian of an empty integer tensor")
    flat = collapse(x, [list(range(rank))]) if rank > 1 else x
    return _nan_lower_median(flat, dt, Reduce(dims(flat), [0], False), dims(flat)[0])[0]


# --- mode ---------------------------------------------------------------------------

def _counts(x, dt, d: int) -> ir.Value:
    """How many elements of its row along `d` equal each element (ordered:
    a NaN counts 0)."""
    sizes = dims(x)
    r = len(sizes)
    own = affine_map(r + 1, list(range(r)))
    other = affine_map(r + 1, replaced_at(list(range(r)), d, r))

    def body(xi, xj, acc):
        return arith.AddIOp(acc, _i64(_cmp(dt, "eq", xi, xj))).result
    return generic([x, x], [splat(sizes, const(0, _I64))], [own, other, own],
                   [PARALLEL] * r + [REDUCTION], body)[0]


def _mode_pick(x, cnt, dt, r: Reduce):
    """(value, index, count): the largest count, then the smallest value,
    then the last index (std::sort's runs, the last element of the run)."""
    def body(xi, ci, v, k, c):
        i = r.linear_index()
        more = arith.CmpIOp(arith.CmpIPredicate.sgt, ci, c).result
        same_c = arith.CmpIOp(arith.CmpIPredicate.eq, ci, c).result
        smaller = _cmp(dt, "lt", xi, v)
        later = arith.AndIOp(_cmp(dt, "eq", xi, v), arith.CmpIOp(
            arith.CmpIPredicate.sgt, i, k).result).result
        take = arith.OrIOp(more, arith.AndIOp(same_c, arith.OrIOp(
            smaller, later).result).result).result
        return [arith.SelectOp(take, xi, v).result, arith.SelectOp(take, i, k).result,
                arith.SelectOp(take, ci, c).result]
    fill = const(0.0 if is_float(dt) else 0, dt)
    return reduce(r, [(x, "full"), (cnt, "full")], [fill, const(0, _I64), const(0, _I64)], body)


def mode_of(x, dt, d: int, keepdim: bool) -> tuple[ir.Value, ir.Value]:
    sizes = dims(x)
    r = Reduce(sizes, [d], keepdim)
    vals, idx, cnt = _mode_pick(x, _counts(x, dt, d), dt, r)
    big = _size_exceeds(sizes[d], 16)
    _check(_flag([cnt], r, lambda c: arith.AndIOp(big, arith.CmpIOp(
        arith.CmpIPredicate.sgt, c, const(1, _I64)).result).result),
        "mode", "the most frequent value repeats in a row of more than 16")
    if is_float(dt):
        def any_nan(v, acc):
            return arith.OrIOp(acc, _isnan(v)).result
        i1 = ir.IntegerType.get_signless(1)
        nan = reduce(r, [(x, "full")], [arith.ConstantOp(i1, 0).result], any_nan)[0]
        cf.AssertOp(_not(_any(nan)), "mode: a row holds NaN; torch's sort of it is unordered")
    return vals, idx


@rule("torch.aten.mode")
def mode(cx, n):
    """mode(self, dim, keepdim): the most frequent value (the smallest of
    equally frequent ones) and the last index where it occurs, as the CPU
    kernel's sort gives it for rows of <= 16 elements; longer rows whose mode
    repeats, and rows with a NaN (which the kernel's `<` sort misplaces),
    fail a run-time check."""
    return along_dim(n, mode_of, "mode")
