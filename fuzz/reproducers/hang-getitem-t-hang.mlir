// signature: hang:pipeline
// mode: pipeline  mutant: 1-3129 (packages/torch-mlir-core/test/Lowering/views.mlir#31: dynamic_or_huge_dim)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @unbind(%arg0: !torch.vtensor<[?,1099511627776],f32>) -> !torch.vtensor<[?],f32> {
  %int1 = torch.constant.int 1
  %0 = torch.aten.unbind.int %arg0, %int1 : !torch.vtensor<[?,1099511627776],f32>, !torch.int -> !torch.list<vtensor>
  %1 = torch.aten.__getitem__.t %0, %int1 : !torch.list<vtensor>, !torch.int -> !torch.vtensor<[?],f32>
  return %1 : !torch.vtensor<[?],f32>
}
