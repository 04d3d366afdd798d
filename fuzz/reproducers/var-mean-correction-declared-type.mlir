// signature: internal:pipeline:torch.aten.var_mean.correction:linalg.reductions.var_mean:TypeError:rule produced a value of type T, expected T
// mode: pipeline  mutant: 0-184 (packages/torch-mlir-core/test/Lowering/reductions.mlir#15: bool_flip)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @var_mean(%x: !torch.vtensor<[3,5],f32>) -> (!torch.vtensor<[],f32>, !torch.vtensor<[],f32>) {
  %none = torch.constant.none
  %int0 = torch.constant.int 0
  %false = torch.constant.bool true
  %0:2 = torch.aten.var_mean.correction %x, %none, %int0, %false : !torch.vtensor<[3,5],f32>, !torch.none, !torch.int, !torch.bool -> !torch.vtensor<[],f32>, !torch.vtensor<[],f32>
  return %0#0, %0#1 : !torch.vtensor<[],f32>, !torch.vtensor<[],f32>
}
