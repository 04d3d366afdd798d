# RUN: %python %s | FileCheck %s
# Every op carries the user's file:line (from the FX node's stack trace),
# not a line inside torch; its FX node name wraps it.

import torch

import torch_mlir_fx


class Block(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = torch.nn.Linear(4, 4)

    def forward(self, x):
        y = self.fc(x)  # line 16
        return torch.tanh(y) * 2  # line 17


module = torch_mlir_fx.export_and_import(Block(), torch.randn(2, 4), output_type="raw")
print(module.operation.get_asm(enable_debug_info=True))

# CHECK: torch.aten.addmm {{.*}} loc(#[[ADDMM:loc[0-9]+]])
# CHECK: torch.aten.tanh {{.*}} loc(#[[TANH:loc[0-9]+]])
# CHECK: torch.aten.mul.Tensor {{.*}} loc(#[[MUL:loc[0-9]+]])
# CHECK-DAG: #[[L16:loc[0-9]+]] = loc("{{.*}}locations.py":16:0)
# CHECK-DAG: #[[L17:loc[0-9]+]] = loc("{{.*}}locations.py":17:0)
# CHECK-DAG: #[[ADDMM]] = loc("addmm"(#[[L16]]))
# CHECK-DAG: #[[TANH]] = loc("tanh"(#[[L17]]))
# CHECK-DAG: #[[MUL]] = loc("mul"(#[[L17]]))
