// RUN: torch-mlir-opt %s -split-input-file -verify-diagnostics

// Copies must keep shape and dtype exactly; an overwrite must fit.

func.func @to_vtensor_dtype(%t: !torch.tensor<[2,3],f32>) {
  // expected-error @+1 {{'torch.copy.to_vtensor' op result type '!torch.vtensor<[2,3],f64>' must be the value-semantic version of operand type '!torch.tensor<[2,3],f32>'}}
  %0 = torch.copy.to_vtensor %t : !torch.tensor<[2,3],f32> -> !torch.vtensor<[2,3],f64>
  return
}

// -----

// Dropping static information is not a copy's job.
func.func @to_vtensor_less_static(%t: !torch.tensor<[2,3],f32>) {
  // expected-error @+1 {{result type '!torch.vtensor' must be the value-semantic version of operand type '!torch.tensor<[2,3],f32>'}}
  %0 = torch.copy.to_vtensor %t : !torch.tensor<[2,3],f32> -> !torch.vtensor
  return
}

// -----

func.func @to_tensor_shape(%v: !torch.vtensor<[2,3],f32>) {
  // expected-error @+1 {{'torch.copy.to_tensor' op result type '!torch.tensor<[3,2],f32>' must be the non-value-semantic version of operand type '!torch.vtensor<[2,3],f32>'}}
  %0 = torch.copy.to_tensor %v : !torch.vtensor<[2,3],f32> -> !torch.tensor<[3,2],f32>
  return
}

// -----

func.func @to_tensor_from_tensor(%t: !torch.tensor<[2],f32>) {
  // expected-error @+1 {{'torch.copy.to_tensor' op operand #0 must be A tensor with value semantics}}
  %0 = "torch.copy.to_tensor"(%t) : (!torch.tensor<[2],f32>) -> !torch.tensor<[2],f32>
  return
}

// -----

func.func @overwrite_shape(%t: !torch.tensor<[2,3],f32>, %v: !torch.vtensor<[3,3],f32>) {
  // expected-error @+1 {{'torch.overwrite.tensor.contents' op value of type '!torch.vtensor<[3,3],f32>' cannot overwrite a tensor of type '!torch.tensor<[2,3],f32>'}}
  torch.overwrite.tensor.contents %v overwrites %t : !torch.vtensor<[3,3],f32>, !torch.tensor<[2,3],f32>
  return
}

// -----

func.func @overwrite_dtype(%t: !torch.tensor<[2],f32>, %v: !torch.vtensor<[2],si64>) {
  // expected-error @+1 {{value of type '!torch.vtensor<[2],si64>' cannot overwrite a tensor of type '!torch.tensor<[2],f32>'}}
  torch.overwrite.tensor.contents %v overwrites %t : !torch.vtensor<[2],si64>, !torch.tensor<[2],f32>
  return
}

// -----

func.func @overwrite_rank(%t: !torch.tensor<[2],f32>, %v: !torch.vtensor<[2,1],f32>) {
  // expected-error @+1 {{value of type '!torch.vtensor<[2,1],f32>' cannot overwrite a tensor of type '!torch.tensor<[2],f32>'}}
  torch.overwrite.tensor.contents %v overwrites %t : !torch.vtensor<[2,1],f32>, !torch.tensor<[2],f32>
  return
}
