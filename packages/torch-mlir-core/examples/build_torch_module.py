"""Builds a small Torch-dialect program with the Python API, verifies it, and
runs it through `torch-mlir-opt --canonicalize`.

    python packages/torch-mlir-core/examples/build_torch_module.py

The program is what a frontend would emit for

    def forward(x: Tensor[4, 8], w: Tensor[8, 16]):
        y = torch.mm(x, w)
        return torch.relu(y), y.size(1) * 2

Canonicalization folds the shape arithmetic (`size(1) * 2` is 32 statically).
"""

import shutil
import subprocess
import sys

from torch_mlir_core import dtypes, ir, types
from torch_mlir_core.dialects import torch as torch_d
from mlir.dialects import func


def build_module() -> ir.Module:
    f32 = dtypes.to_mlir_type("float32")
    x_type = types.vtensor([4, 8], f32)
    w_type = types.vtensor([8, 16], f32)
    y_type = types.vtensor([4, 16], f32)

    module = ir.Module.create()
    with ir.InsertionPoint(module.body):

        @func.FuncOp.from_py_func(x_type, w_type, results=None, name="forward")
        def forward(x, w):
            y = torch_d.AtenMmOp(y_type, x, w).result
            relu = torch_d.AtenReluOp(y_type, y).result
            one = torch_d.ConstantIntOp(1).result
            two = torch_d.ConstantIntOp(2).result
            size = torch_d.AtenSizeIntOp(y, one).result
            doubled = torch_d.AtenMulIntOp(size, two).result
            return relu, doubled

    return module


def main() -> int:
    with ir.Context(), ir.Location.file("build_torch_module.py", 1, 1):
        module = build_module()
        module.operation.verify()
        text = str(module)
    print("// ---- built with the Python API and verified:")
    print(text)

    opt = shutil.which("torch-mlir-opt")
    cmd = [opt] if opt else [sys.executable, "-m", "torch_mlir_core.tools.opt"]
    cmd += ["--canonicalize", "-"]
    print("// ---- after `torch-mlir-opt --canonicalize`:")
    done = subprocess.run(cmd, input=text, text=True, capture_output=True)
    sys.stdout.write(done.stdout)
    sys.stderr.write(done.stderr)
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
