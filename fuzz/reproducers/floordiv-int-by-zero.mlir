// signature: internal:pipeline:torch.aten.floordiv.int:shared.lower:ZeroDivisionError:integer division or modulo by zero
// mode: pipeline  mutant: seed-26 (packages/torch-mlir-core/test/Dialect/Torch/canonicalize-floordiv.mlir#4: )
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @floordiv_by_zero() -> !torch.int {
  %c7 = torch.constant.int 7
  %c0 = torch.constant.int 0
  %0 = torch.aten.floordiv.int %c7, %c0 : !torch.int, !torch.int -> !torch.int
  return %0 : !torch.int
}
