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
# differ between the two runs are `?`.
_HINTS = (17, 19)


def _known(t: ir.Type) -> bool:
    if not ttypes.ValueTensorType.isinstance(t):
        return True
    vt = ttypes.ValueTensorType(t)
    return vt.has_sizes and vt.has_dtype


class _Unknown(Exception):
    pass


def _python_value(v: ir.Value, hint: int):
    """The compile-time value of `v` for the meta run (tensors as meta
    tensors); _Unknown if it is only known at run time."""
    import torch

    from .. import dtypes

    t = v.type
    if ttypes.ValueTensorType.isinstance(t):
        vt = ttypes.ValueTensorType(t)
        if not vt.has_sizes or not vt.has_dtype:
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
    if op is None or not op.name.startswith((
            "torch.constant.", "torch.prim.ListConstruct", "torch.prim.TupleConstruct",
            "torch.derefine", "torch.prim.unchecked_cast")):
        # A run-time scalar: a stand-in that differs between the two runs,
        # so result dims that depend on it come out as `?`.
        if kind == "!torch.int":
            return hint - 12
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
        return [_python_value(e, hint) for e in op.operands]
    if name in ("torch.derefine", "torch.prim.unchecked_cast"):
        return _python_value(op.operands[0], hint)
    raise _Unknown()


def _sizes_for(v: ir.Value, hint: int) -> list[int]:
    if not ttypes.ValueTensorType.isinstance(v.type):
        raise _Unknown()
    vt = ttypes.ValueTensorType(v.type)
    if not vt.has_sizes:
        raise _Unknown()
    return [hint if d == -1 else d for d in vt.sizes]


def _size_int(op, hint):
    sizes = _sizes_for(op.operands[0], hint)
    return sizes[_python_value(op.operands[1], hint)]


def _dtype_code(op, hint):
    from .. import dtypes

    vt = ttypes.ValueTensorType(op.operands[0].type)
    if not vt.has_dtype:
        raise _Unknown()
    return dtypes.scalar_type_code(dtypes.from_mlir_type(vt.dtype))


def _scalar_fn(fn):
    def evaluate(op, hint):
        args = [_python_value(x, hint) for x in op.operands]
        if any(not isinstance(a, (int, float, bool, list)) for a in args):
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
    "torch.aten.__getitem__.t": _scalar_fn(lambda xs, i: xs[i]),
    "torch.aten.len.t": _scalar_fn(len),
    "torch.aten.neg.int": _scalar_fn(lambda a: -a),
    "torch.aten.Int.float": _scalar_fn(int),
    "torch.aten.Float.int": _scalar_fn(float),
    "torch.aten.__not__": _scalar_fn(lambda a: not a),
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
        runs = [_meta_results(op, h) for h in _HINTS]
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
    if name in ("torch.prim.unchecked_cast", "torch.tensor_static_info_cast",
                "torch.derefine"):
        sources = [op.operands[0]]
    elif name in ("torch.prim.TupleUnpack", "torch.prim.ListUnpack"):
        producer = op.operands[0].owner
        producer = producer.operation if hasattr(producer, "operation") else None
        if producer is not None and producer.name in ("torch.prim.TupleConstruct",
                                                      "torch.prim.ListConstruct"):
            sources = list(producer.operands)
    elif name == "torch.prim.TupleIndex":
        producer = op.operands[0].owner
        producer = producer.operation if hasattr(producer, "operation") else None
        try:
            index = _python_value(op.operands[1], _HINTS[0])
        except _Unknown:
            return False
        if producer is not None and producer.name == "torch.prim.TupleConstruct":
            sources = [producer.operands[index]]
    if sources is None or len(sources) != len(op.results):
        return False
    changed = False
    for r, src in zip(op.results, sources):
        if not _known(r.type) and ttypes.ValueTensorType.isinstance(src.type) and \
                _known(src.type):
            r.set_type(src.type)
            changed = True
    return changed


def _join(a: ir.Type, b: ir.Type) -> ir.Type:
    if a == b or not ttypes.ValueTensorType.isinstance(a) or \
            not ttypes.ValueTensorType.isinstance(b):
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


def _cast_operand(op: ir.Operation, i: int, to: ir.Type) -> None:
    """Makes operand `i` of `op` have type `to` (a static-info cast)."""
    v = op.operands[i]
    if v.type == to:
        return
    with ir.InsertionPoint(op), op.location:
        cast = ir.Operation.create("torch.tensor_static_info_cast", results=[to], operands=[v])
    op.operands[i] = cast.results[0]


def _refine_block(block: ir.Block) -> None:
    for op in block.operations:
        op = op.operation
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
                        a.set_type(b.type)
                    elif _uninitialized(b):
                        b.set_type(a.type)
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


def _static_bool(v: ir.Value):
    """The value of a !torch.bool known at compile time, else None."""
    owner = v.owner
    op = owner.operation if hasattr(owner, "operation") else None
    if op is None:
        return None
    if op.name == "torch.constant.bool":
        return ir.BoolAttr(op.attributes["value"]).value
    if op.name in ("torch.aten.__is__", "torch.aten.__isnot__"):
        a, b = (_none_ness(x) for x in op.operands)
        if a is None or b is None or not (a or b):
            return None  # unknown, or two non-None values
        same = a == b
        return same if op.name == "torch.aten.__is__" else not same
    if op.name == "torch.aten.__not__":
        inner = _static_bool(op.operands[0])
        return None if inner is None else not inner
    return None


def _none_ness(v: ir.Value):
    """True if `v` is None, False if it cannot be, None if unknown."""
    t = str(v.type)
    if t == "!torch.none":
        return True
    owner = v.owner
    op = owner.operation if hasattr(owner, "operation") else None
    if op is not None and op.name == "torch.derefine":
        return _none_ness(op.operands[0])
    if t.startswith("!torch.optional") or t.startswith("!torch.union"):
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
        if op.name != "torch.prim.If":
            continue
        cond = _static_bool(op.operands[0])
        if cond is None:
            continue
        taken = op.regions[0 if cond else 1].blocks[0]
        inner = list(taken.operations)
        for child in inner[:-1]:
            child.operation.move_before(op)
        for r, v in zip(op.results, inner[-1].operands):
            r.replace_all_uses_with(v)
        op.erase()


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
            if all(_known(v.type) for o in _all_ops(op) for v in o.results):
                continue
            _fold_constant_ifs(entry)
            _refine_block(entry)
            ret = list(entry.operations)[-1]
            ftype = ir.FunctionType(ir.TypeAttr(op.attributes["function_type"]).value)
            op.attributes["function_type"] = ir.TypeAttr.get(ir.FunctionType.get(
                list(ftype.inputs), [v.type for v in ret.operands]))
