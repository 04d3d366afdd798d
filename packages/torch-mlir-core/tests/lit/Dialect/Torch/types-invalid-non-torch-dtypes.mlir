// RUN: torch-mlir-opt %s -split-input-file -verify-diagnostics

// Only the element types of torch dtypes (see DTYPE_TABLE in
// python/torch_mlir_core/dtypes.py) are valid tensor dtypes: builtin types
// no torch dtype maps to are rejected.

// expected-error @+1 {{invalid dtype 'f80' for a Torch tensor}}
func.func @f80(%a: !torch.vtensor<[2],f80>) {
  return
}

// -----

// expected-error @+1 {{invalid dtype 'f128' for a Torch tensor}}
func.func @f128(%a: !torch.vtensor<[2],f128>) {
  return
}

// -----

// expected-error @+1 {{invalid dtype 'tf32' for a Torch tensor}}
func.func @tf32(%a: !torch.vtensor<[2],tf32>) {
  return
}

// -----

// expected-error @+1 {{invalid dtype 'si128' for a Torch tensor}}
func.func @si128(%a: !torch.vtensor<[2],si128>) {
  return
}

// -----

// expected-error @+1 {{invalid dtype 'ui12' for a Torch tensor}}
func.func @ui12(%a: !torch.vtensor<[2],ui12>) {
  return
}

// -----

// torch's complex dtypes are complex<f16>, complex<f32> and complex<f64>.
// expected-error @+1 {{invalid dtype 'complex<bf16>' for a Torch tensor}}
func.func @complex_bf16(%a: !torch.vtensor<[2],complex<bf16>>) {
  return
}
