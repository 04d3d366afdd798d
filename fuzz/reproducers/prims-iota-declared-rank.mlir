// signature: internal:pipeline:torch.prims.iota:linalg.creation.iota:IndexError:list index out of range
// mode: pipeline  mutant: 1-2907 (packages/torch-mlir-core/test/Lowering/creation.mlir#18: retype_result, retype_result)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @iota() -> !torch.vtensor<[],si64> {
  %int5 = torch.constant.int 5
  %int2 = torch.constant.int 2
  %int3 = torch.constant.int 3
  %int4 = torch.constant.int 4
  %cpu = torch.constant.device "cpu"
  %false = torch.constant.bool false
  %0 = torch.prims.iota %int5, %int2, %int3, %int4, %cpu, %false : !torch.int, !torch.int, !torch.int, !torch.int, !torch.Device, !torch.bool -> !torch.vtensor<[],si64>
  return %0 : !torch.vtensor<[],si64>
}
