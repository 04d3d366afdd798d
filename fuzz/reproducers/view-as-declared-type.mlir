// signature: internal:pipeline:torch.aten.view_as:linalg.views.view_as:TypeError:rule produced a value of type T, expected T
// mode: pipeline  mutant: 0-1360 (packages/torch-mlir-core/test/Lowering/views.mlir#49: retype_result)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @view_as(%arg0: !torch.vtensor<[?],f32>, %arg1: !torch.vtensor<[?,4],f32>) -> !torch.vtensor<[?,4],si8> {
  %0 = torch.aten.view_as %arg0, %arg1 : !torch.vtensor<[?],f32>, !torch.vtensor<[?,4],f32> -> !torch.vtensor<[?,4],si8>
  return %0 : !torch.vtensor<[?,4],si8>
}
