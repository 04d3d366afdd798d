// signature: internal:pipeline:torch.prim.ListUnpack:shared.unpack:TypeError:rule produced a value of type T, expected T
// mode: pipeline  mutant: 1-3179 (packages/torch-mlir-core/test/Lowering/views.mlir#30: replace_type_everywhere)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @unsafe_split_with_sizes(%arg0: !torch.vtensor<[?,4],f32>) -> (!torch.vtensor<[?,1],i1>, !torch.vtensor<[?,3],f32>) {
  %int1 = torch.constant.int 1
  %int3 = torch.constant.int 3
  %0 = torch.prim.ListConstruct %int1, %int3 : (!torch.int, !torch.int) -> !torch.list<int>
  %1 = torch.aten.unsafe_split_with_sizes %arg0, %0, %int1 : !torch.vtensor<[?,4],f32>, !torch.list<int>, !torch.int -> !torch.list<vtensor>
  %2:2 = torch.prim.ListUnpack %1 : !torch.list<vtensor> -> !torch.vtensor<[?,1],i1>, !torch.vtensor<[?,3],f32>
  return %2#0, %2#1 : !torch.vtensor<[?,1],i1>, !torch.vtensor<[?,3],f32>
}
