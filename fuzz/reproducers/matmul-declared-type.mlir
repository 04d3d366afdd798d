// signature: internal:pipeline:torch.aten.matmul:linalg.linear.matmul:TypeError:rule produced a value of type T, expected T
// mode: pipeline  mutant: 1-4651 (packages/torch-mlir-core/test/Lowering/linear.mlir#13: retype_result, zero_dim)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @matmul_vec_mat(%a: !torch.vtensor<[3],f32>, %b: !torch.vtensor<[3,0],f32>) -> !torch.vtensor<[],f32> {
  %0 = torch.aten.matmul %a, %b : !torch.vtensor<[3],f32>, !torch.vtensor<[3,0],f32> -> !torch.vtensor<[],f32>
  return %0 : !torch.vtensor<[],f32>
}
