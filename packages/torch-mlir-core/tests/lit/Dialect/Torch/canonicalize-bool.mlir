// RUN: torch-mlir-opt %s -canonicalize -split-input-file | FileCheck %s

// CHECK-LABEL: func.func @not_constant()
// CHECK-DAG:     %[[TRUE:.*]] = torch.constant.bool true
// CHECK-DAG:     %[[FALSE:.*]] = torch.constant.bool false
// CHECK-NOT:     torch.aten.__not__
// CHECK:         return %[[FALSE]], %[[TRUE]] : !torch.bool, !torch.bool
func.func @not_constant() -> (!torch.bool, !torch.bool) {
  %true = torch.constant.bool true
  %false = torch.constant.bool false
  %0 = torch.aten.__not__ %true : !torch.bool -> !torch.bool
  %1 = torch.aten.__not__ %false : !torch.bool -> !torch.bool
  return %0, %1 : !torch.bool, !torch.bool
}

// -----

// not(not(c)) folds twice.
// CHECK-LABEL: func.func @double_not()
// CHECK-NEXT:    %[[TRUE:.*]] = torch.constant.bool true
// CHECK-NEXT:    return %[[TRUE]] : !torch.bool
func.func @double_not() -> !torch.bool {
  %true = torch.constant.bool true
  %0 = torch.aten.__not__ %true : !torch.bool -> !torch.bool
  %1 = torch.aten.__not__ %0 : !torch.bool -> !torch.bool
  return %1 : !torch.bool
}

// -----

// CHECK-LABEL: func.func @not_unknown(
// CHECK-NEXT:    torch.aten.__not__ %{{.*}} : !torch.bool -> !torch.bool
func.func @not_unknown(%b: !torch.bool) -> !torch.bool {
  %0 = torch.aten.__not__ %b : !torch.bool -> !torch.bool
  return %0 : !torch.bool
}

// -----

// bool(int): nonzero is true, including negative values.
// CHECK-LABEL: func.func @bool_of_int()
// CHECK-DAG:     %[[TRUE:.*]] = torch.constant.bool true
// CHECK-DAG:     %[[FALSE:.*]] = torch.constant.bool false
// CHECK-NOT:     torch.aten.Bool.int
// CHECK:         return %[[FALSE]], %[[TRUE]], %[[TRUE]] : !torch.bool, !torch.bool, !torch.bool
func.func @bool_of_int() -> (!torch.bool, !torch.bool, !torch.bool) {
  %c0 = torch.constant.int 0
  %c5 = torch.constant.int 5
  %cm1 = torch.constant.int -1
  %0 = torch.aten.Bool.int %c0 : !torch.int -> !torch.bool
  %1 = torch.aten.Bool.int %c5 : !torch.int -> !torch.bool
  %2 = torch.aten.Bool.int %cm1 : !torch.int -> !torch.bool
  return %0, %1, %2 : !torch.bool, !torch.bool, !torch.bool
}

// -----

// int(bool) is 0 or 1.
// CHECK-LABEL: func.func @int_of_bool()
// CHECK-DAG:     %[[ONE:.*]] = torch.constant.int 1
// CHECK-DAG:     %[[ZERO:.*]] = torch.constant.int 0
// CHECK-NOT:     torch.aten.Int.bool
// CHECK:         return %[[ONE]], %[[ZERO]] : !torch.int, !torch.int
func.func @int_of_bool() -> (!torch.int, !torch.int) {
  %true = torch.constant.bool true
  %false = torch.constant.bool false
  %0 = torch.aten.Int.bool %true : !torch.bool -> !torch.int
  %1 = torch.aten.Int.bool %false : !torch.bool -> !torch.int
  return %0, %1 : !torch.int, !torch.int
}

// -----

// A comparison feeding a not: both fold.
// CHECK-LABEL: func.func @compare_then_not()
// CHECK-NEXT:    %[[FALSE:.*]] = torch.constant.bool false
// CHECK-NEXT:    return %[[FALSE]] : !torch.bool
func.func @compare_then_not() -> !torch.bool {
  %c1 = torch.constant.int 1
  %c2 = torch.constant.int 2
  %0 = torch.aten.lt.int %c1, %c2 : !torch.int, !torch.int -> !torch.bool
  %1 = torch.aten.__not__ %0 : !torch.bool -> !torch.bool
  return %1 : !torch.bool
}
