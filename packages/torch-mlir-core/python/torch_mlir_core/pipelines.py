"""Output types and the core pipelines that produce them.

Frontends import to raw Torch-dialect IR and call `lower(module,
output_type)`; each output type names the registered pipeline that produces
it. "torch" brings the IR to the torch backend contract
(torch-backend-pipeline); "linalg-on-tensors" continues with torch's
decompositions, the linalg lowering rules (torch_mlir_core.lowering, its pass
in lowering/passes.py) and the linalg-on-tensors contract check; "tosa" does
the same with the TOSA rules and the TOSA contract check; "stablehlo" with the
StableHLO rules (generic-form StableHLO, which a toolchain registering the
dialect, e.g. IREE's compiler, reads). An output type whose pipeline this
version lacks raises a NotImplementedError that says so.
"""

from __future__ import annotations

from collections import Counter

from mlir import ir

from . import passes

__all__ = ["OUTPUT_TYPES", "LoweringError", "check_output_type", "lower"]


class LoweringError(Exception):
    """A pipeline failed; `.diagnostics` holds every error it reported
    (`torch_mlir_core.diagnostics.Diagnostic`), each located where known;
    `.ops` names the ops that could not be lowered (one per op, whichever pass
    found it: not in the dialect, a mutation that cannot become values, no
    lowering rule...), which the message's first line sums up."""

    def __init__(self, output_type: str, diagnostics: list, ops: list[str] | None = None):
        self.output_type = output_type
        self.diagnostics = diagnostics
        self.ops = list(ops or [])
        lines = "\n".join(f"  {d}" for d in diagnostics)
        if self.ops:
            counts = Counter(self.ops)
            names = ", ".join(f"{n} (x{c})" if c > 1 else n for n, c in sorted(counts.items()))
            head = f"{len(self.ops)} op(s) could not be lowered to {output_type}: {names}"
        else:
            head = f"lowering to '{output_type}' failed with {len(diagnostics)} error(s):"
        super().__init__(f"{head}\n{lines}")

# output_type -> the registered pipeline producing it from raw Torch IR.
OUTPUT_TYPES = {
    "raw": None,
    "torch": "torch-backend-pipeline",
    "linalg-on-tensors": "torch-backend-to-linalg-on-tensors-backend-pipeline",
    "tosa": "torch-backend-to-tosa-backend-pipeline",
    "stablehlo": "torch-backend-to-stablehlo-backend-pipeline",
}


def check_output_type(output_type: str) -> str | None:
    """The pipeline for `output_type`; a clear error if there is none (yet)."""
    if output_type not in OUTPUT_TYPES:
        raise ValueError(f"output_type must be one of {', '.join(OUTPUT_TYPES)}, "
                         f"not '{output_type}'")
    pipeline = OUTPUT_TYPES[output_type]
    if pipeline is not None and passes.lookup(pipeline) is None:
        raise NotImplementedError(
            f"output_type='{output_type}' needs the '{pipeline}' pipeline of "
            f"torch-mlir-core, which this version of torch-mlir-core does not have yet; "
            f"use output_type='raw' for the imported Torch-dialect IR")
    return pipeline


def lower(module: ir.Module, output_type: str) -> ir.Module:
    """Runs the pipeline for `output_type` on `module` in place; returns it.
    Raises LoweringError listing every error the pipeline reported: the pipeline
    keeps going past ops it cannot handle (`passes.report_op`), so one error
    names every such op of the program, whichever pass found it."""
    if not isinstance(module, ir.Module):
        raise TypeError(f"lower() expects an mlir.ir.Module (parse text with "
                        f"torch_mlir_core.ir.parse_module), got {type(module).__name__}")
    pipeline = check_output_type(output_type)
    if pipeline is not None:
        failures = passes.OpFailures()
        try:
            passes.run_pipeline(module, pipeline, failures=failures)
        except ir.MLIRError as e:
            from .diagnostics import extend_from_error

            found: list = []
            extend_from_error(found, e)
            raise LoweringError(output_type, found, failures.names) from None
    return module
