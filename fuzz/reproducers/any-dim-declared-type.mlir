// signature: internal:pipeline:torch.aten.any.dim:linalg.reductions.any_all_dim:TypeError:rule produced a value of type T, expected T
// mode: pipeline  mutant: 1-4465 (packages/torch-mlir-core/test/Lowering/reductions.mlir#19: float_constant)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @any_all(%x: !torch.vtensor<[?,4],f32>, %y: !torch.vtensor<[?,4],ui8>) -> (!torch.vtensor<[?],i1>, !torch.vtensor<[],ui8>) {
  %int1 = torch.constant.int 1
  %false = torch.constant.bool true
  %0 = torch.aten.any.dim %x, %int1, %false : !torch.vtensor<[?,4],f32>, !torch.int, !torch.bool -> !torch.vtensor<[?],i1>
  %1 = torch.aten.all %y : !torch.vtensor<[?,4],ui8> -> !torch.vtensor<[],ui8>
  return %0, %1 : !torch.vtensor<[?],i1>, !torch.vtensor<[],ui8>
}
