# RUN: %python %s | FileCheck %s
# An MLP: weights become dense-resource literals (biases this small are
# printed inline), linear decomposes to permute + addmm.

import torch

import torch_mlir_fx


class MLP(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = torch.nn.Linear(8, 32)
        self.fc2 = torch.nn.Linear(32, 4)

    def forward(self, x):
        return self.fc2(torch.relu(self.fc1(x)))


torch.manual_seed(0)
print(torch_mlir_fx.export_and_import(MLP(), torch.randn(2, 8), output_type="raw"))

# CHECK-LABEL: func.func @main(%arg0: !torch.vtensor<[2,8],f32>) -> !torch.vtensor<[2,4],f32>
# CHECK:     %[[W1:.*]] = torch.vtensor.literal(dense_resource<torch_tensor_fc1_weight> : tensor<32x8xf32>) : !torch.vtensor<[32,8],f32>
# CHECK:     %[[W1T:.*]] = torch.aten.permute %[[W1]], %{{.*}} : !torch.vtensor<[32,8],f32>, !torch.list<int> -> !torch.vtensor<[8,32],f32>
# CHECK:     %[[B1:.*]] = torch.vtensor.literal(dense_resource<torch_tensor_fc1_bias> : tensor<32xf32>)
# CHECK:     %[[H:.*]] = torch.aten.addmm %[[B1]], %arg0, %[[W1T]], %{{.*}}, %{{.*}} : !torch.vtensor<[32],f32>, !torch.vtensor<[2,8],f32>, !torch.vtensor<[8,32],f32>, !torch.int, !torch.int -> !torch.vtensor<[2,32],f32>
# CHECK:     %[[R:.*]] = torch.aten.relu %[[H]] : !torch.vtensor<[2,32],f32> -> !torch.vtensor<[2,32],f32>
# CHECK:     %[[B2:.*]] = torch.vtensor.literal(dense<[{{.*}}]> : tensor<4xf32>) : !torch.vtensor<[4],f32>
# CHECK:     %[[O:.*]] = torch.aten.addmm %[[B2]], %[[R]], %{{.*}} -> !torch.vtensor<[2,4],f32>
# CHECK:     return %[[O]] : !torch.vtensor<[2,4],f32>
# CHECK:   dialect_resources: {
# CHECK:     torch_tensor_fc1_weight: "0x04000000
