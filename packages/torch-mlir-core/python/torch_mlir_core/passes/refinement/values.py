"""Compile-time values of operands for the meta runs (tensors as meta tensors,
constants, lists, facts), stand-ins for dynamic dims and run-time scalars, and
running an op on meta tensors through its torch overload."""

from __future__ import annotations

from typing import Any

from mlir import ir

from ... import types as ttypes
from .registry import FACTS, SOURCES


# Two stand-ins for each dynamic dim (and run-time scalar); result dims that
# differ between the two runs are `?`. A second pair, whose run-time ints are
# 0 and 1, when the first is out of range for an op (`x.select(0, i)` with a
# small dim).
HINTS = (17, 19)


HINT_PAIRS = (HINTS, (23, 29))


_INT_STANDINS = {17: 5, 19: 7, 23: 0, 29: 1, 2: 3, 1: 1, 0: 0}


def meta_runs(op: ir.Operation) -> list:
    """The results of `op` on meta tensors for both stand-ins of a pair;
    raises if no pair works."""
    error: Exception = Unknown()
    for pair in HINT_PAIRS:
        try:
            return [meta_results(op, h) for h in pair]
        except Unknown:
            raise
        except Exception as e:
            error = e
    raise error


def known(t: ir.Type) -> bool:
    if ttypes.TupleType.isinstance(t):
        return all(known(e) for e in ttypes.TupleType(t).element_types)
    if not ttypes.ValueTensorType.isinstance(t):
        return True
    vt = ttypes.ValueTensorType(t)
    return vt.has_sizes and vt.has_dtype


class Unknown(Exception):
    pass


def python_value(v: ir.Value, hint: int | None):
    """The compile-time value of `v` for the meta run (tensors as meta
    tensors); Unknown if it is only known at run time. `hint` stands in for
    dynamic dims and run-time scalars; with None (exact evaluation) a value
    that depends on them is Unknown."""
    import torch

    from ... import dtypes

    t = v.type
    if ttypes.ValueTensorType.isinstance(t):
        vt = ttypes.ValueTensorType(t)
        if not vt.has_sizes or not vt.has_dtype or (hint is None and -1 in vt.sizes):
            raise Unknown()
        sizes = [hint if d == -1 else d for d in vt.sizes]
        return torch.empty(sizes, dtype=dtypes.from_mlir_type(vt.dtype), device="meta")
    owner = v.owner
    op = owner.operation if hasattr(owner, "operation") else None
    if op is not None and op.name in FACTS:
        try:
            return FACTS[op.name](op, hint)
        except (Unknown, TypeError, ValueError, IndexError, ZeroDivisionError):
            pass
    source = SOURCES.get(op.name) if op is not None else None
    if source is not None:
        return source(op, v, hint)
    # A run-time scalar: a stand-in that differs between the two runs,
    # so result dims that depend on it come out as `?`.
    if hint is None:
        raise Unknown()
    kind = str(t)
    if kind == "!torch.int":
        return _INT_STANDINS[hint]
    if kind == "!torch.float":
        return hint / 8.0
    if kind == "!torch.bool":
        return True
    raise Unknown()


@SOURCES.register("torch.prim.TupleUnpack", "torch.prim.ListUnpack")
def _unpacked(op: ir.Operation, v: ir.Value, hint):
    # An element of a tuple/list built in the function (`b, n, _ = x.shape`).
    seq = python_value(op.operands[0], hint)
    if isinstance(seq, (list, tuple)) and len(seq) == len(op.results):
        return seq[v.result_number]
    raise Unknown()


@SOURCES.register("torch.constant.none")
def _none(op: ir.Operation, v: ir.Value, hint):
    return None


@SOURCES.register("torch.constant.bool", "torch.constant.int", "torch.constant.float",
                  "torch.constant.str", "torch.constant.number", "torch.constant.device")
def _constant(op: ir.Operation, v: ir.Value, hint):
    attr = op.attributes["value"]
    for cls in (ir.BoolAttr, ir.IntegerAttr, ir.FloatAttr, ir.StringAttr):
        if isinstance(attr, cls):
            return attr.value
    raise Unknown()


@SOURCES.register("torch.prim.ListConstruct", "torch.prim.TupleConstruct")
def _built(op: ir.Operation, v: ir.Value, hint):
    if changed_in_place(v):
        raise Unknown()  # its elements are not (only) the ones built
    return [python_value(e, hint) for e in op.operands]


@SOURCES.register("torch.derefine", "torch.prim.unchecked_cast")
def _widened(op: ir.Operation, v: ir.Value, hint):
    return python_value(op.operands[0], hint)


def changed_in_place(lst: ir.Value) -> bool:
    """Whether a list is appended to (or otherwise changed) after it is
    built."""
    for use in lst.uses:
        user = use.owner.operation if hasattr(use.owner, "operation") else use.owner
        if user.name in LIST_MUTATORS and user.name.startswith("torch.aten.") and \
                use.operand_number == 0:
            return True
    return False


# Ops that change a list in place, or keep it where a later change could
# reach it: a list with such a use is not rewritten to value semantics.
LIST_MUTATORS = ("torch.aten.append.t", "torch.aten.insert.t", "torch.aten.extend.t",
                  "torch.aten.pop.t", "torch.aten.clear.t", "torch.aten._set_item.t",
                  "torch.aten.remove", "torch.aten.reverse.t", "torch.aten.sort",
                  "torch.prim.ListConstruct", "torch.prim.TupleConstruct",
                  "torch.prim.DictConstruct", "torch.derefine", "func.call")


def sizes_for(v: ir.Value, hint: int | None) -> list[int]:
    if not ttypes.ValueTensorType.isinstance(v.type):
        raise Unknown()
    vt = ttypes.ValueTensorType(v.type)
    if not vt.has_sizes or (hint is None and -1 in vt.sizes):
        raise Unknown()
    return [hint if d == -1 else d for d in vt.sizes]


def torch_op(name: str):
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


def convert_arg(value: Any, jit_type, name: str = "") -> Any:
    """TorchScript's int encodings of dtype/layout/memory format -> torch
    objects; devices -> meta."""
    import torch

    from ... import dtypes

    text = str(jit_type)
    if value is None:
        return None
    # ATen's schemas type dtype/layout/memory_format as ints: by name too (an
    # int that is no code must not reach torch, which reads it as an enum).
    if ("ScalarType" in text or name == "dtype") and isinstance(value, int):
        return dtypes.from_scalar_type_code(value)
    if ("Layout" in text or name == "layout") and isinstance(value, int):
        return torch.strided
    if ("MemoryFormat" in text or name == "memory_format") and isinstance(value, int):
        formats = [torch.contiguous_format, torch.preserve_format, torch.channels_last,
                   torch.channels_last_3d]
        if not 0 <= value < len(formats):
            raise ValueError(f"{value} is not a torch MemoryFormat code")
        return formats[value]
    if "Device" in text:
        return torch.device("meta")
    return value


def meta_results(op: ir.Operation, hint: int):
    if op.name == "torch.aten.tensor":  # a tensor from (nested lists of) numbers
        import torch

        data, dtype = (python_value(v, hint) for v in list(op.operands)[:2])
        dtype = convert_arg(dtype, "ScalarType")
        return [torch.tensor(data, dtype=dtype, device="meta")]
    fn = torch_op(op.name)
    if fn is None:
        raise Unknown()
    schema = fn._schema
    args = [python_value(v, hint) for v in op.operands]
    if len(args) != len(schema.arguments):
        raise Unknown()
    positional, kwargs = [], {}
    for a, value in zip(schema.arguments, args):
        value = convert_arg(value, a.type, a.name)
        if a.kwarg_only:
            kwargs[a.name] = value
        else:
            positional.append(value)
    out = fn(*positional, **kwargs)
    return list(out) if isinstance(out, (tuple, list)) else [out]
