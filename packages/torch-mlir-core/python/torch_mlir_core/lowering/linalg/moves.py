"""Ops that move elements by index arithmetic: flip/roll, padding (constant,
reflect, replicate, circular), repeat/tile, as_strided, unfold, diagonal and
nearest upsampling. Each is a linalg.generic whose body computes the source
index of every output element and extracts it (`gather_generic` of views.py),
or slices and inserts (constant padding)."""

from __future__ import annotations

import math as pymath
from typing import Sequence

from mlir import ir
from mlir.dialects import arith, linalg, tensor

from ..registry import Unsupported, rule
from .common import (DYN, as_i64, dims, dims_and_dim, empty, iadd, icmp, ifloordiv, imax, imin,
                     imod, imul, is_static, iselect, isub, norm_dim, op_result, replaced_at,
                     result_dims, shape, static_of, tensor_type, to_index, to_scalar)
from .views import dyn_split, extract, extract_slice, gather_generic, numel, reshape




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
    if any(is_static(d) and d == 0 for d in xd):
        return x  # nothing to move: torch returns the empty tensor as it is
    # A size 0 known only at run time: the loop never runs, and the shift is
    # taken modulo max(size, 1) so that nothing divides by zero before it.
    sizes = {d: imax(xd[d], 1) for d in by}
    # source index = (i - shift) mod size = (i + (size - shift mod size)) mod size
    back = {d: isub(sizes[d], imod(s, sizes[d])) for d, s in by.items()}

    def body(idxs):
        return extract(x, [imod(iadd(i, back[k]), sizes[k]) if k in back else i
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
    dl, sl = dyn_split(lows, DYN)
    dh, sh = dyn_split(highs, DYN)
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


def _check_pads(xd, pairs, mode: str) -> None:
    """Pads torch rejects for a static dim (they would read outside x)."""
    for d, (lo, hi) in pairs.items():
        size = xd[d]
        if not all(isinstance(v, int) for v in (size, lo, hi)):
            continue
        if mode == "reflect" and max(lo, hi) >= size:
            raise Unsupported(f"reflection padding {lo}/{hi} of dim {d} (size {size}): "
                              f"torch requires pads smaller than the dim")
        if mode == "circular" and max(lo, hi) > size:
            raise Unsupported(f"circular padding {lo}/{hi} of dim {d} (size {size}) wraps "
                              f"around more than once")
        if mode == "replicate" and size == 0 and max(lo, hi) > 0:
            raise Unsupported(f"replication padding of dim {d} of size 0")


def index_pad(x, pairs, mode: str, n=None):
    xd = dims(x)
    _check_pads(xd, pairs, mode)
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
    b = op_result(linalg.broadcast(x, outs=[init], dimensions=added))
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
            and pymath.prod(sizes) == pymath.prod(xs):
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
    xd, d = dims_and_dim(n, x, 1, "dimension")
    rank = len(xd)
    size, step = n.const(2, "size"), n.const(3, "step")
    if step <= 0:
        raise Unsupported("unfold step must be positive")
    if rank == 0:  # one window of `size` (0 or 1) elements, as torch's
        if size > 1:
            raise Unsupported(f"unfold of a 0-d tensor with size {size} (torch raises)")
        return gather_generic(result_dims(n, [size]), tensor_type(x).element_type,
                              lambda idxs: extract(x, []))
    count = iadd(ifloordiv(isub(xd[d], size), step), 1)
    out = replaced_at(xd, d, count) + [size]

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
