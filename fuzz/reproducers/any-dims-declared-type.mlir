// signature: internal:pipeline:torch.aten.any.dims:linalg.reductions.any_all_dim:TypeError:rule produced a value of type T, expected T
// mode: pipeline  mutant: 1-4515 (packages/torch-mlir-core/test/Lowering/reductions.mlir#20: int_constant)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @any_dims(%x: !torch.vtensor<[2,3,4],i1>) -> (!torch.vtensor<[3],i1>, !torch.vtensor<[2,3,4],i1>) {
  %int0 = torch.constant.int -1
  %int2 = torch.constant.int 2
  %false = torch.constant.bool false
  %dims = torch.prim.ListConstruct %int0, %int2 : (!torch.int, !torch.int) -> !torch.list<int>
  %empty = torch.prim.ListConstruct : () -> !torch.list<int>
  %0 = torch.aten.any.dims %x, %dims, %false : !torch.vtensor<[2,3,4],i1>, !torch.list<int>, !torch.bool -> !torch.vtensor<[3],i1>
  %1 = torch.aten.any.dims %x, %empty, %false : !torch.vtensor<[2,3,4],i1>, !torch.list<int>, !torch.bool -> !torch.vtensor<[2,3,4],i1>
  return %0, %1 : !torch.vtensor<[3],i1>, !torch.vtensor<[2,3,4],i1>
}
