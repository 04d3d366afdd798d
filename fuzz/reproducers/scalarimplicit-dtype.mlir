// signature: internal:pipeline:torch.aten.ScalarImplicit:linalg.tensors.scalar_implicit:KeyError:torch.complex64
// mode: pipeline  mutant: 0-321 (packages/torch-mlir-core/test/Lowering/scalars.mlir#7: replace_type_everywhere)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @scalar_implicit(%t: !torch.vtensor<[],complex<f32>>) -> !torch.int {
  %int1 = torch.constant.int 1
  %0 = torch.aten.ScalarImplicit %t : !torch.vtensor<[],complex<f32>> -> !torch.number
  %1 = torch.aten.add %0, %int1 : !torch.number, !torch.int -> !torch.number
  %2 = torch.aten.Int.Scalar %1 : !torch.number -> !torch.int
  return %2 : !torch.int
}
