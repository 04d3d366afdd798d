"""histc: the CPU kernel's linear-interpolation binning.

The range is [min, max], or the data's [amin, amax] when min == max (then
widened by 1 on each side if still equal), in double, its ends rounded to
the input's type (the first and last of the linspace bin edges). An element
x in the range (NaNs are not) goes to bin int((x - lo) * bins / (hi - lo)),
computed in the input's type, the last bin also taking hi. A range that is
not finite (a NaN or inf in the data) fails a run-time check, as torch
raises. One linalg.generic counts, reducing over every input dim with the
bins as the parallel dim.
"""

from __future__ import annotations

import math as pymath

import torch
from mlir import ir
from mlir.dialects import arith, cf, math, tensor

from ..registry import Unsupported, rule
from .common import PARALLEL, REDUCTION, affine_map, dims, element_type, generic, is_float, \
    loop_index, tensor_type
from .reductions import Reduce, const, maxmin, reduce, splat
from .sorting import _i64

_F64 = torch.float64


def _extremum(x, dt, is_max: bool) -> ir.Value:
    """The NaN-propagating min or max of all of `x`, as an f64 scalar."""
    r = Reduce(dims(x), list(range(tensor_type(x).rank)), False)
    init = const(float("-inf") if is_max else float("inf"), dt)
    v = reduce(r, [(x, "full")], [init], lambda a, acc: maxmin(dt, acc, a, is_max))[0]
    v = tensor.ExtractOp(v, []).result
    return arith.ExtFOp(element_type(_F64), v).result if dt != _F64 else v


def _numel_positive(x) -> ir.Value:
    ok = arith.ConstantOp(ir.IntegerType.get_signless(1), 1).result
    for s in dims(x):
        if isinstance(s, int):
            if s == 0:
                return arith.ConstantOp(ir.IntegerType.get_signless(1), 0).result
            continue
        pos = arith.CmpIOp(arith.CmpIPredicate.sgt, _i64(s), const(0, torch.int64)).result
        ok = arith.AndIOp(ok, pos).result
    return ok


def _range(x, dt, lo: float, hi: float) -> tuple[ir.Value, ir.Value]:
    """torch's histc range as two f64 scalars; the data's is checked finite
    at run time."""
    f = element_type(_F64)
    lo_v, hi_v = const(lo, _F64), const(hi, _F64)
    if lo != hi:
        return lo_v, hi_v  # checked finite when lowering
    some = _numel_positive(x)
    lo_v = arith.SelectOp(some, _extremum(x, dt, False), lo_v).result
    hi_v = arith.SelectOp(some, _extremum(x, dt, True), hi_v).result
    same = arith.CmpFOp(arith.CmpFPredicate.OEQ, lo_v, hi_v).result
    one = arith.ConstantOp(f, 1.0).result
    lo_v = arith.SelectOp(same, arith.SubFOp(lo_v, one).result, lo_v).result
    hi_v = arith.SelectOp(same, arith.AddFOp(hi_v, one).result, hi_v).result
    inf = arith.ConstantOp(f, float("inf")).result
    finite = arith.AndIOp(
        arith.CmpFOp(arith.CmpFPredicate.OLT, math.AbsFOp(lo_v).result, inf).result,
        arith.CmpFOp(arith.CmpFPredicate.OLT, math.AbsFOp(hi_v).result, inf).result).result
    cf.AssertOp(finite, "torch.histc: range of [min, max] is not finite (a NaN or inf "
                "in the data)")
    return lo_v, hi_v


@rule("torch.aten.histc")
def histc(cx, n):
    """histc(self, bins, min, max)."""
    x = n.operands[0]
    dt = n.dtype(0)
    if not is_float(dt):
        raise Unsupported(f"histc of {dt} (torch's CPU kernel takes floating types)")
    bins = n.const(1, "bins")
    lo, hi = float(n.const(2, "min")), float(n.const(3, "max"))
    if bins <= 0:
        raise Unsupported("histc: bins must be > 0")
    if not (pymath.isfinite(lo) and pymath.isfinite(hi)):
        raise Unsupported(f"histc: range of [{lo}, {hi}] is not finite")
    if lo > hi:
        raise Unsupported("histc: max must be larger than min")
    et = element_type(dt)
    lo_v, hi_v = (arith.TruncFOp(et, v).result if dt != _F64 else v for v in _range(x, dt, lo, hi))
    width = arith.SubFOp(hi_v, lo_v).result
    rank = tensor_type(x).rank

    def body(v, acc):
        inside = arith.AndIOp(
            arith.CmpFOp(arith.CmpFPredicate.OGE, v, lo_v).result,
            arith.CmpFOp(arith.CmpFPredicate.OLE, v, hi_v).result).result
        v = arith.SelectOp(inside, v, lo_v).result
        scaled = arith.MulFOp(arith.SubFOp(v, lo_v).result, const(float(bins), dt)).result
        pos = arith.FPToSIOp(ir.IntegerType.get_signless(64),
                             arith.DivFOp(scaled, width).result).result
        last = arith.CmpIOp(arith.CmpIPredicate.eq, pos, const(bins, torch.int64)).result
        pos = arith.SelectOp(last, const(bins - 1, torch.int64), pos).result
        hit = arith.AndIOp(inside, arith.CmpIOp(
            arith.CmpIPredicate.eq, pos, _i64(loop_index(rank))).result).result
        return arith.SelectOp(hit, arith.AddFOp(acc, const(1.0, dt)).result, acc).result
    out = splat([bins], const(0.0, dt))
    return generic([x], [out], [affine_map(rank + 1, list(range(rank))),
                                affine_map(rank + 1, [rank])],
                   [REDUCTION] * rank + [PARALLEL], body)[0]
