"""Decompositions of the quantization ops the PT2E flow exports
(`quantized_decomposed.*`) and of aten's fake-quantize ops.

* `quantized_decomposed` quantize/dequantize per tensor (the scalar, `.tensor`
  and `.tensor2` overloads), per channel and per token:
  their CompositeExplicitAutograd kernels are Python functions of ATen ops
  (torch.ao.quantization.fx._decomposed), and they are what eager runs, so
  tracing them gives eager's values bit for bit (round half to even, the
  clamp to [quant_min, quant_max], the integer dtype) at any shape.
* `fake_quantize_per_tensor_affine_cachemask` and
  `fake_quantize_per_channel_affine_cachemask` (ours, following the CPU
  kernels: the input times 1/scale rounded in f32, the zero point added, the
  mask of the values within [quant_min, quant_max], the clamped values less
  the zero point times scale).

They go into the table applied before FX import (missing_op_decompositions),
so dynamic shapes stay dynamic.
"""

from __future__ import annotations

import numpy as np
import torch

aten = torch.ops.aten

# The ops whose kernel in torch.ao.quantization.fx._decomposed is named
# `<packet>` for the default overload, `<packet>_<overload>` for the others.
_OVERLOADS = {
    "quantize_per_tensor": ("default", "tensor", "tensor2"),
    "dequantize_per_tensor": ("default", "tensor", "tensor2"),
    **dict.fromkeys(("quantize_per_channel", "dequantize_per_channel", "quantize_per_token",
                     "dequantize_per_token"), ("default",)),
}
# Not *_per_channel_group: its kernel raises on NaNs through a data-dependent
# check that cannot be traced (the op stays, and no rule lowers it).


def _f32_inverse(scale: float) -> float:
    """The kernels' `1.0f / scale` with scale a float: computed in f32 (1/scale
    in f64 then rounded to f32 can differ in the last bit)."""
    return float(np.float32(1.0) / np.float32(scale))


def _fake_quantize(x, inv_scale, scale, zero_point, quant_min: int, quant_max: int):
    q = torch.round(x * inv_scale) + zero_point
    mask = (q >= quant_min) & (q <= quant_max)
    return (q.clamp(quant_min, quant_max) - zero_point) * scale, mask


def fake_quantize_per_tensor_affine_cachemask(x, scale: float, zero_point: int,
                                              quant_min: int, quant_max: int):
    if x.dtype != torch.float32:
        raise NotImplementedError(
            f"aten.fake_quantize_per_tensor_affine_cachemask on {x.dtype} (only float32 lowers)")
    scale32 = float(np.float32(scale))
    return _fake_quantize(x, _f32_inverse(scale32), scale32, zero_point, quant_min, quant_max)


def fake_quantize_per_channel_affine_cachemask(x, scale, zero_point, axis: int,
                                               quant_min: int, quant_max: int):
    if x.dtype != torch.float32 or scale.dtype != torch.float32:
        raise NotImplementedError(
            "aten.fake_quantize_per_channel_affine_cachemask: only float32 input and scales lower")
    shape = [1] * x.dim()
    shape[axis] = -1
    scale = scale.reshape(shape)
    inv_scale = torch.ones_like(scale) / scale  # 1.0f / scale, in f32
    if zero_point.is_floating_point():  # the kernel then adds it before rounding
        raise NotImplementedError(
            "aten.fake_quantize_per_channel_affine_cachemask with a floating zero point")
    zero_point = zero_point.reshape(shape).to(torch.float32)
    return _fake_quantize(x, inv_scale, scale, zero_point, quant_min, quant_max)


def quantized_decompositions() -> dict:
    """OpOverload -> decomposition, for the pre-import table."""
    import torch.ao.quantization.fx._decomposed as kernels

    table = {}
    for packet, overloads in _OVERLOADS.items():
        for overload in overloads:
            name = packet if overload == "default" else f"{packet}_{overload}"
            fn = getattr(kernels, name, None)
            op = getattr(getattr(torch.ops.quantized_decomposed, packet, None), overload, None)
            if fn is not None and op is not None:
                table[op] = fn
    table[aten.fake_quantize_per_tensor_affine_cachemask.default] = \
        fake_quantize_per_tensor_affine_cachemask
    table[aten.fake_quantize_per_channel_affine_cachemask.default] = \
        fake_quantize_per_channel_affine_cachemask
    return table
