// signature: internal:pipeline:torch.aten.index_select:linalg.indexing.index_select:TypeError:rule produced a value of type T, expected T
// mode: pipeline  mutant: 1-4468 (packages/torch-mlir-core/test/Lowering/indexing.mlir#2: replace_type_everywhere)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @index_select(%arg0: !torch.vtensor<[?,4],f32>, %arg1: !torch.vtensor<[?],si64>) -> !torch.vtensor<[?,?],si32> {
  %int1 = torch.constant.int 1
  %0 = torch.aten.index_select %arg0, %int1, %arg1 : !torch.vtensor<[?,4],f32>, !torch.int, !torch.vtensor<[?],si64> -> !torch.vtensor<[?,?],si32>
  return %0 : !torch.vtensor<[?,?],si32>
}
