// RUN: torch-mlir-opt %s -canonicalize -split-input-file | FileCheck %s

// size.int and dim fold from the static type.

// CHECK-LABEL: func.func @size_int_static(
// CHECK-DAG:     %[[TWO:.*]] = torch.constant.int 2
// CHECK-DAG:     %[[FOUR:.*]] = torch.constant.int 4
// CHECK-NOT:     torch.aten.size.int
// CHECK:         return %[[TWO]], %[[FOUR]] : !torch.int, !torch.int
func.func @size_int_static(%t: !torch.vtensor<[2,3,4],f32>) -> (!torch.int, !torch.int) {
  %c0 = torch.constant.int 0
  %c2 = torch.constant.int 2
  %0 = torch.aten.size.int %t, %c0 : !torch.vtensor<[2,3,4],f32>, !torch.int -> !torch.int
  %1 = torch.aten.size.int %t, %c2 : !torch.vtensor<[2,3,4],f32>, !torch.int -> !torch.int
  return %0, %1 : !torch.int, !torch.int
}

// -----

// Negative dims count from the end.
// CHECK-LABEL: func.func @size_int_negative_dim(
// CHECK-DAG:     %[[FOUR:.*]] = torch.constant.int 4
// CHECK-DAG:     %[[TWO:.*]] = torch.constant.int 2
// CHECK-NOT:     torch.aten.size.int
// CHECK:         return %[[FOUR]], %[[TWO]] : !torch.int, !torch.int
func.func @size_int_negative_dim(%t: !torch.vtensor<[2,3,4],f32>) -> (!torch.int, !torch.int) {
  %cm1 = torch.constant.int -1
  %cm3 = torch.constant.int -3
  %0 = torch.aten.size.int %t, %cm1 : !torch.vtensor<[2,3,4],f32>, !torch.int -> !torch.int
  %1 = torch.aten.size.int %t, %cm3 : !torch.vtensor<[2,3,4],f32>, !torch.int -> !torch.int
  return %0, %1 : !torch.int, !torch.int
}

// -----

// Only the queried dim must be static; mutable tensors fold too.
// CHECK-LABEL: func.func @size_int_partially_static(
// CHECK-NEXT:    %[[FIVE:.*]] = torch.constant.int 5
// CHECK-NEXT:    return %[[FIVE]] : !torch.int
func.func @size_int_partially_static(%t: !torch.tensor<[?,5],f32>) -> !torch.int {
  %c1 = torch.constant.int 1
  %0 = torch.aten.size.int %t, %c1 : !torch.tensor<[?,5],f32>, !torch.int -> !torch.int
  return %0 : !torch.int
}

// -----

// A `?` dim is not folded.
// CHECK-LABEL: func.func @size_int_dynamic_dim(
// CHECK-SAME:    %[[T:.*]]: !torch.vtensor<[?,5],f32>)
// CHECK-NEXT:    %[[C0:.*]] = torch.constant.int 0
// CHECK-NEXT:    %[[R:.*]] = torch.aten.size.int %[[T]], %[[C0]] : !torch.vtensor<[?,5],f32>, !torch.int -> !torch.int
// CHECK-NEXT:    return %[[R]]
func.func @size_int_dynamic_dim(%t: !torch.vtensor<[?,5],f32>) -> !torch.int {
  %c0 = torch.constant.int 0
  %0 = torch.aten.size.int %t, %c0 : !torch.vtensor<[?,5],f32>, !torch.int -> !torch.int
  return %0 : !torch.int
}

// -----

// Out-of-range dims raise at run time: not folded.
// CHECK-LABEL: func.func @size_int_out_of_range(
// CHECK:         torch.aten.size.int
// CHECK:         torch.aten.size.int
func.func @size_int_out_of_range(%t: !torch.vtensor<[2,3],f32>) -> (!torch.int, !torch.int) {
  %c2 = torch.constant.int 2
  %cm3 = torch.constant.int -3
  %0 = torch.aten.size.int %t, %c2 : !torch.vtensor<[2,3],f32>, !torch.int -> !torch.int
  %1 = torch.aten.size.int %t, %cm3 : !torch.vtensor<[2,3],f32>, !torch.int -> !torch.int
  return %0, %1 : !torch.int, !torch.int
}

// -----

// Unranked tensors and unknown dims are not folded.
// CHECK-LABEL: func.func @size_int_unranked_or_unknown_dim(
// CHECK:         torch.aten.size.int
// CHECK:         torch.aten.size.int
func.func @size_int_unranked_or_unknown_dim(%t: !torch.vtensor<*,f32>, %u: !torch.vtensor<[2,3],f32>,
                                            %d: !torch.int) -> (!torch.int, !torch.int) {
  %c0 = torch.constant.int 0
  %0 = torch.aten.size.int %t, %c0 : !torch.vtensor<*,f32>, !torch.int -> !torch.int
  %1 = torch.aten.size.int %u, %d : !torch.vtensor<[2,3],f32>, !torch.int -> !torch.int
  return %0, %1 : !torch.int, !torch.int
}

// -----

// dim needs only the rank.
// CHECK-LABEL: func.func @dim(
// CHECK-DAG:     %[[THREE:.*]] = torch.constant.int 3
// CHECK-DAG:     %[[ZERO:.*]] = torch.constant.int 0
// CHECK:         %[[UNRANKED:.*]] = torch.aten.dim %{{.*}} : !torch.vtensor -> !torch.int
// CHECK:         return %[[THREE]], %[[ZERO]], %[[UNRANKED]] : !torch.int, !torch.int, !torch.int
func.func @dim(%t: !torch.vtensor<[?,?,?],f32>, %s: !torch.vtensor<[],f32>, %u: !torch.vtensor) -> (!torch.int, !torch.int, !torch.int) {
  %0 = torch.aten.dim %t : !torch.vtensor<[?,?,?],f32> -> !torch.int
  %1 = torch.aten.dim %s : !torch.vtensor<[],f32> -> !torch.int
  %2 = torch.aten.dim %u : !torch.vtensor -> !torch.int
  return %0, %1, %2 : !torch.int, !torch.int, !torch.int
}
