# lit configuration: each test is a Python script whose printed IR is checked
# with FileCheck (`# RUN: %python %s | FileCheck %s`).
from torch_mlir_core.testing import configure_lit

configure_lit(config, lit_config, __file__, name="torch-mlir-torchscript", suffixes=[".py"])
