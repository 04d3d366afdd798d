// signature: internal:pipeline:torch.aten.logsumexp:linalg.reductions.logsumexp:TypeError:rule produced a value of type T, expected T
// mode: pipeline  mutant: 0-1434 (packages/torch-mlir-core/test/Lowering/reductions.mlir#18: float_constant)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @logsumexp(%x: !torch.vtensor<[?,?],f32>) -> !torch.vtensor<[?],f32> {
  %int1 = torch.constant.int 1
  %false = torch.constant.bool true
  %dims = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %0 = torch.aten.logsumexp %x, %dims, %false : !torch.vtensor<[?,?],f32>, !torch.list<int>, !torch.bool -> !torch.vtensor<[?],f32>
  return %0 : !torch.vtensor<[?],f32>
}
