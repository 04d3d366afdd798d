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

# Lowered: the writes become extra results after the program's own, each
# tagged with the argument it updates (torch.updates_argument), in the
# torch backend contract and in linalg-on-tensors alike.
print(torch_mlir_fx.export_and_import(Counter(), torch.randn(3), torch.ones(3),
                                      output_type="torch"))
# CHECK-LABEL: func.func @main(%arg0: !torch.vtensor<[3],f32>, %arg1: !torch.vtensor<[3],f32>, %arg2: !torch.vtensor<[3],f32>)
# CHECK-SAME:      -> (!torch.vtensor<[3],f32>, !torch.vtensor<[3],f32> {torch.updates_argument = 0 : i64}, !torch.vtensor<[3],f32> {torch.updates_argument = 2 : i64})
# CHECK-NOT:   torch.overwrite.tensor.contents
# CHECK-NOT:   torch.copy.to_vtensor
# CHECK:       %[[NEWCOUNT:.*]] = torch.aten.add.Tensor %arg0
# CHECK:       %[[NEWACC:.*]] = torch.aten.mul.Tensor %arg2
# CHECK:       %[[OUT:.*]] = torch.aten.add.Tensor %{{.*}}, %[[NEWCOUNT]]
# CHECK:       return %[[OUT]], %[[NEWCOUNT]], %[[NEWACC]]

print(torch_mlir_fx.export_and_import(Counter(), torch.randn(3), torch.ones(3),
                                      output_type="linalg-on-tensors"))
# CHECK-LABEL: func.func @main(%arg0: tensor<3xf32>, %arg1: tensor<3xf32>, %arg2: tensor<3xf32>)
# CHECK-SAME:      -> (tensor<3xf32>, tensor<3xf32> {torch.updates_argument = 0 : i64}, tensor<3xf32> {torch.updates_argument = 2 : i64})
# CHECK:       return %{{.*}}, %{{.*}}, %{{.*}} : tensor<3xf32>, tensor<3xf32>, tensor<3xf32>


# A slice assignment into an argument (`x[:, 1:] = y`), dynamic batch: the
# write is located at the user's line; the update is a slice_scatter of the
# argument, returned for argument 0.
class SliceAssign(torch.nn.Module):
    def forward(self, x, y):
        x[:, 1:] = y
        return x.sum()


batch = torch.export.Dim("batch")
m = torch_mlir_fx.export_and_import(SliceAssign(), torch.randn(4, 5), torch.randn(4, 4),
                                    dynamic_shapes=({0: batch}, {0: batch}), output_type="raw")
print(m.operation.get_asm(enable_debug_info=True))
# CHECK-LABEL: func.func @main(%arg0: !torch.tensor<[?,5],f32> loc(unknown), %arg1: !torch.vtensor<[?,4],f32> loc(unknown))
# CHECK:       torch.overwrite.tensor.contents %{{.*}} overwrites %arg0 : !torch.vtensor<[?,5],f32>, !torch.tensor<[?,5],f32> loc(#[[LOC:loc[0-9]+]])
# CHECK:       #[[FILE:loc[0-9]+]] = loc("{{.*}}mutation.py":66:0)
# CHECK:       #[[LOC]] = loc("slice_scatter{{.*}}"(#[[FILE]]))

torch_mlir_fx.lower(m, "linalg-on-tensors")
print(m)
# CHECK-LABEL: func.func @main(%arg0: tensor<?x5xf32>, %arg1: tensor<?x4xf32>)
# CHECK-SAME:      -> (tensor<f32>, tensor<?x5xf32> {torch.updates_argument = 0 : i64})
