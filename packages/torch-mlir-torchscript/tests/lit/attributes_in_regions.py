# RUN: %python %s | FileCheck %s
# Module attributes read inside control flow: raw, a torch.prim.GetAttr at
# each read; frozen for the backend, constants at the function's start, so
# every read (inside or after the region) sees them.

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

# Raw: each read is a torch.prim.GetAttr where the code reads it.
# CHECK-LABEL: func.func private @__torch__.M.forward(%arg0: !torch.nn.Module<"__torch__.M">, %arg1: !torch.tensor {torch.type_bound = !torch.tensor<[3],f32>}, %arg2: !torch.bool) -> !torch.tensor
# CHECK:       torch.prim.If %arg2
# CHECK-NEXT:    %[[B:.*]] = torch.prim.GetAttr %arg0["bias"] : !torch.nn.Module<"__torch__.M"> -> !torch.tensor
# CHECK-NEXT:    torch.aten.add.Tensor %arg1, %[[B]]
# CHECK:       %[[F:.*]] = torch.prim.GetAttr %arg0["factor"] : !torch.nn.Module<"__torch__.M"> -> !torch.int
# CHECK:       torch.prim.Loop %[[F]]
# CHECK:       %[[B2:.*]] = torch.prim.GetAttr %arg0["bias"]
# CHECK:       torch.aten.sub.Tensor %{{.*}}, %[[B2]]

print(torch_mlir_torchscript.compile(M(), (torch.randn(3), True), output_type="torch"))

# Frozen: one literal, materialized where it dominates the read inside the
# region and the one after it; the loop count is the constant 4.
# CHECK-LABEL: func.func @forward(%arg0: !torch.vtensor<[3],f32>, %arg1: !torch.bool) -> !torch.vtensor<[3],f32>
# CHECK-DAG:   %[[BIAS:.*]] = torch.vtensor.literal(dense<1.000000e+00> : tensor<3xf32>) : !torch.vtensor<[3],f32>
# CHECK-DAG:   %[[FOUR:.*]] = torch.constant.int 4
# CHECK:       torch.prim.If %arg1
# CHECK:         torch.aten.add.Tensor %arg0, %[[BIAS]]
# CHECK:       torch.prim.Loop %[[FOUR]]
# CHECK:       torch.aten.sub.Tensor %{{.*}}, %[[BIAS]]
# CHECK-NOT:   torch.nn_module
