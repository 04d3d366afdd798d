// signature: internal:pipeline:torch.aten.constant_pad_nd:linalg.views.constant_pad_nd:MLIRError:Invalid type:
// mode: pipeline  mutant: 1-2495 (packages/torch-mlir-core/test/Lowering/views.mlir#35: zero_dim)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @constant_pad_negative(%arg0: !torch.vtensor<[2,0],si64>) -> !torch.vtensor<[3,5],si64> {
  %int-1 = torch.constant.int -1
  %int2 = torch.constant.int 2
  %int1 = torch.constant.int 1
  %int0 = torch.constant.int 0
  %0 = torch.prim.ListConstruct %int-1, %int2, %int1, %int0 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
  %1 = torch.aten.constant_pad_nd %arg0, %0, %int0 : !torch.vtensor<[2,0],si64>, !torch.list<int>, !torch.int -> !torch.vtensor<[3,5],si64>
  return %1 : !torch.vtensor<[3,5],si64>
}
