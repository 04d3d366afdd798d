"""Helpers the StableHLO rules share: operands as tensors of a torch dtype
(Python and run-time scalars become rank-0 tensors), numpy-style
broadcasting (broadcast_in_dim, or dynamic_broadcast_in_dim with a shape
tensor built from get_dimension_size where a dim is dynamic), shape tensors,
and the broadcasting elementwise builder most rules are made of. Dtype
facts (element types, promotion) are the linalg rules' own, imported."""

from __future__ import annotations

from typing import Callable, Sequence

import torch
from mlir import ir
from mlir.dialects import tensor as tensor_d

from ..convert import is_runtime
from ..linalg.common import element_type, scalar_dtype
from ..linalg.elementwise import promote
from ..registry import Unsupported
from . import emitter as hlo



def i64() -> ir.Type:
    return ir.IntegerType.get_signless(64)


def et(dtype: torch.dtype) -> ir.Type:
    """The StableHLO element type of a torch dtype. Unsigned integers would
    need StableHLO's ui types (our tensors are signless): refused rather than
    computed as signed."""
    if dtype == torch.uint8:
        raise Unsupported("uint8 tensors are not supported by the StableHLO lowering")
    if dtype in (torch.complex64, torch.complex128):
        raise Unsupported(f"dtype {dtype} is not supported by the StableHLO lowering")
    return element_type(dtype)


def scalar_tensor(v, dtype: torch.dtype) -> ir.Value:
    """A compile-time or run-time scalar as a rank-0 tensor of `dtype`."""
    t = ir.RankedTensorType.get([], et(dtype))
    if not is_runtime(v):
        if v is None or isinstance(v, (list, tuple, str)):
            raise Unsupported(f"expected a number, got {v!r}")
        return hlo.constant(v, t)
    x = tensor_d.FromElementsOp(ir.RankedTensorType.get([], v.type), [v]).result
    return hlo.convert(x, t.element_type)


def tensor_of(n, i: int, dtype: torch.dtype) -> ir.Value:
    """Operand `i` of node `n` as a tensor of `dtype`."""
    v = n.operands[i]
    if n.dtype(i) is None:
        return scalar_tensor(v, dtype)
    et(n.dtype(i))
    return hlo.convert(v, et(dtype))


def broadcast_shape(values: Sequence[ir.Value]) -> list:
    """Torch broadcasting of the operands' shapes: per output dim an int, or
    (value, dim) naming an operand dim to read at run time."""
    rank = max(len(hlo.shape(v)) for v in values)
    out: list = []
    for d in range(rank):
        size, source = 1, None
        for v in values:
            s = hlo.shape(v)
            k = d - (rank - len(s))
            if k < 0:
                continue
            if s[k] == -1:
                source = source or (v, k)
            elif s[k] != 1:
                size = s[k]
        out.append(size if source is None or size != 1 else source)
    return out


def dim_size(x: ir.Value, d: int):
    """Dim `d` of `x`: an int, or a rank-0 tensor<i64> read at run time."""
    s = hlo.shape(x)[d]
    return s if s != -1 else hlo.convert(hlo.get_dimension_size(x, d), i64())


def size_product(sizes: Sequence):
    """The product of sizes (ints, (value, dim) pairs, rank-0 tensor<i64>
    values): an int when all are static, else a rank-0 tensor<i64>."""
    static, dynamic = 1, None
    for s in sizes:
        if isinstance(s, tuple):
            s = dim_size(*s)
        if isinstance(s, int):
            static *= s
        else:
            dynamic = s if dynamic is None else hlo.binary("multiply", dynamic, s)
    if dynamic is None:
        return static
    if static == 1:
        return dynamic
    return hlo.binary("multiply", dynamic, hlo.constant(static, dynamic.type))


def shape_tensor(sizes: Sequence) -> ir.Value:
    """A tensor<Nxi64> of sizes: ints, (value, dim) pairs, run-time i64
    scalars or rank-0 tensor<i64> values."""
    parts = []
    one = ir.RankedTensorType.get([1], i64())
    for s in sizes:
        if isinstance(s, tuple):
            parts.append(hlo.reshape(dim_size(*s), one))
        elif isinstance(s, ir.Value) and isinstance(s.type, ir.RankedTensorType):
            parts.append(hlo.reshape(hlo.convert(s, i64()), one))
        elif isinstance(s, ir.Value):
            parts.append(tensor_d.FromElementsOp(one, [s]).result)
        else:
            parts.append(hlo.constant(int(s), one))
    if len(parts) == 1:
        return parts[0]
    return hlo.concatenate(parts, 0, ir.RankedTensorType.get([len(parts)], i64()))


def static_sizes(sizes: Sequence) -> list[int]:
    return [s if isinstance(s, int) else -1 for s in sizes]


def broadcast_to(x: ir.Value, sizes: Sequence, dims: Sequence[int] | None = None) -> ir.Value:
    """`x` broadcast to `sizes` (as from broadcast_shape), its dims mapped to
    `dims` (default: the trailing ones)."""
    have = hlo.shape(x)
    want = static_sizes(sizes)
    if dims is None:
        dims = list(range(len(want) - len(have), len(want)))
    t = hlo.tensor_type(want, hlo.element(x))
    if have == want and list(dims) == list(range(len(want))):
        return x
    if -1 not in want:
        return hlo.broadcast_in_dim(x, t, dims)
    return hlo.dynamic_broadcast_in_dim(x, shape_tensor(sizes), t, dims)


def reshape_to(x: ir.Value, sizes: Sequence) -> ir.Value:
    """`x` reshaped to `sizes` (ints, (value, dim) pairs, run-time sizes)."""
    want = static_sizes(sizes)
    t = hlo.tensor_type(want, hlo.element(x))
    if want == hlo.shape(x) and -1 not in want:
        return x
    if -1 not in want:
        return hlo.reshape(x, t)
    # tensor.reshape, not stablehlo.dynamic_reshape: IREE 3.13 cannot
    # legalize dynamic_reshape (any shape; see the StableHLO README notes).
    return tensor_d.ReshapeOp(t, x, shape_tensor(sizes)).result


def sizes_of(x: ir.Value) -> list:
    """`x`'s sizes: ints, (x, dim) where dynamic."""
    return [(x, i) if s == -1 else s for i, s in enumerate(hlo.shape(x))]


def broadcast_all(values: Sequence[ir.Value]) -> list[ir.Value]:
    sizes = broadcast_shape(values)
    return [broadcast_to(v, sizes) for v in values]


def elementwise(n, idxs: Sequence[int], fn: Callable, compute: torch.dtype | None = None,
                kind: str = "DEFAULT", out_dtype: torch.dtype | None = None) -> ir.Value:
    """Op `n` as fn(compute_dtype, *tensors) over operands `idxs` converted
    to torch's computation dtype and broadcast together; the result is
    converted to the op's result dtype."""
    cdt = compute or promote(n, idxs, kind)[0]
    xs = [tensor_of(n, i, cdt) for i in idxs]
    xs = broadcast_all(xs)
    r = fn(cdt, *xs)
    return hlo.convert(r, et(out_dtype or n.result_dtype()))


def splat_like(value, x: ir.Value) -> ir.Value:
    """A constant of `x`'s type (shape and element type), `value` everywhere."""
    c = hlo.constant(value, ir.RankedTensorType.get([], hlo.element(x)))
    return broadcast_to(c, sizes_of(x))


def is_float(dtype) -> bool:
    return dtype is not None and dtype.is_floating_point


def norm_dim(d: int, rank: int) -> int:
    return d + rank if d < 0 else d


__all__ = ["et", "scalar_tensor", "tensor_of", "broadcast_shape", "broadcast_to",
           "broadcast_all", "shape_tensor", "elementwise", "splat_like", "scalar_dtype",
           "is_float", "norm_dim", "reshape_to", "sizes_of", "dim_size", "size_product"]
