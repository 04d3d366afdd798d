# lit configuration for torch-mlir-core's IR tests (`.mlir` files run through
# torch-mlir-opt and FileCheck). Run: `lit -sv packages/torch-mlir-core/tests/lit`.
from torch_mlir_core.testing import configure_lit

configure_lit(config, lit_config, __file__, name="torch-mlir-core", suffixes=[".mlir"])
