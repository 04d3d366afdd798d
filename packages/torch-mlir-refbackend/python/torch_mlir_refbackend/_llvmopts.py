"""LLVM code-generation options of the process's LLVM (the one the MLIR bindings load).

By default the refbackend turns off LLVM's machine instruction scheduler
(`-enable-misched=false`). On ResNet-18's module it took 0.5 s of the 2.8 s of
`llc -O3 -mcpu=znver3`. Our kernels come out of the recipe unrolled and vectorized, and
run on out-of-order cores: without it, run times moved within noise (-4 % to +3 % on
the benchmark's models at one thread, A/B in one process). The post-RA scheduler
(another 0.9 s of that llc run) stays on: without it ResNet-18 ran 10-13 % slower.

The options are LLVM's global command-line options, set once per process through the
LLVM C API (`LLVMParseCommandLineOptions`, as llvmlite's `set_option` does): they also
apply to any other LLVM JIT in the same process. `$TORCH_MLIR_REFBACKEND_LLVM_OPTIONS`
replaces the list (space separated; empty: leave LLVM as it is). Unknown options are
ignored by LLVM (errors go to its null stream, the process never exits).
"""

from __future__ import annotations

import ctypes
import os
import threading

__all__ = ["ENV", "DEFAULT_OPTIONS", "options", "apply"]

ENV = "TORCH_MLIR_REFBACKEND_LLVM_OPTIONS"
DEFAULT_OPTIONS = ("-enable-misched=false",)

_lock = threading.Lock()
_applied: tuple[str, ...] | None = None


def options() -> tuple[str, ...]:
    """The options this process compiles with (part of the disk cache key)."""
    if _applied is not None:
        return _applied
    env = os.environ.get(ENV)
    return DEFAULT_OPTIONS if env is None else tuple(env.split())


def _loaded_libllvm() -> str | None:
    """The path of the libLLVM shared library mapped into this process, if any."""
    try:
        with open("/proc/self/maps") as f:
            for line in f:
                path = line.rstrip("\n").rpartition(" ")[2]
                name = os.path.basename(path)
                if name.startswith("libLLVM") and ".so" in name:
                    return path
    except OSError:
        pass
    return None


def apply() -> tuple[str, ...]:
    """Sets `options()` in the process's LLVM, once (LLVM counts occurrences of an
    option: a second parse of the same option is an error). Returns the options in
    effect; () when there is nothing to set or no shared libLLVM to set them in."""
    global _applied
    with _lock:
        if _applied is not None:
            return _applied
        wanted = options()
        applied: tuple[str, ...] = ()
        if wanted:
            import mlir.execution_engine  # noqa: F401 - maps the LLVM the JIT uses

            path = _loaded_libllvm()
            if path is not None:
                try:
                    parse = ctypes.CDLL(path).LLVMParseCommandLineOptions
                except (OSError, AttributeError):
                    parse = None
                if parse is not None:
                    parse.argtypes = [ctypes.c_int, ctypes.POINTER(ctypes.c_char_p),
                                      ctypes.c_char_p]
                    parse.restype = None
                    argv = (ctypes.c_char_p * (len(wanted) + 1))(
                        b"torch-mlir-refbackend", *(o.encode() for o in wanted))
                    parse(len(wanted) + 1, argv, None)
                    applied = wanted
        _applied = applied
        return applied
