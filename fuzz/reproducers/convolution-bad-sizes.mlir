// signature: internal:pipeline:torch.aten.convolution:linalg.conv.convolution:MLIRError:Invalid type:
// mode: pipeline  mutant: 1-4155 (packages/torch-mlir-core/test/Lowering/conv.mlir#5: int_constant)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @conv1d_dilated(%x: !torch.vtensor<[?,3,?],f32>, %w: !torch.vtensor<[4,3,3],f32>) -> !torch.vtensor<[?,4,?],f32> {
  %none = torch.constant.none
  %c0 = torch.constant.int 0
  %c1 = torch.constant.int -2
  %c2 = torch.constant.int 2
  %stride = torch.prim.ListConstruct %c1 : (!torch.int) -> !torch.list<int>
  %padding = torch.prim.ListConstruct %c0 : (!torch.int) -> !torch.list<int>
  %dilation = torch.prim.ListConstruct %c2 : (!torch.int) -> !torch.list<int>
  %outpad = torch.prim.ListConstruct %c0 : (!torch.int) -> !torch.list<int>
  %t = torch.constant.bool false
  %0 = torch.aten.convolution %x, %w, %none, %stride, %padding, %dilation, %t, %outpad, %c1 : !torch.vtensor<[?,3,?],f32>, !torch.vtensor<[4,3,3],f32>, !torch.none, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[?,4,?],f32>
  return %0 : !torch.vtensor<[?,4,?],f32>
}
