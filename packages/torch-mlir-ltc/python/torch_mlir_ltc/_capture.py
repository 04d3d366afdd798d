"""`compile(fn_or_module, example_inputs)`: inference capture.

The function runs once on the lazy device on copies of the examples; the
graph LTC records for its outputs (and for arguments it mutates) is compiled
through MLIR, and the returned callable replays it on new arguments: graph
inputs that were example tensors take the call's tensors, the others
(parameters, constants) keep their captured values. This is the pattern of
`torch._lazy.extract_compiled_graph`.

A capture that LTC could not record as one graph cannot be replayed: when the
function reads lazy values on the host (`.item()`, `.tolist()`, Python
control flow on tensor values) the graph is specialized to the examples'
values, and an op LTC has no kernel for cuts the graph. Such functions are
re-run on the lazy device at every call instead (each graph still compiled
once and cached), which requires `fallback=True` for uncaptured ops.
"""

from __future__ import annotations

import copy
import sys
import traceback
from dataclasses import dataclass
from typing import Any

import torch
from torch.utils import _pytree as pytree

from . import _graph
from ._compiler import CompiledGraph
from torch_mlir_core.diagnostics import package_dirs

from ._errors import Problem, UnsupportedOpsError
from ._session import Session


def _to_lazy(value: Any) -> tuple[Any, torch.Tensor | None]:
    """(the lazy copy of an argument, the lazy tensor holding its data).

    LTC turns a 0-d tensor into a constant of the graph (values 0 and 1) or
    shares it with equal constants: a 0-d argument goes up as one element
    and is viewed as 0-d on the device, so that it stays an input."""
    if not isinstance(value, torch.Tensor):
        return value, None
    if value.dim() == 0:
        data = value.detach().reshape(1).to("lazy")
        return data.reshape(()), data
    data = value.detach().to("lazy")
    return data, data


_SKIPPED_DIRS = package_dirs(torch, sys.modules[__package__])


def _ltc_failure(e: RuntimeError) -> UnsupportedOpsError:
    """LTC's own assertion failing while the function runs on the lazy
    device (`out=` into a lazy argument: its functionalization asserts),
    reported at the user's innermost line instead of as an internal error."""
    frames = [f for f in traceback.extract_tb(e.__traceback__)
              if not f.filename.startswith(_SKIPPED_DIRS)]
    lines = [(frames[-1].filename, frames[-1].lineno)] if frames else []
    op = frames[-1].line if frames and frames[-1].line else "(an op)"
    return UnsupportedOpsError([Problem(
        op, f"Lazy Tensor Core fails on it (torch's internal assertion: {str(e).splitlines()[0]})",
        lines)])


def _mutated(data: list) -> list[int]:
    """The arguments the run mutated: the LTC tensor behind their data is
    a new one (a 0-d argument's data is mutated through its 0-d view)."""
    return [i for i, d in enumerate(data)
            if d is not None and _graph.tensor_id(_graph.inner(d[0])) != d[1]]


@dataclass
class _Plan:
    """Where each graph input comes from: ("arg", i, is_0d) or ("const", v);
    each output leaf: ("out", i), ("arg", i) or ("const", v)."""

    inputs: list[tuple]
    leaves: list[tuple]
    spec: Any
    mutated: list[tuple[int, int]]  # (argument, graph output) updated in place


class CompiledFunction:
    """What `torch_mlir_ltc.compile` returns: call it like the function.

    `.graph` is the compiled graph (None when the function is re-run at every
    call, `.replays` False); its `.torchscript`, `.raw_mlir` and `.mlir` show
    what LTC recorded and what MLIR compiled."""

    def __init__(self, session: Session, fn, examples: tuple, *, fallback: bool):
        self._session = session
        self._fn = fn
        self._fallback = fallback
        self._scalars = [(i, v) for i, v in enumerate(pytree.tree_leaves(examples))
                         if not isinstance(v, torch.Tensor)]
        self.graph: CompiledGraph | None = None
        self._plan: _Plan | None = None
        self._capture(examples)

    @property
    def replays(self) -> bool:
        return self._plan is not None

    def _run_lazy(self, args: tuple):
        """Runs the function on lazy copies of `args`, recording. Returns the
        lazy arguments, the data tensors behind them with their LTC ids
        before the run, the lazy result, and whether the run read lazy
        values on the host."""
        flat, spec = pytree.tree_flatten(args)
        pairs = [_to_lazy(v) for v in flat]
        lazy_args = pytree.tree_unflatten([p[0] for p in pairs], spec)
        data = [(d, _graph.tensor_id(_graph.inner(d))) if d is not None else None
                for _, d in pairs]
        runs = self._session.stats.graphs_run
        with self._session.recording(fallback=self._fallback), torch.device("lazy"), \
                torch.no_grad():
            try:
                out = self._fn(*lazy_args)
            except RuntimeError as e:
                if "INTERNAL ASSERT FAILED" not in str(e):
                    raise
                raise _ltc_failure(e) from None
        host_reads = self._session.stats.graphs_run != runs
        return [p[0] for p in pairs], data, out, host_reads

    def _capture(self, examples: tuple) -> None:
        session = self._session
        session.new_step()
        eager_ops = session.stats.eager_ops
        lazy_flat, data, out, host_reads = self._run_lazy(examples)
        # (The step's source lines stay until the end: compile errors are
        # located with them.)
        problems = session.uncaptured_problems()
        if problems and not self._fallback:
            # The traceback must not keep the capture's lazy tensors alive:
            # the next mark_step would try to compute them again.
            del lazy_flat, data, out
            raise UnsupportedOpsError(problems)
        if problems or host_reads or session.stats.eager_ops != eager_ops:
            # Not one graph: an op ran eagerly (fallback=True; its result on
            # the example would be a constant of the graph) or a value was
            # read on the host. Re-run at every call.
            return
        arg_ids = {tid: i for i, d in enumerate(data) if d is not None for tid in [d[1]]}
        mutated_args = _mutated(data)
        leaves, spec = pytree.tree_flatten(out)
        targets = [v for v in leaves if _graph.is_lazy(v)] + [lazy_flat[i] for i in mutated_args]
        outputs = _graph.pending(targets)
        index = {_graph.tensor_id(t): k for k, t in enumerate(outputs)}
        plan_leaves = [self._leaf(v, index, arg_ids) for v in leaves]
        mutated = [(i, index[_graph.tensor_id(_graph.inner(lazy_flat[i]))])
                   for i in mutated_args]
        inputs: list[tuple] = []
        if outputs:
            ids, values = _graph.graph_inputs(outputs)
            for tid, value in zip(ids, values):
                if tid in arg_ids:
                    i = arg_ids[tid]
                    inputs.append(("arg", i, lazy_flat[i].dim() == 0))
                else:
                    inputs.append(("const", value))
            # LTC's scalars are the function's constants (non-tensor
            # arguments are checked at each call): compiled as constants.
            entry = session.compiled(_graph.graph_key(outputs), outputs, values,
                                     bake="all")
            if isinstance(entry, UnsupportedOpsError):
                del lazy_flat, data, out, leaves, targets, outputs, values
                raise entry
            held = [j for j in entry.updates if inputs[j][0] != "arg"]
            if held:
                raise NotImplementedError(
                    "torch_mlir_ltc.compile: the function updates tensors in place that are "
                    "neither its arguments nor the module's buffers (batch norm running stats "
                    f"held elsewhere: graph inputs {held}); a call could not update them as "
                    "eager does: pass them as arguments")
            self.graph = entry
        session.new_step()
        self._plan = _Plan(inputs, plan_leaves, spec, mutated)

    @staticmethod
    def _leaf(value, index: dict[int, int], arg_ids: dict[int, int]) -> tuple:
        if not _graph.is_lazy(value):
            return ("const", value)
        tid = _graph.tensor_id(_graph.inner(value))
        if tid in arg_ids:  # an argument, unchanged (a mutated one has a new id)
            return ("arg", arg_ids[tid])
        if tid in index:
            return ("out", index[tid])
        with torch.no_grad():
            return ("const", value.to("cpu"))

    def _check_scalars(self, flat: list) -> None:
        for i, expected in self._scalars:
            if i >= len(flat) or flat[i] != expected or type(flat[i]) is not type(expected):
                got = flat[i] if i < len(flat) else "nothing"
                raise ValueError(
                    f"torch_mlir_ltc: this function was compiled for the non-tensor argument "
                    f"{expected!r} at position {i} (it is a constant of the graph), got {got!r}; "
                    "compile it again for other values")

    def __call__(self, *args):
        flat = pytree.tree_leaves(args)
        self._check_scalars(flat)
        if self._plan is None:
            return self._rerun(args, flat)
        plan = self._plan
        results: list[Any] = []
        if self.graph is not None:
            inputs = [self._input(spec, flat) for spec in plan.inputs]
            results, updates = self.graph.run(inputs)
            for position, value in updates.items():  # batch norm's running stats
                arg = flat[plan.inputs[position][1]]
                with torch.no_grad():
                    arg.copy_(value.reshape(arg.shape))
        for arg, k in plan.mutated:
            with torch.no_grad():
                flat[arg].copy_(results[k])  # an argument (or a buffer) updated as eager does
        leaves = []
        for kind, payload in plan.leaves:
            if kind == "out":
                leaves.append(results[payload])
            elif kind == "arg":
                leaves.append(flat[payload])
            else:
                leaves.append(payload.clone() if isinstance(payload, torch.Tensor) else payload)
        return pytree.tree_unflatten(leaves, plan.spec)

    def _rerun(self, args: tuple, flat: list):
        """The function run on the lazy device again (not one graph): its
        outputs and the arguments it mutated computed, the mutated ones
        copied back into the caller's tensors (also those a step updated in
        place: batch norm's running stats)."""
        self._session.new_step()
        lazy_flat, data, out, _ = self._run_lazy(args)
        mutated = _mutated(data)
        lazy = [v for v in pytree.tree_leaves(out) if _graph.is_lazy(v)]
        with self._session.using(fallback=self._fallback):
            self._session.sync(lazy + [lazy_flat[i] for i in mutated],
                               problems=self._session.new_step())
        with torch.no_grad():
            for i, d in enumerate(data):
                if d is not None:
                    value = lazy_flat[i].to("cpu")
                    if i in mutated or not torch.equal(value, flat[i]):
                        flat[i].copy_(value)
            return pytree.tree_map(lambda v: v.to("cpu") if _graph.is_lazy(v) else v, out)

    @staticmethod
    def _input(spec: tuple, flat: list) -> Any:
        if spec[0] == "const":
            return spec[1]
        value = flat[spec[1]]
        if not isinstance(value, torch.Tensor):
            raise TypeError(f"torch_mlir_ltc: argument {spec[1]} must be a tensor, "
                            f"got {type(value).__name__}")
        return value.reshape(1) if spec[2] else value


class CompiledModule(CompiledFunction):
    """`torch_mlir_ltc.compile` of an `nn.Module`: its parameters are
    constants of the graph (a lazy copy's), its buffers (BatchNorm's running
    stats, counters) the module's own at every call: leading arguments of
    the captured function, which a call updates in place as eager's forward
    does. A forward that mutates a parameter is refused at capture."""

    def __init__(self, session: Session, module: torch.nn.Module, examples: tuple, *,
                 fallback: bool):
        self.module = module
        lazy = copy.deepcopy(module).to("lazy")
        # Every slot of a buffer (a tensor registered twice is one argument).
        self._buffers: list[str] = []
        slots: dict[int, list[tuple[torch.nn.Module, str]]] = {}
        for qualified, buffer in module.named_buffers(remove_duplicate=False):
            if id(buffer) not in slots:
                self._buffers.append(qualified)
                slots[id(buffer)] = []
            owner, _, name = qualified.rpartition(".")
            slots[id(buffer)].append((lazy.get_submodule(owner), name))
        self._slots = list(slots.values())
        params = [(n, p, _graph.tensor_id(_graph.inner(p)))
                  for n, p in lazy.named_parameters()]

        def forward(*state_and_args):
            n = len(self._slots)
            for slots_of, value in zip(self._slots, state_and_args[:n]):
                for owner, name in slots_of:
                    owner._buffers[name] = value
            return lazy(*state_and_args[n:])

        super().__init__(session, forward, (*self._state(), *examples), fallback=fallback)
        changed = [n for n, p, tid in params if _graph.tensor_id(_graph.inner(p)) != tid]
        if changed:
            raise NotImplementedError(
                f"torch_mlir_ltc.compile: the module's forward mutates its parameter(s) "
                f"{', '.join(changed)}; parameters are constants of the compiled graph, so "
                "the call could not update them as eager does (register them as buffers)")

    def _state(self) -> tuple:
        return tuple(self.module.get_buffer(name) for name in self._buffers)

    def __call__(self, *args):
        return super().__call__(*self._state(), *args)


def compile_function(session: Session, fn, example_inputs, *, fallback: bool):
    if isinstance(example_inputs, torch.Tensor):
        example_inputs = (example_inputs,)
    examples = tuple(example_inputs)
    if isinstance(fn, torch.nn.Module):
        return CompiledModule(session, fn, examples, fallback=fallback)
    return CompiledFunction(session, fn, examples, fallback=fallback)
