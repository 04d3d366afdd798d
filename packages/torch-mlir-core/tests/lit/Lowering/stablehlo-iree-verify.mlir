// REQUIRES: iree
// Every StableHLO lowering test's output, parsed and verified by IREE (which
// registers the StableHLO and CHLO dialects): the generic-form ops and opaque
// attributes we emit are valid StableHLO.
// RUN: torch-mlir-opt %S/stablehlo-elementwise.mlir -torch-lower-to-stablehlo -split-input-file -verify-diagnostics | iree-opt --split-input-file > /dev/null
// RUN: torch-mlir-opt %S/stablehlo-linear.mlir -torch-lower-to-stablehlo -split-input-file | iree-opt --split-input-file > /dev/null
// RUN: torch-mlir-opt %S/stablehlo-views.mlir -torch-lower-to-stablehlo -split-input-file | iree-opt --split-input-file > /dev/null
// RUN: torch-mlir-opt %S/stablehlo-reductions.mlir -torch-lower-to-stablehlo -split-input-file | iree-opt --split-input-file > /dev/null
// RUN: torch-mlir-opt %S/stablehlo-norms.mlir -torch-lower-to-stablehlo -split-input-file | iree-opt --split-input-file > /dev/null
// RUN: torch-mlir-opt %S/stablehlo-creation.mlir -torch-lower-to-stablehlo -split-input-file | iree-opt --split-input-file > /dev/null
// RUN: torch-mlir-opt %S/stablehlo-pipeline.mlir -split-input-file -verify-diagnostics -pass-pipeline='builtin.module(torch-backend-to-stablehlo-backend-pipeline)' | iree-opt --split-input-file > /dev/null
// An op StableHLO's verifier rejects (operands of different shapes) is caught,
// so the checks above can fail:
// RUN: not iree-opt %S/Inputs/stablehlo-invalid.mlir 2>&1 | FileCheck %s --check-prefix=INVALID
// INVALID: 'stablehlo.add' op requires the same shape for all operands and results
