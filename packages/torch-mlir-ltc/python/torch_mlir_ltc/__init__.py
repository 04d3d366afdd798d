"""torch-mlir-ltc: Lazy Tensor Core capture, compiled through MLIR.

    import torch, torch_mlir_ltc

    torch_mlir_ltc.init()                      # the "lazy" device, compiled through MLIR
    model = Net().to("lazy")
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for x, y in data:
        opt.zero_grad()
        loss = loss_fn(model(x.to("lazy")), y.to("lazy"))
        loss.backward()
        opt.step()
        torch_mlir_ltc.mark_step()             # the step: one graph, compiled once, cached
    print(torch_mlir_ltc.stats())

    fast = torch_mlir_ltc.compile(model, example_x)   # inference capture -> a callable

Torch's Lazy Tensor Core (its TorchScript backend) records what runs on the
"lazy" device; at a step boundary the graph of the live lazy tensors is
imported into the Torch dialect (torch-mlir-torchscript's graph import),
lowered by torch-mlir-core, compiled by an executor (torch-mlir-refbackend by
default), cached by LTC's graph hash, and run; the results become the values
of the lazy tensors (parameters are updated in place).
"""

from __future__ import annotations

import dataclasses
import os
from typing import Any

import torch

from . import _kernels
from ._compiler import CompiledGraph, Executor, refbackend_executor
from ._errors import Problem, UnsupportedOpsError
from ._session import Session, Stats

__version__ = "0.1.1"

__all__ = [
    "CompiledGraph", "Problem", "Stats", "UnsupportedOpsError", "clear_cache", "compile", "init",
    "is_initialized", "last_graph", "mark_step", "refbackend_executor", "reset_stats",
    "shutdown", "stats", "sync",
]

_SESSION: Session | None = None
_TORCH_MARK_STEP = None
# compile() without init(): a session with the defaults and no global mode.
_CAPTURE_SESSION: Session | None = None


def init(*, fallback: bool = False, executor: Executor | None = None,
         output_type: str = "linalg-on-tensors", dump_dir: str | None = None,
         patch_torch_mark_step: bool = True) -> None:
    """Sets up the "lazy" device with MLIR compilation (torch's LTC with its
    TorchScript backend records the graphs; nothing is computed by it).

    fallback: when a step has ops that cannot be compiled (LTC has no lazy
        kernel for them, or core cannot lower them), run them eagerly with a
        warning instead of raising UnsupportedOpsError.
    executor: `executor(lowered_module) -> callable(*inputs)` running its
        `main`; default: torch-mlir-refbackend.
    output_type: what core lowers to for the executor.
    dump_dir: write every compiled graph there (LTC's TorchScript, the raw
        Torch dialect, the lowered module); `$TORCH_MLIR_LTC_DUMP` also sets it.
    patch_torch_mark_step: make `torch._lazy.mark_step()` this package's
        `mark_step` (scripts written for LTC keep working); undone by
        `shutdown()`.

    Calling init() again replaces the settings and clears the cache. While
    initialized, a dispatch mode watches the ops run on lazy tensors (see
    README: source lines, host reads); `shutdown()` removes it.
    """
    global _SESSION, _TORCH_MARK_STEP
    if _SESSION is not None:
        shutdown()
    _init_ltc()
    _SESSION = Session(fallback=fallback, executor=executor or refbackend_executor,
                       output_type=output_type,
                       dump_dir=dump_dir or os.environ.get("TORCH_MLIR_LTC_DUMP") or None)
    _SESSION.record_globally(True)
    if patch_torch_mark_step:
        _TORCH_MARK_STEP = torch._lazy.mark_step
        torch._lazy.mark_step = mark_step


_LTC_INITIALIZED = False


def _init_ltc() -> None:
    """torch's LTC with its TorchScript backend (once per process: it cannot
    be initialized twice), and the lazy kernels from torch's decompositions."""
    global _LTC_INITIALIZED
    if not _LTC_INITIALIZED:
        import torch._lazy.ts_backend  # noqa: F401  (imported for its registration)

        torch._lazy.ts_backend.init()
        _LTC_INITIALIZED = True
    _kernels.ensure_registered()


def shutdown() -> None:
    """Removes the dispatch mode and the `torch._lazy.mark_step` patch and
    drops the cache. Lazy tensors keep their values."""
    global _SESSION, _TORCH_MARK_STEP
    if _SESSION is None:
        return
    session, _SESSION = _SESSION, None
    session.record_globally(False)
    _kernels.unregister()
    if _TORCH_MARK_STEP is not None:
        torch._lazy.mark_step = _TORCH_MARK_STEP
        _TORCH_MARK_STEP = None


def is_initialized() -> bool:
    return _SESSION is not None


def _current() -> Session:
    if _SESSION is None:
        raise RuntimeError("torch_mlir_ltc is not initialized: call torch_mlir_ltc.init() first")
    return _SESSION


def mark_step(device: str = "", wait: bool = False) -> None:
    """Ends a step: every live lazy tensor with pending work is computed by
    one compiled graph (compiled on the first step, a cache hit after) and
    holds its value as data afterwards. Raises UnsupportedOpsError (every
    problem of the step, at its source lines) unless `fallback=True`."""
    _current().step(device, wait)


def sync(tensors) -> None:
    """Computes just `tensors` (lazy tensors) through MLIR."""
    session = _current()
    session.sync([t for t in tensors if isinstance(t, torch.Tensor)],
                 problems=session.uncaptured_problems())


def compile(fn_or_module, example_inputs: Any, *, fallback: bool = False):
    """Captures `fn_or_module(*example_inputs)` on the lazy device (a module
    is copied with its parameters, which become constants) and compiles the
    graph through MLIR; returns a callable taking CPU tensors like the
    examples (same shapes and dtypes; non-tensor arguments must equal the
    examples'). Each call updates the arguments and the module's buffers
    the function mutates, as eager does. See `CompiledFunction`. Uses init()'s settings if init()
    was called, else the defaults (without installing anything global)."""
    from ._capture import compile_function

    return compile_function(_capture_session(), fn_or_module, example_inputs,
                            fallback=fallback)


def _capture_session() -> Session:
    """init()'s session, else one with the defaults that only records while
    capturing (no global dispatch mode, torch._lazy.mark_step untouched)."""
    global _CAPTURE_SESSION
    if _SESSION is not None:
        return _SESSION
    if _CAPTURE_SESSION is None:
        _init_ltc()
        _CAPTURE_SESSION = Session(fallback=False, executor=refbackend_executor,
                                   output_type="linalg-on-tensors",
                                   dump_dir=os.environ.get("TORCH_MLIR_LTC_DUMP") or None)
    return _CAPTURE_SESSION


def clear_cache() -> None:
    """Drops every compiled graph (of init()'s session and of compile()'s)."""
    for session in (_SESSION, _CAPTURE_SESSION):
        if session is not None:
            session.cache.clear()
            session.last = None


def stats() -> Stats:
    """A copy of the figures: steps, graphs compiled and run, cache hits, time."""
    return dataclasses.replace(_current().stats)


def reset_stats() -> None:
    _current().stats = Stats()


def last_graph() -> CompiledGraph | None:
    """The graph the last step (or host read) ran: `.torchscript` (LTC's
    graph), `.raw_mlir` (Torch dialect), `.mlir` (lowered)."""
    return _current().last
