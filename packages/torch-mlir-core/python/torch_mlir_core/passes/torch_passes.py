"""Python passes of torch-mlir-core, registered on import of
`torch_mlir_core.passes`."""

from __future__ import annotations

from mlir import ir

from . import PassError, register_pass


@register_pass(
    "torch-verify-no-unknown-ops",
    summary="Fail with one error per `torch.operator` (an op the dialect does "
    "not model), naming each, so a model's unsupported ops are reported at once",
)
def verify_no_unknown_ops(op: ir.Operation) -> None:
    found: dict[str, int] = {}

    def visit(child):
        if child.name == "torch.operator":
            name = ir.StringAttr(child.attributes["name"]).value
            found[name] = found.get(name, 0) + 1
            child.location.emit_error(
                f"unsupported op '{name}': the Torch dialect has no op for it"
            )
        return ir.WalkResult.ADVANCE

    op.walk(visit, ir.WalkOrder.PRE_ORDER)
    if found:
        summary = ", ".join(f"{n} (x{c})" if c > 1 else n for n, c in sorted(found.items()))
        raise PassError(f"{sum(found.values())} unsupported op(s): {summary}")
