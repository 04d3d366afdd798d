// signature: internal:pipeline:torch.aten.triu:linalg.creation.tril_triu:TypeError:rule produced a value of type T, expected T
// mode: pipeline  mutant: 0-883 (packages/torch-mlir-core/test/Lowering/creation.mlir#15: retype_result)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @triu(%arg0: !torch.vtensor<[3,3],si64>) -> !torch.vtensor<[3,7,3],si64> {
  %int1 = torch.constant.int 1
  %0 = torch.aten.triu %arg0, %int1 : !torch.vtensor<[3,3],si64>, !torch.int -> !torch.vtensor<[3,7,3],si64>
  return %0 : !torch.vtensor<[3,7,3],si64>
}
