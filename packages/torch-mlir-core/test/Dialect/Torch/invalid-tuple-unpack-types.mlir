// RUN: torch-mlir-opt %s -split-input-file -verify-diagnostics
// XFAIL: *
// Bug: PrimTupleUnpackOp::verify checks only the result count, not the result
// types (TupleIndex and ListUnpack do check theirs), so unpacking a
// tuple<int, float> into two !torch.str verifies.

func.func @unpack_wrong_types(%t: !torch.tuple<int, float>) {
  // expected-error @+1 {{'torch.prim.TupleUnpack' op result #0 of type '!torch.str'}}
  %0:2 = torch.prim.TupleUnpack %t : !torch.tuple<int, float> -> !torch.str, !torch.str
  return
}
