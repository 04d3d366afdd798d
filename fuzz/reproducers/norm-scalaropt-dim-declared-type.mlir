// signature: internal:pipeline:torch.aten.norm.ScalarOpt_dim:linalg.reductions.linalg_vector_norm:TypeError:rule produced a value of type T, expected T
// mode: pipeline  mutant: 1-3249 (packages/torch-mlir-core/test/Lowering/reductions.mlir#17: bool_flip)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @norm_scalar_opt_dim(%x: !torch.vtensor<[3,4],f32>) -> !torch.vtensor<[3,1],f32> {
  %int1 = torch.constant.int 1
  %true = torch.constant.bool false
  %dims = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %0 = torch.aten.norm.ScalarOpt_dim %x, %int1, %dims, %true : !torch.vtensor<[3,4],f32>, !torch.int, !torch.list<int>, !torch.bool -> !torch.vtensor<[3,1],f32>
  return %0 : !torch.vtensor<[3,1],f32>
}
