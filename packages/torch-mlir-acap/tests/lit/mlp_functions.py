# RUN: %python %s | FileCheck %s
# Several capture_function blocks in one builder: one public function each.
# Parameters, tensors made inside the block and Python scalars are constants;
# an in-place op is recorded as its functional form.

import warnings

import torch

import torch_mlir_acap

warnings.simplefilter("ignore", DeprecationWarning)
torch.manual_seed(0)
fc1, fc2 = torch.nn.Linear(4, 3), torch.nn.Linear(3, 2)
x = torch.randn(5, 4)
mb = torch_mlir_acap.ModuleBuilder()
with mb.capture_function("layer1", [x]) as f:
    h = torch.relu(fc1(x))
    f.returns([h])
with mb.capture_function("mlp", [x]) as f:
    h = torch.relu(fc1(x))
    h.mul_(0.5)
    offset = torch.ones(2)
    f.returns([fc2(h) + offset])
print(mb.module)

# CHECK-LABEL: func.func @layer1(%arg0: !torch.vtensor<[5,4],f32>) -> !torch.vtensor<[5,3],f32>
# CHECK:   torch.aten.addmm %{{.*}}, %arg0, %{{.*}} -> !torch.vtensor<[5,3],f32>
# CHECK:   torch.aten.relu
# CHECK-LABEL: func.func @mlp(%arg0: !torch.vtensor<[5,4],f32>) -> !torch.vtensor<[5,2],f32>
# The weights, transposed outside the recorded ops, and the biases:
# CHECK-DAG: torch.vtensor.literal({{.*}}) : !torch.vtensor<[4,3],f32>
# CHECK-DAG: torch.vtensor.literal({{.*}}) : !torch.vtensor<[3,2],f32>
# CHECK-DAG: torch.vtensor.literal(dense<1.000000e+00> : tensor<2xf32>) : !torch.vtensor<[2],f32>
# CHECK:   %[[H:.*]] = torch.aten.relu
# CHECK:   %[[HALF:.*]] = torch.aten.mul.Tensor %[[H]], %{{.*}} : !torch.vtensor<[5,3],f32>, !torch.vtensor<[],f64> -> !torch.vtensor<[5,3],f32>
# CHECK:   %[[FC2:.*]] = torch.aten.addmm %{{.*}}, %[[HALF]], %{{.*}} -> !torch.vtensor<[5,2],f32>
# CHECK:   %[[OUT:.*]] = torch.aten.add.Tensor %[[FC2]], %{{.*}}, %{{.*}} : !torch.vtensor<[5,2],f32>, !torch.vtensor<[2],f32>, !torch.int -> !torch.vtensor<[5,2],f32>
# CHECK:   return %[[OUT]] : !torch.vtensor<[5,2],f32>
