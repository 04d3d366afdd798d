"""Smoke test of installed torch-mlir-fx + torch-mlir-refbackend wheels: the
README's three lines on a small conv net with a dynamic batch, compared with
torch eager.

Run it from outside the repository in a venv holding the wheels:
    python smoke_example.py
build_tools/test_wheels.sh and the release workflow run it.
"""

import os
import sys

import torch
import torch_mlir_fx
import torch_mlir_refbackend


class Net(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = torch.nn.Conv2d(3, 8, 3, padding=1)
        self.fc = torch.nn.Linear(8, 10)

    def forward(self, x):
        y = torch.relu(self.conv(x)).mean(dim=(2, 3))
        return torch.softmax(self.fc(y), dim=-1)


def main():
    import torch_mlir_core

    for mod in (torch_mlir_core, torch_mlir_fx, torch_mlir_refbackend):
        path = os.path.realpath(mod.__file__)
        if not path.startswith(os.path.realpath(sys.prefix)):
            sys.exit(f"smoke_example: FAILED: {mod.__name__} imported from {path}, "
                     f"not from this venv ({sys.prefix})")

    torch.manual_seed(0)
    model = Net().eval()
    x = torch.randn(2, 3, 16, 16)
    batch = torch.export.Dim("batch")

    # The README's three lines.
    module = torch_mlir_fx.export_and_import(model, x, output_type="linalg-on-tensors",
                                             dynamic_shapes=({0: batch},))
    compiled = torch_mlir_refbackend.compile(module)
    for n in (2, 5):
        x = torch.randn(n, 3, 16, 16)
        got = compiled.main(x)
        want = model(x)
        if got.shape != want.shape or not torch.allclose(got, want, rtol=1e-4, atol=1e-5):
            sys.exit(f"smoke_example: FAILED: batch {n}: max abs difference "
                     f"{(got - want).abs().max().item() if got.shape == want.shape else got.shape}")
    print(f"smoke_example: OK (torch-mlir-fx {torch_mlir_fx.__version__}, "
          f"torch-mlir-refbackend {torch_mlir_refbackend.__version__}, "
          f"torch-mlir-core {torch_mlir_core.__version__})")


if __name__ == "__main__":
    main()
