// signature: internal:pipeline:torch.aten.max_pool1d:linalg.pooling.lower:TypeError:rule produced a value of type T, expected T
// mode: pipeline  mutant: 0-957 (packages/torch-mlir-core/test/Lowering/pooling.mlir#6: int_constant, replace_type_everywhere)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @max_pool1d(%x: !torch.vtensor<[?,3,9],si32>) -> !torch.vtensor<[?,3,4],f32> {
  %c0 = torch.constant.int 0
  %c1 = torch.constant.int -2
  %c2 = torch.constant.int 2
  %c3 = torch.constant.int 3
  %k = torch.prim.ListConstruct %c3 : (!torch.int) -> !torch.list<int>
  %s = torch.prim.ListConstruct %c2 : (!torch.int) -> !torch.list<int>
  %p = torch.prim.ListConstruct %c0 : (!torch.int) -> !torch.list<int>
  %d = torch.prim.ListConstruct %c1 : (!torch.int) -> !torch.list<int>
  %ceil = torch.constant.bool false
  %0 = torch.aten.max_pool1d %x, %k, %s, %p, %d, %ceil : !torch.vtensor<[?,3,9],si32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool -> !torch.vtensor<[?,3,4],f32>
  return %0 : !torch.vtensor<[?,3,4],f32>
}
