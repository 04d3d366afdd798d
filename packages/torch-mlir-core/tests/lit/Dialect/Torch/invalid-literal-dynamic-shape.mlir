// RUN: torch-mlir-opt %s -split-input-file -verify-diagnostics

// A literal's result type needs a static shape: `?` dims are reported (they
// used to abort, building a builtin tensor type with -1 sizes).

func.func @dynamic_vtensor_literal() {
  // expected-error @+1 {{result type '!torch.vtensor<[?],f32>' must have a static shape and a dtype}}
  %0 = torch.vtensor.literal(dense<[1.0, 2.0]> : tensor<2xf32>) : !torch.vtensor<[?],f32>
  return
}

// -----

func.func @dynamic_tensor_literal() {
  // expected-error @+1 {{result type '!torch.tensor<[2,?],si64>' must have a static shape and a dtype}}
  %0 = torch.tensor.literal(dense<1> : tensor<2x2xsi64>) : !torch.tensor<[2,?],si64>
  return
}
