# RUN: %python %s | FileCheck %s
# Several and nested outputs (flattened in order), ops with several results,
# scalars and None.

import torch

import torch_mlir_fx


class M(torch.nn.Module):
    def forward(self, x):
        values, indices = torch.max(x, dim=1)
        return (values, (indices, {"t": x.t()})), None


print(torch_mlir_fx.export_and_import(M(), torch.randn(3, 4), output_type="raw"))

# CHECK-LABEL: func.func @main(%arg0: !torch.vtensor<[3,4],f32>) -> (!torch.vtensor<[3],f32>, !torch.vtensor<[3],si64>, !torch.vtensor<[4,3],f32>, !torch.none)
# CHECK:     %[[V:.*]], %[[I:.*]] = torch.aten.max.dim %arg0, {{.*}} -> !torch.vtensor<[3],f32>, !torch.vtensor<[3],si64>
# CHECK:     %[[T:.*]] = torch.aten.permute %arg0
# CHECK:     %[[NONE:.*]] = torch.constant.none
# CHECK:     return %[[V]], %[[I]], %[[T]], %[[NONE]]
