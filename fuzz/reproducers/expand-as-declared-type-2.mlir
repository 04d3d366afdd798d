// signature: internal:pipeline:torch.aten.expand_as:linalg.views.expand_as:TypeError:rule produced a value of type T, expected T>
// mode: pipeline  mutant: 1-582 (packages/torch-mlir-core/test/Lowering/views.mlir#48: retype_result)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @expand_as(%arg0: !torch.vtensor<[3],f32>, %arg1: !torch.vtensor<[?,3],f32>) -> !torch.vtensor<[?,3],complex<f32>> {
  %0 = torch.aten.expand_as %arg0, %arg1 : !torch.vtensor<[3],f32>, !torch.vtensor<[?,3],f32> -> !torch.vtensor<[?,3],complex<f32>>
  return %0 : !torch.vtensor<[?,3],complex<f32>>
}
