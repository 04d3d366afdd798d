// signature: internal:pipeline:torch.aten.max.dim:linalg.reductions.max_dim:TypeError:rule produced a value of type T, expected T
// mode: pipeline  mutant: 1-368 (packages/torch-mlir-core/test/Lowering/reductions.mlir#9: float_constant)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @max_dim(%x: !torch.vtensor<[?,5],f32>) -> (!torch.vtensor<[?],f32>, !torch.vtensor<[?],si64>) {
  %int1 = torch.constant.int 1
  %false = torch.constant.bool true
  %values, %indices = torch.aten.max.dim %x, %int1, %false : !torch.vtensor<[?,5],f32>, !torch.int, !torch.bool -> !torch.vtensor<[?],f32>, !torch.vtensor<[?],si64>
  return %values, %indices : !torch.vtensor<[?],f32>, !torch.vtensor<[?],si64>
}
