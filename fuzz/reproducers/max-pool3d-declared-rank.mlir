// signature: internal:pipeline:torch.aten.max_pool3d:linalg.pooling.lower:IndexError:list index out of range
// mode: pipeline  mutant: 0-53 (packages/torch-mlir-core/test/Lowering/pooling.mlir#7: retype_result, bool_flip)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @max_pool3d(%x: !torch.vtensor<[1,2,6,6,6],f32>) -> !torch.vtensor<[2,3,3,3],f32> {
  %c0 = torch.constant.int 0
  %c1 = torch.constant.int 1
  %c2 = torch.constant.int 2
  %k = torch.prim.ListConstruct %c2, %c2, %c2 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
  %s = torch.prim.ListConstruct %c2, %c2, %c2 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
  %p = torch.prim.ListConstruct %c0, %c0, %c0 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
  %d = torch.prim.ListConstruct %c1, %c1, %c1 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
  %ceil = torch.constant.bool true
  %0 = torch.aten.max_pool3d %x, %k, %s, %p, %d, %ceil : !torch.vtensor<[1,2,6,6,6],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool -> !torch.vtensor<[2,3,3,3],f32>
  return %0 : !torch.vtensor<[2,3,3,3],f32>
}
