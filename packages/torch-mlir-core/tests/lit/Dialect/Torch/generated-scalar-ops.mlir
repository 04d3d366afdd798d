// RUN: torch-mlir-opt %s | torch-mlir-opt | FileCheck %s

// TorchScript scalar and list ops.

// CHECK-LABEL: func.func @int_arith(
// CHECK-SAME:    %[[A:.*]]: !torch.int, %[[B:.*]]: !torch.int)
// CHECK-NEXT:    %[[S:.*]] = torch.aten.add.int %[[A]], %[[B]] : !torch.int, !torch.int -> !torch.int
// CHECK-NEXT:    %[[E:.*]] = torch.aten.eq.int %[[S]], %[[B]] : !torch.int, !torch.int -> !torch.bool
// CHECK-NEXT:    %{{.*}} = torch.aten.floordiv.int %[[A]], %[[B]] : !torch.int, !torch.int -> !torch.int
// CHECK-NEXT:    %{{.*}} = torch.aten.neg.int %[[A]] : !torch.int -> !torch.int
// CHECK-NEXT:    %{{.*}} = torch.aten.__not__ %[[E]] : !torch.bool -> !torch.bool
// CHECK-NEXT:    return %[[E]] : !torch.bool
func.func @int_arith(%a: !torch.int, %b: !torch.int) -> !torch.bool {
  %0 = torch.aten.add.int %a, %b : !torch.int, !torch.int -> !torch.int
  %1 = torch.aten.eq.int %0, %b : !torch.int, !torch.int -> !torch.bool
  %2 = torch.aten.floordiv.int %a, %b : !torch.int, !torch.int -> !torch.int
  %3 = torch.aten.neg.int %a : !torch.int -> !torch.int
  %4 = torch.aten.__not__ %1 : !torch.bool -> !torch.bool
  return %1 : !torch.bool
}

// CHECK-LABEL: func.func @float_ops(
// CHECK-NEXT:    torch.aten.mul.float %{{.*}}, %{{.*}} : !torch.float, !torch.float -> !torch.float
// CHECK-NEXT:    torch.aten.Float.Scalar %{{.*}} : !torch.number -> !torch.float
// CHECK-NEXT:    torch.aten.Int.float %{{.*}} : !torch.float -> !torch.int
func.func @float_ops(%f: !torch.float, %n: !torch.number) {
  %0 = torch.aten.mul.float %f, %f : !torch.float, !torch.float -> !torch.float
  %1 = torch.aten.Float.Scalar %n : !torch.number -> !torch.float
  %2 = torch.aten.Int.float %0 : !torch.float -> !torch.int
  return
}

// List element access and length; the element type is the list's.
// CHECK-LABEL: func.func @list_ops(
// CHECK-SAME:    %[[L:.*]]: !torch.list<int>, %[[T:.*]]: !torch.list<vtensor>, %[[I:.*]]: !torch.int)
// CHECK-NEXT:    %{{.*}} = torch.aten.__getitem__.t %[[L]], %[[I]] : !torch.list<int>, !torch.int -> !torch.int
// CHECK-NEXT:    %{{.*}} = torch.aten.__getitem__.t %[[T]], %[[I]] : !torch.list<vtensor>, !torch.int -> !torch.vtensor
// CHECK-NEXT:    %{{.*}} = torch.aten.len.t %[[L]] : !torch.list<int> -> !torch.int
func.func @list_ops(%l: !torch.list<int>, %t: !torch.list<vtensor>, %i: !torch.int) {
  %0 = torch.aten.__getitem__.t %l, %i : !torch.list<int>, !torch.int -> !torch.int
  %1 = torch.aten.__getitem__.t %t, %i : !torch.list<vtensor>, !torch.int -> !torch.vtensor
  %2 = torch.aten.len.t %l : !torch.list<int> -> !torch.int
  return
}

// Ops with no results print no arrow.
// CHECK-LABEL: func.func @list_append(
// CHECK-NEXT:    %{{.*}} = torch.aten.append.t %{{.*}}, %{{.*}} : !torch.list<int>, !torch.int -> !torch.list<int>
// CHECK-NEXT:    torch.aten.insert.t %{{.*}}, %{{.*}}, %{{.*}} : !torch.list<int>, !torch.int, !torch.int{{$}}
func.func @list_append(%l: !torch.list<int>, %i: !torch.int) {
  %0 = torch.aten.append.t %l, %i : !torch.list<int>, !torch.int -> !torch.list<int>
  torch.aten.insert.t %l, %i, %i : !torch.list<int>, !torch.int, !torch.int
  return
}

// Identity and None checks take any Torch values.
// CHECK-LABEL: func.func @is_isnot(
// CHECK-NEXT:    torch.aten.__is__ %{{.*}}, %{{.*}} : !torch.optional<int>, !torch.none -> !torch.bool
// CHECK-NEXT:    torch.aten.__isnot__ %{{.*}}, %{{.*}} : !torch.optional<int>, !torch.none -> !torch.bool
func.func @is_isnot(%o: !torch.optional<int>, %n: !torch.none) {
  %0 = torch.aten.__is__ %o, %n : !torch.optional<int>, !torch.none -> !torch.bool
  %1 = torch.aten.__isnot__ %o, %n : !torch.optional<int>, !torch.none -> !torch.bool
  return
}
