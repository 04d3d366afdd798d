// signature: internal:pipeline:torch.aten.linear:linalg.linear.linear:TypeError:rule produced a value of type T, expected T
// mode: pipeline  mutant: 1-380 (packages/torch-mlir-core/test/Lowering/linear.mlir#10: replace_type_everywhere, zero_dim)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @linear_no_bias(%x: !torch.vtensor<[2,0],f32>, %w: !torch.vtensor<[3],f32>) -> !torch.vtensor<[2,4],f32> {
  %none = torch.constant.none
  %0 = torch.aten.linear %x, %w, %none : !torch.vtensor<[2,0],f32>, !torch.vtensor<[3],f32>, !torch.none -> !torch.vtensor<[2,4],f32>
  return %0 : !torch.vtensor<[2,4],f32>
}
