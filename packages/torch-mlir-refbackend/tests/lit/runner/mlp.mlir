// The checked-in example (examples/mlp_linalg.mlir, written by examples/export_refbackend_example.py from
// torch-mlir-fx's linalg-on-tensors) lowered by the refbackend's named pipeline and run
// by MLIR's mlir-runner: the printed values are torch eager's (noted in the example).
// RUN: torch-mlir-opt --load-pass-plugin torch_mlir_refbackend.pipelines %examples/mlp_linalg.mlir \
// RUN:     --pass-pipeline='builtin.module(refbackend-linalg-to-llvm)' \
// RUN:   | mlir-runner -e main -entry-point-result=void \
// RUN:       -shared-libs=%mlir_runner_utils,%mlir_c_runner_utils \
// RUN:   | FileCheck %s

// CHECK: Unranked Memref base@ = {{.*}} rank = 2 offset = 0 sizes = [2, 2] strides = [2, 1] data =
// CHECK-NEXT: {{\[}}[1.625,   12],
// CHECK-NEXT: [0.1875,   6.625]]
