// signature: crash:pipeline:Assertion `isa<To>(Val) && "cast<Ty>() argument of incompatible type!"' failed
// mode: pipeline  mutant: 1-1948 (packages/torch-mlir-core/test/Lowering/pooling.mlir#0: int_constant, dynamic_or_huge_dim, duplicate_line)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @max_pool2d(%x: !torch.vtensor<[1,3,8,8],f32>) -> !torch.vtensor<[1,3,4,?],f32> {
  %c1 = torch.constant.int 1
  %c2 = torch.constant.int -9223372036854775808
  %c3 = torch.constant.int 3
  %k = torch.prim.ListConstruct %c3, %c3 : (!torch.int, !torch.int) -> !torch.list<int>
  %s = torch.prim.ListConstruct %c2, %c2 : (!torch.int, !torch.int) -> !torch.list<int>
  %p = torch.prim.ListConstruct %c1, %c1 : (!torch.int, !torch.int) -> !torch.list<int>
  %d = torch.prim.ListConstruct %c1, %c1 : (!torch.int, !torch.int) -> !torch.list<int>
  %ceil = torch.constant.bool false
  %0 = torch.aten.max_pool2d %x, %k, %s, %p, %d, %ceil : !torch.vtensor<[1,3,8,8],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool -> !torch.vtensor<[1,3,4,?],f32>
  return %0 : !torch.vtensor<[1,3,4,?],f32>
}
