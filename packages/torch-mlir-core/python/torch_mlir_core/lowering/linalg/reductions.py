"""Reductions and scans: sum/mean/prod, amax/amin, max/min (with indices),
argmax/argmin, var/std/var_mean, vector norms, logsumexp, any/all,
cumsum/cumprod.

Each reduction is one linalg.generic whose output map drops (or, with
keepdim, pins to 0) the reduced loop dims; finishing steps (divide by the
count, sqrt, cast back to the result dtype) are elementwise generics over
the small reduced tensor. Float16/bfloat16 reductions accumulate in f32 as
torch does on CPU, and the result is rounded back once at the end. Dim
arguments must be constants; the sizes of the reduced dims may be dynamic.
The helpers here (`Reduce`, `reduce`, `map_over`, `moments`, `sum_reduce`)
are shared with norms.py and softmax.py.
"""

from __future__ import annotations

from typing import Callable, Sequence

import torch
from mlir import ir
from mlir.dialects import arith, math, scf, tensor
from mlir.dialects import complex as cplx

from ..registry import Unsupported, rule
from .common import (PARALLEL, REDUCTION, acc_dtype, affine_map, as_index, component_dtype,
                     convert_scalar, dims, element_type, empty, fill, generic, identity_map,
                     is_float, is_unsigned, loop_index, scalar_constant, variance_correction)

_HALF = (torch.float16, torch.bfloat16)


def const(value, dtype: torch.dtype) -> ir.Value:
    return scalar_constant(value, element_type(dtype))


def normalize_dims(ds, rank: int, what: str = "dim") -> list[int]:
    """Sorted, de-duplicated non-negative dims (a rank-0 tensor takes dim 0 / -1)."""
    out = set()
    for d in ds:
        if not isinstance(d, int):
            raise Unsupported(f"{what} must be a constant int")
        r = max(rank, 1)
        if not -r <= d < r:
            raise Unsupported(f"{what} {d} is out of range for a tensor of rank {rank}")
        if rank:
            out.add(d % rank)
    return sorted(out)


def reduced_dims(n, i: int, rank: int, empty_means_all: bool = True) -> list[int]:
    """The dims reduced by operand `i` (an int, a list of ints, or None for all)."""
    ds = n.operands[i] if i < len(n.operands) else None
    if ds is None:
        return list(range(rank))
    if isinstance(ds, int):
        ds = [ds]
    if not isinstance(ds, (list, tuple)):
        raise Unsupported("dim must be a constant int or a list of constant ints")
    if not ds:
        return list(range(rank)) if empty_means_all else []
    return normalize_dims(ds, rank)


def count(sizes: Sequence, rdims: Sequence[int]):
    """The number of elements reduced: a Python int, or an index value."""
    static, dyn = 1, None
    for d in rdims:
        s = sizes[d]
        if isinstance(s, int):
            static *= s
        else:
            dyn = s if dyn is None else arith.MulIOp(dyn, s).result
    if dyn is None:
        return static
    if static != 1:
        dyn = arith.MulIOp(dyn, as_index(static)).result
    return dyn


def count_as(c, dtype: torch.dtype) -> ir.Value:
    """A count (int or index value) as a scalar of float dtype `dtype`."""
    if isinstance(c, int):
        return const(float(c), dtype)
    i64 = arith.IndexCastOp(ir.IntegerType.get_signless(64), c).result
    return arith.SIToFPOp(element_type(dtype), i64).result


class Reduce:
    """The loop structure of a reduction of a tensor with sizes `sizes` over
    `rdims`: maps for the full input and for the reduced ("out") layout."""

    def __init__(self, sizes: Sequence, rdims: Sequence[int], keepdim: bool):
        self.sizes = list(sizes)
        self.rank = len(sizes)
        self.rdims = sorted(set(rdims))
        self.keepdim = keepdim
        exprs, out_sizes = [], []
        for d in range(self.rank):
            if d not in self.rdims:
                exprs.append(d)
                out_sizes.append(self.sizes[d])
            elif keepdim:
                exprs.append(("c", 0))
                out_sizes.append(1)
        self.out_map = affine_map(self.rank, exprs)
        self.out_sizes = out_sizes
        self.full_map = identity_map(self.rank)
        self.iterators = [REDUCTION if d in self.rdims else PARALLEL for d in range(self.rank)]

    def keepdim_map(self) -> ir.AffineMap:
        """The map of a tensor in the keepdim layout (reduced dims of size 1)."""
        return affine_map(self.rank, [("c", 0) if d in self.rdims else d
                                      for d in range(self.rank)])

    def count(self):
        return count(self.sizes, self.rdims)

    def linear_index(self) -> ir.Value:
        """Inside a body: the row-major index (i64) of the element within
        the reduced dims."""
        idx = None
        for d in self.rdims:
            i = loop_index(d)
            if idx is None:
                idx = i
            else:
                idx = arith.AddIOp(arith.MulIOp(idx, as_index(self.sizes[d])).result, i).result
        if idx is None:
            return const(0, torch.int64)
        return arith.IndexCastOp(ir.IntegerType.get_signless(64), idx).result


def splat(sizes: Sequence, v: ir.Value) -> ir.Value:
    """A tensor of `sizes` filled with scalar `v`: linalg.fill, or for i1 a
    generic yielding `v` (linalg-bool-tensors-to-i8 widens generic yields
    but not linalg.fill's i1 value operand)."""
    init = empty(sizes, v.type)
    if str(v.type) != "i1":
        return fill(v, init)
    rank = len(sizes)
    return generic([], [init], [identity_map(rank)], [PARALLEL] * rank, lambda _o: v)[0]


def reduce(r: Reduce, inputs: Sequence[tuple[ir.Value, str]], inits: Sequence[ir.Value],
           body: Callable) -> list[ir.Value]:
    """One reducing linalg.generic. `inputs`: (tensor, "full" | "out" | "keep")
    (identity map, the reduced layout's map, the keepdim layout's map);
    `inits`: the initial accumulator scalars (one output each);
    `body(*input_scalars, *accumulators)` returns the new accumulators."""
    maps = {"full": r.full_map, "out": r.out_map}
    in_maps = [maps[k] if k != "keep" else r.keepdim_map() for _, k in inputs]
    outs = [splat(r.out_sizes, v) for v in inits]
    return generic([v for v, _ in inputs], outs, in_maps + [r.out_map] * len(outs),
                   r.iterators, body)


def map_over(shape_of: ir.Value, inputs: Sequence[tuple[ir.Value, ir.AffineMap | None]],
             elem: ir.Type, fn: Callable, sizes: Sequence | None = None) -> ir.Value:
    """An elementwise generic over the shape of `shape_of` (or `sizes`):
    inputs with map None use the identity; `fn(*scalars)` gives the result."""
    sizes = dims(shape_of) if sizes is None else list(sizes)
    rank = len(sizes)
    maps = [m if m is not None else identity_map(rank) for _, m in inputs]
    init = empty(sizes, elem)
    return generic([v for v, _ in inputs], [init], maps + [identity_map(rank)],
                   [PARALLEL] * rank, fn)[0]


def map_same(x: ir.Value, elem: ir.Type, fn: Callable, *others: ir.Value) -> ir.Value:
    """fn applied elementwise to `x` (and same-shaped `others`)."""
    return map_over(x, [(x, None)] + [(o, None) for o in others], elem, fn)


# --- scalar combiners ------------------------------------------------------------

def add(dt, a, b):
    if dt == torch.bool:
        return arith.OrIOp(a, b).result
    if dt.is_complex:
        return cplx.AddOp(a, b).result
    return (arith.AddFOp if is_float(dt) else arith.AddIOp)(a, b).result


def sub(dt, a, b):
    return (arith.SubFOp if is_float(dt) else arith.SubIOp)(a, b).result


def mul(dt, a, b):
    if dt == torch.bool:
        return arith.AndIOp(a, b).result
    if dt.is_complex:
        return cplx.MulOp(a, b).result
    return (arith.MulFOp if is_float(dt) else arith.MulIOp)(a, b).result


def div(a, b):
    return arith.DivFOp(a, b).result


def maxmin(dt, a, b, is_max: bool):
    """NaN-propagating max/min (torch's amax/amin/max/min)."""
    if is_float(dt):
        return (arith.MaximumFOp if is_max else arith.MinimumFOp)(a, b).result
    if is_unsigned(dt):
        return (arith.MaxUIOp if is_max else arith.MinUIOp)(a, b).result
    return (arith.MaxSIOp if is_max else arith.MinSIOp)(a, b).result


def max_min_identity(dt, is_max: bool) -> ir.Value:
    """The identity of max (is_max) or min for `dt`."""
    if is_float(dt):
        return const(float("-inf") if is_max else float("inf"), dt)
    if dt == torch.bool:
        return const(not is_max, dt)
    width = ir.IntegerType(element_type(dt)).width
    if is_unsigned(dt):
        return const(0 if is_max else -1, dt)  # -1: all ones
    return const(-(2 ** (width - 1)) if is_max else 2 ** (width - 1) - 1, dt)


def sum_reduce(r: Reduce, x, src, acc, fn=None, extra=()) -> ir.Value:
    """sum over `r` of fn(x converted to acc, *extra scalars) in dtype acc."""
    def body(v, *rest):
        *ex, a = rest
        v = convert_scalar(v, src, acc)
        if fn is not None:
            v = fn(v, *ex)
        return add(acc, a, v)
    return reduce(r, [(x, "full")] + list(extra), [const(0, acc)], body)[0]


def finish(r: Reduce, t, acc, out, fn=None) -> ir.Value:
    """fn (if any) then the cast acc -> out, over the reduced tensor `t`."""
    if fn is None and acc == out:
        return t

    def body(v, _o):
        if fn is not None:
            v = fn(v)
        return convert_scalar(v, acc, out)
    return map_over(t, [(t, None)], element_type(out), body, sizes=r.out_sizes)


def _keepdim(n, i, default=False) -> bool:
    if i >= len(n.operands) or n.operands[i] is None:
        return default
    return bool(n.const(i, "keepdim"))


# --- sum / mean / prod -------------------------------------------------------------

def _sum_like(cx, n, dim_i, keep_i, reducer="sum"):
    x = n.operands[0]
    src, out = n.dtype(0), n.result_dtype()
    sizes = dims(x)
    rdims = reduced_dims(n, dim_i, len(sizes)) if dim_i is not None else list(range(len(sizes)))
    keepdim = _keepdim(n, keep_i) if keep_i is not None else False
    r = Reduce(sizes, rdims, keepdim)
    acc = acc_dtype(out)
    if reducer == "sum":
        s = sum_reduce(r, x, src, acc)
        return finish(r, s, acc, out)
    if reducer == "mean":
        if not (is_float(out) or out.is_complex):
            raise Unsupported(f"mean of {out} (torch needs a floating-point or complex dtype)")
        s = sum_reduce(r, x, src, acc)
        if out.is_complex:  # divided by the count as a complex number
            part = component_dtype(acc)
            c = convert_scalar(count_as(r.count(), part), part, acc)
            return finish(r, s, acc, out, lambda v: cplx.DivOp(v, c).result)
        c = count_as(r.count(), acc)
        return finish(r, s, acc, out, lambda v: div(v, c))

    def body(v, a):  # prod
        return mul(acc, a, convert_scalar(v, src, acc))
    p = reduce(r, [(x, "full")], [const(1, acc)], body)[0]
    return finish(r, p, acc, out)


@rule("torch.aten.sum.dim_IntList", "torch.aten.mean.dim", "torch.aten.prod.dim_int")
def sum_mean_prod_dim(cx, n):
    """Over the dims of operand 1, keepdim operand 2; the reducer is named by
    the op (torch.aten.<reducer>.<overload>)."""
    return _sum_like(cx, n, 1, 2, n.name.split(".")[2])


@rule("torch.aten.sum", "torch.aten.mean", "torch.aten.prod")
def sum_mean_prod_all(cx, n):
    """Over all dims."""
    return _sum_like(cx, n, None, None, n.name.split(".")[2])


# --- max / min ------------------------------------------------------------------------

def _extremum(n, x, rdims, keepdim, is_max, out_dtype=None):
    src = n.dtype(0)
    out = out_dtype or n.result_dtype()
    r = Reduce(dims(x), rdims, keepdim)

    def body(v, a):
        return maxmin(src, a, v, is_max)
    m = reduce(r, [(x, "full")], [max_min_identity(src, is_max)], body)[0]
    return finish(r, m, src, out)


@rule("torch.aten.amax", "torch.aten.amin")
def amax(cx, n):
    x = n.operands[0]
    rank = ir.RankedTensorType(x.type).rank
    return _extremum(n, x, reduced_dims(n, 1, rank), _keepdim(n, 2), n.name.endswith("amax"))


@rule("torch.aten.max", "torch.aten.min")
def max_all(cx, n):
    x = n.operands[0]
    rank = ir.RankedTensorType(x.type).rank
    return _extremum(n, x, list(range(rank)), False, n.name.endswith(".max"))


def _better(dt, v, cur, i, ci, is_max: bool) -> ir.Value:
    """Whether element (v, index i) replaces the running (cur, ci): strictly
    better, or equal with a smaller index; a NaN beats any number (torch
    propagates it), the first NaN wins. Independent of the visit order."""
    ilt = arith.CmpIOp(arith.CmpIPredicate.slt, i, ci).result
    if is_float(dt):
        better = arith.CmpFOp(arith.CmpFPredicate.OGT if is_max else arith.CmpFPredicate.OLT,
                              v, cur).result
        eq = arith.CmpFOp(arith.CmpFPredicate.OEQ, v, cur).result
        vnan = arith.CmpFOp(arith.CmpFPredicate.UNO, v, v).result
        cur_num = arith.CmpFOp(arith.CmpFPredicate.ORD, cur, cur).result
        nan_wins = arith.AndIOp(vnan, arith.OrIOp(cur_num, ilt).result).result
        tie = arith.AndIOp(eq, ilt).result
        return arith.OrIOp(arith.OrIOp(better, tie).result, nan_wins).result
    if is_unsigned(dt):
        pred = arith.CmpIPredicate.ugt if is_max else arith.CmpIPredicate.ult
    else:
        pred = arith.CmpIPredicate.sgt if is_max else arith.CmpIPredicate.slt
    better = arith.CmpIOp(pred, v, cur).result
    eq = arith.CmpIOp(arith.CmpIPredicate.eq, v, cur).result
    return arith.OrIOp(better, arith.AndIOp(eq, ilt).result).result


def arg_extremum(x, src: torch.dtype, r: Reduce, is_max: bool) -> tuple[ir.Value, ir.Value]:
    """(values, i64 indices) of the max/min over `r` (first index on ties)."""
    def body(v, cur, ci):
        i = r.linear_index()
        take = _better(src, v, cur, i, ci, is_max)
        return [arith.SelectOp(take, v, cur).result, arith.SelectOp(take, i, ci).result]
    inits = [max_min_identity(src, is_max), const(0, torch.int64)]
    vals, idx = reduce(r, [(x, "full")], inits, body)
    return vals, idx


@rule("torch.aten.max.dim", "torch.aten.min.dim")
def max_dim(cx, n):
    x = n.operands[0]
    sizes = dims(x)
    d = normalize_dims([n.const(1, "dim")], len(sizes))
    r = Reduce(sizes, d, _keepdim(n, 2))
    vals, idx = arg_extremum(x, n.dtype(0), r, n.name.endswith("max.dim"))
    return [vals, idx]


@rule("torch.aten.argmax", "torch.aten.argmin")
def argmax(cx, n):
    x = n.operands[0]
    sizes = dims(x)
    rdims = reduced_dims(n, 1, len(sizes))
    r = Reduce(sizes, rdims, _keepdim(n, 2))
    if n.operands[1] is None and r.keepdim:
        # argmax(x, dim=None, keepdim=True) has shape [1] * rank.
        r = Reduce(sizes, list(range(len(sizes))), True)
    return arg_extremum(x, n.dtype(0), r, n.name.endswith("argmax"))[1]


# --- var / std ------------------------------------------------------------------------

def moments(x, src: torch.dtype, r: Reduce, acc: torch.dtype, correction=0,
            var_fn: Callable | None = None,
            var_dtype: torch.dtype | None = None) -> tuple[ir.Value, ir.Value]:
    """(mean, var) over `r`, var = sum((x - mean)^2) / max(0, N - correction)
    (torch's two-pass formula), then var_fn(var) if given (e.g. rsqrt(var + eps)),
    computed in `acc`; mean is in `acc`, var in `var_dtype` (default acc).
    Both are in `r`'s reduced layout."""
    if not is_float(acc):
        raise Unsupported(f"variance of {src} (torch needs a floating-point dtype)")
    s = sum_reduce(r, x, src, acc)
    c = r.count()
    n_f = count_as(c, acc)
    mean = finish(r, s, acc, acc, lambda v: div(v, n_f))

    def sq_dev(v, m):
        dlt = arith.SubFOp(v, m).result
        return arith.MulFOp(dlt, dlt).result
    ssd = sum_reduce(r, x, src, acc, sq_dev, extra=[(mean, "out")])
    if isinstance(c, int):
        denom = const(float(max(0, c - correction)), acc)
    else:
        d = arith.SubFOp(n_f, const(float(correction), acc)).result
        denom = arith.MaximumFOp(d, const(0.0, acc)).result
    var = finish(r, ssd, acc, var_dtype or acc,
                 lambda v: var_fn(div(v, denom)) if var_fn else div(v, denom))
    return mean, var


def _var_family(n, var_fn=None):
    x = n.operands[0]
    sizes = dims(x)
    full = n.name in ("torch.aten.var", "torch.aten.std", "torch.aten.var_mean")
    rdims = list(range(len(sizes))) if full else reduced_dims(n, 1, len(sizes))
    keep_i = {"correction": 3, "dim": 3}.get(n.name.rsplit(".", 1)[-1])
    keepdim = _keepdim(n, keep_i) if keep_i is not None and not full else False
    r = Reduce(sizes, rdims, keepdim)
    out = n.result_dtype()
    acc = acc_dtype(out)
    mean, var = moments(x, n.dtype(0), r, acc, variance_correction(n), var_fn, out)
    return r, acc, out, mean, var


@rule("torch.aten.var.correction", "torch.aten.var.dim", "torch.aten.var")
def var(cx, n):
    return _var_family(n)[4]


@rule("torch.aten.std.correction", "torch.aten.std.dim", "torch.aten.std")
def std(cx, n):
    return _var_family(n, lambda v: math.SqrtOp(v).result)[4]


@rule("torch.aten.var_mean.correction", "torch.aten.var_mean.dim", "torch.aten.var_mean")
def var_mean(cx, n):
    r, acc, out, m, v = _var_family(n)
    return [v, finish(r, m, acc, n.result_dtype(1))]


# --- norms ----------------------------------------------------------------------------

def vector_norm(x, src: torch.dtype, r: Reduce, p: float, out: torch.dtype) -> ir.Value:
    acc = acc_dtype(out)
    if not is_float(acc):
        raise Unsupported(f"vector norm into {out} (needs a floating-point dtype)")
    if src.is_complex:  # the norm of the moduli
        part = component_dtype(src)
        x = map_same(x, element_type(part), lambda v, _o: cplx.AbsOp(v).result)
        src = part

    def absval(v):
        return math.AbsFOp(v).result
    if p == float("inf") or p == float("-inf"):
        is_max = p > 0

        def body(v, a):
            return maxmin(acc, a, absval(convert_scalar(v, src, acc)), is_max)
        init = const(0.0, acc) if is_max else const(float("inf"), acc)
        m = reduce(r, [(x, "full")], [init], body)[0]
        return finish(r, m, acc, out)
    if p == 0:
        zero = const(0.0, acc)
        s = sum_reduce(r, x, src, acc, lambda v: arith.UIToFPOp(
            element_type(acc), arith.CmpFOp(arith.CmpFPredicate.UNE, v, zero).result).result)
        return finish(r, s, acc, out)
    if p == 1:
        return finish(r, sum_reduce(r, x, src, acc, absval), acc, out)
    if p == 2:
        s = sum_reduce(r, x, src, acc, lambda v: arith.MulFOp(v, v).result)
        return finish(r, s, acc, out, lambda v: math.SqrtOp(v).result)
    pv, inv = const(p, acc), const(1.0 / p, acc)
    s = sum_reduce(r, x, src, acc, lambda v: math.PowFOp(absval(v), pv).result)
    return finish(r, s, acc, out, lambda v: math.PowFOp(v, inv).result)


def _const_float(n, i, what, default):
    v = n.operands[i] if i < len(n.operands) else None
    if v is None:
        return default
    if isinstance(v, ir.Value):
        raise Unsupported(f"{what} must be a constant")
    return float(v)


@rule("torch.aten.linalg_vector_norm", "torch.aten.norm.ScalarOpt_dim", "torch.aten.norm.Scalar",
      "torch.aten.norm.ScalarOpt_dim_dtype")
def linalg_vector_norm(cx, n):
    x = n.operands[0]
    sizes = dims(x)
    p = _const_float(n, 1, "ord", 2.0)
    if n.name == "torch.aten.norm.Scalar":
        rdims, keepdim = list(range(len(sizes))), False
    else:
        rdims, keepdim = reduced_dims(n, 2, len(sizes)), _keepdim(n, 3)
    r = Reduce(sizes, rdims, keepdim)
    return vector_norm(x, n.dtype(0), r, p, n.result_dtype())


@rule("torch.aten.logsumexp")
def logsumexp(cx, n):
    x = n.operands[0]
    sizes = dims(x)
    r = Reduce(sizes, reduced_dims(n, 1, len(sizes)), _keepdim(n, 2))
    src, out = n.dtype(0), n.result_dtype()
    acc = acc_dtype(out)
    if not is_float(acc):
        raise Unsupported(f"logsumexp into {out}")

    def mbody(v, a):
        return maxmin(acc, a, convert_scalar(v, src, acc), True)
    m = reduce(r, [(x, "full")], [max_min_identity(acc, True)], mbody)[0]
    inf, zero = const(float("inf"), acc), const(0.0, acc)

    def shift_of(mv):
        # torch shifts by 0 where the max is infinite (all -inf, or an inf).
        is_inf = arith.CmpFOp(arith.CmpFPredicate.OEQ, math.AbsFOp(mv).result, inf).result
        return arith.SelectOp(is_inf, zero, mv).result
    s = sum_reduce(r, x, src, acc, lambda v, mv: math.ExpOp(
        arith.SubFOp(v, shift_of(mv)).result).result, extra=[(m, "out")])

    def fin(sv, mv, _o):
        return convert_scalar(arith.AddFOp(math.LogOp(sv).result, shift_of(mv)).result,
                              acc, out)
    return map_over(s, [(s, None), (m, None)], element_type(out), fin, sizes=r.out_sizes)


# --- any / all ------------------------------------------------------------------------

def _any_all(n, rdims, keepdim, is_any):
    x = n.operands[0]
    src, out = n.dtype(0), n.result_dtype()
    r = Reduce(dims(x), rdims, keepdim)

    def body(v, a):
        b = convert_scalar(v, src, torch.bool)
        return (arith.OrIOp if is_any else arith.AndIOp)(a, b).result
    t = reduce(r, [(x, "full")], [const(not is_any, torch.bool)], body)[0]
    return finish(r, t, torch.bool, out)


@rule("torch.aten.any", "torch.aten.all")
def any_all(cx, n):
    rank = ir.RankedTensorType(n.operands[0].type).rank
    return _any_all(n, list(range(rank)), False, n.name.endswith(".any"))


@rule("torch.aten.any.dim", "torch.aten.all.dim", "torch.aten.any.dims", "torch.aten.all.dims")
def any_all_dim(cx, n):
    rank = ir.RankedTensorType(n.operands[0].type).rank
    # any.dims(dim=[]) reduces nothing (unlike sum(dim=[])).
    rdims = reduced_dims(n, 1, rank, empty_means_all=not n.name.endswith(".dims"))
    return _any_all(n, rdims, _keepdim(n, 2), n.name.startswith("torch.aten.any"))


# --- cumulative ops ------------------------------------------------------------------

def _slice(x, sizes, d, offset, out_type=None):
    """x[..., offset:offset+1, ...] along dim d (offset: index value)."""
    dyn = ir.ShapedType.get_dynamic_size()
    rank = len(sizes)
    sz = [1 if k == d else sizes[k] for k in range(rank)]
    rt = out_type or ir.RankedTensorType.get(
        [s if isinstance(s, int) else dyn for s in sz], ir.RankedTensorType(x.type).element_type)
    offsets = [offset]
    static_offsets = [0 if k != d else dyn for k in range(rank)]
    dyn_sizes = [s for s in sz if not isinstance(s, int)]
    return tensor.ExtractSliceOp(
        rt, x, offsets, dyn_sizes, [], static_offsets,
        [s if isinstance(s, int) else dyn for s in sz], [1] * rank).result


def _insert(src, dest, sizes, d, offset):
    dyn = ir.ShapedType.get_dynamic_size()
    rank = len(sizes)
    sz = [1 if k == d else sizes[k] for k in range(rank)]
    return tensor.InsertSliceOp(
        src, dest, [offset], [s for s in sz if not isinstance(s, int)], [],
        [0 if k != d else dyn for k in range(rank)],
        [s if isinstance(s, int) else dyn for s in sz], [1] * rank).result


def cumulative(x, src: torch.dtype, d: int, out: torch.dtype, is_prod: bool) -> ir.Value:
    """cumsum/cumprod along `d`: an scf.for over that dim carrying the
    running accumulator (one slice, in the accumulation dtype)."""
    sizes = dims(x)
    rank = len(sizes)
    acc = acc_dtype(out)
    out_t = empty(sizes, element_type(out))
    if rank == 0:
        return map_same(x, element_type(out), lambda v, _o: convert_scalar(v, src, out))
    slice_sizes = [1 if k == d else sizes[k] for k in range(rank)]
    acc0 = fill(const(1 if is_prod else 0, acc), empty(slice_sizes, element_type(acc)))
    loop = scf.ForOp(as_index(0), as_index(sizes[d]), as_index(1), [out_t, acc0])
    with ir.InsertionPoint(loop.body):
        iv = loop.induction_variable
        res, a = loop.inner_iter_args
        xs = _slice(x, sizes, d, iv)

        def body(v, av, *_o):
            nv = (mul if is_prod else add)(acc, av, convert_scalar(v, src, acc))
            return [nv, convert_scalar(nv, acc, out)] if acc != out else [nv]
        # The accumulator is updated in place (an output read by the body),
        # so the loop bufferizes without copies; it is the result slice too
        # unless the result is rounded from it (16-bit floats).
        ident = identity_map(rank)
        outs = [a] + ([empty(slice_sizes, element_type(out))] if acc != out else [])
        res_slices = generic([xs], outs, [ident] * (1 + len(outs)), [PARALLEL] * rank, body)
        new_a, piece = res_slices[0], res_slices[-1]
        res = _insert(piece, res, sizes, d, iv)
        scf.YieldOp([res, new_a])
    return loop.results[0]


@rule("torch.aten.cumsum", "torch.aten.cumprod")
def cumsum(cx, n):
    x = n.operands[0]
    rank = ir.RankedTensorType(x.type).rank
    d = normalize_dims([n.const(1, "dim")], rank)
    return cumulative(x, n.dtype(0), d[0] if d else 0, n.result_dtype(),
                      n.name.endswith("cumprod"))
