// RUN: torch-mlir-opt %s -split-input-file -verify-diagnostics

func.func @element_not_fitting(%a: !torch.int, %f: !torch.float) {
  // expected-error @+1 {{'torch.prim.ListConstruct' op element #1 of type '!torch.float' is not a valid element of '!torch.list<int>'}}
  %0 = torch.prim.ListConstruct %a, %f : (!torch.int, !torch.float) -> !torch.list<int>
  return
}

// -----

// None only fits lists of optionals.
func.func @none_in_tensor_list(%n: !torch.none) {
  // expected-error @+1 {{'torch.prim.ListConstruct' op element #0 of type '!torch.none' is not a valid element of '!torch.list<vtensor>'}}
  %0 = torch.prim.ListConstruct %n : (!torch.none) -> !torch.list<vtensor>
  return
}

// -----

// A tensor with conflicting static info does not fit.
func.func @tensor_dtype_not_fitting(%v: !torch.vtensor<[2],si64>) {
  // expected-error @+1 {{'torch.prim.ListConstruct' op element #0 of type '!torch.vtensor<[2],si64>' is not a valid element of '!torch.list<vtensor<[2],f32>>'}}
  %0 = torch.prim.ListConstruct %v : (!torch.vtensor<[2],si64>) -> !torch.list<vtensor<[2],f32>>
  return
}

// -----

func.func @result_not_a_list(%a: !torch.int) {
  // expected-error @+1 {{'torch.prim.ListConstruct' op result #0 must be Any Torch list type, but got '!torch.int'}}
  %0 = torch.prim.ListConstruct %a : (!torch.int) -> !torch.int
  return
}

// -----

func.func @unpack_incompatible(%l: !torch.list<int>) {
  // expected-error @+1 {{'torch.prim.ListUnpack' op result #1 of type '!torch.float' is incompatible with the list element type '!torch.int'}}
  %0:2 = torch.prim.ListUnpack %l : !torch.list<int> -> !torch.int, !torch.float
  return
}

// -----

func.func @unpack_not_a_list(%t: !torch.tuple<int>) {
  // expected-error @+1 {{'torch.prim.ListUnpack' op operand #0 must be Any Torch list type, but got '!torch.tuple<int>'}}
  %0 = "torch.prim.ListUnpack"(%t) : (!torch.tuple<int>) -> !torch.int
  return
}
