// signature: internal:pipeline:torch.aten.convolution:linalg.conv.convolution:IndexError:list index out of range
// mode: pipeline  mutant: 1-4412 (packages/torch-mlir-core/test/Lowering/conv.mlir#7: bool_flip, replace_type_everywhere)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @conv3d(%x: !torch.vtensor<[?,2,5,0,5,5],f32>, %w: !torch.vtensor<[3,2,3,3,3],f32>, %b: !torch.vtensor<[3],f32>) -> !torch.vtensor<[?,3,5,5,5],f32> {
  %c0 = torch.constant.int 0
  %c1 = torch.constant.int 1
  %stride = torch.prim.ListConstruct %c1, %c1, %c1 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
  %padding = torch.prim.ListConstruct %c1, %c1, %c1 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
  %dilation = torch.prim.ListConstruct %c1, %c1, %c1 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
  %outpad = torch.prim.ListConstruct %c0, %c0, %c0 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
  %t = torch.constant.bool true
  %0 = torch.aten.convolution %x, %w, %b, %stride, %padding, %dilation, %t, %outpad, %c1 : !torch.vtensor<[?,2,5,0,5,5],f32>, !torch.vtensor<[3,2,3,3,3],f32>, !torch.vtensor<[3],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[?,3,5,5,5],f32>
  return %0 : !torch.vtensor<[?,3,5,5,5],f32>
}
