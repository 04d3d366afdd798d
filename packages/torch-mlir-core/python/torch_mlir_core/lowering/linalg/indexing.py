"""Indexing: index.Tensor, index_select, embedding, gather (a parallel
linalg.generic whose body extracts the source element), and the scatters:
scatter/scatter_add/scatter_reduce/index_put (scf.for loop nests over the
index tensor carrying the destination tensor, tensor.extract/insert per
element: later writes win, as on torch's CPU kernels).

Index tensors are int64 or int32 (sign-extended to `index`); a negative index
wraps around once (i + size), as torch's does. A boolean mask (the only index,
x[mask] / x[:, mask], and masked_select) has a data-dependent result size:
the selected elements are counted first, then copied by an scf.for/scf.if
loop."""

from __future__ import annotations

from typing import Callable, Sequence

import torch
from mlir import ir
from mlir.dialects import arith, scf, tensor

from ..registry import Unsupported, rule
from .common import (DYN, PARALLEL, affine_map, as_index, convert_scalar, dim, dims,
                     dims_and_dim, element_type, empty, fill, generic, icmp, identity_map, iprod,
                     is_float, is_unsigned, list_dtypes, norm_dim, replaced_at, result_dims,
                     scalar_constant, shape, tensor_type, to_index, to_scalar, wrap_index)
from .views import extract, extract_slice, gather_generic, insert_slice


def _index_value(v: ir.Value, size, wrap: bool = True) -> ir.Value:
    """An element of an index tensor as a wrapped `index` value, checked at
    run time to be in range (cf.assert; torch raises an IndexError, and an
    unchecked out-of-range read is a wrong answer or a crash)."""
    from mlir.dialects import cf

    i = as_index(wrap_index(to_index(v), size) if wrap else to_index(v))
    inside = arith.CmpIOp(arith.CmpIPredicate.ult, i, as_index(size)).result
    cf.AssertOp(inside, "index out of range (torch raises IndexError)")
    # A failed assert is reported when the call returns; until then the loop
    # goes on, so it reads row 0 instead of outside the tensor.
    return arith.SelectOp(inside, i, as_index(0)).result


def _check_index_dtype(dt) -> None:
    if dt not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        if dt == torch.bool:
            raise Unsupported("a boolean mask with other indices is not supported")
        raise Unsupported(f"index tensors must be integers, got {dt}")
    if dt == torch.uint8:
        raise Unsupported("uint8 index tensors (masks) are not supported")


def loop_nest(ubs: Sequence, inits: Sequence[ir.Value],
              body: Callable[[list, list], Sequence[ir.Value]]) -> list:
    """Nested scf.for over [0, ub) for each of `ubs`, carrying `inits`;
    `body(ivs, carried)` returns the new carried values."""
    zero = arith.ConstantOp(ir.IndexType.get(), 0).result
    one = arith.ConstantOp(ir.IndexType.get(), 1).result

    def build(depth, ivs, carried):
        if depth == len(ubs):
            return list(body(ivs, carried))
        ub = ubs[depth]
        ub = arith.ConstantOp(ir.IndexType.get(), ub).result if isinstance(ub, int) \
            else to_index(ub)
        loop = scf.ForOp(zero, ub, one, list(carried))
        with ir.InsertionPoint(loop.body):
            res = build(depth + 1, ivs + [loop.induction_variable], list(loop.inner_iter_args))
            scf.YieldOp(res)
        return list(loop.results)

    return build(0, [], list(inits))


def insert(v: ir.Value, dest: ir.Value, idxs: Sequence) -> ir.Value:
    return tensor.InsertOp(v, dest, [to_index(i) if not isinstance(i, int) else
                                      arith.ConstantOp(ir.IndexType.get(), i).result
                                      for i in idxs]).result


# --- advanced indexing (index.Tensor / index_put) -------------------------------------


class _Advanced:
    """torch's advanced-indexing layout for `x[indices]` (indices: one
    optional tensor per leading dim): the index tensors broadcast to B; the
    result is x's dims with the indexed ones replaced by B, in place if the
    indexed dims are adjacent, else B first."""

    def __init__(self, n, x: ir.Value, indices: list, idx_dtypes: list):
        rank = tensor_type(x).rank
        if len(indices) > rank:
            raise Unsupported("too many indices")
        indices = list(indices) + [None] * (rank - len(indices))
        idx_dtypes = list(idx_dtypes) + [None] * (rank - len(idx_dtypes))
        self.x, self.rank = x, rank
        self.pos = [k for k, t in enumerate(indices) if t is not None]
        if not self.pos:
            raise Unsupported("no index tensors")
        self.tensors = [indices[k] for k in self.pos]
        for k in self.pos:
            dt = idx_dtypes[k]
            if dt is None:  # from a list not built by ListConstruct: by element type
                w = ir.IntegerType(tensor_type(indices[k]).element_type).width
                dt = {1: torch.bool, 8: torch.int8, 16: torch.int16, 32: torch.int32}.get(
                    w, torch.int64)
            _check_index_dtype(dt)
        shapes = [shape(t) for t in self.tensors]
        self.brank = max(len(s) for s in shapes)
        xd = dims(x)
        self.xd = xd
        # B's dims: static from an operand not of size 1, else dynamic from one.
        bdims = []
        for j in range(self.brank):
            found = 1
            for t, s in zip(self.tensors, shapes):
                jj = j - (self.brank - len(s))
                if jj < 0 or s[jj] == 1:
                    continue
                if s[jj] != DYN:
                    found = s[jj]
                    break
                found = dim(t, jj)
            bdims.append(found)
        adjacent = self.pos == list(range(self.pos[0], self.pos[-1] + 1))
        self.bstart = self.pos[0] if adjacent else 0
        rest = [k for k in range(rank) if k not in self.pos]
        if adjacent:
            before = [k for k in rest if k < self.pos[0]]
            after = [k for k in rest if k > self.pos[-1]]
            self.out = [xd[k] for k in before] + bdims + [xd[k] for k in after]
            self.rest_pos = {k: i for i, k in enumerate(before)}
            self.rest_pos.update({k: len(before) + self.brank + i for i, k in enumerate(after)})
        else:
            self.out = bdims + [xd[k] for k in rest]
            self.rest_pos = {k: self.brank + i for i, k in enumerate(rest)}
        self.out_rank = len(self.out)
        self.shapes = shapes

    def index_maps(self) -> list[ir.AffineMap]:
        """Maps from the result's loop dims to each index tensor."""
        maps = []
        for s in self.shapes:
            lead = self.brank - len(s)
            exprs = []
            for jj, size in enumerate(s):
                j = lead + jj
                bsize = self.out[self.bstart + j]
                exprs.append(("c", 0) if size == 1 and bsize != 1 else self.bstart + j)
            maps.append(affine_map(self.out_rank, exprs))
        return maps

    def source(self, idxs: Sequence, index_values: Sequence) -> list:
        """x's indices for result indices `idxs`, given the index tensors'
        elements at that point."""
        src = [None] * self.rank
        for k, v in zip(self.pos, index_values):
            src[k] = _index_value(v, self.xd[k])
        for k, p in self.rest_pos.items():
            src[k] = idxs[p]
        return src


@rule("torch.aten.index.Tensor", "torch.aten.index.Tensor_hacked_twin")
def index_tensor(cx, n):
    x = n.operands[0]
    dts = list_dtypes(n, 1)
    mask = _bool_mask(n.operands[1], dts)
    if mask is not None:
        return _mask_select(x, *mask)
    adv = _Advanced(n, x, n.operands[1], dts)
    out = result_dims(n, adv.out)

    def body(idxs, *vals):
        return extract(x, adv.source(idxs, vals))

    return gather_generic(out, tensor_type(x).element_type, body, adv.tensors, adv.index_maps())


def _bool_mask(indices, dts):
    """(position, mask) when the indices are one boolean mask (after Nones)."""
    pos = [k for k, t in enumerate(indices) if t is not None]
    if len(pos) != 1:
        return None
    t = indices[pos[0]]
    dt = dts[pos[0]] if pos[0] < len(dts) else None
    if dt == torch.bool or (dt is None and str(tensor_type(t).element_type) == "i1"):
        return pos[0], t
    return None


def _mask_select(x: ir.Value, p: int, mask: ir.Value) -> ir.Value:
    """x[:, ..., mask] (mask over dims p..p+k-1): the selected slices in
    row-major order, counted first (the result size is data-dependent)."""
    xd = dims(x)
    k = tensor_type(mask).rank
    if p + k > len(xd):
        raise Unsupported("the boolean mask has more dims than the indexed tensor")
    lead, trail = xd[:p], xd[p + k:]
    idx_t = ir.IndexType.get()
    zero = arith.ConstantOp(idx_t, 0).result
    one = arith.ConstantOp(idx_t, 1).result
    mdims = dims(mask)

    def count_body(ivs, c):
        m = extract(mask, ivs)
        return [arith.AddIOp(c[0], arith.SelectOp(m, one, zero).result).result]

    count = loop_nest(mdims, [zero], count_body)[0]
    out = empty(lead + [count] + trail, tensor_type(x).element_type)
    ones = [1] * len(xd)

    def body(ivs, c):
        acc, at = c
        cond = extract(mask, ivs)
        if_op = scf.IfOp(cond, [acc.type, idx_t], has_else=True)
        with ir.InsertionPoint(if_op.then_block):
            piece = extract_slice(x, [0] * p + list(ivs) + [0] * len(trail),
                                  lead + [1] * k + trail, ones, drop=range(p, p + k))
            new = insert_slice(piece, acc, [0] * p + [at] + [0] * len(trail),
                               lead + [1] + trail, [1] * (len(lead) + 1 + len(trail)))
            scf.YieldOp([new, arith.AddIOp(at, one).result])
        with ir.InsertionPoint(if_op.else_block):
            scf.YieldOp([acc, at])
        return list(if_op.results)

    return loop_nest(mdims, [out, zero], body)[0]


@rule("torch.aten.index_put", "torch.aten.index_put.hacked_twin", "torch.aten._index_put_impl",
      "torch.aten.index_put_", "torch.aten.index_put_.hacked_twin")
def index_put(cx, n):
    x, values = n.operands[0], n.operands[2]
    accumulate = n.const(3, "accumulate") if len(n.operands) > 3 else False
    dts = list_dtypes(n, 1)
    xdt, vdt = n.dtype(0), n.dtype(2)
    mask = _bool_mask(n.operands[1], dts)
    if mask is not None:
        return _mask_put(x, *mask, values, xdt, vdt, accumulate)
    adv = _Advanced(n, x, n.operands[1], dts)
    vs = shape(values)
    if len(vs) > adv.out_rank:
        raise Unsupported("values have more dims than the indexed result")
    voff = adv.out_rank - len(vs)
    out_s = [d if isinstance(d, int) else DYN for d in adv.out]

    def body(ivs, carried):
        acc = carried[0]
        vals = []
        for t, s in zip(adv.tensors, adv.shapes):
            lead = adv.brank - len(s)
            vals.append(extract(t, [0 if size == 1 and out_s[adv.bstart + lead + jj] != 1
                                    else ivs[adv.bstart + lead + jj]
                                    for jj, size in enumerate(s)]))
        v = extract(values, [0 if size == 1 and out_s[voff + j] != 1 else ivs[voff + j]
                             for j, size in enumerate(vs)])
        v = convert_scalar(v, vdt, xdt)
        dst = adv.source(ivs, vals)
        if accumulate:
            v = _combine("sum", xdt, extract(acc, dst), v)
        return [insert(v, acc, dst)]

    return loop_nest(adv.out, [x], body)[0]


def _mask_put(x, p, mask, values, xdt, vdt, accumulate):
    """x[:, ..., mask] = values (values broadcast to the selected slices,
    taken in row-major order): a loop over the mask, and for each selected
    position a loop over the slice."""
    xd = dims(x)
    k = tensor_type(mask).rank
    if p + k > len(xd):
        raise Unsupported("the boolean mask has more dims than the indexed tensor")
    lead, trail = xd[:p], xd[p + k:]
    vs = shape(values)
    voff = len(lead) + 1 + len(trail) - len(vs)
    if voff < 0:
        raise Unsupported("values have more dims than the selection")
    idx_t = ir.IndexType.get()
    zero = arith.ConstantOp(idx_t, 0).result
    one = arith.ConstantOp(idx_t, 1).result

    def outer(ivs, c):
        acc, at = c
        if_op = scf.IfOp(extract(mask, ivs), [acc.type, idx_t], has_else=True)
        with ir.InsertionPoint(if_op.then_block):
            def inner(jvs, c2):
                ridx = list(jvs[:p]) + [at] + list(jvs[p:])
                v = extract(values, [0 if size == 1 else ridx[voff + j]
                                     for j, size in enumerate(vs)])
                v = convert_scalar(v, vdt, xdt)
                dst = list(jvs[:p]) + list(ivs) + list(jvs[p:])
                if accumulate:
                    v = _combine("sum", xdt, extract(c2[0], dst), v)
                return [insert(v, c2[0], dst)]

            new = loop_nest(lead + trail, [acc], inner)[0]
            scf.YieldOp([new, arith.AddIOp(at, one).result])
        with ir.InsertionPoint(if_op.else_block):
            scf.YieldOp([acc, at])
        return list(if_op.results)

    return loop_nest(dims(mask), [x, zero], outer)[0]


# --- gathers ---------------------------------------------------------------------------


@rule("torch.aten.index_select")
def index_select(cx, n):
    x, idx = n.operands[0], n.operands[2]
    xd, d = dims_and_dim(n, x, 1)
    rank = len(xd)
    _check_index_dtype(n.dtype(2))
    if tensor_type(idx).rank > 1:
        raise Unsupported("index_select needs a 0-d or 1-d index")
    if rank == 0:
        return _index_select_0d(n, x, idx)
    out = replaced_at(xd, d, dims(idx)[0] if tensor_type(idx).rank == 1 else 1)
    imap = affine_map(rank, [d] if tensor_type(idx).rank == 1 else [])

    def body(idxs, i):
        src = list(idxs[:rank])
        src[d] = _index_value(i, xd[d], wrap=False)
        return extract(x, src)

    return gather_generic(result_dims(n, out), tensor_type(x).element_type, body, [idx], [imap])


def _index_select_0d(n, x, idx):
    """index_select of a 0-d tensor: itself, if the index holds one value,
    0 (checked at run time, as torch raises)."""
    from mlir.dialects import cf

    irank = tensor_type(idx).rank
    if irank == 1:
        count = dim(idx, 0)
        if isinstance(count, int):
            if count != 1:
                raise Unsupported(f"index_select of a 0-d tensor with {count} indices "
                                  "(torch raises: only 1 value)")
        else:
            cf.AssertOp(icmp("eq", count, 1), "index_select of a 0-d tensor needs 1 index")

    def body(idxs):
        _index_value(extract(idx, [0] * irank), 1, wrap=False)
        return extract(x, [])

    return gather_generic(result_dims(n, []), tensor_type(x).element_type, body)


@rule("torch.aten.embedding")
def embedding(cx, n):
    w, idx = n.operands[0], n.operands[1]
    _check_index_dtype(n.dtype(1))
    wd = dims(w)
    if len(wd) != 2:
        raise Unsupported("embedding weights must be 2-d")
    r = tensor_type(idx).rank
    out = dims(idx) + [wd[1]]

    def body(idxs, i):
        return extract(w, [_index_value(i, wd[0], wrap=False), idxs[r]])

    return gather_generic(result_dims(n, out), tensor_type(w).element_type, body, [idx],
                          [affine_map(r + 1, list(range(r)))])


@rule("torch.aten.gather")
def gather(cx, n):
    x, idx = n.operands[0], n.operands[2]
    xd = dims(x)
    rank = len(xd)
    _check_index_dtype(n.dtype(2))
    d = norm_dim(n.const(1, "dim"), rank)
    if tensor_type(idx).rank != rank:
        raise Unsupported("gather: index rank differs from the input rank")

    def body(idxs, i):
        src = list(idxs)
        if rank:
            src[d] = _index_value(i, xd[d], wrap=False)
        return extract(x, src)

    return gather_generic(result_dims(n, dims(idx)), tensor_type(x).element_type, body, [idx],
                          [identity_map(rank)])


@rule("torch.aten.take_along_dim")
def take_along_dim(cx, n):
    if n.operands[2] is None:
        raise Unsupported("take_along_dim without dim")
    x, idx = n.operands[0], n.operands[1]
    if len(shape(x)) != len(shape(idx)):
        raise Unsupported("take_along_dim: rank mismatch")
    xd = dims(x)
    rank = len(xd)
    d = norm_dim(n.const(2, "dim"), rank)
    if any(a != b and a != DYN and b != DYN for k, (a, b) in enumerate(
            zip(shape(x), shape(idx))) if k != d):
        raise Unsupported("take_along_dim with broadcasting")

    def body(idxs, i):
        src = list(idxs)
        src[d] = _index_value(i, xd[d])
        return extract(x, src)

    return gather_generic(result_dims(n, dims(idx)), tensor_type(x).element_type, body, [idx],
                          [identity_map(rank)])


# --- scatters ----------------------------------------------------------------------------


def _identity(reduce: str, dt: torch.dtype) -> ir.Value:
    elem = element_type(dt)
    if reduce in ("sum", "mean"):
        return scalar_constant(0, elem)
    if reduce == "prod":
        return scalar_constant(1, elem)
    if is_float(dt):
        v = float("-inf") if reduce == "amax" else float("inf")
        return scalar_constant(v, elem)
    if dt == torch.bool:
        return scalar_constant(reduce == "amin", elem)
    info = torch.iinfo(dt)
    v = info.min if reduce == "amax" else info.max
    if is_unsigned(dt) and v > 127:
        v -= 256
    return scalar_constant(v, elem)


def _combine(reduce: str, dt: torch.dtype, a: ir.Value, b: ir.Value) -> ir.Value:
    f = is_float(dt)
    if dt == torch.bool:
        if reduce in ("sum", "mean", "amax"):
            return arith.OrIOp(a, b).result
        return arith.AndIOp(a, b).result
    if reduce in ("sum", "mean"):
        return (arith.AddFOp if f else arith.AddIOp)(a, b).result
    if reduce == "prod":
        return (arith.MulFOp if f else arith.MulIOp)(a, b).result
    if reduce == "amax":
        if f:
            return arith.MaximumFOp(a, b).result
        return (arith.MaxUIOp if is_unsigned(dt) else arith.MaxSIOp)(a, b).result
    if reduce == "amin":
        if f:
            return arith.MinimumFOp(a, b).result
        return (arith.MinUIOp if is_unsigned(dt) else arith.MinSIOp)(a, b).result
    raise Unsupported(f"scatter reduction '{reduce}'")


_REDUCE_ALIASES = {"add": "sum", "multiply": "prod", "sum": "sum", "prod": "prod",
                   "mean": "mean", "amax": "amax", "amin": "amin"}


def scatter(n, x: ir.Value, d: int, idx: ir.Value, src, src_dtype, reduce: str | None,
            include_self: bool = True) -> ir.Value:
    """torch.scatter semantics over the index's extent: out = x; for each
    position p of idx, out[p with dim d = idx[p]] (op)= src[p]."""
    xdt = n.dtype(0)
    xd = dims(x)
    rank = len(xd)
    ubs = dims(idx)
    src_is_tensor = isinstance(src, ir.Value) and isinstance(src.type, ir.RankedTensorType)
    if not src_is_tensor:
        src_scalar = convert_scalar(src, src_dtype, xdt) if isinstance(src, ir.Value) else \
            scalar_constant(src, element_type(xdt))

    def dest(ivs):
        i = extract(idx, ivs)
        dst = list(ivs)
        if rank:
            dst[d] = _index_value(i, xd[d], wrap=False)
        return dst

    def value(ivs):
        if src_is_tensor:
            return convert_scalar(extract(src, ivs), src_dtype, xdt)
        return src_scalar

    acc = x
    if reduce is not None and not include_self:
        ident = _identity(reduce, xdt)
        acc = loop_nest(ubs, [acc], lambda ivs, c: [insert(ident, c[0], dest(ivs))])[0]
    if reduce == "mean":
        elem = element_type(xdt)
        count = fill(scalar_constant(1 if include_self else 0, elem), empty(xd, elem))
        one = scalar_constant(1, elem)

        def body(ivs, c):
            dst = dest(ivs)
            a = insert(_combine("sum", xdt, extract(c[0], dst), value(ivs)), c[0], dst)
            k = insert(_combine("sum", xdt, extract(c[1], dst), one), c[1], dst)
            return [a, k]

        acc, count = loop_nest(ubs, [acc, count], body)
        return _mean_divide(acc, count, xdt)

    def body(ivs, c):
        dst = dest(ivs)
        v = value(ivs)
        if reduce is not None:
            v = _combine(reduce, xdt, extract(c[0], dst), v)
        return [insert(v, c[0], dst)]

    return loop_nest(ubs, [acc], body)[0]


def _mean_divide(acc, count, dt):
    rank = tensor_type(acc).rank
    elem = tensor_type(acc).element_type
    zero = scalar_constant(0, elem)
    one = scalar_constant(1, elem)

    def body(a, c, _):
        if is_float(dt):
            nz = arith.CmpFOp(arith.CmpFPredicate.ONE, c, zero).result
            c = arith.SelectOp(nz, c, one).result
            return arith.DivFOp(a, c).result
        nz = arith.CmpIOp(arith.CmpIPredicate.ne, c, zero).result
        c = arith.SelectOp(nz, c, one).result
        if is_unsigned(dt):
            return arith.DivUIOp(a, c).result
        return arith.FloorDivSIOp(a, c).result

    init = empty(dims(acc), elem)
    return generic([acc, count], [init], [identity_map(rank)] * 3, [PARALLEL] * rank, body)[0]


def _scatter_args(n):
    x = n.operands[0]
    rank = tensor_type(x).rank
    d = norm_dim(n.const(1, "dim"), rank)
    idx = n.operands[2]
    _check_index_dtype(n.dtype(2))
    if tensor_type(idx).rank != rank:
        raise Unsupported("scatter: index rank differs from the input rank")
    return x, d, idx


@rule("torch.aten.scatter.src", "torch.aten.scatter.value", "torch.aten.scatter_.src",
      "torch.aten.scatter_.value")
def scatter_rule(cx, n):
    x, d, idx = _scatter_args(n)
    return scatter(n, x, d, idx, n.operands[3], n.dtype(3) or _scalar_dt(n.operands[3]), None)


@rule("torch.aten.scatter.reduce", "torch.aten.scatter.value_reduce",
      "torch.aten.scatter_.reduce", "torch.aten.scatter_.value_reduce")
def scatter_reduce_legacy(cx, n):
    x, d, idx = _scatter_args(n)
    reduce = _REDUCE_ALIASES.get(n.const(4, "reduce"))
    if reduce not in ("sum", "prod"):
        raise Unsupported(f"scatter reduce '{n.operands[4]}'")
    return scatter(n, x, d, idx, n.operands[3], n.dtype(3) or _scalar_dt(n.operands[3]), reduce)


@rule("torch.aten.scatter_add", "torch.aten.scatter_add_")
def scatter_add(cx, n):
    x, d, idx = _scatter_args(n)
    return scatter(n, x, d, idx, n.operands[3], n.dtype(3), "sum")


@rule("torch.aten.scatter_reduce.two", "torch.aten.scatter_reduce_.two")
def scatter_reduce(cx, n):
    x, d, idx = _scatter_args(n)
    reduce = _REDUCE_ALIASES.get(n.const(4, "reduce"))
    if reduce is None:
        raise Unsupported(f"scatter_reduce '{n.operands[4]}'")
    include_self = n.const(5, "include_self") if len(n.operands) > 5 else True
    return scatter(n, x, d, idx, n.operands[3], n.dtype(3), reduce, include_self)


def _scalar_dt(v):
    from .common import scalar_dtype

    return scalar_dtype(v)


@rule("torch.aten.index_add")
def index_add(cx, n):
    # index_add(self, dim, index, source, alpha): self[.., index[i], ..] += source[.., i, ..]
    x, idx, src = n.operands[0], n.operands[2], n.operands[3]
    alpha = n.operands[4] if len(n.operands) > 4 else 1
    xd, d = dims_and_dim(n, x, 1)
    rank = len(xd)
    _check_index_dtype(n.dtype(2))
    xdt, sdt = n.dtype(0), n.dtype(3)
    # source * alpha, in self's dtype (alpha may be a run-time scalar).
    scale = None if not isinstance(alpha, ir.Value) and alpha == 1 else \
        to_scalar(cx, alpha, xdt)

    def body(ivs, c):
        dst = list(ivs)
        if rank:
            dst[d] = _index_value(extract(idx, [ivs[d]] if tensor_type(idx).rank else []),
                                  xd[d], wrap=False)
        v = convert_scalar(extract(src, ivs), sdt, xdt)
        if scale is not None:
            v = _combine("prod", xdt, v, scale)
        return [insert(_combine("sum", xdt, extract(c[0], dst), v), c[0], dst)]

    return loop_nest(dims(src), [x], body)[0]



@rule("torch.aten.masked_select")
def masked_select(cx, n):
    """The elements of x where mask (both broadcast together), as 1-d."""
    from .views import broadcast, reshape

    x, mask = n.operands[0], n.operands[1]
    if n.dtype(1) != torch.bool:
        raise Unsupported("masked_select needs a bool mask")
    xs, ms = shape(x), shape(mask)
    xd, md = dims(x), dims(mask)
    rank = max(len(xs), len(ms))
    out = []
    for j in range(rank):
        a = xs[j - rank + len(xs)] if j - rank + len(xs) >= 0 else 1
        b = ms[j - rank + len(ms)] if j - rank + len(ms) >= 0 else 1
        if a == 1 and j - rank + len(ms) >= 0:
            out.append(md[j - rank + len(ms)])
        elif j - rank + len(xs) >= 0:
            out.append(xd[j - rank + len(xs)])
        else:
            out.append(b)
    x, mask = broadcast(x, out), broadcast(mask, out)
    if rank == 0:
        x = reshape(x, [1], [])
        mask = reshape(mask, [1], [])
    return _mask_select(x if rank <= 1 else reshape(x, [iprod(out)], [(list(range(rank)), [0])]),
                        0, mask if rank <= 1 else reshape(
                            mask, [iprod(out)], [(list(range(rank)), [0])]))
