// signature: internal:pipeline:torch.aten.convolution:linalg.conv.convolution:TypeError:rule produced a value of type T, expected T
// mode: pipeline  mutant: 1-3198 (packages/torch-mlir-core/test/Lowering/conv.mlir#0: retype_result)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @conv2d_static(%x: !torch.vtensor<[1,3,8,8],f32>, %w: !torch.vtensor<[4,3,3,3],f32>) -> !torch.vtensor<[1,4,1,6,6],f32> {
  %none = torch.constant.none
  %c0 = torch.constant.int 0
  %c1 = torch.constant.int 1
  %stride = torch.prim.ListConstruct %c1, %c1 : (!torch.int, !torch.int) -> !torch.list<int>
  %padding = torch.prim.ListConstruct %c0, %c0 : (!torch.int, !torch.int) -> !torch.list<int>
  %dilation = torch.prim.ListConstruct %c1, %c1 : (!torch.int, !torch.int) -> !torch.list<int>
  %outpad = torch.prim.ListConstruct %c0, %c0 : (!torch.int, !torch.int) -> !torch.list<int>
  %t = torch.constant.bool false
  %0 = torch.aten.convolution %x, %w, %none, %stride, %padding, %dilation, %t, %outpad, %c1 : !torch.vtensor<[1,3,8,8],f32>, !torch.vtensor<[4,3,3,3],f32>, !torch.none, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[1,4,1,6,6],f32>
  return %0 : !torch.vtensor<[1,4,1,6,6],f32>
}
