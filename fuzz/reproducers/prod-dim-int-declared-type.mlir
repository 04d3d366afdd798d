// signature: internal:pipeline:torch.aten.prod.dim_int:linalg.reductions.prod_dim:TypeError:rule produced a value of type T, expected T
// mode: pipeline  mutant: 1-13 (packages/torch-mlir-core/test/Lowering/reductions.mlir#5: zero_dim, retype_result)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @prod_dim_int(%x: !torch.vtensor<[?,0],si8>) -> !torch.vtensor<[],si64> {
  %int1 = torch.constant.int 1
  %false = torch.constant.bool false
  %none = torch.constant.none
  %0 = torch.aten.prod.dim_int %x, %int1, %false, %none : !torch.vtensor<[?,0],si8>, !torch.int, !torch.bool, !torch.none -> !torch.vtensor<[],si64>
  return %0 : !torch.vtensor<[],si64>
}
