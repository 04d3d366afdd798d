"""The state of torch_mlir_ltc in a process: the compile cache, the figures,
and syncing lazy tensors through MLIR."""

from __future__ import annotations

import contextlib
import dataclasses
import time
import warnings
from typing import Any

import torch
from torch.utils._python_dispatch import _disable_current_modes

from . import _graph
from ._compiler import CompiledGraph, Executor, compile_graph, dump
from ._errors import NOT_CAPTURED, Problem, UnsupportedOpsError, op_name
from ._recorder import StepRecorder

# LTC counts each op it runs eagerly as "aten::<op>", and each graph its own
# TorchScript backend compiles or reuses.
_LTC_GRAPH_COUNTERS = ("UncachedCompile", "CachedCompile")


@dataclasses.dataclass
class Stats:
    """What torch_mlir_ltc did since `init()` (or `reset_stats()`)."""

    steps: int = 0              # mark_step() calls
    graphs_run: int = 0         # graphs executed through MLIR (steps and host reads)
    graphs_compiled: int = 0    # graphs imported, lowered and compiled (cache misses)
    cache_hits: int = 0         # graphs found compiled
    tensors_synced: int = 0     # lazy tensors given their computed values
    capture_seconds: float = 0.0  # finding live tensors, extracting LTC's graphs
    compile_seconds: float = 0.0  # import + lowering + executor compile
    run_seconds: float = 0.0      # running compiled graphs
    eager_ops: int = 0          # ops LTC ran eagerly (fallback=True)
    eager_graphs: int = 0       # graphs LTC's TorchScript backend ran (fallback=True)
    missed_graphs: int = 0      # graphs LTC computed itself at mark_step (tensors not found)


def _ltc_eager_counts() -> dict[str, int]:
    """LTC's count of each op it ran eagerly ("aten::lerp.Scalar": 2)."""
    return {n: torch._C._lazy._counter_value(n) or 0 for n in torch._C._lazy._counter_names()
            if n.startswith("aten::")}


def _ltc_graph_count() -> int:
    return sum(torch._C._lazy._counter_value(n) or 0 for n in _LTC_GRAPH_COUNTERS)


class Session:
    def __init__(self, *, fallback: bool, executor: Executor, output_type: str,
                 dump_dir: str | None):
        self.fallback = fallback
        self.executor = executor
        self.output_type = output_type
        self.dump_dir = dump_dir
        self.stats = Stats()
        # ("runtime", LTC hash) or ("baked", LTC hash, scalar values) -> entry
        self.cache: dict[tuple, CompiledGraph | UnsupportedOpsError] = {}
        # LTC hash -> the scalar inputs' values the first time it was seen
        self.first_values: dict[bytes, dict[int, Any]] = {}
        self.last: CompiledGraph | None = None
        self.recorder = StepRecorder(self._on_op)
        # The dispatch state of plain code: a sync can start inside the
        # recorder's __torch_dispatch__ (a host read), where every key above
        # the Python key is excluded, which torch's tracing (core's
        # decompositions, meta kernels) cannot run under.
        self._dispatch_keys = (torch._C._dispatch_tls_local_include_set(),
                               torch._C._dispatch_tls_local_exclude_set())
        self.recording_globally = False
        # this step: op -> the user's lines that ran it; ops LTC did not capture
        self.lines: dict[str, list[tuple[str, int]]] = {}
        self.uncaptured: dict[str, Problem] = {}
        self.handled: set[str] = set()  # ops the recorder did not leave to LTC
        self._eager_counts = _ltc_eager_counts()

    # -- the recorder's callback --

    def _on_op(self, op: str, kind: str, lazy: list, line) -> None:
        if line is not None:
            seen = self.lines.setdefault(op, [])
            if line not in seen and len(seen) < 8:
                seen.append(line)
        if kind != "captured":
            self.handled.add(op)
        if kind == "read":
            self.sync(lazy)
        elif kind == "uncaptured":
            if self.fallback:
                self.sync(lazy)
                self.stats.eager_ops += 1
            else:
                problem = self.uncaptured.setdefault(op, Problem(op, NOT_CAPTURED))
                if line is not None and line not in problem.lines:
                    problem.lines.append(line)

    def uncaptured_problems(self) -> list[Problem]:
        """The ops LTC did not capture this step: those the recorder saw, and
        any other LTC counted as run eagerly (never silently)."""
        problems = dict(self.uncaptured)
        for name, count in _ltc_eager_counts().items():
            op = op_name(name)
            if count > self._eager_counts.get(name, 0) and op not in self.handled \
                    and op not in problems:
                if self.fallback:
                    self.stats.eager_ops += 1
                else:
                    problems[op] = Problem(op, NOT_CAPTURED, self.locate(op))
        self._eager_counts = _ltc_eager_counts()
        return list(problems.values())

    def locate(self, op: str) -> list[tuple[str, int]]:
        """The lines this step ran `op` (or an overload of it) at."""
        if op in self.lines:
            return list(self.lines[op])
        base = op.rsplit(".", 1)[0] if op.count(".") > 1 else op
        return [line for name, lines in self.lines.items()
                if name == base or name.startswith(base + ".") for line in lines]

    def new_step(self) -> list[Problem]:
        """Starts a new step's records; returns the ops LTC did not capture
        in the one that ends."""
        problems = self.uncaptured_problems()
        self.lines.clear()
        self.uncaptured.clear()
        self.handled.clear()
        return problems

    @contextlib.contextmanager
    def using(self, *, fallback: bool | None):
        """`fallback` for the duration of the block (None: the session's)."""
        saved = self.fallback
        if fallback is not None:
            self.fallback = fallback
        try:
            yield
        finally:
            self.fallback = saved

    @contextlib.contextmanager
    def recording(self, *, fallback: bool | None = None):
        """Records the ops run on lazy tensors in the block."""
        with self.using(fallback=fallback):
            if self.recording_globally:
                yield
            else:
                with self.recorder:
                    yield

    def record_globally(self, on: bool) -> None:
        """Installs (or removes) the recorder for all code, not just blocks."""
        if on != self.recording_globally:
            if on:
                self.recorder.__enter__()
            else:
                self.recorder.__exit__(None, None, None)
            self.recording_globally = on

    # -- syncing --

    def sync(self, tensors, *, problems: list[Problem] | None = None,
             bake: str = "auto") -> None:
        """Computes the lazy `tensors` that have pending work through MLIR and
        makes their values data. `problems` (ops LTC did not capture) are
        reported together with the graph's own, if any. `bake`: see
        `compiled`."""
        with _disable_current_modes(), torch._C._ForceDispatchKeyGuard(*self._dispatch_keys), \
                torch.no_grad():
            start = time.perf_counter()
            outputs = _graph.pending(tensors)
            if not outputs:
                if problems:
                    raise UnsupportedOpsError(problems)
                return
            key = _graph.graph_key(outputs)
            ids, inputs = _graph.graph_inputs(outputs)
            self.stats.capture_seconds += time.perf_counter() - start
            entry = self.compiled(key, outputs, inputs, bake=bake)
            if problems or isinstance(entry, UnsupportedOpsError):
                own = entry.problems if isinstance(entry, UnsupportedOpsError) else []
                error = UnsupportedOpsError(list(problems or []) + own,
                                            getattr(entry, "detail", ""))
                if not self.fallback:
                    raise error
                self._run_eagerly(outputs, error)
                return
            start = time.perf_counter()
            results, updates = entry.run(inputs)
            self.stats.run_seconds += time.perf_counter() - start
            self.stats.graphs_run += 1
            self.last = entry
            _write_back(outputs, results)
            if updates:
                _update_inputs(ids, updates)
            self.stats.tensors_synced += len(outputs)

    def compiled(self, key: bytes, outputs, inputs: list[Any], *,
                 bake: str = "auto") -> CompiledGraph | UnsupportedOpsError:
        """The compiled graph of `outputs` (LTC hash `key`, current input
        values `inputs`), from the cache or compiled now; or the error
        compiling it raised.

        LTC makes the Python numbers of the program (a learning rate, an
        `alpha`, the `1` of `x + 1`) 0-d inputs, so that one graph serves
        every value. Core lowers some ops only with constant scalars, so:
        `bake="all"` compiles every scalar input as a constant (the graph is
        compiled again for other values); `"auto"` keeps them inputs if the
        graph lowers so, else makes constants of those that kept the value
        they had the first time (Adam's bias corrections change every step,
        an `alpha` never) and, if that does not lower either, of all."""
        scalars = _graph.scalar_positions(inputs)
        if bake == "auto" or not scalars:
            entry = self._entry(("runtime", key), key, outputs, inputs, {})
            if isinstance(entry, CompiledGraph) or not scalars:
                return entry
        values = {i: _value_key(inputs[i]) for i in scalars}
        first = self.first_values.setdefault(key, values)
        varying = frozenset(i for i in scalars if values[i] != first[i])
        if bake == "auto" and varying:
            fixed = sorted(set(scalars) - varying)
            entry = self._entry(("partial", key, varying, tuple(values[i] for i in fixed)),
                                key, outputs, inputs, {i: inputs[i] for i in fixed})
            if isinstance(entry, CompiledGraph):
                return entry
        return self._entry(("baked", key, tuple(values[i] for i in scalars)), key, outputs,
                           inputs, {i: inputs[i] for i in scalars})

    def _entry(self, cache_key: tuple, key: bytes, outputs, inputs,
               bake: dict[int, Any]) -> CompiledGraph | UnsupportedOpsError:
        entry = self.cache.get(cache_key)
        if entry is not None:
            if isinstance(entry, CompiledGraph):
                self.stats.cache_hits += 1
            return entry
        start = time.perf_counter()
        text = _graph.graph_text(outputs)
        try:
            entry = compile_graph(key, text, inputs, len(outputs), bake=bake,
                                  output_type=self.output_type, executor=self.executor,
                                  locate=self.locate,
                                  output_dtypes=[o.dtype for o in outputs])
        except UnsupportedOpsError as e:
            # Cached without its traceback, whose frames hold the step's
            # lazy tensors (the next mark_step would compute them again).
            entry = e.with_traceback(None)
        self.stats.compile_seconds += time.perf_counter() - start
        self.cache[cache_key] = entry
        if isinstance(entry, CompiledGraph):
            self.stats.graphs_compiled += 1
            if self.dump_dir:
                dump(self.dump_dir, self.stats.graphs_compiled, entry, self.output_type)
        return entry

    def _run_eagerly(self, outputs, error: UnsupportedOpsError) -> None:
        warnings.warn(f"torch_mlir_ltc: running the step eagerly (fallback=True): {error}",
                      RuntimeWarning, stacklevel=4)
        torch._C._lazy._sync_multi(outputs, [], wait=True, sync_ltc_data=True)
        self.stats.eager_graphs += 1

    def step(self, device: str = "", wait: bool = False) -> None:
        """mark_step: every live lazy tensor with pending work, computed."""
        try:
            with _disable_current_modes():
                tensors = _graph.live_lazy_tensors()
                self.sync(tensors, problems=self.uncaptured_problems())
        finally:
            self.new_step()
            self.stats.steps += 1
            with _disable_current_modes():
                before = _ltc_graph_count()
                # LTC's own step bookkeeping (RNG seeds, IR cache). It turns
                # the values we wrote into its device data (a graph of inputs
                # returned as they are) and computes what we did not find.
                torch._C._lazy._mark_step(device, [], wait=wait)
                if _ltc_graph_count() != before and _graph.latest_ltc_graph_computes():
                    self.stats.missed_graphs += 1
        torch._lazy.run_step_closures()


def _value_key(value: Any) -> tuple:
    """A scalar input's value, comparable (NaN equals NaN) and hashable."""
    if isinstance(value, torch.Tensor):
        return str(value.dtype), value.numpy().tobytes()
    return type(value).__name__, value


def _write_back(outputs: list[torch.Tensor], results: list[Any]) -> None:
    """Each LTC tensor in `outputs` takes its computed value, in place: the
    functionalization wrappers over it, autograd's and the optimizer's
    references stay. (A wrapper that functionalization treats as a view of a
    tensor Python cannot see, a gradient autograd detached, keeps that base's
    recorded computation: a view taken of it later computes it again.)"""
    for t, value in zip(outputs, results):
        if not isinstance(value, torch.Tensor):
            value = torch.tensor(value, dtype=t.dtype)
        if value.dtype != t.dtype or tuple(value.shape) != tuple(t.shape):
            raise RuntimeError(
                f"torch_mlir_ltc: a compiled graph computed a {value.dtype} "
                f"{list(value.shape)} tensor for a lazy {t.dtype} {list(t.shape)} tensor")
        t.copy_(value)


def _update_inputs(ids: list[int], updates: dict[int, torch.Tensor]) -> None:
    """The graph's inputs that LTC's TorchScript backend would have updated
    in place (batch norm's running stats in training mode) take their new
    values: the live lazy tensors holding them (LTC ids `ids`), found like
    mark_step's. One that cannot be found is an error, not a stale value."""
    holders = {_graph.tensor_id(t): t for t in map(_graph.inner, _graph.live_lazy_tensors())}
    for position, value in updates.items():
        holder = holders.get(ids[position])
        if holder is None:
            raise RuntimeError(
                "torch_mlir_ltc: the step updates a tensor in place (batch norm's running "
                "stats) that no Python object holds; keep a reference to it (e.g. the module)")
        holder.copy_(value)
