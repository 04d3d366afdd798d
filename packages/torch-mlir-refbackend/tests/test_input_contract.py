"""Input outside the linalg-on-tensors contract is a CompileError naming the
op and its location, never code that runs and returns garbage."""

import pytest
import torch

import torch_mlir_refbackend as rb

TENSOR_ADDI = """
func.func @main(%a: tensor<4xi64>) -> tensor<4xi64> {
  %c = arith.constant dense<1> : tensor<4xi64>
  %r = arith.addi %a, %c : tensor<4xi64>
  return %r : tensor<4xi64>
}"""

SCALAR_ADDI = """
func.func @main(%a: tensor<4xi64>) -> tensor<4xi64> {
  %c = arith.constant dense<1> : tensor<4xi64>
  %e = tensor.empty() : tensor<4xi64>
  %r = linalg.map { arith.addi } ins(%a, %c : tensor<4xi64>, tensor<4xi64>)
                                 outs(%e : tensor<4xi64>)
  return %r : tensor<4xi64>
}"""


def test_arith_on_tensors_is_a_located_compile_error():
    with pytest.raises(rb.CompileError, match=r"'arith.addi' on tensors") as info:
        rb.compile(TENSOR_ADDI)
    assert ":4:" in str(info.value)  # the line of the addi


def test_arith_on_scalars_in_a_linalg_body_compiles():
    a = torch.arange(4)
    torch.testing.assert_close(rb.compile(SCALAR_ADDI).main(a), a + 1)
