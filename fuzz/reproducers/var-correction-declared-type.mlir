// signature: internal:pipeline:torch.aten.var.correction:linalg.reductions.var:TypeError:rule produced a value of type T, expected T
// mode: pipeline  mutant: 0-187 (packages/torch-mlir-core/test/Lowering/reductions.mlir#13: bool_flip)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @var_correction(%x: !torch.vtensor<[3,5],f32>) -> !torch.vtensor<[3],f32> {
  %int1 = torch.constant.int 1
  %false = torch.constant.bool true
  %dims = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %0 = torch.aten.var.correction %x, %dims, %int1, %false : !torch.vtensor<[3,5],f32>, !torch.list<int>, !torch.int, !torch.bool -> !torch.vtensor<[3],f32>
  return %0 : !torch.vtensor<[3],f32>
}
