// signature: internal:pipeline:torch.aten._adaptive_avg_pool2d:linalg.pooling.<lambda>:ValueError:max() arg is an empty sequence
// mode: pipeline  mutant: 0-147 (packages/torch-mlir-core/test/Lowering/pooling.mlir#16: zero_dim, int_constant, retype_result)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @adaptive_avg_pool2d_uneven(%x: !torch.vtensor<[?,3,?,0],f32>) -> !torch.vtensor<[?,3,5],f32> {
  %c3 = torch.constant.int 3
  %c5 = torch.constant.int 0
  %size = torch.prim.ListConstruct %c3, %c5 : (!torch.int, !torch.int) -> !torch.list<int>
  %0 = torch.aten._adaptive_avg_pool2d %x, %size : !torch.vtensor<[?,3,?,0],f32>, !torch.list<int> -> !torch.vtensor<[?,3,5],f32>
  return %0 : !torch.vtensor<[?,3,5],f32>
}
