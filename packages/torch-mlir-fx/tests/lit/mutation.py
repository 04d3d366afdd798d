# RUN: %python %s | FileCheck %s
# Mutated buffers and user inputs: torch.export functionalizes them; the
# import takes the mutable state as !torch.tensor arguments, reads it with
# copy.to_vtensor and writes the new value back with overwrite.tensor.contents.

import torch

import torch_mlir_fx


class Counter(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer("count", torch.zeros(3))
        self.register_buffer("scale", torch.full((3,), 2.0))

    def forward(self, x, acc):
        self.count.add_(1)
        acc.mul_(2)
        return x * self.scale + self.count


print(torch_mlir_fx.export_and_import(Counter(), torch.randn(3), torch.ones(3),
                                      output_type="raw"))

# The unmutated buffer stays a literal; the mutated one and the mutated user
# input are arguments.
# CHECK-LABEL: func.func @main(%arg0: !torch.tensor<[3],f32>, %arg1: !torch.vtensor<[3],f32>, %arg2: !torch.tensor<[3],f32>) -> !torch.vtensor<[3],f32>
# CHECK:     %[[COUNT:.*]] = torch.copy.to_vtensor %arg0 : !torch.tensor<[3],f32> -> !torch.vtensor<[3],f32>
# CHECK:     %[[ACC:.*]] = torch.copy.to_vtensor %arg2 : !torch.tensor<[3],f32> -> !torch.vtensor<[3],f32>
# CHECK:     %[[NEWCOUNT:.*]] = torch.aten.add.Tensor %[[COUNT]]
# CHECK:     %[[NEWACC:.*]] = torch.aten.mul.Tensor %[[ACC]]
# CHECK:     %[[SCALE:.*]] = torch.vtensor.literal(dense<2.000000e+00> : tensor<3xf32>)
# CHECK:     %[[XS:.*]] = torch.aten.mul.Tensor %arg1, %[[SCALE]]
# CHECK:     %[[OUT:.*]] = torch.aten.add.Tensor %[[XS]], %[[NEWCOUNT]]
# CHECK:     torch.overwrite.tensor.contents %[[NEWCOUNT]] overwrites %arg0
# CHECK:     torch.overwrite.tensor.contents %[[NEWACC]] overwrites %arg2
# CHECK:     return %[[OUT]]
