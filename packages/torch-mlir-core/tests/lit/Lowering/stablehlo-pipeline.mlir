// RUN: torch-mlir-opt %s -split-input-file -verify-diagnostics \
// RUN:   -pass-pipeline='builtin.module(torch-backend-to-stablehlo-backend-pipeline)' \
// RUN:   | FileCheck %s

// The whole raw-Torch -> StableHLO pipeline: a function lowers completely
// (no torch op or type left); every op with no rule is reported, each where
// it is, in one run; the StableHLO backend contract check fires on whatever
// the lowering left behind.

// CHECK-LABEL: func.func @lowers_completely(
// CHECK-SAME:    %[[X:.*]]: tensor<?x4xf32>, %[[Y:.*]]: tensor<4xf32>) -> tensor<?x4xf32>
// CHECK-SAME:    torch.arg_dtypes = ["float32", "float32"]
// CHECK-NOT:     {{torch\.(aten|prim|constant)|!torch}}
// CHECK:         %[[YB:.*]] = "stablehlo.dynamic_broadcast_in_dim"(%[[Y]], %{{.*}})
// CHECK:         %[[ADD:.*]] = "stablehlo.add"(%[[X]], %[[YB]])
// CHECK:         %[[RELU:.*]] = "stablehlo.maximum"(%[[ADD]], %{{.*}})
// CHECK-NOT:     {{torch\.(aten|prim|constant)|!torch}}
// CHECK:         return %[[RELU]] : tensor<?x4xf32>
func.func @lowers_completely(%x: !torch.vtensor<[?,4],f32>, %y: !torch.vtensor<[4],f32>) -> !torch.vtensor<[?,4],f32> {
  %int1 = torch.constant.int 1
  %0 = torch.aten.add.Tensor %x, %y, %int1 : !torch.vtensor<[?,4],f32>, !torch.vtensor<[4],f32>, !torch.int -> !torch.vtensor<[?,4],f32>
  %1 = torch.aten.relu %0 : !torch.vtensor<[?,4],f32> -> !torch.vtensor<[?,4],f32>
  return %1 : !torch.vtensor<[?,4],f32>
}

// -----

// Two ops with no StableHLO rule (and no torch decomposition): both reported,
// each at its own location, and the op using the first is not reported again.
func.func @no_rule(%x: !torch.vtensor<[8],f32>) -> (!torch.vtensor<[8],f32>, !torch.vtensor<[8],f32>) {
  %int0 = torch.constant.int 0
  // expected-error @below {{'torch.aten.special_airy_ai' could not be lowered to stablehlo: no lowering rule (operand types: (!torch.vtensor<[8],f32>))}}
  %0 = torch.aten.special_airy_ai %x : !torch.vtensor<[8],f32> -> !torch.vtensor<[8],f32>
  %1 = torch.aten.neg %0 : !torch.vtensor<[8],f32> -> !torch.vtensor<[8],f32>
  %none = torch.constant.none
  // expected-error @below {{'torch.aten.cumsum' could not be lowered to stablehlo: no lowering rule}}
  %2 = torch.aten.cumsum %x, %int0, %none : !torch.vtensor<[8],f32>, !torch.int, !torch.none -> !torch.vtensor<[8],f32>
  return %1, %2 : !torch.vtensor<[8],f32>, !torch.vtensor<[8],f32>
}
// expected-error @unknown {{2 op(s) could not be lowered to stablehlo: torch.aten.cumsum, torch.aten.special_airy_ai}}
