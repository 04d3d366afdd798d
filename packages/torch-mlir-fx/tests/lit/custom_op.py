# RUN: %python %s | FileCheck %s
# An op the Torch dialect does not define (here a user's torch.library op)
# imports as torch.operator with its schema name; import never fails on it.

import torch

import torch_mlir_fx


@torch.library.custom_op("mylib::fused_thing", mutates_args=())
def fused_thing(x: torch.Tensor, alpha: float, dims: list[int]) -> torch.Tensor:
    return x * alpha


@fused_thing.register_fake
def _(x, alpha, dims):
    return torch.empty_like(x)


class M(torch.nn.Module):
    def forward(self, x):
        return fused_thing(x.relu(), 0.5, [0, 1])


print(torch_mlir_fx.export_and_import(M(), torch.randn(2, 3), output_type="raw"))

# CHECK-LABEL: func.func @main(%arg0: !torch.vtensor<[2,3],f32>) -> !torch.vtensor<[2,3],f32>
# CHECK:     %[[R:.*]] = torch.aten.relu %arg0
# CHECK:     %[[ALPHA:.*]] = torch.constant.float 5.000000e-01
# CHECK:     %[[DIMS:.*]] = torch.prim.ListConstruct %{{.*}}, %{{.*}} : (!torch.int, !torch.int) -> !torch.list<int>
# CHECK:     %[[Y:.*]] = torch.operator "mylib.fused_thing"(%[[R]], %[[ALPHA]], %[[DIMS]]) : (!torch.vtensor<[2,3],f32>, !torch.float, !torch.list<int>) -> !torch.vtensor<[2,3],f32>
# CHECK:     return %[[Y]]
