// signature: internal:pipeline:torch.aten.unfold:linalg.views.unfold:TypeError:rule produced a value of type T, expected T>
// mode: pipeline  mutant: 1-505 (packages/torch-mlir-core/test/Lowering/views.mlir#41: retype_result)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @unfold(%arg0: !torch.vtensor<[?,7],f32>) -> !torch.vtensor<[?,3,3],complex<f32>> {
  %int1 = torch.constant.int 1
  %int3 = torch.constant.int 3
  %int2 = torch.constant.int 2
  %0 = torch.aten.unfold %arg0, %int1, %int3, %int2 : !torch.vtensor<[?,7],f32>, !torch.int, !torch.int, !torch.int -> !torch.vtensor<[?,3,3],complex<f32>>
  return %0 : !torch.vtensor<[?,3,3],complex<f32>>
}
