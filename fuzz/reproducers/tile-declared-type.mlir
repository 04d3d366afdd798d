// signature: internal:pipeline:torch.aten.tile:linalg.views.repeat:TypeError:rule produced a value of type T, expected T
// mode: pipeline  mutant: 1-3897 (packages/torch-mlir-core/test/Lowering/views.mlir#52: replace_type_everywhere, dynamic_or_huge_dim)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @tile(%arg0: !torch.vtensor<[2,?],f32>) -> !torch.vtensor<[2,6],ui8> {
  %int2 = torch.constant.int 2
  %0 = torch.prim.ListConstruct %int2 : (!torch.int) -> !torch.list<int>
  %1 = torch.aten.tile %arg0, %0 : !torch.vtensor<[2,?],f32>, !torch.list<int> -> !torch.vtensor<[2,6],ui8>
  return %1 : !torch.vtensor<[2,6],ui8>
}
