// RUN: not torch-mlir-opt %s -verify-diagnostics 2>&1 | FileCheck %s

// An expectation that nothing produces fails, located at the comment.

func.func @f() {
  // expected-error @+1 {{this never happens}}
  return
}

// CHECK: opt-verify-diagnostics-missing.mlir:6:6: error: expected error "this never happens" was not produced
