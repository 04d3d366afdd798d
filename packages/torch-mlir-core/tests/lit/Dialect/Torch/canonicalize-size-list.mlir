// RUN: torch-mlir-opt %s -canonicalize -split-input-file | FileCheck %s

// aten.size of a ranked tensor becomes a list of size.int, which fold where
// the dims are static.

// CHECK-LABEL: func.func @size_static(
// CHECK-DAG:     %[[TWO:.*]] = torch.constant.int 2
// CHECK-DAG:     %[[THREE:.*]] = torch.constant.int 3
// CHECK-NOT:     torch.aten.size
// CHECK:         %[[L:.*]] = torch.prim.ListConstruct %[[TWO]], %[[THREE]] : (!torch.int, !torch.int) -> !torch.list<int>
// CHECK-NEXT:    return %[[L]] : !torch.list<int>
func.func @size_static(%t: !torch.vtensor<[2,3],f32>) -> !torch.list<int> {
  %0 = torch.aten.size %t : !torch.vtensor<[2,3],f32> -> !torch.list<int>
  return %0 : !torch.list<int>
}

// -----

// A `?` dim keeps its size.int query.
// CHECK-LABEL: func.func @size_partially_static(
// CHECK-SAME:    %[[T:.*]]: !torch.vtensor<[2,?,4],f32>)
// CHECK-DAG:     %[[TWO:.*]] = torch.constant.int 2
// CHECK-DAG:     %[[ONE:.*]] = torch.constant.int 1
// CHECK-DAG:     %[[FOUR:.*]] = torch.constant.int 4
// CHECK:         %[[D1:.*]] = torch.aten.size.int %[[T]], %[[ONE]] : !torch.vtensor<[2,?,4],f32>, !torch.int -> !torch.int
// CHECK-NEXT:    %[[L:.*]] = torch.prim.ListConstruct %[[TWO]], %[[D1]], %[[FOUR]] : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
// CHECK-NEXT:    return %[[L]]
func.func @size_partially_static(%t: !torch.vtensor<[2,?,4],f32>) -> !torch.list<int> {
  %0 = torch.aten.size %t : !torch.vtensor<[2,?,4],f32> -> !torch.list<int>
  return %0 : !torch.list<int>
}

// -----

// The length of the size list is the rank.
// CHECK-LABEL: func.func @len_of_size(
// CHECK-NEXT:    %[[R:.*]] = torch.constant.int 3
// CHECK-NEXT:    return %[[R]] : !torch.int
func.func @len_of_size(%t: !torch.vtensor<[?,?,?],f32>) -> !torch.int {
  %0 = torch.aten.size %t : !torch.vtensor<[?,?,?],f32> -> !torch.list<int>
  %1 = torch.aten.len.t %0 : !torch.list<int> -> !torch.int
  return %1 : !torch.int
}

// -----

// Indexing the size list reads the dim.
// CHECK-LABEL: func.func @getitem_of_size(
// CHECK-NEXT:    %[[R:.*]] = torch.constant.int 3
// CHECK-NEXT:    return %[[R]] : !torch.int
func.func @getitem_of_size(%t: !torch.vtensor<[2,3],f32>) -> !torch.int {
  %c1 = torch.constant.int 1
  %0 = torch.aten.size %t : !torch.vtensor<[2,3],f32> -> !torch.list<int>
  %1 = torch.aten.__getitem__.t %0, %c1 : !torch.list<int>, !torch.int -> !torch.int
  return %1 : !torch.int
}

// -----

// Unranked: nothing to expand.
// CHECK-LABEL: func.func @size_unranked(
// CHECK-NEXT:    %[[S:.*]] = torch.aten.size %{{.*}} : !torch.vtensor<*,f32> -> !torch.list<int>
// CHECK-NEXT:    return %[[S]]
func.func @size_unranked(%t: !torch.vtensor<*,f32>) -> !torch.list<int> {
  %0 = torch.aten.size %t : !torch.vtensor<*,f32> -> !torch.list<int>
  return %0 : !torch.list<int>
}
