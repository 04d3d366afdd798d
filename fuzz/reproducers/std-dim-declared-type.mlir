// signature: internal:pipeline:torch.aten.std.dim:linalg.reductions.std:TypeError:rule produced a value of type T, expected T
// mode: pipeline  mutant: 0-892 (packages/torch-mlir-core/test/Lowering/reductions.mlir#14: bool_flip)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @std_dynamic(%x: !torch.vtensor<[?,?],f32>) -> !torch.vtensor<[?,1],f32> {
  %int1 = torch.constant.int 1
  %true = torch.constant.bool false
  %dims = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %0 = torch.aten.std.dim %x, %dims, %true, %true : !torch.vtensor<[?,?],f32>, !torch.list<int>, !torch.bool, !torch.bool -> !torch.vtensor<[?,1],f32>
  return %0 : !torch.vtensor<[?,1],f32>
}
