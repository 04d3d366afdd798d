// signature: internal:pipeline:torch.aten._adaptive_avg_pool2d:linalg.pooling.<lambda>:MLIRError:Invalid type:
// mode: pipeline  mutant: 1-1292 (packages/torch-mlir-core/test/Lowering/pooling.mlir#15: int_constant)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @adaptive_avg_pool2d_even(%x: !torch.vtensor<[?,3,8,8],f32>) -> !torch.vtensor<[?,3,2,4],f32> {
  %c2 = torch.constant.int 2
  %c4 = torch.constant.int -1
  %size = torch.prim.ListConstruct %c2, %c4 : (!torch.int, !torch.int) -> !torch.list<int>
  %0 = torch.aten._adaptive_avg_pool2d %x, %size : !torch.vtensor<[?,3,8,8],f32>, !torch.list<int> -> !torch.vtensor<[?,3,2,4],f32>
  return %0 : !torch.vtensor<[?,3,2,4],f32>
}
