"""The five standard models (MLP, CNN with batch norm, ResNet blocks, a
transformer encoder layer, a GPT-style block) and dynamic-batch variants
exported with output_type "tosa" and "stablehlo": no Torch op or type is
left, and the module compiled by IREE (llvm-cpu, `torch_mlir_e2e.backends.iree`)
and run on its local-task driver matches torch eager.

Skipped when the optional IREE wheels are not installed.
"""

from __future__ import annotations

import re

import pytest
import torch
from torch import nn

from torch_mlir_e2e.backends import iree as iree_backend
from torch_mlir_e2e.registry import get_test

_ok, _why = iree_backend.available()
if not _ok:
    pytest.skip(_why, allow_module_level=True)

TORCH_LEFT = re.compile(r"torch\.(aten|prim|prims|constant|vtensor)\.|!torch\.")
OUTPUT_TYPES = ("tosa", "stablehlo")
# What each output type's module must contain (its ops, not Torch's).
MARKERS = {"tosa": "tosa.", "stablehlo": '"stablehlo.'}


class GptBlock(nn.Module):
    """A GPT-style pre-norm block: causal multi-head self-attention and a GELU
    MLP, each with a residual."""

    def __init__(self, d: int = 32, heads: int = 4):
        super().__init__()
        self.ln1, self.ln2 = nn.LayerNorm(d), nn.LayerNorm(d)
        self.attn = nn.MultiheadAttention(d, heads, batch_first=True)
        self.mlp = nn.Sequential(nn.Linear(d, 4 * d), nn.GELU(), nn.Linear(4 * d, d))

    def forward(self, x):
        n = x.shape[1]
        causal = torch.triu(torch.ones(n, n, dtype=torch.bool), 1)
        y = self.ln1(x)
        x = x + self.attn(y, y, y, attn_mask=causal, need_weights=False)[0]
        return x + self.mlp(self.ln2(x))


def _case(name: str):
    if name == "gpt_block":
        torch.manual_seed(0)
        return GptBlock().eval(), (torch.randn(2, 8, 32),)
    t = get_test(name)
    return t.make_module(), t.make_inputs()


def _export(model, inputs, output_type, dynamic_shapes=None) -> str:
    import torch_mlir_fx

    module = torch_mlir_fx.export_and_import(model, *inputs, output_type=output_type,
                                             dynamic_shapes=dynamic_shapes)
    text = str(module)
    left = sorted(set(m.group(0) for m in TORCH_LEFT.finditer(text)))
    assert not left, f"Torch ops/types left in the {output_type} module: {left}"
    assert MARKERS[output_type] in text
    return text


def _compile(text: str, output_type: str):
    return iree_backend.compile(text, input_type=output_type, num_threads=1)


@pytest.mark.parametrize("output_type", OUTPUT_TYPES)
@pytest.mark.parametrize("name", ["model_mlp", "model_cnn_batch_norm",
                                  "model_resnet_basic_blocks",
                                  "model_transformer_encoder_layer", "gpt_block"])
def test_standard_model_runs_on_iree_like_eager(name, output_type):
    model, inputs = _case(name)
    got = _compile(_export(model, inputs, output_type), output_type).main(*inputs)
    with torch.no_grad():
        want = model(*inputs)
    assert got.shape == want.shape and got.dtype == want.dtype
    torch.testing.assert_close(got, want, atol=1e-4, rtol=1e-4)


@pytest.mark.parametrize("name, shape, batches", [
    ("model_mlp", [32], [3, 7]),
    ("model_cnn_batch_norm", [3, 16, 16], [2, 5]),
    ("model_resnet_basic_blocks", [3, 16, 16], [2, 5]),
    ("model_transformer_encoder_layer", [6, 32], [2, 3]),
])
def test_dynamic_batch_runs_every_batch_size(name, shape, batches):
    """One compiled StableHLO module (dynamic_broadcast_in_dim on a batch read
    with get_dimension_size) serves several batch sizes."""
    model, _ = _case(name)
    batch = torch.export.Dim("batch", min=2)
    text = _export(model, (torch.randn(batches[0], *shape),), "stablehlo",
                   dynamic_shapes=({0: batch},))
    assert "tensor<?x" in text
    compiled = _compile(text, "stablehlo")
    for b in batches:
        x = torch.randn(b, *shape)
        with torch.no_grad():
            torch.testing.assert_close(compiled.main(x), model(x), atol=1e-4, rtol=1e-4)


def test_a_wrong_lowering_would_be_caught():
    """The comparison can fail: a StableHLO module computing the wrong thing
    (x - 1 for relu) runs and differs from eager."""
    model, inputs = _case("model_mlp")
    text = _export(model, inputs, "stablehlo")
    wrong = text.replace('"stablehlo.maximum"', '"stablehlo.subtract"', 1)
    assert wrong != text
    got = _compile(wrong, "stablehlo").main(*inputs)
    with torch.no_grad():
        assert not torch.allclose(got, model(*inputs), atol=1e-4, rtol=1e-4)
