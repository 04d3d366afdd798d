// RUN: torch-mlir-opt %s -split-input-file -verify-diagnostics -torch-maximize-value-semantics

// Another view of the base, made before the update and used after it, would
// see the update: not rewritten, reported at the op.
func.func @other_alias(%x: !torch.tensor<[3,7],f32>) -> (!torch.tensor, !torch.tensor) {
  %none = torch.constant.none
  %int0 = torch.constant.int 0
  %int1 = torch.constant.int 1
  %y = torch.aten.clone %x, %none : !torch.tensor<[3,7],f32>, !torch.none -> !torch.tensor
  %t = torch.aten.transpose.int %y, %int0, %int1 : !torch.tensor, !torch.int, !torch.int -> !torch.tensor
  %0 = torch.aten.select.int %y, %int0, %int1 : !torch.tensor, !torch.int, !torch.int -> !torch.tensor
  // expected-error @below {{in-place 'torch.aten.fill_.Scalar' mutates a tensor that a view aliases; write it out of place}}
  %1 = torch.aten.fill_.Scalar %0, %int1 : !torch.tensor, !torch.int -> !torch.tensor
  return %y, %t : !torch.tensor, !torch.tensor
}
// expected-error @unknown {{1 op(s) mutate tensors in a way that cannot be converted to value semantics}}
