# RUN: %python %s | FileCheck %s
# Scripted `if` and `for` become torch.prim.If / torch.prim.Loop with
# regions; loop-carried values are block arguments and loop results.

import torch

import torch_mlir_torchscript


class M(torch.nn.Module):
    def forward(self, x, n: int):
        if bool(x.sum() > 0):
            y = x + 1
        else:
            y = x * 2
        for i in range(n):
            y = y + i
        return y


print(torch_mlir_torchscript.compile(M(), (torch.randn(3), 4), output_type="raw"))

# The method takes its module first; the example gives the tensor a type bound.
# CHECK-LABEL: func.func private @__torch__.M.forward(%arg0: !torch.nn.Module<"__torch__.M">, %arg1: !torch.tensor {torch.type_bound = !torch.tensor<[3],f32>}, %arg2: !torch.int) -> !torch.tensor
# CHECK:     %[[TRUE:.*]] = torch.constant.bool true
# CHECK:     %[[C:.*]] = torch.aten.Bool.Tensor %{{.*}} : !torch.tensor -> !torch.bool
# CHECK:     %[[Y:.*]] = torch.prim.If %[[C]] -> (!torch.tensor) {
# CHECK:       %[[T:.*]] = torch.aten.add.Scalar %arg1
# CHECK:       torch.prim.If.yield %[[T]] : !torch.tensor
# CHECK:     } else {
# CHECK:       %[[F:.*]] = torch.aten.mul.Scalar %arg1
# CHECK:       torch.prim.If.yield %[[F]] : !torch.tensor
# CHECK:     }
# CHECK:     %[[R:.*]] = torch.prim.Loop %arg2, %[[TRUE]], init(%[[Y]]) {
# CHECK:     ^bb0(%[[I:.*]]: !torch.int, %[[ACC:.*]]: !torch.tensor):
# CHECK:       %[[NEXT:.*]] = torch.aten.add.Scalar %[[ACC]], %[[I]], %{{.*}} : !torch.tensor, !torch.int, !torch.int -> !torch.tensor
# CHECK:       torch.prim.Loop.condition %[[TRUE]], iter(%[[NEXT]] : !torch.tensor)
# CHECK:     } : (!torch.int, !torch.bool, !torch.tensor) -> !torch.tensor
# CHECK:     return %[[R]] : !torch.tensor
