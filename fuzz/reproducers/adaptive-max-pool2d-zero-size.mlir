// signature: internal:pipeline:torch.aten.adaptive_max_pool2d:linalg.pooling.<lambda>:ValueError:max() arg is an empty sequence
// mode: pipeline  mutant: 1-1616 (packages/torch-mlir-core/test/Lowering/pooling.mlir#19: int_constant, int_constant)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @adaptive_max_pool2d(%x: !torch.vtensor<[2,3,8,?],f32>) -> (!torch.vtensor<[2,3,3,5],f32>, !torch.vtensor<[2,3,3,5],si64>) {
  %c3 = torch.constant.int 0
  %c5 = torch.constant.int 5
  %size = torch.prim.ListConstruct %c3, %c5 : (!torch.int, !torch.int) -> !torch.list<int>
  %0:2 = torch.aten.adaptive_max_pool2d %x, %size : !torch.vtensor<[2,3,8,?],f32>, !torch.list<int> -> !torch.vtensor<[2,3,3,5],f32>, !torch.vtensor<[2,3,3,5],si64>
  return %0#0, %0#1 : !torch.vtensor<[2,3,3,5],f32>, !torch.vtensor<[2,3,3,5],si64>
}
