"""The MLIR Python API, with the Torch dialect registered.

`torch_mlir_core.ir` re-exports `mlir.ir`, so user code can use it as a drop-in;
its `Context` has the Torch dialect loaded (besides every upstream dialect the
`mlir` package registers).
"""

import importlib.util as _importlib_util
import sys as _sys

from mlir.ir import *  # noqa: F401,F403  (re-export: this module extends mlir.ir)
from mlir import ir as _ir

from . import _native

# The MLIR bindings look for a dialect's Python module (`mlir.dialects.<ns>`)
# at every `.opview` / `.owner` of one of its ops, and retry a failed import
# each time: a search of sys.path, about 40 us, thousands of times per model
# for the Torch dialect. A None entry in sys.modules makes that import fail at
# once. (Registering `torch_mlir_core.dialects` as a search prefix instead
# would turn op views into the generated classes, whose properties shadow
# `OpView`'s: `torch.slot`'s `name` attribute hides the op name.)
if "mlir.dialects.torch" not in _sys.modules and \
        _importlib_util.find_spec("mlir.dialects.torch") is None:
    _sys.modules["mlir.dialects.torch"] = None

__all__ = ["Context", "register_dialect", "parse_module"]


def register_dialect(context: "_ir.Context | None" = None, load: bool = True) -> None:
    """Registers (and by default loads) the Torch dialect in `context`
    (default: the current context)."""
    _native.register_dialect(context, load)


class Context(_ir.Context):
    """An `mlir.ir.Context` with the Torch dialect registered and loaded."""

    def __init__(self, *, allow_unregistered_dialects: bool = False):
        super().__init__()
        register_dialect(self)
        self.allow_unregistered_dialects = allow_unregistered_dialects


def parse_module(text: str, filename: str = "-", context: "_ir.Context | None" = None):
    """Parses and verifies `text` as a module whose buffer is named `filename`,
    so locations read `filename:line:col`.

    Returns the module, or None on failure; the diagnostics go to the
    context's diagnostic handlers (attach one to collect them). Use
    `mlir.ir.Module.parse` instead when an exception is preferred.
    """
    if context is None:
        context = _ir.Context.current
    return _native.parse_module(context, text, filename)
