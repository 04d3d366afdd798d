"""Views and shape ops: view/reshape/flatten/unflatten, squeeze/unsqueeze,
permute/transpose, expand, slice/select/narrow, cat/stack, split/chunk/
unbind, flip/roll, padding (constant, reflect, replicate, circular),
repeat/tile, as_strided, unfold, diagonal, slice/select_scatter and nearest
upsampling.

Under value semantics a view is a copy: reshapes become
tensor.collapse_shape/expand_shape (tensor.reshape when no reassociation
exists), slices tensor.extract_slice, permutes linalg.transpose, expands
linalg.broadcast; ops that move elements around by index arithmetic (flip,
roll, reflect pads, unfold...) are a linalg.generic whose body extracts the
source element (`gather_generic`).

The index helpers here (`iadd`, `imul`, ...) take ints or `index` values and
fold in Python when both sides are ints; indexing.py and creation.py use
them too."""

from __future__ import annotations

from typing import Callable, Sequence

from mlir import ir
from mlir.dialects import arith, linalg, tensor

from ..registry import Unsupported, rule
from .common import (DYN, INT64_MAX, PARALLEL, affine_map, as_i64, as_index, cast_to,
                     convert_tensor, dims, element_type, empty, generic, iadd, iceildiv, icmp,
                     identity_map, ifloordiv, imax, imin, imod, imul, iprod, is_static, iselect,
                     isub, list_dtypes, loop_index, norm_dim, result_dims, shape, static_of,
                     tensor_type, to_index, to_scalar, wrap_index)

def _value(r) -> ir.Value:
    """The result of a builder that returns a Value, an OpView or an Operation."""
    if isinstance(r, ir.Value):
        return r
    return r.results[0] if hasattr(r, "results") else r.result


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


def _dyn_split(values: Sequence, sentinel: int):
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


def extract_slice(x: ir.Value, offsets: Sequence, sizes: Sequence, strides: Sequence,
                  drop: Sequence[int] = ()) -> ir.Value:
    """tensor.extract_slice; `drop` lists unit dims to drop from the result."""
    elem = tensor_type(x).element_type
    res = [s if is_static(s) else DYN for k, s in enumerate(sizes) if k not in drop]
    do, so = _dyn_split(offsets, DYN)
    dsz, ssz = _dyn_split(sizes, DYN)
    dst, sst = _dyn_split(strides, DYN)
    return tensor.ExtractSliceOp(ir.RankedTensorType.get(res, elem), x, do, dsz, dst,
                                 so, ssz, sst).result


def insert_slice(src: ir.Value, dest: ir.Value, offsets: Sequence, sizes: Sequence,
                 strides: Sequence) -> ir.Value:
    do, so = _dyn_split(offsets, DYN)
    dsz, ssz = _dyn_split(sizes, DYN)
    dst, sst = _dyn_split(strides, DYN)
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
        mid_in.append(DYN if DYN in si else _prod(si))
        mid_out.append(DYN if DYN in so else _prod(so))
    y = x
    if collapse:
        y = tensor.CollapseShapeOp(ir.RankedTensorType.get(mid_in, elem), y,
                                   _reassociation([gi for gi, _ in groups])).result
    y = cast_to(y, ir.RankedTensorType.get(mid_out, elem))
    if expand:
        dyn, static = _dyn_split(out_dims, DYN)
        y = tensor.ExpandShapeOp(out_t, y, _reassociation([go for _, go in groups]),
                                 dyn, static).result
    return y


def _prod(xs):
    p = 1
    for v in xs:
        p *= v
    return p


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
    xd = dims(x)
    rank = len(xd)
    d = norm_dim(n.const(1, "dim"), rank)
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
    return _value(linalg.transpose(x, outs=[init], permutation=perm))


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
    return _value(linalg.broadcast(y, outs=[init], dimensions=sorted(added)))


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
    xd = dims(x)
    rank = len(xd)
    d = norm_dim(n.const(1, "dim"), rank)
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
    sizes = list(xd)
    sizes[d] = length
    offsets = [0] * rank
    offsets[d] = off
    strides = [1] * rank
    strides[d] = step
    return extract_slice(x, offsets, sizes, strides)


@rule("torch.aten.narrow")
def narrow(cx, n):
    x = n.operands[0]
    xd = dims(x)
    rank = len(xd)
    d = norm_dim(n.const(1, "dim"), rank)
    start = wrap_index(to_index(n.operands[2]), xd[d])
    length = to_index(n.operands[3])
    want = n.result_sizes()[d]
    sizes = list(xd)
    sizes[d] = want if want != -1 else length
    offsets = [0] * rank
    offsets[d] = start
    return extract_slice(x, offsets, sizes, [1] * rank)


def select(x: ir.Value, d: int, index) -> ir.Value:
    xd = dims(x)
    rank = len(xd)
    offsets = [0] * rank
    offsets[d] = wrap_index(to_index(index), xd[d])
    sizes = list(xd)
    sizes[d] = 1
    return extract_slice(x, offsets, sizes, [1] * rank, drop=[d])


@rule("torch.aten.select.int")
def select_int(cx, n):
    rank = len(n.sizes(0))
    return select(n.operands[0], norm_dim(n.const(1, "dim"), rank), n.operands[2])


@rule("torch.aten.slice_scatter")
def slice_scatter(cx, n):
    x, src = n.operands[0], n.operands[1]
    xd = dims(x)
    rank = len(xd)
    d = norm_dim(n.const(2, "dim"), rank)
    step = n.const(5, "step") if len(n.operands) > 5 else 1
    off, _ = slice_bounds(xd[d], n.operands[3], n.operands[4], step)
    src = convert_tensor(src, n.dtype(1), n.dtype(0))
    offsets = [0] * rank
    offsets[d] = off
    strides = [1] * rank
    strides[d] = step
    return insert_slice(src, x, offsets, dims(src), strides)


@rule("torch.aten.select_scatter")
def select_scatter(cx, n):
    x, src = n.operands[0], n.operands[1]
    xd = dims(x)
    rank = len(xd)
    d = norm_dim(n.const(2, "dim"), rank)
    src = convert_tensor(src, n.dtype(1), n.dtype(0))
    offsets = [0] * rank
    offsets[d] = wrap_index(to_index(n.operands[3]), xd[d])
    sizes = list(xd)
    sizes[d] = 1
    return insert_slice(src, x, offsets, sizes, [1] * rank)


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
        sz = list(xd)
        sz[d] = s
        offsets = [0] * rank
        offsets[d] = off
        outs.append(extract_slice(x, offsets, sz, [1] * rank))
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


def _static_dim(n, d):
    size = n.sizes(0)[d]
    if size == -1:
        raise Unsupported("splitting a dynamic dim into an unknown number of tensors")
    return size


@rule("torch.aten.split.Tensor", "torch.aten.unsafe_split.Tensor")
def split_tensor(cx, n):
    rank = len(n.sizes(0))
    d = norm_dim(n.const(2, "dim"), rank)
    size, step = _static_dim(n, d), n.const(1, "split_size")
    if step <= 0:
        raise Unsupported("split_size must be positive")
    sizes = [min(step, size - o) for o in range(0, size, step)] or [0]
    return _split(n.operands[0], d, sizes)


@rule("torch.aten.chunk", "torch.aten.unsafe_chunk")
def chunk(cx, n):
    rank = len(n.sizes(0))
    d = norm_dim(n.const(2, "dim"), rank)
    size, chunks = _static_dim(n, d), n.const(1, "chunks")
    step = -(-size // chunks)
    sizes = [min(step, size - o) for o in range(0, size, step)] if step else [0] * chunks
    return _split(n.operands[0], d, sizes)


@rule("torch.aten.unbind.int")
def unbind(cx, n):
    rank = len(n.sizes(0))
    d = norm_dim(n.const(1, "dim"), rank)
    return [select(n.operands[0], d, k) for k in range(_static_dim(n, d))]


# --- element moves by index arithmetic ----------------------------------------------------


@rule("torch.aten.flip", "torch.prims.rev")
def flip(cx, n):
    x = n.operands[0]
    xd = dims(x)
    rank = len(xd)
    fl = {norm_dim(d, rank) for d in n.const_list(1, "dims")}
    if not fl or rank == 0:
        return x
    last = {d: isub(xd[d], 1) for d in fl}

    def body(idxs):
        return extract(x, [isub(last[k], i) if k in fl else i for k, i in enumerate(idxs)])

    return gather_generic(xd, tensor_type(x).element_type, body)


@rule("torch.aten.roll")
def roll(cx, n):
    x = n.operands[0]
    shifts = [to_index(s) for s in n.operands[1]]
    rdims = n.const_list(2, "dims")
    xd = dims(x)
    rank = len(xd)
    if not rdims:
        if len(shifts) != 1:
            raise Unsupported("roll without dims takes one shift")
        flat = reshape(x, [numel(x)], [(list(range(rank)), [0])] if rank else [])
        rolled = _roll(flat, {0: shifts[0]})
        return reshape(rolled, xd, [([0], list(range(rank)))] if rank else [])
    if len(rdims) != len(shifts):
        raise Unsupported("roll: shifts and dims differ in length")
    by = {}
    for s, d in zip(shifts, rdims):
        d = norm_dim(d, rank)
        by[d] = iadd(by.get(d, 0), s)
    return _roll(x, by)


def _roll(x, by):
    xd = dims(x)
    # source index = (i - shift) mod size = (i + (size - shift mod size)) mod size
    back = {d: isub(xd[d], imod(s, xd[d])) for d, s in by.items()}

    def body(idxs):
        return extract(x, [imod(iadd(i, back[k]), xd[k]) if k in back else i
                           for k, i in enumerate(idxs)])

    return gather_generic(xd, tensor_type(x).element_type, body)


def _pad_pairs(pad: Sequence, rank: int):
    """torch's pad list (last dim first, low/high pairs) -> {dim: (lo, hi)}."""
    if len(pad) % 2 or len(pad) // 2 > rank:
        raise Unsupported("the pad list must have an even length of at most 2 * rank")
    out = {}
    for k in range(len(pad) // 2):
        out[rank - 1 - k] = (to_index(pad[2 * k]), to_index(pad[2 * k + 1]))
    return out


@rule("torch.aten.constant_pad_nd")
def constant_pad_nd(cx, n):
    x = n.operands[0]
    value = n.operands[2] if len(n.operands) > 2 else 0
    return constant_pad(x, _pad_pairs(n.operands[1], len(n.sizes(0))),
                        to_scalar(cx, 0 if value is None else value, n.dtype(0)),
                        n.result_types[0])


def constant_pad(x, pairs, value, result_type=None):
    xd = dims(x)
    rank = len(xd)
    # Negative (static) pads crop first.
    if any(is_static(v) and v < 0 for p in pairs.values() for v in p):
        offsets, sizes = [0] * rank, list(xd)
        for d, (lo, hi) in pairs.items():
            if is_static(lo) and lo < 0:
                offsets[d] = -lo
                sizes[d] = isub(sizes[d], -lo)
            if is_static(hi) and hi < 0:
                sizes[d] = isub(sizes[d], -hi)
        x = extract_slice(x, offsets, sizes, [1] * rank)
        pairs = {d: (max(lo, 0) if is_static(lo) else lo, max(hi, 0) if is_static(hi) else hi)
                 for d, (lo, hi) in pairs.items()}
        xd = dims(x)
    lows = [pairs.get(d, (0, 0))[0] for d in range(rank)]
    highs = [pairs.get(d, (0, 0))[1] for d in range(rank)]
    if all(is_static(v) and v == 0 for v in lows + highs):
        return x
    out = [iadd(iadd(xd[d], lows[d]), highs[d]) for d in range(rank)]
    rt = ir.RankedTensorType.get(static_of(out), tensor_type(x).element_type)
    dl, sl = _dyn_split(lows, DYN)
    dh, sh = _dyn_split(highs, DYN)
    op = tensor.PadOp(rt, x, dl, dh, sl, sh)
    block = op.regions[0].blocks.append(*([ir.IndexType.get()] * rank))
    with ir.InsertionPoint(block):
        tensor.YieldOp(value)
    return op.result


def _pad_index(mode: str, i, lo, size):
    """The source index of output index `i` along a dim padded by `lo` at
    the start (reflect / replicate / circular)."""
    j = isub(i, lo)
    if mode == "replicate":
        return imin(imax(j, 0), isub(size, 1))
    if mode == "circular":
        return imod(j, size)
    # reflect: -j below 0, 2 (size - 1) - j past the end
    j = iselect(icmp("slt", j, 0), isub(0, j), j) if not is_static(j) else abs(j)
    last = isub(size, 1)
    return iselect(icmp("sgt", j, last), isub(imul(last, 2), j), j) if not is_static(j) else \
        (2 * last - j if j > last else j)


def index_pad(x, pairs, mode: str, n=None):
    xd = dims(x)
    out = list(xd)
    for d, (lo, hi) in pairs.items():
        out[d] = iadd(iadd(xd[d], lo), hi)
    if n is not None:
        out = result_dims(n, out)

    def body(idxs):
        return extract(x, [_pad_index(mode, i, pairs[k][0], xd[k]) if k in pairs else i
                           for k, i in enumerate(idxs)])

    return gather_generic(out, tensor_type(x).element_type, body)


def _pad_rule(mode: str, k: int):
    def lower(cx, n):
        pad = n.operands[1]
        if len(pad) != 2 * k:
            raise Unsupported(f"expects {2 * k} padding values")
        return index_pad(n.operands[0], _pad_pairs(pad, len(n.sizes(0))), mode, n)
    return lower


rule("torch.aten.reflection_pad1d")(_pad_rule("reflect", 1))
rule("torch.aten.reflection_pad2d")(_pad_rule("reflect", 2))
rule("torch.aten.reflection_pad3d")(_pad_rule("reflect", 3))
rule("torch.aten.replication_pad1d")(_pad_rule("replicate", 1))
rule("torch.aten.replication_pad2d")(_pad_rule("replicate", 2))
rule("torch.aten.replication_pad3d")(_pad_rule("replicate", 3))


@rule("torch.aten.pad")
def pad(cx, n):
    x = n.operands[0]
    mode = n.operands[2] if len(n.operands) > 2 else "constant"
    pairs = _pad_pairs(n.operands[1], len(n.sizes(0)))
    if mode == "constant":
        value = n.operands[3] if len(n.operands) > 3 else None
        return constant_pad(x, pairs, to_scalar(cx, 0 if value is None else value, n.dtype(0)))
    if mode not in ("reflect", "replicate", "circular"):
        raise Unsupported(f"pad mode '{mode}'")
    return index_pad(x, pairs, mode, n)


@rule("torch.aten.repeat", "torch.aten.tile")
def repeat(cx, n):
    x = n.operands[0]
    reps = n.const_list(1, "repeats")
    xd = dims(x)
    rank = len(xd)
    if n.name == "torch.aten.tile" and len(reps) < rank:
        reps = [1] * (rank - len(reps)) + reps
    if len(reps) < rank:
        raise Unsupported("repeat: fewer repeats than dims")
    if any(r < 0 for r in reps):
        raise Unsupported("negative repeats")
    lead = len(reps) - rank
    # Broadcast x to [reps[:lead]..., r0, s0, r1, s1, ...], then collapse (r_k, s_k).
    big, added, groups, out = [], [], [], []
    for k in range(lead):
        added.append(len(big))
        groups.append([len(big)])
        big.append(reps[k])
        out.append(reps[k])
    for j in range(rank):
        r = reps[lead + j]
        if r == 1:
            groups.append([len(big)])
            big.append(xd[j])
        else:
            added.append(len(big))
            groups.append([len(big), len(big) + 1])
            big += [r, xd[j]]
        out.append(imul(r, xd[j]))
    if not added:
        return x
    init = empty(big, tensor_type(x).element_type)
    b = _value(linalg.broadcast(x, outs=[init], dimensions=added))
    return reshape(b, result_dims(n, out), [(g, [k]) for k, g in enumerate(groups)])


@rule("torch.aten.as_strided")
def as_strided(cx, n):
    """Taken as a view of the input's elements in row-major order (the
    input is assumed contiguous, as in a functionalized graph)."""
    x = n.operands[0]
    out = result_dims(n, [to_index(s) for s in n.operands[1]])
    stride = n.const_list(2, "stride")
    offset = n.operands[3] if len(n.operands) > 3 and n.operands[3] is not None else 0
    offset = to_index(offset)
    sizes, xs = n.result_sizes(), shape(x)
    if -1 not in sizes and DYN not in xs and is_static(offset) and offset == 0 \
            and _prod(sizes) == _prod(xs):
        acc, contiguous = 1, True
        for s, st in zip(reversed(sizes), reversed(stride)):
            if s != 1 and st != acc:
                contiguous = False
            acc *= s
        if contiguous:
            return reshape(x, out)
    xd = dims(x)
    rank = len(xd)
    flat = reshape(x, [numel(x)], [(list(range(rank)), [0])] if rank else [])

    def body(idxs):
        lin = offset
        for i, st in zip(idxs, stride):
            lin = iadd(lin, imul(i, st))
        return extract(flat, [lin])

    return gather_generic(out, tensor_type(x).element_type, body)


@rule("torch.aten.unfold")
def unfold(cx, n):
    x = n.operands[0]
    xd = dims(x)
    rank = len(xd)
    if rank == 0:
        raise Unsupported("unfold of a 0-d tensor")
    d = norm_dim(n.const(1, "dimension"), rank)
    size, step = n.const(2, "size"), n.const(3, "step")
    if step <= 0:
        raise Unsupported("unfold step must be positive")
    count = iadd(ifloordiv(isub(xd[d], size), step), 1)
    out = list(xd)
    out[d] = count
    out.append(size)

    def body(idxs):
        src = list(idxs[:rank])
        src[d] = iadd(imul(idxs[d], step), idxs[rank])
        return extract(x, src)

    return gather_generic(result_dims(n, out), tensor_type(x).element_type, body)


@rule("torch.aten.diagonal")
def diagonal(cx, n):
    x = n.operands[0]
    xd = dims(x)
    rank = len(xd)
    offset = n.const(1, "offset")
    d1, d2 = norm_dim(n.const(2, "dim1"), rank), norm_dim(n.const(3, "dim2"), rank)
    if d1 == d2:
        raise Unsupported("diagonal dims must differ")
    if offset >= 0:
        length = imax(imin(xd[d1], isub(xd[d2], offset)), 0)
    else:
        length = imax(imin(iadd(xd[d1], offset), xd[d2]), 0)
    rest = [k for k in range(rank) if k not in (d1, d2)]
    out = [xd[k] for k in rest] + [length]

    def body(idxs):
        src = [None] * rank
        for pos, k in enumerate(rest):
            src[k] = idxs[pos]
        i = idxs[-1]
        src[d1] = iadd(i, max(0, -offset))
        src[d2] = iadd(i, max(0, offset))
        return extract(x, src)

    return gather_generic(result_dims(n, out), tensor_type(x).element_type, body)


# --- nearest upsampling ---------------------------------------------------------------


def _upsample_nearest(cx, n, k: int, out_sizes, scales):
    x = n.operands[0]
    xd = dims(x)
    rank = len(xd)
    if rank < k:
        raise Unsupported(f"upsample_nearest{k}d needs at least {k} dims")
    spatial = list(range(rank - k, rank))
    out = list(xd)
    f32, f64 = ir.F32Type.get(), ir.F64Type.get()
    for j, d in enumerate(spatial):
        if out_sizes is not None:
            out[d] = to_index(out_sizes[j])
        elif scales is not None and scales[j] is not None:
            s = scales[j]
            if is_static(xd[d]) and not isinstance(s, ir.Value):
                import math

                out[d] = int(math.floor(xd[d] * s))
            else:
                src = arith.SIToFPOp(f64, as_i64(xd[d])).result
                prod = arith.MulFOp(src, cx.materialize(s, f64) if not isinstance(s, ir.Value)
                                    else s).result
                from mlir.dialects import math as mmath

                out[d] = to_index(arith.FPToSIOp(ir.IntegerType.get_signless(64),
                                                 mmath.FloorOp(prod).result).result)
        else:
            raise Unsupported("upsample needs output_size or scale factors")
    out = result_dims(n, out)
    # torch: scale = 1 / scale_factor if given, else in / out (float32);
    # src = min(floor(dst * scale), in - 1)
    scale_vals = {}
    for j, d in enumerate(spatial):
        s = scales[j] if scales is not None else None
        if s is not None and not isinstance(s, ir.Value) and s > 0:
            scale_vals[d] = arith.ConstantOp(f32, 1.0 / s).result
        elif is_static(xd[d]) and is_static(out[d]):
            scale_vals[d] = arith.ConstantOp(f32, xd[d] / out[d] if out[d] else 0.0).result
        else:
            scale_vals[d] = arith.DivFOp(
                arith.SIToFPOp(f32, as_i64(xd[d])).result,
                arith.SIToFPOp(f32, as_i64(out[d])).result).result
    last = {d: isub(xd[d], 1) for d in spatial}

    def body(idxs):
        from mlir.dialects import math as mmath

        src = list(idxs)
        for d in spatial:
            fi = arith.SIToFPOp(f32, as_i64(idxs[d])).result
            fl = mmath.FloorOp(arith.MulFOp(fi, scale_vals[d]).result).result
            si = arith.FPToSIOp(ir.IntegerType.get_signless(64), fl).result
            src[d] = imin(to_index(si), last[d])
        return extract(x, src)

    return gather_generic(out, tensor_type(x).element_type, body)


def _upsample_rule(k: int):
    def lower(cx, n):
        if n.name.endswith(".vec"):
            sizes, scales = n.operands[1], n.operands[2]
        else:
            sizes = n.operands[1]
            scales = list(n.operands[2:2 + k])
            if all(s is None for s in scales):
                scales = None
        return _upsample_nearest(cx, n, k, sizes, scales)
    return lower


rule("torch.aten.upsample_nearest1d", "torch.aten.upsample_nearest1d.vec")(_upsample_rule(1))
rule("torch.aten.upsample_nearest2d", "torch.aten.upsample_nearest2d.vec")(_upsample_rule(2))
rule("torch.aten.upsample_nearest3d", "torch.aten.upsample_nearest3d.vec")(_upsample_rule(3))
