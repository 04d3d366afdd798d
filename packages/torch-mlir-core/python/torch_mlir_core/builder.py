"""Building Torch-dialect IR from torch's own objects, for every frontend.

Each frontend (FX / torch.export, TorchScript, ...) walks its own graph
representation; what it emits goes through `TorchBuilder`, so constants,
tensor literals, schema-driven op creation and torch's implicit conversions
(a number where a Tensor is expected, ints where floats are) are written once:

    b = TorchBuilder(context, resolve=my_values.get)   # frontend value -> ir.Value
    b.constant([1, 2])                                  # prim.ListConstruct of ints
    b.literal(weight, "fc.weight")                      # vtensor.literal
    b.schema_op(torch.ops.aten.addmm.default._schema, args, kwargs, result_types)

It needs torch (the `torch` extra of torch-mlir-core); `import
torch_mlir_core` alone does not import it.
"""

from __future__ import annotations

import os
import re
from typing import Any, Callable, Sequence

import numpy as np
import torch

from mlir import ir

from . import dtypes, types

__all__ = [
    "BuildError",
    "user_frame",
    "INLINE_ELEMENTS_LIMIT",
    "TorchBuilder",
    "schema_op_name",
    "schema_type",
    "tensor_type",
    "value_type",
]

# Tensors with at most this many elements become dense elements (readable in
# the printed IR); larger ones dense resources, which wrap the tensor's memory
# instead of copying it through Python.
INLINE_ELEMENTS_LIMIT = 16

_MEMORY_FORMAT_CODES = {
    torch.contiguous_format: 0,
    torch.preserve_format: 1,
    torch.channels_last: 2,
    torch.channels_last_3d: 3,
}
_LAYOUT_CODES = {torch.strided: 0, torch.sparse_coo: 1}


class BuildError(Exception):
    """A value or op that has no Torch-dialect form (the message says which)."""


_TORCH_DIR = os.path.dirname(torch.__file__) + os.sep
_FRAME_RE = re.compile(r'File "([^"]+)", line (\d+)')


def user_frame(trace: str | None, *, innermost_first: bool) -> tuple[str, int] | None:
    """The innermost `File "...", line N` frame of `trace` that is the
    user's code: not inside torch and not FX's generated forward(); else
    the innermost frame. Python tracebacks list the outermost frame first,
    TorchScript source ranges the innermost."""
    frames = [(f, int(line)) for f, line in _FRAME_RE.findall(trace or "")]
    if not innermost_first:
        frames.reverse()
    for f, line in frames:
        generated = f.startswith("<eval_with_key>")
        in_torch = os.path.abspath(f).startswith(_TORCH_DIR) or f.startswith("torch" + os.sep)
        if not (generated or in_torch):
            return f, line
    return frames[0] if frames else None


# --- types -------------------------------------------------------------------


def _size(d) -> int:
    return d if isinstance(d, int) else types.UNKNOWN_SIZE


def tensor_type(val: torch.Tensor) -> ir.Type:
    """`!torch.vtensor` of a (possibly fake/symbolic) tensor: symbolic dims are `?`."""
    return types.vtensor([_size(d) for d in val.shape], dtypes.to_mlir_type(val.dtype))


def value_type(val: Any) -> ir.Type:
    """The Torch type of an example value (FakeTensor, SymInt, number, ...)."""
    if isinstance(val, torch.Tensor):
        return tensor_type(val)
    if isinstance(val, (torch.SymBool, bool)):
        return types.bool_type()
    if isinstance(val, (torch.SymInt, int)):
        return types.int_type()
    if isinstance(val, (torch.SymFloat, float)):
        return types.float_type()
    if val is None:
        return types.none_type()
    if isinstance(val, (list, tuple)) and val and all(isinstance(v, torch.Tensor) for v in val):
        return types.list_of(types.vtensor())
    raise BuildError(f"no Torch type for a value of type {type(val).__name__}")


_SIMPLE_SCHEMA_TYPES: dict[str, Callable[[], ir.Type]] = {
    "IntType": types.int_type, "SymIntType": types.int_type,
    "FloatType": types.float_type, "BoolType": types.bool_type,
    "SymBoolType": types.bool_type, "StringType": types.str_type,
    "NumberType": types.number_type, "DeviceObjType": types.device_type,
    "NoneType": types.none_type, "GeneratorType": types.generator_type,
    "AnyType": types.any_type, "ScalarTypeType": types.int_type,
    "LayoutType": types.int_type, "MemoryFormatType": types.int_type,
}


def schema_type(t: torch._C.JitType,
                tensor: Callable[[torch._C.JitType], ir.Type] | None = None) -> ir.Type:
    """The Torch type of a TorchScript/schema type. `tensor` maps a
    TensorType (default: `!torch.vtensor` with nothing known)."""
    kind = t.kind()
    if kind == "TensorType":
        return tensor(t) if tensor else types.vtensor()
    if kind == "OptionalType":
        return types.optional_of(schema_type(t.getElementType(), tensor))
    if kind == "ListType":
        return types.list_of(schema_type(t.getElementType(), tensor))
    if kind == "TupleType":
        return types.tuple_of(*[schema_type(e, tensor) for e in t.elements()])
    if kind == "DictType":
        return types.dict_of(schema_type(t.getKeyType(), tensor),
                             schema_type(t.getValueType(), tensor))
    if kind == "UnionType":
        return types.union_of(*[schema_type(e, tensor) for e in t.containedTypes()])
    if kind == "ClassType":
        return types.nn_module(t.qualified_name())
    if kind in _SIMPLE_SCHEMA_TYPES:
        return _SIMPLE_SCHEMA_TYPES[kind]()
    raise BuildError(f"type {t} has no Torch type")


def schema_op_name(schema: torch._C.FunctionSchema) -> str:
    """`aten::add.Tensor` -> `aten.add.Tensor`; `aten::relu` -> `aten.relu`."""
    ns, _, name = schema.name.partition("::")
    return f"{ns}.{name}.{schema.overload_name}" if schema.overload_name else f"{ns}.{name}"


# --- the builder ---------------------------------------------------------------


class TorchBuilder:
    """Emits Torch-dialect ops at the current insertion point and location.

    `resolve(obj)` maps a frontend's value objects (FX nodes, TorchScript
    values) to `ir.Value`s, returning None for anything else; values it
    resolves may appear wherever a Python value may (in lists too).
    """

    def __init__(self, context: ir.Context, resolve: Callable[[Any], ir.Value | None]
                 = lambda obj: None, *, value_semantics: bool = True):
        self.context = context
        self.resolve = resolve
        # Whether the tensors this builder makes itself (wrapped numbers,
        # literals) are !torch.vtensor (FX) or !torch.tensor (TorchScript,
        # which has mutation and aliasing).
        self.value_semantics = value_semantics

    def _tensor_type(self, sizes, elem) -> ir.Type:
        return types.vtensor(sizes, elem) if self.value_semantics else types.tensor(sizes, elem)

    # -- ops --

    def op(self, name: str, results: Sequence[ir.Type], operands: Sequence[ir.Value],
           attributes: dict | None = None, regions: int = 0) -> ir.Operation:
        return ir.Operation.create(name, results=list(results), operands=list(operands),
                                   attributes=attributes, regions=regions)

    def is_defined(self, name: str) -> bool:
        """Whether the dialect defines `torch.<name>`."""
        return self.context.is_registered_operation(f"torch.{name}")

    def named_op(self, name: str, results, operands) -> ir.Operation:
        """`torch.<name>` if the dialect defines it, else
        `torch.operator "<name>"`: an unknown op never fails."""
        if self.is_defined(name):
            return self.op(f"torch.{name}", results, operands)
        return self.op("torch.operator", results, operands,
                       {"name": ir.StringAttr.get(name)})

    def schema_op(self, schema: torch._C.FunctionSchema, args: Sequence[Any],
                  kwargs: dict[str, Any], result_types: Sequence[ir.Type]) -> ir.Operation:
        """The op for a call of `schema` with `args`/`kwargs` (defaults
        filled in from the schema)."""
        name = schema_op_name(schema)
        operands = []
        for i, arg in enumerate(schema.arguments):
            if i < len(args) and not arg.kwarg_only:
                value = args[i]
            elif arg.name in kwargs:
                value = kwargs[arg.name]
            elif arg.has_default_value():
                value = arg.default_value
            else:
                raise BuildError(f"missing argument '{arg.name}' of {name}")
            operands.append(self.operand(value, arg.type))
        return self.named_op(name, result_types, operands)

    def scalar_op(self, family: str, operands: Sequence[ir.Value],
                  result_type: ir.Type) -> ir.Operation:
        """Arithmetic on Torch scalars by operand kinds: ("aten.add", int,
        float) -> aten.add.int_float; a family without overloads
        (aten.__not__) by its bare name."""
        kinds = [str(o.type).removeprefix("!torch.") for o in operands]
        suffix = kinds[0] if len(set(kinds)) == 1 else "_".join(kinds)
        name = f"{family}.{suffix}" if suffix else family
        if not self.is_defined(name) and self.is_defined(family):
            name = family
        return self.named_op(name, [result_type], operands)

    def cast_to(self, value: ir.Value, want: ir.Type) -> ir.Value:
        """`value` as the compatible type `want`: a tensor with less static
        information (`tensor_static_info_cast`), or a wider type such as an
        optional or union (`derefine`)."""
        if value.type == want:
            return value
        if types.is_tensor_type(value.type) and types.is_tensor_type(want):
            return self.op("torch.tensor_static_info_cast", [want], [value]).result
        return self.op("torch.derefine", [want], [value]).result

    def as_bool(self, value: ir.Value) -> ir.Value:
        """A `!torch.bool` from a bool or a 0-d bool tensor."""
        if str(value.type) == "!torch.bool":
            return value
        return self.op("torch.aten.Bool.Tensor", [types.bool_type()], [value]).result

    # -- operands and constants --

    def operand(self, value: Any, jit_type: torch._C.JitType) -> ir.Value:
        """`value` as an operand of schema type `jit_type`, with torch's
        implicit conversions."""
        kind = jit_type.kind()
        resolved = value if isinstance(value, ir.Value) else self.resolve(value)
        if resolved is not None:
            if kind == "TensorType" and str(resolved.type) in (
                    "!torch.int", "!torch.float", "!torch.bool"):
                return self.num_to_tensor(resolved)
            return resolved
        if kind == "OptionalType":
            if value is None:
                return self.constant(None)
            return self.operand(value, jit_type.getElementType())
        if kind == "TensorType" and isinstance(value, (bool, int, float, complex)):
            # torch wraps a number passed as a Tensor in a 0-d tensor (which,
            # like a wrapped number, does not promote within its category).
            return self.scalar_literal(value)
        if kind == "ListType":
            elem_jit = jit_type.getElementType()
            items = [self.operand(v, elem_jit) for v in value]
            elem_type = schema_type(elem_jit)
            return self.op("torch.prim.ListConstruct", [types.list_of(elem_type)],
                           items).result
        if kind == "FloatType" and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        return self.constant(value)

    def num_to_tensor(self, number: ir.Value) -> ir.Value:
        """A `!torch.int/float/bool` as the 0-d tensor torch wraps it in."""
        dtype = {"!torch.int": torch.int64, "!torch.float": torch.float64,
                 "!torch.bool": torch.bool}.get(str(number.type))
        if dtype is None:
            raise BuildError(f"cannot pass a {number.type} as a Tensor")
        t = self._tensor_type([], dtypes.to_mlir_type(dtype))
        return self.op("torch.prim.NumToTensor.Scalar", [t], [number]).result

    def constant(self, value: Any, want: ir.Type | None = None) -> ir.Value:
        """A Python value (number, str, None, dtype, device, layout, memory
        format, tensor, or a list of those) as Torch constants."""
        resolved = value if isinstance(value, ir.Value) else self.resolve(value)
        if resolved is not None:
            return resolved
        if value is None:
            return self.op("torch.constant.none", [types.none_type()], []).result
        if isinstance(value, bool):
            return self.op("torch.constant.bool", [types.bool_type()], [],
                           {"value": ir.BoolAttr.get(value)}).result
        if isinstance(value, torch.dtype):
            return self.constant(dtypes.scalar_type_code(value))
        if isinstance(value, torch.memory_format):
            return self.constant(_MEMORY_FORMAT_CODES[value])
        if isinstance(value, torch.layout):
            return self.constant(_LAYOUT_CODES[value])
        if isinstance(value, torch.device):
            return self.op("torch.constant.device", [types.device_type()], [],
                           {"value": ir.StringAttr.get(str(value))}).result
        if isinstance(value, int) and not (want is not None and str(want) == "!torch.float"):
            if not -(2**63) <= value < 2**63:
                raise BuildError(f"integer {value} does not fit in int64")
            return self.op("torch.constant.int", [types.int_type()], [], {
                "value": ir.IntegerAttr.get(ir.IntegerType.get_signless(64), value)}).result
        if isinstance(value, (int, float)):
            return self.op("torch.constant.float", [types.float_type()], [],
                           {"value": ir.FloatAttr.get_f64(float(value))}).result
        if isinstance(value, str):
            return self.op("torch.constant.str", [types.str_type()], [],
                           {"value": ir.StringAttr.get(value)}).result
        if isinstance(value, (list, tuple)):
            elem = types.ListType(want).element_type \
                if want is not None and str(want).startswith("!torch.list<") else None
            items = [self.constant(v, elem) for v in value]
            if elem is None:
                elem = items[0].type if items else types.int_type()
            return self.op("torch.prim.ListConstruct", [types.list_of(elem)], items).result
        if isinstance(value, torch.Tensor):
            return self.literal(value, "constant")
        raise BuildError(f"cannot build a constant of type {type(value).__name__}")

    def scalar_literal(self, value: bool | int | float | complex) -> ir.Value:
        """A Python number as the 0-d tensor torch would wrap it in (built
        with numpy: no torch tensor is created, so this also works while a
        FakeTensorMode is active, as in torch.compile)."""
        if isinstance(value, complex):
            parts = self._literal_op(np.array([value.real, value.imag]), torch.float64)
            return self._as_complex(parts, [], torch.complex128)
        dtype = torch.bool if isinstance(value, bool) else \
            torch.int64 if isinstance(value, int) else torch.float64
        return self._literal_op(np.array(value), dtype)

    def _literal_op(self, arr: np.ndarray, dtype: torch.dtype) -> ir.Value:
        elem = dtypes.to_mlir_type(dtype)
        attr = ir.DenseElementsAttr.get(arr) if dtype == torch.bool else \
            ir.DenseElementsAttr.get(arr, type=elem, shape=list(arr.shape))
        name = "torch.vtensor.literal" if self.value_semantics else "torch.tensor.literal"
        return self.op(name, [self._tensor_type(list(arr.shape), elem)], [],
                       {"value": attr}).result

    def _as_complex(self, parts: ir.Value, sizes: list[int], dtype: torch.dtype) -> ir.Value:
        """`view_as_complex` of a (..., 2) real literal. Complex values are
        never put in a dense attribute: the MLIR Python bindings cannot read
        one back (reading it raises, or aborts through a NamedAttribute)."""
        result = self._tensor_type(sizes, dtypes.to_mlir_type(dtype))
        return self.op("torch.aten.view_as_complex", [result], [parts]).result

    def literal(self, tensor: torch.Tensor, name: str) -> ir.Value:
        """`torch.vtensor.literal` of a real tensor (`torch.tensor.literal`,
        a `!torch.tensor`, without value semantics): inline dense elements
        when small (or bool), else a dense resource named after `name` that
        wraps the tensor's memory (no copy, no Python lists)."""
        tensor = tensor.detach()
        if tensor.is_complex():
            parts = self.literal(torch.view_as_real(tensor.resolve_conj()), name)
            return self._as_complex(parts, [int(d) for d in tensor.shape], tensor.dtype)
        elem = dtypes.to_mlir_type(tensor.dtype)
        builtin = ir.RankedTensorType.get(list(tensor.shape), elem)
        if tensor.dtype == torch.bool or tensor.numel() <= INLINE_ELEMENTS_LIMIT:
            attr = _dense_elements(tensor, builtin)
        else:
            attr = _dense_resource(tensor, builtin, name)
        if not self.value_semantics:
            result = types.tensor([int(d) for d in tensor.shape], elem)
            return self.op("torch.tensor.literal", [result], [], {"value": attr}).result
        return self.op("torch.vtensor.literal", [tensor_type(tensor)], [],
                       {"value": attr}).result


# --- tensor data -------------------------------------------------------------

# Dtypes numpy has no type for are viewed as same-width integers.
_NUMPY_VIEW = {
    torch.bfloat16: torch.int16,
    torch.complex32: torch.int32,
    torch.float8_e4m3fn: torch.uint8,
    torch.float8_e5m2: torch.uint8,
    torch.float8_e4m3fnuz: torch.uint8,
    torch.float8_e5m2fnuz: torch.uint8,
    torch.float8_e8m0fnu: torch.uint8,
}


def _as_numpy(tensor: torch.Tensor) -> np.ndarray:
    t = tensor.detach().cpu().contiguous()
    if t.is_quantized:
        t = t.int_repr()
    if t.dtype in _NUMPY_VIEW:
        t = t.view(_NUMPY_VIEW[t.dtype])
    return t.numpy()


def _dense_elements(tensor: torch.Tensor, builtin: ir.RankedTensorType) -> ir.Attribute:
    arr = np.ascontiguousarray(_as_numpy(tensor))
    if tensor.dtype == torch.bool:
        if tensor.dim() == 0:  # (np.ascontiguousarray makes 0-d arrays 1-d)
            return ir.DenseElementsAttr.get_splat(builtin, ir.IntegerAttr.get(
                builtin.element_type, int(arr.item())))
        return ir.DenseElementsAttr.get(arr)  # numpy bool -> i1
    return ir.DenseElementsAttr.get(arr, type=builtin.element_type, shape=list(tensor.shape))


def _dense_resource(tensor: torch.Tensor, builtin: ir.RankedTensorType, name: str):
    arr = np.ascontiguousarray(_as_numpy(tensor))
    key = "torch_tensor_" + re.sub(r"[^A-Za-z0-9_]", "_", name)
    # The blob keeps `arr` (which shares the tensor's memory) alive.
    return ir.DenseResourceElementsAttr.get_from_buffer(memoryview(arr.reshape(-1)), key,
                                                        builtin)
