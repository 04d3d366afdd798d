// signature: internal:pipeline:torch.aten.flatten.using_ints:linalg.views.flatten:TypeError:rule produced a value of type T, expected T>
// mode: pipeline  mutant: 1-543 (packages/torch-mlir-core/test/Lowering/views.mlir#6: retype_result)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @flatten(%arg0: !torch.vtensor<[?,3,4],f32>) -> !torch.vtensor<[?,12],complex<f32>> {
  %int1 = torch.constant.int 1
  %int-1 = torch.constant.int -1
  %0 = torch.aten.flatten.using_ints %arg0, %int1, %int-1 : !torch.vtensor<[?,3,4],f32>, !torch.int, !torch.int -> !torch.vtensor<[?,12],complex<f32>>
  return %0 : !torch.vtensor<[?,12],complex<f32>>
}
