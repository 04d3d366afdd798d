// signature: crash:pipeline:Assertion `willBeValidAffineMap(dimCount, symbolCount, results)' failed
// mode: pipeline  mutant: 1-1196 (packages/torch-mlir-core/test/Lowering/elementwise.mlir#7: retype_result)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @mul_scalar_runtime(%arg0: !torch.vtensor<[3],f32>, %arg1: !torch.float) -> !torch.vtensor<[],f32> {
  %0 = torch.aten.mul.Scalar %arg0, %arg1 : !torch.vtensor<[3],f32>, !torch.float -> !torch.vtensor<[],f32>
  return %0 : !torch.vtensor<[],f32>
}
