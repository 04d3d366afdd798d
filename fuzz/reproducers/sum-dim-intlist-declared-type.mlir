// signature: internal:pipeline:torch.aten.sum.dim_IntList:linalg.reductions.sum_dim:TypeError:rule produced a value of type T, expected T
// mode: pipeline  mutant: 1-4989 (packages/torch-mlir-core/test/Lowering/reductions.mlir#0: bool_flip)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @sum_dim(%x: !torch.vtensor<[3,4,5],f32>) -> !torch.vtensor<[3,5],f32> {
  %int1 = torch.constant.int 1
  %false = torch.constant.bool true
  %none = torch.constant.none
  %dims = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %0 = torch.aten.sum.dim_IntList %x, %dims, %false, %none : !torch.vtensor<[3,4,5],f32>, !torch.list<int>, !torch.bool, !torch.none -> !torch.vtensor<[3,5],f32>
  return %0 : !torch.vtensor<[3,5],f32>
}
