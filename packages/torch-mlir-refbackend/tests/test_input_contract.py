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


COUNTER = """
module {
  ml_program.global private mutable @ctr(dense<10> : tensor<i64>) : tensor<i64>
  func.func @main() -> (tensor<i64>, tensor<i64>) {
    %s = ml_program.global_load @ctr : tensor<i64>
    %e = tensor.empty() : tensor<i64>
    %c = arith.constant dense<1> : tensor<i64>
    %n = linalg.map { arith.addi } ins(%s, %c : tensor<i64>, tensor<i64>) outs(%e : tensor<i64>)
    ml_program.global_store @ctr = %n : tensor<i64>
    return %s, %n : tensor<i64>, tensor<i64>
  }
}"""


@pytest.mark.parametrize("recipe", ["plain", "fast"])
def test_a_mutable_global_keeps_its_state_between_calls(recipe):
    # MLIR's bufferization of ml_program aliased the loaded value with the
    # global (%s read the stored value) and stored a returned value from an
    # uninitialized buffer (1, 1, 1 / garbage).
    main = rb.compile(COUNTER, recipe=recipe, cache=False).main
    assert [tuple(int(v) for v in main()) for _ in range(3)] == [(10, 11), (11, 12), (12, 13)]
