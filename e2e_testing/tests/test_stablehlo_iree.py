"""The five standard models (MLP, CNN with batch norm, ResNet blocks, a
transformer encoder layer, a GPT-style block) and dynamic-batch variants
exported with output_type="stablehlo": no Torch op or type is left, and the
module compiled by IREE (llvm-cpu) and run on its local-task driver matches
torch eager.

Skipped when the optional IREE wheels are not installed. IREE's compiler is
run as its `iree-compile` tool: `import iree.compiler` fails in a process
that has loaded the MLIR Python bindings first (both ship an `_mlir`
extension; the second one loaded misses a nanobind symbol).
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile

import pytest
import torch
from torch import nn

if importlib.util.find_spec("iree.compiler") is None:
    pytest.skip("IREE (iree-base-compiler) is not installed", allow_module_level=True)
rt = pytest.importorskip("iree.runtime")

from torch_mlir_e2e.registry import get_test  # noqa: E402

TORCH_LEFT = re.compile(r"torch\.(aten|prim|prims|constant|vtensor)\.|!torch\.")


def _iree_compile_tool() -> str:
    tool = shutil.which("iree-compile", path=os.path.dirname(sys.executable)) or \
        shutil.which("iree-compile")
    assert tool, "iree-base-compiler is installed but its iree-compile tool is not found"
    return tool


def iree_compile(text: str) -> bytes:
    """A StableHLO module (text) compiled for the host CPU by IREE."""
    with tempfile.TemporaryDirectory() as d:
        src, out = os.path.join(d, "m.mlir"), os.path.join(d, "m.vmfb")
        with open(src, "w") as f:
            f.write(text)
        p = subprocess.run([_iree_compile_tool(), "--iree-input-type=stablehlo",
                            "--iree-hal-target-device=local",
                            "--iree-hal-local-target-device-backends=llvm-cpu",
                            "--iree-llvmcpu-target-cpu=host", src, "-o", out],
                           capture_output=True, text=True)
        assert p.returncode == 0, f"iree-compile failed:\n{p.stderr[:4000]}"
        with open(out, "rb") as f:
            return f.read()


def iree_run(vmfb: bytes, *inputs: torch.Tensor) -> torch.Tensor:
    """Calls the module's `main` on IREE's local-task driver."""
    config = rt.Config("local-task")
    ctx = rt.SystemContext(config=config)
    ctx.add_vm_module(rt.VmModule.copy_buffer(ctx.instance, vmfb))
    out = ctx.modules.module["main"](*[x.numpy() for x in inputs])
    return torch.from_numpy(out.to_host())


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


def _export(model, inputs, dynamic_shapes=None) -> str:
    import torch_mlir_fx

    module = torch_mlir_fx.export_and_import(model, *inputs, output_type="stablehlo",
                                             dynamic_shapes=dynamic_shapes)
    text = str(module)
    left = sorted(set(m.group(0) for m in TORCH_LEFT.finditer(text)))
    assert not left, f"Torch ops/types left in the StableHLO module: {left}"
    assert '"stablehlo.' in text
    return text


@pytest.mark.parametrize("name", ["model_mlp", "model_cnn_batch_norm",
                                  "model_resnet_basic_blocks",
                                  "model_transformer_encoder_layer", "gpt_block"])
def test_standard_model_runs_on_iree_like_eager(name):
    model, inputs = _case(name)
    vmfb = iree_compile(_export(model, inputs))
    got = iree_run(vmfb, *inputs)
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
    """One compiled module (dynamic_reshape/dynamic_broadcast_in_dim on a
    batch read with get_dimension_size) serves several batch sizes."""
    model, _ = _case(name)
    batch = torch.export.Dim("batch", min=2)
    text = _export(model, (torch.randn(batches[0], *shape),), dynamic_shapes=({0: batch},))
    assert "tensor<?x" in text
    vmfb = iree_compile(text)
    for b in batches:
        x = torch.randn(b, *shape)
        with torch.no_grad():
            torch.testing.assert_close(iree_run(vmfb, x), model(x), atol=1e-4, rtol=1e-4)


def test_a_wrong_lowering_would_be_caught():
    """The comparison can fail: a StableHLO module computing the wrong thing
    (x - 1 for relu) runs and differs from eager."""
    model, inputs = _case("model_mlp")
    text = _export(model, inputs)
    wrong = text.replace('"stablehlo.maximum"', '"stablehlo.subtract"', 1)
    assert wrong != text
    got = iree_run(iree_compile(wrong), *inputs)
    with torch.no_grad():
        assert not torch.allclose(got, model(*inputs), atol=1e-4, rtol=1e-4)
