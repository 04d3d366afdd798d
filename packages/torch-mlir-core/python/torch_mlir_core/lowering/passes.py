"""The target lowerings as passes (torch-lower-to-linalg and the
linalg-on-tensors backend contract check), and the pipeline that produces
linalg-on-tensors. The rule modules are imported when a lowering pass first
runs, so tools that never lower start fast. Registered with the pass registry
of torch_mlir_core.passes, which imports this module."""

from __future__ import annotations

from collections import Counter

from mlir import ir

from ..passes import PassError, register_pass, register_pipeline, run_on_functions


def _lower(module_op: ir.Operation, target: str, output_type: str) -> None:
    from . import load_rules
    from .convert import lower_function

    load_rules()
    names: Counter[str] = Counter()

    def lower(fn: ir.Operation) -> int:
        failures = lower_function(fn, target)
        for f in failures:
            operand_types = ", ".join(str(v.type) for v in f.op.operands)
            f.op.location.emit_error(
                f"'{f.op.name}' could not be lowered to {output_type}: {f.reason} "
                f"(operand types: ({operand_types}))")
            names[f.op.name] += 1
        return len(failures)

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


# Dialects a linalg-on-tensors backend accepts.
LINALG_ON_TENSORS_DIALECTS = ("builtin", "func", "linalg", "tensor", "arith", "math", "scf",
                              "cf", "complex", "ml_program")


@register_pass("torch-verify-linalg-on-tensors-backend-contract")
def verify_linalg_on_tensors_contract(op: ir.Operation) -> None:
    """Fail with one error per op outside the linalg-on-tensors backend contract (ops of
    builtin/func/linalg/tensor/arith/math/scf/cf/complex/ml_program on builtin types
    only)"""
    count = 0

    def visit(child):
        nonlocal count
        problem = None
        dialect = child.name.split(".", 1)[0]
        if dialect not in LINALG_ON_TENSORS_DIALECTS:
            problem = f"op '{child.name}' is not in the linalg-on-tensors backend contract"
        else:
            for v in list(child.results) + list(child.operands):
                if str(v.type).startswith("!"):
                    problem = f"op '{child.name}' uses the non-builtin type {v.type}"
                    break
        if problem is None and child.name == "func.func" and "!torch." in str(
                child.attributes["function_type"]):
            problem = (f"function signature {child.attributes['function_type']} has "
                       "non-builtin types")
        if problem:
            child.location.emit_error(problem)
            count += 1
        return ir.WalkResult.ADVANCE

    op.walk(visit, ir.WalkOrder.PRE_ORDER)
    if count:
        raise PassError(f"{count} op(s) break the linalg-on-tensors backend contract")


register_pipeline(
    "torch-backend-to-linalg-on-tensors-backend-pipeline",
    "builtin.module(torch-backend-pipeline,torch-decompose{target=linalg},"
    "torch-lower-to-linalg,"
    "func.func(canonicalize,cse),torch-verify-linalg-on-tensors-backend-contract)",
    summary="raw Torch IR -> linalg-on-tensors: the torch backend pipeline, torch's "
    "decompositions of ops without a linalg rule, the linalg lowering rules, cleanup, and "
    "the linalg-on-tensors backend contract check",
)
