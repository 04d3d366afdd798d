# RUN: %python %s | FileCheck %s
# Ops carry their TorchScript source range's file:line: the user's line for
# user code, torch's line for code of a torch module (each method is its own
# function, so a submodule's call site keeps the user's line).

import torch

import torch_mlir_torchscript


class M(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = torch.nn.Linear(2, 2)

    def forward(self, x):
        y = torch.tanh(x)  # line 17
        return self.fc(y)  # line 18


module = torch_mlir_torchscript.compile(M(), torch.randn(2), output_type="raw")
print(module.operation.get_asm(enable_debug_info=True))

# The user's lines in the module's method; the submodule's op has its line in torch:
# CHECK-LABEL: func.func private @__torch__.torch.nn.modules.linear.Linear.forward
# CHECK: torch.aten.linear {{.*}} loc(#[[LINEAR:loc[0-9]*]])
# CHECK-LABEL: func.func private @__torch__.M.forward
# CHECK: torch.aten.tanh {{.*}} loc(#[[TANH:loc[0-9]*]])
# CHECK: torch.prim.CallMethod {{.*}}["forward"] {{.*}} loc(#[[CALL:loc[0-9]*]])
# CHECK-DAG: #[[TANH]] = loc("{{.*}}locations.py":17:0)
# CHECK-DAG: #[[CALL]] = loc("{{.*}}locations.py":18:0)
# CHECK-DAG: #[[LINEAR]] = loc("{{.*}}torch/nn/modules/linear.py":{{[0-9]+}}:0)
