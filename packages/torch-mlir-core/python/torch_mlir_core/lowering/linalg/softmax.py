"""Softmax: _softmax/_log_softmax/softmax.int/log_softmax.int/_safe_softmax,
numerically stable (a max reduction, a sum of exponentials, then one
elementwise generic), built from the reduction helpers of reductions.py."""

from __future__ import annotations

import torch
from mlir import ir
from mlir.dialects import arith, math

from ..registry import Unsupported, rule
from .common import acc_dtype, convert_scalar, dims, element_type, is_float
from .reductions import (Reduce, const, map_over, max_min_identity, maxmin, normalize_dims, reduce,
                         sum_reduce)


def softmax(x, src: torch.dtype, d: int, out: torch.dtype, log: bool,
            safe: bool = False) -> ir.Value:
    """Numerically stable (log-)softmax along `d`: m = max, s = sum exp(x - m),
    then exp(x - m) / s or (x - m) - log(s), computed in f32 for 16-bit floats.
    `safe` (_safe_softmax): rows that are all -inf give 0, not NaN."""
    sizes = dims(x)
    acc = acc_dtype(out)
    if not is_float(acc):
        raise Unsupported(f"softmax into {out}")
    r = Reduce(sizes, [d] if sizes else [], False)

    def mbody(v, a):
        return maxmin(acc, a, convert_scalar(v, src, acc), True)
    m = reduce(r, [(x, "full")], [max_min_identity(acc, True)], mbody)[0]
    s = sum_reduce(r, x, src, acc, lambda v, mv: math.ExpOp(arith.SubFOp(v, mv).result).result,
                    extra=[(m, "out")])

    def fin(v, mv, sv, _o):
        shifted = arith.SubFOp(convert_scalar(v, src, acc), mv).result
        if log:
            y = arith.SubFOp(shifted, math.LogOp(sv).result).result
        else:
            y = arith.DivFOp(math.ExpOp(shifted).result, sv).result
        if safe:
            masked = arith.CmpFOp(arith.CmpFPredicate.OEQ, mv, const(float("-inf"), acc)).result
            y = arith.SelectOp(masked, const(0.0, acc), y).result
        return convert_scalar(y, acc, out)
    return map_over(x, [(x, None), (m, r.out_map), (s, r.out_map)], element_type(out), fin,
                    sizes=sizes)


@rule("torch.aten._softmax", "torch.aten._log_softmax", "torch.aten.softmax.int",
      "torch.aten.log_softmax.int", "torch.aten._safe_softmax")
def softmax_rule(cx, n):
    x = n.operands[0]
    rank = ir.RankedTensorType(x.type).rank
    d = normalize_dims([n.const(1, "dim")], rank)
    log = "log_softmax" in n.name
    return softmax(x, n.dtype(0), d[0] if d else 0, n.result_dtype(), log,
                   safe=n.name.endswith("_safe_softmax"))

