# RUN: %python %s | FileCheck %s
# Module attributes read inside control flow are materialized at the
# function's start, so every read (inside or after the region) sees them.

import torch

import torch_mlir_torchscript


class M(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer("bias", torch.ones(3))
        self.factor = 4

    def forward(self, x, flag: bool):
        if flag:
            x = x + self.bias
        for _ in range(self.factor):
            x = x * 2
        return x - self.bias


print(torch_mlir_torchscript.compile(M(), (torch.randn(3), True), output_type="raw"))

# CHECK-LABEL: func.func @forward(%arg0: !torch.tensor<[3],f32>, %arg1: !torch.bool) -> !torch.tensor
# CHECK-NEXT: %[[BIAS:.*]] = torch.tensor.literal(dense<1.000000e+00> : tensor<3xf32>) : !torch.tensor<[3],f32>
# CHECK:     torch.prim.If %arg1
# CHECK:       torch.aten.add.Tensor %arg0, %[[BIAS]]
# CHECK:     %[[FOUR:.*]] = torch.constant.int 4
# CHECK:     torch.prim.Loop %[[FOUR]]
# CHECK:     torch.aten.sub.Tensor %{{.*}}, %[[BIAS]]
