// RUN: torch-mlir-opt %s -o %t -canonicalize && FileCheck %s --check-prefix=OUT < %t
// RUN: cat %s | torch-mlir-opt - -mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC
// RUN: torch-mlir-opt %s -canonicalize -cse -mlir-print-ir-after-all 2>&1 >/dev/null \
// RUN:   | FileCheck %s --check-prefix=AFTER
// RUN: torch-mlir-opt %s -mlir-print-debuginfo | FileCheck %s --check-prefix=DEBUG
// RUN: torch-mlir-opt %s --pass-pipeline='builtin.module(func.func(canonicalize))' \
// RUN:   -mlir-timing 2>&1 >/dev/null | FileCheck %s --check-prefix=TIMING

func.func @f() -> !torch.int {
  %0 = torch.constant.int 4
  %1 = torch.aten.neg.int %0 : !torch.int -> !torch.int
  return %1 : !torch.int
}

// OUT: torch.constant.int -4
// OUT-NOT: torch.aten.neg.int
// GENERIC: "torch.aten.neg.int"(%{{.*}}) : (!torch.int) -> !torch.int
// AFTER: IR Dump After Canonicalizer (canonicalize)
// AFTER: torch.constant.int -4
// AFTER: IR Dump After CSE (cse)
// DEBUG: loc("{{.*}}opt-output-and-printing.mlir":11:8)
// TIMING: Execution time report
// TIMING: Canonicalizer
