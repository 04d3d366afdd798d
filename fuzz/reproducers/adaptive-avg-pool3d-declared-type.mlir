// signature: internal:pipeline:torch.aten._adaptive_avg_pool3d:linalg.pooling.<lambda>:TypeError:rule produced a value of type T, expected T
// mode: pipeline  mutant: 1-3627 (packages/torch-mlir-core/test/Lowering/pooling.mlir#17: retype_result)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @adaptive_avg_pool3d(%x: !torch.vtensor<[1,2,5,7,4],f32>) -> !torch.vtensor<[1,2,1,2,3,2],f32> {
  %c2 = torch.constant.int 2
  %c3 = torch.constant.int 3
  %size = torch.prim.ListConstruct %c2, %c3, %c2 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
  %0 = torch.aten._adaptive_avg_pool3d %x, %size : !torch.vtensor<[1,2,5,7,4],f32>, !torch.list<int> -> !torch.vtensor<[1,2,1,2,3,2],f32>
  return %0 : !torch.vtensor<[1,2,1,2,3,2],f32>
}
