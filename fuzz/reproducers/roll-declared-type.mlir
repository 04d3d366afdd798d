// signature: internal:pipeline:torch.aten.roll:linalg.views.roll:TypeError:rule produced a value of type T, expected T
// mode: pipeline  mutant: 0-577 (packages/torch-mlir-core/test/Lowering/views.mlir#33: replace_type_everywhere, retype_result)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @roll(%arg0: !torch.vtensor<[1099511627776,5],f32>) -> !torch.vtensor<[1099511627776],f32> {
  %int2 = torch.constant.int 2
  %int1 = torch.constant.int 1
  %0 = torch.prim.ListConstruct %int2 : (!torch.int) -> !torch.list<int>
  %1 = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %2 = torch.aten.roll %arg0, %0, %1 : !torch.vtensor<[1099511627776,5],f32>, !torch.list<int>, !torch.list<int> -> !torch.vtensor<[1099511627776],f32>
  return %2 : !torch.vtensor<[1099511627776],f32>
}
