// RUN: torch-mlir-opt %s -canonicalize -split-input-file | FileCheck %s

// Int comparisons fold on constants, and on the same value twice.

// CHECK-LABEL: func.func @compare_constants()
// CHECK-DAG:     %[[TRUE:.*]] = torch.constant.bool true
// CHECK-DAG:     %[[FALSE:.*]] = torch.constant.bool false
// CHECK-NOT:     torch.aten
// CHECK:         return %[[FALSE]], %[[TRUE]], %[[TRUE]], %[[TRUE]], %[[FALSE]], %[[FALSE]] :
func.func @compare_constants() -> (!torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.bool) {
  %c2 = torch.constant.int 2
  %c3 = torch.constant.int 3
  %0 = torch.aten.eq.int %c2, %c3 : !torch.int, !torch.int -> !torch.bool
  %1 = torch.aten.ne.int %c2, %c3 : !torch.int, !torch.int -> !torch.bool
  %2 = torch.aten.lt.int %c2, %c3 : !torch.int, !torch.int -> !torch.bool
  %3 = torch.aten.le.int %c2, %c3 : !torch.int, !torch.int -> !torch.bool
  %4 = torch.aten.gt.int %c2, %c3 : !torch.int, !torch.int -> !torch.bool
  %5 = torch.aten.ge.int %c2, %c3 : !torch.int, !torch.int -> !torch.bool
  return %0, %1, %2, %3, %4, %5 : !torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.bool
}

// -----

// Equal constants, including negative ones.
// CHECK-LABEL: func.func @compare_equal_constants()
// CHECK-DAG:     %[[TRUE:.*]] = torch.constant.bool true
// CHECK-DAG:     %[[FALSE:.*]] = torch.constant.bool false
// CHECK-NOT:     torch.aten
// CHECK:         return %[[TRUE]], %[[FALSE]], %[[FALSE]], %[[TRUE]], %[[FALSE]], %[[TRUE]] :
func.func @compare_equal_constants() -> (!torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.bool) {
  %a = torch.constant.int -4
  %b = torch.constant.int -4
  %0 = torch.aten.eq.int %a, %b : !torch.int, !torch.int -> !torch.bool
  %1 = torch.aten.ne.int %a, %b : !torch.int, !torch.int -> !torch.bool
  %2 = torch.aten.lt.int %a, %b : !torch.int, !torch.int -> !torch.bool
  %3 = torch.aten.le.int %a, %b : !torch.int, !torch.int -> !torch.bool
  %4 = torch.aten.gt.int %a, %b : !torch.int, !torch.int -> !torch.bool
  %5 = torch.aten.ge.int %a, %b : !torch.int, !torch.int -> !torch.bool
  return %0, %1, %2, %3, %4, %5 : !torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.bool
}

// -----

// x == x etc. hold whatever x is.
// CHECK-LABEL: func.func @compare_reflexive(
// CHECK-DAG:     %[[TRUE:.*]] = torch.constant.bool true
// CHECK-DAG:     %[[FALSE:.*]] = torch.constant.bool false
// CHECK-NOT:     torch.aten
// CHECK:         return %[[TRUE]], %[[FALSE]], %[[FALSE]], %[[TRUE]], %[[FALSE]], %[[TRUE]] :
func.func @compare_reflexive(%x: !torch.int) -> (!torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.bool) {
  %0 = torch.aten.eq.int %x, %x : !torch.int, !torch.int -> !torch.bool
  %1 = torch.aten.ne.int %x, %x : !torch.int, !torch.int -> !torch.bool
  %2 = torch.aten.lt.int %x, %x : !torch.int, !torch.int -> !torch.bool
  %3 = torch.aten.le.int %x, %x : !torch.int, !torch.int -> !torch.bool
  %4 = torch.aten.gt.int %x, %x : !torch.int, !torch.int -> !torch.bool
  %5 = torch.aten.ge.int %x, %x : !torch.int, !torch.int -> !torch.bool
  return %0, %1, %2, %3, %4, %5 : !torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.bool, !torch.bool
}

// -----

// Different unknown values are not compared.
// CHECK-LABEL: func.func @compare_unknown(
// CHECK-SAME:    %[[X:.*]]: !torch.int, %[[Y:.*]]: !torch.int)
// CHECK-NEXT:    %[[R:.*]] = torch.aten.lt.int %[[X]], %[[Y]] : !torch.int, !torch.int -> !torch.bool
// CHECK-NEXT:    return %[[R]]
func.func @compare_unknown(%x: !torch.int, %y: !torch.int) -> !torch.bool {
  %0 = torch.aten.lt.int %x, %y : !torch.int, !torch.int -> !torch.bool
  return %0 : !torch.bool
}
