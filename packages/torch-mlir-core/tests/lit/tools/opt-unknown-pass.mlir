// RUN: not torch-mlir-opt %s -canonicalize -no-such-pass 2>&1 | FileCheck %s
// RUN: not torch-mlir-opt %s --pass-pipeline='builtin.module(func.func(cse),bogus)' 2>&1 \
// RUN:   | FileCheck %s --check-prefix=PIPE
// RUN: not torch-mlir-opt %s --pass-pipeline='builtin.module(cse' 2>&1 \
// RUN:   | FileCheck %s --check-prefix=SYNTAX

// CHECK: torch-mlir-opt: error: unknown pass or pipeline 'no-such-pass'
// PIPE: torch-mlir-opt: error: unknown pass or pipeline 'bogus'
// SYNTAX: torch-mlir-opt: error: invalid pass pipeline at column 19: expected ',' or ')'

func.func @f() {
  return
}
