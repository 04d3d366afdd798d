"""Imports a small PyTorch model (dynamic batch) into the Torch dialect with
torch_mlir_fx and checks the result with torch-mlir-opt's unknown-op report.

    python packages/torch-mlir-fx/examples/import_model.py
"""

import sys

import torch

import torch_mlir_fx
from torch_mlir_core import passes


class TinyClassifier(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = torch.nn.Conv2d(1, 4, 3, padding=1)
        self.bn = torch.nn.BatchNorm2d(4)
        self.fc = torch.nn.Linear(4 * 8 * 8, 10)

    def forward(self, x):
        x = torch.relu(self.bn(self.conv(x)))
        return torch.softmax(self.fc(x.flatten(1)), dim=-1)


def export_tiny_classifier(output_type: str):
    """(model, module): the classifier (seeded weights) exported with a dynamic batch
    dim and imported as `output_type`."""
    torch.manual_seed(0)
    model = TinyClassifier().eval()
    batch = torch.export.Dim("batch", min=1, max=256)
    module = torch_mlir_fx.export_and_import(
        model, torch.randn(2, 1, 8, 8), output_type=output_type,
        dynamic_shapes=({0: batch},))
    return model, module


def main() -> int:
    _, module = export_tiny_classifier("raw")
    print(module.operation.get_asm(large_elements_limit=16, large_resource_limit=64))
    # Every op of the model has a Torch-dialect definition:
    passes.run_pipeline(module, "builtin.module(torch-verify-no-unknown-ops)")
    print("// verified; no unsupported ops", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
