"""A dispatch mode watching the ops user code runs on lazy tensors.

It sees each op after autograd and functionalization, as LTC records it, and
* remembers the user's source line of each op (torch 2.13's LTC does not:
  the `source` it prints on graph nodes is where the graph was printed), so
  that a problem in a compiled step is reported at the lines that ran the op;
* before an op reads lazy values on the host (`.cpu()`, `.item()`,
  `print(t)`, `torch.equal`) has them computed through MLIR, so LTC's own
  TorchScript backend never computes anything;
* classifies ops LTC has no lazy kernel for (it would run them eagerly):
  with `fallback=True` their inputs are computed through MLIR first and LTC
  runs the op itself eagerly; without, they are reported at the next step.
"""

from __future__ import annotations

import functools
import sys
from typing import Any, Callable

import torch
from torch.utils._python_dispatch import TorchDispatchMode

from torch_mlir_core.diagnostics import package_dirs
from torch_mlir_core.diagnostics import user_frame as diagnostics_user_frame

from ._errors import op_name
from ._graph import is_lazy

_SKIPPED_DIRS = package_dirs(torch, sys.modules[__package__])


def user_frame() -> tuple[str, int] | None:
    """The innermost frame of the caller's stack outside torch and this package."""
    return diagnostics_user_frame(_SKIPPED_DIRS, depth=2)


def _has_kernel(name: str, key: str) -> bool:
    return torch._C._dispatch_has_kernel_for_dispatch_key(name, key)


@functools.lru_cache(maxsize=None)
def _kind(func: torch._ops.OpOverload) -> str:
    """"captured" (LTC records it in the graph), "read" (it needs the values
    on the host: an op LTC runs eagerly that returns no tensor) or
    "uncaptured" (LTC would run it eagerly)."""
    name = func.name()
    # (A CompositeExplicitAutogradNonFunctional kernel, a structured op's
    # functional form, calls the out= variant: LTC runs that eagerly.)
    if _has_kernel(name, "Lazy") or _has_kernel(name, "CompositeExplicitAutograd"):
        return "captured"
    returns_tensor = any("Tensor" in str(r.type) for r in func._schema.returns)
    return "uncaptured" if returns_tensor else "read"


def _off_device(func, args, kwargs) -> bool:
    """Ops LTC implements that copy lazy values to another device."""
    packet = func.overloadpacket
    if packet is torch.ops.aten._to_copy:
        device = kwargs.get("device")
        return device is not None and torch.device(device).type != "lazy"
    if packet in (torch.ops.aten.copy_, torch.ops.aten.copy):
        return not is_lazy(args[0])
    if packet in (torch.ops.aten._copy_from, torch.ops.aten._copy_from_and_resize):
        return not is_lazy(args[1])
    return False


def _lazy_args(args, kwargs) -> list[torch.Tensor]:
    found = []
    for value in list(args) + list(kwargs.values()):
        if isinstance(value, (list, tuple)):
            found.extend(v for v in value if is_lazy(v))
        elif is_lazy(value):
            found.append(value)
    return found


class StepRecorder(TorchDispatchMode):
    """Calls `on_op(name, kind, lazy_args, line)` for every op on lazy
    tensors before running it; kind is "captured", "read" or "uncaptured"."""

    def __init__(self, on_op: Callable[[str, str, list, Any], None]):
        super().__init__()
        self.on_op = on_op

    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        kwargs = kwargs or {}
        lazy = _lazy_args(args, kwargs)
        if lazy:
            kind = "read" if _off_device(func, args, kwargs) else _kind(func)
            self.on_op(op_name(str(func)), kind, lazy, user_frame())
            return func(*args, **kwargs)
        return _functional_if_lazy(func(*args, **kwargs))


def _functional_if_lazy(out):
    """A new lazy tensor (`.to("lazy")`, a factory on the lazy device) in its
    functionalization wrapper. LTC's kernels wrap them only when the
    Functionalize key is not excluded, and below a dispatch mode every key
    above it is."""
    if is_lazy(out) and not torch._is_functional_tensor(out):
        return torch._to_functional_tensor(out)
    if isinstance(out, (tuple, list)):
        return type(out)(_functional_if_lazy(o) for o in out)
    return out
