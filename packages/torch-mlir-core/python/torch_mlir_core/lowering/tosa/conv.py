"""Convolution and pooling to TOSA. TOSA works in NHWC: the NCHW operand is
transposed in and the result out (weights OIHW -> OHWI for conv2d, and
[KH,KW,C,M] for tosa.depthwise_conv2d when groups == in_channels; other
groups are one conv2d per group, concatenated). 1-d ops
are 2-d ops with H = 1. TOSA requires the padded extent minus the window to
be a multiple of the stride: the excess rows/columns (which no output reads)
are trimmed from the bottom/right padding or input. avg_pool2d with
count_include_pad pads explicitly with zeros (TOSA's own padding is not
counted); ceil_mode adds bottom/right padding for the extra window."""

from __future__ import annotations

import numpy as np
import torch
from mlir import ir
from mlir.dialects import tosa

from ..registry import Unsupported, rule
from .common import (const, elem_of, is_float, needs_static, reshape, shape, shape_value,
                     tensor_of, transpose, zero)
from .views import slice_

T = "tosa"
NCHW_TO_NHWC = [0, 2, 3, 1]
NHWC_TO_NCHW = [0, 3, 1, 2]


def _pair(v, n_dims: int) -> list[int]:
    v = list(v) if isinstance(v, (list, tuple)) else [v]
    return v * n_dims if len(v) == 1 else v


def _fit(x_nhwc: ir.Value, pads: list[int], window: list[int], stride: list[int],
         ceil_mode: bool = False):
    """Padding (top, bottom, left, right) for which (extent - window) is a
    multiple of the stride, trimming the input where padding is not enough;
    with ceil_mode, extra bottom/right padding for a last partial window
    that starts inside the input or left padding (torch's rule)."""
    s = shape(x_nhwc)
    pads = list(pads)
    for k, axis in enumerate((1, 2)):
        size = s[axis]
        if size == -1:
            if stride[k] == 1 and not ceil_mode:
                continue  # every extent is a multiple of 1
            raise needs_static("a strided convolution or pooling window over a dynamic dim")
        lo, hi = pads[2 * k], pads[2 * k + 1]
        extent = size + lo + hi - window[k]
        rem = extent % stride[k]
        if ceil_mode and rem:
            out = -(-extent // stride[k]) + 1
            if (out - 1) * stride[k] >= size + lo:
                out -= 1
            need = (out - 1) * stride[k] + window[k] - (size + lo + hi)
            if need > 0:
                hi += need
            extent = size + lo + hi - window[k]
            rem = extent % stride[k]
        if rem:
            cut = min(rem, hi)
            hi -= cut
            rem -= cut
            if rem:
                sizes = list(shape(x_nhwc))
                sizes[axis] -= rem
                x_nhwc = slice_(x_nhwc, [0, 0, 0, 0], sizes)
        pads[2 * k], pads[2 * k + 1] = lo, hi
    return x_nhwc, pads


def _to_2d(x: ir.Value, n_dims: int):
    """NC[L] -> NC1L for 1-d ops."""
    if n_dims == 2:
        return x
    s = shape(x)
    return reshape(x, s[:2] + [1] + s[2:])


def _out_hw(x_nhwc, pads, window, stride, dilation):
    s = shape(x_nhwc)
    return [-1 if s[1 + k] == -1 else
            (s[1 + k] + pads[2 * k] + pads[2 * k + 1] - dilation[k] * (window[k] - 1) - 1)
            // stride[k] + 1 for k in range(2)]


@rule("torch.aten.convolution", "torch.aten.conv2d", "torch.aten.conv1d", target=T)
def convolution(cx, n):
    x, w, bias = n.operands[0], n.operands[1], n.operands[2]
    if not is_float(n.dtype(0)) or n.dtype(0) == torch.float64:
        raise Unsupported(f"convolution of {n.dtype(0)} (TOSA convolves floats with an f16/f32 "
                          "accumulator)")
    n_dims = len(shape(x)) - 2
    if n_dims not in (1, 2):
        raise Unsupported(f"{n_dims}-d convolution (TOSA conv2d; conv3d is not lowered)")
    stride = _pair(n.const_list(3, "stride"), n_dims)
    padding = _pair(n.const_list(4, "padding"), n_dims)
    dilation = _pair(n.const_list(5, "dilation"), n_dims)
    if n.name == "torch.aten.convolution":
        if n.const(6, "transposed"):
            return _transposed(n, x, w, bias, n_dims, stride, padding, dilation,
                               _pair(n.const_list(7, "output_padding"), n_dims),
                               n.const(8, "groups"))
        groups = n.const(8, "groups")
    else:
        groups = n.const(6, "groups")
    if n_dims == 1:
        stride, padding, dilation = [1] + stride, [0] + padding, [1] + dilation
    x, w = _to_2d(x, n_dims), _to_2d(w, n_dims)
    elem = elem_of(x)
    o, i_per_group, kh, kw = shape(w)
    c = shape(x)[1]
    if -1 in shape(w):
        raise needs_static("a convolution weight")
    if bias is None:
        bias = const(np.zeros([o]), elem, [o])
    xh = transpose(x, NCHW_TO_NHWC)
    pads = [padding[0], padding[0], padding[1], padding[1]]
    eff = [dilation[0] * (kh - 1) + 1, dilation[1] * (kw - 1) + 1]
    xh, pads = _fit(xh, pads, eff, stride)
    oh, ow = _out_hw(xh, pads, [kh, kw], stride, dilation)
    acc = ir.TypeAttr.get(ir.F32Type.get() if str(elem) in ("f16", "bf16", "f32") else elem)
    attrs = (ir.DenseI64ArrayAttr.get(pads), ir.DenseI64ArrayAttr.get(stride),
             ir.DenseI64ArrayAttr.get(dilation), acc)
    if groups == 1:
        wh = transpose(w, [0, 2, 3, 1])
        out = tosa.Conv2DOp(tensor_of([shape(xh)[0], oh, ow, o], elem), xh, wh, bias,
                            zero(elem), zero(elem), *attrs).result
    elif groups == c and i_per_group == 1:
        m = o // c
        wd = transpose(reshape(w, [c, m, kh, kw]), [2, 3, 0, 1])
        out = tosa.DepthwiseConv2DOp(tensor_of([shape(xh)[0], oh, ow, o], elem), xh, wd, bias,
                                     zero(elem), zero(elem), *attrs).result
    else:
        out = _grouped(xh, w, bias, groups, [shape(xh)[0], oh, ow], attrs)
    out = transpose(out, NHWC_TO_NCHW)
    return reshape(out, n.result_sizes())


def _transposed(n, x, w, bias, n_dims, stride, padding, dilation, out_pad, groups):
    """conv_transpose as tosa.transpose_conv2d: weight [IC,OC,KH,KW] ->
    [OC,KH,KW,IC]; torch's padding p and output_padding op are TOSA's
    out_pad (-p, -p + op) per dim."""
    if groups != 1 or any(d != 1 for d in dilation):
        raise Unsupported("transposed convolution with groups or dilation")
    if n_dims == 1:
        stride, padding, out_pad = [1] + stride, [0] + padding, [0] + out_pad
    x, w = _to_2d(x, n_dims), _to_2d(w, n_dims)
    elem = elem_of(x)
    ic, oc, kh, kw = shape(w)
    if bias is None:
        bias = const(np.zeros([oc]), elem, [oc])
    xh = transpose(x, NCHW_TO_NHWC)
    s = shape(xh)
    if -1 in s[1:3]:
        # (MLIR lowers tosa.transpose_conv2d by rewriting it into a conv2d
        # of a static, strided-padded input)
        raise needs_static("a transposed convolution over a dynamic dim")
    pads = [-padding[0], -padding[0] + out_pad[0], -padding[1], -padding[1] + out_pad[1]]
    oh, ow = [-1 if s[1 + k] == -1 else (s[1 + k] - 1) * stride[k] + pads[2 * k] +
              pads[2 * k + 1] + (kh, kw)[k] for k in range(2)]
    out = tosa.TransposeConv2DOp(tensor_of([s[0], oh, ow, oc], elem), xh,
                                 transpose(w, [1, 2, 3, 0]), bias, zero(elem), zero(elem),
                                 ir.DenseI64ArrayAttr.get(pads), ir.DenseI64ArrayAttr.get(stride),
                                 ir.TypeAttr.get(ir.F32Type.get())).result
    return reshape(transpose(out, NHWC_TO_NCHW), n.result_sizes())


def _grouped(xh, w, bias, groups, nhw, attrs):
    """A grouped conv2d as one tosa.conv2d per group (channel slices of the
    NHWC input, the OIHW weight and the bias), concatenated."""
    from .common import i32_attr

    elem = elem_of(xh)
    c, o = shape(xh)[3], shape(w)[0]
    if c % groups or o % groups:
        raise Unsupported(f"groups={groups} does not divide the channels")
    ci, co = c // groups, o // groups
    parts = []
    for g in range(groups):
        xs = slice_(xh, [0, 0, 0, g * ci], shape(xh)[:3] + [ci])
        ws = slice_(w, [g * co, 0, 0, 0], [co] + shape(w)[1:])
        bs = slice_(bias, [g * co], [co])
        parts.append(tosa.Conv2DOp(tensor_of(nhw + [co], elem), xs,
                                   transpose(ws, [0, 2, 3, 1]), bs, zero(elem), zero(elem),
                                   *attrs).result)
    return tosa.ConcatOp(parts, i32_attr(3), results=[tensor_of(nhw + [o], elem)]).result


def _pool_args(n, n_dims, first=1):
    kernel = _pair(n.const_list(first, "kernel_size"), n_dims)
    stride = n.const_list(first + 1, "stride")
    stride = kernel if not stride else _pair(stride, n_dims)
    padding = _pair(n.const_list(first + 2, "padding"), n_dims)
    return kernel, stride, padding


@rule("torch.aten.max_pool2d", "torch.aten.max_pool2d_with_indices", "torch.aten.max_pool1d",
      target=T)
def max_pool(cx, n):
    x = n.operands[0]
    n_dims = 1 if n.name.endswith("1d") else 2
    if n.name.endswith("with_indices") and next(iter(n.op.results[1].uses), None) is not None:
        raise Unsupported("max_pool2d's indices (TOSA's max_pool2d has none)")
    kernel, stride, padding = _pool_args(n, n_dims)
    dilation = _pair(n.const_list(4, "dilation"), n_dims)
    ceil_mode = n.const(5, "ceil_mode")
    if any(d != 1 for d in dilation):
        raise Unsupported("max pooling with dilation")
    if n_dims == 1:
        kernel, stride, padding = [1] + kernel, [1] + stride, [0] + padding
    if len(shape(x)) == n_dims + 1:
        raise Unsupported("pooling an unbatched input")
    x = _to_2d(x, n_dims)
    xh = transpose(x, NCHW_TO_NHWC)
    pads = [padding[0], padding[0], padding[1], padding[1]]
    xh, pads = _fit(xh, pads, kernel, stride, ceil_mode)
    oh, ow = _out_hw(xh, pads, kernel, stride, [1, 1])
    s = shape(xh)
    out = tosa.MaxPool2dOp(tensor_of([s[0], oh, ow, s[3]], elem_of(x)), xh,
                           ir.DenseI64ArrayAttr.get(kernel), ir.DenseI64ArrayAttr.get(stride),
                           ir.DenseI64ArrayAttr.get(pads)).result
    out = reshape(transpose(out, NHWC_TO_NCHW), n.result_sizes())
    return [out, None] if n.name.endswith("with_indices") else out


@rule("torch.aten.avg_pool2d", "torch.aten.avg_pool1d", target=T)
def avg_pool(cx, n):
    x = n.operands[0]
    n_dims = 1 if n.name.endswith("1d") else 2
    kernel, stride, padding = _pool_args(n, n_dims)
    ceil_mode, include_pad = n.const(4, "ceil_mode"), n.const(5, "count_include_pad")
    if n_dims == 2 and len(n.operands) > 6 and n.operands[6] is not None:
        raise Unsupported("avg_pool2d divisor_override")
    if ceil_mode:
        raise Unsupported("avg pooling with ceil_mode (a partial window's divisor)")
    if not is_float(n.dtype(0)):
        raise Unsupported(f"avg pooling of {n.dtype(0)}")
    if n_dims == 1:
        kernel, stride, padding = [1] + kernel, [1] + stride, [0] + padding
    x = _to_2d(x, n_dims)
    elem = elem_of(x)
    xh = transpose(x, NCHW_TO_NHWC)
    pads = [padding[0], padding[0], padding[1], padding[1]]
    if include_pad and any(pads):
        s = shape(xh)
        padded = [s[0], s[1] + 2 * padding[0], s[2] + 2 * padding[1], s[3]]
        xh = tosa.PadOp(tensor_of(padded, elem), xh,
                        shape_value([0, 0, pads[0], pads[1], pads[2], pads[3], 0, 0]),
                        const([0], elem, [1])).result
        pads = [0, 0, 0, 0]
    xh, pads = _fit(xh, pads, kernel, stride)
    oh, ow = _out_hw(xh, pads, kernel, stride, [1, 1])
    s = shape(xh)
    acc = ir.TypeAttr.get(ir.F32Type.get() if str(elem) != "f64" else elem)
    out = tosa.AvgPool2dOp(tensor_of([s[0], oh, ow, s[3]], elem), xh, zero(elem), zero(elem),
                           ir.DenseI64ArrayAttr.get(kernel), ir.DenseI64ArrayAttr.get(stride),
                           ir.DenseI64ArrayAttr.get(pads), acc).result
    return reshape(transpose(out, NHWC_TO_NCHW), n.result_sizes())


@rule("torch.aten._adaptive_avg_pool2d", "torch.aten.adaptive_avg_pool2d", target=T)
def adaptive_avg_pool(cx, n):
    x = n.operands[0]
    s = shape(x)
    out_hw = n.const_list(1, "output_size")
    if len(s) != 4 or -1 in s[2:]:
        raise needs_static("adaptive pooling of a batched 4-d input")
    if 0 in s or any(o <= 0 for o in out_hw):
        raise Unsupported(f"adaptive pooling of size {list(s)} to {list(out_hw)}: TOSA tensors "
                          f"cannot have zero-size dims")
    if any(d % o for d, o in zip(s[2:], out_hw)):
        raise Unsupported("adaptive pooling whose windows differ in size")
    kernel = [d // o for d, o in zip(s[2:], out_hw)]
    elem = elem_of(x)
    xh = transpose(x, NCHW_TO_NHWC)
    acc = ir.TypeAttr.get(ir.F32Type.get() if str(elem) != "f64" else elem)
    hs = shape(xh)
    out = tosa.AvgPool2dOp(tensor_of([hs[0], out_hw[0], out_hw[1], hs[3]], elem), xh,
                           zero(elem), zero(elem), ir.DenseI64ArrayAttr.get(kernel),
                           ir.DenseI64ArrayAttr.get(kernel),
                           ir.DenseI64ArrayAttr.get([0, 0, 0, 0]), acc).result
    return transpose(out, NHWC_TO_NCHW)
