// RUN: torch-mlir-opt %s -split-input-file -verify-diagnostics

func.func @static_info_cast_conflicting_size(%v: !torch.vtensor<[2,3],f32>) {
  // expected-error @+1 {{'torch.tensor_static_info_cast' op operand type '!torch.vtensor<[2,3],f32>' and result type '!torch.vtensor<[2,4],f32>' are cast incompatible}}
  %0 = torch.tensor_static_info_cast %v : !torch.vtensor<[2,3],f32> to !torch.vtensor<[2,4],f32>
  return
}

// -----

func.func @static_info_cast_conflicting_dtype(%v: !torch.vtensor<[2,3],f32>) {
  // expected-error @+1 {{operand type '!torch.vtensor<[2,3],f32>' and result type '!torch.vtensor<[2,3],si32>' are cast incompatible}}
  %0 = torch.tensor_static_info_cast %v : !torch.vtensor<[2,3],f32> to !torch.vtensor<[2,3],si32>
  return
}

// -----

func.func @static_info_cast_rank(%v: !torch.vtensor<[2,3],f32>) {
  // expected-error @+1 {{operand type '!torch.vtensor<[2,3],f32>' and result type '!torch.vtensor<[?],f32>' are cast incompatible}}
  %0 = torch.tensor_static_info_cast %v : !torch.vtensor<[2,3],f32> to !torch.vtensor<[?],f32>
  return
}

// -----

// The cast never changes value semantics (that is what copies do).
func.func @static_info_cast_kind(%v: !torch.vtensor<[2,3],f32>) {
  // expected-error @+1 {{operand type '!torch.vtensor<[2,3],f32>' and result type '!torch.tensor<[2,3],f32>' are cast incompatible}}
  %0 = torch.tensor_static_info_cast %v : !torch.vtensor<[2,3],f32> to !torch.tensor<[2,3],f32>
  return
}

// -----

func.func @derefine_unrelated(%i: !torch.int) {
  // expected-error @+1 {{'torch.derefine' op operand type '!torch.int' and result type '!torch.float' are cast incompatible}}
  %0 = torch.derefine %i : !torch.int to !torch.float
  return
}

// -----

// Refining (optional<int> -> int) is not a derefine.
func.func @derefine_refines(%o: !torch.optional<int>) {
  // expected-error @+1 {{operand type '!torch.optional<int>' and result type '!torch.int' are cast incompatible}}
  %0 = torch.derefine %o : !torch.optional<int> to !torch.int
  return
}

// -----

func.func @derefine_not_in_union(%s: !torch.str) {
  // expected-error @+1 {{operand type '!torch.str' and result type '!torch.union<int, float>' are cast incompatible}}
  %0 = torch.derefine %s : !torch.str to !torch.union<int, float>
  return
}
