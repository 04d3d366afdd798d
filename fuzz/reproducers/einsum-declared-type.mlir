// signature: internal:pipeline:torch.aten.einsum:linalg.linear.einsum:TypeError:rule produced a value of type T, expected T
// mode: pipeline  mutant: 1-105 (packages/torch-mlir-core/test/Lowering/linear.mlir#17: replace_type_everywhere)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @einsum(%q: !torch.vtensor<[?,2,3,4],f32>, %k: !torch.vtensor<[?,2,5,4],f32>) -> !torch.vtensor<[?,2,1,3,5],f32> {
  %eq = torch.constant.str "bhqd,bhkd->bhqk"
  %list = torch.prim.ListConstruct %q, %k : (!torch.vtensor<[?,2,3,4],f32>, !torch.vtensor<[?,2,5,4],f32>) -> !torch.list<vtensor>
  %none = torch.constant.none
  %0 = torch.aten.einsum %eq, %list, %none : !torch.str, !torch.list<vtensor>, !torch.none -> !torch.vtensor<[?,2,1,3,5],f32>
  return %0 : !torch.vtensor<[?,2,1,3,5],f32>
}
