// RUN: torch-mlir-opt %s -split-input-file -torch-lower-to-linalg | FileCheck %s

// TorchScript's list and exception idioms: a run-time index into a list of
// constant ints reads a constant table; `raise` becomes a failing cf.assert
// with the formatted message.

// CHECK-LABEL: func.func @list_index(
// CHECK-SAME:      %[[I:.*]]: i64) -> i64
// CHECK:         %[[TABLE:.*]] = arith.constant dense<[2, 3, 5]> : tensor<3xi64>
// CHECK:         %[[NEG:.*]] = arith.cmpi slt, %[[I]], %{{.*}} : i64
// CHECK:         %[[WRAP:.*]] = arith.select %[[NEG]]
// CHECK:         %[[IDX:.*]] = arith.index_cast %[[WRAP]] : i64 to index
// CHECK:         %[[V:.*]] = tensor.extract %[[TABLE]][%[[IDX]]] : tensor<3xi64>
// CHECK:         return %[[V]] : i64
func.func @list_index(%i: !torch.int) -> !torch.int {
  %int2 = torch.constant.int 2
  %int3 = torch.constant.int 3
  %int5 = torch.constant.int 5
  %l = torch.prim.ListConstruct %int2, %int3, %int5 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
  %copy = torch.aten.list.t %l : !torch.list<int> -> !torch.list<int>
  %0 = torch.aten.__getitem__.t %copy, %i : !torch.list<int>, !torch.int -> !torch.int
  return %0 : !torch.int
}

// -----

// CHECK-LABEL: func.func @raise_if(
// CHECK:         scf.if %{{.*}} {
// CHECK:           cf.assert %false, "torch.prim.RaiseException: Expected 4 channels, got ?"
// CHECK:         }
func.func @raise_if(%c: !torch.bool, %n: !torch.int) -> !torch.int {
  %fmt = torch.constant.str "Expected {} channels, got {}"
  %cls = torch.constant.str "builtins.ValueError"
  %int4 = torch.constant.int 4
  torch.prim.If %c -> () {
    %msg = torch.aten.format %fmt, %int4, %n : !torch.str, !torch.int, !torch.int -> !torch.str
    torch.prim.RaiseException %msg, %cls : !torch.str, !torch.str
    torch.prim.If.yield
  } else {
    torch.prim.If.yield
  }
  return %n : !torch.int
}
