"""Pooling: max_pool{1,2,3}d[_with_indices], avg_pool{1,2,3}d,
[_]adaptive_avg_pool{1,2,3}d, adaptive_max_pool{1,2,3}d.

Max/avg pooling pad the input with tensor.pad (-inf or the type's minimum
for max, 0 for avg; extra high padding for ceil_mode) and reduce with
linalg.pooling_{ncw,nchw}_{max,sum} (a linalg.generic for 3-D, unbatched
or unsigned inputs). Indices (the flat position in the input's spatial
dims, of the first maximum, or of a nan, as torch picks them) come from one
linalg.generic computing values and indices together, built only when the
indices are used. avg_pool divides in an epilogue generic by the window
size torch uses (count_include_pad, ceil_mode windows, divisor_override),
computed from the loop indices unless it is the same everywhere.
Adaptive pools whose output sizes divide the (static) input are regular
pools; otherwise a linalg.generic reduces over the largest window and reads
the input with tensor.extract inside the variable window
[floor(o*I/O), ceil((o+1)*I/O))."""

from __future__ import annotations


import torch
from mlir import ir
from mlir.dialects import arith, linalg, tensor

from ..registry import Unsupported, rule
from .common import (PARALLEL, REDUCTION, acc_dtype, affine_map, as_i64, as_index, convert_scalar,
                     dims, element_type, empty, filled, generic, identity_map, is_float,
                     is_unsigned, loop_index, lowest, named, rank, scalar_constant, tensor_type,
                     zeros)
from .conv import (check_window_args, expand_list, i64_elements, pad, pick_sizes,
                   window_out_size)

def _i64():
    return ir.IntegerType.get_signless(64)


def _c64(v: int) -> ir.Value:
    return arith.ConstantOp(_i64(), v).result


def _indices_used(n, i: int = 1) -> bool:
    return any(True for _ in n.op.results[i].uses)


def _params(n, nsp, kernel, stride, padding, dilation):
    kernel = expand_list(kernel, nsp, "kernel_size")
    stride = expand_list(stride, nsp, "stride") if stride else list(kernel)
    padding = expand_list(padding, nsp, "padding")
    dilation = expand_list(dilation, nsp, "dilation") if dilation is not None else [1] * nsp
    check_window_args(kernel=kernel, stride=stride, dilation=dilation, padding=padding)
    return kernel, stride, padding, dilation


def _lead(n, nsp) -> int:
    """The number of dims before the spatial ones (the channel, and the
    batch if any) of the input, whose rank the declared result shares."""
    r = rank(n.operands[0])
    if r - nsp not in (1, 2):
        raise Unsupported(f"an input of rank {r} for {nsp}-D pooling (torch takes rank "
                          f"{nsp + 1} or {nsp + 2})")
    out = n.result_sizes()
    if len(out) != r:
        raise Unsupported(f"the declared result has rank {len(out)}, the input rank {r}")
    return r - nsp


def _windows(x, xd, lead, nsp, kernel, stride, padding, dilation, ceil_mode, static_out,
             value):
    """Pads x (of sizes xd) for windowed pooling; returns (padded x, output
    spatial sizes)."""
    outs, his = [], []
    for i in range(nsp):
        size = xd[lead + i]
        o = window_out_size(size, kernel[i], stride[i], dilation[i], padding[i], padding[i],
                            ceil_mode)
        o = pick_sizes([o], [static_out[i]])[0]
        if ceil_mode:
            if isinstance(o, int) and isinstance(size, int):
                need = (o - 1) * stride[i] + dilation[i] * (kernel[i] - 1) + 1 - size - padding[i]
                hi = max(padding[i], need)
            else:
                hi = padding[i] + stride[i] - 1
        else:
            hi = padding[i]
        outs.append(o)
        his.append(hi)
    xp = pad(x, [0] * lead + list(padding), [0] * lead + his, value)
    return xp, outs


def _window_maps(lead, nsp, stride, dilation):
    """Loop dims: lead.., o.. (parallel), k.. (reduction); maps of the
    input, the window shape operand and the output."""
    nl = lead + 2 * nsp
    x_exprs = [ir.AffineDimExpr.get(i) for i in range(lead)]
    for i in range(nsp):
        x_exprs.append(ir.AffineAddExpr.get(
            ir.AffineMulExpr.get(ir.AffineDimExpr.get(lead + i),
                                 ir.AffineConstantExpr.get(stride[i])),
            ir.AffineMulExpr.get(ir.AffineDimExpr.get(lead + nsp + i),
                                 ir.AffineConstantExpr.get(dilation[i]))))
    return ([affine_map(nl, x_exprs), affine_map(nl, list(range(lead + nsp, nl))),
             affine_map(nl, list(range(lead + nsp)))],
            [PARALLEL] * (lead + nsp) + [REDUCTION] * nsp)


def _max(dt, a, b):
    if is_float(dt):
        return arith.MaximumFOp(a, b).result
    return (arith.MaxUIOp if is_unsigned(dt) else arith.MaxSIOp)(a, b).result


def _greater(dt, a, b):
    if is_float(dt):
        gt = arith.CmpFOp(arith.CmpFPredicate.OGT, a, b).result
        nan = arith.CmpFOp(arith.CmpFPredicate.UNO, a, a).result
        return arith.OrIOp(gt, nan).result
    return arith.CmpIOp(arith.CmpIPredicate.ugt if is_unsigned(dt) else arith.CmpIPredicate.sgt,
                        a, b).result


_NAMED_MAX = {1: linalg.PoolingNcwMaxOp, 2: linalg.PoolingNchwMaxOp}
_NAMED_SUM = {1: linalg.PoolingNcwSumOp, 2: linalg.PoolingNchwSumOp}


def _max_pool(cx, n, nsp, with_indices):
    x = n.operands[0]
    dt = n.dtype(0)
    if dt == torch.bool:
        raise Unsupported("max pooling of bool tensors (torch does not implement it)")
    kernel, stride, padding, dilation = _params(
        n, nsp, n.const_list(1, "kernel_size"), n.const_list(2, "stride"),
        n.const_list(3, "padding"), n.const_list(4, "dilation"))
    ceil_mode = n.const(5, "ceil_mode")
    lead = _lead(n, nsp)
    elem = element_type(dt)
    low = scalar_constant(lowest(dt), elem)
    static_out = n.result_sizes()[lead:]
    xd = dims(x)
    xp, outs = _windows(x, xd, lead, nsp, kernel, stride, padding, dilation, ceil_mode,
                        static_out, low)
    out_dims = xd[:lead] + outs
    window = empty(kernel, elem)
    if not with_indices and lead == 2 and nsp in _NAMED_MAX and not is_unsigned(dt):
        return named(_NAMED_MAX[nsp], [xp, window], filled(out_dims, low),
                     strides=i64_elements(stride), dilations=i64_elements(dilation))
    maps, iters = _window_maps(lead, nsp, stride, dilation)
    if not with_indices:
        return generic([xp, window], [filled(out_dims, low)], maps, iters,
                       lambda v, _w, o: _max(dt, v, o))[0]
    sizes = [as_i64(d) for d in xd[lead:]]
    maps.append(maps[-1])

    def body(v, _w, cur, cur_i):
        inb = None
        flat = None
        for i in range(nsp):
            o = arith.IndexCastOp(_i64(), loop_index(lead + i)).result
            k = arith.IndexCastOp(_i64(), loop_index(lead + nsp + i)).result
            pos = arith.AddIOp(arith.MulIOp(o, _c64(stride[i])).result,
                               arith.MulIOp(k, _c64(dilation[i])).result).result
            if padding[i]:
                pos = arith.SubIOp(pos, _c64(padding[i])).result
            ok = arith.AndIOp(
                arith.CmpIOp(arith.CmpIPredicate.sge, pos, _c64(0)).result,
                arith.CmpIOp(arith.CmpIPredicate.slt, pos, sizes[i]).result).result
            inb = ok if inb is None else arith.AndIOp(inb, ok).result
            flat = pos if flat is None else arith.AddIOp(
                arith.MulIOp(flat, sizes[i]).result, pos).result
        first = arith.CmpIOp(arith.CmpIPredicate.eq, cur_i, _c64(-1)).result
        take = arith.AndIOp(inb, arith.OrIOp(_greater(dt, v, cur), first).result).result
        return [arith.SelectOp(take, v, cur).result, arith.SelectOp(take, flat, cur_i).result]

    init_i = filled(out_dims, _c64(-1))
    vals, idx = generic([xp, window], [filled(out_dims, low), init_i], maps, iters, body)
    return vals, idx


def _max_pool_rule(nsp, with_indices):
    def lower(cx, n):
        if with_indices and not _indices_used(n):
            return _max_pool(cx, n, nsp, False), None
        return _max_pool(cx, n, nsp, with_indices)
    return lower


rule("torch.aten.max_pool1d")(_max_pool_rule(1, False))
rule("torch.aten.max_pool2d")(_max_pool_rule(2, False))
rule("torch.aten.max_pool3d")(_max_pool_rule(3, False))
rule("torch.aten.max_pool1d_with_indices")(_max_pool_rule(1, True))
rule("torch.aten.max_pool2d_with_indices")(_max_pool_rule(2, True))
rule("torch.aten.max_pool3d_with_indices")(_max_pool_rule(3, True))


# --- average pooling ------------------------------------------------------------------


def _sum_pool(xp, lead, nsp, out_dims, kernel, stride, dilation, dt, acc):
    window = empty(kernel, tensor_type(xp).element_type)
    init = zeros(out_dims, acc)
    if lead == 2 and nsp in _NAMED_SUM:
        return named(_NAMED_SUM[nsp], [xp, window], init, strides=i64_elements(stride),
                     dilations=i64_elements(dilation))
    maps, iters = _window_maps(lead, nsp, stride, dilation)

    def body(v, _w, o):
        v = convert_scalar(v, dt, acc)
        return (arith.AddFOp if is_float(acc) else arith.AddIOp)(o, v).result
    return generic([xp, window], [init], maps, iters, body)[0]


def _divide(s, acc, out_dt, divisor):
    """s / divisor(i64 value built in the body from loop indices) -> out_dt."""
    r = rank(s)
    init = empty(dims(s), element_type(out_dt))

    def body(v, _o):
        d = divisor()
        if is_float(acc):
            q = arith.DivFOp(v, arith.SIToFPOp(element_type(acc), d).result).result
        else:
            q = arith.DivSIOp(v, convert_scalar(d, torch.int64, acc)).result
        return convert_scalar(q, acc, out_dt)
    return generic([s], [init], [identity_map(r)] * 2, [PARALLEL] * r, body)[0]


def _avg_pool(cx, n, nsp):
    x = n.operands[0]
    dt, out_dt = n.dtype(0), n.result_dtype()
    if not is_float(dt) and dt != torch.int64:
        raise Unsupported(f"average pooling of {dt} (torch does not implement it)")
    kernel, stride, padding, _ = _params(
        n, nsp, n.const_list(1, "kernel_size"), n.const_list(2, "stride"),
        n.const_list(3, "padding"), None)
    ceil_mode = n.const(4, "ceil_mode")
    include_pad = n.const(5, "count_include_pad")
    override = n.const(6, "divisor_override") if len(n.operands) > 6 else None
    acc = acc_dtype(out_dt)
    lead = _lead(n, nsp)
    xd = dims(x)
    zero = scalar_constant(0, element_type(dt))
    xp, outs = _windows(x, xd, lead, nsp, kernel, stride, padding, [1] * nsp, ceil_mode,
                        n.result_sizes()[lead:], zero)
    s = _sum_pool(xp, lead, nsp, xd[:lead] + outs, kernel, stride, [1] * nsp, dt, acc)
    if override:
        return _divide(s, acc, out_dt, lambda: _c64(override))
    constant = True
    for i in range(nsp):
        size, o = xd[lead + i], outs[i]
        if not include_pad and padding[i]:
            constant = False
        elif ceil_mode:
            if not isinstance(size, int) or not isinstance(o, int):
                constant = False
            elif (o - 1) * stride[i] - padding[i] + kernel[i] > size + (
                    padding[i] if include_pad else 0):
                constant = False
    if constant:
        k = 1
        for v in kernel:
            k *= v
        return _divide(s, acc, out_dt, lambda: _c64(k))
    sizes = [as_i64(d) for d in xd[lead:]]

    def divisor():
        total = None
        for i in range(nsp):
            o = arith.IndexCastOp(_i64(), loop_index(lead + i)).result
            start = arith.SubIOp(arith.MulIOp(o, _c64(stride[i])).result,
                                 _c64(padding[i])).result
            end = arith.MinSIOp(arith.AddIOp(start, _c64(kernel[i])).result,
                                arith.AddIOp(sizes[i], _c64(padding[i])).result).result
            if not include_pad:
                start = arith.MaxSIOp(start, _c64(0)).result
                end = arith.MinSIOp(end, sizes[i]).result
            cnt = arith.SubIOp(end, start).result
            total = cnt if total is None else arith.MulIOp(total, cnt).result
        return total
    return _divide(s, acc, out_dt, divisor)


@rule("torch.aten.avg_pool1d")
def avg_pool1d(cx, n):
    return _avg_pool(cx, n, 1)


@rule("torch.aten.avg_pool2d")
def avg_pool2d(cx, n):
    return _avg_pool(cx, n, 2)


@rule("torch.aten.avg_pool3d")
def avg_pool3d(cx, n):
    return _avg_pool(cx, n, 3)


# --- adaptive pooling -------------------------------------------------------------------


def _adaptive_params(n, nsp):
    x = n.operands[0]
    out = expand_list(n.const_list(1, "output_size"), nsp, "output_size")
    lead = _lead(n, nsp)
    if any(o < 0 for o in out):
        raise Unsupported(f"output_size {out} has a negative size")
    return x, out, lead


def _even_kernel(x, lead, out):
    """Kernel sizes if every static input size divides by its output size."""
    t = tensor_type(x)
    ks = []
    for i, o in enumerate(out):
        if t.is_dynamic_dim(lead + i) or o <= 0 or t.get_dim_size(lead + i) % o:
            return None
        ks.append(t.get_dim_size(lead + i) // o)
    return ks


def _bounds(i_size, o_size: int, o_idx):
    """[start, end) of adaptive window o_idx (index values)."""
    so = arith.ConstantOp(ir.IndexType.get(), o_size).result
    start = arith.FloorDivSIOp(arith.MulIOp(o_idx, i_size).result, so).result
    one = arith.ConstantOp(ir.IndexType.get(), 1).result
    end = arith.CeilDivSIOp(arith.MulIOp(arith.AddIOp(o_idx, one).result, i_size).result,
                            so).result
    return start, end


def _max_window(size, o: int):
    """The largest adaptive window over an input of `size` (int or index)."""
    if o == 0:  # an empty output: no window
        return 1
    if isinstance(size, int) and o <= 4096:
        return max(-(-(j + 1) * size // o) - (j * size // o) for j in range(o))
    if isinstance(size, int):  # a bound (windows are masked): no loop over huge outputs
        return -(-size // o) + 1
    so = arith.ConstantOp(ir.IndexType.get(), o).result
    one = arith.ConstantOp(ir.IndexType.get(), 1).result
    return arith.AddIOp(arith.CeilDivSIOp(size, so).result, one).result


def _adaptive_generic(x, xd, lead, out, outs_init, body_fn):
    """A generic over lead.., o.. (parallel), k.. (reduction, up to the
    largest window) of x (of sizes xd); body_fn(in_window: i1, value,
    positions, *outs)."""
    nsp = len(out)
    sizes = [as_index(d) for d in xd[lead:]]
    kmax = [_max_window(xd[lead + i], out[i]) for i in range(nsp)]
    window = empty(kmax, tensor_type(x).element_type)
    nl = lead + 2 * nsp
    maps = [affine_map(nl, list(range(lead + nsp, nl)))] + \
        [affine_map(nl, list(range(lead + nsp)))] * len(outs_init)
    iters = [PARALLEL] * (lead + nsp) + [REDUCTION] * nsp

    def body(_w, *outs):
        ok = None
        positions = []
        for i in range(nsp):
            start, end = _bounds(sizes[i], out[i], loop_index(lead + i))
            pos = arith.AddIOp(start, loop_index(lead + nsp + i)).result
            inside = arith.CmpIOp(arith.CmpIPredicate.slt, pos, end).result
            ok = inside if ok is None else arith.AndIOp(ok, inside).result
            one = arith.ConstantOp(ir.IndexType.get(), 1).result
            positions.append(arith.MinSIOp(pos, arith.SubIOp(end, one).result).result)
        idx = [loop_index(i) for i in range(lead)] + positions
        v = tensor.ExtractOp(x, idx).result
        return body_fn(ok, v, positions, *outs)

    return generic([window], outs_init, maps, iters, body)


def _adaptive_avg(cx, n, nsp):
    x, out, lead = _adaptive_params(n, nsp)
    dt, out_dt = n.dtype(0), n.result_dtype()
    if not is_float(dt):
        raise Unsupported(f"adaptive average pooling of {dt} (torch does not implement it)")
    acc = acc_dtype(out_dt)
    xd = dims(x)
    out_dims = xd[:lead] + out
    ks = _even_kernel(x, lead, out)
    if ks is not None:
        s = _sum_pool(x, lead, nsp, out_dims, ks, ks, [1] * nsp, dt, acc)
        k = 1
        for v in ks:
            k *= v
        return _divide(s, acc, out_dt, lambda: _c64(k))

    def add(ok, v, _pos, o):
        v = convert_scalar(v, dt, acc)
        return arith.SelectOp(ok, arith.AddFOp(o, v).result, o).result

    s = _adaptive_generic(x, xd, lead, out, [zeros(out_dims, acc)], add)[0]
    sizes = [as_index(d) for d in xd[lead:]]

    def divisor():
        total = None
        for i in range(nsp):
            start, end = _bounds(sizes[i], out[i], loop_index(lead + i))
            cnt = arith.IndexCastOp(_i64(), arith.SubIOp(end, start).result).result
            total = cnt if total is None else arith.MulIOp(total, cnt).result
        return total
    return _divide(s, acc, out_dt, divisor)


def _adaptive_avg_rule(nsp):
    return lambda cx, n: _adaptive_avg(cx, n, nsp)


rule("torch.aten.adaptive_avg_pool1d")(_adaptive_avg_rule(1))
rule("torch.aten.adaptive_avg_pool2d", "torch.aten._adaptive_avg_pool2d")(_adaptive_avg_rule(2))
rule("torch.aten.adaptive_avg_pool3d", "torch.aten._adaptive_avg_pool3d")(_adaptive_avg_rule(3))


def _adaptive_max(cx, n, nsp):
    x, out, lead = _adaptive_params(n, nsp)
    dt = n.dtype(0)
    if not is_float(dt):
        raise Unsupported(f"adaptive max pooling of {dt} (torch does not implement it)")
    elem = element_type(dt)
    low = scalar_constant(lowest(dt), elem)
    xd = dims(x)
    out_dims = xd[:lead] + out
    ks = _even_kernel(x, lead, out)
    if ks is not None and not _indices_used(n) and lead == 2 and nsp in _NAMED_MAX:
        one = i64_elements([1] * nsp)
        return named(_NAMED_MAX[nsp], [x, empty(ks, elem)], filled(out_dims, low),
                     strides=i64_elements(ks), dilations=one), None
    sizes = [as_i64(d) for d in xd[lead:]]

    def take_max(ok, v, positions, cur, cur_i):
        flat = None
        for i, p in enumerate(positions):
            p = arith.IndexCastOp(_i64(), p).result
            flat = p if flat is None else arith.AddIOp(arith.MulIOp(flat, sizes[i]).result,
                                                       p).result
        first = arith.CmpIOp(arith.CmpIPredicate.eq, cur_i, _c64(-1)).result
        take = arith.AndIOp(ok, arith.OrIOp(_greater(dt, v, cur), first).result).result
        return [arith.SelectOp(take, v, cur).result, arith.SelectOp(take, flat, cur_i).result]

    vals, idx = _adaptive_generic(x, xd, lead, out, [filled(out_dims, low),
                                                 filled(out_dims, _c64(-1))], take_max)
    return vals, idx


def _adaptive_max_rule(nsp):
    return lambda cx, n: _adaptive_max(cx, n, nsp)


rule("torch.aten.adaptive_max_pool1d")(_adaptive_max_rule(1))
rule("torch.aten.adaptive_max_pool2d")(_adaptive_max_rule(2))
rule("torch.aten.adaptive_max_pool3d")(_adaptive_max_rule(3))

