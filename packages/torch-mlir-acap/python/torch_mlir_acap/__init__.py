"""torch-mlir-acap: the capture API of the first torch-mlir (npcomp), kept as
a deprecated shim. New code: `torch_mlir_fx.export_and_import`.

    mb = torch_mlir_acap.ModuleBuilder()
    with mb.capture_function("conv2d_fwd", [x, w]) as f:
        y = torch.relu(torch.conv2d(x, w))
        f.returns([y])
    mb.module            # an mlir.ir.Module in the Torch dialect, func @conv2d_fwd

The block runs eagerly; a dispatch mode records the ATen ops it runs
(after autograd, as torch dispatches them) and core's `TorchBuilder` builds
them into a function of the given tensors.
"""

from __future__ import annotations

from ._capture import AcapCaptureError, FunctionCapture, ModuleBuilder

__version__ = "0.1.1"

__all__ = ["AcapCaptureError", "FunctionCapture", "ModuleBuilder"]
