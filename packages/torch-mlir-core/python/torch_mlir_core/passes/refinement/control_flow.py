"""The block walk of torch-refine-types and its rules for ops that are not
refined one by one (BLOCK_RULES: prim.If, prim.Loop, list appends); booleans
known at compile time (STATIC_BOOLS) and the folding of constant ifs."""

from __future__ import annotations


from mlir import ir

from ... import types as ttypes
from .registry import BLOCK_RULES, FACTS, STATIC_BOOLS
from .structural import join, refine_op
from .values import LIST_MUTATORS, Unknown, known, python_value
from .walk import all_ops, ancestor_in, remap_operands


def _uninitialized(v: ir.Value) -> bool:
    owner = v.owner
    op = owner.operation if hasattr(owner, "operation") else None
    return op is not None and op.name == "torch.prim.Uninitialized"


def _fresh_uninitialized(term: ir.Operation, i: int, t: ir.Type) -> ir.Value:
    """Makes operand `i` of `term` a new torch.prim.Uninitialized of type `t`
    (the importer shares one among the branches that raise)."""
    with ir.InsertionPoint(term), term.location:
        new = ir.Operation.create("torch.prim.Uninitialized", results=[t])
    term.operands[i] = new.results[0]
    return new.results[0]


def _cast_operand(op: ir.Operation, i: int, to: ir.Type) -> None:
    """Makes operand `i` of `op` have type `to` (a static-info cast)."""
    v = op.operands[i]
    if v.type == to:
        return
    with ir.InsertionPoint(op), op.location:
        op.operands[i] = _cast_value(v, to)


def _cast_value(v: ir.Value, to: ir.Type) -> ir.Value:
    """`v` as the type `to`, which has less static information: a
    static-info cast of a tensor, elementwise for a tuple."""
    if v.type == to:
        return v
    if ttypes.TupleType.isinstance(to) and ttypes.TupleType.isinstance(v.type):
        elements = list(ttypes.TupleType(v.type).element_types)
        unpack = ir.Operation.create("torch.prim.TupleUnpack", results=elements, operands=[v])
        casts = [_cast_value(e, t) for e, t in
                 zip(unpack.results, ttypes.TupleType(to).element_types)]
        return ir.Operation.create("torch.prim.TupleConstruct", results=[to],
                                   operands=casts).results[0]
    if not ttypes.is_tensor_type(to):  # a tensor as an Optional/Union
        return ir.Operation.create("torch.derefine", results=[to], operands=[v]).results[0]
    return ir.Operation.create("torch.tensor_static_info_cast", results=[to],
                               operands=[v]).results[0]


def refine_block(block: ir.Block) -> None:
    """Refines the ops of `block` in order; an op registered in BLOCK_RULES
    is handled by its rule (which may queue new ops), an op with regions has
    them refined, any other op is refined from its operands."""
    work = [op.operation for op in block.operations]
    work.reverse()
    while work:
        op = work.pop()
        rule = BLOCK_RULES.get(op.name)
        if rule is not None:
            rule(op, work)
        elif op.regions and len(op.regions[0].blocks):
            for region in op.regions:
                for b in region.blocks:
                    refine_block(b)
        else:
            refine_op(op)


@BLOCK_RULES.register("torch.prim.If")
def _refine_if(op: ir.Operation, work: list) -> None:
    if _static_bool(op.operands[0]) is not None:
        # Known now that the ops before it are refined (`if x.dim() == 2:`):
        # the taken branch replaces it, and is refined next.
        work.extend(reversed(_inline_taken_branch(op)))
        return
    for region in op.regions:
        refine_block(region.blocks[0])
    terms = [list(r.blocks[0].operations)[-1].operation for r in op.regions]
    for i, res in enumerate(op.results):
        if not known(res.type):
            a, b = terms[0].operands[i], terms[1].operands[i]
            # A branch that raises yields prim.Uninitialized: the
            # other branch decides the type.
            if _uninitialized(a):
                a = _fresh_uninitialized(terms[0], i, b.type)
            elif _uninitialized(b):
                b = _fresh_uninitialized(terms[1], i, a.type)
            res.set_type(join(a.type, b.type))
        for term in terms:
            _cast_operand(term, i, res.type)


@BLOCK_RULES.register("torch.prim.Loop")
def _refine_loop(op: ir.Operation, work: list) -> None:
    unrolled = _unroll_list_loop(op)
    if unrolled is not None:
        work.extend(reversed(unrolled))
        return
    body = op.regions[0].blocks[0]
    inits = list(op.operands)[2:]
    carried = list(body.arguments)[1:]
    for arg, init in zip(carried, inits):
        if not known(arg.type):
            arg.set_type(init.type)
    for _ in range(2):  # a second pass once shapes that vary are `?`
        refine_block(body)
        cond = list(body.operations)[-1]
        nexts = list(cond.operands)[1:]
        changed = False
        for arg, nxt in zip(carried, nexts):
            joined = join(arg.type, nxt.type)
            if joined != arg.type:
                arg.set_type(joined)
                changed = True
        if not changed:
            break
    cond = list(body.operations)[-1].operation
    for i, (res, arg) in enumerate(zip(op.results, carried)):
        res.set_type(arg.type)
        _cast_operand(op, 2 + i, arg.type)
        _cast_operand(cond, 1 + i, arg.type)


@BLOCK_RULES.register("torch.aten.append.t")
def _refine_append(op: ir.Operation, work: list) -> None:
    if not _absorb_append(op):
        refine_op(op)


# A `for` loop that appends to a list made before it is unrolled when its
# trip count is a compile-time fact, so that the list's length and element
# types are known (`outs.append(h)` in a loop over time steps, then
# `torch.stack(outs)`): at most this many iterations.
_MAX_UNROLL = 64


def _unroll_list_loop(loop: ir.Operation) -> list[ir.Operation] | None:
    """Unrolls `loop` in place if it is a `for` loop with a compile-time trip
    count whose body appends to a list built before it; returns the new ops
    (None, and `loop` untouched, otherwise)."""
    body = loop.regions[0].blocks[0]
    if _static_bool(loop.operands[1]) is not True:
        return None
    cond = list(body.operations)[-1]
    if _static_bool(cond.operands[0]) is not True:
        return None
    if not any(_appends_to_outer_list(o, body) for o in all_ops(loop)):
        return None
    try:
        trips = python_value(loop.operands[0], None)
    except Unknown:
        return None
    if not isinstance(trips, int) or isinstance(trips, bool) or trips > _MAX_UNROLL:
        return None
    carried = list(loop.operands)[2:]
    new_ops: list[ir.Operation] = []
    with loop.location:
        for i in range(max(trips, 0)):
            with ir.InsertionPoint(loop):
                index = ir.Operation.create(
                    "torch.constant.int", results=[ir.Type.parse("!torch.int")],
                    attributes={"value": ir.IntegerAttr.get(
                        ir.IntegerType.get_signless(64), i)})
            new_ops.append(index.operation)
            mapping = dict(zip(list(body.arguments), [index.results[0]] + carried))
            for child in list(body.operations)[:-1]:
                clone = child.operation.clone(ir.InsertionPoint(loop))
                remap_operands(clone, mapping)
                for old_r, new_r in zip(child.operation.results, clone.results):
                    mapping[old_r] = new_r
                new_ops.append(clone.operation)
            carried = [mapping.get(v, v) for v in list(cond.operands)[1:]]
    for r, v in zip(loop.results, carried):
        r.replace_all_uses_with(v)
    loop.erase()
    return new_ops


def _absorb_append(op: ir.Operation) -> bool:
    """`l.append(x)` on a list built by a ListConstruct in the same block,
    with no other in-place change or alias of it: the uses after the append
    see a new ListConstruct with `x` added (value semantics for the list);
    the append goes away. False (nothing changed) if not so simple."""
    lst, block = op.operands[0], op.block
    owner = lst.owner
    producer = owner.operation if hasattr(owner, "operation") else None
    if producer is None or producer.name != "torch.prim.ListConstruct" or \
            producer.block != block or len(list(op.results[0].uses)):
        return False
    later = []
    for use in list(lst.uses):
        user = use.owner.operation if hasattr(use.owner, "operation") else use.owner
        if user == op:
            continue
        anchor = ancestor_in(user, block)
        if anchor is None or user.name in LIST_MUTATORS and user.block != block:
            return False
        if user.name in LIST_MUTATORS and user.name != "torch.aten.append.t":
            return False
        if op.is_before_in_block(anchor):
            later.append((user, use.operand_number))
    with ir.InsertionPoint(op), op.location:
        grown = ir.Operation.create("torch.prim.ListConstruct", results=[lst.type],
                                    operands=list(producer.operands) + [op.operands[1]])
    for user, i in later:
        user.operands[i] = grown.results[0]
    op.erase()
    return True


def _appends_to_outer_list(op: ir.Operation, body: ir.Block) -> bool:
    if op.name != "torch.aten.append.t":
        return False
    lst = op.operands[0]
    owner = lst.owner
    producer = owner.operation if hasattr(owner, "operation") else None
    return producer is not None and ancestor_in(producer, body) is None


def _static_bool(v: ir.Value):
    """The value of a !torch.bool known at compile time, else None."""
    owner = v.owner
    op = owner.operation if hasattr(owner, "operation") else None
    if op is None:
        return None
    rule = STATIC_BOOLS.get(op.name)
    if rule is not None:
        return rule(op)
    if op.name in FACTS:
        # Facts of static shapes and constants (`x.dim() == 2`), evaluated
        # exactly: anything that depends on a run-time value stays unknown.
        try:
            value = python_value(v, None)
        except (Unknown, TypeError, ValueError, IndexError, ZeroDivisionError):
            return None
        return value if isinstance(value, bool) else None
    return None


@STATIC_BOOLS.register("torch.constant.bool")
def _constant_bool(op: ir.Operation):
    return ir.BoolAttr(op.attributes["value"]).value


def _identity_test(is_: bool):
    """`x is y` (`is_`) or `x is not y`: known if both are one value, or if
    one is None and the other's None-ness is known."""
    def evaluate(op: ir.Operation):
        x, y = (ttypes.underived(x) for x in op.operands)
        if x == y:  # one value (`query is key` in self-attention)
            return is_
        a, b = (_none_ness(x) for x in op.operands)
        if a is None or b is None or not (a or b):
            return None  # unknown, or two non-None values
        same = a == b
        return same if is_ else not same
    return evaluate


STATIC_BOOLS.add("torch.aten.__is__", _identity_test(True))
STATIC_BOOLS.add("torch.aten.__isnot__", _identity_test(False))


@STATIC_BOOLS.register("torch.aten.__not__")
def _not(op: ir.Operation):
    inner = _static_bool(op.operands[0])
    return None if inner is None else not inner


def _none_ness(v: ir.Value, depth: int = 0):
    """True if `v` is None, False if it cannot be, None if unknown."""
    t = str(v.type)
    if t == "!torch.none":
        return True
    owner = v.owner
    op = owner.operation if hasattr(owner, "operation") else None
    if op is not None and op.name == "torch.derefine":
        return _none_ness(op.operands[0], depth)
    if t.startswith("!torch.optional") or t.startswith("!torch.union"):
        if op is not None and op.name == "torch.prim.If" and depth < 16:
            # The same in both branches (`x = None` before an `if` that
            # may not assign it).
            ways = {_none_ness(list(r.blocks[0].operations)[-1].operands[v.result_number],
                               depth + 1) for r in op.regions}
            return ways.pop() if len(ways) == 1 else None
        return None
    return False


def fold_constant_ifs(block: ir.Block) -> None:
    """Inlines the taken branch of every torch.prim.If whose condition is
    known at compile time (TorchScript's `if stride is None:` and the like)."""
    for op in list(block.operations):
        op = op.operation
        for region in op.regions:
            for b in region.blocks:
                fold_constant_ifs(b)
        if op.name == "torch.prim.If" and _static_bool(op.operands[0]) is not None:
            _inline_taken_branch(op)


def _inline_taken_branch(op: ir.Operation) -> list[ir.Operation]:
    """Replaces the torch.prim.If `op` (condition known) by the ops of the
    branch that runs; returns them."""
    cond = _static_bool(op.operands[0])
    taken = op.regions[0 if cond else 1].blocks[0]
    inner = [o.operation for o in taken.operations]
    for child in inner[:-1]:
        child.move_before(op)
    for r, v in zip(op.results, inner[-1].operands):
        r.replace_all_uses_with(v)
    op.erase()
    return inner[:-1]
