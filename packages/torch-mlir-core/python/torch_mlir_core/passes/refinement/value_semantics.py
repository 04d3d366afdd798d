"""torch-maximize-value-semantics: !torch.tensor -> !torch.vtensor, tensor
literals and copies to their value forms (VALUE_FORMS), in-place ops to their
functional forms (written back through slice/select views when safe), writes
to mutable arguments to extra results (argument_updates.py)."""

from __future__ import annotations

import re

from mlir import ir

from ... import types as ttypes
from .. import PassError, register_pass, report_op
from .argument_updates import (argument_updates_to_results, mark_in_place_argument_writes,
                               written_in_place)
from .control_flow import fold_constant_ifs
from .registry import VALUE_FORMS
from .walk import all_ops, ancestor_in


_NON_VALUE = re.compile(r"(?<![A-Za-z0-9_])tensor\b")


def _to_value_type(t: ir.Type) -> ir.Type:
    if ttypes.NonValueTensorType.isinstance(t):
        return ttypes.NonValueTensorType(t).with_value_semantics()
    text = str(t)
    if text.startswith("!torch.") and _NON_VALUE.search(text):  # containers
        return ir.Type.parse(_NON_VALUE.sub("vtensor", text))
    return t


_VIEW_OPS = ("torch.aten.view", "torch.aten.select.int", "torch.aten.slice.Tensor",
             "torch.aten.transpose.int", "torch.aten.permute", "torch.aten.expand",
             "torch.aten.squeeze", "torch.aten.unsqueeze", "torch.aten.t",
             "torch.aten.reshape", "torch.aten.flatten.using_ints", "torch.aten.narrow",
             "torch.aten.as_strided", "torch.aten.diagonal", "torch.aten.unfold")


def _is_view(op: ir.Operation) -> bool:
    return any(op.name == v or op.name.startswith(v + ".") for v in _VIEW_OPS)


def _is_in_place(op: ir.Operation) -> bool:
    return _functional_name(op.name, op.context) is not None


def in_place_writer(value: ir.Value) -> ir.Operation | None:
    """The in-place op that writes `value` or a slice/select/... view of it."""
    return written_in_place(value, _is_in_place, _is_view)[0]


def _functional_name(name: str, context: ir.Context) -> str | None:
    """`torch.aten.add_.Tensor` -> `torch.aten.add.Tensor` if registered."""
    parts = name.split(".")
    if len(parts) < 3 or not parts[2].endswith("_") or parts[2].startswith("_"):
        return None
    parts[2] = parts[2][:-1]
    candidate = ".".join(parts)
    return candidate if context.is_registered_operation(candidate) else None


@register_pass("torch-maximize-value-semantics")
def maximize_value_semantics(module: ir.Operation) -> None:
    """!torch.tensor -> !torch.vtensor; in-place ops to their functional forms"""
    with module.context, module.location:
        problems = _value_semantics(module)
    if problems:
        for op, why in problems:
            report_op(op, why)
        raise PassError(f"{len(problems)} op(s) mutate tensors in a way that cannot be "
                        "converted to value semantics", per_op=True)


def _value_semantics(module: ir.Operation) -> list:
    ops = all_ops(module)
    if not any(ttypes.NonValueTensorType.isinstance(v.type)
               for op in ops for v in list(op.results) + list(op.operands)) and \
            not any(op.name.startswith("func.") and "!torch.tensor" in str(
                op.attributes["function_type"]) for op in ops if op.name == "func.func"):
        return []
    # `if inplace: relu_(x) else: relu(x)` and the like: drop dead branches
    # first, so their mutations are not considered.
    # (`ops` holds ops inside those branches: collect afresh after folding.)
    for op in list(module.regions[0].blocks[0].operations):
        op = op.operation
        if op.name == "func.func" and len(op.regions[0].blocks):
            fold_constant_ifs(op.regions[0].blocks[0])
    problems = []
    # Writes to mutable (`!torch.tensor`) arguments become extra results.
    for op in list(module.regions[0].blocks[0].operations):
        if op.operation.name == "func.func":
            mark_in_place_argument_writes(op.operation, _is_in_place, _is_view, problems)
            argument_updates_to_results(op.operation, problems)
    ops = all_ops(module)
    viewed: set = set()  # values that some view op aliases
    for op in ops:
        if _is_view(op) and len(op.operands):
            viewed.add(op.operands[0])
            viewed.update(op.results)
    for op in ops:
        if op.name == "func.func":
            ftype = ir.FunctionType(ir.TypeAttr(op.attributes["function_type"]).value)
            op.attributes["function_type"] = ir.TypeAttr.get(ir.FunctionType.get(
                [_to_value_type(t) for t in ftype.inputs],
                [_to_value_type(t) for t in ftype.results]))
        for region in op.regions:
            for block in region.blocks:
                for arg in block.arguments:
                    arg.set_type(_to_value_type(arg.type))
        for r in op.results:
            r.set_type(_to_value_type(r.type))
    for op in ops:
        form = VALUE_FORMS.get(op.name)
        if form is not None:
            form(op, problems)
        else:
            _to_functional(op, viewed, problems)
    return problems


@VALUE_FORMS.register("torch.tensor.literal")
def _tensor_literal(op: ir.Operation, problems: list) -> None:
    with ir.InsertionPoint(op), op.location:
        new = ir.Operation.create("torch.vtensor.literal", results=[op.results[0].type],
                                  attributes={"value": op.attributes["value"]})
    op.results[0].replace_all_uses_with(new.results[0])
    op.erase()


@VALUE_FORMS.register("torch.copy.to_vtensor", "torch.copy.to_tensor")
def _copy(op: ir.Operation, problems: list) -> None:
    op.results[0].replace_all_uses_with(op.operands[0])
    op.erase()


@VALUE_FORMS.register("torch.overwrite.tensor.contents")
def _overwrite(op: ir.Operation, problems: list) -> None:
    target = op.operands[1]
    if isinstance(target, ir.BlockArgument) and \
            target.owner.owner.operation.name == "func.func":
        return  # a function argument used otherwise too: argument_updates reported it
    problems.append((op, "overwrite of the contents of a tensor that is not a function "
                     "argument is not supported yet (a write to an argument becomes a "
                     "result that updates it)"))


def _to_functional(op: ir.Operation, viewed: set, problems: list) -> None:
    """An in-place op (`aten.add_.Tensor`) becomes its functional form; later
    uses of the mutated tensor in its block use the new value."""
    name = op.name
    functional = _functional_name(name, op.context)
    if functional is None:
        return
    target = op.operands[0]
    if target in viewed and _scatter_through_views(op, functional):
        return
    if target in viewed:
        problems.append((op, f"in-place '{name}' mutates a tensor that a view aliases; "
                         "write it out of place"))
        return
    with ir.InsertionPoint(op), op.location:
        new = ir.Operation.create(functional, results=[r.type for r in op.results],
                                  operands=list(op.operands),
                                  attributes={a.name: a.attr for a in op.attributes})
    # Uses after the op (in its block, or nested in later ops) see the
    # new value; a use in an enclosing block would need the value
    # threaded out of regions.
    block = op.block
    rewrites, outside = [], False
    for use in list(target.uses):
        user = use.owner
        user_op = user.operation if hasattr(user, "operation") else user
        if user_op == op.operation or user_op == new.operation:
            continue
        anchor = ancestor_in(user_op, block)
        if anchor is None:
            outside = True
            break
        if op.is_before_in_block(anchor):
            rewrites.append((user_op, use.operand_number))
    if outside:
        problems.append((op, f"in-place '{name}' mutates a value used outside "
                         "its block; write it out of place"))
        new.erase()
        return
    for user_op, i in rewrites:
        user_op.operands[i] = new.results[0]
    op.results[0].replace_all_uses_with(new.results[0])
    op.erase()


# View ops an in-place update can be written back through, with the op that
# writes a new value into the viewed part of the base.
_SCATTERS = {"torch.aten.slice.Tensor": "torch.aten.slice_scatter",
             "torch.aten.select.int": "torch.aten.select_scatter"}


def _scatter_through_views(op: ir.Operation, functional: str) -> bool:
    """`y[:, 1:6:2] = 0` (an in-place op on a chain of slice/select views of
    `y`, all in the op's block): the functional op computes the view's new
    value and slice/select_scatter write it back into each base of the chain;
    later uses of the view and of its bases see the new values. False
    (nothing changed) if another alias could observe the update."""
    block = op.block
    chain = []  # view ops, innermost first
    v = op.operands[0]
    while True:
        owner = v.owner
        producer = owner.operation if hasattr(owner, "operation") else None
        if producer is None or producer.name not in _SCATTERS:
            break
        if producer.block != block or not producer.is_before_in_block(op):
            return False
        chain.append(producer)
        v = producer.operands[0]
    if not chain:
        return False
    # Every other user of the base and of the views must be harmless: ops
    # before the update that are not views, or any op after it (they get
    # the new values).
    for value in [v] + [c.results[0] for c in chain]:
        for use in value.uses:
            user = use.owner.operation if hasattr(use.owner, "operation") else use.owner
            if user == op or any(user == c for c in chain):
                continue
            anchor = ancestor_in(user, block)
            if anchor is None:
                return False
            if anchor.is_before_in_block(op) and _is_view(user):
                return False
    with ir.InsertionPoint(op), op.location:
        new = ir.Operation.create(functional, results=[r.type for r in op.results],
                                  operands=list(op.operands),
                                  attributes={a.name: a.attr for a in op.attributes})
        replacements = [(op.operands[0], new.results[0]), (op.results[0], new.results[0])]
        current = new.results[0]
        for view in chain:
            base = view.operands[0]
            scatter = ir.Operation.create(
                _SCATTERS[view.name], results=[base.type],
                operands=[base, current] + list(view.operands)[1:])
            current = scatter.results[0]
            replacements.append((base, current))
    for old, fresh in replacements:
        for use in list(old.uses):
            user = use.owner.operation if hasattr(use.owner, "operation") else use.owner
            anchor = ancestor_in(user, block)
            if user != op and anchor is not None and op.is_before_in_block(anchor):
                user.operands[use.operand_number] = fresh
    op.erase()
    return True
