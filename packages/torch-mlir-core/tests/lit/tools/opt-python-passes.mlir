// RUN: torch-mlir-opt %s --load-pass-plugin=%S/Inputs/python_passes.py -test-tag-funcs \
// RUN:   | FileCheck %s --check-prefix=DEFAULT
// RUN: torch-mlir-opt %s --load-pass-plugin=%S/Inputs/python_passes.py \
// RUN:   --pass-pipeline='builtin.module(func.func(canonicalize,test-tag-funcs{tag=x count=2}))' \
// RUN:   | FileCheck %s --check-prefix=OPTS
// RUN: torch-mlir-opt %s --load-pass-plugin=%S/Inputs/python_passes.py -test-pipeline \
// RUN:   -mlir-print-ir-after-all 2>&1 | FileCheck %s --check-prefix=PIPE
// RUN: not torch-mlir-opt %s --load-pass-plugin=%S/Inputs/python_passes.py -test-raise 2>&1 \
// RUN:   | FileCheck %s --check-prefix=RAISE
// RUN: not torch-mlir-opt %s --load-pass-plugin=%S/Inputs/python_passes.py \
// RUN:   '-test-tag-funcs=colour=red' 2>&1 | FileCheck %s --check-prefix=BADOPT
// RUN: torch-mlir-opt --load-pass-plugin=%S/Inputs/python_passes.py --list-passes \
// RUN:   | FileCheck %s --check-prefix=LIST

// Python passes and native passes share one pipeline and one pass manager.

func.func @f() -> !torch.int {
  %0 = torch.constant.int 1
  %1 = torch.aten.neg.int %0 : !torch.int -> !torch.int
  return %1 : !torch.int
}

// DEFAULT: func.func @f() -> !torch.int attributes {test.tag = "seen"}
// OPTS: func.func @f() -> !torch.int attributes {test.tag = "x2"}
// OPTS-NEXT: torch.constant.int -1
// PIPE: IR Dump After Canonicalizer
// PIPE: IR Dump After test-tag-funcs
// PIPE: IR Dump After CSE
// PIPE: func.func @f() -> !torch.int attributes {test.tag = "piped"}
// RAISE: error: Python pass 'test-raise' raised RuntimeError: something broke (at {{.*}}python_passes.py:22)
// RAISE-NOT: Traceback
// BADOPT: torch-mlir-opt: error: pass 'test-tag-funcs' has no option 'colour' (options: count, tag)
// LIST: test-pipeline pipeline mixes native and Python passes
// LIST: test-tag-funcs python pass
// LIST: torch-verify-no-unknown-ops
