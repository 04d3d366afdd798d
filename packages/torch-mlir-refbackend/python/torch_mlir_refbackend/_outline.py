"""Outlining the loop nests of big functions (after bufferization).

LLVM's optimizer and code generator take time superlinear in a function's size:
an unrolled recurrent model (an LSTM of 32 steps: ~770 loop nests in one
function) spent a minute in the ExecutionEngine. Each top-level loop nest
(a linalg op on memrefs, an scf loop) of a function with many of them becomes
a private `noinline` function of its own, called in its place: the same code,
compiled as many small functions. Constants the nest uses are cloned into it
(loop bounds stay constants LLVM can vectorize with); every other value it
uses from outside becomes an argument.
"""

from __future__ import annotations

from mlir import ir
from mlir.dialects import func

# A function with fewer top-level loop nests is compiled as it is. (The transformer
# encoder layer at batch 8, 40-odd nests in one function: 6.0 s of CPU in LLVM,
# most of it IndVarSimplify's scalar-evolution queries across the nests; 3.2 s
# outlined, running as fast. It was 48.)
MIN_NESTS = 16

_CLONED = ("arith.constant", "ub.poison")


def _is_nest(op: ir.Operation) -> bool:
    return len(op.results) == 0 and (op.name.startswith("linalg.") or op.name in (
        "scf.for", "scf.forall", "scf.parallel"))


def _defined_inside(value: ir.Value, nest: ir.Operation) -> bool:
    owner = value.owner
    op = owner.owner if isinstance(owner, ir.Block) else owner
    op = op.operation if op is not None else None
    while op is not None:
        if op == nest:
            return True
        op = op.parent.operation if op.parent is not None else None
    return False


def _nested_ops(nest: ir.Operation) -> list[ir.Operation]:
    found = []

    def visit(op):
        found.append(op.operation)
        return ir.WalkResult.ADVANCE

    nest.walk(visit)
    return found


def _outline(module: ir.Module, ops: list[ir.Operation], name: str):
    """Moves `ops` (consecutive ops of one block) into a new private `noinline`
    function `name`, called in their place; its arguments are the values they use
    from outside (constants are cloned in instead). Returns
    (the function, the call)."""
    nested = [inner for op in ops for inner in _nested_ops(op)]
    outside: list[ir.Value] = []
    for inner in nested:
        for v in inner.operands:
            if v not in outside and not any(_defined_inside(v, op) for op in ops):
                outside.append(v)
    constants = [v for v in outside if not isinstance(v.owner, ir.Block)
                 and v.owner.name in _CLONED]
    args = [v for v in outside if v not in constants]
    fn = func.FuncOp(name, ([v.type for v in args], []), ip=ir.InsertionPoint(module.body))
    fn.attributes["sym_visibility"] = ir.StringAttr.get("private")
    fn.attributes["passthrough"] = ir.ArrayAttr.get([ir.StringAttr.get("noinline")])
    block = fn.add_entry_block()
    mapping = list(zip(args, block.arguments))
    with ir.InsertionPoint(block):
        for v in constants:
            mapping.append((v, v.owner.clone().results[0]))
        ret = func.ReturnOp([])
    call = func.CallOp(fn, args, ip=ir.InsertionPoint(ops[0]))
    for op in ops:
        op.move_before(ret)
    for inner in nested:
        for i, v in enumerate(inner.operands):
            for old, new in mapping:
                if v == old:
                    inner.operands[i] = new
                    break
    return fn, call


def _keep_one_copy(fn, call, name: str, seen: dict) -> bool:
    """True if no function of `fn`'s code (its text without its name) is in
    `seen` yet: `fn` is recorded. Else `call` calls the one there, `fn` is erased."""
    text = fn.operation.get_asm(assume_verified=True, use_local_scope=True).replace(
        f"@{name}(", "@(", 1)
    same = seen.get(text)
    if same is None:
        seen[text] = fn
        return True
    call.attributes["callee"] = ir.FlatSymbolRefAttr.get(
        ir.StringAttr(same.attributes["sym_name"]).value)
    fn.erase()
    return False


def outline_loop_nests(module: ir.Module) -> int:
    """Outlines the top-level loop nests of every function of `module` with at least
    MIN_NESTS of them; returns how many functions that made. Nests that outline to
    the same function (the same loops on operands of the same types: an unrolled
    LSTM's 64 cells, ResNet's repeated blocks) call one copy of it."""
    count = 0
    seen: dict[str, ir.Operation] = {}
    funcs = [op for op in module.body.operations if op.operation.name == "func.func"]
    with module.context, ir.Location.unknown():
        for f in funcs:
            if not f.regions[0].blocks:
                continue
            nests = [op.operation for op in f.regions[0].blocks[0].operations
                     if _is_nest(op.operation)]
            if len(nests) < MIN_NESTS:
                continue
            for nest in nests:
                name = f"__rb_nest_{count}"
                fn, call = _outline(module, [nest], name)
                count += _keep_one_copy(fn, call, name, seen)
    return count
