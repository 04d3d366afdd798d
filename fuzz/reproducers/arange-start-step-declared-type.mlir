// signature: internal:pipeline:torch.aten.arange.start_step:linalg.creation.arange:TypeError:rule produced a value of type T, expected T
// mode: pipeline  mutant: 1-354 (packages/torch-mlir-core/test/Lowering/creation.mlir#9: replace_type_everywhere, replace_type_everywhere)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @arange_float() -> !torch.vtensor<[4,3,7],f32> {
  %float0 = torch.constant.float 0.0
  %float1 = torch.constant.float 1.0
  %float03 = torch.constant.float 0.3
  %none = torch.constant.none
  %0 = torch.aten.arange.start_step %float0, %float1, %float03, %none, %none, %none, %none : !torch.float, !torch.float, !torch.float, !torch.none, !torch.none, !torch.none, !torch.none -> !torch.vtensor<[4,3,7],f32>
  return %0 : !torch.vtensor<[4,3,7],f32>
}
