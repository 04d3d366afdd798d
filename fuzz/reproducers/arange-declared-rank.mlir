// signature: internal:pipeline:torch.aten.arange:linalg.creation.arange:IndexError:list index out of range
// mode: pipeline  mutant: 1-2259 (packages/torch-mlir-core/test/Lowering/creation.mlir#11: replace_type_everywhere)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @arange_end() -> !torch.vtensor<[],f64> {
  %int5 = torch.constant.int 5
  %int7 = torch.constant.int 7
  %none = torch.constant.none
  %0 = torch.aten.arange %int5, %int7, %none, %none, %none : !torch.int, !torch.int, !torch.none, !torch.none, !torch.none -> !torch.vtensor<[],f64>
  return %0 : !torch.vtensor<[],f64>
}
