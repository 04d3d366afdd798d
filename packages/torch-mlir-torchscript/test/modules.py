# RUN: %python %s | FileCheck %s
# A submodule hierarchy with attribute access: submodule calls are inlined
# and attributes read as constants (parameters become tensor literals,
# large ones dense resources named after their path in the hierarchy).

import torch

import torch_mlir_torchscript


class Block(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = torch.nn.Linear(8, 8)
        self.scale = 0.5

    def forward(self, x):
        return torch.relu(self.fc(x)) * self.scale


class Net(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.blocks = torch.nn.ModuleList([Block(), Block()])
        self.register_buffer("offset", torch.full((8,), 2.0))

    def forward(self, x):
        for block in self.blocks:
            x = block(x)
        return x + self.offset


print(torch_mlir_torchscript.compile(Net(), torch.randn(2, 8), output_type="raw"))

# CHECK-LABEL: func.func @forward(%arg0: !torch.tensor<[2,8],f32>) -> !torch.tensor
# CHECK:     %[[W0:.*]] = torch.tensor.literal(dense_resource<torch_tensor_self_blocks_0_fc_weight> : tensor<8x8xf32>) : !torch.tensor<[8,8],f32>
# CHECK:     %[[B0:.*]] = torch.tensor.literal(dense<{{.*}}> : tensor<8xf32>) : !torch.tensor<[8],f32>
# CHECK:     %[[L0:.*]] = torch.aten.linear %arg0, %[[W0]], %[[B0]]
# CHECK:     %[[R0:.*]] = torch.aten.relu %[[L0]]
# CHECK:     %[[HALF:.*]] = torch.constant.float 5.000000e-01
# CHECK:     %[[S0:.*]] = torch.aten.mul.Scalar %[[R0]], %[[HALF]]
# CHECK:     %[[W1:.*]] = torch.tensor.literal(dense_resource<torch_tensor_self_blocks_1_fc_weight> : tensor<8x8xf32>)
# CHECK:     %[[L1:.*]] = torch.aten.linear %[[S0]], %[[W1]]
# CHECK:     %[[OFFSET:.*]] = torch.tensor.literal(dense<2.000000e+00> : tensor<8xf32>) : !torch.tensor<[8],f32>
# CHECK:     torch.aten.add.Tensor %{{.*}}, %[[OFFSET]]
