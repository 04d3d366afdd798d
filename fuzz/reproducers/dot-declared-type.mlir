// signature: internal:pipeline:torch.aten.dot:linalg.linear.dot:TypeError:rule produced a value of type T, expected T
// mode: pipeline  mutant: 1-4909 (packages/torch-mlir-core/test/Lowering/linear.mlir#11: retype_result)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @dot(%a: !torch.vtensor<[?],f32>, %b: !torch.vtensor<[?],f32>) -> !torch.vtensor<[3],f32> {
  %0 = torch.aten.dot %a, %b : !torch.vtensor<[?],f32>, !torch.vtensor<[?],f32> -> !torch.vtensor<[3],f32>
  return %0 : !torch.vtensor<[3],f32>
}
