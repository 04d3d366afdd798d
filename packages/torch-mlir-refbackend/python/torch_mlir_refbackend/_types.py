"""Function signatures of a linalg-on-tensors module and their torch/ctypes mapping."""

from __future__ import annotations

import ctypes
from dataclasses import dataclass, field

import torch
from mlir import ir

__all__ = ["ValueSpec", "FuncSpec", "function_specs", "descriptor_type", "CompileError",
           "specs_to_json", "specs_from_json"]


class CompileError(RuntimeError):
    """The module cannot be compiled by the reference backend."""


# MLIR element type (as text) -> default torch dtype (builtin iN is signless).
_ELEMENT_DTYPES = {
    "f32": torch.float32,
    "f64": torch.float64,
    "f16": torch.float16,
    "bf16": torch.bfloat16,
    "i64": torch.int64,
    "i32": torch.int32,
    "i16": torch.int16,
    "i8": torch.int8,
    "i1": torch.bool,
    "si64": torch.int64,
    "si32": torch.int32,
    "si16": torch.int16,
    "si8": torch.int8,
    "ui8": torch.uint8,
    "index": torch.int64,
    "complex<f32>": torch.complex64,
    "complex<f64>": torch.complex128,
}

# Element type -> bit width, used to check a torch.arg_dtypes override fits.
_WIDTH = {"f32": 32, "f64": 64, "f16": 16, "bf16": 16, "i64": 64, "i32": 32, "i16": 16,
          "i8": 8, "i1": 1, "si64": 64, "si32": 32, "si16": 16, "si8": 8, "ui8": 8,
          "index": 64, "complex<f32>": 64, "complex<f64>": 128}

# torch.arg_dtypes / torch.result_dtypes names -> torch dtype ("int"/"float" are scalars).
_DTYPE_NAMES = {
    "float32": torch.float32, "float": torch.float32, "float64": torch.float64,
    "double": torch.float64, "float16": torch.float16, "half": torch.float16,
    "bfloat16": torch.bfloat16, "int64": torch.int64, "long": torch.int64,
    "int32": torch.int32, "int16": torch.int16, "short": torch.int16, "int8": torch.int8,
    "uint8": torch.uint8, "bool": torch.bool, "complex64": torch.complex64,
    "complex128": torch.complex128,
}
_SCALAR_NAMES = {"int": int, "float": float, "bool": bool}

# Scalar MLIR type -> (ctypes type, python type).
_SCALAR_CTYPES = {
    "i64": (ctypes.c_int64, int), "index": (ctypes.c_int64, int),
    "i32": (ctypes.c_int32, int), "i16": (ctypes.c_int16, int), "i8": (ctypes.c_int8, int),
    "i1": (ctypes.c_bool, bool), "f64": (ctypes.c_double, float), "f32": (ctypes.c_float, float),
}

# numpy typestr used to view result buffers (bf16 is viewed as int16, then reinterpreted).
NUMPY_TYPESTR = {
    torch.float32: "<f4", torch.float64: "<f8", torch.float16: "<f2", torch.bfloat16: "<i2",
    torch.int64: "<i8", torch.int32: "<i4", torch.int16: "<i2", torch.int8: "|i1",
    torch.uint8: "|u1", torch.bool: "|b1", torch.complex64: "<c8", torch.complex128: "<c16",
}


@dataclass
class ValueSpec:
    """One argument or result of a public function."""

    mlir_type: str
    element: str                     # element type text ("f32", "i1", ...)
    shape: tuple | None              # None for scalars; None entries are dynamic dims
    dtype: torch.dtype | None        # tensors: the torch dtype
    pytype: type | None = None       # scalars: int / float / bool
    ctype: type | None = None        # scalars: the ctypes type

    @property
    def is_tensor(self) -> bool:
        return self.shape is not None

    @property
    def rank(self) -> int:
        return len(self.shape)

    def describe(self) -> str:
        if not self.is_tensor:
            return f"{self.pytype.__name__} ({self.mlir_type})"
        dims = "x".join("?" if d is None else str(d) for d in self.shape)
        return f"tensor<{dims}> of {_dtype_str(self.dtype)}"


# Result attribute naming the argument a result updates (torch-mlir-core's
# torch-maximize-value-semantics; convention in torch-mlir-core's README).
UPDATES_ARGUMENT = "torch.updates_argument"


@dataclass
class FuncSpec:
    name: str
    args: list[ValueSpec]
    results: list[ValueSpec]
    # result index -> index of the argument whose new contents it is: the
    # call copies it into the caller's tensor and does not return it.
    updates: dict[int, int] = field(default_factory=dict)


def _dtype_str(dtype) -> str:
    return str(dtype).replace("torch.", "")


def _string_list(attr) -> list[str] | None:
    if attr is None:
        return None
    if not isinstance(attr, ir.ArrayAttr):
        return None
    out = []
    for a in attr:
        if not isinstance(a, ir.StringAttr):
            return None
        out.append(a.value)
    return out


def _value_spec(fn: str, what: str, t: ir.Type, dtype_name: str | None) -> ValueSpec:
    if isinstance(t, ir.RankedTensorType):
        rt = t
        elem = str(rt.element_type)
        if elem not in _ELEMENT_DTYPES:
            raise CompileError(f"{fn}(): {what} has type {t}; element type {elem} is not "
                               f"supported by the reference backend")
        shape = tuple(None if ir.ShapedType.is_dynamic_size(d) else d for d in rt.shape)
        dtype = _ELEMENT_DTYPES[elem]
        if dtype_name is not None and dtype_name in _DTYPE_NAMES:
            override = _DTYPE_NAMES[dtype_name]
            if override.itemsize * 8 == _WIDTH[elem] or (override is torch.bool and elem == "i1"):
                dtype = override
        return ValueSpec(str(t), elem, shape, dtype)
    text = str(t)
    if text in _SCALAR_CTYPES:
        ctype, pytype = _SCALAR_CTYPES[text]
        if dtype_name in _SCALAR_NAMES:
            pytype = _SCALAR_NAMES[dtype_name]
        return ValueSpec(text, text, None, None, pytype, ctype)
    raise CompileError(f"{fn}(): {what} has type {t}, which the reference backend cannot "
                       f"pass to or from Python (ranked tensors and i64/f64/i1 scalars are "
                       f"supported)")


def function_specs(module: ir.Module) -> list[FuncSpec]:
    """The public func.func ops of `module` with their argument/result specs."""
    specs = []
    for op in module.body.operations:
        if op.operation.name != "func.func":
            continue
        attrs = op.operation.attributes
        if "sym_visibility" in attrs and attrs["sym_visibility"].value != "public":
            continue
        if len(op.regions[0].blocks) == 0:
            continue  # a declaration
        name = attrs["sym_name"].value
        ftype = attrs["function_type"].value
        arg_names = _string_list(attrs["torch.arg_dtypes"]) if "torch.arg_dtypes" in attrs \
            else None
        res_names = _string_list(attrs["torch.result_dtypes"]) \
            if "torch.result_dtypes" in attrs else None
        args = [_value_spec(name, f"argument {i}", t,
                            arg_names[i] if arg_names and i < len(arg_names) else None)
                for i, t in enumerate(ftype.inputs)]
        results = [_value_spec(name, f"result {i}", t,
                               res_names[i] if res_names and i < len(res_names) else None)
                   for i, t in enumerate(ftype.results)]
        specs.append(FuncSpec(name, args, results, _updates(name, attrs, args, results)))
    return specs


def _updates(fn: str, attrs, args: list[ValueSpec], results: list[ValueSpec]) -> dict:
    """{result index: argument index} from the results' `torch.updates_argument`."""
    if "res_attrs" not in attrs:
        return {}
    updates = {}
    for k, d in enumerate(ir.ArrayAttr(attrs["res_attrs"])):
        d = ir.DictAttr(d)
        if UPDATES_ARGUMENT not in d:
            continue
        i = ir.IntegerAttr(d[UPDATES_ARGUMENT]).value
        if not 0 <= i < len(args) or not args[i].is_tensor or i in updates.values():
            raise CompileError(f"{fn}(): result {k} updates argument {i}, which is not a "
                               f"tensor argument (or is updated by another result)")
        a, r = args[i], results[k]
        if r.dtype != a.dtype or len(r.shape or ()) != a.rank:
            raise CompileError(f"{fn}(): result {k} ({r.describe()}) updates argument {i} "
                               f"({a.describe()}): the types differ")
        updates[k] = i
    return updates


_DESCRIPTORS: dict[int, type] = {}


def descriptor_type(rank: int) -> type:
    """The ctypes struct of a ranked memref descriptor of `rank`."""
    cls = _DESCRIPTORS.get(rank)
    if cls is None:
        fields = [("allocated", ctypes.c_void_p), ("aligned", ctypes.c_void_p),
                  ("offset", ctypes.c_int64)]
        if rank:
            fields += [("sizes", ctypes.c_int64 * rank), ("strides", ctypes.c_int64 * rank)]
        cls = type(f"MemRefDescriptor{rank}D", (ctypes.Structure,), {"_fields_": fields})
        _DESCRIPTORS[rank] = cls
    return cls


# --- JSON form of the signatures (the persistent compile cache stores them) ----------


def _value_to_json(v: ValueSpec) -> dict:
    return {"mlir_type": v.mlir_type, "element": v.element,
            "shape": None if v.shape is None else list(v.shape),
            "dtype": None if v.dtype is None else _dtype_str(v.dtype),
            "pytype": None if v.pytype is None else v.pytype.__name__}


def _value_from_json(d: dict) -> ValueSpec:
    if d["shape"] is None:
        ctype, _ = _SCALAR_CTYPES[d["mlir_type"]]
        return ValueSpec(d["mlir_type"], d["element"], None, None,
                         _SCALAR_NAMES[d["pytype"]], ctype)
    dtype = getattr(torch, d["dtype"])
    if not isinstance(dtype, torch.dtype):
        raise ValueError(f"not a dtype: {d['dtype']}")
    return ValueSpec(d["mlir_type"], d["element"], tuple(d["shape"]), dtype)


def specs_to_json(specs: list[FuncSpec]) -> list:
    return [{"name": s.name, "args": [_value_to_json(a) for a in s.args],
             "results": [_value_to_json(r) for r in s.results],
             "updates": [[k, i] for k, i in s.updates.items()]} for s in specs]


def specs_from_json(data: list) -> list[FuncSpec]:
    """Inverse of `specs_to_json`; KeyError/ValueError/TypeError on malformed data."""
    return [FuncSpec(d["name"], [_value_from_json(a) for a in d["args"]],
                     [_value_from_json(r) for r in d["results"]],
                     {int(k): int(i) for k, i in d["updates"]}) for d in data]
