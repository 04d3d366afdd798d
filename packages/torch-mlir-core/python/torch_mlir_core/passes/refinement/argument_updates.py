"""Mutated function arguments to extra results (part of
torch-maximize-value-semantics).

Frontends mark an argument the program mutates (a user input written by
`x.add_(y)`, a buffer updated in `forward`) as a non-value `!torch.tensor`
argument: the function reads it with `torch.copy.to_vtensor` and writes its
new contents with `torch.overwrite.tensor.contents`. Under value semantics a
function cannot write its arguments, so the last value written becomes an
extra function result, appended after the program's own results, whose
result attribute `torch.updates_argument = <index> : i64` names the argument
it updates. A backend gives the program's caller the effect of the mutation
by copying that result into the caller's tensor (the refbackend does); the
convention is documented in torch-mlir-core's README.
"""

from __future__ import annotations

from mlir import ir

from ... import types as ttypes

__all__ = ["UPDATES_ARGUMENT", "argument_updates_to_results", "mark_in_place_argument_writes",
           "written_in_place"]

UPDATES_ARGUMENT = "torch.updates_argument"

_READ = "torch.copy.to_vtensor"
_WRITE = "torch.overwrite.tensor.contents"


def _op(owner) -> ir.Operation:
    return owner.operation if hasattr(owner, "operation") else owner


_CAST = "torch.tensor_static_info_cast"


def mark_in_place_argument_writes(fn: ir.Operation, is_in_place, is_view,
                                  problems: list) -> None:
    """A `!torch.tensor` argument that an in-place op writes directly or
    through slice/select views (TorchScript's arguments are all non-value
    tensors: `x.add_(y)`, `x[:, 1:] = y` act on the argument itself) gets the
    read/write protocol above: it is read once into a local non-value copy
    that the body uses, and the copy's last contents are written back at the
    return. The in-place ops then become functional as on any local tensor,
    and the write an extra result (`argument_updates_to_results`)."""
    if not len(fn.regions[0].blocks):
        return
    entry = fn.regions[0].blocks[0]
    ret = list(entry.operations)[-1].operation
    for index, arg in enumerate(entry.arguments):
        if not ttypes.NonValueTensorType.isinstance(arg.type) or \
                any(_op(u.owner).name == _WRITE for u in arg.uses):
            continue
        # TorchScript's type bounds cast the argument to its own type: the
        # same tensor.
        for use in list(arg.uses):
            user = _op(use.owner)
            if user.name == _CAST and user.results[0].type == arg.type:
                user.results[0].replace_all_uses_with(arg)
                user.erase()
        writer, through_cast = written_in_place(arg, is_in_place, is_view)
        if writer is None:
            continue
        if through_cast:
            problems.append((writer, f"in-place '{writer.name}' writes argument {index} "
                             f"through a {_CAST}; write it out of place"))
            continue
        value_type = ttypes.NonValueTensorType(arg.type).with_value_semantics()
        with ir.InsertionPoint.at_block_begin(entry), fn.location:
            read = ir.Operation.create(_READ, results=[value_type], operands=[arg])
            local = ir.Operation.create("torch.copy.to_tensor", results=[arg.type],
                                        operands=[read.results[0]])
        for use in list(arg.uses):
            user = _op(use.owner)
            if user != read:
                user.operands[use.operand_number] = local.results[0]
        with ir.InsertionPoint(ret), ret.location:
            last = ir.Operation.create(_READ, results=[value_type], operands=[local.results[0]])
            # The read goes when the local copy becomes values; the cast keeps
            # the argument's type on the result.
            typed = ir.Operation.create("torch.tensor_static_info_cast", results=[value_type],
                                        operands=[last.results[0]])
            ir.Operation.create(_WRITE, operands=[typed.results[0], arg])


def written_in_place(arg: ir.Value, is_in_place, is_view):
    """(the in-place op writing `arg` or a view chain of it, whether the
    chain has a static-info cast), or (None, False)."""
    pending, seen = [(arg, False)], []
    while pending:
        v, cast = pending.pop()
        seen.append(v)
        for use in v.uses:
            user = _op(use.owner)
            if use.operand_number != 0:
                continue
            if is_in_place(user):
                return user, cast
            if is_view(user) or user.name == _CAST:
                pending.extend((r, cast or user.name == _CAST) for r in user.results
                               if not any(r == s for s in seen))
    return None, False


def argument_updates_to_results(fn: ir.Operation, problems: list) -> None:
    """Rewrites the overwrites of `fn`'s arguments into extra results (see
    the module docstring). An argument used in any other way (in a nested
    region, by an op other than a read or a write, in a function of several
    blocks) is reported in `problems` at the op that uses it."""
    if not len(fn.regions[0].blocks):
        return
    entry = fn.regions[0].blocks[0]
    updates: list[tuple[int, ir.Value]] = []  # (argument index, its last value)
    for index, arg in enumerate(entry.arguments):
        if not ttypes.NonValueTensorType.isinstance(arg.type):
            continue
        users = [_op(use.owner) for use in arg.uses]
        writes = [u for u in users if u.name == _WRITE and u.operands[1] == arg]
        if not writes:
            continue
        bad = [u for u in users
               if u.name not in (_READ, _WRITE) or u.block != entry
               or (u.name == _WRITE and u.operands[0] == arg)]
        if len(fn.regions[0].blocks) > 1:
            bad = bad or writes
        if bad:
            problems.append((bad[0], (
                f"argument {index} is mutated by the program and also used by "
                f"'{bad[0].name}'" + (" in a nested region" if bad[0].block != entry else "")
                + "; only reads (torch.copy.to_vtensor) and writes "
                "(torch.overwrite.tensor.contents) in the function's body can become a "
                "result that updates the argument")))
            continue
        current = None  # None: the argument's contents on entry
        for op in list(entry.operations):
            op = op.operation
            if not any(op == u for u in users):
                continue
            if op.name == _WRITE:
                current = op.operands[0]
                op.erase()
            elif current is not None:  # a read after a write sees the new contents
                op.results[0].replace_all_uses_with(_cast(current, op.results[0].type, op))
                op.erase()
        updates.append((index, current))
    if updates:
        _append_results(fn, entry, updates)


def _cast(value: ir.Value, want: ir.Type, before: ir.Operation) -> ir.Value:
    if value.type == want:
        return value
    with ir.InsertionPoint(before), before.location:
        return ir.Operation.create("torch.tensor_static_info_cast", results=[want],
                                   operands=[value]).results[0]


def _append_results(fn: ir.Operation, entry: ir.Block, updates) -> None:
    ret = list(entry.operations)[-1].operation
    args = list(entry.arguments)
    new_values = []
    for index, value in updates:
        want = ttypes.NonValueTensorType(args[index].type).with_value_semantics()
        new_values.append(_cast(value, want, ret))
    with ir.InsertionPoint(ret), ret.location:
        ir.Operation.create(ret.name, operands=list(ret.operands) + new_values)
    ret.erase()
    ftype = ir.FunctionType(ir.TypeAttr(fn.attributes["function_type"]).value)
    fn.attributes["function_type"] = ir.TypeAttr.get(ir.FunctionType.get(
        list(ftype.inputs), list(ftype.results) + [v.type for v in new_values]))
    old = (list(ir.ArrayAttr(fn.attributes["res_attrs"]))
           if "res_attrs" in fn.attributes else [ir.DictAttr.get({})] * len(ftype.results))
    i64 = ir.IntegerType.get_signless(64)
    fn.attributes["res_attrs"] = ir.ArrayAttr.get(old + [
        ir.DictAttr.get({UPDATES_ARGUMENT: ir.IntegerAttr.get(i64, index)})
        for index, _ in updates])
