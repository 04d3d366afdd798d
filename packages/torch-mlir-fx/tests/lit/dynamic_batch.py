# RUN: %python %s | FileCheck %s
# A dynamic batch dim: `?` in the types, a symbol with its range, and the
# argument's shape bound to it; size arithmetic stays symbolic.

import torch

import torch_mlir_fx


class M(torch.nn.Module):
    def forward(self, x, y):
        return torch.cat([x, y]).sum(1), x.shape[0] * 2


batch = torch.export.Dim("batch", min=2, max=64)
print(torch_mlir_fx.export_and_import(
    M(), torch.randn(4, 3), torch.randn(5, 3), output_type="raw",
    dynamic_shapes=({0: batch}, {0: batch + 1})))

# CHECK: #[[MAPX:.*]] = affine_map<()[s0] -> (s0, 3)>
# CHECK: #[[MAPY:.*]] = affine_map<()[s0] -> (s0 + 1, 3)>
# CHECK-LABEL: func.func @main(%arg0: !torch.vtensor<[?,3],f32>, %arg1: !torch.vtensor<[?,3],f32>) -> (!torch.vtensor<[?],f32>, !torch.int)
# CHECK:     %[[S:.*]] = torch.symbolic_int "{{.*}}" {min_val = 2, max_val = 64} : !torch.int
# CHECK:     torch.bind_symbolic_shape %arg0, [%[[S]]], #[[MAPX]] : !torch.vtensor<[?,3],f32>
# CHECK:     torch.bind_symbolic_shape %arg1, [%[[S]]], #[[MAPY]] : !torch.vtensor<[?,3],f32>
# CHECK:     %[[N:.*]] = torch.aten.sym_size.int %arg0, %{{.*}} : !torch.vtensor<[?,3],f32>, !torch.int -> !torch.int
# CHECK:     torch.aten.cat %{{.*}}, %{{.*}} : !torch.list<vtensor>, !torch.int -> !torch.vtensor<[?,3],f32>
# CHECK:     %[[TWO:.*]] = torch.constant.int 2
# CHECK:     %[[DOUBLE:.*]] = torch.aten.mul.int %[[N]], %[[TWO]] : !torch.int, !torch.int -> !torch.int
# CHECK:     return %{{.*}}, %[[DOUBLE]] : !torch.vtensor<[?],f32>, !torch.int
