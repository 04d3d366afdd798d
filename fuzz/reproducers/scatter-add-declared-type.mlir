// signature: internal:pipeline:torch.aten.scatter_add:linalg.indexing.scatter_add:TypeError:rule produced a value of type T, expected T
// mode: pipeline  mutant: 1-440 (packages/torch-mlir-core/test/Lowering/indexing.mlir#7: retype_result)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @scatter_add(%arg0: !torch.vtensor<[3,4],si32>, %arg1: !torch.vtensor<[2,4],si64>, %arg2: !torch.vtensor<[2,4],si32>) -> !torch.vtensor<[3,4],f16> {
  %int0 = torch.constant.int 0
  %0 = torch.aten.scatter_add %arg0, %int0, %arg1, %arg2 : !torch.vtensor<[3,4],si32>, !torch.int, !torch.vtensor<[2,4],si64>, !torch.vtensor<[2,4],si32> -> !torch.vtensor<[3,4],f16>
  return %0 : !torch.vtensor<[3,4],f16>
}
