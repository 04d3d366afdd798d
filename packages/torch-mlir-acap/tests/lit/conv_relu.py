# RUN: %python %s | FileCheck %s
# The capture of conv + relu: the inputs are the arguments, the ops those
# the block ran (after torch's own decomposition of conv2d), located at the
# block's lines.

import warnings

import torch

import torch_mlir_acap

warnings.simplefilter("ignore", DeprecationWarning)
x = torch.randn(1, 2, 8, 8)
w = torch.randn(3, 2, 3, 3)
mb = torch_mlir_acap.ModuleBuilder()
with mb.capture_function("conv2d_fwd", [x, w]) as f:
    y = torch.relu(torch.conv2d(x, w, padding=1))
    f.returns([y])
print(mb.module.operation.get_asm(enable_debug_info=True))

# CHECK-LABEL: func.func @conv2d_fwd(%arg0: !torch.vtensor<[1,2,8,8],f32> loc({{.*}}), %arg1: !torch.vtensor<[3,2,3,3],f32> loc({{.*}})) -> !torch.vtensor<[1,3,8,8],f32> {
# CHECK:   %[[CONV:.*]] = torch.aten.convolution %arg0, %arg1, %{{.*}} : !torch.vtensor<[1,2,8,8],f32>, !torch.vtensor<[3,2,3,3],f32>, !torch.none, {{.*}} -> !torch.vtensor<[1,3,8,8],f32> loc(#[[LOC:.*]])
# CHECK:   %[[RELU:.*]] = torch.aten.relu %[[CONV]] : !torch.vtensor<[1,3,8,8],f32> -> !torch.vtensor<[1,3,8,8],f32> loc(#[[LOC]])
# CHECK:   return %[[RELU]] : !torch.vtensor<[1,3,8,8],f32>
# CHECK: #[[LOC]] = loc("{{.*}}conv_relu.py":17:0)
