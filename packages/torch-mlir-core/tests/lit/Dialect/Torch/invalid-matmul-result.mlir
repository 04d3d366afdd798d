// RUN: torch-mlir-opt %s -split-input-file -verify-diagnostics

// mm/bmm results: a bmm batch dim contradicting the operands', or a result
// dtype differing from the operands', is reported.

func.func @bmm_result_batch(%a: !torch.vtensor<[5,2,3],f32>, %b: !torch.vtensor<[5,3,4],f32>) {
  // expected-error @+1 {{'torch.aten.bmm' op result type '!torch.vtensor<[6,2,4],f32>' does not match the product}}
  %0 = torch.aten.bmm %a, %b : !torch.vtensor<[5,2,3],f32>, !torch.vtensor<[5,3,4],f32> -> !torch.vtensor<[6,2,4],f32>
  return
}

// -----

func.func @mm_result_dtype(%a: !torch.vtensor<[2,3],f32>, %b: !torch.vtensor<[3,4],f32>) {
  // expected-error @+1 {{'torch.aten.mm' op result type '!torch.vtensor<[2,4],f64>'}}
  %0 = torch.aten.mm %a, %b : !torch.vtensor<[2,3],f32>, !torch.vtensor<[3,4],f32> -> !torch.vtensor<[2,4],f64>
  return
}
