// TEMPORARY STUB (overwritten by the generator).
def Torch_AtenMmOp : Torch_GeneratedOp<"aten.mm", [AllowsTypeRefinement, HasValueSemantics, ReadOnly, Pure]> {
  let summary = "Generated op for `aten::mm : (Tensor, Tensor) -> (Tensor)`";
  let arguments = (ins AnyTorchTensorType:$self, AnyTorchTensorType:$mat2);
  let results = (outs AnyTorchTensorType:$result);
}
