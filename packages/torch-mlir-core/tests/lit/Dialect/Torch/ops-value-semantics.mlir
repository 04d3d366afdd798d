// RUN: torch-mlir-opt %s | torch-mlir-opt | FileCheck %s

// Conversions between mutable tensors and value tensors.

// CHECK-LABEL: func.func @copies(
// CHECK-SAME:    %[[T:.*]]: !torch.tensor<[2,3],f32>, %[[V:.*]]: !torch.vtensor<[2,3],f32>)
// CHECK-NEXT:    %{{.*}} = torch.copy.to_vtensor %[[T]] : !torch.tensor<[2,3],f32> -> !torch.vtensor<[2,3],f32>
// CHECK-NEXT:    %{{.*}} = torch.copy.to_tensor %[[V]] : !torch.vtensor<[2,3],f32> -> !torch.tensor<[2,3],f32>
func.func @copies(%t: !torch.tensor<[2,3],f32>, %v: !torch.vtensor<[2,3],f32>) {
  %0 = torch.copy.to_vtensor %t : !torch.tensor<[2,3],f32> -> !torch.vtensor<[2,3],f32>
  %1 = torch.copy.to_tensor %v : !torch.vtensor<[2,3],f32> -> !torch.tensor<[2,3],f32>
  return
}

// Copies of tensors without static information.
// CHECK-LABEL: func.func @copies_unknown(
// CHECK-NEXT:    torch.copy.to_vtensor %{{.*}} : !torch.tensor -> !torch.vtensor
// CHECK-NEXT:    torch.copy.to_tensor %{{.*}} : !torch.vtensor<*,si64> -> !torch.tensor<*,si64>
func.func @copies_unknown(%t: !torch.tensor, %v: !torch.vtensor<*,si64>) {
  %0 = torch.copy.to_vtensor %t : !torch.tensor -> !torch.vtensor
  %1 = torch.copy.to_tensor %v : !torch.vtensor<*,si64> -> !torch.tensor<*,si64>
  return
}

// The overwriting value may carry less static information than the tensor.
// CHECK-LABEL: func.func @overwrite(
// CHECK-SAME:    %[[T:.*]]: !torch.tensor<[2,3],f32>, %[[V:.*]]: !torch.vtensor<[2,3],f32>, %[[U:.*]]: !torch.vtensor<[?,3],f32>)
// CHECK-NEXT:    torch.overwrite.tensor.contents %[[V]] overwrites %[[T]] : !torch.vtensor<[2,3],f32>, !torch.tensor<[2,3],f32>
// CHECK-NEXT:    torch.overwrite.tensor.contents %[[U]] overwrites %[[T]] : !torch.vtensor<[?,3],f32>, !torch.tensor<[2,3],f32>
func.func @overwrite(%t: !torch.tensor<[2,3],f32>, %v: !torch.vtensor<[2,3],f32>,
                     %u: !torch.vtensor<[?,3],f32>) {
  torch.overwrite.tensor.contents %v overwrites %t : !torch.vtensor<[2,3],f32>, !torch.tensor<[2,3],f32>
  torch.overwrite.tensor.contents %u overwrites %t : !torch.vtensor<[?,3],f32>, !torch.tensor<[2,3],f32>
  return
}
