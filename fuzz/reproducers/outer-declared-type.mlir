// signature: internal:pipeline:torch.aten.outer:linalg.linear.outer:TypeError:rule produced a value of type T, expected T
// mode: pipeline  mutant: 1-1711 (packages/torch-mlir-core/test/Lowering/linear.mlir#19: retype_result)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @outer(%a: !torch.vtensor<[?],f32>, %b: !torch.vtensor<[4],f32>) -> !torch.vtensor<[?,4,?],f32> {
  %0 = torch.aten.outer %a, %b : !torch.vtensor<[?],f32>, !torch.vtensor<[4],f32> -> !torch.vtensor<[?,4,?],f32>
  return %0 : !torch.vtensor<[?,4,?],f32>
}
