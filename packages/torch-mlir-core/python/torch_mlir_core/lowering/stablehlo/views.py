"""StableHLO views and data movement: reshapes (view/reshape/flatten/
unflatten/squeeze/unsqueeze, dynamic_reshape where a dim is dynamic),
permute/transpose, expand (broadcast_in_dim), slice/select/narrow,
cat (concatenate), and index_select/embedding (gather)."""

from __future__ import annotations

from mlir import ir

from ..registry import Unsupported, rule
from . import emitter as hlo
from .common import (broadcast_to, et, norm_dim, reshape_to, shape_tensor, size_product,
                     sizes_of)

TARGET = "stablehlo"
_INT64_MAX = 2**63 - 1


def _dynamic_in_order(n, x: ir.Value) -> list:
    """The result sizes of a reshape that only adds or drops size-1 dims:
    the result's dynamic dims are the input's, in order."""
    dynamic = [(x, i) for i, s in enumerate(hlo.shape(x)) if s == -1]
    out = []
    for s in n.result_sizes():
        if s == -1:
            if not dynamic:
                raise Unsupported("a dynamic result dim with no dynamic input dim")
            out.append(dynamic.pop(0))
        else:
            out.append(s)
    return out


@rule("torch.aten.view", "torch.aten._unsafe_view", "torch.aten.reshape",
      "torch.aten._reshape_alias", target=TARGET)
def view(cx, n):
    x = n.operands[0]
    listed = n.operands[1]
    if not isinstance(listed, (list, tuple)):
        raise Unsupported("the size must be a list")
    sizes = []
    inferred = None
    for i, (r, s) in enumerate(zip(n.result_sizes(), listed)):
        if r != -1:
            sizes.append(r)
        elif isinstance(s, ir.Value):
            sizes.append(s)
        elif s == -1:
            inferred = i
            sizes.append(None)
        else:
            sizes.append(s)
    if inferred is not None:
        # -1 over a dynamic input: numel / the product of the other sizes.
        total = size_product(sizes_of(x))
        rest = size_product([s if not isinstance(s, ir.Value) or
                             isinstance(s.type, ir.RankedTensorType) else _scalar_tensor(s)
                             for j, s in enumerate(sizes) if j != inferred])
        rest = rest if not isinstance(rest, int) else hlo.constant(rest, total.type)
        sizes[inferred] = hlo.binary("divide", total, rest)
    return reshape_to(x, sizes)


def _scalar_tensor(v: ir.Value) -> ir.Value:
    from mlir.dialects import tensor

    return tensor.FromElementsOp(ir.RankedTensorType.get([], v.type), [v]).result


@rule("torch.aten.squeeze", "torch.aten.squeeze.dim", "torch.aten.squeeze.dims",
      "torch.aten.unsqueeze", "torch.prims.squeeze", target=TARGET)
def squeeze_unsqueeze(cx, n):
    x = n.operands[0]
    return reshape_to(x, _dynamic_in_order(n, x))


@rule("torch.aten.flatten.using_ints", target=TARGET)
def flatten(cx, n):
    x = n.operands[0]
    rank = len(hlo.shape(x))
    if rank == 0:
        return reshape_to(x, [1])
    start, end = norm_dim(n.const(1), rank), norm_dim(n.const(2), rank)
    s = sizes_of(x)
    return reshape_to(x, s[:start] + [size_product(s[start:end + 1])] + s[end + 1:])


@rule("torch.aten.unflatten.int", target=TARGET)
def unflatten(cx, n):
    x = n.operands[0]
    d = norm_dim(n.const(1, "dim"), len(hlo.shape(x)))
    parts = n.const_list(2, "sizes")
    if -1 in parts and hlo.shape(x)[d] == -1:
        raise Unsupported("unflatten of a dynamic dim with an inferred size")
    s = sizes_of(x)
    result = n.result_sizes()
    return reshape_to(x, s[:d] + [result[d + i] for i in range(len(parts))] + s[d + 1:])


@rule("torch.aten.permute", "torch.prims.transpose", target=TARGET)
def permute(cx, n):
    x = n.operands[0]
    rank = len(hlo.shape(x))
    return hlo.transpose(x, [norm_dim(d, rank) for d in n.const_list(1, "dims")])


@rule("torch.aten.transpose.int", "torch.aten.t", target=TARGET)
def transpose(cx, n):
    x = n.operands[0]
    rank = len(hlo.shape(x))
    if rank < 2:
        return x
    a, b = (norm_dim(n.const(1), rank), norm_dim(n.const(2), rank)) \
        if n.name == "torch.aten.transpose.int" else (0, 1)
    perm = list(range(rank))
    perm[a], perm[b] = perm[b], perm[a]
    return hlo.transpose(x, perm)


@rule("torch.aten.expand", "torch.aten.broadcast_to", target=TARGET)
def expand(cx, n):
    x = n.operands[0]
    listed = n.operands[1]
    have = sizes_of(x)
    lead = len(listed) - len(have)
    sizes = []
    for i, s in enumerate(listed):
        if isinstance(s, int) and s == -1:
            sizes.append(have[i - lead])
        elif n.result_sizes()[i] != -1:
            sizes.append(n.result_sizes()[i])
        else:
            sizes.append(s if isinstance(s, ir.Value) else have[i - lead])
    return broadcast_to(x, sizes)


@rule("torch.aten.expand_as", target=TARGET)
def expand_as(cx, n):
    return broadcast_to(n.operands[0], sizes_of(n.operands[1]))


def _slice(x: ir.Value, d: int, start: int, end: int, step: int) -> ir.Value:
    shape = hlo.shape(x)
    size = shape[d]
    if size == -1:
        if (start, end, step) in ((0, _INT64_MAX, 1), (0, None, 1)):
            return x
        raise Unsupported("slicing a dynamic dim")
    start = 0 if start is None else start
    end = size if end is None else end
    start = max(0, min(size, start + size if start < 0 else start))
    end = max(start, min(size, end + size if end < 0 else end))
    if -1 not in shape:
        rank = len(shape)
        return hlo.slice(x, [start if i == d else 0 for i in range(rank)],
                         [end if i == d else shape[i] for i in range(rank)],
                         [step if i == d else 1 for i in range(rank)])
    sizes = sizes_of(x)
    starts = shape_tensor([start if i == d else 0 for i in range(len(shape))])
    limits = shape_tensor([end if i == d else s for i, s in enumerate(sizes)])
    strides = shape_tensor([step if i == d else 1 for i in range(len(shape))])
    out = list(shape)
    out[d] = max(0, -(-(end - start) // step))
    return hlo.real_dynamic_slice(x, starts, limits, strides,
                                  hlo.tensor_type(out, hlo.element(x)))


@rule("torch.aten.slice.Tensor", target=TARGET)
def slice_tensor(cx, n):
    x = n.operands[0]
    d = norm_dim(n.const(1, "dim"), len(hlo.shape(x)))
    start, end, step = n.const(2, "start"), n.const(3, "end"), n.const(4, "step")
    if step is not None and step < 1:
        raise Unsupported("slice step must be positive")
    return _slice(x, d, start, end, step or 1)


@rule("torch.aten.narrow", target=TARGET)
def narrow(cx, n):
    x = n.operands[0]
    d = norm_dim(n.const(1, "dim"), len(hlo.shape(x)))
    start, length = n.const(2, "start"), n.const(3, "length")
    if start < 0:
        if hlo.shape(x)[d] == -1:
            raise Unsupported("a negative start into a dynamic dim")
        start += hlo.shape(x)[d]
    return _slice(x, d, start, start + length, 1)


@rule("torch.aten.select.int", target=TARGET)
def select_int(cx, n):
    x = n.operands[0]
    d = norm_dim(n.const(1, "dim"), len(hlo.shape(x)))
    index = n.const(2, "index")
    size = hlo.shape(x)[d]
    if index < 0:
        if size == -1:
            raise Unsupported("a negative index into a dynamic dim")
        index += size
    one = _slice(x, d, index, index + 1, 1)
    sizes = sizes_of(one)
    return reshape_to(one, sizes[:d] + sizes[d + 1:])


@rule("torch.aten.cat", "torch.aten.concat", "torch.prims.cat", target=TARGET)
def cat(cx, n):
    xs = n.operands[0]
    if not isinstance(xs, (list, tuple)):
        raise Unsupported("cat of a run-time list")
    rank = len(n.result_sizes())
    d = norm_dim(n.const(1, "dim"), rank)
    out = et(n.result_dtype())
    # torch skips 1-D empty tensors in cat.
    xs = [hlo.convert(x, out) for x in xs if not (hlo.shape(x) == [0] and rank != 1)]
    if len(xs) == 1:
        return xs[0]
    return hlo.concatenate(xs, d, ir.RankedTensorType(n.result_types[0]))


@rule("torch.aten.index_select", target=TARGET)
def index_select(cx, n):
    x, index = n.operands[0], n.operands[2]
    shape = hlo.shape(x)
    d = norm_dim(n.const(1, "dim"), len(shape))
    if -1 in shape[:d] + shape[d + 1:]:
        raise Unsupported("index_select of a tensor with dynamic dims besides the indexed one")
    count = hlo.shape(index)[0] if hlo.shape(index) else 1
    index = reshape_to(index, [count, 1])
    return hlo.gather(x, index, ir.RankedTensorType(n.result_types[0]),
                      offset_dims=[i for i in range(len(shape)) if i != d],
                      collapsed_slice_dims=[d], start_index_map=[d], index_vector_dim=1,
                      slice_sizes=[1 if i == d else s for i, s in enumerate(shape)])


@rule("torch.aten.embedding", target=TARGET)
def embedding(cx, n):
    weight, indices = n.operands[0], n.operands[1]
    shape = hlo.shape(weight)
    if len(shape) != 2 or -1 in shape:
        raise Unsupported("embedding needs a static 2-D weight")
    rank = len(hlo.shape(indices))
    indices = reshape_to(indices, sizes_of(indices) + [1])
    return hlo.gather(weight, indices, ir.RankedTensorType(n.result_types[0]),
                      offset_dims=[rank], collapsed_slice_dims=[0], start_index_map=[0],
                      index_vector_dim=rank, slice_sizes=[1, shape[1]])


@rule("torch.aten.split_with_sizes", "torch.aten.split.sizes", "torch.aten.split.Tensor",
      target=TARGET)
def split(cx, n):
    x = n.operands[0]
    d = norm_dim(n.const(2, "dim"), len(hlo.shape(x)))
    size = hlo.shape(x)[d]
    if size == -1:
        raise Unsupported("splitting a dynamic dim")
    if n.name == "torch.aten.split.Tensor":
        step = n.const(1, "split_size")
        if step <= 0:
            raise Unsupported("split_size must be positive")
        sizes = [min(step, size - o) for o in range(0, size, step)] or [0]
    else:
        sizes = n.const_list(1, "split_sizes")
        if any(s < 0 for s in sizes) or sum(sizes) != size:
            raise Unsupported(f"split sizes {sizes} do not add up to the dim's size {size}")
    out, offset = [], 0
    for piece in sizes:
        out.append(_slice(x, d, offset, offset + piece, 1))
        offset += piece
    return out


@rule("torch.aten.constant_pad_nd", target=TARGET)
def constant_pad_nd(cx, n):
    x = n.operands[0]
    rank = len(hlo.shape(x))
    pad = n.const_list(1, "pad")
    if len(pad) % 2 or len(pad) // 2 > rank:
        raise Unsupported(f"padding of {len(pad)} values for a rank-{rank} tensor")
    low, high = [0] * rank, [0] * rank
    for i in range(len(pad) // 2):  # pairs from the last dim backwards
        low[rank - 1 - i], high[rank - 1 - i] = pad[2 * i], pad[2 * i + 1]
    value = n.operands[2] if len(n.operands) > 2 and n.operands[2] is not None else 0
    if not isinstance(value, (int, float)):
        raise Unsupported("a padding value known only at run time")
    fill = hlo.constant(value, hlo.tensor_type([], hlo.element(x)))
    return hlo.pad(x, fill, low, high, [0] * rank, ir.RankedTensorType(n.result_types[0]))


@rule("torch.aten.flip", target=TARGET)
def flip(cx, n):
    x = n.operands[0]
    rank = len(hlo.shape(x))
    return hlo.reverse(x, sorted({norm_dim(d, rank) for d in n.const_list(1, "dims")}))


@rule("torch.aten.repeat", target=TARGET)
def repeat(cx, n):
    """x tiled `repeats` times: broadcast into interleaved [r0, s0, r1, s1, ...]
    (x's dims at the odd positions), then merge each pair."""
    x = n.operands[0]
    reps = n.const_list(1, "repeats")
    have = hlo.shape(x)
    if len(reps) < len(have):
        raise Unsupported("repeat with fewer repeats than dims")
    sizes = [1] * (len(reps) - len(have)) + have
    if -1 in sizes:
        raise Unsupported("repeat of a dynamic dim")
    x = reshape_to(x, sizes)
    wide = []
    for r, s in zip(reps, sizes):
        wide += [r, s]
    y = hlo.broadcast_in_dim(x, hlo.tensor_type(wide, hlo.element(x)),
                             [2 * i + 1 for i in range(len(sizes))])
    return reshape_to(y, [r * s for r, s in zip(reps, sizes)])
