"""The whole path: a PyTorch model (dynamic batch) exported with torch-mlir-fx,
lowered by torch-mlir-core to linalg-on-tensors, compiled and run by
torch-mlir-refbackend, and compared with torch eager; then the same model
through torch.compile with torch_mlir_fx.backend().

    python packages/torch-mlir-fx/examples/compile_and_run.py
"""

import sys

import torch

import torch_mlir_fx
import torch_mlir_refbackend
from import_model import export_tiny_classifier  # the model of the import example


def main() -> int:
    model, module = export_tiny_classifier("linalg-on-tensors")
    text = module.operation.get_asm(large_elements_limit=4, large_resource_limit=16)
    lines = text.splitlines()
    print("\n".join(lines[:25] + ([f"  ... ({len(lines) - 25} more lines)"]
                                   if len(lines) > 25 else [])))

    compiled = torch_mlir_refbackend.compile(module)
    worst = 0.0
    for n in (1, 2, 7):  # one compiled function, any batch size
        x = torch.randn(n, 1, 8, 8)
        got, want = compiled.main(x), model(x)
        worst = max(worst, (got - want).abs().max().item())
        print(f"batch {n}: output {tuple(got.shape)} {got.dtype}, "
              f"max |refbackend - eager| = {(got - want).abs().max().item():.2e}")

    fast = torch.compile(model, backend=torch_mlir_fx.backend())
    x = torch.randn(3, 1, 8, 8)
    diff = (fast(x) - model(x)).abs().max().item()
    print(f"torch.compile(backend=torch_mlir_fx.backend()): max |diff| = {diff:.2e}")
    ok = worst < 1e-5 and diff < 1e-5
    print("matches torch eager" if ok else "MISMATCH against torch eager")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
