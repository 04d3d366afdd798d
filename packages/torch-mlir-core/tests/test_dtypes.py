"""The C++ dtype check (isValidTorchDtype) and dtypes.DTYPE_TABLE agree."""

import pytest

import torch_mlir_core.ir as ir
from torch_mlir_core.dtypes import DTYPE_TABLE


def _parses_as_dtype(asm: str) -> bool:
    ctx = ir.Context()
    ctx.attach_diagnostic_handler(lambda diagnostic: True)  # keep errors quiet
    text = f"func.func private @f(!torch.vtensor<[2],{asm}>)"
    return ir.parse_module(text, "dtype.mlir", ctx) is not None


@pytest.mark.parametrize("name", sorted(DTYPE_TABLE))
def test_every_torch_dtype_is_a_valid_tensor_dtype(name):
    asm, _ = DTYPE_TABLE[name]
    assert _parses_as_dtype(asm), f"torch.{name} ({asm}) is rejected as a dtype"


# Element types MLIR has but no torch dtype maps to.
NON_TORCH = ["f80", "f128", "tf32", "f8E4M3", "f8E3M4", "f8E4M3B11FNUZ", "f6E2M3FN",
             "f4E2M1FN", "si128", "ui12", "si0", "i8", "i32", "index", "complex<bf16>",
             "complex<f80>", 'packed<"bits3">']


@pytest.mark.parametrize("asm", NON_TORCH)
def test_non_torch_element_types_are_rejected(asm):
    assert not any(table_asm == asm for table_asm, _ in DTYPE_TABLE.values())
    assert not _parses_as_dtype(asm)
