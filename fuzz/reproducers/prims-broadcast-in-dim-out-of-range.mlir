// signature: internal:pipeline:torch.prims.broadcast_in_dim:linalg.views.broadcast_in_dim:IndexError:list index out of range
// mode: pipeline  mutant: 0-1347 (packages/torch-mlir-core/test/Lowering/views.mlir#53: int_constant)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @broadcast_in_dim(%arg0: !torch.vtensor<[3,1],f32>) -> !torch.vtensor<[2,3,4],f32> {
  %int2 = torch.constant.int 5
  %int3 = torch.constant.int 3
  %int4 = torch.constant.int 4
  %int1 = torch.constant.int 1
  %0 = torch.prim.ListConstruct %int2, %int3, %int4 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
  %1 = torch.prim.ListConstruct %int1, %int2 : (!torch.int, !torch.int) -> !torch.list<int>
  %2 = torch.prims.broadcast_in_dim %arg0, %0, %1 : !torch.vtensor<[3,1],f32>, !torch.list<int>, !torch.list<int> -> !torch.vtensor<[2,3,4],f32>
  return %2 : !torch.vtensor<[2,3,4],f32>
}
