// RUN: torch-mlir-opt %s -split-input-file -verify-diagnostics \
// RUN:   -pass-pipeline='builtin.module(torch-backend-to-tosa-backend-pipeline)' \
// RUN:   | FileCheck %s
// RUN: torch-mlir-opt %s -split-input-file -verify-diagnostics \
// RUN:   -pass-pipeline='builtin.module(torch-lower-to-tosa,torch-verify-tosa-backend-contract)' \
// RUN:   | FileCheck %s

// The raw-Torch -> TOSA pipeline: a function lowers completely (no torch op
// or type left); an op with no TOSA rule is reported where it is; the TOSA
// backend contract check fires on what the lowering left behind.

// CHECK-LABEL: func.func @lowers_completely(
// CHECK-SAME:    %[[X:.*]]: tensor<?x4xf32>, %[[Y:.*]]: tensor<4xf32>) -> tensor<?x4xf32>
// CHECK-NOT:     {{torch\.(aten|prim|constant)|!torch}}
// CHECK:         %[[Y2:.*]] = tosa.reshape %[[Y]]
// CHECK:         %[[ADD:.*]] = tosa.add %[[X]], %[[Y2]] : (tensor<?x4xf32>, tensor<1x4xf32>) -> tensor<?x4xf32>
// CHECK:         %[[RELU:.*]] = tosa.clamp %[[ADD]]
// CHECK-NOT:     {{torch\.(aten|prim|constant)|!torch}}
// CHECK:         return %[[RELU]] : tensor<?x4xf32>
func.func @lowers_completely(%x: !torch.vtensor<[?,4],f32>, %y: !torch.vtensor<[4],f32>) -> !torch.vtensor<[?,4],f32> {
  %int1 = torch.constant.int 1
  %0 = torch.aten.add.Tensor %x, %y, %int1 : !torch.vtensor<[?,4],f32>, !torch.vtensor<[4],f32>, !torch.int -> !torch.vtensor<[?,4],f32>
  %1 = torch.aten.relu %0 : !torch.vtensor<[?,4],f32> -> !torch.vtensor<[?,4],f32>
  return %1 : !torch.vtensor<[?,4],f32>
}

// -----

// An op nobody lowers to TOSA, reported at its location.
func.func @no_rule(%x: !torch.vtensor<[8],f32>) -> !torch.vtensor<[8],f32> {
  // expected-error @below {{'torch.aten.special_airy_ai' could not be lowered to tosa: no lowering rule (operand types: (!torch.vtensor<[8],f32>))}}
  %0 = torch.aten.special_airy_ai %x : !torch.vtensor<[8],f32> -> !torch.vtensor<[8],f32>
  return %0 : !torch.vtensor<[8],f32>
}
// expected-error @unknown {{1 op(s) could not be lowered to tosa: torch.aten.special_airy_ai}}
