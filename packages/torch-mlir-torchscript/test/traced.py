# RUN: %python %s | FileCheck %s
# A traced model keeps the shapes tracing recorded (unless told to ignore
# them); tracing unrolls Python control flow and wraps Python numbers.

import torch

import torch_mlir_torchscript


class Conv(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = torch.nn.Conv2d(3, 4, 3)
        self.bn = torch.nn.BatchNorm2d(4)

    def forward(self, x):
        for _ in range(2):
            x = x * 2
        return torch.relu(self.bn(self.conv(x))).mean([2, 3])


model = Conv().eval()
x = torch.randn(1, 3, 8, 8)
print(torch_mlir_torchscript.compile(model, x, output_type="raw", use_tracing=True))
# CHECK-LABEL: func.func @forward(%arg0: !torch.tensor<[1,3,8,8],f32>) -> !torch.tensor<[1,4],f32>
# CHECK:     torch.aten.mul.Tensor %arg0, {{.*}} -> !torch.tensor<[1,3,8,8],f32>
# CHECK:     torch.aten.mul.Tensor {{.*}} -> !torch.tensor<[1,3,8,8],f32>
# CHECK:     torch.aten._convolution {{.*}} -> !torch.tensor<[1,4,6,6],f32>
# CHECK:     torch.aten.batch_norm {{.*}} -> !torch.tensor<[1,4,6,6],f32>

print(torch_mlir_torchscript.compile(model, x, output_type="raw", use_tracing=True,
                                     ignore_traced_shapes=True))
# Shapes are dropped, dtypes kept:
# CHECK-LABEL: func.func @forward(%arg0: !torch.tensor<[1,3,8,8],f32>) -> !torch.tensor<*,f32>
# CHECK:     torch.aten._convolution {{.*}} -> !torch.tensor<*,f32>{{$}}
