"""Comparisons, logical and bitwise ops, where/masked_fill to TOSA. Operands
compare in torch's promoted dtype; TOSA has equal/greater/greater_equal,
so lt/le swap their operands and ne negates equal."""

from __future__ import annotations

import torch
from mlir import ir
from mlir.dialects import tosa

from ..registry import Unsupported, rule
from .common import binary, convert, elementwise, operand_tensor, promote, tensor_of

T = "tosa"


def _i1():
    return ir.IntegerType.get_signless(1)


def _compare(kind: str, a, b):
    if kind in ("lt", "le"):
        a, b = b, a
    op_cls = {"eq": tosa.EqualOp, "ne": tosa.EqualOp, "gt": tosa.GreaterOp,
              "lt": tosa.GreaterOp, "ge": tosa.GreaterEqualOp,
              "le": tosa.GreaterEqualOp}[kind]
    r = binary(op_cls, a, b, _i1())
    if kind == "ne":
        r = tosa.LogicalNotOp(r.type, r).result
    return r


def _compare_rule(cx, n):
    kind = n.name.split(".")[2]
    return elementwise(cx, n, [0, 1], lambda dt, t, a, b: _compare(kind, a, b))


rule("torch.aten.eq.Tensor", "torch.aten.eq.Scalar", "torch.aten.ne.Tensor",
     "torch.aten.ne.Scalar", "torch.aten.lt.Tensor", "torch.aten.lt.Scalar",
     "torch.aten.le.Tensor", "torch.aten.le.Scalar", "torch.aten.gt.Tensor",
     "torch.aten.gt.Scalar", "torch.aten.ge.Tensor", "torch.aten.ge.Scalar",
     target=T)(_compare_rule)


_LOGICAL = {"and": tosa.LogicalAndOp, "or": tosa.LogicalOrOp, "xor": tosa.LogicalXorOp}
_BITWISE = {"and": tosa.BitwiseAndOp, "or": tosa.BitwiseOrOp, "xor": tosa.BitwiseXorOp}


@rule("torch.aten.logical_and", "torch.aten.logical_or", "torch.aten.logical_xor", target=T)
def logical(cx, n):
    op_cls = _LOGICAL[n.name.rsplit("_", 1)[1]]
    return elementwise(cx, n, [0, 1], lambda dt, t, a, b: binary(op_cls, a, b),
                       compute=torch.bool)


@rule("torch.aten.logical_not", target=T)
def logical_not(cx, n):
    return elementwise(cx, n, [0], lambda dt, t, x: tosa.LogicalNotOp(x.type, x).result,
                       compute=torch.bool)


@rule("torch.aten.bitwise_and.Tensor", "torch.aten.bitwise_or.Tensor",
      "torch.aten.bitwise_xor.Tensor", "torch.aten.bitwise_and.Scalar",
      "torch.aten.bitwise_or.Scalar", "torch.aten.bitwise_xor.Scalar", target=T)
def bitwise(cx, n):
    which = n.name.split(".")[2].split("_")[1]

    def build(dt, t, a, b):
        if dt.is_floating_point:
            raise Unsupported(f"bitwise op on {dt}")
        op_cls = (_LOGICAL if dt == torch.bool else _BITWISE)[which]
        return binary(op_cls, a, b)

    return elementwise(cx, n, [0, 1], build)


@rule("torch.aten.bitwise_not", target=T)
def bitwise_not(cx, n):
    def build(dt, t, x):
        if dt == torch.bool:
            return tosa.LogicalNotOp(x.type, x).result
        if dt.is_floating_point:
            raise Unsupported(f"bitwise_not on {dt}")
        return tosa.BitwiseNotOp(x.type, x).result

    return elementwise(cx, n, [0], build)


@rule("torch.aten.isnan", target=T)
def isnan(cx, n):
    return elementwise(cx, n, [0], lambda dt, t, x: _compare("ne", x, x), compute=n.dtype(0))


def _select(cx, n, cond_i: int, a_i: int, b_i: int):
    """where(cond, a, b): a and b in their promoted dtype."""
    cdt = promote(n, [a_i, b_i])[0]
    r = len(n.result_sizes())
    cond = operand_tensor(cx, n, cond_i, torch.bool, r)
    a = operand_tensor(cx, n, a_i, cdt, r)
    b = operand_tensor(cx, n, b_i, cdt, r)
    t = tensor_of(n.result_sizes(), ir.RankedTensorType(a.type).element_type)
    return convert(tosa.SelectOp(t, cond, a, b).result, cdt, n.result_dtype())


@rule("torch.aten.where.self", "torch.aten.where.ScalarSelf", "torch.aten.where.ScalarOther",
      "torch.aten.where.Scalar", target=T)
def where(cx, n):
    return _select(cx, n, 0, 1, 2)


@rule("torch.aten.masked_fill.Scalar", "torch.aten.masked_fill.Tensor", target=T)
def masked_fill(cx, n):
    return _select(cx, n, 1, 2, 0)
