"""`torch-view-copies-to-views`: the functional `*_copy` forms of view ops
(`aten.t_copy`, `aten.view_copy`, `aten.select_copy.int`, ...) become the
view ops themselves.

Functionalized graphs (Lazy Tensor Core records training steps this way)
hold `*_copy` ops, which return a fresh tensor where the view op returns an
alias. On value-semantic tensors (`!torch.vtensor`) there is no difference,
and the view ops have lowering rules. Which view op answers a `*_copy` op is
computed from torch's schemas: the op without the `_copy` suffix, same
overload, same arguments, whose first argument is a non-mutated alias
(`Tensor(a)`); nothing is listed by hand. Ops on non-value tensors are left
alone (there an alias and a copy differ).
"""

from __future__ import annotations

import functools

from mlir import ir

from .. import types as ttypes
from . import register_pass

_SUFFIX = "_copy"


@functools.lru_cache(maxsize=None)
def _schema(name: str):
    """The schema of the torch op named like the dialect op `name`
    (`torch.aten.t_copy` -> `aten::t_copy`), None if torch has none."""
    import torch

    parts = name.split(".")
    packet = getattr(torch.ops.aten, parts[2], None)
    if packet is None:
        return None
    overload = getattr(packet, parts[3] if len(parts) > 3 else "default", None)
    return None if overload is None else overload._schema


def view_of(copy_name: str, context: ir.Context) -> str | None:
    """The dialect view op equivalent to the `*_copy` op `copy_name`, or None."""
    parts = copy_name.split(".")
    if len(parts) < 3 or parts[:2] != ["torch", "aten"] or not parts[2].endswith(_SUFFIX):
        return None
    view = ".".join(parts[:2] + [parts[2][: -len(_SUFFIX)]] + parts[3:])
    if not context.is_registered_operation(view):
        return None
    copy_schema, view_schema = _schema(copy_name), _schema(view)
    if copy_schema is None or view_schema is None:
        return None
    args = list(view_schema.arguments)
    if [str(a.type) for a in copy_schema.arguments] != [str(a.type) for a in args]:
        return None
    alias = args[0].alias_info if args else None
    if alias is None or alias.is_write:
        return None
    return view


def _value_semantic(op: ir.Operation) -> bool:
    return all(not ttypes.is_tensor_type(v.type) or str(v.type).startswith("!torch.vtensor")
               for v in list(op.operands) + list(op.results))


@register_pass("torch-view-copies-to-views")
def view_copies_to_views(module: ir.Operation) -> None:
    """Functional `*_copy` view ops (t_copy, view_copy, ...) on value-semantic tensors ->
    the view ops (same result, and the view ops have lowering rules)"""
    found: list[tuple[ir.Operation, str]] = []

    def visit(op):
        name = op.name
        if name.endswith(_SUFFIX) or f"{_SUFFIX}." in name:
            view = view_of(name, op.context)
            if view is not None and _value_semantic(op):
                found.append((op.operation, view))
        return ir.WalkResult.ADVANCE

    module.walk(visit, ir.WalkOrder.PRE_ORDER)
    for op, view in found:
        with ir.InsertionPoint(op), op.location:
            new = ir.Operation.create(view, results=[r.type for r in op.results],
                                      operands=list(op.operands))
        for old, repl in zip(op.results, new.results):
            old.replace_all_uses_with(repl)
        op.erase()
