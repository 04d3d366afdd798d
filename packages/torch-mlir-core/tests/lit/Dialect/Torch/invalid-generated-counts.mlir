// RUN: torch-mlir-opt %s -split-input-file -verify-diagnostics

// Generated ops have a fixed number of operands and results.

func.func @mm_one_operand(%a: !torch.vtensor<[2,3],f32>) {
  // expected-error @+1 {{'torch.aten.mm' op expected 2 operands, but found 1}}
  %0 = torch.aten.mm %a : !torch.vtensor<[2,3],f32> -> !torch.vtensor
  return
}

// -----

func.func @relu_two_operands(%a: !torch.vtensor) {
  // expected-error @+1 {{'torch.aten.relu' op requires a single operand}}
  %0 = torch.aten.relu %a, %a : !torch.vtensor, !torch.vtensor -> !torch.vtensor
  return
}

// -----

func.func @mm_no_result(%a: !torch.vtensor<[3,3],f32>) {
  // expected-error @+1 {{'torch.aten.mm' op requires one result}}
  torch.aten.mm %a, %a : !torch.vtensor<[3,3],f32>, !torch.vtensor<[3,3],f32>
  return
}

// -----

func.func @relu_two_results(%a: !torch.vtensor<[3,3],f32>) {
  // expected-error @+1 {{'torch.aten.relu' op requires one result}}
  %0:2 = torch.aten.relu %a : !torch.vtensor<[3,3],f32> -> !torch.vtensor, !torch.vtensor
  return
}

// -----

func.func @raise_exception_with_result(%s: !torch.str, %n: !torch.none) {
  // expected-error @+1 {{'torch.prim.RaiseException' op requires zero results}}
  %0 = torch.prim.RaiseException %s, %n : !torch.str, !torch.none -> !torch.int
  return
}

// -----

// The operand list and the operand type list must have the same length.
func.func @type_count_mismatch(%a: !torch.vtensor<[2,3],f32>) {
  // expected-error @+1 {{number of operands and types do not match: got 2 operands and 1 types}}
  %0 = torch.aten.mm %a, %a : !torch.vtensor<[2,3],f32> -> !torch.vtensor
  return
}
