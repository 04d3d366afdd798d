// RUN: torch-mlir-opt %s | torch-mlir-opt | FileCheck %s

// CHECK-LABEL: func.func @tuple_construct(
// CHECK-SAME:    %[[I:.*]]: !torch.int, %[[F:.*]]: !torch.float, %[[V:.*]]: !torch.vtensor<[2],f32>)
// CHECK-NEXT:    %{{.*}} = torch.prim.TupleConstruct %[[I]], %[[F]] : !torch.int, !torch.float -> !torch.tuple<int, float>
// CHECK-NEXT:    %{{.*}} = torch.prim.TupleConstruct %[[V]] : !torch.vtensor<[2],f32> -> !torch.tuple<vtensor<[2],f32>>
func.func @tuple_construct(%i: !torch.int, %f: !torch.float, %v: !torch.vtensor<[2],f32>) {
  %0 = torch.prim.TupleConstruct %i, %f : !torch.int, !torch.float -> !torch.tuple<int, float>
  %1 = torch.prim.TupleConstruct %v : !torch.vtensor<[2],f32> -> !torch.tuple<vtensor<[2],f32>>
  return
}

// Elements may be subtypes of the tuple's element types.
// CHECK-LABEL: func.func @tuple_construct_subtypes(
// CHECK-NEXT:    torch.prim.TupleConstruct %{{.*}}, %{{.*}} : !torch.int, !torch.none -> !torch.tuple<optional<int>, optional<int>>
func.func @tuple_construct_subtypes(%i: !torch.int, %n: !torch.none) {
  %0 = torch.prim.TupleConstruct %i, %n : !torch.int, !torch.none -> !torch.tuple<optional<int>, optional<int>>
  return
}

// CHECK-LABEL: func.func @tuple_index(
// CHECK-SAME:    %[[T:.*]]: !torch.tuple<int, float>, %[[IDX:.*]]: !torch.int)
// CHECK-NEXT:    %[[C1:.*]] = torch.constant.int 1
// CHECK-NEXT:    %{{.*}} = torch.prim.TupleIndex %[[T]], %[[C1]] : !torch.tuple<int, float>, !torch.int -> !torch.float
// CHECK-NEXT:    %{{.*}} = torch.prim.TupleIndex %[[T]], %[[IDX]] : !torch.tuple<int, float>, !torch.int -> !torch.number
func.func @tuple_index(%t: !torch.tuple<int, float>, %idx: !torch.int) {
  %c1 = torch.constant.int 1
  %0 = torch.prim.TupleIndex %t, %c1 : !torch.tuple<int, float>, !torch.int -> !torch.float
  %1 = torch.prim.TupleIndex %t, %idx : !torch.tuple<int, float>, !torch.int -> !torch.number
  return
}

// Python indexing: -1 is the last element.
// CHECK-LABEL: func.func @tuple_index_negative(
// CHECK:         torch.prim.TupleIndex %{{.*}}, %{{.*}} : !torch.tuple<int, str>, !torch.int -> !torch.str
func.func @tuple_index_negative(%t: !torch.tuple<int, str>) {
  %cm1 = torch.constant.int -1
  %0 = torch.prim.TupleIndex %t, %cm1 : !torch.tuple<int, str>, !torch.int -> !torch.str
  return
}

// CHECK-LABEL: func.func @tuple_unpack(
// CHECK-SAME:    %[[T:.*]]: !torch.tuple<vtensor<[2],f32>, list<int>>)
// CHECK-NEXT:    %[[R:.*]]:2 = torch.prim.TupleUnpack %[[T]] : !torch.tuple<vtensor<[2],f32>, list<int>> -> !torch.vtensor<[2],f32>, !torch.list<int>
// CHECK-NEXT:    return %[[R]]#1 : !torch.list<int>
func.func @tuple_unpack(%t: !torch.tuple<vtensor<[2],f32>, list<int>>) -> !torch.list<int> {
  %0:2 = torch.prim.TupleUnpack %t : !torch.tuple<vtensor<[2],f32>, list<int>> -> !torch.vtensor<[2],f32>, !torch.list<int>
  return %0#1 : !torch.list<int>
}
