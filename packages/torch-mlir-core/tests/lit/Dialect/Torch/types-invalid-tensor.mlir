// RUN: torch-mlir-opt %s -split-input-file -verify-diagnostics

// Invalid tensor types: dtypes that are no torch dtype, bad sizes, bad syntax.

// Signless integers other than i1 are not torch dtypes (use si32/ui32).
// expected-error @+1 {{invalid dtype 'i32' for a Torch tensor}}
func.func @signless_i32(%a: !torch.vtensor<[2],i32>) {
  return
}

// -----

// expected-error @+1 {{invalid dtype 'i64' for a Torch tensor}}
func.func @signless_i64_non_value(%a: !torch.tensor<[2],i64>) {
  return
}

// -----

// expected-error @+1 {{invalid dtype 'index' for a Torch tensor}}
func.func @index_dtype(%a: !torch.vtensor<[2],index>) {
  return
}

// -----

// expected-error @+1 {{invalid dtype 'vector<2xf32>' for a Torch tensor}}
func.func @vector_dtype(%a: !torch.vtensor<[2],vector<2xf32>>) {
  return
}

// -----

// Complex of an integer is not a torch dtype.
// expected-error @+1 {{invalid dtype 'complex<i32>' for a Torch tensor}}
func.func @complex_int_dtype(%a: !torch.vtensor<[2],complex<i32>>) {
  return
}

// -----

// A Torch value type is not a dtype.
// expected-error @+1 {{invalid dtype '!torch.int' for a Torch tensor}}
func.func @torch_int_dtype(%a: !torch.vtensor<[2],int>) {
  return
}

// -----

// expected-error @+1 {{invalid dtype '!torch.none' for a Torch tensor}}
func.func @torch_none_dtype(%a: !torch.tensor<*,none>) {
  return
}

// -----

// Sizes are >= 0, or -1 (`?`) when unknown.
// expected-error @+1 {{invalid tensor size -2}}
func.func @size_below_minus_one(%a: !torch.vtensor<[2,-2],f32>) {
  return
}

// -----

// expected-error @+1 {{invalid tensor size -100}}
func.func @size_far_below_minus_one(%a: !torch.tensor<[-100],f32>) {
  return
}

// -----

// The dtype (or `unk`) is not optional once `<` is written.
// expected-error @+1 {{expected ','}}
func.func @missing_dtype(%a: !torch.vtensor<[2]>) {
  return
}

// -----

// expected-error @+1 {{expected integer value}}
func.func @fractional_size(%a: !torch.vtensor<[2.5],f32>) {
  return
}
