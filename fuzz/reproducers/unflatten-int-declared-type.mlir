// signature: internal:pipeline:torch.aten.unflatten.int:linalg.views.unflatten:TypeError:rule produced a value of type T, expected T
// mode: pipeline  mutant: 1-4497 (packages/torch-mlir-core/test/Lowering/views.mlir#7: retype_result)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @unflatten(%arg0: !torch.vtensor<[?,12],f32>) -> !torch.vtensor<[?,2,6],si16> {
  %int1 = torch.constant.int 1
  %int2 = torch.constant.int 2
  %int-1 = torch.constant.int -1
  %0 = torch.prim.ListConstruct %int2, %int-1 : (!torch.int, !torch.int) -> !torch.list<int>
  %1 = torch.aten.unflatten.int %arg0, %int1, %0 : !torch.vtensor<[?,12],f32>, !torch.int, !torch.list<int> -> !torch.vtensor<[?,2,6],si16>
  return %1 : !torch.vtensor<[?,2,6],si16>
}
