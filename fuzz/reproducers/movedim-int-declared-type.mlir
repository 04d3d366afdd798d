// signature: internal:pipeline:torch.aten.movedim.int:linalg.views.movedim:TypeError:rule produced a value of type T, expected T
// mode: pipeline  mutant: 1-2194 (packages/torch-mlir-core/test/Lowering/views.mlir#47: replace_type_everywhere)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @movedim(%arg0: !torch.vtensor<[?,3],f32>) -> !torch.vtensor<[3,4,?],f32> {
  %int0 = torch.constant.int 0
  %int-1 = torch.constant.int -1
  %0 = torch.aten.movedim.int %arg0, %int0, %int-1 : !torch.vtensor<[?,3],f32>, !torch.int, !torch.int -> !torch.vtensor<[3,4,?],f32>
  return %0 : !torch.vtensor<[3,4,?],f32>
}
