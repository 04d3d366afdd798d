"""Sorting and order statistics: sort/sort.stable, topk, kthvalue, median,
cummax/cummin, searchsorted/bucketize.

Sorts are rank-based and always stable (a valid answer for stable=False
too, and what torch's CPU kernel gives): the rank of element i along the
sort dim is #{j : x_j sorts before x_i}, where "before" is the value order
(NaN after +inf ascending, first descending; -0.0 == 0.0) and ties go to
the smaller index. The ranks are one linalg.generic reducing over a second
copy of the sort dim (O(n^2) per row: meant for model-sized rows); element
p of the sorted row is then picked by a second generic reducing over the
row (the j with rank_j == p). kthvalue/median pick one rank the same way.
cummax/cummin are an scf.for over the dim like cumsum; searchsorted runs
torch's binary search, one bisection step per scf.for iteration over the
whole input. Dims, k and the flags must be constants; sizes may be dynamic.
"""

from __future__ import annotations

import torch
from mlir import ir
from mlir.dialects import arith, cf, math, scf

from ..registry import Unsupported, rule
from .common import (PARALLEL, REDUCTION, affine_map, as_index, dims, element_type, empty,
                     generic, identity_map, is_float, is_unsigned, loop_index, norm_dim,
                     replaced_at, scalar_dtype, tensor_type, to_scalar)
from .indexing import _index_value
from .reductions import Reduce, _insert, _slice, const, max_min_identity, reduce, splat
from .views import extract

_I64 = torch.int64


def _i64(v: ir.Value) -> ir.Value:
    """An index or i1 value as i64."""
    t = ir.IntegerType.get_signless(64)
    if str(v.type) == "i1":
        return arith.ExtUIOp(t, v).result
    return arith.IndexCastOp(t, v).result


def _cmp(dt, pred: str, a, b) -> ir.Value:
    """a <pred> b ("lt", "gt", "eq", "ge"), ordered for floats (false on NaN)."""
    if is_float(dt):
        p = {"lt": "OLT", "gt": "OGT", "eq": "OEQ", "ge": "OGE"}[pred]
        return arith.CmpFOp(getattr(arith.CmpFPredicate, p), a, b).result
    if pred == "eq":
        return arith.CmpIOp(arith.CmpIPredicate.eq, a, b).result
    p = ("u" if is_unsigned(dt) or dt == torch.bool else "s") + pred
    return arith.CmpIOp(getattr(arith.CmpIPredicate, p), a, b).result


def _isnan(v) -> ir.Value:
    return arith.CmpFOp(arith.CmpFPredicate.UNO, v, v).result


def _not(v) -> ir.Value:
    return arith.XOrIOp(v, arith.ConstantOp(v.type, 1).result).result


def before(dt, a, b, a_first: ir.Value, descending: bool) -> ir.Value:
    """Whether `a` sorts before `b`: by value, or equal and `a_first` (its
    index is smaller). NaN is the largest value and NaNs are equal."""
    by_value = _cmp(dt, "gt" if descending else "lt", a, b)
    eq = _cmp(dt, "eq", a, b)
    if is_float(dt):
        an, bn = _isnan(a), _isnan(b)
        nan_order = arith.AndIOp(an, _not(bn)) if descending else arith.AndIOp(bn, _not(an))
        by_value = arith.OrIOp(by_value, nan_order.result).result
        eq = arith.OrIOp(eq, arith.AndIOp(an, bn).result).result
    return arith.OrIOp(by_value, arith.AndIOp(eq, a_first).result).result


def ranks(x: ir.Value, dt, d: int, descending: bool) -> ir.Value:
    """The i64 stable rank of each element of `x` along dim `d`."""
    sizes = dims(x)
    r = len(sizes)
    own = affine_map(r + 1, list(range(r)))
    other = affine_map(r + 1, replaced_at(list(range(r)), d, r))

    def body(xi, xj, acc):
        i, j = loop_index(d), loop_index(r)
        j_first = arith.CmpIOp(arith.CmpIPredicate.slt, j, i).result
        return arith.AddIOp(acc, _i64(before(dt, xj, xi, j_first, descending))).result
    init = splat(sizes, const(0, _I64))
    return generic([x, x], [init], [own, other, own], [PARALLEL] * r + [REDUCTION], body)[0]


def _fill_value(dt) -> ir.Value:
    """What a position no element lands on holds (NaN for floats)."""
    return const(float("nan") if is_float(dt) else 0, dt)


def by_rank(x: ir.Value, rk: ir.Value, dt, d: int, count) -> tuple[ir.Value, ir.Value]:
    """(values, i64 indices) of the elements of ranks 0..count-1 along `d`."""
    sizes = dims(x)
    r = len(sizes)
    src = affine_map(r + 1, replaced_at(list(range(r)), d, r))
    own = affine_map(r + 1, list(range(r)))
    out_sizes = replaced_at(sizes, d, count)

    def body(xj, rj, v, k):
        hit = arith.CmpIOp(arith.CmpIPredicate.eq, rj, _i64(loop_index(d))).result
        return [arith.SelectOp(hit, xj, v).result,
                arith.SelectOp(hit, _i64(loop_index(r)), k).result]
    outs = [splat(out_sizes, _fill_value(dt)), splat(out_sizes, const(0, _I64))]
    vals, idx = generic([x, rk], outs, [src, src, own, own], [PARALLEL] * r + [REDUCTION], body)
    return vals, idx


def _zero_d(x) -> list:
    return [x, splat([], const(0, _I64))]


def _dim_of(n, i: int):
    """The constant dim operand `i` made non-negative, or None for a 0-d
    input (whose only valid dims are 0 and -1)."""
    rank = tensor_type(n.operands[0]).rank
    d = norm_dim(n.const(i, "dim"), max(rank, 1))
    return d if rank else None


def _sort(n, d_i: int, desc_i: int) -> list:
    x = n.operands[0]
    d = _dim_of(n, d_i)
    if d is None:
        return _zero_d(x)
    dt = n.dtype(0)
    rk = ranks(x, dt, d, bool(n.const(desc_i, "descending")))
    return list(by_rank(x, rk, dt, d, dims(x)[d]))


@rule("torch.aten.sort")
def sort(cx, n):
    """sort(self, dim, descending): stable."""
    return _sort(n, 1, 2)


@rule("torch.aten.sort.stable")
def sort_stable(cx, n):
    """sort(self, stable, dim, descending): stable whatever `stable` says."""
    return _sort(n, 2, 3)


def _k_and_dim(n) -> tuple:
    """(k, dim) of topk/kthvalue (operands 1, 2); dim None for a 0-d input,
    where k must be 1."""
    k, d = n.const(1, "k"), _dim_of(n, 2)
    if d is None and k != 1:
        raise Unsupported(f"k={k} for a 0-d tensor")
    return k, d


def _check_k(k: int, size, lo: int, what: str) -> None:
    """lo <= k <= size, at compile time or (dynamic size) by cf.assert."""
    if k < lo:
        raise Unsupported(f"{what} {k} is out of range")
    if isinstance(size, int):
        if k > size:
            raise Unsupported(f"{what} {k} is out of range for a dim of size {size}")
        return
    ok = arith.CmpIOp(arith.CmpIPredicate.sle, as_index(k), as_index(size)).result
    cf.AssertOp(ok, f"{what} out of range (torch raises)")


@rule("torch.aten.topk")
def topk(cx, n):
    """topk(self, k, dim, largest, sorted): the first k of the stable sort
    (sorted=False also returns them sorted, as torch's CPU kernel does)."""
    x = n.operands[0]
    k, d = _k_and_dim(n)
    if d is None:
        return _zero_d(x)
    _check_k(k, dims(x)[d], 0, "topk: k")
    dt = n.dtype(0)
    rk = ranks(x, dt, d, bool(n.const(3, "largest")))
    return list(by_rank(x, rk, dt, d, k))


def pick(x, rk, dt, r: Reduce, target) -> tuple[ir.Value, ir.Value]:
    """(value, i64 index) of the element of rank `target` along the reduced
    dim of `r`: an int, or fn(*extra scalars) -> i64 with extra = (tensor,
    "out") inputs given as target[1]."""
    fn, extra = (None, []) if isinstance(target, int) else target

    def body(xj, rj, *rest):
        *ex, v, k = rest
        want = const(target, _I64) if fn is None else fn(*ex)
        hit = arith.CmpIOp(arith.CmpIPredicate.eq, rj, want).result
        return [arith.SelectOp(hit, xj, v).result, arith.SelectOp(hit, r.linear_index(), k).result]
    vals, idx = reduce(r, [(x, "full"), (rk, "full")] + list(extra),
                       [_fill_value(dt), const(0, _I64)], body)
    return vals, idx


@rule("torch.aten.kthvalue")
def kthvalue(cx, n):
    """kthvalue(self, k, dim, keepdim): the element of stable rank k-1 (on
    ties torch's index is the kernel's choice; the value is the same)."""
    x = n.operands[0]
    k, d = _k_and_dim(n)
    if d is None:
        return _zero_d(x)
    sizes = dims(x)
    _check_k(k, sizes[d], 1, "kthvalue: k")
    dt = n.dtype(0)
    rk = ranks(x, dt, d, False)
    r = Reduce(sizes, [d], bool(n.const(3, "keepdim")))
    vals, idx = pick(x, rk, dt, r, k - 1)
    _guard_index(n, x, vals, dt, r, "kthvalue")
    return [vals, idx]


def _guard_index(n, x, vals, dt, r: Reduce, what: str) -> None:
    """If the op's index result is used: fail at run time on a tie that torch's
    kernel may break differently (`scans.guard_ties`; median's NaN pick is the
    first NaN, as eager's); values alone are exact."""
    if next(iter(n.op.results[1].uses), None) is not None:
        from .scans import guard_ties

        guard_ties(x, vals, dt, r, what, nan_ok=what == "median")


def median_of(x, dt, d: int, keepdim: bool) -> tuple[ir.Value, ir.Value]:
    """torch's median along `d`: the lower median, or the first NaN of a row
    that has NaNs (it sorts after every number: its rank is the count of
    numbers)."""
    sizes = dims(x)
    r = Reduce(sizes, [d], keepdim)
    rk = ranks(x, dt, d, False)
    size = _i64(as_index(sizes[d]))
    lower = arith.DivSIOp(arith.SubIOp(size, const(1, _I64)).result, const(2, _I64)).result
    if not is_float(dt):
        return pick(x, rk, dt, r, (lambda: lower, []))

    def count_nan(v, acc):
        return arith.AddIOp(acc, _i64(_isnan(v))).result
    nans = reduce(r, [(x, "full")], [const(0, _I64)], count_nan)[0]

    def target(c):
        has = arith.CmpIOp(arith.CmpIPredicate.sgt, c, const(0, _I64)).result
        return arith.SelectOp(has, arith.SubIOp(size, c).result, lower).result
    return pick(x, rk, dt, r, (target, [(nans, "out")]))


def along_dim(n, of, what: str, guard: bool = False) -> list:
    """A (values, indices) statistic `of(x, dtype, dim, keepdim)` of op
    (self, dim, keepdim): (x, 0) for a 0-d input; an empty dim is an error.
    guard: the index is checked against ties (`_guard_index`)."""
    x = n.operands[0]
    d = _dim_of(n, 1)
    if d is None:
        return _zero_d(x)
    if dims(x)[d] == 0:
        raise Unsupported(f"{what} of an empty dim (torch raises)")
    keepdim = bool(n.const(2, "keepdim"))
    vals, idx = of(x, n.dtype(0), d, keepdim)
    if guard:
        _guard_index(n, x, vals, n.dtype(0), Reduce(dims(x), [d], keepdim), what)
    return [vals, idx]


@rule("torch.aten.median.dim")
def median_dim(cx, n):
    return along_dim(n, median_of, "median", guard=True)


@rule("torch.aten.median")
def median(cx, n):
    """median of all elements (NaN if any is NaN; of no element: NaN)."""
    from .common import collapse

    x = n.operands[0]
    rank = tensor_type(x).rank
    if rank == 0:
        return x
    flat = collapse(x, [list(range(rank))]) if rank > 1 else x
    vals = median_of(flat, n.dtype(0), 0, False)[0]
    if not is_float(n.dtype(0)) and 0 in dims(x):
        raise Unsupported("median of an empty integer tensor")
    return vals


def _cum_step(dt, is_max: bool, i: ir.Value):
    """torch's cummax/cummin step at index `i`: take x if it is NaN, or if
    the running value is not NaN and x >= it (<= for cummin): the last
    index on ties, the last NaN once one is seen."""
    def body(v, _v, _i, cur, ci):
        better = _cmp(dt, "ge", v, cur) if is_max else _cmp(dt, "ge", cur, v)
        if is_float(dt):
            better = arith.OrIOp(_isnan(v), arith.AndIOp(_not(_isnan(cur)), better).result).result
        nv, ni = arith.SelectOp(better, v, cur).result, arith.SelectOp(better, i, ci).result
        return [nv, ni, nv, ni]
    return body


def scan(x: ir.Value, d: int, out_types: list, carries: list, step) -> list[ir.Value]:
    """An scf.for along dim `d` of `x`: each iteration runs one generic over
    the slice at i, with `carries` (running slices of x's shape with dim d of
    size 1) updated in place, and inserts its first len(out_types) results
    (element types) at i of the results. `step(i64 i)` gives the body:
    (x, *out placeholders, *carries) -> [*outs, *new carries]."""
    rank = tensor_type(x).rank
    sizes = dims(x)
    piece = replaced_at(sizes, d, 1)
    k = len(out_types)
    loop = scf.ForOp(as_index(0), as_index(sizes[d]), as_index(1),
                     [empty(sizes, t) for t in out_types] + list(carries))
    with ir.InsertionPoint(loop.body):
        iv = loop.induction_variable
        args = list(loop.inner_iter_args)
        outs, cur = args[:k], args[k:]
        fresh = [empty(piece, t) for t in out_types]
        res = generic([_slice(x, sizes, d, iv)], fresh + cur,
                      [identity_map(rank)] * (1 + k + len(cur)), [PARALLEL] * rank, step(_i64(iv)))
        scf.YieldOp([_insert(r, o, sizes, d, iv) for r, o in zip(res[:k], outs)] + res[k:])
    return list(loop.results[:k])


@rule("torch.aten.cummax", "torch.aten.cummin")
def cummax(cx, n):
    """A scan carrying the running (value, index) slices."""
    x = n.operands[0]
    d = _dim_of(n, 1)
    if d is None:
        return _zero_d(x)
    dt, is_max = n.dtype(0), n.name.endswith("cummax")
    piece = replaced_at(dims(x), d, 1)
    carries = [splat(piece, max_min_identity(dt, is_max)), splat(piece, const(0, _I64))]
    return scan(x, d, [element_type(dt), element_type(_I64)], carries,
                lambda i: _cum_step(dt, is_max, i))


# --- searchsorted / bucketize -------------------------------------------------------

def _steps(size) -> ir.Value:
    """The bisection steps that shrink any range of `size` to empty: the bit
    length of size."""
    if isinstance(size, int):
        return as_index(size.bit_length())
    s = _i64(as_index(size))
    bits = arith.SubIOp(const(64, _I64), math.CountLeadingZerosOp(s).result).result
    return arith.IndexCastOp(ir.IndexType.get(), bits).result


def search(seq, vals, dt, right: bool, sorter, out_dt) -> ir.Value:
    """torch's binary search (lower bound of !(s >= v), upper bound of
    !(s > v): NaNs act as the largest value) of each element of `vals` in
    the last dim of `seq` (1-D, or with the leading dims of `vals`),
    through `sorter` if given: one scf.for step per bisection."""
    sd, vd = dims(seq), dims(vals)
    n = sd[-1]
    rank = len(vd)
    lo0 = splat(vd, const(0, _I64))
    hi0 = splat(vd, _i64(as_index(n)))
    loop = scf.ForOp(as_index(0), _steps(n), as_index(1), [lo0, hi0])
    with ir.InsertionPoint(loop.body):
        lo, hi = loop.inner_iter_args

        def body(v, lo_, hi_, _lo, _hi):
            active = arith.CmpIOp(arith.CmpIPredicate.slt, lo_, hi_).result
            half = arith.ShRSIOp(arith.SubIOp(hi_, lo_).result, const(1, _I64)).result
            mid = arith.SelectOp(active, arith.AddIOp(lo_, half).result, const(0, _I64)).result
            lead = [loop_index(k) for k in range(len(sd) - 1)]
            at = as_index(mid)
            if sorter is not None:
                at = _index_value(extract(sorter, lead + [at]), n, wrap=False)
            s = extract(seq, lead + [at])
            go_right = _not(_cmp(dt, "gt" if right else "ge", s, v))
            go_right = arith.AndIOp(active, go_right).result
            shrink = arith.AndIOp(active, _not(go_right)).result
            mid1 = arith.AddIOp(mid, const(1, _I64)).result
            return [arith.SelectOp(go_right, mid1, lo_).result,
                    arith.SelectOp(shrink, mid, hi_).result]
        ident = identity_map(rank)
        outs = [empty(vd, element_type(_I64)), empty(vd, element_type(_I64))]
        lo, hi = generic([vals, lo, hi], outs, [ident] * 5, [PARALLEL] * rank, body)
        scf.YieldOp([lo, hi])
    res = loop.results[0]
    if out_dt == _I64:
        return res
    def trunc(v, _o):
        return arith.TruncIOp(element_type(out_dt), v).result
    return generic([res], [empty(vd, element_type(out_dt))], [identity_map(rank)] * 2,
                   [PARALLEL] * rank, trunc)[0]


def _check_search(seq, vals, sorter, dt, vdt) -> None:
    if dt != vdt:
        raise Unsupported(f"searchsorted of {vdt} values in a {dt} sequence")
    ss, vs = tensor_type(seq).shape, tensor_type(vals).shape
    if len(ss) == 0:
        raise Unsupported("searchsorted: a 0-d sorted sequence")
    if len(ss) > 1 and (len(ss) != len(vs) or any(
            a != b and a >= 0 and b >= 0 for a, b in zip(ss[:-1], vs[:-1]))):
        raise Unsupported("searchsorted: the sequence's leading dims differ from the values'")
    if sorter is not None and list(tensor_type(sorter).shape) != list(ss):
        raise Unsupported("searchsorted: sorter's shape differs from the sequence's")


@rule("torch.aten.searchsorted.Tensor", "torch.aten.searchsorted.Scalar")
def searchsorted(cx, n):
    """The Scalar overload searches a 0-d tensor of the value converted to
    the sequence's dtype (torch promotes a Python number that way)."""
    seq, vals = n.operands[0], n.operands[1]
    vdt = n.dtype(1)
    if n.name.endswith(".Scalar"):
        vdt = n.dtype(0)
        src = scalar_dtype(vals)
        if is_float(src) and not is_float(vdt) or vdt == torch.bool:
            raise Unsupported(f"searchsorted of a {src} scalar in a {vdt} sequence")
        vals = splat([], to_scalar(cx, vals, vdt))
    side = n.operands[4]
    sorter = n.operands[5] if len(n.operands) > 5 else None
    right = bool(n.const(3, "right")) or side == "right"
    if sorter is not None and n.dtype(5) != _I64:
        raise Unsupported("searchsorted: sorter must be int64")
    _check_search(seq, vals, sorter, n.dtype(0), vdt)
    return search(seq, vals, n.dtype(0), right, sorter, n.result_dtype())


@rule("torch.aten.bucketize.Tensor")
def bucketize(cx, n):
    vals, seq = n.operands[0], n.operands[1]
    if tensor_type(seq).rank != 1:
        raise Unsupported("bucketize: boundaries must be 1-D")
    _check_search(seq, vals, None, n.dtype(1), n.dtype(0))
    return search(seq, vals, n.dtype(1), bool(n.const(3, "right")), None, n.result_dtype())
