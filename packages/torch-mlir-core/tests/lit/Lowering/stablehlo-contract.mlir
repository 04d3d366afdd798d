// RUN: torch-mlir-opt %s -split-input-file -verify-diagnostics -allow-unregistered-dialect \
// RUN:   -torch-verify-stablehlo-backend-contract | FileCheck %s

// The StableHLO backend contract: stablehlo/chlo ops (generic form) with the
// builtin/func structure and tensor/arith/cf helpers, on builtin types only.

// CHECK-LABEL: func.func @in_contract(
// CHECK:         "stablehlo.add"
// CHECK:         "chlo.erf"
func.func @in_contract(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = "stablehlo.add"(%x, %x) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %1 = "chlo.erf"(%0) : (tensor<4xf32>) -> tensor<4xf32>
  return %1 : tensor<4xf32>
}

// -----

// Ops of other dialects (math, Torch) and non-builtin types are reported,
// each where it is.
// expected-error @below {{3 op(s) break the stablehlo backend contract}}
module {
  // expected-error @below {{function signature (tensor<4xf32>, !torch.vtensor<[2],f32>) -> tensor<4xf32> has non-builtin types}}
  func.func @f(%x: tensor<4xf32>, %y: !torch.vtensor<[2],f32>) -> tensor<4xf32> {
    // expected-error @below {{op 'math.exp' is not in the stablehlo backend contract}}
    %0 = math.exp %x : tensor<4xf32>
    // expected-error @below {{op 'torch.aten.relu' is not in the stablehlo backend contract}}
    %1 = torch.aten.relu %y : !torch.vtensor<[2],f32> -> !torch.vtensor<[2],f32>
    return %0 : tensor<4xf32>
  }
}
