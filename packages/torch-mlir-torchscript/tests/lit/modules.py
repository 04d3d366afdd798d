# RUN: %python %s | FileCheck %s
# A submodule hierarchy imported as its object graph: a torch.class_type per
# class, a torch.nn_module per instance (parameters as tensor literals, large
# ones dense resources named after their path; a tied parameter is one
# literal in two slots), methods reading and calling through the instance.

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
        self.blocks[1].fc.weight = self.blocks[0].fc.weight
        self.register_buffer("offset", torch.full((8,), 2.0))

    def forward(self, x):
        for block in self.blocks:
            x = block(x)
        return x + self.offset


print(torch_mlir_torchscript.compile(Net(), torch.randn(2, 8), output_type="raw"))

# CHECK-LABEL: torch.class_type @__torch__.torch.nn.modules.linear.Linear {
# CHECK-NEXT:    torch.attr "weight" : !torch.tensor
# CHECK-NEXT:    torch.attr "bias" : !torch.tensor
# CHECK:         torch.method "forward", @__torch__.torch.nn.modules.linear.Linear.forward
# CHECK-LABEL: torch.class_type @__torch__.Block {
# CHECK:         torch.attr "scale" : !torch.float
# CHECK-NEXT:    torch.attr "fc" : !torch.nn.Module<"__torch__.torch.nn.modules.linear.Linear">
# CHECK-NEXT:    torch.method "forward", @__torch__.Block.forward
# CHECK-LABEL: torch.class_type @__torch__.torch.nn.modules.container.ModuleList {
# CHECK:         torch.attr "0" : !torch.nn.Module<"__torch__.Block">
# CHECK-NEXT:    torch.attr "1" : !torch.nn.Module<"__torch__.Block">
# CHECK-LABEL: torch.class_type @__torch__.Net {
# CHECK-NEXT:    torch.attr "offset" : !torch.tensor

# CHECK:       %[[W:.*]] = torch.tensor.literal(dense_resource<torch_tensor_self_blocks_0_fc_weight> : tensor<8x8xf32>) : !torch.tensor<[8,8],f32>
# CHECK:       %[[FC0:.*]] = torch.nn_module {
# CHECK-NEXT:    torch.slot "weight", %[[W]] : !torch.tensor<[8,8],f32>
# CHECK:       } : !torch.nn.Module<"__torch__.torch.nn.modules.linear.Linear">
# CHECK:       %[[HALF:.*]] = torch.constant.float 5.000000e-01
# CHECK:       %[[B0:.*]] = torch.nn_module {
# CHECK:         torch.slot "scale", %[[HALF]] : !torch.float
# CHECK-NEXT:    torch.slot "fc", %[[FC0]] : !torch.nn.Module<"__torch__.torch.nn.modules.linear.Linear">
# CHECK-NEXT:  } : !torch.nn.Module<"__torch__.Block">
# The tied weight: the same literal.
# CHECK:       %[[FC1:.*]] = torch.nn_module {
# CHECK-NEXT:    torch.slot "weight", %[[W]] : !torch.tensor<[8,8],f32>
# CHECK:       %[[B1:.*]] = torch.nn_module {
# CHECK:         torch.slot "fc", %[[FC1]]
# CHECK:       %[[LIST:.*]] = torch.nn_module {
# CHECK:         torch.slot "0", %[[B0]] : !torch.nn.Module<"__torch__.Block">
# CHECK-NEXT:    torch.slot "1", %[[B1]] : !torch.nn.Module<"__torch__.Block">
# CHECK:       %[[OFFSET:.*]] = torch.tensor.literal(dense<2.000000e+00> : tensor<8xf32>) : !torch.tensor<[8],f32>
# CHECK:       torch.nn_module {
# CHECK-NEXT:    torch.slot "offset", %[[OFFSET]] : !torch.tensor<[8],f32>
# CHECK:         torch.slot "blocks", %[[LIST]]
# CHECK-NEXT:  } : !torch.nn.Module<"__torch__.Net">

# CHECK-LABEL: func.func private @__torch__.Block.forward(%arg0: !torch.nn.Module<"__torch__.Block">, %arg1: !torch.tensor) -> !torch.tensor {
# CHECK-NEXT:    %[[FC:.*]] = torch.prim.GetAttr %arg0["fc"] : !torch.nn.Module<"__torch__.Block"> -> !torch.nn.Module<"__torch__.torch.nn.modules.linear.Linear">
# CHECK-NEXT:    %[[Y:.*]] = torch.prim.CallMethod %[[FC]]["forward"] (%arg1) : !torch.nn.Module<"__torch__.torch.nn.modules.linear.Linear">, (!torch.tensor) -> !torch.tensor
# CHECK-NEXT:    %[[R:.*]] = torch.aten.relu %[[Y]]
# CHECK-NEXT:    %[[S:.*]] = torch.prim.GetAttr %arg0["scale"] : !torch.nn.Module<"__torch__.Block"> -> !torch.float
# CHECK-NEXT:    torch.aten.mul.Scalar %[[R]], %[[S]]

# The loop over the ModuleList is unrolled by TorchScript:
# CHECK-LABEL: func.func private @__torch__.Net.forward(%arg0: !torch.nn.Module<"__torch__.Net">, %arg1: !torch.tensor {torch.type_bound = !torch.tensor<[2,8],f32>}) -> !torch.tensor {
# CHECK:         %[[BLOCKS:.*]] = torch.prim.GetAttr %arg0["blocks"]
# CHECK-NEXT:    %[[BLOCK0:.*]] = torch.prim.GetAttr %[[BLOCKS]]["0"]
# CHECK-NEXT:    %[[BLOCK1:.*]] = torch.prim.GetAttr %[[BLOCKS]]["1"]
# CHECK-NEXT:    %[[X1:.*]] = torch.prim.CallMethod %[[BLOCK0]]["forward"] (%arg1)
# CHECK-NEXT:    %[[X2:.*]] = torch.prim.CallMethod %[[BLOCK1]]["forward"] (%[[X1]])
# CHECK-NEXT:    %[[OFF:.*]] = torch.prim.GetAttr %arg0["offset"] : !torch.nn.Module<"__torch__.Net"> -> !torch.tensor
# CHECK-NEXT:    torch.aten.add.Tensor %[[X2]], %[[OFF]]

print(torch_mlir_torchscript.compile(Net(), torch.randn(2, 8), output_type="torch"))

# Frozen for the backend: the methods inlined into one function, the tied
# weight one literal used by both layers, no object graph left.
# CHECK-LABEL: func.func @forward(%arg0: !torch.vtensor<[2,8],f32>) -> !torch.vtensor<[2,8],f32>
# CHECK-DAG:   %[[TW:.*]] = torch.vtensor.literal(dense_resource<torch_tensor_self_blocks_0_fc_weight> : tensor<8x8xf32>)
# CHECK:       %[[L0:.*]] = torch.aten.linear %arg0, %[[TW]]
# CHECK:       torch.aten.linear %{{.*}}, %[[TW]]
# CHECK-NOT:   torch.nn_module
# CHECK-NOT:   torch.class_type
