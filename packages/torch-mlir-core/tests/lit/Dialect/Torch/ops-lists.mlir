// RUN: torch-mlir-opt %s | torch-mlir-opt | FileCheck %s

// CHECK-LABEL: func.func @list_construct(
// CHECK-SAME:    %[[A:.*]]: !torch.int, %[[B:.*]]: !torch.int)
// CHECK-NEXT:    %{{.*}} = torch.prim.ListConstruct %[[A]], %[[B]] : (!torch.int, !torch.int) -> !torch.list<int>
func.func @list_construct(%a: !torch.int, %b: !torch.int) -> !torch.list<int> {
  %0 = torch.prim.ListConstruct %a, %b : (!torch.int, !torch.int) -> !torch.list<int>
  return %0 : !torch.list<int>
}

// CHECK-LABEL: func.func @empty_list()
// CHECK-NEXT:    %{{.*}} = torch.prim.ListConstruct  : () -> !torch.list<vtensor>
func.func @empty_list() -> !torch.list<vtensor> {
  %0 = torch.prim.ListConstruct : () -> !torch.list<vtensor>
  return %0 : !torch.list<vtensor>
}

// Elements may be subtypes of the element type: None and tensors in a list of
// optional tensors, ints and floats in a list of numbers, refined tensors in a
// list of unrefined ones.
// CHECK-LABEL: func.func @list_of_subtypes(
// CHECK-NEXT:    torch.prim.ListConstruct %{{.*}}, %{{.*}} : (!torch.vtensor<[2],f32>, !torch.none) -> !torch.list<optional<vtensor>>
// CHECK-NEXT:    torch.prim.ListConstruct %{{.*}}, %{{.*}} : (!torch.int, !torch.float) -> !torch.list<number>
// CHECK-NEXT:    torch.prim.ListConstruct %{{.*}} : (!torch.vtensor<[2],f32>) -> !torch.list<vtensor>
func.func @list_of_subtypes(%v: !torch.vtensor<[2],f32>, %n: !torch.none,
                            %i: !torch.int, %f: !torch.float) {
  %0 = torch.prim.ListConstruct %v, %n : (!torch.vtensor<[2],f32>, !torch.none) -> !torch.list<optional<vtensor>>
  %1 = torch.prim.ListConstruct %i, %f : (!torch.int, !torch.float) -> !torch.list<number>
  %2 = torch.prim.ListConstruct %v : (!torch.vtensor<[2],f32>) -> !torch.list<vtensor>
  return
}

// CHECK-LABEL: func.func @list_unpack(
// CHECK-SAME:    %[[L:.*]]: !torch.list<int>)
// CHECK-NEXT:    %[[R:.*]]:3 = torch.prim.ListUnpack %[[L]] : !torch.list<int> -> !torch.int, !torch.int, !torch.int
// CHECK-NEXT:    return %[[R]]#0, %[[R]]#2 : !torch.int, !torch.int
func.func @list_unpack(%l: !torch.list<int>) -> (!torch.int, !torch.int) {
  %0:3 = torch.prim.ListUnpack %l : !torch.list<int> -> !torch.int, !torch.int, !torch.int
  return %0#0, %0#2 : !torch.int, !torch.int
}

// Unpacking may refine the element type.
// CHECK-LABEL: func.func @list_unpack_refined(
// CHECK-NEXT:    torch.prim.ListUnpack %{{.*}} : !torch.list<vtensor> -> !torch.vtensor<[2],f32>, !torch.vtensor<[3],f32>
func.func @list_unpack_refined(%l: !torch.list<vtensor>) {
  %0:2 = torch.prim.ListUnpack %l : !torch.list<vtensor> -> !torch.vtensor<[2],f32>, !torch.vtensor<[3],f32>
  return
}
