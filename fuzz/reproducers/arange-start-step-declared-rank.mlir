// signature: internal:pipeline:torch.aten.arange.start_step:linalg.creation.arange:IndexError:list index out of range
// mode: pipeline  mutant: 0-891 (packages/torch-mlir-core/test/Lowering/creation.mlir#10: retype_result)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @arange_dynamic(%arg0: !torch.int) -> !torch.vtensor<[],si64> {
  %int1 = torch.constant.int 1
  %int2 = torch.constant.int 2
  %none = torch.constant.none
  %0 = torch.aten.arange.start_step %int1, %arg0, %int2, %none, %none, %none, %none : !torch.int, !torch.int, !torch.int, !torch.none, !torch.none, !torch.none, !torch.none -> !torch.vtensor<[],si64>
  return %0 : !torch.vtensor<[],si64>
}
