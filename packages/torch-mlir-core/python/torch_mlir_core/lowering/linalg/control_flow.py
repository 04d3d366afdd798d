"""Control flow: torch.prim.If -> scf.if, torch.prim.Loop -> scf.for (a
`for` loop: the condition is constant true on entry and after every
iteration) or scf.while (anything else).

Regions are lowered op by op with the enclosing function's value map
(`cx.lower_block`), so ops inside them use the same rules as everywhere
else; values the regions yield and the loops carry are materialized to
their builtin types. A condition known at compile time needs no scf op at
all: the region that runs is lowered in place."""

from __future__ import annotations

from mlir import ir
from mlir.dialects import arith, scf, tensor

from ..convert import FAILED, convert_type
from ..registry import Unsupported, rule


def _runtime_types(types, what: str) -> list[ir.Type]:
    out = []
    for t in types:
        c = convert_type(t)
        if c is None:
            raise Unsupported(f"{what} of type {t} has no run-time form")
        out.append(c)
    return out


def _materialize(cx, values, types) -> list[ir.Value]:
    """Converted values as SSA values of exactly `types` (Python constants
    become arith.constant; tensors whose static shape information differs get
    a tensor.cast)."""
    out = []
    for v, t in zip(values, types):
        if v is None or isinstance(v, (list, tuple, str)):
            raise Unsupported(f"cannot pass {v!r} as a run-time value of type {t}")
        v = cx.materialize(v, t)
        if v.type != t:
            if isinstance(v.type, ir.RankedTensorType) and isinstance(t, ir.RankedTensorType):
                v = tensor.CastOp(t, v).result
            else:
                raise Unsupported(f"a value of type {v.type} where {t} is expected")
        out.append(v)
    return out


def _lower_region(cx, block: ir.Block, args: list):
    """Lowers `block` at the current insertion point; returns the converted
    terminator operands, or None if an op in it could not be lowered (its
    failure is already reported)."""
    before = len(cx.failures)
    out = cx.lower_block(block, args)
    if len(cx.failures) > before or any(v is FAILED for v in out):
        return None
    return out


def _is_constant_true(value: ir.Value) -> bool:
    owner = value.owner
    if not isinstance(owner, ir.OpView) and not isinstance(owner, ir.Operation):
        return False  # a block argument
    op = owner.operation if isinstance(owner, ir.OpView) else owner
    if op.name != "torch.constant.bool":
        return False
    return ir.BoolAttr(op.attributes["value"]).value


@rule("torch.prim.If")
def prim_if(cx, n):
    cond = n.operands[0]
    then_block = n.op.regions[0].blocks[0]
    else_block = n.op.regions[1].blocks[0]
    n_results = len(n.op.results)
    if not isinstance(cond, ir.Value):
        # Known at compile time: lower the region that runs in place.
        out = _lower_region(cx, then_block if cond else else_block, [])
        if out is None:
            return [FAILED] * n_results if n_results != 1 else FAILED
        return out if n_results != 1 else out[0]
    types = _runtime_types([r.type for r in n.op.results], "a result of torch.prim.If")
    op = scf.IfOp(cond, types, has_else=True)
    for block, target in ((then_block, op.then_block), (else_block, op.else_block)):
        with ir.InsertionPoint(target):
            out = _lower_region(cx, block, [])
            if out is None:
                return [FAILED] * n_results if n_results != 1 else FAILED
            with block.operations[len(block.operations) - 1].location:
                scf.YieldOp(_materialize(cx, out, types))
    results = list(op.results)
    return results if n_results != 1 else results[0]


@rule("torch.prim.Loop")
def prim_loop(cx, n):
    max_trips, initial = n.operands[0], n.operands[1]
    inits = n.operands[2:]
    block = n.op.regions[0].blocks[0]
    terminator = block.operations[len(block.operations) - 1]
    n_results = len(n.op.results)
    types = _runtime_types([a.type for a in list(block.arguments)[1:]],
                           "a loop-carried value")
    i64 = ir.IntegerType.get_signless(64)

    def pack(values):
        return values if n_results != 1 else values[0]

    if initial is False:
        return pack(list(inits))  # the body never runs
    inits = _materialize(cx, inits, types)
    if initial is True and _is_constant_true(terminator.operands[0]):
        # A `for` loop: i = 0 .. max_trips - 1.
        lower = cx.materialize(0, i64)
        upper = cx.materialize(max_trips, i64)
        loop = scf.ForOp(lower, upper, cx.materialize(1, i64), inits)
        with ir.InsertionPoint(loop.body):
            out = _lower_region(cx, block, [loop.induction_variable]
                                + list(loop.inner_iter_args))
            if out is None:
                return pack([FAILED] * n_results)
            with terminator.location:
                scf.YieldOp(_materialize(cx, out[1:], types))
        return pack(list(loop.results))

    # A `while` loop: runs while the condition holds and i < max_trips. The
    # state is (carried..., i, condition) in both regions, the carried values
    # first: one-shot bufferization wants each tensor forwarded to the same
    # position, which canonicalization (dropping the unused condition) keeps.
    i1 = ir.IntegerType.get_signless(1)
    k = len(types)
    state = types + [i64, i1]
    loop = scf.WhileOp(state, inits + [cx.materialize(0, i64), cx.materialize(initial, i1)])
    before = loop.before.blocks.append(*state)
    with ir.InsertionPoint(before):
        i, go = before.arguments[k], before.arguments[k + 1]
        if not (isinstance(max_trips, int) and max_trips >= 2**63 - 1):
            in_range = arith.CmpIOp(arith.CmpIPredicate.slt, i,
                                    cx.materialize(max_trips, i64)).result
            go = arith.AndIOp(go, in_range).result
        scf.ConditionOp(go, list(before.arguments))
    after = loop.after.blocks.append(*state)
    with ir.InsertionPoint(after):
        i = after.arguments[k]
        out = _lower_region(cx, block, [i] + list(after.arguments)[:k])
        if out is None:
            return pack([FAILED] * n_results)
        with terminator.location:
            nxt = arith.AddIOp(i, cx.materialize(1, i64)).result
            go_on = _materialize(cx, out[:1], [i1])
            scf.YieldOp(_materialize(cx, out[1:], types) + [nxt] + go_on)
    return pack(list(loop.results)[:k])
