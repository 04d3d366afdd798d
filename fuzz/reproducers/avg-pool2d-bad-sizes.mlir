// signature: internal:pipeline:torch.aten.avg_pool2d:linalg.pooling.avg_pool2d:MLIRError:Invalid type:
// mode: pipeline  mutant: 0-1270 (packages/torch-mlir-core/test/Lowering/pooling.mlir#10: int_constant, dynamic_or_huge_dim)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @avg_pool2d_divisor(%x: !torch.vtensor<[1,3,8,8],f32>) -> !torch.vtensor<[1,3,?,4],f32> {
  %c1 = torch.constant.int -4
  %c2 = torch.constant.int 2
  %c3 = torch.constant.int 3
  %k = torch.prim.ListConstruct %c3, %c3 : (!torch.int, !torch.int) -> !torch.list<int>
  %s = torch.prim.ListConstruct %c2, %c2 : (!torch.int, !torch.int) -> !torch.list<int>
  %p = torch.prim.ListConstruct %c1, %c1 : (!torch.int, !torch.int) -> !torch.list<int>
  %ceil = torch.constant.bool false
  %incl = torch.constant.bool true
  %div = torch.constant.int 5
  %0 = torch.aten.avg_pool2d %x, %k, %s, %p, %ceil, %incl, %div : !torch.vtensor<[1,3,8,8],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.bool, !torch.int -> !torch.vtensor<[1,3,?,4],f32>
  return %0 : !torch.vtensor<[1,3,?,4],f32>
}
