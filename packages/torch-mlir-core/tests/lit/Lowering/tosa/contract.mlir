// RUN: torch-mlir-opt %s -split-input-file -verify-diagnostics -torch-verify-tosa-backend-contract | FileCheck %s

// The TOSA backend contract: tosa, tensor, arith, func (and scf/cf) ops on
// builtin types and !tosa.shape. The same check as linalg-on-tensors', with
// the dialects of the TOSA contract.

// CHECK-LABEL: func.func @inside_contract(
// CHECK:         tosa.reshape
// CHECK:         tensor.dim
func.func @inside_contract(%x: tensor<?x4xf32>) -> index {
  %s = tosa.const_shape {values = dense<[4, -1]> : tensor<2xindex>} : () -> !tosa.shape<2>
  %0 = tosa.reshape %x, %s : (tensor<?x4xf32>, !tosa.shape<2>) -> tensor<4x?xf32>
  %c1 = arith.constant 1 : index
  %d = tensor.dim %0, %c1 : tensor<4x?xf32>
  return %d : index
}

// -----

// math is in the linalg-on-tensors contract, not in TOSA's.
func.func @outside_contract(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @below {{op 'math.exp' is not in the tosa backend contract}}
  %0 = math.exp %x : tensor<4xf32>
  return %0 : tensor<4xf32>
}
// expected-error @unknown {{1 op(s) break the tosa backend contract}}
