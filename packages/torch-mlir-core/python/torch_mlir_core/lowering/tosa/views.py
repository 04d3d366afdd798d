"""Views and data movement to TOSA: every reshape-like op (view, reshape,
squeeze, unsqueeze, flatten, unflatten) is one `tosa.reshape` to the op's
declared result shape; permute/transpose are `tosa.transpose`; expand is
`tosa.tile`; slice/select are `tosa.slice` (strided slices gather); cat is
`tosa.concat`. TOSA shape operands are constants: a view/reshape/squeeze/
unsqueeze to more than one dynamic dim is a `tensor.reshape` with run-time
sizes (the tensor dialect is in the TOSA contract); an expand of a size-1 dim
to a dynamic size is reported."""

from __future__ import annotations

import numpy as np
from mlir import ir
from mlir.dialects import tosa

from ..registry import Unsupported, rule
from .common import (const, convert, dynamic_reshape, elem_of, i32_attr, needs_static,
                     norm_dim, numel, reshape, shape, shape_value, tensor_of, transpose)

T = "tosa"


def tile(x: ir.Value, multiples: list[int]) -> ir.Value:
    if all(m == 1 for m in multiples):
        return x
    out = [d * m if d != -1 else -1 for d, m in zip(shape(x), multiples)]
    return tosa.TileOp(tensor_of(out, elem_of(x)), x, shape_value(multiples)).result


def slice_(x: ir.Value, starts: list[int], sizes: list[int]) -> ir.Value:
    """tosa.slice; a size of -1 takes a (dynamic) dim whole from start 0."""
    if starts == [0] * len(starts) and sizes == shape(x):
        return x
    return tosa.SliceOp(tensor_of(sizes, elem_of(x)), x, shape_value(starts),
                        shape_value(sizes)).result


@rule("torch.aten.view", "torch.aten._unsafe_view", "torch.aten.reshape",
      "torch.aten.squeeze", "torch.aten.squeeze.dim", "torch.aten.squeeze.dims",
      "torch.aten.unsqueeze", "torch.aten.flatten.using_ints", "torch.aten.unflatten.int",
      "torch.aten.view_as", "torch.aten.reshape_as", target=T)
def view(cx, n):
    x = n.operands[0]
    out = n.result_sizes()
    if out.count(-1) <= 1:
        return reshape(x, out)
    # More than one dynamic dim: the op's own run-time size operands.
    if n.name in ("torch.aten.view", "torch.aten._unsafe_view", "torch.aten.reshape"):
        sizes = list(n.operands[1])
        if len(sizes) == len(out) and not any(isinstance(v, int) and v == -1 for v in sizes):
            sizes = [v if isinstance(v, ir.Value) else o for v, o in zip(sizes, out)]
            return dynamic_reshape(x, sizes, out)
    return reshape(x, out)  # size-1 dims added or removed, else reported


@rule("torch.aten.permute", target=T)
def permute(cx, n):
    x = n.operands[0]
    r = len(shape(x))
    return transpose(x, [norm_dim(d, r) for d in n.const_list(1, "dims")])


@rule("torch.aten.transpose.int", "torch.aten.t", "torch.aten.numpy_T", target=T)
def transpose_(cx, n):
    x = n.operands[0]
    r = len(shape(x))
    perm = list(range(r))
    if n.name == "torch.aten.transpose.int":
        a, b = norm_dim(n.const(1, "dim0"), r), norm_dim(n.const(2, "dim1"), r)
    else:
        a, b = 0, max(r - 1, 0)
        if n.name == "torch.aten.numpy_T":
            perm.reverse()
            return transpose(x, perm)
    perm[a], perm[b] = perm[b], perm[a]
    return transpose(x, perm)


@rule("torch.aten.expand", "torch.aten.expand_as", "torch.aten.broadcast_to", target=T)
def expand(cx, n):
    return expand_to(n.operands[0], n.result_sizes(), n.name)


def expand_to(x: ir.Value, out: list[int], what: str = "an expand") -> ir.Value:
    """`x` broadcast to `out` (leading dims added, size-1 dims tiled)."""
    have = shape(x)
    x = reshape(x, [1] * (len(out) - len(have)) + have)
    multiples = []
    for d, o in zip(shape(x), out):
        if d == o or o == 1:
            multiples.append(1)
        elif d == 1 and o != -1:
            multiples.append(o)
        elif d == -1 and o != -1:
            multiples.append(1)
        else:
            raise needs_static(f"{what} of a size-1 dim to a dynamic size")
    return tile(x, multiples)


@rule("torch.aten.repeat", target=T)
def repeat(cx, n):
    x = n.operands[0]
    reps = n.const_list(1, "repeats")
    x = reshape(x, [1] * (len(reps) - len(shape(x))) + shape(x))
    if any(d == -1 and m != 1 for d, m in zip(shape(x), reps)):
        raise needs_static("repeat of a dynamic dim")
    return tile(x, reps)


def take(x: ir.Value, dim: int, indices) -> ir.Value:
    """`x` indexed along `dim` by `indices` (an i32/i64 rank-1 tensor value,
    or a list of ints) with tosa.gather: [N,K,C] values by [N,W] indices."""
    s = shape(x)
    r = len(s)
    if isinstance(indices, (list, tuple)):
        indices = const(np.asarray(indices, dtype=np.int32), ir.IntegerType.get_signless(32))
    w = shape(indices)[0]
    outer = s[:dim]
    perm = list(range(r))
    if outer:
        perm = [dim] + list(range(dim)) + list(range(dim + 1, r))
        x = transpose(x, perm)
    moved = shape(x)
    rest = moved[1:]
    flat = numel(rest)
    if -1 in rest and len(rest) > 1:
        raise needs_static("a gather over a dynamic non-indexed dim")
    values = reshape(x, [1, moved[0], flat])
    idx = reshape(indices, [1, w])
    got = tosa.GatherOp(tensor_of([1, w, flat], elem_of(x)), values, idx).result
    got = reshape(got, [w] + rest)
    if outer:
        inv = [perm.index(i) for i in range(r)]
        got = transpose(got, inv)
    return got


@rule("torch.aten.slice.Tensor", target=T)
def slice_tensor(cx, n):
    x = n.operands[0]
    s = shape(x)
    dim = norm_dim(n.const(1, "dim"), len(s))
    start, end, step = n.operands[2], n.operands[3], n.const(4, "step")
    if s[dim] == -1:
        if start in (0, None) and (end is None or end >= 2**62) and step == 1:
            return x
        raise needs_static(f"{n.name} of dim {dim}")
    size = s[dim]
    start = 0 if start is None else start
    end = size if end is None else end
    if isinstance(start, ir.Value) or isinstance(end, ir.Value):
        raise Unsupported("run-time slice bounds")
    start, end, _ = slice(start, end, step).indices(size)
    if step == 1:
        starts = [0] * len(s)
        starts[dim] = start
        sizes = list(s)
        sizes[dim] = max(end - start, 0)
        return slice_(x, starts, sizes)
    return take(x, dim, list(range(start, end, step)))


@rule("torch.aten.select.int", target=T)
def select(cx, n):
    x = n.operands[0]
    s = shape(x)
    dim = norm_dim(n.const(1, "dim"), len(s))
    index = n.const(2, "index")
    if s[dim] == -1:
        if index < 0:
            raise needs_static(f"{n.name} with a negative index")
    elif not -s[dim] <= index < s[dim]:
        raise Unsupported(f"index {index} is out of range for dim {dim} of size {s[dim]}")
    else:
        index = index % s[dim]
    starts = [0] * len(s)
    starts[dim] = index
    sizes = list(s)
    sizes[dim] = 1
    return reshape(slice_(x, starts, sizes), n.result_sizes())


@rule("torch.aten.cat", "torch.aten.concat", target=T)
def cat(cx, n):
    tensors = n.operands[0]
    from ..linalg.common import list_dtypes

    dts = list_dtypes(n, 0)
    out_dt = n.result_dtype()
    r = len(n.result_sizes())
    dim = norm_dim(n.const(1, "dim"), r)
    parts = []
    for t, dt in zip(tensors, dts):
        if len(shape(t)) == 1 and shape(t)[0] == 0 and r != 1:
            continue  # torch skips 1-d empty tensors
        if shape(t)[dim] == 0:
            continue
        parts.append(convert(t, dt, out_dt))
    if not parts:
        raise Unsupported("cat of only empty tensors")
    if len(parts) == 1:
        return parts[0]
    return tosa.ConcatOp(parts, i32_attr(dim), results=[n.result_types[0]]).result
