"""Tensor creation to TOSA: full/zeros/ones/empty (and their _like/new_
forms), arange and scalar_tensor of constant arguments become one
`tosa.const` of the result's (static) shape; a run-time scalar becomes a
one-element tensor. `empty` is zero-filled. Values are computed by torch
itself (torch.arange, torch.full), so they are exactly what eager gives."""

from __future__ import annotations

import torch
from mlir import ir

from ..convert import is_runtime
from ..registry import Unsupported, rule
from .common import const, element_type, reshape, scalar_tensor
from .views import tile

T = "tosa"


def _const_of(n, values: torch.Tensor) -> ir.Value:
    dt = n.result_dtype()
    if dt in (torch.bfloat16,):
        values = values.float()
    return const(values.numpy(), element_type(dt), list(values.shape))


def _filled(cx, n, value, like: ir.Value | None = None) -> ir.Value:
    sizes = n.result_sizes()
    dt = n.result_dtype()
    if -1 in sizes:
        return _splat(cx, n, value, like)
    if value is None:
        value = 0
    if is_runtime(value):
        one = scalar_tensor(cx, value, dt, len(sizes))
        return tile(one, sizes) if sizes else reshape(one, [])
    return _const_of(n, torch.full(sizes, value, dtype=dt))


def _splat(cx, n, value, like):
    """A dynamic-shape fill: tensor.splat (the TOSA contract allows the
    tensor dialect), its dynamic sizes from the op's size operands or from
    the `like` tensor."""
    from mlir.dialects import arith, tensor

    from ..linalg.common import to_scalar

    sizes = n.result_sizes()
    dt = n.result_dtype()
    if like is not None:
        dyn = [tensor.DimOp(like, arith.ConstantOp(ir.IndexType.get(), i).result).result
               for i, d in enumerate(sizes) if d == -1]
    else:
        given = list(n.operands[0] if n.name != "torch.aten.new_full" and
                     "new_" not in n.name else n.operands[1])
        dyn = [arith.IndexCastOp(ir.IndexType.get(), cx.materialize(v)).result
               for v, d in zip(given, sizes) if d == -1]
    v = to_scalar(cx, 0 if value is None else value, dt)
    from .common import tensor_of

    return tensor.SplatOp(tensor_of(sizes, element_type(dt)), v, dyn).result


@rule("torch.aten.full", "torch.aten.new_full", target=T)
def full(cx, n):
    return _filled(cx, n, n.operands[1] if n.name == "torch.aten.full" else n.operands[2])


@rule("torch.aten.full_like", target=T)
def full_like(cx, n):
    return _filled(cx, n, n.operands[1], like=n.operands[0])


@rule("torch.aten.zeros", "torch.aten.ones", "torch.aten.empty.memory_format",
      "torch.aten.zeros_like", "torch.aten.ones_like", "torch.aten.empty_like",
      "torch.aten.new_zeros", "torch.aten.new_ones", "torch.aten.new_empty", target=T)
def zeros_ones(cx, n):
    kind = n.name.split(".")[2]
    like = n.operands[0] if kind.endswith("_like") else None
    return _filled(cx, n, 1 if kind.startswith(("ones", "new_ones")) else 0, like=like)


@rule("torch.aten.arange", "torch.aten.arange.start", "torch.aten.arange.start_step",
      target=T)
def arange(cx, n):
    ops = n.operands
    if n.name.endswith("start_step"):
        args = ops[:3]
    elif n.name.endswith("start"):
        args = ops[:2]
    else:
        args = ops[:1]
    if is_runtime(args):
        return _dynamic_arange(cx, n, *([0] * (len(args) < 2) + list(args) + [1] *
                                        (len(args) < 3)))
    return _const_of(n, torch.arange(*args, dtype=n.result_dtype()))


def _dynamic_arange(cx, n, start, end, step):
    """arange of run-time integer bounds: a tensor.generate (tensor + arith,
    both in the TOSA contract) of start + i * step, its length
    max(0, ceildiv(end - start, step))."""
    from mlir.dialects import arith
    from mlir.dialects import tensor as tensor_d

    from ..linalg.common import convert_scalar

    i64 = ir.IntegerType.get_signless(64)
    if any(isinstance(v, float) or isinstance(v, ir.Value) and str(v.type) != "i64"
           for v in (start, end, step)):
        raise Unsupported("arange of run-time float bounds")
    if not isinstance(step, int) or step == 0:
        raise Unsupported("arange needs a constant nonzero step")
    s, e, st = (cx.materialize(v) for v in (start, end, step))
    length = arith.MaxSIOp(arith.CeilDivSIOp(arith.SubIOp(e, s).result, st).result,
                           cx.materialize(0)).result
    dt = n.result_dtype()
    from .common import tensor_of

    gen = tensor_d.GenerateOp(tensor_of([-1], element_type(dt)),
                              [arith.IndexCastOp(ir.IndexType.get(), length).result])
    block = gen.regions[0].blocks.append(ir.IndexType.get())
    with ir.InsertionPoint(block):
        i = arith.IndexCastOp(i64, block.arguments[0]).result
        v = arith.AddIOp(s, arith.MulIOp(i, st).result).result
        tensor_d.YieldOp(convert_scalar(v, torch.int64, dt))
    return gen.result


@rule("torch.aten.scalar_tensor", "torch.prim.NumToTensor.Scalar", "torch.aten.tensor.int",
      "torch.aten.tensor.float", "torch.aten.tensor.bool", target=T)
def scalar_tensor_(cx, n):
    v = n.operands[0]
    dt = n.result_dtype()
    if is_runtime(v):
        return reshape(scalar_tensor(cx, v, dt, 1), [])
    return _const_of(n, torch.tensor(v, dtype=dt))
