// RUN: torch-mlir-opt %s -canonicalize -split-input-file | FileCheck %s

// Reads of a list built by prim.ListConstruct that nothing mutates fold to the
// list's elements.

// CHECK-LABEL: func.func @getitem_of_list_construct(
// CHECK-SAME:    %[[A:.*]]: !torch.int, %[[B:.*]]: !torch.int)
// CHECK-NEXT:    return %[[B]], %[[A]], %[[B]] : !torch.int, !torch.int, !torch.int
func.func @getitem_of_list_construct(%a: !torch.int, %b: !torch.int) -> (!torch.int, !torch.int, !torch.int) {
  %l = torch.prim.ListConstruct %a, %b : (!torch.int, !torch.int) -> !torch.list<int>
  %c1 = torch.constant.int 1
  %cm2 = torch.constant.int -2
  %cm1 = torch.constant.int -1
  %0 = torch.aten.__getitem__.t %l, %c1 : !torch.list<int>, !torch.int -> !torch.int
  %1 = torch.aten.__getitem__.t %l, %cm2 : !torch.list<int>, !torch.int -> !torch.int
  %2 = torch.aten.__getitem__.t %l, %cm1 : !torch.list<int>, !torch.int -> !torch.int
  return %0, %1, %2 : !torch.int, !torch.int, !torch.int
}

// -----

// Out of range: raises at run time, not folded.
// CHECK-LABEL: func.func @getitem_out_of_range(
// CHECK:         %[[L:.*]] = torch.prim.ListConstruct
// CHECK:         %[[R:.*]] = torch.aten.__getitem__.t %[[L]], %{{.*}} : !torch.list<int>, !torch.int -> !torch.int
// CHECK:         return %[[R]]
func.func @getitem_out_of_range(%a: !torch.int, %b: !torch.int) -> !torch.int {
  %l = torch.prim.ListConstruct %a, %b : (!torch.int, !torch.int) -> !torch.list<int>
  %c2 = torch.constant.int 2
  %0 = torch.aten.__getitem__.t %l, %c2 : !torch.list<int>, !torch.int -> !torch.int
  return %0 : !torch.int
}

// -----

// A non-constant index is not folded.
// CHECK-LABEL: func.func @getitem_unknown_index(
// CHECK:         torch.aten.__getitem__.t
func.func @getitem_unknown_index(%a: !torch.int, %i: !torch.int) -> !torch.int {
  %l = torch.prim.ListConstruct %a, %a : (!torch.int, !torch.int) -> !torch.list<int>
  %0 = torch.aten.__getitem__.t %l, %i : !torch.list<int>, !torch.int -> !torch.int
  return %0 : !torch.int
}

// -----

// CHECK-LABEL: func.func @len_of_list_construct(
// CHECK-NEXT:    %[[THREE:.*]] = torch.constant.int 3
// CHECK-NEXT:    return %[[THREE]] : !torch.int
func.func @len_of_list_construct(%a: !torch.int) -> !torch.int {
  %l = torch.prim.ListConstruct %a, %a, %a : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
  %0 = torch.aten.len.t %l : !torch.list<int> -> !torch.int
  return %0 : !torch.int
}

// -----

// CHECK-LABEL: func.func @unpack_of_list_construct(
// CHECK-SAME:    %[[A:.*]]: !torch.vtensor, %[[B:.*]]: !torch.vtensor)
// CHECK-NEXT:    return %[[B]], %[[A]] : !torch.vtensor, !torch.vtensor
func.func @unpack_of_list_construct(%a: !torch.vtensor, %b: !torch.vtensor) -> (!torch.vtensor, !torch.vtensor) {
  %l = torch.prim.ListConstruct %a, %b : (!torch.vtensor, !torch.vtensor) -> !torch.list<vtensor>
  %0:2 = torch.prim.ListUnpack %l : !torch.list<vtensor> -> !torch.vtensor, !torch.vtensor
  return %0#1, %0#0 : !torch.vtensor, !torch.vtensor
}

// -----

// A mutated list (append.t, _set_item.t) is not folded through.
// CHECK-LABEL: func.func @mutated_list(
// CHECK:         %[[L:.*]] = torch.prim.ListConstruct
// CHECK:         torch.aten.append.t %[[L]]
// CHECK:         %[[LEN:.*]] = torch.aten.len.t %[[L]]
// CHECK:         %[[ITEM:.*]] = torch.aten.__getitem__.t %[[L]]
// CHECK:         return %[[LEN]], %[[ITEM]]
func.func @mutated_list(%a: !torch.int, %b: !torch.int, %d: !torch.int) -> (!torch.int, !torch.int) {
  %l = torch.prim.ListConstruct %a, %b : (!torch.int, !torch.int) -> !torch.list<int>
  %x = torch.aten.append.t %l, %d : !torch.list<int>, !torch.int -> !torch.list<int>
  %n = torch.aten.len.t %l : !torch.list<int> -> !torch.int
  %c0 = torch.constant.int 0
  %e = torch.aten.__getitem__.t %l, %c0 : !torch.list<int>, !torch.int -> !torch.int
  return %n, %e : !torch.int, !torch.int
}

// -----

// CHECK-LABEL: func.func @set_item_list(
// CHECK:         %[[L:.*]] = torch.prim.ListConstruct
// CHECK:         torch.aten._set_item.t %[[L]]
// CHECK:         %[[ITEM:.*]] = torch.aten.__getitem__.t %[[L]]
// CHECK:         return %[[ITEM]]
func.func @set_item_list(%a: !torch.int, %b: !torch.int, %d: !torch.int) -> !torch.int {
  %l = torch.prim.ListConstruct %a, %b : (!torch.int, !torch.int) -> !torch.list<int>
  %c0 = torch.constant.int 0
  %x = torch.aten._set_item.t %l, %c0, %d : !torch.list<int>, !torch.int, !torch.int -> !torch.list<int>
  %e = torch.aten.__getitem__.t %l, %c0 : !torch.list<int>, !torch.int -> !torch.int
  return %e : !torch.int
}

// -----

// A list escaping to an unknown op may be mutated there.
// CHECK-LABEL: func.func @escaping_list(
// CHECK:         torch.operator "my_ns.mutate"
// CHECK:         torch.aten.len.t
func.func @escaping_list(%a: !torch.int) -> !torch.int {
  %l = torch.prim.ListConstruct %a : (!torch.int) -> !torch.list<int>
  torch.operator "my_ns.mutate"(%l) : (!torch.list<int>) -> ()
  %n = torch.aten.len.t %l : !torch.list<int> -> !torch.int
  return %n : !torch.int
}
