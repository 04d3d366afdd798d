# lit configuration for torch-mlir-core's IR tests (`.mlir` files run through
# torch-mlir-opt and FileCheck). Run: `lit -sv packages/torch-mlir-core/tests/lit`.
from torch_mlir_core.testing import configure_lit

configure_lit(config, lit_config, __file__, name="torch-mlir-core", suffixes=[".mlir"])

# IREE's tools (the optional iree-base-compiler wheel) register StableHLO: with
# them, the StableHLO lowering tests also check that IREE parses and verifies
# what we emit (`REQUIRES: iree`).
import shutil  # noqa: E402

if shutil.which("iree-opt", path=config.environment["PATH"]):
    config.available_features.add("iree")
