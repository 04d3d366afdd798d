# RUN: %python %s | FileCheck %s
# Higher-order ops of exported programs: cond -> torch.prim.If, while_loop ->
# torch.prim.Loop (condition re-evaluated after each body), and grad-mode
# regions inlined.

import torch

import torch_mlir_fx


class M(torch.nn.Module):
    def forward(self, x, n):
        a = torch.cond(x.sum() > 0, lambda t: t + 1, lambda t: t.sin(), (x,))

        def cond_fn(i, t):
            return i < n.shape[0]

        def body_fn(i, t):
            return i + 1, t * 2

        i, y = torch._higher_order_ops.while_loop(cond_fn, body_fn, (torch.tensor(0), a))
        with torch.no_grad():
            z = torch.cos(y)
        return z, i


print(torch_mlir_fx.export_and_import(M(), torch.randn(3), torch.randn(4), output_type="raw",
                                      decomposition_table={}))

# CHECK-LABEL: func.func @main(%arg0: !torch.vtensor<[3],f32>, %arg1: !torch.vtensor<[4],f32>) -> (!torch.vtensor<[3],f32>, !torch.vtensor<[],si64>)
# CHECK:     %[[GT:.*]] = torch.aten.gt.Scalar
# CHECK:     %[[PRED:.*]] = torch.aten.Bool.Tensor %[[GT]] : !torch.vtensor<[],i1> -> !torch.bool
# CHECK:     %[[A:.*]] = torch.prim.If %[[PRED]] -> (!torch.vtensor<[3],f32>) {
# CHECK:       %[[T:.*]] = torch.aten.add.Tensor %arg0
# CHECK:       torch.prim.If.yield %[[T]] : !torch.vtensor<[3],f32>
# CHECK:     } else {
# CHECK:       %[[F:.*]] = torch.aten.sin %arg0
# CHECK:       torch.prim.If.yield %[[F]] : !torch.vtensor<[3],f32>
# CHECK:     }
# CHECK:     %[[FIRST:.*]] = torch.aten.Bool.Tensor
# CHECK:     %[[MAX:.*]] = torch.constant.int 9223372036854775807
# CHECK:     %[[LOOP:.*]]:2 = torch.prim.Loop %[[MAX]], %[[FIRST]], init(%{{.*}}, %[[A]]) {
# CHECK:     ^bb0(%{{.*}}: !torch.int, %[[I:.*]]: !torch.vtensor<[],si64>, %[[Y:.*]]: !torch.vtensor<[3],f32>):
# CHECK:       %[[NI:.*]] = torch.aten.add.Tensor %[[I]]
# CHECK:       %[[NY:.*]] = torch.aten.mul.Tensor %[[Y]]
# CHECK:       %[[LT:.*]] = torch.aten.lt.Scalar %[[NI]]
# CHECK:       %[[AGAIN:.*]] = torch.aten.Bool.Tensor %[[LT]]
# CHECK:       torch.prim.Loop.condition %[[AGAIN]], iter(%[[NI]], %[[NY]] : !torch.vtensor<[],si64>, !torch.vtensor<[3],f32>)
# CHECK:     }
# CHECK:     %[[Z:.*]] = torch.aten.cos %[[LOOP]]#1
# CHECK:     return %[[Z]], %[[LOOP]]#0
