// signature: internal:pipeline:torch.aten.index_put:linalg.indexing.index_put:TypeError:rule produced a value of type T, expected T
// mode: pipeline  mutant: 1-4551 (packages/torch-mlir-core/test/Lowering/indexing.mlir#20: retype_result)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @index_put_bool_mask(%arg0: !torch.vtensor<[?,3],f32>, %arg1: !torch.vtensor<[?],i1>, %arg2: !torch.vtensor<[3],f32>) -> !torch.vtensor<[?,3],ui8> {
  %false = torch.constant.bool false
  %0 = torch.prim.ListConstruct %arg1 : (!torch.vtensor<[?],i1>) -> !torch.list<optional<vtensor>>
  %1 = torch.aten.index_put %arg0, %0, %arg2, %false : !torch.vtensor<[?,3],f32>, !torch.list<optional<vtensor>>, !torch.vtensor<[3],f32>, !torch.bool -> !torch.vtensor<[?,3],ui8>
  return %1 : !torch.vtensor<[?,3],ui8>
}
