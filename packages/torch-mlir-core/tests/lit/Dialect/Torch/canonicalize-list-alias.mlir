// RUN: torch-mlir-opt %s -canonicalize -split-input-file | FileCheck %s

// A list mutated through an alias (prim.unchecked_cast returns its operand)
// is not folded through: prim.unchecked_cast has no HasValueSemantics, and
// only users known not to mutate or alias the list allow folding.

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

// -----

// torch.derefine returns its operand too.
// CHECK-LABEL: func.func @len_through_derefine(
// CHECK:         %[[N:.*]] = torch.aten.len.t
// CHECK:         return %[[N]], %{{.*}} : !torch.int
func.func @len_through_derefine(%a: !torch.int) -> (!torch.int, !torch.optional<list<int>>) {
  %l = torch.prim.ListConstruct %a : (!torch.int) -> !torch.list<int>
  %o = torch.derefine %l : !torch.list<int> to !torch.optional<list<int>>
  %n = torch.aten.len.t %l : !torch.list<int> -> !torch.int
  return %n, %o : !torch.int, !torch.optional<list<int>>
}

// -----

// A list stored in a tuple may be mutated by whoever unpacks it.
// CHECK-LABEL: func.func @len_of_list_in_tuple(
// CHECK:         %[[N:.*]] = torch.aten.len.t
// CHECK:         return %[[N]]
func.func @len_of_list_in_tuple(%a: !torch.int) -> (!torch.int, !torch.tuple<list<int>>) {
  %l = torch.prim.ListConstruct %a : (!torch.int) -> !torch.list<int>
  %t = torch.prim.TupleConstruct %l : !torch.list<int> -> !torch.tuple<list<int>>
  %n = torch.aten.len.t %l : !torch.list<int> -> !torch.int
  return %n, %t : !torch.int, !torch.tuple<list<int>>
}

// -----

// Value-semantic readers returning no container (here aten.sum.int) leave the
// list unmutated: len.t still folds.
// CHECK-LABEL: func.func @len_with_value_semantic_reader(
// CHECK:         %[[TWO:.*]] = torch.constant.int 2
// CHECK:         %[[S:.*]] = torch.aten.sum.int
// CHECK:         return %[[TWO]], %[[S]]
func.func @len_with_value_semantic_reader(%a: !torch.int, %b: !torch.int) -> (!torch.int, !torch.int) {
  %l = torch.prim.ListConstruct %a, %b : (!torch.int, !torch.int) -> !torch.list<int>
  %s = torch.aten.sum.int %l : !torch.list<int> -> !torch.int
  %n = torch.aten.len.t %l : !torch.list<int> -> !torch.int
  return %n, %s : !torch.int, !torch.int
}
