# RUN: %python %s | FileCheck %s
# An op the Torch dialect does not define (a user's torch.library op) is a
# torch.operator named after its schema; import never fails on it.

import torch

import torch_mlir_torchscript

torch.library.define("mylib::scale_shift", "(Tensor x, float s, int[] dims) -> Tensor")


@torch.library.impl("mylib::scale_shift", "CPU")
def _(x, s, dims):
    return x * s


class M(torch.nn.Module):
    def forward(self, x):
        return torch.ops.mylib.scale_shift(x.relu(), 0.5, [0])


print(torch_mlir_torchscript.compile(M(), torch.randn(3), output_type="raw"))

# CHECK-LABEL: func.func private @__torch__.M.forward(%arg0: !torch.nn.Module<"__torch__.M">, %arg1: !torch.tensor {torch.type_bound = !torch.tensor<[3],f32>}) -> !torch.tensor
# CHECK:     %[[R:.*]] = torch.aten.relu %arg1
# CHECK:     %[[Y:.*]] = torch.operator "mylib.scale_shift"(%[[R]], %{{.*}}, %{{.*}}) : (!torch.tensor, !torch.float, !torch.list<int>) -> !torch.tensor
# CHECK:     return %[[Y]]
