// RUN: torch-mlir-opt %s -split-input-file -verify-diagnostics \
// RUN:   -pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' \
// RUN:   | FileCheck %s
// RUN: torch-mlir-opt %s -split-input-file -verify-diagnostics \
// RUN:   -pass-pipeline='builtin.module(torch-lower-to-linalg,torch-verify-linalg-on-tensors-backend-contract)' \
// RUN:   | FileCheck %s

// The whole raw-Torch -> linalg-on-tensors pipeline: a function lowers
// completely (no torch op or type left, cleaned up); an op with no rule is
// reported where it is; the linalg-on-tensors backend contract check fires on
// whatever the lowering left behind.

// CHECK-LABEL: func.func @lowers_completely(
// CHECK-SAME:    %[[X:.*]]: tensor<?x4xf32>, %[[Y:.*]]: tensor<4xf32>) -> tensor<?x4xf32>
// CHECK-SAME:    torch.arg_dtypes = ["float32", "float32"]
// CHECK-NOT:     {{torch\.(aten|prim|constant)|!torch}}
// CHECK:         %[[ADD:.*]] = linalg.generic {{.*}} ins(%[[X]], %[[Y]] : tensor<?x4xf32>, tensor<4xf32>)
// CHECK:           arith.addf
// CHECK:         %[[RELU:.*]] = linalg.generic {{.*}} ins(%[[ADD]] : tensor<?x4xf32>)
// CHECK:           arith.cmpf ugt
// CHECK-NOT:     {{torch\.(aten|prim|constant)|!torch}}
// CHECK:         return %[[RELU]] : tensor<?x4xf32>
func.func @lowers_completely(%x: !torch.vtensor<[?,4],f32>, %y: !torch.vtensor<[4],f32>) -> !torch.vtensor<[?,4],f32> {
  %int1 = torch.constant.int 1
  %0 = torch.aten.add.Tensor %x, %y, %int1 : !torch.vtensor<[?,4],f32>, !torch.vtensor<[4],f32>, !torch.int -> !torch.vtensor<[?,4],f32>
  %1 = torch.aten.relu %0 : !torch.vtensor<[?,4],f32> -> !torch.vtensor<[?,4],f32>
  return %1 : !torch.vtensor<[?,4],f32>
}

// -----

// An op nobody lowers (a generated op with no linalg rule).
func.func @no_rule(%x: !torch.vtensor<[8],f32>) -> !torch.vtensor<[8],f32> {
  // expected-error @below {{'torch.aten.special_airy_ai' could not be lowered to linalg-on-tensors: no lowering rule (operand types: (!torch.vtensor<[8],f32>))}}
  %0 = torch.aten.special_airy_ai %x : !torch.vtensor<[8],f32> -> !torch.vtensor<[8],f32>
  return %0 : !torch.vtensor<[8],f32>
}
// expected-error @unknown {{1 op(s) could not be lowered to linalg-on-tensors: torch.aten.special_airy_ai}}

// -----

// A rule that cannot handle an instance says why (pow of an integer tensor
// by a negative constant), and ops using its result are not reported again.
func.func @unsupported_instance(%x: !torch.vtensor<[3],si64>) -> !torch.vtensor<[3],si64> {
  %int-2 = torch.constant.int -2
  // expected-error @below {{'torch.aten.pow.Tensor_Scalar' could not be lowered to linalg-on-tensors: integers to negative integer powers are not allowed}}
  %0 = torch.aten.pow.Tensor_Scalar %x, %int-2 : !torch.vtensor<[3],si64>, !torch.int -> !torch.vtensor<[3],si64>
  %1 = torch.aten.neg %0 : !torch.vtensor<[3],si64> -> !torch.vtensor<[3],si64>
  return %1 : !torch.vtensor<[3],si64>
}
// expected-error @unknown {{1 op(s) could not be lowered to linalg-on-tensors: torch.aten.pow.Tensor_Scalar}}

// -----

// The lowering only rewrites the top-level functions: Torch IR in a nested
// module is left behind, and the backend contract check reports every op
// that is not linalg-on-tensors.
// expected-error @below {{3 op(s) break the linalg-on-tensors backend contract}}
module {
  module @nested {
    // expected-error @below {{function signature (!torch.vtensor<[2],f32>) -> !torch.vtensor<[2],f32> has non-builtin types}}
    func.func @f(%x: !torch.vtensor<[2],f32>) -> !torch.vtensor<[2],f32> {
      // expected-error @below {{op 'torch.aten.relu' is not in the linalg-on-tensors backend contract}}
      %0 = torch.aten.relu %x : !torch.vtensor<[2],f32> -> !torch.vtensor<[2],f32>
      // expected-error @below {{op 'func.return' uses the non-builtin type !torch.vtensor<[2],f32>}}
      return %0 : !torch.vtensor<[2],f32>
    }
  }
}

// -----

// An op that cannot be lowered inside a region of torch.prim.If is reported
// once, at its own location (the If itself is not reported again).
func.func @failure_in_region(%c: !torch.bool, %x: !torch.vtensor<[8],f32>, %z: !torch.vtensor<[8],f32>) -> (!torch.vtensor<[8],f32>, !torch.vtensor<[8],f32>) {
  %0:2 = torch.prim.If %c -> (!torch.vtensor<[8],f32>, !torch.vtensor<[8],f32>) {
    // expected-error @below {{'torch.aten.special_airy_ai' could not be lowered to linalg-on-tensors: no lowering rule}}
    %1 = torch.aten.special_airy_ai %x : !torch.vtensor<[8],f32> -> !torch.vtensor<[8],f32>
    %2 = torch.aten.neg %x : !torch.vtensor<[8],f32> -> !torch.vtensor<[8],f32>
    torch.prim.If.yield %2, %1 : !torch.vtensor<[8],f32>, !torch.vtensor<[8],f32>
  } else {
    torch.prim.If.yield %x, %z : !torch.vtensor<[8],f32>, !torch.vtensor<[8],f32>
  }
  return %0#0, %0#1 : !torch.vtensor<[8],f32>, !torch.vtensor<[8],f32>
}
// expected-error @unknown {{1 op(s) could not be lowered to linalg-on-tensors: torch.aten.special_airy_ai}}
