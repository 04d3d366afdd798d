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

// -----

// A mutable argument written in a nested region: reported at the write.
func.func @argument_written_in_region(%x: !torch.tensor<[2],f32>, %c: !torch.bool) -> !torch.vtensor<[2],f32> {
  %0 = torch.copy.to_vtensor %x : !torch.tensor<[2],f32> -> !torch.vtensor<[2],f32>
  torch.prim.If %c -> () {
    %1 = torch.aten.neg %0 : !torch.vtensor<[2],f32> -> !torch.vtensor<[2],f32>
    // expected-error @below {{argument 0 is mutated by the program and also used by 'torch.overwrite.tensor.contents' in a nested region}}
    torch.overwrite.tensor.contents %1 overwrites %x : !torch.vtensor<[2],f32>, !torch.tensor<[2],f32>
    torch.prim.If.yield
  } else {
    torch.prim.If.yield
  }
  return %0 : !torch.vtensor<[2],f32>
}
// expected-error @unknown {{1 op(s) mutate tensors in a way that cannot be converted to value semantics}}
