// RUN: torch-mlir-opt %s -split-input-file -canonicalize | FileCheck %s
// RUN: not torch-mlir-opt %s -split-input-file --pass-pipeline='builtin.module(torch-verify-no-unknown-ops)' 2>&1 \
// RUN:   | FileCheck %s --check-prefix=ERR

// Chunks are processed independently, printed separated by the marker, and
// diagnostics keep the line numbers of the whole file.

// CHECK-LABEL: func.func @first
// CHECK-NEXT: %[[C:.*]] = torch.constant.int 6
// CHECK-NEXT: return %[[C]]
func.func @first() -> !torch.int {
  %0 = torch.constant.int 2
  %1 = torch.constant.int 3
  %2 = torch.aten.mul.int %0, %1 : !torch.int, !torch.int -> !torch.int
  return %2 : !torch.int
}

// -----

// CHECK: // -----
// CHECK-LABEL: func.func @second
func.func @second() -> !torch.int {
  // ERR: opt-split-input-file.mlir:[[@LINE+1]]:8: error: unsupported op 'aten.foo'
  %0 = torch.operator "aten.foo"() : () -> !torch.int
  return %0 : !torch.int
}

// -----

// ERR-NEXT: %0 = torch.operator
// ERR-NEXT: ^
// ERR-NEXT: opt-split-input-file.mlir: error: 1 unsupported op(s): aten.foo
// ERR-NOT: error:
// CHECK: // -----
// CHECK-LABEL: func.func @third
func.func @third() {
  return
}
