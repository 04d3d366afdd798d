"""Configs on the IREE backend (`torch_mlir_e2e.backends.iree`): IREE's
compiler for the host CPU (llvm-cpu) and its local-task runtime, fed each of
core's output types (linalg-on-tensors, TOSA, StableHLO). They need the
`iree` extra (iree-base-compiler, iree-base-runtime); without it they are
reported as unavailable."""

from __future__ import annotations

from typing import ClassVar

from . import register_config
from .fx import REAL_DTYPES, FxConfig


class _FxIreeConfig(FxConfig):
    """FX -> core's `output_type` -> iree-compile (`input_type`) -> IREE's runtime."""

    frontend = "fx"
    backend = "iree"
    # Not "iree.compiler": its Python bindings cannot load beside torch-mlir's
    # (see backends/iree.py); is_available checks for its iree-compile instead.
    required_modules = ("torch_mlir_fx", "iree.runtime")
    input_type: ClassVar[str] = "none"

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
        return iree_backend.compile(mlir_module, input_type=self.input_type,
                                    num_threads=torch.get_num_threads())

    def run_compiled(self, compiled, inputs):
        return compiled.main(*inputs)


@register_config
class FxLinalgIreeConfig(_FxIreeConfig):
    """FX -> linalg-on-tensors -> IREE: the same lowered modules as
    fx-linalg-refbackend, run by a second, independent backend."""

    name = "fx-linalg-iree"
    output_type = "linalg-on-tensors"
    supported_dtypes = REAL_DTYPES


@register_config
class FxTosaIreeConfig(_FxIreeConfig):
    """FX -> TOSA -> MLIR's tosa-to-linalg passes (those of fx-tosa-refbackend)
    -> IREE. Not IREE's own TOSA input: it runs tosa-validate with the TOSA 1.0
    profiles (no i64 or f64 tensors, integer clamp/compare on i32 only, no
    tensor.splat/generate for run-time sizes), which the tosa output type does
    not promise; on the CI subset it passes 131 of 209 tests where this
    config passes the refbackend's TOSA set. The TOSA modules that keep to
    the profiles (the five standard models) are compiled with
    input_type="tosa" by e2e_testing/tests/test_standard_models_iree.py."""

    name = "fx-tosa-iree"
    output_type = "tosa"
    supported_dtypes = REAL_DTYPES

    def compile_mlir(self, mlir_module):
        from .tosa import tosa_to_linalg

        tosa_to_linalg(mlir_module)
        return super().compile_mlir(mlir_module)


@register_config
class FxStablehloIreeConfig(_FxIreeConfig):
    """FX -> StableHLO (generic form) -> IREE (its StableHLO input conversion)."""

    name = "fx-stablehlo-iree"
    output_type = "stablehlo"
    input_type = "stablehlo"
    # No unsigned or complex tensors, no f64 (see core's README, StableHLO output).
    supported_dtypes = ("float32", "float16", "bfloat16", "int64", "int32", "int16",
                        "int8", "bool")
