// RUN: torch-mlir-opt %s -canonicalize -split-input-file | FileCheck %s

// to_vtensor(to_tensor(x)) is x when the mutable tensor is only read back.

// CHECK-LABEL: func.func @copy_round_trip(
// CHECK-SAME:    %[[V:.*]]: !torch.vtensor<[2],f32>)
// CHECK-NEXT:    return %[[V]], %[[V]] : !torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>
func.func @copy_round_trip(%v: !torch.vtensor<[2],f32>) -> (!torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>) {
  %t = torch.copy.to_tensor %v : !torch.vtensor<[2],f32> -> !torch.tensor<[2],f32>
  %0 = torch.copy.to_vtensor %t : !torch.tensor<[2],f32> -> !torch.vtensor<[2],f32>
  %1 = torch.copy.to_vtensor %t : !torch.tensor<[2],f32> -> !torch.vtensor<[2],f32>
  return %0, %1 : !torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>
}

// -----

// An overwrite in between changes what is read back: kept.
// CHECK-LABEL: func.func @copy_overwritten(
// CHECK-SAME:    %[[V:.*]]: !torch.vtensor<[2],f32>, %[[W:.*]]: !torch.vtensor<[2],f32>)
// CHECK-NEXT:    %[[T:.*]] = torch.copy.to_tensor %[[V]]
// CHECK-NEXT:    torch.overwrite.tensor.contents %[[W]] overwrites %[[T]]
// CHECK-NEXT:    %[[R:.*]] = torch.copy.to_vtensor %[[T]]
// CHECK-NEXT:    return %[[R]]
func.func @copy_overwritten(%v: !torch.vtensor<[2],f32>, %w: !torch.vtensor<[2],f32>) -> !torch.vtensor<[2],f32> {
  %t = torch.copy.to_tensor %v : !torch.vtensor<[2],f32> -> !torch.tensor<[2],f32>
  torch.overwrite.tensor.contents %w overwrites %t : !torch.vtensor<[2],f32>, !torch.tensor<[2],f32>
  %0 = torch.copy.to_vtensor %t : !torch.tensor<[2],f32> -> !torch.vtensor<[2],f32>
  return %0 : !torch.vtensor<[2],f32>
}

// -----

// An in-place op on the mutable tensor: kept.
// CHECK-LABEL: func.func @copy_mutated_in_place(
// CHECK:         %[[T:.*]] = torch.copy.to_tensor
// CHECK:         torch.aten.add_.Tensor %[[T]], %[[T]]
// CHECK:         %[[R:.*]] = torch.copy.to_vtensor %[[T]]
// CHECK:         return %[[R]]
func.func @copy_mutated_in_place(%v: !torch.vtensor<[2],f32>) -> !torch.vtensor<[2],f32> {
  %one = torch.constant.int 1
  %t = torch.copy.to_tensor %v : !torch.vtensor<[2],f32> -> !torch.tensor<[2],f32>
  %1 = torch.aten.add_.Tensor %t, %t, %one : !torch.tensor<[2],f32>, !torch.tensor<[2],f32>, !torch.int -> !torch.tensor<[2],f32>
  %0 = torch.copy.to_vtensor %t : !torch.tensor<[2],f32> -> !torch.vtensor<[2],f32>
  return %0 : !torch.vtensor<[2],f32>
}

// -----

// The mutable tensor escapes (returned): kept.
// CHECK-LABEL: func.func @copy_escapes(
// CHECK:         %[[T:.*]] = torch.copy.to_tensor
// CHECK:         %[[R:.*]] = torch.copy.to_vtensor %[[T]]
// CHECK:         return %[[R]], %[[T]]
func.func @copy_escapes(%v: !torch.vtensor<[2],f32>) -> (!torch.vtensor<[2],f32>, !torch.tensor<[2],f32>) {
  %t = torch.copy.to_tensor %v : !torch.vtensor<[2],f32> -> !torch.tensor<[2],f32>
  %0 = torch.copy.to_vtensor %t : !torch.tensor<[2],f32> -> !torch.vtensor<[2],f32>
  return %0, %t : !torch.vtensor<[2],f32>, !torch.tensor<[2],f32>
}

// -----

// An unused fresh copy is removed.
// CHECK-LABEL: func.func @unused_to_tensor(
// CHECK-NEXT:    return
func.func @unused_to_tensor(%v: !torch.vtensor<[2],f32>) {
  %t = torch.copy.to_tensor %v : !torch.vtensor<[2],f32> -> !torch.tensor<[2],f32>
  return
}
