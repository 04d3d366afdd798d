"""Configs on the IREE backend (`torch_mlir_e2e.backends.iree`): IREE's
compiler for the host CPU (llvm-cpu) and its local-task runtime. They need
the `iree` extra (iree-base-compiler, iree-base-runtime); without it they
are reported as unavailable."""

from __future__ import annotations

from . import register_config
from .fx import FxConfig, FxLinalgRefBackendConfig


@register_config
class FxLinalgIreeConfig(FxConfig):
    """FX -> linalg-on-tensors -> IREE: the same lowered modules as
    fx-linalg-refbackend, run by a second, independent backend."""

    name = "fx-linalg-iree"
    frontend = "fx"
    output_type = "linalg-on-tensors"
    backend = "iree"
    # Not "iree.compiler": its Python bindings cannot load beside torch-mlir's
    # (see backends/iree.py); is_available checks for its iree-compile instead.
    required_modules = ("torch_mlir_fx", "iree.runtime")
    supported_dtypes = FxLinalgRefBackendConfig.supported_dtypes

    @classmethod
    def is_available(cls):
        ok, why = super().is_available()
        if not ok:
            return ok, why
        from ..backends import iree as iree_backend

        return iree_backend.available()

    def compile_mlir(self, mlir_module):
        import torch

        from ..backends import iree as iree_backend

        # The runner gives each worker cpu_count // jobs threads.
        return iree_backend.compile(mlir_module, input_type="none",
                                    num_threads=torch.get_num_threads())

    def run_compiled(self, compiled, inputs):
        return compiled.main(*inputs)
