"""Outlining: big functions cut into parts (on tensors, before bufferization), and
the loop nests of big functions (after it).

Parts: One-Shot Bufferize and the transform interpreter take time quadratic in a
function's size, so a function of many linalg ops (an unrolled LSTM) is cut into
private functions of PART_OPS linalg ops each, called in turn (`outline_parts`).
The parts of a stretch that repeats (the steps of an unrolled recurrent layer) start
at the same step and take the offsets they slice at as arguments, so they share one
function: the recurrence is a sequence of calls again, compiled once.

Nests: LLVM's optimizer and code generator take time superlinear in a function's
size: an unrolled recurrent model (an LSTM of 32 steps: ~770 loop nests in one
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

from ._walk import ident

# A function with fewer top-level loop nests is compiled as it is. (The transformer
# encoder layer at batch 8, 40-odd nests in one function: 6.0 s of CPU in LLVM,
# most of it IndVarSimplify's scalar-evolution queries across the nests; 3.2 s
# outlined, running as fast. It was 48.)
MIN_NESTS = 16

_CLONED = ("arith.constant", "ub.poison")


def _is_nest(op: ir.Operation) -> bool:
    return len(op.results) == 0 and (op.name.startswith("linalg.") or op.name in (
        "scf.for", "scf.forall", "scf.parallel"))


def _nested_ops(nest: ir.Operation) -> list[ir.Operation]:
    found = []

    def visit(op):
        found.append(op.operation)
        return ir.WalkResult.ADVANCE

    nest.walk(visit)
    return found


def _defining_op(value: ir.Value) -> ir.Operation | None:
    """The op defining `value`, or owning the block of which it is an argument."""
    owner = value.owner
    op = owner.owner if isinstance(owner, ir.Block) else owner
    return op.operation if op is not None else None


# Tensor ops that make a view of their operand (no copy once bufferized).
_VIEWS = ("tensor.extract_slice", "tensor.collapse_shape", "tensor.expand_shape",
          "tensor.cast", "tensor.reshape")


def _clonable(value: ir.Value, memo: dict) -> bool:
    """True if `value` is made by an op cheaper to repeat than to pass: a constant, a
    tensor.empty, a linalg.fill of those (kept next to the matmul it starts, which
    the recipe fuses it into), a view (an outlined part takes the viewed tensor, not
    each of its slices). (A tensor.empty must never be a part's result: One-Shot
    Bufferize may give it the buffer of another result written into it, while the
    caller takes a function's results for distinct buffers and writes into it.)"""
    key = ident(value)
    known = memo.get(key)
    if known is None:
        op = None if isinstance(value.owner, ir.Block) else value.owner.operation
        known = op is not None and (
            op.name in _CLONED or op.name in _VIEWS or op.name == "tensor.empty"
            or (op.name == "linalg.fill" and all(_clonable(v, memo) for v in op.operands)))
        memo[key] = known
    return known


def _free(value: ir.Value, memo: dict) -> bool:
    """True if `value` is clonable from constants alone (no operand a part could make)."""
    if not _clonable(value, memo):
        return False
    return all(_free(v, memo) for v in value.owner.operands)


def _outline(module: ir.Module, ops: list[ir.Operation], name: str):
    """Moves `ops` (ops of one block, in order, with no op between them but clonable
    ones, see `_clonable`) into a new private `noinline` function `name`, called in
    their place. Its arguments are the values they use from outside (clonable ones
    are cloned in instead); its results, theirs that are used after them. Returns
    (the function, the call)."""
    memo: dict = {}
    nested = [inner for op in ops for inner in _nested_ops(op)]
    inside = {ident(op) for op in nested}
    outside: dict[int, ir.Value] = {}
    for inner in nested:
        for v in inner.operands:
            if ident(_defining_op(v)) not in inside:
                outside.setdefault(ident(v), v)
    clones: dict[int, ir.Value] = {}
    args: dict[int, ir.Value] = {}

    def use(v):  # a clone (after its operands) or an argument
        key = ident(v)
        if key in clones or key in args:
            return
        if _clonable(v, memo):
            for w in v.owner.operands:
                use(w)
            clones[key] = v
        else:
            args[key] = v

    for v in outside.values():
        use(v)
    args = list(args.values())
    results = [r for op in ops for r in op.results
               if any(ident(u.owner) not in inside for u in r.uses)]
    fn = func.FuncOp(name, ([v.type for v in args], [r.type for r in results]),
                     ip=ir.InsertionPoint(module.body))
    fn.attributes["sym_visibility"] = ir.StringAttr.get("private")
    fn.attributes["passthrough"] = ir.ArrayAttr.get([ir.StringAttr.get("noinline")])
    block = fn.add_entry_block()
    mapping = {ident(v): a for v, a in zip(args, block.arguments)}
    with ir.InsertionPoint(block):
        for key, v in clones.items():
            clone = v.owner.clone()
            for i, w in enumerate(clone.operands):
                clone.operands[i] = mapping[ident(w)]
            mapping[key] = clone.results[0]
        ret = func.ReturnOp(results)
    inside.add(ident(ret))
    # Before the last op: every argument is defined before the first one, and no op
    # between them uses a result.
    call = func.CallOp(fn, args, ip=ir.InsertionPoint(ops[-1]))
    for op in ops:
        op.move_before(ret)
    for inner in nested:
        for i, v in enumerate(inner.operands):
            new = mapping.get(ident(v))
            if new is not None:
                inner.operands[i] = new
    for r, new in zip(results, call.results):
        for u in list(r.uses):
            if ident(u.owner) not in inside:
                u.owner.operands[u.operand_number] = new
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
                if all(_bare(t) for t in fn.type.inputs):
                    fn.attributes["llvm.bareptr"] = ir.UnitAttr.get()
                count += _keep_one_copy(fn, call, name, seen)
    return count


def _bare(t: ir.Type) -> bool:
    """True if an argument of type `t` can be passed as a bare pointer (a memref of
    static shape, strides and offset) or is no memref."""
    if isinstance(t, ir.UnrankedMemRefType):
        return False
    if not isinstance(t, ir.MemRefType):
        return True
    if not t.has_static_shape:
        return False
    strides, offset = t.get_strides_and_offset()
    return ir.ShapedType.get_dynamic_stride_or_offset() not in strides + [offset]


# A function of more linalg ops than twice this is cut, on tensors, into parts of
# about this many. One-Shot Bufferize and the transform interpreter take time
# quadratic in a function's size: an unrolled LSTM of 32, 64 steps (770, 1540 linalg
# ops in `main`) spent 3.3, 14 s bufferizing and 2.8, 12 s in the recipe.
PART_OPS = 64


def _linalg(op: ir.Operation) -> bool:
    return op.name.startswith("linalg.")


def _signature(op: ir.Operation) -> tuple:
    return (op.name, tuple(str(v.type) for v in op.operands),
            tuple(str(r.type) for r in op.results))


def _longest_run(sigs: list, lo: int, hi: int, period: int) -> tuple[int, int]:
    """(length, begin) of the longest stretch of sigs[lo:hi] with sigs[k] ==
    sigs[k + period] for every k in [begin, begin + length)."""
    best, start = (0, lo), None
    for i in range(lo, hi - period + 1):
        if i + period < hi and sigs[i] == sigs[i + period]:
            if start is None:
                start = i
        else:
            if start is not None and i - start > best[0]:
                best = (i - start, start)
            start = None
    return best


def _periodic_run(sigs: list, lo: int, hi: int):
    """(start, period, periods) of the longest stretch of sigs[lo:hi] that repeats
    (at least twice), or None. The periods tried: for each signature seen at least 4
    times, the most common distance between its occurrences."""
    positions: dict = {}
    for i in range(lo, hi):
        positions.setdefault(sigs[i], []).append(i)
    periods = set()
    for found in positions.values():
        if len(found) >= 4:
            gaps: dict[int, int] = {}
            for x, y in zip(found, found[1:]):
                gaps[y - x] = gaps.get(y - x, 0) + 1
            periods.add(max(gaps, key=lambda g: (gaps[g], -g)))
    best = None
    for period in sorted(periods):
        length, begin = _longest_run(sigs, lo, hi, period)
        count = (length + period) // period
        if count >= 2 and (best is None or count * period > best[1] * best[2]):
            best = (begin, period, count)
    return best


def _periodic_starts(cut: list) -> tuple[set, object]:
    """Where parts must start so that the parts of a repeating stretch of `cut` (the
    steps of an unrolled recurrent layer) hold the same ops: (forced starts, and a
    predicate of the positions where PART_OPS may start a part as usual). Such parts
    differ only in the offsets they slice at, which `_lift_slice_offsets` turns into
    arguments, so they share one function."""
    sigs = [_signature(op) for op in cut]
    linalg = [_linalg(op) for op in cut]
    forced: set[int] = set()
    runs: list[tuple[int, int]] = []
    segments = [(0, len(cut))]
    while segments:
        lo, hi = segments.pop()
        found = _periodic_run(sigs, lo, hi)
        if found is None:
            continue
        begin, period, periods = found
        per_period = sum(linalg[begin:begin + period])
        if not per_period:
            continue
        group = max(1, round(PART_OPS / per_period))  # periods per part
        if periods < 2 * group:
            continue
        end = begin + (periods // group) * group * period
        forced.update(range(begin, end + 1, group * period))
        runs.append((begin, end))
        segments += [(lo, begin), (end, hi)]
    return forced, lambda i: not any(b < i < e for b, e in runs)


def _assign_parts(f, memo: dict) -> list[list[ir.Operation]]:
    """The ops of `f`'s body cut into parts of PART_OPS linalg ops, in order. Clonable
    ops are in no part: each part clones those it uses. Except that each clonable op
    with operands a part makes (a view, a tensor.empty of a computed size) gets a copy
    per part that uses it, and a copy using a value of the part that uses it is in that
    part. So no part returns a view or an empty tensor: the caller takes a call's
    results for buffers of their own (so does One-Shot Bufferize)."""
    block = f.regions[0].blocks[0]
    f_key = ident(f)
    part_of: dict[int, int] = {}  # op -> its part
    derived = []
    cut = []  # the ops parts are made of, in order
    for op in [op.operation for op in block.operations][:-1]:
        if len(op.results) == 1 and _clonable(op.results[0], memo):
            if not _free(op.results[0], memo):
                derived.append(op)
            continue
        cut.append(op)
    forced, free = _periodic_starts(cut)
    index, heavy = 0, 0
    for i, op in enumerate(cut):
        if i and (i in forced or (free(i) and heavy >= PART_OPS)):
            index, heavy = index + 1, 0
        part_of[ident(op)] = index
        heavy += _linalg(op)

    def top_op(op):  # the op of `block` that is or holds `op`
        while ident(op.parent) != f_key:
            op = op.parent.operation
        return op

    consumer: dict[int, int | None] = {}  # copy -> the part using it (None: `f`)
    copies = []
    for op in reversed(derived):  # users (derived ones among them) first
        uses: dict[int | None, list] = {}
        for use in op.results[0].uses:
            user = ident(top_op(use.owner.operation))
            k = part_of.get(user, consumer.get(user))
            uses.setdefault(k, []).append(use)
        for n, (k, group) in enumerate(uses.items()):
            copy = op
            if n:
                copy = op.clone(ir.InsertionPoint(op))
                for use in group:
                    use.owner.operands[use.operand_number] = copy.results[0]
            consumer[ident(copy)] = k
            copies.append(copy)

    def source_parts(op) -> set:  # the parts making the values it uses
        found = set()
        for v in op.operands:
            owner = v.owner
            if isinstance(owner, ir.Block) or _free(v, memo):
                continue
            owner = owner.operation
            if ident(owner) in part_of:
                found.add(part_of[ident(owner)])
            else:
                found |= source_parts(owner)
        return found

    for copy in reversed(copies):  # operands first
        k = consumer[ident(copy)]
        if k is not None and k in source_parts(copy):
            part_of[ident(copy)] = k
    parts: list[list[ir.Operation]] = [[] for _ in range(index + 1)]
    for op in block.operations:
        k = part_of.get(ident(op))
        if k is not None:
            parts[k].append(op.operation)
    return [p for p in parts if p]


def _views_an_argument(value: ir.Value, block: ir.Block) -> bool:
    """Whether `value` is an argument of `block`, or a view of one (what a part gets
    of a tensor made outside it, e.g. all the steps' input projections)."""
    while not isinstance(value.owner, ir.Block):
        op = value.owner.operation
        if op.name not in _VIEWS or len(op.operands) != 1:
            return False
        value = op.operands[0]
    return value.owner == block


def _lift_slice_offsets(fn, call):
    """Each static slice (`tensor.extract_slice` with constant offsets, sizes and
    strides) of an argument of the part `fn`, or of a view of one, takes its nonzero
    offsets as index
    arguments instead, which `call` passes as constants: parts that slice the same
    sequence at other steps then have the same code. Returns the new call."""
    from mlir.dialects import arith, tensor

    block = fn.regions[0].blocks[0]
    dynamic = ir.ShapedType.get_dynamic_stride_or_offset()
    index = ir.IndexType.get()
    passed = []
    for op in [op.operation for op in block.operations]:
        if op.name != "tensor.extract_slice" or len(op.operands) != 1:
            continue
        source = op.operands[0]
        if not _views_an_argument(source, block):
            continue
        offsets = list(ir.DenseI64ArrayAttr(op.attributes["static_offsets"]))
        if not any(offsets):
            continue
        lifted = []
        for o in offsets:
            if o:
                lifted.append(block.add_argument(index, op.location))
                passed.append(o)
        with ir.InsertionPoint(op), op.location:
            new = tensor.ExtractSliceOp(
                op.results[0].type, source, lifted, [], [],
                [dynamic if o else 0 for o in offsets],
                list(ir.DenseI64ArrayAttr(op.attributes["static_sizes"])),
                list(ir.DenseI64ArrayAttr(op.attributes["static_strides"])))
        op.results[0].replace_all_uses_with(new.result)
        op.erase()
    if not passed:
        return call
    results = [r.type for r in call.results]
    fn.attributes["function_type"] = ir.TypeAttr.get(
        ir.FunctionType.get([a.type for a in block.arguments], results))
    with ir.InsertionPoint(call), call.location:
        consts = [arith.ConstantOp(index, o).result for o in passed]
        new_call = func.CallOp(results, ir.FlatSymbolRefAttr.get(
            ir.StringAttr(fn.attributes["sym_name"]).value), list(call.operands) + consts)
    for old, new in zip(call.results, new_call.results):
        old.replace_all_uses_with(new)
    call.erase()
    return new_call


def outline_parts(module: ir.Module) -> int:
    """Cuts every single-block function of more than 2 * PART_OPS linalg ops (on
    tensors, before bufferization) into consecutive parts of PART_OPS linalg ops,
    each a private function called in its place; returns how many it made. Parts
    with the same code call one copy (an unrolled LSTM's steps, when they align)."""
    count = 0
    seen: dict[str, ir.Operation] = {}
    funcs = [op for op in module.body.operations if op.operation.name == "func.func"]
    with module.context, ir.Location.unknown():
        for f in funcs:
            if len(f.regions[0].blocks) != 1:
                continue
            block = f.regions[0].blocks[0]
            if sum(_linalg(op.operation) for op in block.operations) <= 2 * PART_OPS:
                continue
            parts = _assign_parts(f, {})
            in_parts = {ident(op) for part in parts for op in part}
            rest = [op.operation for op in block.operations][:-1]
            rest = [op for op in rest if ident(op) not in in_parts]
            for part in parts:
                name = f"__rb_part_{count}"
                fn, call = _outline(module, part, name)
                call = _lift_slice_offsets(fn, call)
                count += _keep_one_copy(fn, call, name, seen)
            # What `f` still uses of the rest (a result that is a view of a part's
            # result, say) goes last, after the calls; the rest is dropped.
            kept = []
            for op in reversed(rest):
                if any(list(r.uses) for r in op.results):
                    kept.append(op)
                else:
                    op.erase()
            terminator = block.operations[-1]
            for op in reversed(kept):
                op.move_before(terminator)
    return count
