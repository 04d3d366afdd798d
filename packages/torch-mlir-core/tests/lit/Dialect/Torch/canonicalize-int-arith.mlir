// RUN: torch-mlir-opt %s -canonicalize -split-input-file | FileCheck %s

// Constant folding of TorchScript int arithmetic.

// CHECK-LABEL: func.func @add_int()
// CHECK-NEXT:    %[[R:.*]] = torch.constant.int 9
// CHECK-NEXT:    return %[[R]] : !torch.int
func.func @add_int() -> !torch.int {
  %c7 = torch.constant.int 7
  %c2 = torch.constant.int 2
  %0 = torch.aten.add.int %c7, %c2 : !torch.int, !torch.int -> !torch.int
  return %0 : !torch.int
}

// -----

// CHECK-LABEL: func.func @sub_int()
// CHECK-NEXT:    %[[R:.*]] = torch.constant.int -5
// CHECK-NEXT:    return %[[R]] : !torch.int
func.func @sub_int() -> !torch.int {
  %c2 = torch.constant.int 2
  %c7 = torch.constant.int 7
  %0 = torch.aten.sub.int %c2, %c7 : !torch.int, !torch.int -> !torch.int
  return %0 : !torch.int
}

// -----

// CHECK-LABEL: func.func @mul_int()
// CHECK-NEXT:    %[[R:.*]] = torch.constant.int -49
// CHECK-NEXT:    return %[[R]] : !torch.int
func.func @mul_int() -> !torch.int {
  %c7 = torch.constant.int 7
  %cm7 = torch.constant.int -7
  %0 = torch.aten.mul.int %c7, %cm7 : !torch.int, !torch.int -> !torch.int
  return %0 : !torch.int
}

// -----

// CHECK-LABEL: func.func @neg_int()
// CHECK-NEXT:    %[[R:.*]] = torch.constant.int -7
// CHECK-NEXT:    return %[[R]] : !torch.int
func.func @neg_int() -> !torch.int {
  %c7 = torch.constant.int 7
  %0 = torch.aten.neg.int %c7 : !torch.int -> !torch.int
  return %0 : !torch.int
}

// -----

// Chains fold all the way: (3 + 4) * 2 - 1 = 13.
// CHECK-LABEL: func.func @chain()
// CHECK-NEXT:    %[[R:.*]] = torch.constant.int 13
// CHECK-NEXT:    return %[[R]] : !torch.int
func.func @chain() -> !torch.int {
  %c1 = torch.constant.int 1
  %c2 = torch.constant.int 2
  %c3 = torch.constant.int 3
  %c4 = torch.constant.int 4
  %0 = torch.aten.add.int %c3, %c4 : !torch.int, !torch.int -> !torch.int
  %1 = torch.aten.mul.int %0, %c2 : !torch.int, !torch.int -> !torch.int
  %2 = torch.aten.sub.int %1, %c1 : !torch.int, !torch.int -> !torch.int
  return %2 : !torch.int
}

// -----

// x + 0, x - 0 and x * 1 are x.
// CHECK-LABEL: func.func @identities(
// CHECK-SAME:    %[[X:.*]]: !torch.int)
// CHECK-NEXT:    return %[[X]], %[[X]], %[[X]] : !torch.int, !torch.int, !torch.int
func.func @identities(%x: !torch.int) -> (!torch.int, !torch.int, !torch.int) {
  %c0 = torch.constant.int 0
  %c1 = torch.constant.int 1
  %0 = torch.aten.add.int %x, %c0 : !torch.int, !torch.int -> !torch.int
  %1 = torch.aten.sub.int %x, %c0 : !torch.int, !torch.int -> !torch.int
  %2 = torch.aten.mul.int %x, %c1 : !torch.int, !torch.int -> !torch.int
  return %0, %1, %2 : !torch.int, !torch.int, !torch.int
}

// -----

// Non-constant operands are left alone.
// CHECK-LABEL: func.func @not_constant(
// CHECK-SAME:    %[[X:.*]]: !torch.int)
// CHECK-NEXT:    %[[C2:.*]] = torch.constant.int 2
// CHECK-NEXT:    %[[R:.*]] = torch.aten.add.int %[[X]], %[[C2]] : !torch.int, !torch.int -> !torch.int
// CHECK-NEXT:    return %[[R]]
func.func @not_constant(%x: !torch.int) -> !torch.int {
  %c2 = torch.constant.int 2
  %0 = torch.aten.add.int %x, %c2 : !torch.int, !torch.int -> !torch.int
  return %0 : !torch.int
}

// -----

// Overflowing int64 arithmetic is not folded (Python ints do not wrap).
// CHECK-LABEL: func.func @overflow_not_folded()
// CHECK:         torch.aten.add.int
// CHECK:         torch.aten.mul.int
// CHECK:         torch.aten.neg.int
func.func @overflow_not_folded() -> (!torch.int, !torch.int, !torch.int) {
  %max = torch.constant.int 9223372036854775807
  %min = torch.constant.int -9223372036854775808
  %c1 = torch.constant.int 1
  %c2 = torch.constant.int 2
  %0 = torch.aten.add.int %max, %c1 : !torch.int, !torch.int -> !torch.int
  %1 = torch.aten.mul.int %max, %c2 : !torch.int, !torch.int -> !torch.int
  %2 = torch.aten.neg.int %min : !torch.int -> !torch.int
  return %0, %1, %2 : !torch.int, !torch.int, !torch.int
}
