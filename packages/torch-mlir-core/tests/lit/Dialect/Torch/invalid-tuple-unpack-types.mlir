// RUN: torch-mlir-opt %s -split-input-file -verify-diagnostics

// prim.TupleUnpack result types must be compatible with the tuple's element
// types (as for prim.TupleIndex and prim.ListUnpack).

func.func @unpack_wrong_types(%t: !torch.tuple<int, float>) {
  // expected-error @+1 {{'torch.prim.TupleUnpack' op result #0 of type '!torch.str'}}
  %0:2 = torch.prim.TupleUnpack %t : !torch.tuple<int, float> -> !torch.str, !torch.str
  return
}
