// signature: crash:pipeline:Assertion `idx < getRank() && "invalid index for shaped type"' failed
// mode: pipeline  mutant: 1-3194 (packages/torch-mlir-core/test/Lowering/linear.mlir#6: replace_type_everywhere)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @addmm_beta0(%bias: !torch.vtensor<[2,4],f32>, %a: !torch.vtensor<[2,3],f32>, %b: !torch.vtensor<[3],f32>) -> !torch.vtensor<[2,4],f32> {
  %beta = torch.constant.int 0
  %alpha = torch.constant.int 1
  %0 = torch.aten.addmm %bias, %a, %b, %beta, %alpha : !torch.vtensor<[2,4],f32>, !torch.vtensor<[2,3],f32>, !torch.vtensor<[3],f32>, !torch.int, !torch.int -> !torch.vtensor<[2,4],f32>
  return %0 : !torch.vtensor<[2,4],f32>
}
