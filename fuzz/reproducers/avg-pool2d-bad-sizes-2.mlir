// signature: internal:pipeline:torch.aten.avg_pool2d:linalg.pooling.avg_pool2d:TypeError:get(): incompatible function arguments. The following argume
// mode: pipeline  mutant: 1-4353 (packages/torch-mlir-core/test/Lowering/pooling.mlir#11: int_constant)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @avg_pool2d_f16(%x: !torch.vtensor<[1,3,8,8],f16>) -> !torch.vtensor<[1,3,4,4],f16> {
  %c0 = torch.constant.int 0
  %c2 = torch.constant.int -9223372036854775808
  %k = torch.prim.ListConstruct %c2, %c2 : (!torch.int, !torch.int) -> !torch.list<int>
  %s = torch.prim.ListConstruct %c2, %c2 : (!torch.int, !torch.int) -> !torch.list<int>
  %p = torch.prim.ListConstruct %c0, %c0 : (!torch.int, !torch.int) -> !torch.list<int>
  %ceil = torch.constant.bool false
  %incl = torch.constant.bool true
  %div = torch.constant.none
  %0 = torch.aten.avg_pool2d %x, %k, %s, %p, %ceil, %incl, %div : !torch.vtensor<[1,3,8,8],f16>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.bool, !torch.none -> !torch.vtensor<[1,3,4,4],f16>
  return %0 : !torch.vtensor<[1,3,4,4],f16>
}
