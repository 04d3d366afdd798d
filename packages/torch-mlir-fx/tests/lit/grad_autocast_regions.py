# RUN: %python %s | FileCheck %s
# Without decompositions an exported program keeps no_grad blocks as
# wrap_with_set_grad_enabled regions (inlined: grad mode does not change
# values) and autocast blocks as wrap_with_autocast (an error naming the fix:
# the ops there are recorded at their source dtypes). With decompositions
# autocast's casts are explicit.

import torch

import torch_mlir_fx


class NoGrad(torch.nn.Module):
    def forward(self, x):
        with torch.no_grad():
            y = x.cos()
        return y * 2


class Autocast(torch.nn.Module):
    def forward(self, x):
        with torch.autocast("cpu", dtype=torch.bfloat16):
            return x @ x.t()


x = torch.randn(3, 3, requires_grad=True)
print(torch_mlir_fx.export_and_import(NoGrad(), x, output_type="raw", decomposition_table={},
                                      func_name="no_grad"))
# CHECK-LABEL: func.func @no_grad(%arg0: !torch.vtensor<[3,3],f32>) -> !torch.vtensor<[3,3],f32>
# CHECK:     %[[Y:.*]] = torch.aten.cos %arg0 : !torch.vtensor<[3,3],f32> -> !torch.vtensor<[3,3],f32>
# CHECK:     torch.aten.mul.Tensor %[[Y]]

try:
    torch_mlir_fx.export_and_import(Autocast(), x, output_type="raw", decomposition_table={})
except torch_mlir_fx.UnsupportedNodesError as e:
    print(e)
# CHECK: 1 FX node(s) could not be imported:
# CHECK-NEXT: node '{{.*}}' (call_function wrap_with_autocast) at {{.*}}grad_autocast_regions.py:23: autocast regions import only after decompositions

print(torch_mlir_fx.export_and_import(Autocast(), x, output_type="raw", func_name="autocast"))
# CHECK-LABEL: func.func @autocast(%arg0: !torch.vtensor<[3,3],f32>) -> !torch.vtensor<[3,3],bf16>
# CHECK:     %[[XB:.*]] = torch.aten._to_copy %arg0, {{.*}} -> !torch.vtensor<[3,3],bf16>
# CHECK:     torch.aten.mm {{.*}} : !torch.vtensor<[3,3],bf16>, !torch.vtensor<[3,3],bf16> -> !torch.vtensor<[3,3],bf16>
