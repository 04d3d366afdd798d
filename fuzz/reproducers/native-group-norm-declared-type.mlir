// signature: internal:pipeline:torch.aten.native_group_norm:linalg.norms.native_group_norm:TypeError:rule produced a value of type T, expected T
// mode: pipeline  mutant: 0-763 (packages/torch-mlir-core/test/Lowering/norms.mlir#10: int_constant, dynamic_or_huge_dim, replace_type_everywhere)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @native_group_norm(%x: !torch.vtensor<[2,6,4,5],f32>, %w: !torch.vtensor<[-1],f32>, %b: !torch.vtensor<[-1],f32>) -> (!torch.vtensor<[2,6,4,5],f32>, !torch.vtensor<[2,3,3],f32>, !torch.vtensor<[2,3,3],f32>) {
  %int2 = torch.constant.int 2
  %int6 = torch.constant.int 6
  %int20 = torch.constant.int -2
  %int3 = torch.constant.int 3
  %eps = torch.constant.float 1.000000e-05
  %0:3 = torch.aten.native_group_norm %x, %w, %b, %int2, %int6, %int20, %int3, %eps : !torch.vtensor<[2,6,4,5],f32>, !torch.vtensor<[-1],f32>, !torch.vtensor<[-1],f32>, !torch.int, !torch.int, !torch.int, !torch.int, !torch.float -> !torch.vtensor<[2,6,4,5],f32>, !torch.vtensor<[2,3,3],f32>, !torch.vtensor<[2,3,3],f32>
  return %0#0, %0#1, %0#2 : !torch.vtensor<[2,6,4,5],f32>, !torch.vtensor<[2,3,3],f32>, !torch.vtensor<[2,3,3],f32>
}
