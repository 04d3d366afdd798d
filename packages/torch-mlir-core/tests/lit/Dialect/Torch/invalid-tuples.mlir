// RUN: torch-mlir-opt %s -split-input-file -verify-diagnostics

func.func @construct_count(%a: !torch.int) {
  // expected-error @+1 {{'torch.prim.TupleConstruct' op has 2 elements but the result type '!torch.tuple<int>' has 1}}
  %0 = torch.prim.TupleConstruct %a, %a : !torch.int, !torch.int -> !torch.tuple<int>
  return
}

// -----

func.func @construct_element_type(%a: !torch.int) {
  // expected-error @+1 {{'torch.prim.TupleConstruct' op element #0 of type '!torch.int' does not fit tuple element type '!torch.str'}}
  %0 = torch.prim.TupleConstruct %a : !torch.int -> !torch.tuple<str>
  return
}

// -----

func.func @index_out_of_range(%t: !torch.tuple<int, float>) {
  %c2 = torch.constant.int 2
  // expected-error @+1 {{'torch.prim.TupleIndex' op index 2 is out of range for a tuple of 2 elements}}
  %0 = torch.prim.TupleIndex %t, %c2 : !torch.tuple<int, float>, !torch.int -> !torch.int
  return
}

// -----

func.func @negative_index_out_of_range(%t: !torch.tuple<int, float>) {
  %cm3 = torch.constant.int -3
  // expected-error @+1 {{'torch.prim.TupleIndex' op index -3 is out of range for a tuple of 2 elements}}
  %0 = torch.prim.TupleIndex %t, %cm3 : !torch.tuple<int, float>, !torch.int -> !torch.int
  return
}

// -----

func.func @index_result_type(%t: !torch.tuple<int, float>) {
  %c0 = torch.constant.int 0
  // expected-error @+1 {{'torch.prim.TupleIndex' op result type '!torch.str' is incompatible with tuple element #0 of type '!torch.int'}}
  %0 = torch.prim.TupleIndex %t, %c0 : !torch.tuple<int, float>, !torch.int -> !torch.str
  return
}

// -----

func.func @unpack_too_many(%t: !torch.tuple<int, float>) {
  // expected-error @+1 {{'torch.prim.TupleUnpack' op has 3 results but the tuple has 2 elements}}
  %0:3 = torch.prim.TupleUnpack %t : !torch.tuple<int, float> -> !torch.int, !torch.float, !torch.int
  return
}

// -----

func.func @unpack_too_few(%t: !torch.tuple<int, float>) {
  // expected-error @+1 {{'torch.prim.TupleUnpack' op has 1 results but the tuple has 2 elements}}
  %0 = torch.prim.TupleUnpack %t : !torch.tuple<int, float> -> !torch.int
  return
}
