"""`fx-tosa-refbackend`: the FX frontend lowered to TOSA, then TOSA ->
linalg-on-tensors with MLIR's own tosa-to-linalg pipeline, run on the
refbackend. It tests the TOSA rules numerically against eager."""

from __future__ import annotations

from . import register_config
from .fx import FxLinalgRefBackendConfig

# MLIR's TOSA -> linalg passes, in the order of its tosa-to-linalg-pipeline
# but without tosa-validate: that pass holds the IR to the TOSA 1.0 levels
# and profiles (no dynamic dims, no f64/i64), which the tosa output type
# does not promise. tosa-to-scf (tosa.scatter, control flow) runs before
# tosa-to-linalg, a full conversion that fails on what it does not lower.
# Then cleanup, so no dead `tosa.const_shape` is left for the refbackend.
TOSA_TO_LINALG = (
    "builtin.module(func.func(tosa-optional-decompositions),canonicalize,"
    "func.func(tosa-infer-shapes,tosa-make-broadcastable,tosa-to-linalg-named),canonicalize,"
    "func.func(tosa-make-broadcastable,tosa-to-scf,tosa-to-linalg,tosa-to-arith,"
    "tosa-to-tensor),canonicalize,cse)")


def tosa_to_linalg(module) -> None:
    """Lowers a TOSA module (`mlir.ir.Module`) to linalg-on-tensors in place."""
    from mlir.passmanager import PassManager

    with module.context:
        PassManager.parse(TOSA_TO_LINALG).run(module.operation)


@register_config
class FxTosaRefBackendConfig(FxLinalgRefBackendConfig):
    name = "fx-tosa-refbackend"
    output_type = "tosa"

    def compile_mlir(self, mlir_module):
        tosa_to_linalg(mlir_module)
        return super().compile_mlir(mlir_module)
