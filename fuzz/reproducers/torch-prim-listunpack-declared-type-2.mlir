// signature: internal:pipeline:torch.prim.ListUnpack:shared.unpack:TypeError:rule produced a value of type T, expected T>
// mode: pipeline  mutant: 1-4894 (packages/torch-mlir-core/test/Lowering/views.mlir#28: replace_type_everywhere)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @unsafe_chunk(%arg0: !torch.vtensor<[?,8],f32>) -> (!torch.vtensor<[?,4],complex<f32>>, !torch.vtensor<[?,4],complex<f32>>) {
  %int2 = torch.constant.int 2
  %int1 = torch.constant.int 1
  %0 = torch.aten.unsafe_chunk %arg0, %int2, %int1 : !torch.vtensor<[?,8],f32>, !torch.int, !torch.int -> !torch.list<vtensor>
  %1:2 = torch.prim.ListUnpack %0 : !torch.list<vtensor> -> !torch.vtensor<[?,4],complex<f32>>, !torch.vtensor<[?,4],complex<f32>>
  return %1#0, %1#1 : !torch.vtensor<[?,4],complex<f32>>, !torch.vtensor<[?,4],complex<f32>>
}
