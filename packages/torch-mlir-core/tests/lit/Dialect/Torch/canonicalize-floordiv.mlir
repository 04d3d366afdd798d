// RUN: torch-mlir-opt %s -canonicalize -split-input-file | FileCheck %s

// floordiv.int folds with Python semantics: rounding toward negative
// infinity; division by zero is left for run time.

// CHECK-LABEL: func.func @floordiv_positive()
// CHECK-NEXT:    %[[R:.*]] = torch.constant.int 3
// CHECK-NEXT:    return %[[R]] : !torch.int
func.func @floordiv_positive() -> !torch.int {
  %c7 = torch.constant.int 7
  %c2 = torch.constant.int 2
  %0 = torch.aten.floordiv.int %c7, %c2 : !torch.int, !torch.int -> !torch.int
  return %0 : !torch.int
}

// -----

// -7 // 2 == -4 (C++ division would give -3).
// CHECK-LABEL: func.func @floordiv_negative_dividend()
// CHECK-NEXT:    %[[R:.*]] = torch.constant.int -4
// CHECK-NEXT:    return %[[R]] : !torch.int
func.func @floordiv_negative_dividend() -> !torch.int {
  %cm7 = torch.constant.int -7
  %c2 = torch.constant.int 2
  %0 = torch.aten.floordiv.int %cm7, %c2 : !torch.int, !torch.int -> !torch.int
  return %0 : !torch.int
}

// -----

// 7 // -2 == -4.
// CHECK-LABEL: func.func @floordiv_negative_divisor()
// CHECK-NEXT:    %[[R:.*]] = torch.constant.int -4
// CHECK-NEXT:    return %[[R]] : !torch.int
func.func @floordiv_negative_divisor() -> !torch.int {
  %c7 = torch.constant.int 7
  %cm2 = torch.constant.int -2
  %0 = torch.aten.floordiv.int %c7, %cm2 : !torch.int, !torch.int -> !torch.int
  return %0 : !torch.int
}

// -----

// -7 // -2 == 3; -6 // 2 == -3 (exact: no rounding).
// CHECK-LABEL: func.func @floordiv_both_negative_and_exact()
// CHECK-DAG:     %[[THREE:.*]] = torch.constant.int 3
// CHECK-DAG:     %[[MTHREE:.*]] = torch.constant.int -3
// CHECK:         return %[[THREE]], %[[MTHREE]] : !torch.int, !torch.int
func.func @floordiv_both_negative_and_exact() -> (!torch.int, !torch.int) {
  %cm7 = torch.constant.int -7
  %cm2 = torch.constant.int -2
  %cm6 = torch.constant.int -6
  %c2 = torch.constant.int 2
  %0 = torch.aten.floordiv.int %cm7, %cm2 : !torch.int, !torch.int -> !torch.int
  %1 = torch.aten.floordiv.int %cm6, %c2 : !torch.int, !torch.int -> !torch.int
  return %0, %1 : !torch.int, !torch.int
}

// -----

// Division by zero raises at run time: not folded.
// CHECK-LABEL: func.func @floordiv_by_zero()
// CHECK-DAG:     %[[C7:.*]] = torch.constant.int 7
// CHECK-DAG:     %[[C0:.*]] = torch.constant.int 0
// CHECK:         %[[R:.*]] = torch.aten.floordiv.int %[[C7]], %[[C0]] : !torch.int, !torch.int -> !torch.int
// CHECK-NEXT:    return %[[R]]
func.func @floordiv_by_zero() -> !torch.int {
  %c7 = torch.constant.int 7
  %c0 = torch.constant.int 0
  %0 = torch.aten.floordiv.int %c7, %c0 : !torch.int, !torch.int -> !torch.int
  return %0 : !torch.int
}

// -----

// x // 1 is x.
// CHECK-LABEL: func.func @floordiv_by_one(
// CHECK-SAME:    %[[X:.*]]: !torch.int)
// CHECK-NEXT:    return %[[X]] : !torch.int
func.func @floordiv_by_one(%x: !torch.int) -> !torch.int {
  %c1 = torch.constant.int 1
  %0 = torch.aten.floordiv.int %x, %c1 : !torch.int, !torch.int -> !torch.int
  return %0 : !torch.int
}

// -----

// INT64_MIN // -1 overflows: not folded.
// CHECK-LABEL: func.func @floordiv_overflow()
// CHECK:         torch.aten.floordiv.int
func.func @floordiv_overflow() -> !torch.int {
  %min = torch.constant.int -9223372036854775808
  %cm1 = torch.constant.int -1
  %0 = torch.aten.floordiv.int %min, %cm1 : !torch.int, !torch.int -> !torch.int
  return %0 : !torch.int
}
