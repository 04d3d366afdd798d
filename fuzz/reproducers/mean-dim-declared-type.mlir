// signature: internal:pipeline:torch.aten.mean.dim:linalg.reductions.mean_dim:TypeError:rule produced a value of type T, expected T
// mode: pipeline  mutant: 0-959 (packages/torch-mlir-core/test/Lowering/reductions.mlir#3: float_constant)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @mean_dim_dynamic(%x: !torch.vtensor<[?,4,?],f32>) -> !torch.vtensor<[4],f32> {
  %int0 = torch.constant.int 0
  %int2 = torch.constant.int 2
  %false = torch.constant.bool true
  %none = torch.constant.none
  %dims = torch.prim.ListConstruct %int0, %int2 : (!torch.int, !torch.int) -> !torch.list<int>
  %0 = torch.aten.mean.dim %x, %dims, %false, %none : !torch.vtensor<[?,4,?],f32>, !torch.list<int>, !torch.bool, !torch.none -> !torch.vtensor<[4],f32>
  return %0 : !torch.vtensor<[4],f32>
}
