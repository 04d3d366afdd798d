// signature: internal:pipeline:torch.aten.view:linalg.views.view:TypeError:rule produced a value of type T, expected T
// mode: pipeline  mutant: 1-2370 (packages/torch-mlir-core/test/Lowering/views.mlir#0: duplicate_line, retype_result, replace_type_everywhere)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @view_collapse(%arg0: !torch.vtensor<[2,3,4],ui8>) -> !torch.vtensor<[6,3],f32> {
  %int6 = torch.constant.int 6
  %int4 = torch.constant.int 4
  %0 = torch.prim.ListConstruct %int6, %int4 : (!torch.int, !torch.int) -> !torch.list<int>
  %1 = torch.aten.view %arg0, %0 : !torch.vtensor<[2,3,4],ui8>, !torch.list<int> -> !torch.vtensor<[6,3],f32>
  return %1 : !torch.vtensor<[6,3],f32>
}
