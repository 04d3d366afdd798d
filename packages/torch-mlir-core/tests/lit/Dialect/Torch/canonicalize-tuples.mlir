// RUN: torch-mlir-opt %s -canonicalize -split-input-file | FileCheck %s

// CHECK-LABEL: func.func @tuple_index_of_construct(
// CHECK-SAME:    %[[A:.*]]: !torch.int, %[[F:.*]]: !torch.float)
// CHECK-NEXT:    return %[[F]], %[[A]] : !torch.float, !torch.int
func.func @tuple_index_of_construct(%a: !torch.int, %f: !torch.float) -> (!torch.float, !torch.int) {
  %t = torch.prim.TupleConstruct %a, %f : !torch.int, !torch.float -> !torch.tuple<int, float>
  %c1 = torch.constant.int 1
  %cm2 = torch.constant.int -2
  %0 = torch.prim.TupleIndex %t, %c1 : !torch.tuple<int, float>, !torch.int -> !torch.float
  %1 = torch.prim.TupleIndex %t, %cm2 : !torch.tuple<int, float>, !torch.int -> !torch.int
  return %0, %1 : !torch.float, !torch.int
}

// -----

// A result type different from the element's would need a cast: kept.
// CHECK-LABEL: func.func @tuple_index_other_type(
// CHECK:         %[[T:.*]] = torch.prim.TupleConstruct
// CHECK:         %[[R:.*]] = torch.prim.TupleIndex %[[T]], %{{.*}} : !torch.tuple<int, float>, !torch.int -> !torch.number
// CHECK:         return %[[R]]
func.func @tuple_index_other_type(%a: !torch.int, %f: !torch.float) -> !torch.number {
  %t = torch.prim.TupleConstruct %a, %f : !torch.int, !torch.float -> !torch.tuple<int, float>
  %c1 = torch.constant.int 1
  %0 = torch.prim.TupleIndex %t, %c1 : !torch.tuple<int, float>, !torch.int -> !torch.number
  return %0 : !torch.number
}

// -----

// An index unknown at compile time is kept.
// CHECK-LABEL: func.func @tuple_index_unknown(
// CHECK:         torch.prim.TupleIndex
func.func @tuple_index_unknown(%a: !torch.int, %i: !torch.int) -> !torch.int {
  %t = torch.prim.TupleConstruct %a, %a : !torch.int, !torch.int -> !torch.tuple<int, int>
  %0 = torch.prim.TupleIndex %t, %i : !torch.tuple<int, int>, !torch.int -> !torch.int
  return %0 : !torch.int
}

// -----

// CHECK-LABEL: func.func @tuple_unpack_of_construct(
// CHECK-SAME:    %[[V:.*]]: !torch.vtensor<[2],f32>, %[[L:.*]]: !torch.list<int>)
// CHECK-NEXT:    return %[[L]], %[[V]] : !torch.list<int>, !torch.vtensor<[2],f32>
func.func @tuple_unpack_of_construct(%v: !torch.vtensor<[2],f32>, %l: !torch.list<int>) -> (!torch.list<int>, !torch.vtensor<[2],f32>) {
  %t = torch.prim.TupleConstruct %v, %l : !torch.vtensor<[2],f32>, !torch.list<int> -> !torch.tuple<vtensor<[2],f32>, list<int>>
  %0:2 = torch.prim.TupleUnpack %t : !torch.tuple<vtensor<[2],f32>, list<int>> -> !torch.vtensor<[2],f32>, !torch.list<int>
  return %0#1, %0#0 : !torch.list<int>, !torch.vtensor<[2],f32>
}

// -----

// Unpacking a function argument cannot fold.
// CHECK-LABEL: func.func @tuple_unpack_of_argument(
// CHECK-NEXT:    %[[R:.*]]:2 = torch.prim.TupleUnpack
// CHECK-NEXT:    return %[[R]]#0
func.func @tuple_unpack_of_argument(%t: !torch.tuple<int, int>) -> !torch.int {
  %0:2 = torch.prim.TupleUnpack %t : !torch.tuple<int, int> -> !torch.int, !torch.int
  return %0#0 : !torch.int
}
