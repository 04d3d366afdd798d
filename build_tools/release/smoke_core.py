"""Smoke test of an installed torch-mlir-core wheel, as a vendor sees it: core
alone, no frontend. Lowers a raw Torch-dialect module to linalg-on-tensors
with the Python API and with `torch-mlir-opt`, and checks a bad op is reported
(not a crash).

Run it from outside the repository in a venv holding the wheel:
    python smoke_core.py
build_tools/test_wheels.sh and cibuildwheel's test-command run it.
"""

import os
import shutil
import subprocess
import sys
import tempfile

import torch_mlir_core
from torch_mlir_core import ir
from torch_mlir_core.pipelines import LoweringError

RAW = """
func.func @forward(%x: !torch.vtensor<[?,8],f32>, %w: !torch.vtensor<[8,4],f32>,
                   %b: !torch.vtensor<[4],f32>) -> !torch.vtensor<[?,4],f32> {
  %int1 = torch.constant.int 1
  %0 = torch.aten.mm %x, %w : !torch.vtensor<[?,8],f32>, !torch.vtensor<[8,4],f32>
         -> !torch.vtensor<[?,4],f32>
  %1 = torch.aten.add.Tensor %0, %b, %int1
         : !torch.vtensor<[?,4],f32>, !torch.vtensor<[4],f32>, !torch.int
         -> !torch.vtensor<[?,4],f32>
  %2 = torch.aten.relu %1 : !torch.vtensor<[?,4],f32> -> !torch.vtensor<[?,4],f32>
  return %2 : !torch.vtensor<[?,4],f32>
}
"""

# An op no linalg rule handles: must come back as a LoweringError naming it.
NO_RULE = """
func.func @no_rule(%x: !torch.vtensor<[8],f32>) -> !torch.vtensor<[8],f32> {
  %0 = torch.aten.special_airy_ai %x : !torch.vtensor<[8],f32> -> !torch.vtensor<[8],f32>
  return %0 : !torch.vtensor<[8],f32>
}
"""


def check(cond, what):
    if not cond:
        sys.exit(f"smoke_core: FAILED: {what}")


def check_linalg(text, where):
    check("linalg.matmul" in text and "linalg.generic" in text,
          f"{where}: no linalg ops in\n{text}")
    check("torch.aten" not in text and "!torch." not in text,
          f"{where}: Torch ops/types left in\n{text}")


def main():
    installed = os.path.realpath(torch_mlir_core.__file__)
    check(installed.startswith(os.path.realpath(sys.prefix)),
          f"torch_mlir_core imported from {installed}, not from this venv ({sys.prefix})")

    with ir.Context():
        module = ir.Module.parse(RAW)
        torch_mlir_core.lower(module, "linalg-on-tensors")
        module.operation.verify()
        check_linalg(str(module), "lower()")

        bad = ir.Module.parse(NO_RULE)
        try:
            torch_mlir_core.lower(bad, "linalg-on-tensors")
            check(False, "lowering an op with no rule did not raise")
        except LoweringError as e:
            check("torch.aten.special_airy_ai" in str(e), f"error does not name the op: {e}")

    # The console script of this interpreter's environment (venv not activated).
    opt_exe = shutil.which("torch-mlir-opt", path=os.path.dirname(sys.executable))
    check(opt_exe is not None, f"no torch-mlir-opt beside {sys.executable}")
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "raw.mlir")
        with open(path, "w") as f:
            f.write(RAW)
        opt = subprocess.run(
            [opt_exe, path, "-torch-backend-to-linalg-on-tensors-backend-pipeline"],
            capture_output=True, text=True)
        check(opt.returncode == 0, f"torch-mlir-opt failed:\n{opt.stderr}")
        check_linalg(opt.stdout, "torch-mlir-opt")
    help_ = subprocess.run([opt_exe, "--help"], capture_output=True, text=True)
    check(help_.returncode == 0 and "usage: torch-mlir-opt" in help_.stdout,
          f"torch-mlir-opt --help failed:\n{help_.stdout}{help_.stderr}")
    print(f"smoke_core: OK (torch-mlir-core {torch_mlir_core.__version__} from {installed})")


if __name__ == "__main__":
    main()
