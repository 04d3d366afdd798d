"""Comparisons (eq/ne/lt/le/gt/ge), logical and/or/xor, bitwise and/or/xor
and shifts: each one broadcasting linalg.generic built by
elementwise.ew, with torch's type promotion."""

from __future__ import annotations

import torch
from mlir import ir
from mlir.dialects import arith

from ..registry import Unsupported, rule
from .common import convert_scalar, elementwise, is_float, is_unsigned
from .elementwise import const, ew, operand_dtypes, promote


def _shift(left: bool):
    def lower(cx, n):
        def fn(dt, x, y):
            if is_float(dt) or dt == torch.bool:
                raise Unsupported("shifts need integer operands")
            width = ir.IntegerType(x.type).width
            zero = const(0, dt)
            # torch: a shift by a negative amount or by >= the width gives 0
            # (-1 for a right shift of a negative signed value).
            out_of_range = arith.CmpIOp(arith.CmpIPredicate.uge, y, const(width, dt)).result
            if left:
                return arith.SelectOp(out_of_range, zero, arith.ShLIOp(x, y).result).result
            if is_unsigned(dt):
                return arith.SelectOp(out_of_range, zero, arith.ShRUIOp(x, y).result).result
            fill = arith.SelectOp(arith.CmpIOp(arith.CmpIPredicate.slt, x, zero).result,
                                  const(-1, dt), zero).result
            return arith.SelectOp(out_of_range, fill, arith.ShRSIOp(x, y).result).result
        return ew(cx, n, [0, 1], fn)
    return lower


rule("torch.aten.bitwise_left_shift.Tensor", "torch.aten.bitwise_left_shift.Tensor_Scalar",
     "torch.aten.__lshift__.Scalar", "torch.aten.__lshift__.Tensor")(_shift(True))
rule("torch.aten.bitwise_right_shift.Tensor", "torch.aten.bitwise_right_shift.Tensor_Scalar",
     "torch.aten.__rshift__.Scalar", "torch.aten.__rshift__.Tensor")(_shift(False))


def _bitwise(build):
    def lower(cx, n):
        def fn(dt, x, y):
            if is_float(dt):
                raise Unsupported("bitwise ops need integer or bool operands")
            return build(x, y).result
        return ew(cx, n, [0, 1], fn)
    return lower


def _logical(build):
    def lower(cx, n):
        dts = operand_dtypes(n, [0, 1])

        def body(x, y):
            r = build(convert_scalar(x, dts[0], torch.bool),
                      convert_scalar(y, dts[1], torch.bool)).result
            return convert_scalar(r, torch.bool, n.result_dtype())
        return elementwise(cx, n, n.operands[:2], dts, body)
    return lower


rule("torch.aten.bitwise_and.Tensor", "torch.aten.bitwise_and.Scalar",
     "torch.aten.__and__.Tensor")(_bitwise(arith.AndIOp))
rule("torch.aten.bitwise_or.Tensor", "torch.aten.bitwise_or.Scalar",
     "torch.aten.__or__.Tensor")(_bitwise(arith.OrIOp))
rule("torch.aten.bitwise_xor.Tensor", "torch.aten.bitwise_xor.Scalar",
     "torch.aten.__xor__.Tensor")(_bitwise(arith.XOrIOp))
rule("torch.aten.logical_and")(_logical(arith.AndIOp))
rule("torch.aten.logical_or")(_logical(arith.OrIOp))
rule("torch.aten.logical_xor")(_logical(arith.XOrIOp))


def _compare(fpred, spred, upred):
    """The rule of a comparison: float, signed and unsigned predicates."""
    def lower(cx, n):
        cdt, _ = promote(n, [0, 1])

        def fn(dt, x, y):
            if is_float(dt):
                return arith.CmpFOp(fpred, x, y).result
            return arith.CmpIOp(upred if is_unsigned(dt) else spred, x, y).result
        return ew(cx, n, [0, 1], fn, compute=cdt)
    return lower


_F, _I = arith.CmpFPredicate, arith.CmpIPredicate
rule("torch.aten.eq.Tensor", "torch.aten.eq.Scalar")(_compare(_F.OEQ, _I.eq, _I.eq))
rule("torch.aten.ne.Tensor", "torch.aten.ne.Scalar")(_compare(_F.UNE, _I.ne, _I.ne))
rule("torch.aten.lt.Tensor", "torch.aten.lt.Scalar")(_compare(_F.OLT, _I.slt, _I.ult))
rule("torch.aten.le.Tensor", "torch.aten.le.Scalar")(_compare(_F.OLE, _I.sle, _I.ule))
rule("torch.aten.gt.Tensor", "torch.aten.gt.Scalar")(_compare(_F.OGT, _I.sgt, _I.ugt))
rule("torch.aten.ge.Tensor", "torch.aten.ge.Scalar")(_compare(_F.OGE, _I.sge, _I.uge))
