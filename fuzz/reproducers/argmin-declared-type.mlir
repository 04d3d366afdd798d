// signature: internal:pipeline:torch.aten.argmin:linalg.reductions.argmax:TypeError:rule produced a value of type T, expected T
// mode: pipeline  mutant: 1-3080 (packages/torch-mlir-core/test/Lowering/reductions.mlir#12: float_constant, retype_result)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @argmin_dim_keepdim(%x: !torch.vtensor<[3,4],f32>) -> !torch.vtensor<[3,1,1],si64> {
  %int1 = torch.constant.int 1
  %true = torch.constant.bool false
  %0 = torch.aten.argmin %x, %int1, %true : !torch.vtensor<[3,4],f32>, !torch.int, !torch.bool -> !torch.vtensor<[3,1,1],si64>
  return %0 : !torch.vtensor<[3,1,1],si64>
}
