// signature: internal:pipeline:torch.aten.size.int:shared.size_int:IndexError:list index out of range
// mode: pipeline  mutant: 0-785 (packages/torch-mlir-core/test/Dialect/Torch/canonicalize-size-int.mlir#2: replace_type_everywhere)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @size_int_partially_static(%t: !torch.tensor<[?],f32>) -> !torch.int {
  %c1 = torch.constant.int 1
  %0 = torch.aten.size.int %t, %c1 : !torch.tensor<[?],f32>, !torch.int -> !torch.int
  return %0 : !torch.int
}
