// signature: internal:pipeline:torch.aten.t:linalg.views.t:TypeError:rule produced a value of type T, expected T
// mode: pipeline  mutant: 1-537 (packages/torch-mlir-core/test/Lowering/views.mlir#46: replace_type_everywhere)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @t_static(%arg0: !torch.vtensor<[2,3],si32>) -> !torch.vtensor<[3,2,1],si32> {
  %0 = torch.aten.t %arg0 : !torch.vtensor<[2,3],si32> -> !torch.vtensor<[3,2,1],si32>
  return %0 : !torch.vtensor<[3,2,1],si32>
}
