// signature: internal:pipeline:torch.aten.linspace:linalg.creation.linspace:IndexError:list index out of range
// mode: pipeline  mutant: 1-2944 (packages/torch-mlir-core/test/Lowering/creation.mlir#12: replace_type_everywhere)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @linspace() -> !torch.vtensor<[],f32> {
  %float0 = torch.constant.float 0.0
  %float1 = torch.constant.float 1.0
  %int5 = torch.constant.int 5
  %none = torch.constant.none
  %0 = torch.aten.linspace %float0, %float1, %int5, %none, %none, %none, %none : !torch.float, !torch.float, !torch.int, !torch.none, !torch.none, !torch.none, !torch.none -> !torch.vtensor<[],f32>
  return %0 : !torch.vtensor<[],f32>
}
