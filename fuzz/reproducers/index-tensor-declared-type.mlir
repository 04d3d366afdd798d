// signature: internal:pipeline:torch.aten.index.Tensor:linalg.indexing.index_tensor:TypeError:rule produced a value of type T, expected T
// mode: pipeline  mutant: 1-1709 (packages/torch-mlir-core/test/Lowering/indexing.mlir#0: replace_type_everywhere)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @index_tensor(%arg0: !torch.vtensor<[2,3,4],si32>, %arg1: !torch.vtensor<[?],si64>) -> !torch.vtensor<[2,?,4],f32> {
  %none = torch.constant.none
  %0 = torch.prim.ListConstruct %none, %arg1 : (!torch.none, !torch.vtensor<[?],si64>) -> !torch.list<optional<vtensor>>
  %1 = torch.aten.index.Tensor %arg0, %0 : !torch.vtensor<[2,3,4],si32>, !torch.list<optional<vtensor>> -> !torch.vtensor<[2,?,4],f32>
  return %1 : !torch.vtensor<[2,?,4],f32>
}
