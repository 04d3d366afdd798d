"""The refbackend's plain lowering as a named pipeline of torch-mlir-core's pass registry.

    torch-mlir-opt --load-pass-plugin torch_mlir_refbackend.pipelines in.mlir \
        --pass-pipeline='builtin.module(refbackend-linalg-to-llvm)'

turns linalg-on-tensors into the LLVM dialect exactly as `compile(..., recipe="plain")`
does (the same pass lists of `_compiler`, in the same order), so `mlir-runner` can run the
result with `libmlir_runner_utils.so` / `libmlir_c_runner_utils.so`. The two Python
steps of that lowering are registered as passes of their own.
"""

from __future__ import annotations

from mlir import ir
from torch_mlir_core import passes

from . import _compiler

__all__ = ["PIPELINE", "PIPELINE_TEXT"]

PIPELINE = "refbackend-linalg-to-llvm"


class _ModuleView:
    """What the `_compiler` rewrites need of an `ir.Module`, over a module operation."""

    def __init__(self, op: ir.Operation):
        self.operation = op
        self.context = op.context


@passes.register_pass("refbackend-strided-copies-to-linalg", op_name="builtin.module")
def _strided_copies(op: ir.Operation) -> None:
    """memref.copy between non-contiguous memrefs -> linalg.copy (then loops), so no copy
    needs the runtime's memrefCopy with stack descriptors inside loops"""
    _compiler.strided_copies_to_linalg(_ModuleView(op))


@passes.register_pass("refbackend-legalize-i1-memory", op_name="builtin.module")
def _i1_memory(op: ir.Operation) -> None:
    """memref.load/store of i1 elements -> byte loads/stores through llvm.ptr (MLIR 22's
    memref-to-llvm asserts on i1 elements)"""
    _compiler.legalize_i1_memory(_ModuleView(op))


PIPELINE_TEXT = _compiler.plain_pipeline_text()

passes.register_pipeline(
    PIPELINE, PIPELINE_TEXT,
    summary="linalg-on-tensors -> LLVM dialect, the refbackend's plain recipe (one-shot "
            "bufferization, deallocation, loops, one thread): the input of mlir-runner")
