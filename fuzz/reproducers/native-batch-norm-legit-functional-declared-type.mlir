// signature: internal:pipeline:torch.aten._native_batch_norm_legit_functional:linalg.norms.batch_norm_functional:TypeError:rule produced a value of type T, expected T
// mode: pipeline  mutant: 0-685 (packages/torch-mlir-core/test/Lowering/norms.mlir#5: replace_type_everywhere, zero_dim)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @batch_norm_functional(%x: !torch.vtensor<[?,0],f32>, %rm: !torch.vtensor<[3,2],f32>, %rv: !torch.vtensor<[3,2],f32>) -> (!torch.vtensor<[?,0],f32>, !torch.vtensor<[3,2],f32>, !torch.vtensor<[3,2],f32>) {
  %none = torch.constant.none
  %true = torch.constant.bool true
  %momentum = torch.constant.float 1.000000e-01
  %eps = torch.constant.float 1.000000e-05
  %0:5 = torch.aten._native_batch_norm_legit_functional %x, %none, %none, %rm, %rv, %true, %momentum, %eps : !torch.vtensor<[?,0],f32>, !torch.none, !torch.none, !torch.vtensor<[3,2],f32>, !torch.vtensor<[3,2],f32>, !torch.bool, !torch.float, !torch.float -> !torch.vtensor<[?,0],f32>, !torch.vtensor<[3,2],f32>, !torch.vtensor<[3,2],f32>, !torch.vtensor<[3,2],f32>, !torch.vtensor<[3,2],f32>
  return %0#0, %0#3, %0#4 : !torch.vtensor<[?,0],f32>, !torch.vtensor<[3,2],f32>, !torch.vtensor<[3,2],f32>
}
