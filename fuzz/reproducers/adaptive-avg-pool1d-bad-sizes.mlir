// signature: internal:pipeline:torch.aten.adaptive_avg_pool1d:linalg.pooling.<lambda>:MLIRError:Invalid type:
// mode: pipeline  mutant: 1-1745 (packages/torch-mlir-core/test/Lowering/pooling.mlir#18: dynamic_or_huge_dim, int_constant)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @adaptive_avg_pool1d(%x: !torch.vtensor<[2,-1,10],f32>) -> !torch.vtensor<[2,3,4],f32> {
  %c4 = torch.constant.int -1
  %size = torch.prim.ListConstruct %c4 : (!torch.int) -> !torch.list<int>
  %0 = torch.aten.adaptive_avg_pool1d %x, %size : !torch.vtensor<[2,-1,10],f32>, !torch.list<int> -> !torch.vtensor<[2,3,4],f32>
  return %0 : !torch.vtensor<[2,3,4],f32>
}
