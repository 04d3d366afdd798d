"""Walking a module: the ops a rewrite collects before it changes any."""

from __future__ import annotations

from mlir import ir


def all_ops(module: ir.Module) -> list[ir.Operation]:
    """Every op of `module`, the module op included, in MLIR's walk order (post-order)."""
    found = []

    def visit(op):
        found.append(op)
        return ir.WalkResult.ADVANCE

    module.operation.walk(visit)
    return found


def ops_named(module: ir.Module, name: str) -> list[ir.Operation]:
    """Every op of `module` named `name`, in walk order."""
    return [op for op in all_ops(module) if op.name == name]
