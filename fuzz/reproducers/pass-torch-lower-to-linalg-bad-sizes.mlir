// signature: internal:pipeline::torch-lower-to-linalg:TypeError:get(): incompatible function arguments. The following argume
// mode: pipeline  mutant: 1-2300 (packages/torch-mlir-core/test/Dialect/Torch/canonicalize-int-arith.mlir#7: int_constant, swap_same_typed_operands)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @overflow_not_folded() -> (!torch.int, !torch.int, !torch.int) {
  %max = torch.constant.int -1
  %min = torch.constant.int -9223372036854775808
  %c1 = torch.constant.int 1
  %c2 = torch.constant.int 2
  %0 = torch.aten.add.int %max, %c1 : !torch.int, !torch.int -> !torch.int
  %1 = torch.aten.mul.int %c2, %max : !torch.int, !torch.int -> !torch.int
  %2 = torch.aten.neg.int %min : !torch.int -> !torch.int
  return %0, %1, %2 : !torch.int, !torch.int, !torch.int
}
