// signature: internal:pipeline:torch.aten.linalg_vector_norm:linalg.reductions.linalg_vector_norm:TypeError:rule produced a value of type T, expected T
// mode: pipeline  mutant: 1-1590 (packages/torch-mlir-core/test/Lowering/reductions.mlir#16: float_constant, bool_flip)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @vector_norms(%x: !torch.vtensor<[?,4],f32>) -> (!torch.vtensor<[?],f32>, !torch.vtensor<[?],f32>, !torch.vtensor<[],f32>) {
  %int1 = torch.constant.int 1
  %int2 = torch.constant.int 2
  %int3 = torch.constant.int 3
  %inf = torch.constant.float -0.0
  %false = torch.constant.bool true
  %none = torch.constant.none
  %dims = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %0 = torch.aten.linalg_vector_norm %x, %int2, %dims, %false, %none : !torch.vtensor<[?,4],f32>, !torch.int, !torch.list<int>, !torch.bool, !torch.none -> !torch.vtensor<[?],f32>
  %1 = torch.aten.linalg_vector_norm %x, %inf, %dims, %false, %none : !torch.vtensor<[?,4],f32>, !torch.float, !torch.list<int>, !torch.bool, !torch.none -> !torch.vtensor<[?],f32>
  %2 = torch.aten.linalg_vector_norm %x, %int3, %none, %false, %none : !torch.vtensor<[?,4],f32>, !torch.int, !torch.none, !torch.bool, !torch.none -> !torch.vtensor<[],f32>
  return %0, %1, %2 : !torch.vtensor<[?],f32>, !torch.vtensor<[?],f32>, !torch.vtensor<[],f32>
}
