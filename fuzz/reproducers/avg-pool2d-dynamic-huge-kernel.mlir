// signature: internal:pipeline:torch.aten.avg_pool2d:linalg.pooling.avg_pool2d:TypeError:get(): incompatible function arguments. The following argume
// mode: pipeline  mutant: 0-10 (packages/torch-mlir-core/test/Lowering/pooling.mlir#12: dynamic_or_huge_dim, bool_flip, int_constant)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @avg_pool2d_int(%x: !torch.vtensor<[1,3,?,8],si64>) -> !torch.vtensor<[1,3,4,4],si64> {
  %c0 = torch.constant.int 0
  %c2 = torch.constant.int 9223372036854775807
  %k = torch.prim.ListConstruct %c2, %c2 : (!torch.int, !torch.int) -> !torch.list<int>
  %s = torch.prim.ListConstruct %c2, %c2 : (!torch.int, !torch.int) -> !torch.list<int>
  %p = torch.prim.ListConstruct %c0, %c0 : (!torch.int, !torch.int) -> !torch.list<int>
  %ceil = torch.constant.bool true
  %incl = torch.constant.bool true
  %div = torch.constant.none
  %0 = torch.aten.avg_pool2d %x, %k, %s, %p, %ceil, %incl, %div : !torch.vtensor<[1,3,?,8],si64>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.bool, !torch.none -> !torch.vtensor<[1,3,4,4],si64>
  return %0 : !torch.vtensor<[1,3,4,4],si64>
}

