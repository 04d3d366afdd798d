"""The PT2E quantization ops (quantized_decomposed.*) and aten's fake-quantize
ops are imported as their decompositions, and the compiled program equals
eager bit for bit (torch 2.13 moved prepare_pt2e/convert_pt2e to torchao:
the pattern convert_pt2e writes, dequantize -> linear -> quantize, is
written out here)."""

import torch
import torch.ao.quantization.fx._decomposed  # noqa: F401  (registers quantized_decomposed)

import torch_mlir_fx

qd = torch.ops.quantized_decomposed


def _qlinear(x, w_q, w_scales, w_zero_points, b):
    xq = qd.quantize_per_tensor(x, 0.05, 3, -128, 127, torch.int8)
    xd = qd.dequantize_per_tensor(xq, 0.05, 3, -128, 127, torch.int8)
    wd = qd.dequantize_per_channel(w_q, w_scales, w_zero_points, 0, -127, 127, torch.int8)
    y = torch.nn.functional.linear(xd, wd, b)
    return qd.quantize_per_tensor(y, 0.1, -5, -128, 127, torch.int8)


class _QLinear(torch.nn.Module):
    def forward(self, x, w_q, w_scales, w_zero_points, b):
        return _qlinear(x, w_q, w_scales, w_zero_points, b)


def _args():
    torch.manual_seed(0)
    return (torch.randn(6, 8) * 3, torch.randint(-127, 128, (4, 8), dtype=torch.int8),
            torch.tensor([0.01, 0.02, 0.005, 0.03]), torch.zeros(4, dtype=torch.int64),
            torch.randn(4))


def test_raw_import_has_no_quantized_decomposed_op():
    text = str(torch_mlir_fx.export_and_import(_qlinear, *_args(), output_type="raw"))
    assert "quantized_decomposed" not in text, text
    assert "torch.aten.round" in text and "torch.aten.clamp" in text


def test_quantized_linear_equals_eager_bit_for_bit_at_a_dynamic_batch():
    import torch_mlir_refbackend

    args = _args()
    batch = torch.export.Dim("batch")
    module = torch_mlir_fx.export_and_import(
        _QLinear(), *args, output_type="linalg-on-tensors",
        dynamic_shapes=({0: batch}, None, None, None, None))
    compiled = torch_mlir_refbackend.compile(module).main
    for rows in (6, 11):
        x = torch.randn(rows, 8) * 3
        got, want = compiled(x, *args[1:]), _qlinear(x, *args[1:])
        assert got.dtype == torch.int8 and torch.equal(got, want)


def test_fake_quantize_cachemask_both_outputs():
    import torch_mlir_refbackend

    def fq(x):
        return torch.ops.aten.fake_quantize_per_tensor_affine_cachemask(x, 0.1, 3, -20, 20)

    x = torch.randint(-400, 400, (5, 7)).to(torch.float32) * 0.0125  # halves of a step
    module = torch_mlir_fx.export_and_import(fq, x, output_type="linalg-on-tensors")
    out, mask = torch_mlir_refbackend.compile(module).main(x)
    want_out, want_mask = fq(x)
    assert torch.equal(out, want_out) and torch.equal(mask, want_mask)
