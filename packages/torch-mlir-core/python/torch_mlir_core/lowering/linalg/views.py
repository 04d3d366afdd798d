"""Views and shape ops: view/reshape/flatten/unflatten, squeeze/unsqueeze,
permute/transpose, expand, slice/select/narrow, slice/select_scatter,
cat/stack, split/chunk/unbind. The ops that move elements by index
arithmetic (flip, roll, pads, repeat, as_strided, unfold, diagonal, nearest
upsampling) are in moves.py.

Under value semantics a view is a copy: reshapes become
tensor.collapse_shape/expand_shape (tensor.reshape when no reassociation
exists), slices tensor.extract_slice, permutes linalg.transpose, expands
linalg.broadcast; ops that move elements around by index arithmetic (flip,
roll, reflect pads, unfold...) are a linalg.generic whose body extracts the
source element (`gather_generic`).

The building blocks here (`gather_generic`, `extract`, `extract_slice`,
`insert_slice`, `reshape`) are shared with moves.py, indexing.py and
creation.py; the index helpers (`iadd`, `imul`, ...) are in common.py."""

from __future__ import annotations

import math as pymath
from typing import Callable, Sequence

from mlir import ir
from mlir.dialects import linalg, tensor

from ..registry import Unsupported, rule
from .common import (DYN, INT64_MAX, PARALLEL, affine_map, as_i64, as_index, cast_to,
                     convert_tensor, dims, dims_and_dim, element_type, empty, generic, iadd,
                     iceildiv, identity_map, ifloordiv, imax, imin, iprod, is_static, isub,
                     list_dtypes, loop_index, norm_dim, op_result, replaced_at, result_dims,
                     shape, static_of, tensor_type, to_index, wrap_index)

# --- building blocks --------------------------------------------------------------------


def gather_generic(out_dims: Sequence, elem: ir.Type,
                   body: Callable[..., ir.Value], inputs: Sequence[ir.Value] = (),
                   input_maps: Sequence[ir.AffineMap] = ()) -> ir.Value:
    """A parallel linalg.generic producing a tensor of `out_dims`:
    `body(idxs, *input_scalars)` returns each element from the loop indices
    (`index` values), typically a tensor.extract at computed indices."""
    rank = len(out_dims)
    init = empty(out_dims, elem)

    def region(*args):
        idxs = [loop_index(d) for d in range(rank)]
        return body(idxs, *args[:len(inputs)])

    return generic(list(inputs), [init], list(input_maps) + [identity_map(rank)],
                   [PARALLEL] * rank, region)[0]


def extract(x: ir.Value, idxs: Sequence) -> ir.Value:
    return tensor.ExtractOp(x, [as_index(i) for i in idxs]).result


def dyn_split(values: Sequence, sentinel: int):
    """(dynamic values, static array) for the mixed static/dynamic operands
    of tensor.extract_slice / insert_slice / pad / expand_shape."""
    dyn, static = [], []
    for v in values:
        if is_static(v):
            static.append(v)
        else:
            static.append(sentinel)
            dyn.append(as_index(v))
    return dyn, static


def _empty_slice(sizes: Sequence) -> bool:
    return any(is_static(s) and s == 0 for s in sizes)


def extract_slice(x: ir.Value, offsets: Sequence, sizes: Sequence, strides: Sequence,
                  drop: Sequence[int] = ()) -> ir.Value:
    """tensor.extract_slice; `drop` lists unit dims to drop from the result.
    An empty slice is a new empty tensor (MLIR's verifier rejects even offset
    0 in a dim of size 0)."""
    elem = tensor_type(x).element_type
    if _empty_slice(sizes):
        return empty([s for k, s in enumerate(sizes) if k not in drop], elem)
    res = [s if is_static(s) else DYN for k, s in enumerate(sizes) if k not in drop]
    do, so = dyn_split(offsets, DYN)
    dsz, ssz = dyn_split(sizes, DYN)
    dst, sst = dyn_split(strides, DYN)
    return tensor.ExtractSliceOp(ir.RankedTensorType.get(res, elem), x, do, dsz, dst,
                                 so, ssz, sst).result


def insert_slice(src: ir.Value, dest: ir.Value, offsets: Sequence, sizes: Sequence,
                 strides: Sequence) -> ir.Value:
    if _empty_slice(sizes):
        return dest  # nothing to write (and MLIR's verifier rejects offset 0 in a 0 dim)
    do, so = dyn_split(offsets, DYN)
    dsz, ssz = dyn_split(sizes, DYN)
    dst, sst = dyn_split(strides, DYN)
    return tensor.InsertSliceOp(src, dest, do, dsz, dst, so, ssz, sst).result


def _reassociation(groups: Sequence[Sequence[int]]) -> ir.ArrayAttr:
    i64 = ir.IntegerType.get_signless(64)
    return ir.ArrayAttr.get([ir.ArrayAttr.get([ir.IntegerAttr.get(i64, k) for k in g])
                             for g in groups])


def _greedy(a: Sequence[int], b: Sequence[int]):
    """Matches leading static dims of `a` and `b` into groups of equal
    product; stops at the first dynamic dim. -> (groups, used_a, used_b)"""
    groups, i, j = [], 0, 0
    while i < len(a) and j < len(b) and a[i] >= 0 and b[j] >= 0:
        si, sj = i, j
        pa, pb, gi, gj = a[i], b[j], [i], [j]
        i, j = i + 1, j + 1
        ok = True
        while pa != pb:
            if pa < pb and i < len(a) and a[i] >= 0 and pa != 0:
                pa, i = pa * a[i], i + 1
                gi.append(i - 1)
            elif pb < pa and j < len(b) and b[j] >= 0 and pb != 0:
                pb, j = pb * b[j], j + 1
                gj.append(j - 1)
            else:
                ok = False
                break
        if not ok:
            i, j = si, sj
            break
        groups.append((gi, gj))
    return groups, i, j


def match_groups(a: Sequence[int], b: Sequence[int]) -> list[tuple[list, list]]:
    """Contiguous groups of dims of `a` and `b` (static sizes, -1/DYN
    dynamic) with equal products, for a reshape of `a` into `b` (which have
    equal element counts): static dims matched from both ends, everything
    in between (where the dynamic dims are) one group."""
    a = [-1 if s < 0 else s for s in a]
    b = [-1 if s < 0 else s for s in b]
    left, i, j = _greedy(a, b)
    rgroups, ri, rj = _greedy(a[i:][::-1], b[j:][::-1])
    na, nb = len(a), len(b)
    right = [([na - 1 - k for k in gi][::-1], [nb - 1 - k for k in gj][::-1])
             for gi, gj in rgroups][::-1]
    mid_a, mid_b = list(range(i, na - ri)), list(range(j, nb - rj))
    if mid_a and mid_b:
        return left + [(mid_a, mid_b)] + right
    if not mid_a and not mid_b:
        return left + right
    # Leftover dims on one side only: their product is 1; join a neighbour.
    if left:
        gi, gj = left[-1]
        left[-1] = (gi + mid_a, gj + mid_b)
        return left + right
    if right:
        gi, gj = right[0]
        right[0] = (mid_a + gi, mid_b + gj)
        return left + right
    return []  # a rank-0 side: reassociation []


def reshape(x: ir.Value, out_dims: Sequence, groups=None) -> ir.Value:
    """`x` reshaped to `out_dims` (ints / index or i64 values) with the same
    element count: collapse_shape and/or expand_shape over `groups` (pairs of
    input/output dim lists; matched from the static sizes when None), or
    tensor.reshape with a shape tensor when no valid grouping exists."""
    xt = tensor_type(x)
    elem = xt.element_type
    in_s, out_s = list(xt.shape), static_of(out_dims)
    out_t = ir.RankedTensorType.get(out_s, elem)
    if in_s == out_s and DYN not in in_s:
        return x
    if groups is None:
        groups = match_groups(in_s, out_s)
    if not groups and (len(in_s) and len(out_s)):
        return _reshape_general(x, out_dims, out_t)
    if any(len(go) > 1 and sum(out_s[k] == DYN for k in go) > 1 for _, go in groups):
        return _reshape_general(x, out_dims, out_t)
    collapse = len(groups) != len(in_s)
    expand = len(groups) != len(out_s)
    mid_in, mid_out = [], []
    for gi, go in groups:
        si = [in_s[k] for k in gi]
        so = [out_s[k] for k in go]
        mid_in.append(DYN if DYN in si else pymath.prod(si))
        mid_out.append(DYN if DYN in so else pymath.prod(so))
    y = x
    if collapse:
        y = tensor.CollapseShapeOp(ir.RankedTensorType.get(mid_in, elem), y,
                                   _reassociation([gi for gi, _ in groups])).result
    y = cast_to(y, ir.RankedTensorType.get(mid_out, elem))
    if expand:
        dyn, static = dyn_split(out_dims, DYN)
        y = tensor.ExpandShapeOp(out_t, y, _reassociation([go for _, go in groups]),
                                 dyn, static).result
    return y


def _reshape_general(x, out_dims, out_t):
    i64 = ir.IntegerType.get_signless(64)
    if not out_dims:
        return tensor.CollapseShapeOp(out_t, x, _reassociation([])).result
    shape_t = tensor.FromElementsOp(ir.RankedTensorType.get([len(out_dims)], i64),
                                    [as_i64(d) for d in out_dims]).result
    return tensor.ReshapeOp(out_t, x, shape_t).result


def numel(x: ir.Value):
    return iprod(dims(x))


# --- reshapes ------------------------------------------------------------------------


def view_dims(n, x: ir.Value, sizes: Sequence) -> list:
    """The output dims of a view of `x` to `sizes` (ints, -1, run-time ints)."""
    if not isinstance(sizes, (list, tuple)):
        raise Unsupported("the size must be a list")
    want = n.result_sizes()
    if len(want) != len(sizes):
        raise Unsupported("the result rank differs from the size list")
    out, infer = [], None
    for k, (w, s) in enumerate(zip(want, sizes)):
        if is_static(s) and s < -1:
            raise Unsupported(f"invalid size {s} at dim {k} (sizes are >= 0, or -1 once)")
        if w != -1:
            out.append(w)
        elif is_static(s) and s == -1:
            out.append(None)
            infer = k
        else:
            out.append(to_index(s))
    if infer is not None:
        rest = iprod([d for k, d in enumerate(out) if k != infer])
        out[infer] = ifloordiv(numel(x), rest)
    return out


@rule("torch.aten.view", "torch.aten._unsafe_view", "torch.aten.reshape",
      "torch.aten._reshape_alias", "torch.prims.reshape")
def view(cx, n):
    x = n.operands[0]
    return reshape(x, view_dims(n, x, n.operands[1]))


@rule("torch.aten.resize")
def resize(cx, n):
    """The functional resize (resize_ / resize_as_): a contiguous tensor keeps
    its storage, so the result holds its first elements. Growing would expose
    uninitialized memory: refused."""
    x = n.operands[0]
    sizes = n.const_list(1, "size")
    if len(n.operands) > 2 and n.operands[2] not in (None, 0, 1):
        # (0 contiguous_format, 1 preserve_format: value semantics, one layout.)
        raise Unsupported("resize with a channels-last memory_format")
    have = shape(x)
    if DYN in have or any(s < 0 for s in sizes):
        raise Unsupported("resize of a tensor with a dynamic shape, or to a negative size")
    want, count = pymath.prod(sizes), pymath.prod(have)
    if want > count:
        raise Unsupported(f"resize from {count} to {want} elements (the new ones are "
                          "uninitialized in torch)")
    flat = reshape(x, [count], [(list(range(len(have))), [0])] if have else None)
    return reshape(extract_slice(flat, [0], [want], [1]), sizes)


@rule("torch.aten.view_as", "torch.aten.reshape_as")
def view_as(cx, n):
    return reshape(n.operands[0], result_dims(n, dims(n.operands[1])))


@rule("torch.aten.flatten.using_ints")
def flatten(cx, n):
    x = n.operands[0]
    xd = dims(x)
    rank = len(xd)
    if rank == 0:
        return reshape(x, [1])
    s, e = norm_dim(n.const(1, "start_dim"), rank), norm_dim(n.const(2, "end_dim"), rank)
    if s > e:
        raise Unsupported("flatten: start_dim after end_dim")
    out = xd[:s] + [iprod(xd[s:e + 1])] + xd[e + 1:]
    groups = [([k], [k]) for k in range(s)] + [(list(range(s, e + 1)), [s])] + \
        [([k], [k - e + s]) for k in range(e + 1, rank)]
    return reshape(x, result_dims(n, out), groups)


@rule("torch.aten.unflatten.int")
def unflatten(cx, n):
    x = n.operands[0]
    xd, d = dims_and_dim(n, x, 1)
    rank = len(xd)
    sizes = [to_index(s) for s in n.operands[2]]
    if any(is_static(s) and s == -1 for s in sizes):
        k = next(i for i, s in enumerate(sizes) if is_static(s) and s == -1)
        sizes[k] = ifloordiv(xd[d], iprod([s for i, s in enumerate(sizes) if i != k]))
    m = len(sizes)
    out = xd[:d] + sizes + xd[d + 1:]
    groups = [([k], [k]) for k in range(d)] + [([d], list(range(d, d + m)))] + \
        [([k], [k + m - 1]) for k in range(d + 1, rank)]
    return reshape(x, result_dims(n, out), groups)


def squeeze_dims(x: ir.Value, drop: Sequence[int]) -> ir.Value:
    """`x` without the (unit) dims `drop`."""
    xd = dims(x)
    keep = [k for k in range(len(xd)) if k not in drop]
    if not keep:
        return reshape(x, [], [])
    groups, pending = [], []
    for k in range(len(xd)):
        if k not in drop:
            groups.append((pending + [k], [len(groups)]))
            pending = []
        elif groups:
            groups[-1][0].append(k)
        else:
            pending.append(k)
    return reshape(x, [xd[k] for k in keep], groups)


def unsqueeze_dim(x: ir.Value, d: int) -> ir.Value:
    """`x` with a unit dim inserted at position `d` (0 <= d <= rank)."""
    xd = dims(x)
    rank = len(xd)
    out = xd[:d] + [1] + xd[d:]
    if rank == 0:
        return reshape(x, out, [])
    groups = []
    for k in range(rank):
        o = k if k < d else k + 1
        groups.append(([k], [o]))
    if d > 0:
        groups[d - 1][1].append(d)
    else:
        groups[0][1].insert(0, 0)
    return reshape(x, out, groups)


def _squeeze(cx, n, cand):
    x = n.operands[0]
    s = shape(x)
    want = len(n.result_sizes())
    drop = [k for k in cand if s[k] == 1]
    if len(s) - len(drop) != want:
        drop = [k for k in cand if s[k] in (1, DYN)]
    if len(s) - len(drop) != want:
        raise Unsupported("cannot tell which dims are squeezed")
    if not drop:
        return x
    return squeeze_dims(x, drop)


@rule("torch.aten.squeeze", "torch.prims.squeeze")
def squeeze(cx, n):
    rank = len(n.sizes(0))
    if n.name == "torch.prims.squeeze":
        return _squeeze(cx, n, sorted({norm_dim(d, rank) for d in n.const_list(1, "dims")}))
    return _squeeze(cx, n, list(range(rank)))


@rule("torch.aten.squeeze.dim")
def squeeze_dim(cx, n):
    rank = len(n.sizes(0))
    if rank == 0:
        return n.operands[0]
    return _squeeze(cx, n, [norm_dim(n.const(1, "dim"), rank)])


@rule("torch.aten.squeeze.dims")
def squeeze_dims_rule(cx, n):
    rank = len(n.sizes(0))
    if rank == 0:
        return n.operands[0]
    return _squeeze(cx, n, sorted({norm_dim(d, rank) for d in n.const_list(1, "dims")}))


@rule("torch.aten.unsqueeze")
def unsqueeze(cx, n):
    rank = len(n.sizes(0))
    return unsqueeze_dim(n.operands[0], norm_dim(n.const(1, "dim"), rank + 1))


# --- permutations --------------------------------------------------------------------


def permute(x: ir.Value, perm: Sequence[int]) -> ir.Value:
    perm = list(perm)
    if perm == sorted(perm):
        return x
    xd = dims(x)
    init = empty([xd[p] for p in perm], tensor_type(x).element_type)
    return op_result(linalg.transpose(x, outs=[init], permutation=perm))


@rule("torch.aten.permute", "torch.prims.transpose")
def permute_rule(cx, n):
    rank = len(n.sizes(0))
    perm = [norm_dim(d, rank) for d in n.const_list(1, "dims")]
    if sorted(perm) != list(range(rank)):
        raise Unsupported(f"{perm} is not a permutation")
    return permute(n.operands[0], perm)


@rule("torch.aten.transpose.int")
def transpose(cx, n):
    rank = len(n.sizes(0))
    if rank == 0:
        return n.operands[0]
    a, b = norm_dim(n.const(1, "dim0"), rank), norm_dim(n.const(2, "dim1"), rank)
    perm = list(range(rank))
    perm[a], perm[b] = perm[b], perm[a]
    return permute(n.operands[0], perm)


@rule("torch.aten.t")
def t(cx, n):
    rank = len(n.sizes(0))
    return n.operands[0] if rank < 2 else permute(n.operands[0], [1, 0])


@rule("torch.aten.movedim.int")
def movedim(cx, n):
    rank = len(n.sizes(0))
    src, dst = norm_dim(n.const(1, "source"), rank), norm_dim(n.const(2, "destination"), rank)
    perm = [k for k in range(rank) if k != src]
    perm.insert(dst, src)
    return permute(n.operands[0], perm)


# --- broadcasting -----------------------------------------------------------------------


def broadcast(x: ir.Value, out_dims: Sequence) -> ir.Value:
    """`x` broadcast to `out_dims` (torch rules: leading new dims, and
    static unit dims stretched; dynamic dims are taken not to broadcast)."""
    xs = shape(x)
    rank, xrank = len(out_dims), len(xs)
    offset = rank - xrank
    if offset < 0:
        raise Unsupported("cannot broadcast to a lower rank")
    out_s = static_of(out_dims)
    stretch = [j for j in range(xrank) if xs[j] == 1 and out_s[offset + j] != 1]
    if offset == 0 and not stretch:
        return x
    y = squeeze_dims(x, stretch) if stretch else x
    added = list(range(offset)) + [offset + j for j in stretch]
    init = empty(out_dims, tensor_type(x).element_type)
    return op_result(linalg.broadcast(y, outs=[init], dimensions=sorted(added)))


@rule("torch.aten.expand", "torch.aten.broadcast_to")
def expand(cx, n):
    x = n.operands[0]
    sizes = n.operands[1]
    xd = dims(x)
    offset = len(sizes) - len(xd)
    want = n.result_sizes()
    out = []
    for k, s in enumerate(sizes):
        if want[k] != -1:
            out.append(want[k])
        elif is_static(s) and s == -1:
            if k < offset:
                raise Unsupported("-1 for a new leading dim")
            out.append(xd[k - offset])
        else:
            out.append(to_index(s))
    return broadcast(x, out)


@rule("torch.aten.expand_as")
def expand_as(cx, n):
    return broadcast(n.operands[0], result_dims(n, dims(n.operands[1])))


@rule("torch.prims.broadcast_in_dim")
def broadcast_in_dim(cx, n):
    x = n.operands[0]
    out = result_dims(n, [to_index(s) for s in n.operands[1]])
    bdims = n.const_list(2, "broadcast_dimensions")
    xs = shape(x)
    rank = len(out)
    if len(bdims) != len(xs) or any(not 0 <= d < rank for d in bdims) or \
            list(bdims) != sorted(set(bdims)):
        raise Unsupported(f"broadcast_dimensions {list(bdims)} do not map the {len(xs)} dim(s) "
                          f"of the input to increasing dims of a rank-{rank} result")
    maps_exprs = []
    for j, d in enumerate(bdims):
        maps_exprs.append(("c", 0) if xs[j] == 1 and static_of(out)[d] != 1 else d)
    init = empty(out, tensor_type(x).element_type)
    return generic([x], [init], [affine_map(rank, maps_exprs), identity_map(rank)],
                   [PARALLEL] * rank, lambda a, _: a)[0]


# --- slicing -----------------------------------------------------------------------------


def slice_bounds(size, start, end, step: int):
    """torch's slice normalization -> (offset, length) as ints/index values."""
    if not is_static(step) or step <= 0:
        raise Unsupported("slice step must be a positive constant")
    start = 0 if start is None else to_index(start)
    to_end = end is None or (is_static(end) and end >= INT64_MAX)
    end = size if to_end else to_index(end)
    if all(is_static(v) for v in (size, start, end)):
        s = start + size if start < 0 else start
        s = min(max(s, 0), size)
        e = end + size if end < 0 else end
        e = min(max(e, s), size)
        return s, -(-(e - s) // step)
    if not (is_static(start) and start >= 0):
        start = imin(imax(wrap_index(start, size), 0), size)
    if not to_end and not (is_static(end) and is_static(size) and 0 <= end <= size):
        end = imin(imax(wrap_index(end, size), start), size)
    length = imax(iceildiv(isub(end, start), step), 0) if step != 1 else \
        imax(isub(end, start), 0)
    return start, length


@rule("torch.aten.slice.Tensor")
def slice_tensor(cx, n):
    x = n.operands[0]
    xd, d = dims_and_dim(n, x, 1)
    rank = len(xd)
    step = n.const(4, "step") if len(n.operands) > 4 else 1
    off, length = slice_bounds(xd[d], n.operands[2], n.operands[3], step)
    want = n.result_sizes()[d]
    if want != -1:
        length = want
    if is_static(off) and off == 0 and step == 1 and (
            (is_static(length) and length == xd[d]) or
            (n.operands[2] in (None, 0) and (n.operands[3] is None or (
                is_static(n.operands[3]) and n.operands[3] >= INT64_MAX)))):
        return x
    return extract_slice(x, replaced_at([0] * rank, d, off), replaced_at(xd, d, length),
                         replaced_at([1] * rank, d, step))


@rule("torch.aten.narrow")
def narrow(cx, n):
    x = n.operands[0]
    xd, d = dims_and_dim(n, x, 1)
    rank = len(xd)
    start = wrap_index(to_index(n.operands[2]), xd[d])
    length = to_index(n.operands[3])
    want = n.result_sizes()[d]
    sizes = replaced_at(xd, d, want if want != -1 else length)
    return extract_slice(x, replaced_at([0] * rank, d, start), sizes, [1] * rank)


def select(x: ir.Value, d: int, index) -> ir.Value:
    xd = dims(x)
    rank = len(xd)
    offsets = replaced_at([0] * rank, d, wrap_index(to_index(index), xd[d]))
    return extract_slice(x, offsets, replaced_at(xd, d, 1), [1] * rank, drop=[d])


@rule("torch.aten.select.int")
def select_int(cx, n):
    rank = len(n.sizes(0))
    return select(n.operands[0], norm_dim(n.const(1, "dim"), rank), n.operands[2])


@rule("torch.aten.slice_scatter")
def slice_scatter(cx, n):
    x, src = n.operands[0], n.operands[1]
    xd, d = dims_and_dim(n, x, 2)
    rank = len(xd)
    step = n.const(5, "step") if len(n.operands) > 5 else 1
    off, _ = slice_bounds(xd[d], n.operands[3], n.operands[4], step)
    src = convert_tensor(src, n.dtype(1), n.dtype(0))
    return insert_slice(src, x, replaced_at([0] * rank, d, off), dims(src),
                        replaced_at([1] * rank, d, step))


@rule("torch.aten.select_scatter")
def select_scatter(cx, n):
    x, src = n.operands[0], n.operands[1]
    xd, d = dims_and_dim(n, x, 2)
    rank = len(xd)
    src = convert_tensor(src, n.dtype(1), n.dtype(0))
    offsets = replaced_at([0] * rank, d, wrap_index(to_index(n.operands[3]), xd[d]))
    return insert_slice(src, x, offsets, replaced_at(xd, d, 1), [1] * rank)


# --- concatenation and splitting ------------------------------------------------------


def concat(values: Sequence[ir.Value], d: int, result_type: ir.Type) -> ir.Value:
    if len(values) == 1:
        return values[0]
    return tensor.ConcatOp(result_type, d, list(values)).result


@rule("torch.aten.cat", "torch.aten.concat", "torch.prims.cat")
def cat(cx, n):
    values = list(n.operands[0])
    dts = list_dtypes(n, 0)
    out = n.result_dtype()
    rank = len(n.result_sizes())
    d = norm_dim(n.const(1, "dim") if len(n.operands) > 1 else 0, rank)
    kept = []
    for v, dt in zip(values, dts):
        s = shape(v)
        if rank > 1 and s == [0]:
            continue  # torch skips legacy empty 1-d tensors
        if len(s) != rank:
            raise Unsupported("cat of tensors of different ranks")
        kept.append(convert_tensor(v, dt, out))
    if not kept:
        raise Unsupported("cat of only empty tensors")
    rt = n.result_types[0]
    if len(kept) == 1:
        return kept[0]
    # tensor.concat infers its type from the operands: give it that type.
    inferred = _concat_shape([shape(v) for v in kept], d)
    r = concat(kept, d, ir.RankedTensorType.get(inferred, ir.RankedTensorType(rt).element_type))
    return r


def _concat_shape(shapes, d):
    out = []
    for k in range(len(shapes[0])):
        col = [s[k] for s in shapes]
        if k == d:
            out.append(DYN if DYN in col else sum(col))
        else:
            st = [c for c in col if c != DYN]
            out.append(st[0] if st else DYN)
    return out


@rule("torch.aten.stack")
def stack(cx, n):
    values = list(n.operands[0])
    dts = list_dtypes(n, 0)
    out = n.result_dtype()
    rank = len(n.result_sizes())
    d = norm_dim(n.const(1, "dim"), rank)
    parts = [unsqueeze_dim(convert_tensor(v, dt, out), d) for v, dt in zip(values, dts)]
    if len(parts) == 1:
        return parts[0]
    return concat(parts, d, ir.RankedTensorType.get(
        _concat_shape([shape(p) for p in parts], d), element_type(out)))


def _split(x: ir.Value, d: int, sizes: Sequence) -> list:
    xd = dims(x)
    rank = len(xd)
    outs, off = [], 0
    for s in sizes:
        outs.append(extract_slice(x, replaced_at([0] * rank, d, off), replaced_at(xd, d, s),
                                  [1] * rank))
        off = iadd(off, s)
    return outs


# unsafe_split*/unsafe_chunk differ from split/chunk only in autograd's view
# tracking (TorchScript traces of LSTM/GRU cells emit unsafe_chunk).
@rule("torch.aten.split_with_sizes", "torch.aten.split.sizes",
      "torch.aten.unsafe_split_with_sizes")
def split_with_sizes(cx, n):
    x = n.operands[0]
    rank = len(n.sizes(0))
    d = norm_dim(n.const(2, "dim"), rank)
    return _split(x, d, [to_index(s) for s in n.operands[1]])


# Each piece of a split is an op of its own: more than this many is a
# program no backend should unroll (and would take hours to build).
MAX_PIECES = 1 << 16


def _static_dim(n, d):
    size = n.sizes(0)[d]
    if size == -1:
        raise Unsupported("splitting a dynamic dim into an unknown number of tensors")
    return size


def _pieces(count: int) -> int:
    if count > MAX_PIECES:
        raise Unsupported(f"splitting into {count} tensors (at most {MAX_PIECES})")
    return count


@rule("torch.aten.split.Tensor", "torch.aten.unsafe_split.Tensor")
def split_tensor(cx, n):
    rank = len(n.sizes(0))
    d = norm_dim(n.const(2, "dim"), rank)
    size, step = _static_dim(n, d), n.const(1, "split_size")
    if step <= 0:
        raise Unsupported("split_size must be positive")
    _pieces(-(-size // step))
    sizes = [min(step, size - o) for o in range(0, size, step)] or [0]
    return _split(n.operands[0], d, sizes)


@rule("torch.aten.chunk", "torch.aten.unsafe_chunk")
def chunk(cx, n):
    rank = len(n.sizes(0))
    d = norm_dim(n.const(2, "dim"), rank)
    size, chunks = _static_dim(n, d), n.const(1, "chunks")
    step = -(-size // chunks)
    _pieces(-(-size // step) if step else chunks)
    sizes = [min(step, size - o) for o in range(0, size, step)] if step else [0] * chunks
    return _split(n.operands[0], d, sizes)


@rule("torch.aten.unbind.int")
def unbind(cx, n):
    rank = len(n.sizes(0))
    d = norm_dim(n.const(1, "dim"), rank)
    return [select(n.operands[0], d, k) for k in range(_pieces(_static_dim(n, d)))]
