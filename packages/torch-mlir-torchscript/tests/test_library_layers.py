"""Scripted torch.nn layers whose library code takes fast paths (fused
kernels) or has defaulted arguments, compiled to linalg-on-tensors and run
on the reference backend against eager."""

from typing import Optional

import pytest
import torch

import torch_mlir_torchscript

torch_mlir_refbackend = pytest.importorskip("torch_mlir_refbackend")


def _run(model, *args):
    module = torch_mlir_torchscript.compile(model, args, output_type="linalg-on-tensors")
    return torch_mlir_refbackend.compile(module).forward(*args)


@pytest.mark.parametrize("norm_first, activation", [(False, "relu"), (True, "gelu")])
def test_encoder_layer_called_with_its_defaults(norm_first, activation):
    # forward(src, src_mask=None, src_key_padding_mask=None, is_causal=False):
    # one example binds the rest to their defaults; eval mode takes the
    # fast path (aten._transformer_encoder_layer_fwd), decomposed by core.
    torch.manual_seed(0)
    layer = torch.nn.TransformerEncoderLayer(16, 4, 32, dropout=0.0, batch_first=True,
                                             norm_first=norm_first,
                                             activation=activation).eval()
    src = torch.randn(2, 5, 16)
    module = torch_mlir_torchscript.compile(layer, src, output_type="torch")
    assert "func.func @forward(%arg0: !torch.vtensor<[2,5,16],f32>) -> " in str(module)
    got = _run(layer, src)
    with torch.no_grad():
        torch.testing.assert_close(got, layer(src), rtol=1e-4, atol=1e-5)


class _EncoderWithMasks(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.layer = torch.nn.TransformerEncoderLayer(16, 2, 32, dropout=0.0,
                                                      batch_first=True)

    def forward(self, src, pad):
        causal = torch.triu(torch.ones(5, 5, dtype=torch.bool), diagonal=1)
        return self.layer(src, src_mask=causal, src_key_padding_mask=pad)


def test_encoder_layer_with_causal_and_padding_masks():
    torch.manual_seed(0)
    model = _EncoderWithMasks().eval()
    src = torch.randn(3, 5, 16)
    pad = torch.tensor([[False] * 5, [False] * 3 + [True] * 2, [False] * 4 + [True]])
    got = _run(model, src, pad)
    with torch.no_grad():
        torch.testing.assert_close(got, model(src, pad), rtol=1e-4, atol=1e-5)


class _SelfAttention(torch.nn.Module):
    def __init__(self, need_weights: bool):
        super().__init__()
        self.attn = torch.nn.MultiheadAttention(16, 4, batch_first=True)
        self.need_weights = need_weights

    def forward(self, x, pad: Optional[torch.Tensor]):
        out, weights = self.attn(x, x, x, key_padding_mask=pad,
                                 need_weights=self.need_weights)
        if self.need_weights:
            return out, weights  # an Optional[Tensor] that is always a tensor here
        return out, out.sum()  # (the kernel's weights are an undefined tensor)


@pytest.mark.parametrize("need_weights", [True, False])
def test_multihead_self_attention_fast_path(need_weights):
    # q is k is v and eval mode: aten._native_multi_head_attention.
    torch.manual_seed(0)
    model = _SelfAttention(need_weights).eval()
    x = torch.randn(2, 6, 16)
    pad = torch.tensor([[False] * 6, [False] * 4 + [True] * 2])
    text = str(torch_mlir_torchscript.compile(model, (x, pad), output_type="torch"))
    assert "torch.aten._native_multi_head_attention" in text
    got = _run(model, x, pad)
    with torch.no_grad():
        want = model(x, pad)
    for g, w in zip(got, want):
        torch.testing.assert_close(g, w, rtol=1e-4, atol=1e-5)


def test_arguments_after_the_examples_take_their_defaults():
    class TwoInputs(torch.nn.Module):
        def forward(self, x, y, scale: float = 2.0):
            return (x + y) * scale

    # `y` has no default: it stays an argument (unrefined); `scale` is bound.
    raw = str(torch_mlir_torchscript.compile(TwoInputs(), torch.randn(3), output_type="raw"))
    assert "%arg1: !torch.tensor {torch.type_bound = !torch.tensor<[3],f32>}, " \
        "%arg2: !torch.tensor) -> !torch.tensor" in raw, raw
    assert "torch.constant.float 2.000000e+00" in raw
    with pytest.raises(ValueError, match=r"forward\(x, y, scale\) takes 3 argument\(s\); "
                                         r"4 example argument\(s\) given"):
        torch_mlir_torchscript.compile(TwoInputs(), (torch.randn(3),) * 4, output_type="raw")
    x, y = torch.randn(3), torch.randn(3)
    torch.testing.assert_close(_run(TwoInputs(), x, y), (x + y) * 2.0)
