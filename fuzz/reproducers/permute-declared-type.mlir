// signature: internal:pipeline:torch.aten.permute:linalg.views.permute_rule:TypeError:rule produced a value of type T, expected T
// mode: pipeline  mutant: 1-2818 (packages/torch-mlir-core/test/Dialect/Torch/generated-views.mlir#0: retype_result)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @permute(%x: !torch.vtensor<[2,3,4],f32>) {
  %c0 = torch.constant.int 0
  %c1 = torch.constant.int 1
  %c2 = torch.constant.int 2
  %dims = torch.prim.ListConstruct %c2, %c0, %c1 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
  %0 = torch.aten.permute %x, %dims : !torch.vtensor<[2,3,4],f32>, !torch.list<int> -> !torch.vtensor<[4,2,3],f64>
  return
}
