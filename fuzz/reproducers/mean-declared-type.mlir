// signature: internal:pipeline:torch.aten.mean:linalg.reductions.mean_all:TypeError:rule produced a value of type T, expected T
// mode: pipeline  mutant: 0-1037 (packages/torch-mlir-core/test/Lowering/reductions.mlir#4: zero_dim, retype_result)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @mean_full(%x: !torch.vtensor<[0,4],f32>) -> !torch.vtensor<[0],f32> {
  %none = torch.constant.none
  %0 = torch.aten.mean %x, %none : !torch.vtensor<[0,4],f32>, !torch.none -> !torch.vtensor<[0],f32>
  return %0 : !torch.vtensor<[0],f32>
}
