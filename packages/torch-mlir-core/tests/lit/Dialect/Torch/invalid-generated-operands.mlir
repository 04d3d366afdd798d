// RUN: torch-mlir-opt %s -split-input-file -verify-diagnostics

// Operand/result type constraints and counts of generated ops, from the op
// schema.

func.func @mm_int_operand(%a: !torch.vtensor<[2,3],f32>, %i: !torch.int) {
  // expected-error @+1 {{'torch.aten.mm' op operand #1 must be Any Torch tensor type, but got '!torch.int'}}
  %0 = torch.aten.mm %a, %i : !torch.vtensor<[2,3],f32>, !torch.int -> !torch.vtensor
  return
}

// -----

// alpha is a Scalar: a str is not one.
func.func @add_alpha_str(%a: !torch.vtensor<[2,3],f32>, %s: !torch.str) {
  // expected-error @+1 {{'torch.aten.add.Tensor' op operand #2 must be Any Python scalar (int, float, bool or number), but got '!torch.str'}}
  %0 = torch.aten.add.Tensor %a, %a, %s : !torch.vtensor<[2,3],f32>, !torch.vtensor<[2,3],f32>, !torch.str -> !torch.vtensor
  return
}

// -----

func.func @relu_int_result(%a: !torch.vtensor<[3,3],f32>) {
  // expected-error @+1 {{'torch.aten.relu' op result #0 must be Any Torch tensor type, but got '!torch.int'}}
  %0 = torch.aten.relu %a : !torch.vtensor<[3,3],f32> -> !torch.int
  return
}

// -----

func.func @view_float_list(%a: !torch.vtensor<[3,3],f32>, %l: !torch.list<float>) {
  // expected-error @+1 {{'torch.aten.view' op operand #1 must be List of ints}}
  %0 = torch.aten.view %a, %l : !torch.vtensor<[3,3],f32>, !torch.list<float> -> !torch.vtensor
  return
}

// -----

// An optional tensor is a tensor, None or optional<tensor>; not an int.
func.func @linear_int_bias(%a: !torch.vtensor<[3,3],f32>, %i: !torch.int) {
  // expected-error @+1 {{'torch.aten.linear' op operand #2 must be Optional tensor, but got '!torch.int'}}
  %0 = torch.aten.linear %a, %a, %i : !torch.vtensor<[3,3],f32>, !torch.vtensor<[3,3],f32>, !torch.int -> !torch.vtensor
  return
}

// -----

func.func @linear_optional_int_bias(%a: !torch.vtensor<[3,3],f32>, %o: !torch.optional<int>) {
  // expected-error @+1 {{'torch.aten.linear' op operand #2 must be Optional tensor, but got '!torch.optional<int>'}}
  %0 = torch.aten.linear %a, %a, %o : !torch.vtensor<[3,3],f32>, !torch.vtensor<[3,3],f32>, !torch.optional<int> -> !torch.vtensor
  return
}

// -----

func.func @eq_int_float_operand(%i: !torch.int, %f: !torch.float) {
  // expected-error @+1 {{'torch.aten.eq.int' op operand #1 must be Python int}}
  %0 = torch.aten.eq.int %i, %f : !torch.int, !torch.float -> !torch.bool
  return
}
