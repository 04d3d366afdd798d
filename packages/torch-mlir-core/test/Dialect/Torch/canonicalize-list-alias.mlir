// RUN: torch-mlir-opt %s -canonicalize | FileCheck %s
// XFAIL: *
// Bug (wrong fold): prim.unchecked_cast is generated as ReadOnly +
// HasValueSemantics though its result is its operand (an alias), and
// getUnmutatedListConstruct treats any ReadOnly user as harmless; so a list
// appended to through the cast still has len.t folded to its construct size.

// CHECK-LABEL: func.func @len_through_alias(
// CHECK:         torch.aten.append.t
// CHECK:         %[[N:.*]] = torch.aten.len.t
// CHECK:         return %[[N]] : !torch.int
func.func @len_through_alias(%a: !torch.int, %b: !torch.int, %d: !torch.int) -> !torch.int {
  %l = torch.prim.ListConstruct %a, %b : (!torch.int, !torch.int) -> !torch.list<int>
  %c = torch.prim.unchecked_cast %l : !torch.list<int> -> !torch.list<int>
  %x = torch.aten.append.t %c, %d : !torch.list<int>, !torch.int -> !torch.list<int>
  %n = torch.aten.len.t %l : !torch.list<int> -> !torch.int
  return %n : !torch.int
}
