// RUN: not torch-mlir-opt %s 2>&1 | FileCheck %s

// A syntax error is a located diagnostic with the source line, exit code 1,
// and no Python traceback.

func.func @f() -> !torch.int {
  %0 = torch.constant.int 1 2
  return %0 : !torch.int
}

// CHECK: opt-syntax-error.mlir:7:28: error:
// CHECK-NEXT: %0 = torch.constant.int 1 2
// CHECK-NEXT: {{^ +}}^
// CHECK-NOT: Traceback
