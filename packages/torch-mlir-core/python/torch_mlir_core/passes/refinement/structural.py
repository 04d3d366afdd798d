"""Refining one op: ops that pass types through (RETYPE, STRUCTURAL: casts,
tuple/list unpacks and indexing), else the op's meta runs; the join of two
types; element types of lists an op produces."""

from __future__ import annotations


from mlir import ir

from ... import types as ttypes
from .registry import RETYPE, STRUCTURAL
from .values import HINTS, HINT_PAIRS, Unknown, known, meta_results, meta_runs, python_value


def refine_op(op: ir.Operation) -> bool:
    """Refines `op`'s tensor results in place; True if it changed any."""
    import torch

    from ... import dtypes

    retype = RETYPE.get(op.name)
    if retype is not None:
        return retype(op)
    if all(known(r.type) for r in op.results):
        return False
    structural = STRUCTURAL.get(op.name)
    if structural is not None and structural(op):
        return True
    try:
        runs = meta_runs(op)
    except Exception:
        return False  # the contract check reports what stays unknown
    changed = False
    for i, r in enumerate(op.results):
        if known(r.type) or i >= len(runs[0]):
            continue
        a, b = runs[0][i], runs[1][i]
        if not isinstance(a, torch.Tensor) or a.dim() != b.dim():
            continue
        sizes = [x if x == y else -1 for x, y in zip(a.shape, b.shape)]
        r.set_type(ttypes.vtensor(sizes, dtypes.to_mlir_type(a.dtype)))
        changed = True
    return changed


def _producer(v: ir.Value) -> ir.Operation | None:
    owner = v.owner
    return owner.operation if hasattr(owner, "operation") else None


def _from_sources(op: ir.Operation, sources) -> bool:
    if sources is None or len(sources) != len(op.results):
        return False
    return _set_types(op.results, [src.type for src in sources])


# Ops that pass tensors through: the result has the operand's type.

@RETYPE.register("torch.prim.TupleConstruct")
def _tuple_construct(op: ir.Operation) -> bool:
    refined = ttypes.tuple_of(*[v.type for v in op.operands])
    if refined != op.results[0].type:
        op.results[0].set_type(refined)
        return True
    return False


@STRUCTURAL.register("torch.prim.unchecked_cast")
def _unchecked_cast(op: ir.Operation) -> bool:
    payload = _payload_type(op.operands[0])
    return payload is not None and _set_types(op.results, [payload])


@STRUCTURAL.register("torch.tensor_static_info_cast", "torch.derefine")
def _cast(op: ir.Operation) -> bool:
    return _from_sources(op, [ttypes.underived(op.operands[0])])


def _unpack_built(op: ir.Operation) -> bool | None:
    """An unpack of a tuple/list built in the function, or of a tuple-typed
    value; None if neither."""
    producer = _producer(op.operands[0])
    if producer is not None and producer.name in ("torch.prim.TupleConstruct",
                                                  "torch.prim.ListConstruct"):
        return _from_sources(op, list(producer.operands))
    if ttypes.TupleType.isinstance(op.operands[0].type):
        return _set_types(op.results, ttypes.TupleType(op.operands[0].type).element_types)
    return None


@STRUCTURAL.register("torch.prim.TupleUnpack")
def _tuple_unpack(op: ir.Operation) -> bool:
    return bool(_unpack_built(op))


@STRUCTURAL.register("torch.prim.ListUnpack")
def _list_unpack(op: ir.Operation) -> bool:
    built = _unpack_built(op)
    return built if built is not None else _refine_from_list(op.results, op.operands[0])


@STRUCTURAL.register("torch.aten.__getitem__.t")
def _list_getitem(op: ir.Operation) -> bool:
    try:
        index = python_value(op.operands[1], None)
    except Unknown:
        return False
    return _refine_from_list(op.results, op.operands[0], index)


@STRUCTURAL.register("torch.prim.TupleIndex")
def _tuple_index(op: ir.Operation) -> bool:
    producer = _producer(op.operands[0])
    try:
        index = python_value(op.operands[1], HINTS[0])
    except Unknown:
        return False
    if producer is not None and producer.name == "torch.prim.TupleConstruct":
        return _from_sources(op, [producer.operands[index]])
    if ttypes.TupleType.isinstance(op.operands[0].type):
        elements = list(ttypes.TupleType(op.operands[0].type).element_types)
        if -len(elements) <= index < len(elements):
            return _set_types(op.results, [elements[index]])
    return False


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
        if same_kind and not known(r.type) and known(t):
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
        if t is None or not known(t):
            return None
        found = t if found is None else join(found, t)
    return found


def list_element_types(v: ir.Value, static: bool = False) -> list[ir.Type] | None:
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
            not known(o.type) or -1 in ttypes.ValueTensorType(o.type).sizes)
            for o in producer.operands):
        return None
    runs = []
    for pair in HINT_PAIRS:
        try:
            runs.extend(meta_results(producer, h) for h in pair)
        except Exception:
            continue
    return _types_of_runs(runs) if runs else None


def _types_of_runs(runs) -> list[ir.Type] | None:
    """The element types of lists of tensors from several meta runs: dims
    that differ between runs are `?`."""
    import torch

    from ... import dtypes

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
    types = list_element_types(lst)
    if types is None:
        return False
    if index is not None:
        if not -len(types) <= index < len(types):
            return False
        types = [types[index]]
    return _set_types(results, types)


def join(a: ir.Type, b: ir.Type) -> ir.Type:
    if a != b and ttypes.TupleType.isinstance(a) and ttypes.TupleType.isinstance(b):
        ea, eb = (list(ttypes.TupleType(t).element_types) for t in (a, b))
        if len(ea) == len(eb):
            return ttypes.tuple_of(*[join(x, y) for x, y in zip(ea, eb)])
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
