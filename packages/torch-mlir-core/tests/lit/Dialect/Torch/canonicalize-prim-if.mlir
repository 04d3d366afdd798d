// RUN: torch-mlir-opt %s -canonicalize -split-input-file | FileCheck %s

// prim.If on a constant condition is replaced by the taken region.

// CHECK-LABEL: func.func @if_true(
// CHECK-SAME:    %[[A:.*]]: !torch.int, %[[B:.*]]: !torch.int)
// CHECK-NEXT:    %[[S:.*]] = torch.aten.add.int %[[A]], %[[B]] : !torch.int, !torch.int -> !torch.int
// CHECK-NEXT:    return %[[S]] : !torch.int
func.func @if_true(%a: !torch.int, %b: !torch.int) -> !torch.int {
  %true = torch.constant.bool true
  %0 = torch.prim.If %true -> (!torch.int) {
    %1 = torch.aten.add.int %a, %b : !torch.int, !torch.int -> !torch.int
    torch.prim.If.yield %1 : !torch.int
  } else {
    torch.prim.If.yield %b : !torch.int
  }
  return %0 : !torch.int
}

// -----

// The else region is taken; its side effects stay, in order.
// CHECK-LABEL: func.func @if_false(
// CHECK-SAME:    %[[A:.*]]: !torch.int, %[[B:.*]]: !torch.int)
// CHECK-NEXT:    torch.operator "my_ns.effect1"() : () -> ()
// CHECK-NEXT:    torch.operator "my_ns.effect2"() : () -> ()
// CHECK-NEXT:    return %[[B]] : !torch.int
func.func @if_false(%a: !torch.int, %b: !torch.int) -> !torch.int {
  %false = torch.constant.bool false
  %0 = torch.prim.If %false -> (!torch.int) {
    torch.operator "my_ns.not_taken"() : () -> ()
    torch.prim.If.yield %a : !torch.int
  } else {
    torch.operator "my_ns.effect1"() : () -> ()
    torch.operator "my_ns.effect2"() : () -> ()
    torch.prim.If.yield %b : !torch.int
  }
  return %0 : !torch.int
}

// -----

// The condition becomes constant by folding first.
// CHECK-LABEL: func.func @if_folded_condition()
// CHECK-NEXT:    %[[ONE:.*]] = torch.constant.int 1
// CHECK-NEXT:    return %[[ONE]] : !torch.int
func.func @if_folded_condition() -> !torch.int {
  %c1 = torch.constant.int 1
  %c2 = torch.constant.int 2
  %lt = torch.aten.lt.int %c1, %c2 : !torch.int, !torch.int -> !torch.bool
  %0 = torch.prim.If %lt -> (!torch.int) {
    torch.prim.If.yield %c1 : !torch.int
  } else {
    torch.prim.If.yield %c2 : !torch.int
  }
  return %0 : !torch.int
}

// -----

// An If without results inlines its side effects.
// CHECK-LABEL: func.func @if_no_results()
// CHECK-NEXT:    torch.operator "my_ns.then"() : () -> ()
// CHECK-NEXT:    return
func.func @if_no_results() {
  %true = torch.constant.bool true
  torch.prim.If %true {
    torch.operator "my_ns.then"() : () -> ()
    torch.prim.If.yield
  } else {
    torch.operator "my_ns.else"() : () -> ()
    torch.prim.If.yield
  }
  return
}

// -----

// An unknown condition keeps the If.
// CHECK-LABEL: func.func @if_unknown(
// CHECK:         torch.prim.If %{{.*}} -> (!torch.int) {
// CHECK:         } else {
func.func @if_unknown(%c: !torch.bool, %a: !torch.int, %b: !torch.int) -> !torch.int {
  %0 = torch.prim.If %c -> (!torch.int) {
    torch.prim.If.yield %a : !torch.int
  } else {
    torch.prim.If.yield %b : !torch.int
  }
  return %0 : !torch.int
}

// -----

// Nested Ifs on constants collapse.
// CHECK-LABEL: func.func @if_nested(
// CHECK-SAME:    %[[A:.*]]: !torch.int, %[[B:.*]]: !torch.int)
// CHECK-NEXT:    return %[[B]] : !torch.int
func.func @if_nested(%a: !torch.int, %b: !torch.int) -> !torch.int {
  %true = torch.constant.bool true
  %false = torch.constant.bool false
  %0 = torch.prim.If %true -> (!torch.int) {
    %1 = torch.prim.If %false -> (!torch.int) {
      torch.prim.If.yield %a : !torch.int
    } else {
      torch.prim.If.yield %b : !torch.int
    }
    torch.prim.If.yield %1 : !torch.int
  } else {
    torch.prim.If.yield %a : !torch.int
  }
  return %0 : !torch.int
}
