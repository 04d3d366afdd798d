// signature: internal:pipeline:torch.aten.sum:linalg.reductions.sum_all:TypeError:rule produced a value of type T, expected T
// mode: pipeline  mutant: 1-437 (packages/torch-mlir-core/test/Lowering/reductions.mlir#2: retype_result)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @sum_full_f16(%x: !torch.vtensor<[?,8],f16>) -> !torch.vtensor<[?],f16> {
  %none = torch.constant.none
  %0 = torch.aten.sum %x, %none : !torch.vtensor<[?,8],f16>, !torch.none -> !torch.vtensor<[?],f16>
  return %0 : !torch.vtensor<[?],f16>
}
