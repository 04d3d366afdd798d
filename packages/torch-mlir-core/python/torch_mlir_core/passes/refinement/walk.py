"""Walking the IR: every op under a root, an op's ancestor in a block, remapping operands."""

from __future__ import annotations


from mlir import ir



def all_ops(root: ir.Operation) -> list[ir.Operation]:
    ops: list[ir.Operation] = []

    def visit(op):
        ops.append(op.operation)
        return ir.WalkResult.ADVANCE

    root.walk(visit, ir.WalkOrder.PRE_ORDER)
    return ops


def ancestor_in(op: ir.Operation, block: ir.Block):
    """`op` or its ancestor whose block is `block`, else None."""
    cur = op
    while cur is not None:
        parent = cur.parent
        if parent is None:  # the top-level op has no block
            return None
        if cur.block == block:
            return cur
        cur = parent.operation
    return None


def remap_operands(op: ir.Operation, mapping: dict) -> None:
    def visit(child):
        for i, v in enumerate(child.operands):
            if v in mapping:
                child.operands[i] = mapping[v]
        return ir.WalkResult.ADVANCE

    op.walk(visit, ir.WalkOrder.PRE_ORDER)
