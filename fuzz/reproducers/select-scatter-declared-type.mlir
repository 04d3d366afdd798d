// signature: internal:pipeline:torch.aten.select_scatter:linalg.views.select_scatter:TypeError:rule produced a value of type T, expected T>
// mode: pipeline  mutant: 0-399 (packages/torch-mlir-core/test/Lowering/views.mlir#44: retype_result)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @select_scatter(%arg0: !torch.vtensor<[2,3],f32>, %arg1: !torch.vtensor<[2],f32>) -> !torch.vtensor<[2,3],complex<f32>> {
  %int1 = torch.constant.int 1
  %int-1 = torch.constant.int -1
  %0 = torch.aten.select_scatter %arg0, %arg1, %int1, %int-1 : !torch.vtensor<[2,3],f32>, !torch.vtensor<[2],f32>, !torch.int, !torch.int -> !torch.vtensor<[2,3],complex<f32>>
  return %0 : !torch.vtensor<[2,3],complex<f32>>
}
