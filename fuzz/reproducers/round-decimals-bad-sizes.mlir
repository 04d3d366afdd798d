// signature: internal:pipeline:torch.aten.round.decimals:linalg.elementwise.round_decimals:OverflowError:(N, '_')
// mode: pipeline  mutant: 1-3186 (packages/torch-mlir-core/test/Lowering/elementwise.mlir#32: int_constant, retype_result)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @more_math(%arg0: !torch.vtensor<[?],f32>, %arg1: !torch.vtensor<[?],f32>) -> (!torch.vtensor<[?],f32>, !torch.vtensor<[?],ui8>, !torch.vtensor<[?],f32>, !torch.vtensor<[?],f32>, !torch.vtensor<[?],f32>) {
  %int2 = torch.constant.int 2147483648
  %0 = torch.aten.erfc %arg0 : !torch.vtensor<[?],f32> -> !torch.vtensor<[?],f32>
  %1 = torch.aten.signbit %arg0 : !torch.vtensor<[?],f32> -> !torch.vtensor<[?],ui8>
  %2 = torch.aten.fmax %arg0, %arg1 : !torch.vtensor<[?],f32>, !torch.vtensor<[?],f32> -> !torch.vtensor<[?],f32>
  %3 = torch.aten.copysign.Tensor %arg0, %arg1 : !torch.vtensor<[?],f32>, !torch.vtensor<[?],f32> -> !torch.vtensor<[?],f32>
  %4 = torch.aten.round.decimals %arg0, %int2 : !torch.vtensor<[?],f32>, !torch.int -> !torch.vtensor<[?],f32>
  return %0, %1, %2, %3, %4 : !torch.vtensor<[?],f32>, !torch.vtensor<[?],ui8>, !torch.vtensor<[?],f32>, !torch.vtensor<[?],f32>, !torch.vtensor<[?],f32>
}
