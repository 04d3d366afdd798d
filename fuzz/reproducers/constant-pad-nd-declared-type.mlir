// signature: internal:pipeline:torch.aten.constant_pad_nd:linalg.views.constant_pad_nd:TypeError:rule produced a value of type T, expected T
// mode: pipeline  mutant: 1-1856 (packages/torch-mlir-core/test/Lowering/views.mlir#34: retype_result, retype_result)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @constant_pad_nd(%arg0: !torch.vtensor<[?,3],f32>) -> !torch.vtensor<[?,0],si64> {
  %int1 = torch.constant.int 1
  %int2 = torch.constant.int 2
  %float = torch.constant.float 1.5
  %0 = torch.prim.ListConstruct %int1, %int2 : (!torch.int, !torch.int) -> !torch.list<int>
  %1 = torch.aten.constant_pad_nd %arg0, %0, %float : !torch.vtensor<[?,3],f32>, !torch.list<int>, !torch.float -> !torch.vtensor<[?,0],si64>
  return %1 : !torch.vtensor<[?,0],si64>
}
