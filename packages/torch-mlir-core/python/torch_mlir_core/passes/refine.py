"""Passes that bring imported IR without full type information (TorchScript)
to the torch backend contract, using torch's own machinery:

torch-maximize-value-semantics
    !torch.tensor -> !torch.vtensor everywhere; tensor literals and copies
    become their value forms; an in-place op (`aten.add_.Tensor`) becomes its
    functional form (`aten.add.Tensor`) and later uses of the mutated tensor
    in the same block use the new value. Mutation the pass cannot prove safe
    (through a view, or of a value defined outside the op's block) is
    reported at the op.
torch-refine-types
    Gives every tensor a shape and dtype by running the op on meta tensors
    (torch's meta kernels / FakeTensor shape propagation: no hand-written
    shape functions). Dims that depend on a dynamic input dim become `?`
    (found by propagating two different sizes for each dynamic dim).

Both leave IR that already meets the contract (the FX importer's) unchanged.
"""

from __future__ import annotations

import re
from typing import Any

from mlir import ir

from .. import types as ttypes
from . import PassError, register_pass

# --- value semantics -------------------------------------------------------------


def _all_ops(root: ir.Operation) -> list[ir.Operation]:
    ops: list[ir.Operation] = []

    def visit(op):
        ops.append(op.operation)
        return ir.WalkResult.ADVANCE

    root.walk(visit, ir.WalkOrder.PRE_ORDER)
    return ops


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


def _functional_name(name: str, context: ir.Context) -> str | None:
    """`torch.aten.add_.Tensor` -> `torch.aten.add.Tensor` if registered."""
    parts = name.split(".")
    if len(parts) < 3 or not parts[2].endswith("_") or parts[2].startswith("_"):
        return None
    parts[2] = parts[2][:-1]
    candidate = ".".join(parts)
    return candidate if context.is_registered_operation(candidate) else None


@register_pass(
    "torch-maximize-value-semantics",
    summary="!torch.tensor -> !torch.vtensor; in-place ops to their functional forms",
)
def maximize_value_semantics(module: ir.Operation) -> None:
    with module.context, module.location:
        problems = _value_semantics(module)
    if problems:
        for op, why in problems:
            op.location.emit_error(why)
        raise PassError(f"{len(problems)} op(s) mutate tensors in a way that cannot be "
                        "converted to value semantics")


def _value_semantics(module: ir.Operation) -> list:
    ops = _all_ops(module)
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
            _fold_constant_ifs(op.regions[0].blocks[0])
    ops = _all_ops(module)
    problems = []
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
        name = op.name
        if name == "torch.tensor.literal":
            with ir.InsertionPoint(op), op.location:
                new = ir.Operation.create("torch.vtensor.literal", results=[op.results[0].type],
                                          attributes={"value": op.attributes["value"]})
            op.results[0].replace_all_uses_with(new.results[0])
            op.erase()
        elif name in ("torch.copy.to_vtensor", "torch.copy.to_tensor"):
            op.results[0].replace_all_uses_with(op.operands[0])
            op.erase()
        elif name == "torch.overwrite.tensor.contents":
            problems.append((op, "overwrite of a tensor's contents is not supported yet"))
        else:
            functional = _functional_name(name, op.context)
            if functional is None:
                continue
            target = op.operands[0]
            if target in viewed and _scatter_through_views(op, functional):
                continue
            if target in viewed:
                problems.append((op, f"in-place '{name}' mutates a tensor that a view aliases; "
                                 "write it out of place"))
                continue
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
                anchor = _ancestor_in(user_op, block)
                if anchor is None:
                    outside = True
                    break
                if op.is_before_in_block(anchor):
                    rewrites.append((user_op, use.operand_number))
            if outside:
                problems.append((op, f"in-place '{name}' mutates a value used outside "
                                 "its block; write it out of place"))
                new.erase()
                continue
            for user_op, i in rewrites:
                user_op.operands[i] = new.results[0]
            op.results[0].replace_all_uses_with(new.results[0])
            op.erase()
    return problems


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
            anchor = _ancestor_in(user, block)
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
            anchor = _ancestor_in(user, block)
            if user != op and anchor is not None and op.is_before_in_block(anchor):
                user.operands[use.operand_number] = fresh
    op.erase()
    return True


def _ancestor_in(op: ir.Operation, block: ir.Block):
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


# --- type refinement ------------------------------------------------------------

# Two stand-ins for each dynamic dim (and run-time scalar); result dims that
# differ between the two runs are `?`. A second pair, whose run-time ints are
# 0 and 1, when the first is out of range for an op (`x.select(0, i)` with a
# small dim).
_HINTS = (17, 19)
_HINT_PAIRS = (_HINTS, (23, 29))
_INT_STANDINS = {17: 5, 19: 7, 23: 0, 29: 1}


def _meta_runs(op: ir.Operation) -> list:
    """The results of `op` on meta tensors for both stand-ins of a pair;
    raises if no pair works."""
    error: Exception = _Unknown()
    for pair in _HINT_PAIRS:
        try:
            return [_meta_results(op, h) for h in pair]
        except _Unknown:
            raise
        except Exception as e:
            error = e
    raise error


def _known(t: ir.Type) -> bool:
    if ttypes.TupleType.isinstance(t):
        return all(_known(e) for e in ttypes.TupleType(t).element_types)
    if not ttypes.ValueTensorType.isinstance(t):
        return True
    vt = ttypes.ValueTensorType(t)
    return vt.has_sizes and vt.has_dtype


class _Unknown(Exception):
    pass


def _python_value(v: ir.Value, hint: int | None):
    """The compile-time value of `v` for the meta run (tensors as meta
    tensors); _Unknown if it is only known at run time. `hint` stands in for
    dynamic dims and run-time scalars; with None (exact evaluation) a value
    that depends on them is _Unknown."""
    import torch

    from .. import dtypes

    t = v.type
    if ttypes.ValueTensorType.isinstance(t):
        vt = ttypes.ValueTensorType(t)
        if not vt.has_sizes or not vt.has_dtype or (hint is None and -1 in vt.sizes):
            raise _Unknown()
        sizes = [hint if d == -1 else d for d in vt.sizes]
        return torch.empty(sizes, dtype=dtypes.from_mlir_type(vt.dtype), device="meta")
    owner = v.owner
    op = owner.operation if hasattr(owner, "operation") else None
    kind = str(t)
    if op is not None and op.name in _FACTS:
        try:
            return _FACTS[op.name](op, hint)
        except (_Unknown, TypeError, ValueError, IndexError, ZeroDivisionError):
            pass
    if op is not None and op.name in ("torch.prim.TupleUnpack", "torch.prim.ListUnpack"):
        # An element of a tuple/list built in the function (`b, n, _ = x.shape`).
        seq = _python_value(op.operands[0], hint)
        if isinstance(seq, (list, tuple)) and len(seq) == len(op.results):
            return seq[v.result_number]
        raise _Unknown()
    if op is None or not op.name.startswith((
            "torch.constant.", "torch.prim.ListConstruct", "torch.prim.TupleConstruct",
            "torch.derefine", "torch.prim.unchecked_cast")):
        # A run-time scalar: a stand-in that differs between the two runs,
        # so result dims that depend on it come out as `?`.
        if hint is None:
            raise _Unknown()
        if kind == "!torch.int":
            return _INT_STANDINS[hint]
        if kind == "!torch.float":
            return hint / 8.0
        if kind == "!torch.bool":
            return True
        raise _Unknown()
    name = op.name
    if name.startswith("torch.constant."):
        if name == "torch.constant.none":
            return None
        attr = op.attributes["value"]
        for cls in (ir.BoolAttr, ir.IntegerAttr, ir.FloatAttr, ir.StringAttr):
            if isinstance(attr, cls):
                return attr.value
        raise _Unknown()
    if name in ("torch.prim.ListConstruct", "torch.prim.TupleConstruct"):
        if _changed_in_place(v):
            raise _Unknown()  # its elements are not (only) the ones built
        return [_python_value(e, hint) for e in op.operands]
    if name in ("torch.derefine", "torch.prim.unchecked_cast"):
        return _python_value(op.operands[0], hint)
    raise _Unknown()


def _changed_in_place(lst: ir.Value) -> bool:
    """Whether a list is appended to (or otherwise changed) after it is
    built."""
    for use in lst.uses:
        user = use.owner.operation if hasattr(use.owner, "operation") else use.owner
        if user.name in _LIST_MUTATORS and user.name.startswith("torch.aten.") and \
                use.operand_number == 0:
            return True
    return False


def _sizes_for(v: ir.Value, hint: int | None) -> list[int]:
    if not ttypes.ValueTensorType.isinstance(v.type):
        raise _Unknown()
    vt = ttypes.ValueTensorType(v.type)
    if not vt.has_sizes or (hint is None and -1 in vt.sizes):
        raise _Unknown()
    return [hint if d == -1 else d for d in vt.sizes]


def _size_int(op, hint):
    # Exact evaluation needs only the requested dim to be static.
    sizes = _sizes_for(op.operands[0], -1 if hint is None else hint)
    size = sizes[_python_value(op.operands[1], hint)]
    if size == -1:
        raise _Unknown()
    return size


def _dtype_code(op, hint):
    from .. import dtypes

    vt = ttypes.ValueTensorType(op.operands[0].type)
    if not vt.has_dtype:
        raise _Unknown()
    return dtypes.scalar_type_code(dtypes.from_mlir_type(vt.dtype))


def _dtype_test(test):
    """A fact about a tensor's dtype (`x.is_floating_point()`)."""
    def evaluate(op, hint):
        from .. import dtypes

        if not ttypes.ValueTensorType.isinstance(op.operands[0].type):
            raise _Unknown()
        vt = ttypes.ValueTensorType(op.operands[0].type)
        if not vt.has_dtype:
            raise _Unknown()
        return test(dtypes.from_mlir_type(vt.dtype))
    return evaluate


def _scalar_fn(fn):
    def evaluate(op, hint):
        args = [_python_value(x, hint) for x in op.operands]
        if any(not isinstance(a, (int, float, bool, str, list)) for a in args):
            raise _Unknown()
        return fn(*args)
    return evaluate


# Ops whose result the meta runs can compute from compile-time facts (sizes
# of tensors with known shapes, scalar arithmetic on them).
_FACTS: dict = {
    "torch.aten.size.int": _size_int,
    "torch.aten.sym_size.int": _size_int,
    "torch.aten.size": lambda op, hint: _sizes_for(op.operands[0], hint),
    "torch.aten.dim": lambda op, hint: len(_sizes_for(op.operands[0], hint)),
    "torch.prim.dtype": _dtype_code,
    "torch.aten.is_floating_point": _dtype_test(lambda d: d.is_floating_point),
    "torch.aten.is_complex": _dtype_test(lambda d: d.is_complex),
    # Meta runs put every tensor on the meta device (`_convert_arg`).
    "torch.prim.device": lambda op, hint: "cpu",
    "torch.prim.type": lambda op, hint: "cpu",  # of a device
    "torch.prim.layout": lambda op, hint: 0,  # torch.strided
    # The compiled program is inference on dense tensors: no autograd, no
    # autocast, no nested tensors (library code's fast-path checks).
    "torch.prim.is_nested": lambda op, hint: False,
    "torch.prim.requires_grad": lambda op, hint: False,
    "torch.aten.is_grad_enabled": lambda op, hint: False,
    "torch.aten.is_autocast_enabled": lambda op, hint: False,
    "torch.aten.is_autocast_cpu_enabled": lambda op, hint: False,
    "torch.aten.eq.str": _scalar_fn(lambda a, b: a == b),
    "torch.aten.ne.str": _scalar_fn(lambda a, b: a != b),
    "torch.aten.len.str": _scalar_fn(len),
    "torch.aten.__contains__.str_list": _scalar_fn(lambda xs, x: x in xs),
    "torch.aten.__getitem__.t": _scalar_fn(lambda xs, i: xs[i]),
    "torch.aten.len.t": _scalar_fn(len),
    "torch.aten.neg.int": _scalar_fn(lambda a: -a),
    "torch.aten.Int.float": _scalar_fn(int),
    "torch.aten.Float.int": _scalar_fn(float),
    "torch.aten.Bool.int": _scalar_fn(bool),
    "torch.aten.Bool.float": _scalar_fn(bool),
    "torch.aten.any.int": _scalar_fn(any),
    "torch.aten.any.bool": _scalar_fn(any),
    "torch.aten.all.int": _scalar_fn(all),
    "torch.aten.all.bool": _scalar_fn(all),
    "torch.aten.__not__": _scalar_fn(lambda a: not a),
    "torch.aten.__and__.bool": _scalar_fn(lambda a, b: a and b),
    "torch.aten.__or__.bool": _scalar_fn(lambda a, b: a or b),
    "torch.aten.__contains__.int_list": _scalar_fn(lambda xs, x: x in xs),
    "torch.aten.eq.int_list": _scalar_fn(lambda a, b: a == b),
    "torch.aten.ne.int_list": _scalar_fn(lambda a, b: a != b),
    "torch.aten.__range_length": _scalar_fn(lambda lo, hi, step: len(range(lo, hi, step))),
    "torch.aten.__derive_index": _scalar_fn(lambda i, start, step: start + i * step),
}
for _suffix in ("int", "float", "int_float", "float_int"):
    for _family, _fn in (("add", lambda a, b: a + b), ("sub", lambda a, b: a - b),
                         ("mul", lambda a, b: a * b), ("floordiv", lambda a, b: a // b),
                         ("remainder", lambda a, b: a % b), ("div", lambda a, b: a / b),
                         ("eq", lambda a, b: a == b), ("ne", lambda a, b: a != b),
                         ("lt", lambda a, b: a < b), ("le", lambda a, b: a <= b),
                         ("gt", lambda a, b: a > b), ("ge", lambda a, b: a >= b)):
        _FACTS[f"torch.aten.{_family}.{_suffix}"] = _scalar_fn(_fn)


def _torch_op(name: str):
    import torch

    parts = name.split(".")
    if len(parts) < 3 or parts[1] not in ("aten", "prims"):
        return None
    ns = getattr(torch.ops, parts[1])
    packet = getattr(ns, parts[2], None)
    if packet is None:
        return None
    overload = parts[3] if len(parts) > 3 else "default"
    return getattr(packet, overload, None)


def _convert_arg(value: Any, jit_type) -> Any:
    """TorchScript's int encodings of dtype/layout/memory format -> torch
    objects; devices -> meta."""
    import torch

    from .. import dtypes

    text = str(jit_type)
    if value is None:
        return None
    if "ScalarType" in text and isinstance(value, int):
        return dtypes.from_scalar_type_code(value)
    if "Layout" in text and isinstance(value, int):
        return torch.strided
    if "MemoryFormat" in text and isinstance(value, int):
        return [torch.contiguous_format, torch.preserve_format, torch.channels_last,
                torch.channels_last_3d][value]
    if "Device" in text:
        return torch.device("meta")
    return value


def _meta_results(op: ir.Operation, hint: int):
    if op.name == "torch.aten.tensor":  # a tensor from (nested lists of) numbers
        import torch

        data, dtype = (_python_value(v, hint) for v in list(op.operands)[:2])
        dtype = _convert_arg(dtype, "ScalarType")
        return [torch.tensor(data, dtype=dtype, device="meta")]
    fn = _torch_op(op.name)
    if fn is None:
        raise _Unknown()
    schema = fn._schema
    args = [_python_value(v, hint) for v in op.operands]
    if len(args) != len(schema.arguments):
        raise _Unknown()
    positional, kwargs = [], {}
    for a, value in zip(schema.arguments, args):
        value = _convert_arg(value, a.type)
        if a.kwarg_only:
            kwargs[a.name] = value
        else:
            positional.append(value)
    out = fn(*positional, **kwargs)
    return list(out) if isinstance(out, (tuple, list)) else [out]


def _refine_op(op: ir.Operation) -> bool:
    """Refines `op`'s tensor results in place; True if it changed any."""
    import torch

    from .. import dtypes

    if op.name == "torch.prim.TupleConstruct":
        refined = ttypes.tuple_of(*[v.type for v in op.operands])
        if refined != op.results[0].type:
            op.results[0].set_type(refined)
            return True
        return False
    if all(_known(r.type) for r in op.results):
        return False
    if _refine_structural(op):
        return True
    try:
        runs = _meta_runs(op)
    except Exception:
        return False  # the contract check reports what stays unknown
    changed = False
    for i, r in enumerate(op.results):
        if _known(r.type) or i >= len(runs[0]):
            continue
        a, b = runs[0][i], runs[1][i]
        if not isinstance(a, torch.Tensor) or a.dim() != b.dim():
            continue
        sizes = [x if x == y else -1 for x, y in zip(a.shape, b.shape)]
        r.set_type(ttypes.vtensor(sizes, dtypes.to_mlir_type(a.dtype)))
        changed = True
    return changed


def _refine_structural(op: ir.Operation) -> bool:
    """Ops that pass tensors through: the result has the operand's type."""
    name = op.name
    sources = None
    if name == "torch.prim.unchecked_cast":
        payload = _payload_type(op.operands[0])
        return payload is not None and _set_types(op.results, [payload])
    if name in ("torch.tensor_static_info_cast", "torch.derefine"):
        sources = [ttypes.underived(op.operands[0])]
    elif name in ("torch.prim.TupleUnpack", "torch.prim.ListUnpack"):
        producer = op.operands[0].owner
        producer = producer.operation if hasattr(producer, "operation") else None
        if producer is not None and producer.name in ("torch.prim.TupleConstruct",
                                                      "torch.prim.ListConstruct"):
            sources = list(producer.operands)
        elif ttypes.TupleType.isinstance(op.operands[0].type):
            return _set_types(op.results, ttypes.TupleType(op.operands[0].type).element_types)
        elif name == "torch.prim.ListUnpack":
            return _refine_from_list(op.results, op.operands[0])
    elif name == "torch.aten.__getitem__.t":
        try:
            index = _python_value(op.operands[1], None)
        except _Unknown:
            return False
        return _refine_from_list(op.results, op.operands[0], index)
    elif name == "torch.prim.TupleIndex":
        producer = op.operands[0].owner
        producer = producer.operation if hasattr(producer, "operation") else None
        try:
            index = _python_value(op.operands[1], _HINTS[0])
        except _Unknown:
            return False
        if producer is not None and producer.name == "torch.prim.TupleConstruct":
            sources = [producer.operands[index]]
        elif ttypes.TupleType.isinstance(op.operands[0].type):
            elements = list(ttypes.TupleType(op.operands[0].type).element_types)
            if -len(elements) <= index < len(elements):
                return _set_types(op.results, [elements[index]])
    if sources is None or len(sources) != len(op.results):
        return False
    return _set_types(op.results, [src.type for src in sources])


def _set_types(results, types) -> bool:
    """Gives each result whose type is not fully known the corresponding
    type of `types` (of the same kind: tensor or tuple) if that one is."""
    types = list(types)
    if len(types) != len(results):
        return False
    changed = False
    for r, t in zip(results, types):
        same_kind = (ttypes.ValueTensorType.isinstance(t) and
                     ttypes.ValueTensorType.isinstance(r.type)) or (
            ttypes.TupleType.isinstance(t) and ttypes.TupleType.isinstance(r.type))
        if same_kind and not _known(r.type) and _known(t):
            r.set_type(t)
            changed = True
    return changed


def _payload_type(v: ir.Value, depth: int = 0) -> ir.Type | None:
    """The type of the value an Optional/Union `v` holds when it is not None
    (what `unchecked_cast` gives): seen through derefines and the branches
    of torch.prim.If (branches yielding None do not count); None if not
    known."""
    v = ttypes.underived(v)
    if str(v.type) == "!torch.none":
        return None
    if not (str(v.type).startswith(("!torch.optional", "!torch.union"))):
        return v.type
    owner = v.owner
    op = owner.operation if hasattr(owner, "operation") else None
    if op is None or depth > 16:
        return None
    if op.name == "torch.prim.unchecked_cast":
        return _payload_type(op.operands[0], depth + 1)
    if op.name != "torch.prim.If":
        return None
    found = None
    for region in op.regions:
        term = list(region.blocks[0].operations)[-1]
        src = ttypes.underived(term.operands[v.result_number])
        if str(src.type) == "!torch.none":
            continue
        t = _payload_type(src, depth + 1)
        if t is None or not _known(t):
            return None
        found = t if found is None else _join(found, t)
    return found


def _list_element_types(v: ir.Value, static: bool = False) -> list[ir.Type] | None:
    """The types of the tensors in the list `v` that an op (`aten.chunk`,
    `aten.unbind`...) produces, from its meta runs with every pair of
    stand-ins (a split of a dynamic dim gives pieces whose sizes vary with
    it); None if not known, if their number varies, or (`static`) if the
    op has an operand with a dynamic dim (the number could then differ at
    run time)."""
    owner = v.owner
    producer = owner.operation if hasattr(owner, "operation") else None
    if producer is None or str(v.type) != "!torch.list<vtensor>" or \
            len(producer.results) != 1 or producer.name.startswith("torch.prim."):
        return None
    if static and any(ttypes.ValueTensorType.isinstance(o.type) and (
            not _known(o.type) or -1 in ttypes.ValueTensorType(o.type).sizes)
            for o in producer.operands):
        return None
    runs = []
    for pair in _HINT_PAIRS:
        try:
            runs.extend(_meta_results(producer, h) for h in pair)
        except Exception:
            continue
    return _types_of_runs(runs) if runs else None


def _types_of_runs(runs) -> list[ir.Type] | None:
    """The element types of lists of tensors from several meta runs: dims
    that differ between runs are `?`."""
    import torch

    from .. import dtypes

    first = runs[0]
    if any(len(r) != len(first) or not all(isinstance(t, torch.Tensor) for t in r)
           for r in runs):
        return None
    out = []
    for i, x in enumerate(first):
        if any(r[i].dim() != x.dim() for r in runs):
            return None
        sizes = [d if all(r[i].shape[k] == d for r in runs) else -1
                 for k, d in enumerate(x.shape)]
        out.append(ttypes.vtensor(sizes, dtypes.to_mlir_type(x.dtype)))
    return out


def _refine_from_list(results, lst: ir.Value, index: int | None = None) -> bool:
    """Types `results` (all of the list's elements, or the one at `index`)
    from the types of the tensors in the list `lst`."""
    types = _list_element_types(lst)
    if types is None:
        return False
    if index is not None:
        if not -len(types) <= index < len(types):
            return False
        types = [types[index]]
    return _set_types(results, types)


def _static_payload(v: ir.Value, depth: int = 0) -> ir.Value | None:
    """The tensor an Optional value always holds, if the IR shows it: seen
    through derefines and tuples built in the function."""
    if depth > 16:
        return None
    v = ttypes.underived(v)
    if ttypes.is_tensor_type(v.type):
        return v
    owner = v.owner
    op = owner.operation if hasattr(owner, "operation") else None
    if op is not None and op.name == "torch.prim.TupleUnpack":
        tup = ttypes.underived(op.operands[0])
        producer = tup.owner.operation if hasattr(tup.owner, "operation") else None
        if producer is not None and producer.name == "torch.prim.TupleConstruct":
            return _static_payload(producer.operands[v.result_number], depth + 1)
    return None


def _narrow_returned_optionals(ret: ir.Operation) -> None:
    """A returned Optional[Tensor] (in a tuple too) that is always a tensor
    (`nn.MultiheadAttention`'s weights) is returned as that tensor, so the
    function has a run-time signature."""
    for i, v in enumerate(list(ret.operands)):
        if str(v.type).startswith("!torch.optional<"):
            payload = _static_payload(v)
            if payload is not None:
                ret.operands[i] = payload
        elif ttypes.TupleType.isinstance(v.type) and "optional<" in str(v.type):
            tup = ttypes.underived(v)
            producer = tup.owner.operation if hasattr(tup.owner, "operation") else None
            if producer is None or producer.name != "torch.prim.TupleConstruct":
                continue
            elements = list(producer.operands)
            narrowed = [_static_payload(e) or e for e in elements]
            if narrowed == elements:
                continue
            with ir.InsertionPoint(ret), ret.location:
                ret.operands[i] = ir.Operation.create(
                    "torch.prim.TupleConstruct", results=[ttypes.tuple_of(
                        *[n.type for n in narrowed])], operands=narrowed).results[0]


def _unpack_returned_lists(ret: ir.Operation) -> None:
    """A returned list of tensors whose length is known at compile time
    (`return x.chunk(4)`) is returned as ListConstruct of its elements, so
    the lowering can return them as separate results."""
    for i, v in enumerate(list(ret.operands)):
        types = _list_element_types(v, static=True)
        if not types:
            continue
        with ir.InsertionPoint(ret), ret.location:
            unpack = ir.Operation.create("torch.prim.ListUnpack", results=types, operands=[v])
            pack = ir.Operation.create("torch.prim.ListConstruct", results=[v.type],
                                       operands=list(unpack.results))
        ret.operands[i] = pack.results[0]


def _join(a: ir.Type, b: ir.Type) -> ir.Type:
    if a != b and ttypes.TupleType.isinstance(a) and ttypes.TupleType.isinstance(b):
        ea, eb = (list(ttypes.TupleType(t).element_types) for t in (a, b))
        if len(ea) == len(eb):
            return ttypes.tuple_of(*[_join(x, y) for x, y in zip(ea, eb)])
        return a
    if a == b:
        return a
    ta, tb = ttypes.ValueTensorType.isinstance(a), ttypes.ValueTensorType.isinstance(b)
    if ta != tb:
        # A tensor and the Optional it is derefined to (a fused kernel's
        # weights in one branch, None in the other): the Optional.
        other = b if ta else a
        return other if str(other).startswith(("!torch.optional<", "!torch.union<")) else a
    if not ta:
        return a
    va, vb = ttypes.ValueTensorType(a), ttypes.ValueTensorType(b)
    if not (va.has_sizes and vb.has_sizes and va.has_dtype and vb.has_dtype) or \
            va.dtype != vb.dtype or len(va.sizes) != len(vb.sizes):
        return ttypes.vtensor(None, None)
    return ttypes.vtensor([x if x == y else -1 for x, y in zip(va.sizes, vb.sizes)], va.dtype)


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


def _refine_block(block: ir.Block) -> None:
    work = [op.operation for op in block.operations]
    work.reverse()
    while work:
        op = work.pop()
        if op.name == "torch.prim.If" and _static_bool(op.operands[0]) is not None:
            # Known now that the ops before it are refined (`if x.dim() == 2:`):
            # the taken branch replaces it, and is refined next.
            work.extend(reversed(_inline_taken_branch(op)))
            continue
        if op.name == "torch.prim.Loop":
            unrolled = _unroll_list_loop(op)
            if unrolled is not None:
                work.extend(reversed(unrolled))
                continue
        if op.name == "torch.aten.append.t" and _absorb_append(op):
            continue
        if op.name == "torch.prim.If":
            for region in op.regions:
                _refine_block(region.blocks[0])
            terms = [list(r.blocks[0].operations)[-1].operation for r in op.regions]
            for i, res in enumerate(op.results):
                if not _known(res.type):
                    a, b = terms[0].operands[i], terms[1].operands[i]
                    # A branch that raises yields prim.Uninitialized: the
                    # other branch decides the type.
                    if _uninitialized(a):
                        a = _fresh_uninitialized(terms[0], i, b.type)
                    elif _uninitialized(b):
                        b = _fresh_uninitialized(terms[1], i, a.type)
                    res.set_type(_join(a.type, b.type))
                for term in terms:
                    _cast_operand(term, i, res.type)
        elif op.name == "torch.prim.Loop":
            body = op.regions[0].blocks[0]
            inits = list(op.operands)[2:]
            carried = list(body.arguments)[1:]
            for arg, init in zip(carried, inits):
                if not _known(arg.type):
                    arg.set_type(init.type)
            for _ in range(2):  # a second pass once shapes that vary are `?`
                _refine_block(body)
                cond = list(body.operations)[-1]
                nexts = list(cond.operands)[1:]
                changed = False
                for arg, nxt in zip(carried, nexts):
                    joined = _join(arg.type, nxt.type)
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
        elif op.regions and len(op.regions[0].blocks):
            for region in op.regions:
                for b in region.blocks:
                    _refine_block(b)
        else:
            _refine_op(op)


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
    if not any(_appends_to_outer_list(o, body) for o in _all_ops(loop)):
        return None
    try:
        trips = _python_value(loop.operands[0], None)
    except _Unknown:
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
                _remap_operands(clone, mapping)
                for old_r, new_r in zip(child.operation.results, clone.results):
                    mapping[old_r] = new_r
                new_ops.append(clone.operation)
            carried = [mapping.get(v, v) for v in list(cond.operands)[1:]]
    for r, v in zip(loop.results, carried):
        r.replace_all_uses_with(v)
    loop.erase()
    return new_ops


# Ops that change a list in place, or keep it where a later change could
# reach it: a list with such a use is not rewritten to value semantics.
_LIST_MUTATORS = ("torch.aten.append.t", "torch.aten.insert.t", "torch.aten.extend.t",
                  "torch.aten.pop.t", "torch.aten.clear.t", "torch.aten._set_item.t",
                  "torch.aten.remove", "torch.aten.reverse.t", "torch.aten.sort",
                  "torch.prim.ListConstruct", "torch.prim.TupleConstruct",
                  "torch.prim.DictConstruct", "torch.derefine", "func.call")


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
        anchor = _ancestor_in(user, block)
        if anchor is None or user.name in _LIST_MUTATORS and user.block != block:
            return False
        if user.name in _LIST_MUTATORS and user.name != "torch.aten.append.t":
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
    return producer is not None and _ancestor_in(producer, body) is None


def _remap_operands(op: ir.Operation, mapping: dict) -> None:
    def visit(child):
        for i, v in enumerate(child.operands):
            if v in mapping:
                child.operands[i] = mapping[v]
        return ir.WalkResult.ADVANCE

    op.walk(visit, ir.WalkOrder.PRE_ORDER)


def _static_bool(v: ir.Value):
    """The value of a !torch.bool known at compile time, else None."""
    owner = v.owner
    op = owner.operation if hasattr(owner, "operation") else None
    if op is None:
        return None
    if op.name == "torch.constant.bool":
        return ir.BoolAttr(op.attributes["value"]).value
    if op.name in ("torch.aten.__is__", "torch.aten.__isnot__"):
        x, y = (ttypes.underived(x) for x in op.operands)
        if x == y:  # one value (`query is key` in self-attention)
            return op.name == "torch.aten.__is__"
        a, b = (_none_ness(x) for x in op.operands)
        if a is None or b is None or not (a or b):
            return None  # unknown, or two non-None values
        same = a == b
        return same if op.name == "torch.aten.__is__" else not same
    if op.name == "torch.aten.__not__":
        inner = _static_bool(op.operands[0])
        return None if inner is None else not inner
    if op.name in _FACTS:
        # Facts of static shapes and constants (`x.dim() == 2`), evaluated
        # exactly: anything that depends on a run-time value stays unknown.
        try:
            value = _python_value(v, None)
        except (_Unknown, TypeError, ValueError, IndexError, ZeroDivisionError):
            return None
        return value if isinstance(value, bool) else None
    return None


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


def _fold_constant_ifs(block: ir.Block) -> None:
    """Inlines the taken branch of every torch.prim.If whose condition is
    known at compile time (TorchScript's `if stride is None:` and the like)."""
    for op in list(block.operations):
        op = op.operation
        for region in op.regions:
            for b in region.blocks:
                _fold_constant_ifs(b)
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


@register_pass(
    "torch-refine-types",
    summary="Give every tensor a shape and dtype by running each op on meta tensors "
    "(torch's own shape/dtype propagation)",
)
def refine_types(module: ir.Operation) -> None:
    with module.context, module.location:
        for op in module.regions[0].blocks[0].operations:
            op = op.operation
            if op.name != "func.func" or not len(op.regions[0].blocks):
                continue
            entry = op.regions[0].blocks[0]
            if not all(_known(v.type) for o in _all_ops(op) for v in o.results):
                _fold_constant_ifs(entry)
                _refine_block(entry)
            ret = list(entry.operations)[-1]
            _unpack_returned_lists(ret.operation)
            _narrow_returned_optionals(ret.operation)
            ftype = ir.FunctionType(ir.TypeAttr(op.attributes["function_type"]).value)
            op.attributes["function_type"] = ir.TypeAttr.get(ir.FunctionType.get(
                list(ftype.inputs), [v.type for v in ret.operands]))
