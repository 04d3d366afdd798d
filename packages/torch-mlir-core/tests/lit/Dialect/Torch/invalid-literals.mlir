// RUN: torch-mlir-opt %s -split-input-file -verify-diagnostics

// The value of a literal must have exactly the result's shape and dtype, and
// the result type must be fully static.

func.func @shape_mismatch() {
  // expected-error @+1 {{'torch.vtensor.literal' op value of type 'tensor<2xf32>' does not match result type '!torch.vtensor<[3],f32>'}}
  %0 = torch.vtensor.literal(dense<[1.0, 2.0]> : tensor<2xf32>) : !torch.vtensor<[3],f32>
  return
}

// -----

func.func @dtype_mismatch() {
  // expected-error @+1 {{value of type 'tensor<2xf32>' does not match result type '!torch.vtensor<[2],f64>'}}
  %0 = torch.vtensor.literal(dense<[1.0, 2.0]> : tensor<2xf32>) : !torch.vtensor<[2],f64>
  return
}

// -----

func.func @rank_mismatch() {
  // expected-error @+1 {{value of type 'tensor<2x1xsi64>' does not match result type '!torch.vtensor<[2],si64>'}}
  %0 = torch.vtensor.literal(dense<1> : tensor<2x1xsi64>) : !torch.vtensor<[2],si64>
  return
}

// -----

func.func @unranked_result() {
  // expected-error @+1 {{result type '!torch.vtensor<*,f32>' must have a static shape and a dtype}}
  %0 = torch.vtensor.literal(dense<[1.0, 2.0]> : tensor<2xf32>) : !torch.vtensor<*,f32>
  return
}

// -----

func.func @no_dtype_result() {
  // expected-error @+1 {{result type '!torch.vtensor<[2],unk>' must have a static shape and a dtype}}
  %0 = torch.vtensor.literal(dense<[1.0, 2.0]> : tensor<2xf32>) : !torch.vtensor<[2],unk>
  return
}

// -----

func.func @non_value_literal_mismatch() {
  // expected-error @+1 {{'torch.tensor.literal' op value of type 'tensor<4xsi8>' does not match result type '!torch.tensor<[2,2],si8>'}}
  %0 = torch.tensor.literal(dense<1> : tensor<4xsi8>) : !torch.tensor<[2,2],si8>
  return
}

// -----

func.func @wrong_tensor_kind() {
  // expected-error @+1 {{'torch.vtensor.literal' op result #0 must be A tensor with value semantics}}
  %0 = "torch.vtensor.literal"() {value = dense<1.0> : tensor<2xf32>} : () -> !torch.tensor<[2],f32>
  return
}

// -----

// A Python int is an int64: out-of-range values are an error, not a wrap.
// expected-error @below {{integer value does not fit in int64 (9223372036854775808)}}
%0 = torch.constant.int 9223372036854775808

// -----

// expected-error @below {{integer value does not fit in int64 (-9223372036854775809)}}
%0 = torch.constant.int -9223372036854775809
