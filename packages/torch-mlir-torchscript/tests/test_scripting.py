"""torch_mlir_torchscript.script: plain functions that close over constants
(dtypes, numbers, bools, strings, tuples) script, and give what eager gives."""

import pytest
import torch

import torch_mlir_torchscript
from torch_mlir_torchscript import script

F64 = torch.float64
SCALE = -2.5


def _closing_over(dtype, n, flag, pair, name):
    def f(x):
        y = x.to(dtype) * SCALE + n
        if flag and name == "keep":
            y = y + pair[0] * pair[1]
        return y, torch.zeros(2, dtype=F64)
    return f


def test_closure_constants_script_and_match_eager():
    fn = _closing_over(torch.int32, -3, True, (2, 4), "keep")
    with pytest.raises(RuntimeError, match="cannot be used as a value"):
        torch.jit.script(fn)  # what the helper works around
    scripted = script(fn)
    x = torch.tensor([1.5, -2.7, 3.0])
    for got, want in zip(scripted(x), fn(x)):
        assert got.dtype == want.dtype and torch.equal(got, want)
    assert "prim::Constant[value=3]" in str(scripted.graph)  # int32's code


def test_non_constant_closure_is_still_torchscripts_error():
    table = {"a": 1}

    def g(x):
        return x + table["a"]

    with pytest.raises(RuntimeError, match="cannot be used as a value"):
        script(g)


def test_compile_scripts_a_closure_over_a_dtype():
    fn = _closing_over(torch.float32, 1, False, (1, 1), "drop")
    module = torch_mlir_torchscript.compile(fn, torch.randn(3), output_type="raw")
    assert module.operation.verify()
    assert "torch.aten.to.dtype" in str(module)
