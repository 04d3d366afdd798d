// signature: internal:pipeline:torch.aten.repeat:linalg.views.repeat:TypeError:rule produced a value of type T, expected T
// mode: pipeline  mutant: 1-3173 (packages/torch-mlir-core/test/Lowering/views.mlir#38: replace_type_everywhere)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @repeat(%arg0: !torch.vtensor<[2,3],f32>) -> !torch.vtensor<[4,3],si64> {
  %int2 = torch.constant.int 2
  %int1 = torch.constant.int 1
  %0 = torch.prim.ListConstruct %int2, %int1 : (!torch.int, !torch.int) -> !torch.list<int>
  %1 = torch.aten.repeat %arg0, %0 : !torch.vtensor<[2,3],f32>, !torch.list<int> -> !torch.vtensor<[4,3],si64>
  return %1 : !torch.vtensor<[4,3],si64>
}
