"""torch.dtype <-> MLIR element type, and torch's ScalarType codes.

Conventions (those of upstream torch-mlir): signed integers are `si*`, unsigned
`ui*`, bool is `i1`; complex is `complex<f*>`; quantized dtypes are
`!torch.qint8`-style types; bit/packed dtypes are `!torch.packed<"name">`.
TorchScript and the generated ops pass dtypes as `!torch.int` holding the
c10::ScalarType code: `scalar_type_code(torch.float32) == 6`.

torch is imported only when a torch.dtype is asked for.
"""

from __future__ import annotations

from mlir import ir

# torch dtype name -> (MLIR type as text, c10::ScalarType code).
DTYPE_TABLE: dict[str, tuple[str, int]] = {
    "uint8": ("ui8", 0),
    "int8": ("si8", 1),
    "int16": ("si16", 2),
    "int32": ("si32", 3),
    "int64": ("si64", 4),
    "float16": ("f16", 5),
    "float32": ("f32", 6),
    "float64": ("f64", 7),
    "complex32": ("complex<f16>", 8),
    "complex64": ("complex<f32>", 9),
    "complex128": ("complex<f64>", 10),
    "bool": ("i1", 11),
    "qint8": ("!torch.qint8", 12),
    "quint8": ("!torch.quint8", 13),
    "qint32": ("!torch.qint32", 14),
    "bfloat16": ("bf16", 15),
    "quint4x2": ("!torch.quint4x2", 16),
    "quint2x4": ("!torch.quint2x4", 17),
    "bits1x8": ('!torch.packed<"bits1x8">', 18),
    "bits2x4": ('!torch.packed<"bits2x4">', 19),
    "bits4x2": ('!torch.packed<"bits4x2">', 20),
    "bits8": ('!torch.packed<"bits8">', 21),
    "bits16": ('!torch.packed<"bits16">', 22),
    "float8_e5m2": ("f8E5M2", 23),
    "float8_e4m3fn": ("f8E4M3FN", 24),
    "float8_e5m2fnuz": ("f8E5M2FNUZ", 25),
    "float8_e4m3fnuz": ("f8E4M3FNUZ", 26),
    "uint16": ("ui16", 27),
    "uint32": ("ui32", 28),
    "uint64": ("ui64", 29),
    **{f"uint{n}": (f"ui{n}", 29 + n) for n in range(1, 8)},
    **{f"int{n}": (f"si{n}", 36 + n) for n in range(1, 8)},
    "float8_e8m0fnu": ("f8E8M0FNU", 44),
    "float4_e2m1fn_x2": ('!torch.packed<"float4_e2m1fn_x2">', 45),
}

_NAME_BY_CODE = {code: name for name, (_, code) in DTYPE_TABLE.items()}
_NAME_BY_ASM = {asm: name for name, (asm, _) in DTYPE_TABLE.items()}


def _dtype_name(dtype) -> str:
    name = str(dtype)
    name = name[len("torch."):] if name.startswith("torch.") else name
    if name not in DTYPE_TABLE:
        raise ValueError(f"torch dtype {dtype} has no MLIR mapping")
    return name


def to_mlir_type(dtype, context: ir.Context | None = None) -> ir.Type:
    """The MLIR element type of a torch.dtype (or of its name, 'float32')."""
    asm, _ = DTYPE_TABLE[_dtype_name(dtype)]
    return ir.Type.parse(asm, context)


def from_mlir_type(element_type: ir.Type):
    """The torch.dtype of an MLIR element type; ValueError if none."""
    import torch

    name = _NAME_BY_ASM.get(str(element_type))
    if name is None:
        raise ValueError(f"MLIR type {element_type} is not a torch dtype")
    return getattr(torch, name)


def scalar_type_code(dtype) -> int:
    """The c10::ScalarType code torch uses for `dtype` (float32 -> 6)."""
    return DTYPE_TABLE[_dtype_name(dtype)][1]


def from_scalar_type_code(code: int):
    """The torch.dtype of a c10::ScalarType code (6 -> torch.float32)."""
    import torch

    if code not in _NAME_BY_CODE:
        raise ValueError(f"{code} is not a torch ScalarType code")
    return getattr(torch, _NAME_BY_CODE[code])
