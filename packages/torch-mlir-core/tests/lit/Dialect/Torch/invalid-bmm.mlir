// RUN: torch-mlir-opt %s -split-input-file -verify-diagnostics

// aten.bmm: [B,M,K] x [B,K,N] -> [B,M,N].

func.func @batch_mismatch(%a: !torch.vtensor<[5,2,3],f32>, %b: !torch.vtensor<[6,3,4],f32>) {
  // expected-error @+1 {{'torch.aten.bmm' op batch dimensions differ: self is '!torch.vtensor<[5,2,3],f32>' and mat2 is '!torch.vtensor<[6,3,4],f32>'}}
  %0 = torch.aten.bmm %a, %b : !torch.vtensor<[5,2,3],f32>, !torch.vtensor<[6,3,4],f32> -> !torch.vtensor
  return
}

// -----

func.func @rank_two(%a: !torch.vtensor<[2,3],f32>, %b: !torch.vtensor<[3,4],f32>) {
  // expected-error @+1 {{'torch.aten.bmm' op expects self to have rank 3, but it is '!torch.vtensor<[2,3],f32>'}}
  %0 = torch.aten.bmm %a, %b : !torch.vtensor<[2,3],f32>, !torch.vtensor<[3,4],f32> -> !torch.vtensor
  return
}

// -----

func.func @contracting(%a: !torch.vtensor<[5,2,3],f32>, %b: !torch.vtensor<[5,4,4],f32>) {
  // expected-error @+1 {{'torch.aten.bmm' op contracting dimensions differ: self is '!torch.vtensor<[5,2,3],f32>' and mat2 is '!torch.vtensor<[5,4,4],f32>'}}
  %0 = torch.aten.bmm %a, %b : !torch.vtensor<[5,2,3],f32>, !torch.vtensor<[5,4,4],f32> -> !torch.vtensor
  return
}

// -----

func.func @dtypes(%a: !torch.vtensor<[5,2,3],bf16>, %b: !torch.vtensor<[5,3,4],f16>) {
  // expected-error @+1 {{'torch.aten.bmm' op expects self and mat2 of the same dtype, got 'bf16' and 'f16'}}
  %0 = torch.aten.bmm %a, %b : !torch.vtensor<[5,2,3],bf16>, !torch.vtensor<[5,3,4],f16> -> !torch.vtensor
  return
}

// -----

// Unknown batch sizes never conflict.
func.func @unknown_batch_ok(%a: !torch.vtensor<[?,2,3],f32>, %b: !torch.vtensor<[6,3,4],f32>) {
  %0 = torch.aten.bmm %a, %b : !torch.vtensor<[?,2,3],f32>, !torch.vtensor<[6,3,4],f32> -> !torch.vtensor<[6,2,4],f32>
  // expected-error @+1 {{'torch.aten.bmm' op result type '!torch.vtensor<[6,2,5],f32>' does not match the product}}
  %1 = torch.aten.bmm %a, %b : !torch.vtensor<[?,2,3],f32>, !torch.vtensor<[6,3,4],f32> -> !torch.vtensor<[6,2,5],f32>
  return
}
