"""Python passes of torch-mlir-core, registered on import of
`torch_mlir_core.passes`."""

from __future__ import annotations

from mlir import ir

from .. import types
from . import PassError, is_reported, register_pass, register_pipeline, report_op


@register_pass("torch-verify-no-unknown-ops")
def verify_no_unknown_ops(op: ir.Operation) -> None:
    """Fail with one error per `torch.operator` (an op the dialect does not model), naming
    each, so a model's unsupported ops are reported at once"""
    found: dict[str, int] = {}

    def visit(child):
        if child.name == "torch.operator":
            name = _report_unknown_op(child)
            found[name] = found.get(name, 0) + 1
        return ir.WalkResult.ADVANCE

    op.walk(visit, ir.WalkOrder.PRE_ORDER)
    if found:
        summary = ", ".join(f"{n} (x{c})" if c > 1 else n for n, c in sorted(found.items()))
        raise PassError(f"{sum(found.values())} unsupported op(s): {summary}", per_op=True)


def _contract_problem(t: ir.Type) -> str | None:
    """Why a value's type breaks the backend contract (None if it does not).
    Container element types (`!torch.list<vtensor>`) are not held to it:
    the tensors in a container are checked where they are produced."""
    if not types.is_tensor_type(t):
        return None
    if not str(t).startswith("!torch.vtensor"):
        return f"non-value tensor {t} (value semantics are required)"
    vt = types.ValueTensorType(t)
    if not vt.has_dtype:
        return f"tensor {t} has no known dtype"
    if not vt.has_sizes:
        return f"tensor {t} has no known rank"
    return None


def _report_unknown_op(op: ir.Operation) -> str:
    name = ir.StringAttr(op.attributes["name"]).value
    report_op(op, f"unsupported op '{name}': the Torch dialect has no op for it")
    return name


def _depends_on_reported(op: ir.Operation, tainted: set) -> bool:
    """Whether `op` was reported by an earlier pass or uses a value that
    depends on such an op (then its results do too: added to `tainted`)."""
    if is_reported(op) or any(v in tainted for v in op.operands):
        tainted.update(op.results)
        return True
    return False


@register_pass("torch-verify-backend-contract")
def verify_backend_contract(op: ir.Operation) -> None:
    """Fail with one error per op that breaks the torch backend contract (value-semantic
    tensors with known dtype and rank; no torch.operator); ops an earlier pass reported,
    and ops using their results, are not reported again"""
    count = 0
    non_value = False
    tainted: set = set()

    def visit(child):
        nonlocal count, non_value
        if _depends_on_reported(child, tainted):
            return ir.WalkResult.SKIP
        if child.name == "torch.operator":
            _report_unknown_op(child)
            tainted.update(child.results)
            count += 1
            return ir.WalkResult.ADVANCE
        if child.name == "func.func":
            # The signature (the entry block's arguments) is checked here;
            # everything else where it is produced or used by a Torch op.
            regions = list(child.regions)
            values = list(regions[0].blocks[0].arguments) if regions and len(
                regions[0].blocks) else []
        elif child.name.startswith("torch."):
            values = list(child.results) + list(child.operands)
        else:
            return ir.WalkResult.ADVANCE
        for v in values:
            problem = _contract_problem(v.type)
            if problem:
                non_value |= problem.startswith("non-value")
                what = "argument" if child.name == "func.func" else f"'{child.name}'"
                report_op(child, f"{what}: {problem}")
                if child.name != "func.func":
                    tainted.update(child.results)
                count += 1
                break
        return ir.WalkResult.ADVANCE

    op.walk(visit, ir.WalkOrder.PRE_ORDER)
    if count:
        hint = ""
        if non_value:
            hint = ("; run torch-maximize-value-semantics first (torch-backend-pipeline "
                    "does)")
        raise PassError(f"{count} op(s) break the torch backend contract{hint}", per_op=True)


register_pipeline(
    "torch-backend-pipeline",
    "builtin.module(torch-freeze-object-graph,torch-maximize-value-semantics,"
    "torch-view-copies-to-views,torch-refine-types,canonicalize,torch-verify-backend-contract)",
    summary="raw Torch IR -> the torch backend contract: TorchScript object graph frozen "
    "into functions, value semantics, shapes and "
    "dtypes from torch's meta kernels, folding, then the contract check (value-semantic "
    "tensors with known dtypes/ranks, every op defined)",
)
