"""The one module of helpers the TOSA rules share: TOSA 1.0 constants
(`tosa.const`, `!tosa.shape` operands of reshape/slice/tile/pad, the
zero-point and shift operands), rank-equalizing reshapes for TOSA's
same-rank broadcasting, dtype conversion with torch's casting rules, and
the elementwise builder most rules are made of.

TOSA shape operands are compile-time constants: a reshape whose target has
more than one dynamic dim is a `tensor.reshape` with run-time sizes where
they are known (size-1 dims added or removed; a view's own size operands),
else the rule raises Unsupported("... needs a static dim ...").

Torch's dtype promotion is the linalg rules' (`promote`, imported from there:
one definition)."""

from __future__ import annotations

from typing import Callable, Sequence

import numpy as np
import torch
from mlir import ir
from mlir.dialects import tensor, tosa

from ..linalg.common import element_type, is_float, is_unsigned, scalar_dtype
from ..linalg.elementwise import operand_dtypes, promote
from ..registry import Unsupported

__all__ = ["DYN", "element_type", "is_float", "is_unsigned", "scalar_dtype", "promote",
           "operand_dtypes", "shape", "rank", "tensor_of", "const", "splat", "shape_value",
           "reshape", "to_rank", "cast", "convert", "zero", "transpose", "norm_dim",
           "elementwise", "scalar_tensor", "i32_attr", "reduce", "needs_static", "mul",
           "binary", "numel"]

DYN = ir.ShapedType.get_dynamic_size()


def shape(x: ir.Value) -> list[int]:
    """The sizes of tensor `x`, -1 where dynamic."""
    t = ir.RankedTensorType(x.type)
    return [-1 if t.is_dynamic_dim(i) else t.get_dim_size(i) for i in range(t.rank)]


def rank(x: ir.Value) -> int:
    return ir.RankedTensorType(x.type).rank


def tensor_of(sizes: Sequence[int], elem: ir.Type) -> ir.RankedTensorType:
    return ir.RankedTensorType.get([DYN if s == -1 else s for s in sizes], elem)


def elem_of(x: ir.Value) -> ir.Type:
    return ir.RankedTensorType(x.type).element_type


def numel(sizes: Sequence[int]) -> int:
    """The product of static `sizes`; -1 (dynamic) if any of them is -1."""
    if -1 in sizes:
        return -1
    p = 1
    for d in sizes:
        p *= d
    return p


def norm_dim(d: int, r: int) -> int:
    if not -max(r, 1) <= d < max(r, 1):
        raise Unsupported(f"dim {d} is out of range for rank {r}")
    return d + r if d < 0 else d


def needs_static(what: str) -> Unsupported:
    return Unsupported(f"{what} needs a static dim (TOSA shape operands are constants)")


_NP = {"f16": np.float16, "f32": np.float32, "f64": np.float64, "i1": np.bool_,
       "i8": np.int8, "i16": np.int16, "i32": np.int32, "i64": np.int64}


def const(values, elem: ir.Type, sizes: Sequence[int] | None = None) -> ir.Value:
    """A `tosa.const` of `values` (array-like) with element type `elem`."""
    arr = np.asarray(values)
    sizes = list(arr.shape) if sizes is None else list(sizes)
    t = ir.RankedTensorType.get(sizes, elem)
    key = str(elem)
    if key == "bf16":
        attr = ir.DenseElementsAttr.get_splat(t, ir.FloatAttr.get(elem, float(arr.flat[0]))) \
            if arr.size == 1 or np.all(arr == arr.flat[0]) else None
        if attr is None:
            raise Unsupported("a non-splat bf16 constant")
    elif key == "i1":
        flat = np.asarray(arr, dtype=np.bool_).reshape(-1)
        if flat.size and np.all(flat == flat[0]):
            attr = ir.DenseElementsAttr.get_splat(t, ir.IntegerAttr.get(elem, int(flat[0])))
        else:  # (the buffer protocol has no i1 layout)
            nested = np.asarray(arr, dtype=np.bool_).reshape(sizes).tolist()
            text = str(nested).replace("True", "true").replace("False", "false")
            attr = ir.Attribute.parse(f"dense<{text}> : {t}")
    else:
        if key not in _NP:
            raise Unsupported(f"constants of element type {elem}")
        # (astype: integers wrap to the width, as uint8 values held as i8 must)
        attr = ir.DenseElementsAttr.get(np.asarray(arr).astype(_NP[key]).reshape(sizes), type=t)
    return tosa.ConstOp(attr).result


def splat(value, elem: ir.Type, r: int) -> ir.Value:
    """A rank-`r` tensor of ones-shape holding `value` (broadcasts in TOSA)."""
    return const(np.full([1] * r, value), elem, [1] * r)


def zero(elem: ir.Type) -> ir.Value:
    """A zero-point operand: tensor<1 x elem> holding 0."""
    return const([0], elem, [1])


def shape_value(sizes: Sequence[int]) -> ir.Value:
    """A `!tosa.shape<n>` constant."""
    t = ir.Type.parse(f"!tosa.shape<{len(sizes)}>")
    attr = ir.DenseElementsAttr.get(np.asarray(list(sizes), dtype=np.int64).reshape(
        [len(sizes)]), type=ir.IndexType.get())
    return tosa.ConstShapeOp(t, attr).result


def reshape(x: ir.Value, sizes: Sequence[int]) -> ir.Value:
    """`x` reshaped to `sizes` (-1: dynamic; at most one, TOSA infers it)."""
    sizes = list(sizes)
    if sizes == shape(x):
        return x
    if sizes.count(-1) > 1:
        # Only size-1 dims added or removed: the dynamic sizes are x's own,
        # in order, given at run time to tensor.reshape (the TOSA contract
        # allows the tensor dialect).
        have = shape(x)
        if [d for d in have if d != 1] != [d for d in sizes if d != 1]:
            raise needs_static(f"a reshape to {sizes}")
        it = iter([i for i, d in enumerate(have) if d == -1])
        return dynamic_reshape(x, [dim_i64(x, next(it)) if d == -1 else d for d in sizes],
                               sizes)
    return tosa.ReshapeOp(x, shape_value(sizes),
                          results=[tensor_of(sizes, elem_of(x))]).result


def dim_i64(x: ir.Value, i: int) -> ir.Value:
    from mlir.dialects import arith

    d = tensor.DimOp(x, arith.ConstantOp(ir.IndexType.get(), i).result).result
    return arith.IndexCastOp(ir.IntegerType.get_signless(64), d).result


def dynamic_reshape(x: ir.Value, sizes: list, out: list[int]) -> ir.Value:
    """tensor.reshape of `x` to `sizes` (ints, or i64 values where dynamic)."""
    from mlir.dialects import arith

    i64 = ir.IntegerType.get_signless(64)
    vals = [v if isinstance(v, ir.Value) else arith.ConstantOp(i64, v).result for v in sizes]
    shape_t = tensor.FromElementsOp(ir.RankedTensorType.get([len(vals)], i64), vals).result
    return tensor.ReshapeOp(tensor_of(out, elem_of(x)), x, shape_t).result


def to_rank(x: ir.Value, r: int) -> ir.Value:
    """`x` with leading 1-dims added up to rank `r` (TOSA broadcasts only
    between operands of equal rank)."""
    have = shape(x)
    if len(have) >= r:
        return x
    return reshape(x, [1] * (r - len(have)) + have)


def transpose(x: ir.Value, perm: Sequence[int]) -> ir.Value:
    perm = list(perm)
    if perm == list(range(len(perm))):
        return x
    s = shape(x)
    t = tensor_of([s[p] for p in perm], elem_of(x))
    return tosa.TransposeOp(t, x, ir.DenseI32ArrayAttr.get(perm)).result


def i32_attr(v: int) -> ir.IntegerAttr:
    return ir.IntegerAttr.get(ir.IntegerType.get_signless(32), v)


def cast(x: ir.Value, elem: ir.Type) -> ir.Value:
    """A plain `tosa.cast` (float -> int rounds to nearest even)."""
    if elem_of(x) == elem:
        return x
    return tosa.CastOp(tensor_of(shape(x), elem), x).result


def convert(x: ir.Value, src: torch.dtype, dst: torch.dtype) -> ir.Value:
    """`x` converted between torch dtypes with torch's casting: float -> int
    truncates toward zero, anything -> bool is `x != 0`."""
    if src == dst:
        return x
    to = element_type(dst)
    if src == torch.uint8:
        # uint8 is held as i8: widen, then keep the low 8 bits (zero-extend).
        if dst == torch.bool:
            return convert(x, torch.int8, dst)
        i32 = element_type(torch.int32)
        wide = tosa.BitwiseAndOp(tensor_of(shape(x), i32), cast(x, i32),
                                 splat(255, i32, rank(x))).result
        return convert(wide, torch.int32, dst)
    if dst == torch.uint8:
        # Values wrap modulo 256 as in torch (the low 8 bits).
        if src == torch.bool:
            return cast(x, to)
        return cast(convert(x, src, torch.int32) if is_float(src) else x, to)
    if is_float(src) and not is_float(dst) and dst != torch.bool:
        r = rank(x)
        neg = tosa.GreaterOp(tensor_of(shape(x), ir.IntegerType.get_signless(1)),
                             splat(0.0, elem_of(x), r), x).result
        t = ir.RankedTensorType(x.type)
        x = tosa.SelectOp(t, neg, tosa.CeilOp(t, x).result, tosa.FloorOp(t, x).result).result
    if src == torch.bool and is_float(dst):
        x = cast(x, element_type(torch.int32))
    if dst == torch.bool and not is_float(src) and src != torch.bool:
        t = tensor_of(shape(x), ir.IntegerType.get_signless(1))
        eq = tosa.EqualOp(x, splat(0, elem_of(x), rank(x)), results=[t]).result
        return tosa.LogicalNotOp(t, eq).result
    return cast(x, to)


def scalar_tensor(cx, v, dtype: torch.dtype, r: int) -> ir.Value:
    """A scalar operand (Python number, or i64/f64/i1 run-time value) as a
    rank-`r` ones-shape tensor of `dtype`."""
    elem = element_type(dtype)
    if not isinstance(v, ir.Value):
        if isinstance(v, float) and not is_float(dtype):
            v = int(v)
        return splat(v, elem, r)
    from ..linalg.common import convert_scalar

    s = convert_scalar(v, scalar_dtype(v), dtype)
    t1 = tensor.FromElementsOp(ir.RankedTensorType.get([1], elem), [s]).result
    return reshape(t1, [1] * r) if r != 1 else t1


def operand_tensor(cx, n, i: int, dtype: torch.dtype, r: int) -> ir.Value:
    """Operand `i` of `n` (tensor or scalar) as a rank-`r` tensor of `dtype`."""
    v = n.operands[i]
    d = n.dtype(i)
    if d is None:
        return scalar_tensor(cx, v, dtype, r)
    return to_rank(convert(v, d, dtype), r)


def mul(t: ir.RankedTensorType, a: ir.Value, b: ir.Value) -> ir.Value:
    shift = const([0], ir.IntegerType.get_signless(8), [1])
    return tosa.MulOp(t, a, b, shift).result


def binary(op_cls, a: ir.Value, b: ir.Value, elem: ir.Type | None = None) -> ir.Value:
    """A TOSA binary op on equal-rank `a`, `b`; the result shape broadcasts."""
    sa, sb = shape(a), shape(b)
    out = [x if y == 1 else y if x == 1 else (x if x != -1 else y) for x, y in zip(sa, sb)]
    t = tensor_of(out, elem or elem_of(a))
    if op_cls is tosa.MulOp:
        return mul(t, a, b)
    if op_cls is tosa.EqualOp:
        return tosa.EqualOp(a, b, results=[t]).result
    return op_cls(t, a, b).result


# Ops whose two's-complement result bits do not depend on signedness.
_UINT8_SAFE = ("torch.aten.add.Tensor", "torch.aten.add.Scalar", "torch.aten.sub.Tensor",
               "torch.aten.sub.Scalar", "torch.aten.mul.Tensor", "torch.aten.mul.Scalar",
               "torch.aten.eq.Tensor", "torch.aten.eq.Scalar", "torch.aten.ne.Tensor",
               "torch.aten.ne.Scalar", "torch.aten.bitwise_and.Tensor",
               "torch.aten.bitwise_or.Tensor", "torch.aten.bitwise_xor.Tensor",
               "torch.aten.bitwise_not")


def elementwise(cx, n, idxs: Sequence[int], build: Callable, compute: torch.dtype | None = None,
                kind: str = "DEFAULT", out_dtype: torch.dtype | None = None) -> ir.Value:
    """Op `n` as `build(dtype, result_type, *operand_tensors)` over operands
    `idxs`, converted to the computation dtype (torch's promotion, or
    `compute`) at the result's rank; the built value is converted to the
    op's result dtype."""
    cdt = compute or promote(n, idxs, kind)[0]
    out = out_dtype or n.result_dtype()
    if cdt == torch.uint8 and n.name not in _UINT8_SAFE:
        raise Unsupported(f"{n.name} computing in uint8 (TOSA integers are signed)")
    r = len(n.result_sizes())
    xs = [operand_tensor(cx, n, i, cdt, r) for i in idxs]
    t = tensor_of(n.result_sizes(), element_type(cdt))
    v = build(cdt, t, *xs)
    vdt = torch.bool if str(elem_of(v)) == "i1" else cdt
    return convert(v, vdt, out)


def reduce(op_cls, x: ir.Value, axes: Sequence[int], keepdim: bool) -> ir.Value:
    """A chain of TOSA reductions (one axis each, rank kept) over `axes`,
    reshaped to drop the axes unless `keepdim`."""
    s = shape(x)
    for a in sorted(set(axes)):
        s[a] = 1
        x = op_cls(x, i32_attr(a), results=[tensor_of(s, elem_of(x))]).result
    if keepdim:
        return x
    return reshape(x, [d for i, d in enumerate(s) if i not in set(axes)])
