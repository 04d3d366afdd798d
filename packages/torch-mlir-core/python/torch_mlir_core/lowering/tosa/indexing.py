"""Indexing to TOSA: index_select, embedding, index.Tensor (leading indexed
dims) and gather become one `tosa.gather` ([N,K,C] values by [N,W] indices)
on reshaped operands, with linear indices computed by TOSA arithmetic.
Negative indices wrap as in torch. TOSA has no run-time assertion: indices
are clamped into range so that a bad index can never read outside the tensor
(torch would raise for it). split_with_sizes and constant_pad_nd are here as
slicing and `tosa.pad`."""

from __future__ import annotations

import numpy as np
import torch
from mlir import ir
from mlir.dialects import tosa

from ..registry import Unsupported, rule
from .common import (binary, const, convert, elem_of, needs_static, norm_dim, reshape, shape,
                     shape_value, splat, tensor_of, to_rank)
from .views import slice_, take
from .common import dim_i64, dynamic_reshape, transpose

T = "tosa"


def _safe_index(idx: ir.Value, dtype: torch.dtype, size: int) -> ir.Value:
    """Indices as i32 in [0, size): negative ones wrapped, then clamped."""
    if size == -1:
        raise needs_static("indexing a dynamic dim")
    idx = convert(idx, dtype, torch.int32)
    i32 = ir.IntegerType.get_signless(32)
    r = len(shape(idx))
    t = ir.RankedTensorType(idx.type)
    neg = tosa.GreaterOp(tensor_of(shape(idx), ir.IntegerType.get_signless(1)),
                         splat(0, i32, r), idx).result
    idx = tosa.SelectOp(t, neg, binary(tosa.AddOp, idx, splat(size, i32, r)), idx).result
    return tosa.ClampOp(t, idx, ir.IntegerAttr.get(i32, 0),
                        ir.IntegerAttr.get(i32, max(size - 1, 0))).result


@rule("torch.aten.index_select", target=T)
def index_select(cx, n):
    x, idx = n.operands[0], n.operands[2]
    dim = norm_dim(n.const(1, "dim"), len(shape(x)))
    idx = reshape(_safe_index(idx, n.dtype(2), shape(x)[dim]), [-1])
    return reshape(take(x, dim, idx), n.result_sizes())  # (index_select's index is 1-d)


@rule("torch.aten.embedding", target=T)
def embedding(cx, n):
    w, idx = n.operands[0], n.operands[1]
    flat = reshape(_safe_index(idx, n.dtype(1), shape(w)[0]), [-1])
    return _reshape_rows(take(w, 0, flat), idx, n.result_sizes())


def _reshape_rows(got: ir.Value, idx: ir.Value, out: list[int]) -> ir.Value:
    """`got` (one row per index) reshaped to idx's shape + the row's dims;
    dynamic index dims are read from `idx` at run time."""
    if out.count(-1) <= 1:
        return reshape(got, out)
    ri = len(shape(idx))
    sizes = [dim_i64(idx, i) if d == -1 else d for i, d in enumerate(shape(idx))]
    rest = out[ri:]
    if -1 in rest:
        raise needs_static("a gather with dynamic row dims")
    return dynamic_reshape(got, sizes + rest, out)


def _linear_index(n, x, indices, dts, idx_shape):
    """The row-major linear index over the leading len(indices) dims of `x`
    (i32, broadcast to idx_shape), and the number of rows it indexes."""
    s = shape(x)
    r = len(idx_shape)
    linear = None
    stride = 1
    for d in reversed(range(len(indices))):
        i = to_rank(_safe_index(indices[d], dts[d], s[d]), r)
        term = binary(tosa.MulOp, i, splat(stride, ir.IntegerType.get_signless(32), r)) \
            if stride != 1 else i
        linear = term if linear is None else binary(tosa.AddOp, linear, term)
        stride *= s[d]
    from .views import tile

    full = tile(linear, [o // h if h != o else 1 for o, h in zip(idx_shape, shape(linear))])
    return full, stride


def _indexed(n, i: int):
    """(leading None count p, the index tensors, their dtypes) of an index
    list whose tensors are adjacent (torch then keeps the indexed dims'
    result at position p)."""
    from ..linalg.common import list_dtypes

    indices = list(n.operands[i])
    dts = list_dtypes(n, i)
    while indices and indices[-1] is None:
        indices.pop()
    p = 0
    while indices[p] is None:
        p += 1
    tensors = indices[p:]
    if any(v is None for v in tensors):
        raise Unsupported(f"{n.name} with indices that are not adjacent")
    dts = dts[p:p + len(tensors)]
    if any(dt == torch.bool for dt in dts):
        raise Unsupported("boolean mask indexing (data-dependent shape)")
    return p, tensors, dts


@rule("torch.aten.index.Tensor", "torch.aten._unsafe_index.Tensor", target=T)
def index_tensor(cx, n):
    x = n.operands[0]
    p, indices, dts = _indexed(n, 1)
    k = len(indices)
    r = len(shape(x))
    perm = list(range(p, p + k)) + list(range(p)) + list(range(p + k, r))
    x = transpose(x, perm)
    s = shape(x)
    if -1 in s[:k]:
        raise needs_static("index.Tensor of a dynamic indexed dim")
    out = n.result_sizes()
    ri = len(out) - (r - k)
    idx_shape = out[p:p + ri]
    if -1 in idx_shape:
        raise needs_static("index.Tensor with dynamic index shapes")
    full, rows = _linear_index(n, x, indices, dts, idx_shape)
    got = take(reshape(x, [rows] + s[k:]), 0, reshape(full, [-1]))
    got = reshape(got, idx_shape + s[k:])
    back = list(range(ri, ri + p)) + list(range(ri)) + list(range(ri + p, len(out)))
    return transpose(got, back)


@rule("torch.aten.index_put", "torch.aten._unsafe_index_put", target=T)
def index_put(cx, n):
    x, values = n.operands[0], n.operands[2]
    if n.const(3, "accumulate"):
        raise Unsupported("index_put with accumulate=True (tosa.scatter overwrites)")
    p, indices, dts = _indexed(n, 1)
    if p:
        raise Unsupported("index_put with leading None (sliced) indices")
    s = shape(x)
    k = len(indices)
    if -1 in s:
        raise needs_static("index_put")
    idx_shape = list(np.broadcast_shapes(*[tuple(shape(i)) for i in indices]))
    full, rows = _linear_index(n, x, indices, dts, idx_shape)
    w = int(np.prod(idx_shape)) if idx_shape else 1
    c = int(np.prod(s[k:])) if s[k:] else 1
    vals = convert(values, n.dtype(2), n.dtype(0))
    from .views import expand_to

    vals = expand_to(vals, idx_shape + s[k:])
    elem = elem_of(x)
    out = tosa.ScatterOp(tensor_of([1, rows, c], elem), reshape(x, [1, rows, c]),
                         reshape(full, [1, w]), reshape(vals, [1, w, c])).result
    return reshape(out, s)


@rule("torch.aten.gather", target=T)
def gather(cx, n):
    x, idx = n.operands[0], n.operands[2]
    s, si = shape(x), shape(idx)
    r = len(s)
    dim = norm_dim(n.const(1, "dim"), max(r, 1))
    if -1 in s or -1 in si:
        raise needs_static("gather")
    if r == 0:
        return x
    strides = [int(np.prod(s[j + 1:])) for j in range(r)]
    # Linear index of out[p] = sum_j p_j * stride_j over j != dim, plus
    # index[p] * stride_dim: the constant part is an iota table.
    grid = np.indices(si).reshape(r, -1)
    base = sum(grid[j] * strides[j] for j in range(r) if j != dim).astype(np.int32)
    i32 = ir.IntegerType.get_signless(32)
    lin = binary(tosa.MulOp, reshape(_safe_index(idx, n.dtype(2), s[dim]), [-1]),
                 splat(strides[dim], i32, 1))
    lin = binary(tosa.AddOp, lin, const(base, i32))
    got = take(reshape(x, [int(np.prod(s))]), 0, lin)
    return reshape(got, n.result_sizes())


@rule("torch.aten.split_with_sizes", "torch.aten.split.sizes", "torch.aten.split.Tensor",
      target=T)
def split(cx, n):
    x = n.operands[0]
    s = shape(x)
    dim = norm_dim(n.const(2, "dim"), len(s))
    if s[dim] == -1:
        raise needs_static("splitting a dynamic dim")
    if n.name == "torch.aten.split.Tensor":
        step = n.const(1, "split_size")
        if step <= 0:
            raise Unsupported("split_size must be positive")
        sizes = [min(step, s[dim] - o) for o in range(0, s[dim], step)] or [0]
    else:
        sizes = n.const_list(1, "split_sizes")
    out, offset = [], 0
    for size in sizes:
        starts = [0] * len(s)
        starts[dim] = offset
        part = list(s)
        part[dim] = size
        out.append(slice_(x, starts, part))
        offset += size
    return out


@rule("torch.aten.constant_pad_nd", target=T)
def constant_pad(cx, n):
    x = n.operands[0]
    pad = n.const_list(1, "pad")
    value = n.const(2, "value") if len(n.operands) > 2 else 0
    s = shape(x)
    r = len(s)
    pairs = [[0, 0] for _ in range(r)]
    for i in range(len(pad) // 2):
        pairs[r - 1 - i] = [pad[2 * i], pad[2 * i + 1]]
    if any(p < 0 for pair in pairs for p in pair):
        raise Unsupported("negative padding")
    out = [d if d == -1 else d + a + b for d, (a, b) in zip(s, pairs)]
    elem = elem_of(x)
    fill = value if isinstance(elem, ir.FloatType) else int(value)
    return tosa.PadOp(tensor_of(out, elem), x, shape_value([p for pair in pairs for p in pair]),
                      const([fill], elem, [1])).result
