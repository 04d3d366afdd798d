// RUN: torch-mlir-opt %s | torch-mlir-opt | FileCheck %s

// Empty tuples and unpacks without results round-trip (TorchScript's
// `return ()` makes these): the type lists are omitted when empty.

// CHECK-LABEL: func.func @empty_tuple_construct()
// CHECK-NEXT:    %[[T:.*]] = torch.prim.TupleConstruct {{.*}}!torch.tuple<>
// CHECK-NEXT:    return %[[T]] : !torch.tuple<>
func.func @empty_tuple_construct() -> !torch.tuple<> {
  %0 = "torch.prim.TupleConstruct"() : () -> !torch.tuple<>
  return %0 : !torch.tuple<>
}

// CHECK-LABEL: func.func @empty_tuple_unpack(
// CHECK-NEXT:    torch.prim.TupleUnpack %{{.*}} : !torch.tuple<>
func.func @empty_tuple_unpack(%t: !torch.tuple<>) {
  "torch.prim.TupleUnpack"(%t) : (!torch.tuple<>) -> ()
  return
}

// CHECK-LABEL: func.func @empty_list_unpack(
// CHECK-NEXT:    torch.prim.ListUnpack %{{.*}} : !torch.list<int>
func.func @empty_list_unpack(%l: !torch.list<int>) {
  "torch.prim.ListUnpack"(%l) : (!torch.list<int>) -> ()
  return
}
