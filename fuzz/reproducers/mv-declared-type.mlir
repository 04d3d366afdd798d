// signature: internal:pipeline:torch.aten.mv:linalg.linear.mv:TypeError:rule produced a value of type T, expected T
// mode: pipeline  mutant: 1-2282 (packages/torch-mlir-core/test/Lowering/linear.mlir#12: zero_dim, retype_result)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @mv(%a: !torch.vtensor<[?,3],f32>, %b: !torch.vtensor<[3],f32>) -> !torch.vtensor<[2,0],f32> {
  %0 = torch.aten.mv %a, %b : !torch.vtensor<[?,3],f32>, !torch.vtensor<[3],f32> -> !torch.vtensor<[2,0],f32>
  return %0 : !torch.vtensor<[2,0],f32>
}
