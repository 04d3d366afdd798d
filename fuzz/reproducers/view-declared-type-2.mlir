// signature: internal:pipeline:torch.aten.view:linalg.views.view:TypeError:rule produced a value of type T, expected T>
// mode: pipeline  mutant: 1-3587 (packages/torch-mlir-core/test/Lowering/views.mlir#4: retype_result)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @view_general_dynamic(%arg0: !torch.vtensor<[2,?,4],f32>, %arg1: !torch.int) -> !torch.vtensor<[?,?],complex<f32>> {
  %int-1 = torch.constant.int -1
  %0 = torch.prim.ListConstruct %int-1, %arg1 : (!torch.int, !torch.int) -> !torch.list<int>
  %1 = torch.aten.view %arg0, %0 : !torch.vtensor<[2,?,4],f32>, !torch.list<int> -> !torch.vtensor<[?,?],complex<f32>>
  return %1 : !torch.vtensor<[?,?],complex<f32>>
}
