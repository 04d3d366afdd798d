"""The fast recipe's f32 exp, erf and tanh (`_fastmath`): no libm calls left, and values within
a few ulp of float64 over the whole f32 range, special values as torch has them."""

from __future__ import annotations

import re

import numpy as np
import pytest
import torch

import torch_mlir_refbackend as rb
from torch_mlir_refbackend import _compiler


def _unary(op: str, n: int, elem: str = "f32") -> str:
    t = f"tensor<{n}x{elem}>"
    return f"""
func.func @main(%a: {t}) -> {t} {{
  %e = tensor.empty() : {t}
  %r = linalg.generic {{indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>],
                        iterator_types = ["parallel"]}} ins(%a : {t}) outs(%e : {t}) {{
  ^bb0(%x: {elem}, %o: {elem}):
    %y = {op} %x : {elem}
    linalg.yield %y : {elem}
  }} -> {t}
  return %r : {t}
}}"""


SPECIAL = [float("nan"), float("inf"), -float("inf"), 0.0, -0.0, 1e-30, -1e-30, 88.7228,
           88.72284, -87.5, -103.9, -104.5, 3.9, 4.0, -4.0, 1.0, -1.0, 2.0, 3.0]


@pytest.mark.parametrize("name, lo, hi, max_ulp", [("exp", -110.0, 90.0, 1.5),
                                                  ("erf", -5.0, 5.0, 3.0),
                                                  ("tanh", -10.0, 10.0, 2.5)])
def test_values_match_float64_within_a_few_ulp(name, lo, hi, max_ulp):
    n = 1 << 20
    x = torch.cat([torch.linspace(lo, hi, n - 4096 - len(SPECIAL)),
                   torch.linspace(-1.5, 1.5, 4096), torch.tensor(SPECIAL)])
    cm = rb.compile(_unary(f"math.{name}", x.numel()), num_threads=1, recipe="fast",
                    cache=False)
    got = cm.main(x)
    ref = getattr(torch, name)(x.double()).numpy()
    with np.errstate(over="ignore"):
        ref32 = ref.astype(np.float32)
    normal = np.isfinite(ref32) & (np.abs(ref32) >= np.finfo(np.float32).tiny)
    ulps = np.abs(got.double().numpy()[normal] - ref[normal]) / np.spacing(np.abs(ref32[normal]))
    assert ulps.max() <= max_ulp, ulps.max()
    # Subnormal results within one subnormal step; inf, nan, +-0 and +-1 as torch.
    sub = np.isfinite(ref32) & ~normal
    assert np.all(np.abs(got.double().numpy()[sub] - ref[sub]) <= 1.5e-45)
    special = x[-len(SPECIAL):]
    torch.testing.assert_close(got[-len(SPECIAL):], getattr(torch, name)(special),
                               equal_nan=True, rtol=1e-6, atol=0)
    assert torch.equal(torch.signbit(got[-len(SPECIAL):]),
                       torch.signbit(getattr(torch, name)(special)))


def _calls(op: str, elem: str) -> set[str]:
    with _compiler.make_context() as ctx:
        text = str(_compiler.lower_to_llvm(_unary(op, 1024, elem), ctx, 1, fast=True))
    return set(re.findall(r"llvm\.call @\w+|llvm\.intr\.\w+", text))


def test_no_libm_calls_are_left_for_f32_but_f64_keeps_them():
    assert _calls("math.exp", "f32") == {"llvm.call @malloc", "llvm.intr.floor"}
    assert _calls("math.erf", "f32") == {"llvm.call @malloc", "llvm.intr.copysign",
                                         "llvm.intr.fabs"}
    assert "llvm.intr.exp" in _calls("math.exp", "f64")
    assert "llvm.call @erf" in _calls("math.erf", "f64")
    assert _calls("math.tanh", "f32") == {"llvm.call @malloc", "llvm.intr.floor",
                                          "llvm.intr.copysign", "llvm.intr.fabs"}
    assert "llvm.intr.tanh" in _calls("math.tanh", "f64")
