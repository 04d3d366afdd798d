// signature: internal:pipeline:torch.aten.select.int:linalg.views.select_int:TypeError:rule produced a value of type T, expected T
// mode: pipeline  mutant: 1-2074 (packages/torch-mlir-core/test/Lowering/views.mlir#20: retype_result)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @select(%arg0: !torch.vtensor<[2,3,4],f32>) -> !torch.vtensor<[2],f32> {
  %int1 = torch.constant.int 1
  %int-1 = torch.constant.int -1
  %0 = torch.aten.select.int %arg0, %int1, %int-1 : !torch.vtensor<[2,3,4],f32>, !torch.int, !torch.int -> !torch.vtensor<[2],f32>
  return %0 : !torch.vtensor<[2],f32>
}
