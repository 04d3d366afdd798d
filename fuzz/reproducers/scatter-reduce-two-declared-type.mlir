// signature: internal:pipeline:torch.aten.scatter_reduce.two:linalg.indexing.scatter_reduce:TypeError:rule produced a value of type T, expected T
// mode: pipeline  mutant: 1-2270 (packages/torch-mlir-core/test/Lowering/indexing.mlir#9: retype_result, retype_result)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @scatter_reduce_mean(%arg0: !torch.vtensor<[?,4],f32>, %arg1: !torch.vtensor<[2,4],si64>, %arg2: !torch.vtensor<[2,4],f32>) -> !torch.vtensor<[3,?,4],f32> {
  %int0 = torch.constant.int 0
  %str = torch.constant.str "mean"
  %true = torch.constant.bool true
  %0 = torch.aten.scatter_reduce.two %arg0, %int0, %arg1, %arg2, %str, %true : !torch.vtensor<[?,4],f32>, !torch.int, !torch.vtensor<[2,4],si64>, !torch.vtensor<[2,4],f32>, !torch.str, !torch.bool -> !torch.vtensor<[3,?,4],f32>
  return %0 : !torch.vtensor<[3,?,4],f32>
}
