"""The target lowerings as passes (torch-lower-to-linalg,
torch-lower-to-stablehlo and their backend contract checks), and the
pipelines that produce linalg-on-tensors and StableHLO. The rule modules
are imported when a lowering pass first runs, so tools that never lower
start fast. Registered with the pass registry
of torch_mlir_core.passes, which imports this module."""

from __future__ import annotations

from mlir import ir

from ..passes import PassError, register_pass, register_pipeline


def _functions(module_op: ir.Operation) -> list[ir.Operation]:
    body = module_op.regions[0].blocks[0]
    return [op.operation for op in body.operations if op.operation.name == "func.func"]


def _lower(module_op: ir.Operation, target: str, output_type: str) -> None:
    from . import load_rules
    from .convert import lower_function

    load_rules()
    failures = []
    for fn in _functions(module_op):
        failures.extend(lower_function(fn, target))
    if not failures:
        return
    names = {}
    for f in failures:
        operand_types = ", ".join(str(v.type) for v in f.op.operands)
        f.op.location.emit_error(
            f"'{f.op.name}' could not be lowered to {output_type}: {f.reason} "
            f"(operand types: ({operand_types}))")
        names[f.op.name] = names.get(f.op.name, 0) + 1
    summary = ", ".join(f"{k} (x{c})" if c > 1 else k for k, c in sorted(names.items()))
    raise PassError(f"{len(failures)} op(s) could not be lowered to {output_type}: {summary}")


@register_pass(
    "torch-lower-to-linalg",
    summary="Lower Torch-dialect functions at the torch backend contract to "
    "linalg-on-tensors (+ tensor, arith, math, scf) on builtin types, reporting every op "
    "that cannot be lowered",
)
def lower_to_linalg(op: ir.Operation) -> None:
    _lower(op, "linalg", "linalg-on-tensors")


# Dialects a linalg-on-tensors backend accepts.
LINALG_ON_TENSORS_DIALECTS = ("builtin", "func", "linalg", "tensor", "arith", "math", "scf",
                              "cf", "complex", "ml_program")
# Dialects a StableHLO consumer (IREE's stablehlo input) accepts: StableHLO and
# CHLO, with the builtin/func structure and the arith/tensor ops of run-time
# scalars and shape tensors.
STABLEHLO_DIALECTS = ("builtin", "func", "stablehlo", "chlo", "tensor", "arith", "cf")


def verify_backend_contract(op: ir.Operation, output_type: str, dialects: tuple) -> None:
    """One located error per op outside the `output_type` contract: ops of
    `dialects` on builtin types only."""
    count = 0

    def visit(child):
        nonlocal count
        problem = None
        dialect = child.name.split(".", 1)[0]
        if dialect not in dialects:
            problem = f"op '{child.name}' is not in the {output_type} backend contract"
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
        raise PassError(f"{count} op(s) break the {output_type} backend contract")


@register_pass(
    "torch-verify-linalg-on-tensors-backend-contract",
    summary="Fail with one error per op outside the linalg-on-tensors backend contract "
    "(ops of builtin/func/linalg/tensor/arith/math/scf/cf/complex/ml_program on builtin "
    "types only)",
)
def verify_linalg_on_tensors_contract(op: ir.Operation) -> None:
    verify_backend_contract(op, "linalg-on-tensors", LINALG_ON_TENSORS_DIALECTS)


@register_pass(
    "torch-lower-to-stablehlo",
    summary="Lower Torch-dialect functions at the torch backend contract to StableHLO "
    "(generic form; + chlo, and tensor/arith for run-time scalars) on builtin types, "
    "reporting every op that cannot be lowered",
    emits_unregistered_ops=True,  # StableHLO is not registered with our context
)
def lower_to_stablehlo(op: ir.Operation) -> None:
    _lower(op, "stablehlo", "stablehlo")


@register_pass(
    "torch-verify-stablehlo-backend-contract",
    summary="Fail with one error per op outside the StableHLO backend contract (ops of "
    "builtin/func/stablehlo/chlo/tensor/arith/cf on builtin types only)",
)
def verify_stablehlo_contract(op: ir.Operation) -> None:
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
    "torch-backend-to-stablehlo-backend-pipeline",
    "builtin.module(torch-backend-pipeline,torch-decompose{target=stablehlo},"
    "torch-lower-to-stablehlo,"
    "func.func(canonicalize,cse),torch-verify-stablehlo-backend-contract)",
    summary="raw Torch IR -> StableHLO: the torch backend pipeline, torch's "
    "decompositions of ops without a StableHLO rule, the StableHLO lowering rules, "
    "cleanup, and the StableHLO backend contract check",
)
