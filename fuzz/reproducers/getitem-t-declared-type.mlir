// signature: internal:pipeline:torch.aten.__getitem__.t:shared.tuple_index:TypeError:rule produced a value of type T, expected T
// mode: pipeline  mutant: 0-584 (packages/torch-mlir-core/test/Lowering/views.mlir#31: replace_type_everywhere)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @unbind(%arg0: !torch.vtensor<[?,2],f32>) -> !torch.vtensor<[?],ui8> {
  %int1 = torch.constant.int 1
  %0 = torch.aten.unbind.int %arg0, %int1 : !torch.vtensor<[?,2],f32>, !torch.int -> !torch.list<vtensor>
  %1 = torch.aten.__getitem__.t %0, %int1 : !torch.list<vtensor>, !torch.int -> !torch.vtensor<[?],ui8>
  return %1 : !torch.vtensor<[?],ui8>
}
