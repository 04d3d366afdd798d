"""Quantization (issue 17): the PT2E flow's quantized_decomposed
quantize/dequantize ops per tensor and per channel, and aten's
fake_quantize_*_affine_cachemask. Results must equal eager bit for bit:
rounding half to even, clamping to [quant_min, quant_max], the integer
dtype."""

import torch
import torch.ao.quantization.fx._decomposed  # noqa: F401  (registers quantized_decomposed)

from torch_mlir_e2e.registry import Arg, e2e_test

qd = torch.ops.quantized_decomposed


@e2e_test(args=[Arg([3, 4])], inputs=lambda tu: (tu.randn(3, 4) * 40,))
def quant_quantize_per_tensor_int8(x):
    return qd.quantize_per_tensor(x, 0.25, 3, -128, 127, torch.int8)


@e2e_test(args=[Arg([-1, 4])], inputs=lambda tu: (tu.randn(5, 4) * 40,))
def quant_quantize_per_tensor_uint8_dynamic(x):
    return qd.quantize_per_tensor(x, 0.5, 128, 0, 255, torch.uint8)


@e2e_test(args=[Arg([3, 4], torch.int8)],
          inputs=lambda tu: (tu.randint(3, 4, low=-128, high=128).to(torch.int8),))
def quant_dequantize_per_tensor_int8(x):
    return qd.dequantize_per_tensor(x, 0.25, 3, -128, 127, torch.int8)


def _halves(tu, *shape):
    """Values whose quotient by 0.25 is a multiple of 0.5 (round half to even
    decides them) from -300 to 300: beyond the int8 and uint8 ranges."""
    return tu.randint(*shape, low=-1200, high=1200).to(torch.float32) * 0.125


@e2e_test(args=[Arg([6, 8])], inputs=lambda tu: (_halves(tu, 6, 8),))
def quant_quantize_per_tensor_half_to_even(x):
    return qd.quantize_per_tensor(x, 0.25, -2, -128, 127, torch.int8)


@e2e_test(args=[Arg([4, 5]), Arg([], torch.float64), Arg([], torch.int64)],
          inputs=lambda tu: (tu.randn(4, 5) * 30, torch.tensor(0.3, dtype=torch.float64),
                             torch.tensor(7)))
def quant_quantize_per_tensor_tensor_qparams(x, scale, zero_point):
    q = qd.quantize_per_tensor.tensor(x, scale, zero_point, 0, 255, torch.uint8)
    return q, qd.dequantize_per_tensor.tensor(q, scale, zero_point, 0, 255, torch.uint8)


@e2e_test(args=[Arg([-1, -1], torch.uint8)],
          inputs=lambda tu: (tu.randint(5, 3, low=0, high=256).to(torch.uint8),))
def quant_dequantize_per_tensor_uint8_dynamic(x):
    return qd.dequantize_per_tensor(x, 0.1, 128, 0, 255, torch.uint8)


@e2e_test(args=[Arg([4, 3, 5]), Arg([3]), Arg([3], torch.int64)],
          inputs=lambda tu: (tu.randn(4, 3, 5) * 20, torch.tensor([0.1, 0.25, 0.7]),
                             torch.tensor([0, -3, 5])))
def quant_per_channel_roundtrip(x, scales, zero_points):
    q = qd.quantize_per_channel(x, scales, zero_points, 1, -128, 127, torch.int8)
    return q, qd.dequantize_per_channel(q, scales, zero_points, 1, -128, 127, torch.int8)


@e2e_test(args=[Arg([-1, 4]), Arg([4], torch.float64), Arg([4], torch.int64)],
          inputs=lambda tu: (_halves(tu, 7, 4), torch.tensor([0.25, 0.5, 0.125, 1.0],
                                                             dtype=torch.float64),
                             torch.tensor([0, 10, -10, 128])))
def quant_per_channel_last_axis_dynamic(x, scales, zero_points):
    q = qd.quantize_per_channel(x, scales, zero_points, -1, 0, 255, torch.uint8)
    return q, qd.dequantize_per_channel(q, scales, None, -1, 0, 255, torch.uint8)


@e2e_test(args=[Arg([4, 6])], inputs=lambda tu: (_halves(tu, 4, 6) * 0.1,))
def quant_fake_quantize_per_tensor_cachemask(x):
    out, mask = torch.ops.aten.fake_quantize_per_tensor_affine_cachemask(x, 0.1, 3, -20, 20)
    return out, mask


# torch.export has no meta kernel for the fake-quantize ops with a symbolic
# shape (it runs the CPU kernel on fake tensors of static shapes): no dynamic
# tests of them.
@e2e_test(args=[Arg([2, 3, 4])], inputs=lambda tu: (tu.randn(2, 3, 4) * 3,))
def quant_fake_quantize_per_tensor_affine(x):
    return torch.fake_quantize_per_tensor_affine(x, 0.07, 0, -128, 127)


@e2e_test(args=[Arg([3, 5]), Arg([3]), Arg([3], torch.int32)],
          inputs=lambda tu: (tu.randn(3, 5) * 4, torch.tensor([0.05, 0.3, 0.11]),
                             torch.tensor([0, 2, -4], dtype=torch.int32)))
def quant_fake_quantize_per_channel_cachemask(x, scale, zero_point):
    return torch.ops.aten.fake_quantize_per_channel_affine_cachemask(
        x, scale, zero_point, 0, -16, 15)


@e2e_test(args=[Arg([3, 2, 5]), Arg([5]), Arg([5], torch.int32)],
          inputs=lambda tu: (tu.randn(3, 2, 5) * 4, torch.tensor([0.05, 0.3, 0.11, 1.0, 0.5]),
                             torch.tensor([0, 2, 4, 0, 1], dtype=torch.int32)))
def quant_fake_quantize_per_channel_affine(x, scale, zero_point):
    return torch.fake_quantize_per_channel_affine(x, scale, zero_point, 2, 0, 255)


@e2e_test(args=[Arg([2, 3, 8]), Arg([2, 3, 1]), Arg([2, 3, 1], torch.int32)],
          inputs=lambda tu: (tu.randn(2, 3, 8) * 5, tu.rand(2, 3, 1) * 0.1 + 0.01,
                             tu.randint(2, 3, 1, low=-8, high=8).to(torch.int32)))
def quant_per_token_roundtrip(x, scales, zero_points):
    q = qd.quantize_per_token(x, scales, zero_points, -128, 127, torch.int8)
    return q, qd.dequantize_per_token(q, scales, zero_points, -128, 127, torch.int8,
                                      torch.float32)

