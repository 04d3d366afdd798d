// signature: internal:pipeline:torch.aten.replication_pad2d:linalg.views.lower:TypeError:rule produced a value of type T, expected T
// mode: pipeline  mutant: 1-1149 (packages/torch-mlir-core/test/Lowering/views.mlir#37: retype_result)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @replication_pad2d(%arg0: !torch.vtensor<[1,2,3,4],f32>) -> !torch.vtensor<[1,2,5,7],ui8> {
  %int1 = torch.constant.int 1
  %int2 = torch.constant.int 2
  %0 = torch.prim.ListConstruct %int1, %int2, %int1, %int1 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
  %1 = torch.aten.replication_pad2d %arg0, %0 : !torch.vtensor<[1,2,3,4],f32>, !torch.list<int> -> !torch.vtensor<[1,2,5,7],ui8>
  return %1 : !torch.vtensor<[1,2,5,7],ui8>
}
