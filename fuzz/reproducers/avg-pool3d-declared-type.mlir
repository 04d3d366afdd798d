// signature: internal:pipeline:torch.aten.avg_pool3d:linalg.pooling.avg_pool3d:TypeError:rule produced a value of type T, expected T
// mode: pipeline  mutant: 1-3736 (packages/torch-mlir-core/test/Lowering/pooling.mlir#14: retype_result, bool_flip)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @avg_pool3d_ceil(%x: !torch.vtensor<[1,2,5,5,5],f32>) -> !torch.vtensor<[7,1,2,3,3,3],f32> {
  %c0 = torch.constant.int 0
  %c2 = torch.constant.int 2
  %k = torch.prim.ListConstruct %c2, %c2, %c2 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
  %s = torch.prim.ListConstruct %c2, %c2, %c2 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
  %p = torch.prim.ListConstruct %c0, %c0, %c0 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
  %ceil = torch.constant.bool false
  %incl = torch.constant.bool true
  %div = torch.constant.none
  %0 = torch.aten.avg_pool3d %x, %k, %s, %p, %ceil, %incl, %div : !torch.vtensor<[1,2,5,5,5],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.bool, !torch.none -> !torch.vtensor<[7,1,2,3,3,3],f32>
  return %0 : !torch.vtensor<[7,1,2,3,3,3],f32>
}
