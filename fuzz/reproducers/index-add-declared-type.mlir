// signature: internal:pipeline:torch.aten.index_add:linalg.indexing.index_add:TypeError:rule produced a value of type T, expected T
// mode: pipeline  mutant: 1-2385 (packages/torch-mlir-core/test/Lowering/indexing.mlir#12: retype_result)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @index_add(%arg0: !torch.vtensor<[?,4],f32>, %arg1: !torch.vtensor<[3],si64>, %arg2: !torch.vtensor<[3,4],f32>) -> !torch.vtensor<[?,4],f64> {
  %int0 = torch.constant.int 0
  %int1 = torch.constant.int 1
  %0 = torch.aten.index_add %arg0, %int0, %arg1, %arg2, %int1 : !torch.vtensor<[?,4],f32>, !torch.int, !torch.vtensor<[3],si64>, !torch.vtensor<[3,4],f32>, !torch.int -> !torch.vtensor<[?,4],f64>
  return %0 : !torch.vtensor<[?,4],f64>
}
