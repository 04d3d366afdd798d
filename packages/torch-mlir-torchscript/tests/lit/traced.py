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
# Each traced submodule is a method of its own class, with the traced shapes:
# CHECK-LABEL: func.func private @__torch__.torch.nn.modules.conv.Conv2d.forward(%arg0: !torch.nn.Module<"__torch__.torch.nn.modules.conv.Conv2d">, %arg1: !torch.tensor<[1,3,8,8],f32>) -> !torch.tensor<[1,4,6,6],f32>
# CHECK:     torch.aten._convolution %arg1, {{.*}} -> !torch.tensor<[1,4,6,6],f32>
# CHECK-LABEL: func.func private @__torch__.torch.nn.modules.batchnorm.BatchNorm2d.forward
# CHECK:     torch.aten.batch_norm {{.*}} -> !torch.tensor<[1,4,6,6],f32>
# CHECK-LABEL: func.func private @__torch__.Conv.forward(%arg0: !torch.nn.Module<"__torch__.Conv">, %arg1: !torch.tensor<[1,3,8,8],f32> {torch.type_bound = !torch.tensor<[1,3,8,8],f32>}) -> !torch.tensor<[1,4],f32>
# The Python loop is unrolled:
# CHECK:     torch.aten.mul.Tensor %arg1, {{.*}} -> !torch.tensor<[1,3,8,8],f32>
# CHECK:     torch.aten.mul.Tensor {{.*}} -> !torch.tensor<[1,3,8,8],f32>
# CHECK:     torch.prim.CallMethod {{.*}}["forward"] {{.*}} -> !torch.tensor<[1,4,6,6],f32>

print(torch_mlir_torchscript.compile(model, x, output_type="raw", use_tracing=True,
                                     ignore_traced_shapes=True))
# Shapes are dropped, dtypes kept:
# (A second trace of the same classes gets mangled class names.)
# CHECK-LABEL: func.func private @__torch__.torch.nn.modules.conv.{{.*}}Conv2d.forward(%arg0: !torch.nn.Module<"{{.*}}Conv2d">, %arg1: !torch.tensor<*,f32>) -> !torch.tensor<*,f32>
# CHECK:     torch.aten._convolution {{.*}} -> !torch.tensor<*,f32>{{$}}

print(torch_mlir_torchscript.compile(model, x, output_type="torch", use_tracing=True))
# Frozen for the backend: one function, parameters as literals.
# CHECK-LABEL: func.func @forward(%arg0: !torch.vtensor<[1,3,8,8],f32>) -> !torch.vtensor<[1,4],f32>
# CHECK:     torch.vtensor.literal(dense_resource<torch_tensor_self_conv_weight> : tensor<4x3x3x3xf32>)
# CHECK:     torch.aten._convolution {{.*}} -> !torch.vtensor<[1,4,6,6],f32>
# CHECK-NOT: torch.nn_module
