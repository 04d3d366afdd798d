"""Typed builders for the Torch dialect's types.

All functions take an optional `context` (default: the current one).

    with torch_mlir_core.ir.Context():
        t = vtensor([2, -1], F32())           # !torch.vtensor<[2,?],f32>
        l = list_of(optional_of(int_type()))  # !torch.list<optional<int>>

`ValueTensorType`, `NonValueTensorType`, `ListType`, `OptionalType`,
`TupleType` and `DictType` are `mlir.ir.Type` subclasses: `Value.type` comes
back as one of them, and they can cast (`ValueTensorType(some_type)`).
"""

from __future__ import annotations

from typing import Sequence

from mlir import ir

from ._native import (  # noqa: F401  (re-exported)
    DictType,
    ListType,
    NonValueTensorType,
    OptionalType,
    TupleType,
    ValueTensorType,
    is_torch_type,
    is_valid_dtype,
)
from . import _native

UNKNOWN_SIZE = -1


def vtensor(sizes: Sequence[int] | None = None, dtype: ir.Type | None = None,
            context: ir.Context | None = None) -> ValueTensorType:
    """`!torch.vtensor<[sizes],dtype>`; None sizes = unranked, -1 = unknown
    size, None dtype = unknown dtype."""
    return ValueTensorType.get(None if sizes is None else list(sizes), dtype, context)


def tensor(sizes: Sequence[int] | None = None, dtype: ir.Type | None = None,
           context: ir.Context | None = None) -> NonValueTensorType:
    """`!torch.tensor<[sizes],dtype>` (mutable, may alias)."""
    return NonValueTensorType.get(None if sizes is None else list(sizes), dtype, context)


def _leaf(mnemonic: str):
    def get(context: ir.Context | None = None) -> ir.Type:
        return _native.leaf_type(mnemonic, context)

    get.__name__ = f"{mnemonic.lower()}_type"
    get.__doc__ = f"`!torch.{mnemonic}`."
    return get


int_type = _leaf("int")
float_type = _leaf("float")
bool_type = _leaf("bool")
str_type = _leaf("str")
none_type = _leaf("none")
number_type = _leaf("number")
device_type = _leaf("Device")
generator_type = _leaf("Generator")
any_type = _leaf("any")
linear_params_type = _leaf("LinearParams")


def quantized_dtype(name: str, context: ir.Context | None = None) -> ir.Type:
    """A quantized dtype: qint8, quint8, qint32, quint4x2 or quint2x4."""
    if name not in ("qint8", "quint8", "qint32", "quint4x2", "quint2x4"):
        raise ValueError(f"not a Torch quantized dtype: {name!r}")
    return _native.leaf_type(name, context)


def packed_dtype(name: str, context: ir.Context | None = None) -> ir.Type:
    """`!torch.packed<"name">`, for torch's bit/packed dtypes (bits8, ...)."""
    return _native.packed_dtype_type(name, context)


def list_of(element_type: ir.Type) -> ListType:
    """`!torch.list<T>`."""
    return ListType.get(element_type)


def optional_of(element_type: ir.Type) -> OptionalType:
    """`!torch.optional<T>`."""
    return OptionalType.get(element_type)


def tuple_of(*element_types: ir.Type, context: ir.Context | None = None) -> TupleType:
    """`!torch.tuple<T1, T2, ...>`."""
    return TupleType.get(list(element_types), context)


def union_of(*element_types: ir.Type, context: ir.Context | None = None) -> ir.Type:
    """`!torch.union<T1, T2, ...>`."""
    return _native.union_type(list(element_types), context)


def dict_of(key_type: ir.Type, value_type: ir.Type) -> DictType:
    """`!torch.dict<K, V>`."""
    return DictType.get(key_type, value_type)


def nn_module(class_name: str, context: ir.Context | None = None) -> ir.Type:
    """`!torch.nn.Module<"class_name">`."""
    return _native.nn_module_type(class_name, context)


def is_tensor_type(t: ir.Type) -> bool:
    """True for `!torch.vtensor` and `!torch.tensor`."""
    return ValueTensorType.isinstance(t) or NonValueTensorType.isinstance(t)


def underived(value: ir.Value) -> ir.Value:
    """`value` seen through `torch.derefine`s: the value a widening to an
    Optional/Union type was made from (a tensor passed where an
    Optional[Tensor] is declared, e.g. by an inlined TorchScript call)."""
    while not isinstance(value.owner, ir.Block) and \
            value.owner.operation.name == "torch.derefine":
        value = value.owner.operation.operands[0]
    return value
