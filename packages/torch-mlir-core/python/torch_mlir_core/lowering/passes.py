"""The target lowerings as passes (torch-lower-to-linalg,
torch-lower-to-tosa, torch-lower-to-stablehlo), the backend contract checks
(one function, by the dialects each contract allows), and the pipelines that
produce linalg-on-tensors, TOSA and StableHLO. The rule modules are imported
when a lowering pass first runs, so tools that never lower start fast.
Registered with the pass registry
of torch_mlir_core.passes, which imports this module."""

from __future__ import annotations

from collections import Counter

from mlir import ir

from ..passes import (UNSUPPORTED_ATTR, PassError, is_reported, op_display_name,
                      register_pass, register_pipeline, report_op, run_on_functions)


def _lower(module_op: ir.Operation, target: str, output_type: str) -> None:
    from . import load_rules
    from .convert import lower_function

    load_rules()
    names: Counter[str] = Counter()

    def lower(fn: ir.Operation) -> int:
        failures = lower_function(fn, target)
        if failures:
            # Left as it was: the target contract check does not report it again.
            fn.attributes[UNSUPPORTED_ATTR] = ir.UnitAttr.get(fn.context)
        new = [f for f in failures if not f.reported]
        for f in new:
            operand_types = ", ".join(str(v.type) for v in f.op.operands)
            report_op(f.op, f"'{op_display_name(f.op)}' could not be lowered to "
                      f"{output_type}: {f.reason} (operand types: ({operand_types}))")
            names[op_display_name(f.op)] += 1
        return len(new)

    def message(count: int) -> str:
        summary = ", ".join(f"{k} (x{c})" if c > 1 else k for k, c in sorted(names.items()))
        return f"{count} op(s) could not be lowered to {output_type}: {summary}"

    run_on_functions(module_op, lower, message)


@register_pass("torch-lower-to-linalg")
def lower_to_linalg(op: ir.Operation) -> None:
    """Lower Torch-dialect functions at the torch backend contract to linalg-on-tensors
    (+ tensor, arith, math, scf) on builtin types, reporting every op that cannot be
    lowered"""
    _lower(op, "linalg", "linalg-on-tensors")


@register_pass("torch-lower-to-tosa")
def lower_to_tosa(op: ir.Operation) -> None:
    """Lower Torch-dialect functions at the torch backend contract to TOSA (+ tensor,
    arith) on builtin types, reporting every op that cannot be lowered"""
    _lower(op, "tosa", "tosa")


# Dialects each backend contract allows.
LINALG_ON_TENSORS_DIALECTS = ("builtin", "func", "linalg", "tensor", "arith", "math", "scf",
                              "cf", "complex", "ml_program")
TOSA_DIALECTS = ("builtin", "func", "tosa", "tensor", "arith", "scf", "cf")
# Dialects a StableHLO consumer (IREE's stablehlo input) accepts: StableHLO and
# CHLO, with the builtin/func structure and the arith/tensor ops of run-time
# scalars and shape tensors.
STABLEHLO_DIALECTS = ("builtin", "func", "stablehlo", "chlo", "tensor", "arith", "cf",
                      "ml_program")


def verify_backend_contract(op: ir.Operation, contract: str, dialects: tuple[str, ...]) -> None:
    """One error per op of `op` outside the `contract` backend contract: an
    op of a dialect not in `dialects`, or a value or function signature of a
    non-builtin type (other than the dialect's own). Ops an earlier pass
    reported (and functions the lowering left because of them) are skipped."""
    count = 0

    def visit(child):
        nonlocal count
        if is_reported(child):
            return ir.WalkResult.SKIP
        problem = None
        dialect = child.name.split(".", 1)[0]
        if dialect not in dialects:
            problem = f"op '{child.name}' is not in the {contract} backend contract"
        else:
            for v in list(child.results) + list(child.operands):
                if str(v.type).startswith("!") and not str(v.type).startswith(
                        f"!{dialect}."):
                    problem = f"op '{child.name}' uses the non-builtin type {v.type}"
                    break
        if problem is None and child.name == "func.func" and "!torch." in str(
                child.attributes["function_type"]):
            problem = (f"function signature {child.attributes['function_type']} has "
                       "non-builtin types")
        if problem:
            report_op(child, problem)
            count += 1
        return ir.WalkResult.ADVANCE

    op.walk(visit, ir.WalkOrder.PRE_ORDER)
    if count:
        raise PassError(f"{count} op(s) break the {contract} backend contract", per_op=True)


@register_pass("torch-verify-linalg-on-tensors-backend-contract")
def verify_linalg_on_tensors_contract(op: ir.Operation) -> None:
    """Fail with one error per op outside the linalg-on-tensors backend contract (ops of
    builtin/func/linalg/tensor/arith/math/scf/cf/complex/ml_program on builtin types
    only)"""
    verify_backend_contract(op, "linalg-on-tensors", LINALG_ON_TENSORS_DIALECTS)


@register_pass("torch-verify-tosa-backend-contract")
def verify_tosa_contract(op: ir.Operation) -> None:
    """Fail with one error per op outside the TOSA backend contract (ops of
    builtin/func/tosa/tensor/arith/scf/cf on builtin types and TOSA's own !tosa.shape)"""
    verify_backend_contract(op, "tosa", TOSA_DIALECTS)


@register_pass("torch-lower-to-stablehlo",
               emits_unregistered_ops=True)  # StableHLO is not registered with our context
def lower_to_stablehlo(op: ir.Operation) -> None:
    """Lower Torch-dialect functions at the torch backend contract to StableHLO (generic
    form; + chlo, and tensor/arith for run-time scalars) on builtin types, reporting
    every op that cannot be lowered"""
    _lower(op, "stablehlo", "stablehlo")


@register_pass("torch-verify-stablehlo-backend-contract")
def verify_stablehlo_contract(op: ir.Operation) -> None:
    """Fail with one error per op outside the StableHLO backend contract (ops of
    builtin/func/stablehlo/chlo/tensor/arith/cf on builtin types only)"""
    verify_backend_contract(op, "stablehlo", STABLEHLO_DIALECTS)


register_pipeline(
    "torch-backend-to-linalg-on-tensors-backend-pipeline",
    "builtin.module(torch-backend-pipeline,torch-decompose{target=linalg},"
    "torch-lower-to-linalg,"
    "func.func(canonicalize,cse),torch-verify-linalg-on-tensors-backend-contract)",
    summary="raw Torch IR -> linalg-on-tensors: the torch backend pipeline, torch's "
    "decompositions of ops without a linalg rule, the linalg lowering rules, cleanup, and "
    "the linalg-on-tensors backend contract check",
)


register_pipeline(
    "torch-backend-to-tosa-backend-pipeline",
    "builtin.module(torch-backend-pipeline,torch-decompose{target=tosa},"
    "torch-lower-to-tosa,"
    "func.func(canonicalize,cse),torch-verify-tosa-backend-contract)",
    summary="raw Torch IR -> TOSA: the torch backend pipeline, torch's decompositions of "
    "ops without a TOSA rule, the TOSA lowering rules, cleanup, and the TOSA backend "
    "contract check",
)


register_pipeline(
    "torch-backend-to-stablehlo-backend-pipeline",
    "builtin.module(torch-backend-pipeline,torch-decompose{target=stablehlo},"
    "torch-lower-to-stablehlo,"
    "func.func(canonicalize,cse),torch-verify-stablehlo-backend-contract)",
    summary="raw Torch IR -> StableHLO: the torch backend pipeline, torch's "
    "decompositions of ops without a StableHLO rule, the StableHLO lowering rules, "
    "cleanup, and the StableHLO backend contract check",
)
