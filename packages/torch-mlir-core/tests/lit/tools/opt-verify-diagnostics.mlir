// RUN: torch-mlir-opt %s -split-input-file -verify-diagnostics
// RUN: not torch-mlir-opt %s -split-input-file -verify-diagnostics \
// RUN:   --pass-pipeline='builtin.module(torch-verify-no-unknown-ops)' 2>&1 \
// RUN:   | FileCheck %s

// --verify-diagnostics matches emitted diagnostics against the expected-*
// comments: @+N, @-N, @above, @below, -re with {{regex}}; any other
// diagnostic, or an expectation nothing produced, is an error.

func.func @f(%a: !torch.vtensor<[2,3],f32>, %b: !torch.vtensor<[4,5],f32>) {
  // expected-error @+1 {{contracting dimensions differ}}
  %0 = torch.aten.mm %a, %b : !torch.vtensor<[2,3],f32>, !torch.vtensor<[4,5],f32> -> !torch.vtensor
  return
}

// -----

func.func @g(%a: !torch.vtensor<[2,3],f32>, %b: !torch.vtensor<[4,5],f32>) {
  %0 = torch.aten.mm %a, %b : !torch.vtensor<[2,3],f32>, !torch.vtensor<[4,5],f32> -> !torch.vtensor
  // expected-error-re @above {{'torch.aten.mm' op {{[a-z]+}} dimensions differ}}
  return
}

// -----

// expected-error @below {{expected operation name in quotes}}
%0 = torch.constant.int 1 2

// -----

func.func @h() -> !torch.int {
  %0 = torch.operator "aten.foo"() : () -> !torch.int
  return %0 : !torch.int
}

// With the pipeline, the unknown op's errors are not expected anywhere:
// CHECK: opt-verify-diagnostics.mlir:32:8: error: unexpected error: unsupported op 'aten.foo'
// CHECK: opt-verify-diagnostics.mlir: error: unexpected error: 1 unsupported op(s): aten.foo
