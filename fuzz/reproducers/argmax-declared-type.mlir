// signature: internal:pipeline:torch.aten.argmax:linalg.reductions.argmax:TypeError:rule produced a value of type T, expected T
// mode: pipeline  mutant: 1-4408 (packages/torch-mlir-core/test/Lowering/reductions.mlir#11: replace_type_everywhere, bool_flip)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @argmax_full_dynamic(%x: !torch.vtensor<[?,?],f32>) -> !torch.vtensor<[],si8> {
  %none = torch.constant.none
  %false = torch.constant.bool true
  %0 = torch.aten.argmax %x, %none, %false : !torch.vtensor<[?,?],f32>, !torch.none, !torch.bool -> !torch.vtensor<[],si8>
  return %0 : !torch.vtensor<[],si8>
}
