"""Convolutions: aten.convolution (what torch.export leaves) and the
undecomposed forms (_convolution, conv1d/2d/3d, their 'same'/'valid'
padding overloads, conv_transpose1d/2d/3d).

Zero padding is a tensor.pad; the product is a linalg named op:
conv_{1d_ncw_fcw,2d_nchw_fchw,3d_ncdhw_fcdhw} (groups == 1),
depthwise_conv_{1d_ncw_cw,2d_nchw_chw,3d_ncdhw_cdhw} (one filter per input
channel), conv_2d_ngchw_gfchw (groups; 1-D grouped convs run as 2-D ones
with a unit height), and a linalg.generic for grouped 3-D convs. The
accumulator starts as the bias broadcast (or zeros), in f32 for f16/bf16.
A transposed conv is a stride-1 conv of the input dilated by the stride
(tensor.insert_slice with strides into zeros) and padded by
dilation*(k-1)-padding (+ output_padding at the end), with the weights
flipped and their in/out channels swapped per group (one linalg.generic)."""

from __future__ import annotations

from typing import Sequence

import torch
from mlir import ir
from mlir.dialects import arith, linalg, tensor

from ..registry import Unsupported, rule
from .common import (PARALLEL, REDUCTION, acc_dtype, affine_map, as_index, collapse, convert_scalar,
                     convert_tensor, dims, element_type, empty, expand, generic, iadd, identity_map,
                     ifloordiv, imul, is_float, isub, named, rank, scalar_constant, static_sizes,
                     tensor_type, zeros)

def check_window_args(*, kernel=None, stride=None, dilation=None, padding=None,
                      output_padding=None) -> None:
    """Windowed-op arguments torch rejects: kernel/stride/dilation < 1,
    padding < 0 (constants; run-time values are not checked)."""
    for name, values, low in (("kernel_size", kernel, 1), ("stride", stride, 1),
                              ("dilation", dilation, 1), ("padding", padding, 0),
                              ("output_padding", output_padding, 0)):
        for v in values or ():
            if isinstance(v, int) and not low <= v < 2**62:
                raise Unsupported(f"{name} {list(values)}: each must be in [{low}, 2**62)")


def window_out_size(size, k, s, d, lo, hi, ceil_mode=False, pad_l=None):
    """torch's pooling/conv output size: (size + lo + hi - d*(k-1) - 1) / s + 1
    rounded down (up with ceil_mode, where a window starting past the input
    plus its left padding `pad_l` is dropped)."""
    span = d * (k - 1) + 1
    num = isub(iadd(size, lo + hi), span)
    if not ceil_mode:
        return iadd(ifloordiv(num, s), 1)
    out = iadd(ifloordiv(iadd(num, s - 1), s), 1)
    pad_l = lo if pad_l is None else pad_l
    if isinstance(out, int) and isinstance(size, int):
        return out - 1 if (out - 1) * s >= size + pad_l else out
    last = imul(isub(out, 1), s)
    drop = arith.CmpIOp(arith.CmpIPredicate.sge, as_index(last),
                        as_index(iadd(size, pad_l))).result
    return arith.SelectOp(drop, as_index(isub(out, 1)), as_index(out)).result


def pick_sizes(computed: Sequence, static: Sequence[int]) -> list:
    """The result type's static sizes where known, else the computed ones."""
    return [s if s != -1 else c for c, s in zip(computed, static)]


# --- tensor helpers -----------------------------------------------------------------


def pad(x: ir.Value, lo: Sequence, hi: Sequence, value: ir.Value) -> ir.Value:
    """tensor.pad of every dim by lo/hi (ints or index values) with `value`."""
    if all(isinstance(v, int) and v == 0 for v in list(lo) + list(hi)):
        return x
    t = tensor_type(x)
    dyn = ir.ShapedType.get_dynamic_size()
    sizes = []
    for i in range(t.rank):
        if t.is_dynamic_dim(i) or not isinstance(lo[i], int) or not isinstance(hi[i], int):
            sizes.append(dyn)
        else:
            sizes.append(t.get_dim_size(i) + lo[i] + hi[i])
    if any(s != dyn and not 0 <= s < 2**63 - 1 for s in sizes):
        raise Unsupported(f"padding {list(lo)}/{list(hi)} gives a size outside int64")
    rt = ir.RankedTensorType.get(sizes, t.element_type)
    op = tensor.PadOp(rt, x, [as_index(v) for v in lo if not isinstance(v, int)],
                      [as_index(v) for v in hi if not isinstance(v, int)],
                      static_sizes(lo), static_sizes(hi))
    block = op.regions[0].blocks.append(*([ir.IndexType.get()] * t.rank))
    with ir.InsertionPoint(block):
        tensor.YieldOp(value)
    return op.result


def i64_elements(values: Sequence[int]) -> ir.Attribute:
    return ir.Attribute.parse(f"dense<[{', '.join(str(int(v)) for v in values)}]> : "
                              f"tensor<{len(values)}xi64>")


def expand_list(v, nsp: int, what: str) -> list[int]:
    v = list(v)
    if any(not isinstance(e, int) for e in v):
        raise Unsupported(f"{what} must be constant ints")
    if len(v) == 1 and nsp > 1:
        v = v * nsp
    if len(v) != nsp:
        raise Unsupported(f"{what} has {len(v)} entries for {nsp} spatial dims")
    return v


# --- convolution --------------------------------------------------------------------

_CONV = {1: linalg.Conv1DNcwFcwOp, 2: linalg.Conv2DNchwFchwOp, 3: linalg.Conv3DNcdhwFcdhwOp}
_DEPTHWISE = {1: linalg.DepthwiseConv1DNcwCwOp, 2: linalg.DepthwiseConv2DNchwChwOp,
              3: linalg.DepthwiseConv3DNcdhwCdhwOp}


def _bias_init(bias, bias_dt, out_dims, acc):
    """The accumulator's initial value: bias broadcast along dim 1, or 0."""
    if bias is None:
        return zeros(out_dims, acc)
    r = len(out_dims)
    init = empty(out_dims, element_type(acc))
    return generic([bias], [init], [affine_map(r, [1]), identity_map(r)], [PARALLEL] * r,
                   lambda b, _o: convert_scalar(b, bias_dt, acc))[0]


def _flip_weight(w, groups: int):
    """Transposed-conv weight [Cin, Cout/G, k..] -> conv weight
    [Cout, Cin/G, k..] flipped in every spatial dim."""
    t = tensor_type(w)
    if any(t.is_dynamic_dim(i) for i in range(t.rank)):
        raise Unsupported("transposed convolution with a dynamic weight shape")
    cin, fg, *ks = t.shape
    cg = cin // groups
    r = t.rank
    d = [ir.AffineDimExpr.get(i) for i in range(r)]
    if groups == 1:
        c_expr, f_expr = d[1], d[0]
    else:
        c_expr = ir.AffineAddExpr.get(d[1], ir.AffineMulExpr.get(
                ir.AffineFloorDivExpr.get(d[0], ir.AffineConstantExpr.get(fg)),
                ir.AffineConstantExpr.get(cg)))
        f_expr = ir.AffineModExpr.get(d[0], ir.AffineConstantExpr.get(fg))
    flips = [ir.AffineAddExpr.get(ir.AffineConstantExpr.get(k - 1),
                                  ir.AffineMulExpr.get(d[2 + i], ir.AffineConstantExpr.get(-1)))
             for i, k in enumerate(ks)]
    in_map = ir.AffineMap.get(r, 0, [c_expr, f_expr] + flips)
    init = empty([fg * groups, cg] + ks, t.element_type)
    return generic([w], [init], [in_map, identity_map(r)], [PARALLEL] * r,
                   lambda v, _o: v)[0]


def _dilate_and_pad(x, strides, lo, hi, zero):
    """x with (stride-1) zeros between elements of every spatial dim and
    lo/hi zeros at the ends (negative lo/hi crop)."""
    nsp = len(strides)
    if all(s == 1 for s in strides) and all(v >= 0 for v in lo + hi):
        return pad(x, [0, 0] + list(lo), [0, 0] + list(hi), zero)
    xd = dims(x)
    plo = [max(v, 0) for v in lo]
    phi = [max(v, 0) for v in hi]
    full = xd[:2] + [iadd(iadd(imul(isub(xd[2 + i], 1), strides[i]), 1), plo[i] + phi[i])
                     for i in range(nsp)]
    dest = named(linalg.FillOp, [zero], empty(full, tensor_type(x).element_type))
    dyn_sizes = [as_index(v) for v in xd if not isinstance(v, int)]
    r = tensor.InsertSliceOp(x, dest, [], dyn_sizes, [], [0, 0] + plo, static_sizes(xd),
                             [1, 1] + list(strides)).result
    if all(v >= 0 for v in lo + hi):
        return r
    crop_lo = [max(-v, 0) for v in lo]
    crop_hi = [max(-v, 0) for v in hi]
    sizes = full[:2] + [isub(full[2 + i], crop_lo[i] + crop_hi[i]) for i in range(nsp)]
    t = tensor_type(r)
    rt = ir.RankedTensorType.get(static_sizes(sizes), t.element_type)
    return tensor.ExtractSliceOp(rt, r, [], [as_index(v) for v in sizes if not isinstance(v, int)],
                                 [], [0, 0] + crop_lo, static_sizes(sizes), [1] * t.rank).result


def _grouped_generic(x5, w5, init5, strides, dilations, in_dt, acc):
    """out[n,g,f,o..] += x[n,g,c,o*s+k*d..] * w[g,f,c,k..] for any rank."""
    nsp = len(strides)
    nl = 4 + 2 * nsp  # n, g, f, o.., c, k..
    o = [3 + i for i in range(nsp)]
    c = 3 + nsp
    k = [4 + nsp + i for i in range(nsp)]
    x_exprs = [ir.AffineDimExpr.get(0), ir.AffineDimExpr.get(1), ir.AffineDimExpr.get(c)]
    for i in range(nsp):
        x_exprs.append(ir.AffineAddExpr.get(
            ir.AffineMulExpr.get(ir.AffineDimExpr.get(o[i]), ir.AffineConstantExpr.get(strides[i])),
            ir.AffineMulExpr.get(ir.AffineDimExpr.get(k[i]),
                                 ir.AffineConstantExpr.get(dilations[i]))))
    maps = [affine_map(nl, x_exprs), affine_map(nl, [1, 2, c] + k), affine_map(nl, [0, 1, 2] + o)]
    iters = [PARALLEL] * (3 + nsp) + [REDUCTION] * (1 + nsp)

    def body(xv, wv, acc_v):
        xv, wv = convert_scalar(xv, in_dt, acc), convert_scalar(wv, in_dt, acc)
        if is_float(acc):
            return arith.AddFOp(acc_v, arith.MulFOp(xv, wv).result).result
        return arith.AddIOp(acc_v, arith.MulIOp(xv, wv).result).result

    return generic([x5, w5], [init5], maps, iters, body)[0]


def _padding(padding, stride, dilation, w, nsp):
    """(low, high) padding per spatial dim: a list, or 'valid'/'same'."""
    if isinstance(padding, str):
        if padding == "valid":
            padding = [0] * nsp
        elif padding == "same":
            if any(s != 1 for s in stride):
                raise Unsupported("padding='same' with a stride other than 1")
            wt = tensor_type(w)
            if any(wt.is_dynamic_dim(2 + i) for i in range(nsp)):
                raise Unsupported("padding='same' with dynamic kernel sizes")
            total = [dilation[i] * (wt.get_dim_size(2 + i) - 1) for i in range(nsp)]
            lo = [t // 2 for t in total]
            return lo, [t - a for t, a in zip(total, lo)]
        else:
            raise Unsupported(f"padding='{padding}'")
    padding = expand_list(padding, nsp, "padding")
    return padding, padding


def _grouped_conv(x, w, init, xd, wd, out_dims, groups, stride, dilation, in_dt, acc, attrs):
    """A grouped (not depthwise) convolution: channels split into `groups`,
    a linalg grouped conv (2-D; 1-D as 2-D of height 1) or a generic (3-D)."""
    nsp = len(xd) - 2
    cin = xd[1]
    cg, fg = cin // groups, wd[0] // groups
    split = [[0], [1, 2]] + [[i] for i in range(3, 3 + nsp)]
    x5 = expand(x, split, [xd[0], groups, cg] + xd[2:])
    w5 = expand(w, [[0, 1]] + [[i] for i in range(2, 3 + nsp)], [groups, fg] + wd[1:])
    init5 = expand(init, split, [out_dims[0], groups, fg] + out_dims[2:])
    if nsp == 2:
        r5 = named(linalg.Conv2DNgchwGfchwOp, [x5, w5], init5, **attrs)
    elif nsp == 1:
        # As a 2-D grouped conv of height 1.
        x6 = expand(x5, [[0], [1], [2], [3, 4]], [xd[0], groups, cg, 1, xd[2]])
        w6 = expand(w5, [[0], [1], [2], [3, 4]], [groups, fg, cg, 1, wd[2]])
        i6 = expand(init5, [[0], [1], [2], [3, 4]],
                    [out_dims[0], groups, fg, 1, out_dims[2]])
        r6 = named(linalg.Conv2DNgchwGfchwOp, [x6, w6], i6,
                   strides=i64_elements([1] + stride),
                   dilations=i64_elements([1] + dilation))
        r5 = collapse(r6, [[0], [1], [2], [3, 4]])
    else:
        r5 = _grouped_generic(x5, w5, init5, stride, dilation, in_dt, acc)
    return collapse(r5, [[0], [1, 2]] + [[i] for i in range(3, 3 + nsp)])


def _check_transposed_sizes(sizes, ks, stride, dilation, lo, hi, output_padding):
    """torch rejects a transposed convolution of an input with a zero-size
    spatial dim (but for zero batch or channels), and one whose output would
    have a size < 1 (static input sizes)."""
    for i, size in enumerate(sizes):
        if not isinstance(size, int):
            continue
        if size == 0:
            shown = [v if isinstance(v, int) else "?" for v in sizes]
            raise Unsupported(f"transposed convolution of an input with a zero-size spatial "
                              f"dim (spatial sizes {shown}): torch rejects it")
        out = (size - 1) * stride[i] - lo[i] - hi[i] + dilation[i] * (ks[i] - 1) + \
            output_padding[i] + 1
        if out < 1:
            raise Unsupported(f"transposed convolution whose output size would be {out} "
                              f"(spatial dim {i}): torch rejects it")


def conv_value(cx, n, x, w, bias, stride, padding, dilation, transposed, output_padding,
               groups):
    """The convolution `n` computes, as a builtin tensor of its result type."""
    in_dt, out_dt = n.dtype(0), n.result_dtype()
    if n.dtype(1) != in_dt:
        raise Unsupported(f"input and weight of different dtypes ({in_dt}, {n.dtype(1)})")
    if in_dt == torch.bool:
        raise Unsupported("convolution of bool tensors (torch does not implement it)")
    acc = acc_dtype(out_dt)
    nsp = rank(w) - 2
    if nsp not in (1, 2, 3):
        raise Unsupported(f"{nsp}-D convolution")
    check_window_args(stride=stride, dilation=dilation,
                      padding=None if isinstance(padding, str) else padding,
                      output_padding=output_padding)
    if not isinstance(groups, int):
        raise Unsupported("groups must be a constant")
    stride = expand_list(stride, nsp, "stride")
    dilation = expand_list(dilation, nsp, "dilation")
    unbatched = rank(x) == nsp + 1
    if unbatched:
        x = expand(x, [[0, 1]] + [[i] for i in range(2, nsp + 2)], [1] + dims(x))
    elem = tensor_type(x).element_type
    zero = scalar_constant(0, elem)
    lo, hi = _padding(padding, stride, dilation, w, nsp)
    if transposed:
        output_padding = expand_list(output_padding, nsp, "output_padding")
        wt = tensor_type(w)
        if any(wt.is_dynamic_dim(i) for i in range(wt.rank)):
            raise Unsupported("transposed convolution with a dynamic weight shape")
        ks = [wt.get_dim_size(2 + i) for i in range(nsp)]
        _check_transposed_sizes(dims(x)[2:], ks, stride, dilation, lo, hi, output_padding)
        lo = [dilation[i] * (ks[i] - 1) - lo[i] for i in range(nsp)]
        hi = [dilation[i] * (ks[i] - 1) - hi[i] + output_padding[i] for i in range(nsp)]
        w = _flip_weight(w, groups)
        x = _dilate_and_pad(x, stride, lo, hi, zero)
        stride = [1] * nsp
    else:
        x = pad(x, [0, 0] + list(lo), [0, 0] + list(hi), zero)
    wt = tensor_type(w)
    xd, wd = dims(x), dims(w)
    computed = [xd[0], wd[0]]
    for i in range(nsp):
        span = iadd(imul(isub(wd[2 + i], 1), dilation[i]), 1)
        computed.append(iadd(ifloordiv(isub(xd[2 + i], span), stride[i]), 1))
    static = list(n.result_sizes())
    if unbatched:
        static = [1] + static
    out_dims = pick_sizes(computed, static)
    init = _bias_init(bias, n.dtype(2) if bias is not None else None, out_dims, acc)
    attrs = dict(strides=i64_elements(stride), dilations=i64_elements(dilation))
    cin = xd[1]
    if groups == 1:
        r = named(_CONV[nsp], [x, w], init, **attrs)
    elif not isinstance(cin, int) or not isinstance(wd[0], int):
        raise Unsupported("grouped convolution with a dynamic channel count")
    elif groups == cin and wd[0] == cin and wd[1] == 1:
        w2 = collapse(w, [[0, 1]] + [[i] for i in range(2, 2 + nsp)])
        r = named(_DEPTHWISE[nsp], [x, w2], init, **attrs)
    else:
        r = _grouped_conv(x, w, init, xd, wd, out_dims, groups, stride, dilation, in_dt, acc,
                          attrs)
    r = convert_tensor(r, acc, out_dt)
    if unbatched:
        r = collapse(r, [[0, 1]] + [[i] for i in range(2, 2 + nsp)])
    return r


@rule("torch.aten.convolution", "torch.aten._convolution", "torch.aten._convolution.deprecated")
def convolution(cx, n):
    transposed = n.const(6, "transposed")
    return conv_value(cx, n, n.operands[0], n.operands[1], n.operands[2],
                      n.const_list(3, "stride"), n.const_list(4, "padding"),
                      n.const_list(5, "dilation"), transposed, n.const_list(7, "output_padding"),
                      n.const(8, "groups"))


@rule("torch.aten.conv1d", "torch.aten.conv2d", "torch.aten.conv3d",
      "torch.aten.conv1d.padding", "torch.aten.conv2d.padding", "torch.aten.conv3d.padding",
      "torch.aten._convolution_mode")
def conv_nd(cx, n):
    padding = n.operands[4]
    padding = padding if isinstance(padding, str) else n.const_list(4, "padding")
    return conv_value(cx, n, n.operands[0], n.operands[1], n.operands[2],
                      n.const_list(3, "stride"), padding, n.const_list(5, "dilation"), False,
                      None, n.const(6, "groups"))


@rule("torch.aten.conv_transpose1d", "torch.aten.conv_transpose2d.input",
      "torch.aten.conv_transpose3d.input")
def conv_transpose(cx, n):
    return conv_value(cx, n, n.operands[0], n.operands[1], n.operands[2],
                      n.const_list(3, "stride"), n.const_list(4, "padding"),
                      n.const_list(7, "dilation"), True, n.const_list(5, "output_padding"),
                      n.const(6, "groups"))
