// signature: internal:pipeline:torch.aten.clone:linalg.elementwise.cast:TypeError:rule produced a value of type T, expected T
// mode: pipeline  mutant: 1-3417 (packages/torch-mlir-core/test/Lowering/elementwise.mlir#28: retype_result)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @same_dtype_copy_is_free(%arg0: !torch.vtensor<[?],f32>) -> !torch.vtensor<[?,7],f32> {
  %none = torch.constant.none
  %0 = torch.aten.clone %arg0, %none : !torch.vtensor<[?],f32>, !torch.none -> !torch.vtensor<[?,7],f32>
  return %0 : !torch.vtensor<[?,7],f32>
}
