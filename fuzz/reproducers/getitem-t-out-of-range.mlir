// signature: internal:pipeline:torch.aten.__getitem__.t:shared.tuple_index:IndexError:list index out of range
// mode: pipeline  mutant: 1-262 (packages/torch-mlir-core/test/Dialect/Torch/canonicalize-lists.mlir#1: int_constant)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @getitem_out_of_range(%a: !torch.int, %b: !torch.int) -> !torch.int {
  %l = torch.prim.ListConstruct %a, %b : (!torch.int, !torch.int) -> !torch.list<int>
  %c2 = torch.constant.int -3
  %0 = torch.aten.__getitem__.t %l, %c2 : !torch.list<int>, !torch.int -> !torch.int
  return %0 : !torch.int
}
