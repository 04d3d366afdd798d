# RUN: %python %s | FileCheck %s
# A conv net with batch norm (eval mode) and pooling.

import torch

import torch_mlir_fx


class ConvBN(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = torch.nn.Conv2d(3, 8, 3, stride=2, padding=1, bias=False)
        self.bn = torch.nn.BatchNorm2d(8)
        self.pool = torch.nn.AdaptiveAvgPool2d(1)

    def forward(self, x):
        return self.pool(torch.relu(self.bn(self.conv(x)))).flatten(1)


print(torch_mlir_fx.export_and_import(ConvBN().eval(), torch.randn(1, 3, 16, 16),
                                      output_type="raw"))

# CHECK-LABEL: func.func @main(%arg0: !torch.vtensor<[1,3,16,16],f32>) -> !torch.vtensor<[1,8],f32>
# CHECK:     %[[W:.*]] = torch.vtensor.literal(dense_resource<torch_tensor_conv_weight> : tensor<8x3x3x3xf32>)
# CHECK:     %[[NONE:.*]] = torch.constant.none
# CHECK:     %[[STRIDE:.*]] = torch.prim.ListConstruct %{{.*}}, %{{.*}} : (!torch.int, !torch.int) -> !torch.list<int>
# CHECK:     %[[CONV:.*]] = torch.aten.convolution %arg0, %[[W]], %[[NONE]], %[[STRIDE]], {{.*}} : !torch.vtensor<[1,3,16,16],f32>, !torch.vtensor<[8,3,3,3],f32>, !torch.none, {{.*}} -> !torch.vtensor<[1,8,8,8],f32>
# CHECK:     %[[Y:.*]], %{{.*}}, %{{.*}} = torch.aten._native_batch_norm_legit_no_training %[[CONV]], {{.*}} -> !torch.vtensor<[1,8,8,8],f32>, !torch.vtensor<[0],f32>, !torch.vtensor<[0],f32>
# CHECK:     torch.aten.relu %[[Y]]
# CHECK:     torch.aten.mean.dim
# CHECK:     torch.aten.view {{.*}} -> !torch.vtensor<[1,8],f32>
