"""Function results: lists of known length are returned as their elements,
Optionals that always hold a tensor as that tensor."""

from __future__ import annotations


from mlir import ir

from ... import types as ttypes
from .structural import list_element_types


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


def narrow_returned_optionals(ret: ir.Operation) -> None:
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


def unpack_returned_lists(ret: ir.Operation) -> None:
    """A returned list of tensors whose length is known at compile time
    (`return x.chunk(4)`) is returned as ListConstruct of its elements, so
    the lowering can return them as separate results."""
    for i, v in enumerate(list(ret.operands)):
        types = list_element_types(v, static=True)
        if not types:
            continue
        with ir.InsertionPoint(ret), ret.location:
            unpack = ir.Operation.create("torch.prim.ListUnpack", results=types, operands=[v])
            pack = ir.Operation.create("torch.prim.ListConstruct", results=[v.type],
                                       operands=list(unpack.results))
        ret.operands[i] = pack.results[0]
