// signature: internal:pipeline:torch.aten.convolution:linalg.conv.convolution:TypeError:get(): incompatible function arguments. The following argume
// mode: pipeline  mutant: 1-444 (packages/torch-mlir-core/test/Dialect/Torch/generated-convolution.mlir#0: int_constant)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @convolution(%x: !torch.vtensor<[1,3,8,8],f32>, %w: !torch.vtensor<[16,3,3,3],f32>,
                       %b: !torch.vtensor<[16],f32>) -> !torch.vtensor<[1,16,8,8],f32> {
  %c0 = torch.constant.int 0
  %c1 = torch.constant.int 9223372036854775807
  %stride = torch.prim.ListConstruct %c1, %c1 : (!torch.int, !torch.int) -> !torch.list<int>
  %padding = torch.prim.ListConstruct %c1, %c1 : (!torch.int, !torch.int) -> !torch.list<int>
  %dilation = torch.prim.ListConstruct %c1, %c1 : (!torch.int, !torch.int) -> !torch.list<int>
  %output_padding = torch.prim.ListConstruct %c0, %c0 : (!torch.int, !torch.int) -> !torch.list<int>
  %false = torch.constant.bool false
  %groups = torch.constant.int 1
  %0 = torch.aten.convolution %x, %w, %b, %stride, %padding, %dilation, %false, %output_padding, %groups : !torch.vtensor<[1,3,8,8],f32>, !torch.vtensor<[16,3,3,3],f32>, !torch.vtensor<[16],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[1,16,8,8],f32>
  return %0 : !torch.vtensor<[1,16,8,8],f32>
}
func.func @convolution_no_bias(%x: !torch.vtensor<[?,3,?,?],f32>, %w: !torch.vtensor<[16,3,3,3],f32>,
                               %l: !torch.list<int>, %groups: !torch.int) {
  %true = torch.constant.bool true
  return
}
