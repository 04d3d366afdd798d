# RUN: %python %s | FileCheck %s
# One SGD step of a Linear + relu on the lazy device is one graph: LTC's
# TorchScript imported into the Torch dialect (forward, relu's backward,
# the weight update with the learning rate as a run-time input), then
# lowered to linalg-on-tensors.

import torch

import torch_mlir_ltc

torch_mlir_ltc.init()
torch.manual_seed(0)
lin = torch.nn.Linear(3, 2).to("lazy")
opt = torch.optim.SGD(lin.parameters(), lr=0.1)
x = torch.randn(4, 3).to("lazy")
loss = lin(x).relu().sum()
loss.backward()
opt.step()
torch_mlir_ltc.mark_step()
graph = torch_mlir_ltc.last_graph()
print(graph.raw_mlir)
print("// -----")
print(graph.mlir)
torch_mlir_ltc.shutdown()

# CHECK-LABEL: func.func @main(
# CHECK-SAME:    !torch.tensor<[4,3],f32>
# CHECK-SAME:    !torch.tensor<[2,3],f32>
# CHECK-SAME:    !torch.tensor<[2],f32>
# CHECK:         %[[W:.*]] = torch.aten.detach_copy %arg2 : !torch.tensor<[2,3],f32> -> !torch.tensor
# CHECK:         %[[WT:.*]] = torch.aten.t_copy %[[W]]
# CHECK:         %[[Y:.*]] = torch.aten.addmm %{{.*}}, %arg0, %[[WT]]
# CHECK:         %[[R:.*]] = torch.aten.relu %[[Y]]
# CHECK:         torch.aten.sum %[[R]]
# CHECK:         torch.aten.threshold_backward %{{.*}}, %[[R]]
# CHECK:         %[[GW:.*]] = torch.aten.mm
# CHECK:         %[[LR:.*]] = torch.aten.Float.Tensor %arg6 : !torch.tensor<[],f64> -> !torch.float
# CHECK:         torch.aten.add.Tensor %[[W]], %{{.*}}, %[[LR]]
# CHECK:         return
# CHECK-LABEL: // -----
# CHECK:       func.func @main(%arg0: tensor<4x3xf32>, {{.*}}, %arg2: tensor<2x3xf32>, %arg3: tensor<2xf32>,
# CHECK-NOT:     torch.aten
# CHECK:         linalg.matmul
# CHECK:         return
