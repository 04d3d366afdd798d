// signature: internal:pipeline:torch.aten.min.dim:linalg.reductions.max_dim:TypeError:rule produced a value of type T, expected T
// mode: pipeline  mutant: 1-2671 (packages/torch-mlir-core/test/Lowering/reductions.mlir#10: float_constant, swap_same_typed_operands)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @min_dim_keepdim_int(%x: !torch.vtensor<[4,3],si64>) -> (!torch.vtensor<[1,3],si64>, !torch.vtensor<[1,3],si64>) {
  %int-2 = torch.constant.int -2
  %true = torch.constant.bool false
  %values, %indices = torch.aten.min.dim %x, %int-2, %true : !torch.vtensor<[4,3],si64>, !torch.int, !torch.bool -> !torch.vtensor<[1,3],si64>, !torch.vtensor<[1,3],si64>
  return %indices, %values : !torch.vtensor<[1,3],si64>, !torch.vtensor<[1,3],si64>
}
