// signature: internal:pipeline:torch.aten.prod:linalg.reductions.prod_all:TypeError:rule produced a value of type T, expected T
// mode: pipeline  mutant: 1-3180 (packages/torch-mlir-core/test/Lowering/reductions.mlir#6: replace_type_everywhere, replace_type_everywhere)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @prod_full_dtype(%x: !torch.vtensor<[3,0],f32>) -> !torch.vtensor<[7],f64> {
  %int7 = torch.constant.int 7
  %0 = torch.aten.prod %x, %int7 : !torch.vtensor<[3,0],f32>, !torch.int -> !torch.vtensor<[7],f64>
  return %0 : !torch.vtensor<[7],f64>
}
