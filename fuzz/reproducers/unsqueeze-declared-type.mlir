// signature: internal:pipeline:torch.aten.unsqueeze:linalg.views.unsqueeze:TypeError:rule produced a value of type T, expected T
// mode: pipeline  mutant: 1-1707 (packages/torch-mlir-core/test/Lowering/views.mlir#11: retype_result, retype_result)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @unsqueeze(%arg0: !torch.vtensor<[?,?],f32>) -> !torch.vtensor<[?,2],f32> {
  %int-1 = torch.constant.int -1
  %0 = torch.aten.unsqueeze %arg0, %int-1 : !torch.vtensor<[?,?],f32>, !torch.int -> !torch.vtensor<[?,2],f32>
  return %0 : !torch.vtensor<[?,2],f32>
}
