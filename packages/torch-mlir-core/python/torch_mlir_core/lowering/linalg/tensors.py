"""Literals and the tensor <-> scalar boundary (linalg target; the compile-time
facts about a tensor - prim.dtype, prim.device, aten.dim, aten.numel - are
shared rules in lowering/shared.py)."""

from __future__ import annotations

from mlir import ir
from mlir.dialects import arith, tensor

from ..convert import convert_type
from ..registry import Unsupported, rule
from .common import convert_scalar, element_type, to_scalar


@rule("torch.vtensor.literal")
def literal(cx, n):
    return arith.ConstantOp(convert_type(n.op.results[0].type), literal_attr(n)).result


def literal_attr(n) -> ir.Attribute:
    """The value of a torch.vtensor.literal on signless builtin types (the
    StableHLO rule uses it too)."""
    want = convert_type(n.op.results[0].type)
    attr = n.attr("value")
    if ir.ShapedType(attr.type).element_type != ir.RankedTensorType(want).element_type:
        if isinstance(attr, ir.DenseElementsAttr):
            import numpy as np

            arr = np.array(ir.DenseElementsAttr(attr))
            attr = ir.DenseElementsAttr.get(arr, type=ir.RankedTensorType(want).element_type,
                                            shape=list(ir.RankedTensorType(want).shape))
        else:
            # A dense resource of si64 (etc.): the same blob, seen as signless
            # (parsing `dense_resource<key>` again would declare a new, empty
            # resource `key_1`: BERT's int64 buffers lost their data).
            from ... import _native

            attr = _native.retype_dense_resource(attr, want)
    return attr


@rule("torch.prim.NumToTensor.Scalar", "torch.aten.scalar_tensor", "torch.aten.tensor.int",
      "torch.aten.tensor.float", "torch.aten.tensor.bool")
def num_to_tensor(cx, n):
    out = n.result_dtype()
    v = to_scalar(cx, n.operands[0], out)
    return tensor.FromElementsOp(ir.RankedTensorType.get([], element_type(out)), [v]).result


@rule("torch.aten.Int.Tensor", "torch.aten.Float.Tensor", "torch.aten.Bool.Tensor",
      "torch.aten.item", "torch.aten._local_scalar_dense")
def item(cx, n):
    x = n.operands[0]
    rank = ir.RankedTensorType(x.type).rank
    zero = arith.ConstantOp(ir.IndexType.get(), 0).result
    v = tensor.ExtractOp(x, [zero] * rank).result
    src = n.dtype(0)
    kind = str(n.op.results[0].type)
    import torch

    dst = {"!torch.int": torch.int64, "!torch.float": torch.float64,
           "!torch.bool": torch.bool}.get(kind)
    if dst is None:  # !torch.number: keep the tensor's own kind
        dst = torch.float64 if src.is_floating_point else (
            torch.bool if src == torch.bool else torch.int64)
    return convert_scalar(v, src, dst)


@rule("torch.aten.ScalarImplicit")
def scalar_implicit(cx, n):
    """The number in a 0-d tensor (tracing's `x.shape[0] + 1` as an arange
    bound); a compile-time operand is left to the shared scalar rule."""
    if not isinstance(n.operands[0], ir.Value):
        from ..shared import scalar_convert

        return scalar_convert(cx, n)
    return item(cx, n)


@rule("torch.aten.tensor")
def tensor_from_data(cx, n):
    """`torch.tensor([[1, 2], [3, 4]])` with constant data: a dense constant."""
    data = n.operands[0]
    if any(isinstance(v, ir.Value) for v in _leaves(data)):
        raise Unsupported("tensor data must be constants")
    want = ir.RankedTensorType(n.result_types[0])
    import torch

    arr = torch.tensor(data, dtype=n.result_dtype()).numpy()
    if str(want.element_type) == "i1":
        attr = ir.DenseElementsAttr.get(arr)  # numpy bool -> i1
    else:
        attr = ir.DenseElementsAttr.get(arr, type=want.element_type, shape=list(want.shape))
    return arith.ConstantOp(want, attr).result


def _leaves(x):
    if isinstance(x, (list, tuple)):
        for e in x:
            yield from _leaves(e)
    else:
        yield x
