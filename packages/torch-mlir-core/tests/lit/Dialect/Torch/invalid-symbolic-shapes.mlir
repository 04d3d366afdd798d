// RUN: torch-mlir-opt %s -split-input-file -verify-diagnostics

func.func @min_greater_than_max() {
  // expected-error @+1 {{'torch.symbolic_int' op min_val 3 is greater than max_val 2}}
  %s0 = torch.symbolic_int "s0" {min_val = 3, max_val = 2} : !torch.int
  return
}

// -----

func.func @too_few_symbols(%t: !torch.vtensor<[?,?],f32>, %s: !torch.int) {
  // expected-error @+1 {{'torch.bind_symbolic_shape' op shape expressions use 2 symbols but 1 were given}}
  torch.bind_symbolic_shape %t, [%s], affine_map<()[s0, s1] -> (s0, s1)> : !torch.vtensor<[?,?],f32>
  return
}

// -----

func.func @too_many_symbols(%t: !torch.vtensor<[?,?],f32>, %s: !torch.int) {
  // expected-error @+1 {{'torch.bind_symbolic_shape' op shape expressions use 1 symbols but 2 were given}}
  torch.bind_symbolic_shape %t, [%s, %s], affine_map<()[s0] -> (s0, s0)> : !torch.vtensor<[?,?],f32>
  return
}

// -----

func.func @wrong_rank(%t: !torch.vtensor<[?,?],f32>, %s: !torch.int) {
  // expected-error @+1 {{'torch.bind_symbolic_shape' op gives 1 shape expressions for a tensor of rank 2}}
  torch.bind_symbolic_shape %t, [%s], affine_map<()[s0] -> (s0)> : !torch.vtensor<[?,?],f32>
  return
}

// -----

func.func @dims_in_map(%t: !torch.vtensor<[?,?],f32>, %s: !torch.int) {
  // expected-error @+1 {{'torch.bind_symbolic_shape' op shape expressions must use symbols only, not dims}}
  torch.bind_symbolic_shape %t, [%s], affine_map<(d0)[s0] -> (s0, d0)> : !torch.vtensor<[?,?],f32>
  return
}

// -----

func.func @symbol_not_int(%t: !torch.vtensor<[?],f32>, %f: !torch.float) {
  // expected-error @+1 {{'torch.bind_symbolic_shape' op operand #1 must be variadic of Python int}}
  "torch.bind_symbolic_shape"(%t, %f) {shape_expressions = affine_map<()[s0] -> (s0)>} : (!torch.vtensor<[?],f32>, !torch.float) -> ()
  return
}
