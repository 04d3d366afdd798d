// RUN: torch-mlir-opt %s -split-input-file -verify-diagnostics

// aten.mm: [M,K] x [K,N] -> [M,N], one dtype; only what is statically known
// is checked.

func.func @self_rank(%a: !torch.vtensor<[2,3,4],f32>, %b: !torch.vtensor<[3,4],f32>) {
  // expected-error @+1 {{'torch.aten.mm' op expects self to have rank 2, but it is '!torch.vtensor<[2,3,4],f32>'}}
  %0 = torch.aten.mm %a, %b : !torch.vtensor<[2,3,4],f32>, !torch.vtensor<[3,4],f32> -> !torch.vtensor
  return
}

// -----

func.func @mat2_rank(%a: !torch.vtensor<[2,3],f32>, %b: !torch.vtensor<[4],f32>) {
  // expected-error @+1 {{'torch.aten.mm' op expects mat2 to have rank 2, but it is '!torch.vtensor<[4],f32>'}}
  %0 = torch.aten.mm %a, %b : !torch.vtensor<[2,3],f32>, !torch.vtensor<[4],f32> -> !torch.vtensor
  return
}

// -----

func.func @result_rank(%a: !torch.vtensor<[2,3],f32>, %b: !torch.vtensor<[3,4],f32>) {
  // expected-error @+1 {{'torch.aten.mm' op expects result to have rank 2, but it is '!torch.vtensor<[2,4,1],f32>'}}
  %0 = torch.aten.mm %a, %b : !torch.vtensor<[2,3],f32>, !torch.vtensor<[3,4],f32> -> !torch.vtensor<[2,4,1],f32>
  return
}

// -----

func.func @contracting_dims(%a: !torch.vtensor<[2,3],f32>, %b: !torch.vtensor<[2,3],f32>) {
  // expected-error @+1 {{'torch.aten.mm' op contracting dimensions differ: self is '!torch.vtensor<[2,3],f32>' and mat2 is '!torch.vtensor<[2,3],f32>'}}
  %0 = torch.aten.mm %a, %b : !torch.vtensor<[2,3],f32>, !torch.vtensor<[2,3],f32> -> !torch.vtensor
  return
}

// -----

func.func @operand_dtypes(%a: !torch.vtensor<[2,3],f32>, %b: !torch.vtensor<[3,4],f64>) {
  // expected-error @+1 {{'torch.aten.mm' op expects self and mat2 of the same dtype, got 'f32' and 'f64'}}
  %0 = torch.aten.mm %a, %b : !torch.vtensor<[2,3],f32>, !torch.vtensor<[3,4],f64> -> !torch.vtensor
  return
}

// -----

func.func @result_cols(%a: !torch.vtensor<[2,3],f32>, %b: !torch.vtensor<[3,4],f32>) {
  // expected-error @+1 {{'torch.aten.mm' op result type '!torch.vtensor<[2,5],f32>' does not match the product of '!torch.vtensor<[2,3],f32>' and '!torch.vtensor<[3,4],f32>'}}
  %0 = torch.aten.mm %a, %b : !torch.vtensor<[2,3],f32>, !torch.vtensor<[3,4],f32> -> !torch.vtensor<[2,5],f32>
  return
}

// -----

func.func @result_rows(%a: !torch.vtensor<[2,3],f32>, %b: !torch.vtensor<[3,4],f32>) {
  // expected-error @+1 {{'torch.aten.mm' op result type '!torch.vtensor<[3,4],f32>' does not match the product}}
  %0 = torch.aten.mm %a, %b : !torch.vtensor<[2,3],f32>, !torch.vtensor<[3,4],f32> -> !torch.vtensor<[3,4],f32>
  return
}

// -----

// Mutable tensors are checked the same way.
func.func @non_value_contracting(%a: !torch.tensor<[2,3],f32>, %b: !torch.tensor<[4,4],f32>) {
  // expected-error @+1 {{'torch.aten.mm' op contracting dimensions differ}}
  %0 = torch.aten.mm %a, %b : !torch.tensor<[2,3],f32>, !torch.tensor<[4,4],f32> -> !torch.tensor
  return
}
