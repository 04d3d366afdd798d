// RUN: not torch-mlir-opt %s 2>&1 | FileCheck %s

// A verifier failure names the op and points at it.

func.func @f(%a: !torch.vtensor<[2,3],f32>, %b: !torch.vtensor<[4,5],f32>) -> !torch.vtensor {
  %0 = torch.aten.mm %a, %b : !torch.vtensor<[2,3],f32>, !torch.vtensor<[4,5],f32> -> !torch.vtensor
  return %0 : !torch.vtensor
}

// CHECK: opt-verifier-error.mlir:6:8: error: 'torch.aten.mm' op contracting dimensions differ
// CHECK-NOT: Traceback
