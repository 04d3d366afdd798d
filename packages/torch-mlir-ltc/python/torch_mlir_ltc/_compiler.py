"""LTC's TorchScript graph -> the Torch dialect (torch-mlir-torchscript's
graph import, core's builder) -> core's pipeline for the output type -> an
executor's callable."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from typing import Any, Callable

import torch
from mlir import ir

import torch_mlir_core
from torch_mlir_core import dtypes, types
from torch_mlir_core.pipelines import LoweringError
from torch_mlir_torchscript import ScriptImporter, UnsupportedNodesError

from . import _graph
from ._errors import Problem, UnsupportedOpsError, problems_from_messages

# An executor compiles a lowered module and returns the callable running its
# public function `main` on the graph's inputs (CPU tensors and numbers).
Executor = Callable[[Any], Callable[..., Any]]


def refbackend_executor(module) -> Callable[..., Any]:
    """The default executor: torch-mlir-refbackend, native code for the host
    (the `refbackend` extra: `pip install "torch-mlir-ltc[refbackend]"`)."""
    try:
        import torch_mlir_refbackend
    except ImportError as e:
        raise RuntimeError(
            "torch_mlir_ltc's default executor is torch-mlir-refbackend, which is not "
            "installed: `pip install \"torch-mlir-ltc[refbackend]\"`, or pass "
            "init(executor=...) / compile(..., executor=...) a callable "
            "`executor(lowered_module) -> callable`") from e

    return torch_mlir_refbackend.compile(module, num_threads=torch.get_num_threads()).main


@dataclass
class CompiledGraph:
    """One graph LTC recorded, compiled. `torchscript` is LTC's graph,
    `raw_mlir` its import into the Torch dialect, `mlir` the module after
    core's pipeline (what the executor compiled). `takes` lists the graph
    inputs the compiled function receives; the others (`baked`: LTC's
    scalars) are constants of it. `updates` lists the inputs the graph
    updates in place when LTC's TorchScript backend runs it (batch norm's
    running stats in training mode): `run` returns their new values too."""

    key: bytes
    torchscript: str
    raw_mlir: str
    mlir: str
    takes: list[int]
    num_outputs: int
    function: Callable[..., Any] = field(repr=False)
    baked: dict[int, Any] = field(default_factory=dict)
    compile_seconds: float = 0.0
    calls: int = 0
    updates: list[int] = field(default_factory=list)

    def run(self, inputs: list[Any]) -> tuple[list[Any], dict[int, torch.Tensor]]:
        """The outputs of LTC's graph, and the new value of each input it
        updates (position -> tensor), which the caller must write back."""
        self.calls += 1
        results = self.function(*[inputs[i] for i in self.takes])
        results = list(results) if isinstance(results, (tuple, list)) else [results]
        if len(results) != self.num_outputs + len(self.updates):
            raise RuntimeError(f"torch_mlir_ltc: the compiled graph returned {len(results)} "
                               f"value(s), LTC's graph has {self.num_outputs} "
                               f"(and {len(self.updates)} updated input(s))")
        return results[:self.num_outputs], dict(zip(self.updates, results[self.num_outputs:]))


def _arg_type(value: Any):
    """The argument type an input gives: its shape and dtype for a tensor,
    the graph's own (float/int) for a number."""
    if isinstance(value, torch.Tensor):
        return types.tensor(list(value.shape), dtypes.to_mlir_type(value.dtype))
    return None


def _check_result_dtypes(lowered, want: list[torch.dtype] | None) -> None:
    """The compiled function must return the dtypes LTC gave the lazy
    tensors. LTC passes a Python number as a 0-d float64/int64 tensor, which
    in the imported graph promotes like a tensor, not like the number eager
    saw (`int_tensor * 1.5` is float32 in eager, float64 here): a different
    dtype is reported, never returned."""
    if want is None:
        return
    for op in lowered.body.operations:
        attr = op.attributes["torch.result_dtypes"] \
            if "torch.result_dtypes" in op.attributes else None
        if attr is None or op.attributes["sym_name"].value != "main":
            continue
        got = [ir.StringAttr(a).value for a in ir.ArrayAttr(attr)]
        expected = [str(d).removeprefix("torch.") for d in want]
        if len(got) == len(expected) and got != expected:
            bad = [f"output {i}: {g} (LTC: {e})"
                   for i, (g, e) in enumerate(zip(got, expected)) if g != e]
            raise UnsupportedOpsError([Problem(
                "type promotion", "the graph computes other dtypes than LTC recorded ("
                + "; ".join(bad) + "): a Python number LTC passed as a 0-d tensor "
                "promotes like a tensor in the graph")])


def compile_graph(key: bytes, text: str, inputs: list[Any], num_outputs: int, *,
                  bake: dict[int, Any], output_type: str, executor: Executor,
                  locate: Callable[[str], list[tuple[str, int]]],
                  output_dtypes: list[torch.dtype] | None = None) -> CompiledGraph:
    """Imports, lowers and compiles LTC's graph `text`, the inputs in `bake`
    (position -> value) as constants. Raises UnsupportedOpsError listing
    every op that could not be compiled, each at the user's source lines
    `locate(op)` gives."""
    start = time.perf_counter()
    promoted: list[tuple[str, str]] = []
    try:
        graph, updates = _graph.parse(text, inputs, num_outputs, bake)
    except _graph.PromotionError as e:
        promoted = e.promoted
    if promoted:  # raised outside the handler: no context whose frames hold the lazy tensors
        raise UnsupportedOpsError([Problem(
            "type promotion", f"{op} computes in another dtype than eager: {what}; a Python "
            "number LTC passed as a 0-d tensor promotes like a tensor in the graph",
            locate(op)) for op, what in promoted])
    takes = [i for i in range(len(inputs)) if i not in bake]
    importer = ScriptImporter()
    with importer.context:
        arg_types = [_arg_type(inputs[i]) for i in takes]
    try:
        importer.import_graph(graph, func_name="main", arg_types=arg_types)
        raw = str(importer.module)
        lowered = torch_mlir_core.lower(importer.module, output_type)
    except UnsupportedNodesError as e:
        raise _unsupported(e.problems, locate, str(e)) from None
    except LoweringError as e:
        raise _unsupported([d.message for d in e.diagnostics], locate, str(e)) from None
    if output_type == "linalg-on-tensors" and output_dtypes is not None:
        _check_result_dtypes(lowered, output_dtypes + [inputs[i].dtype for i in updates])
    mlir = str(lowered)
    function = executor(lowered)
    return CompiledGraph(key, text, raw, mlir, takes, num_outputs, function, dict(bake),
                         time.perf_counter() - start, updates=updates)


def _unsupported(messages: list[str], locate, detail: str) -> UnsupportedOpsError:
    problems = [Problem(op, reason, locate(op))
                for op, reason in problems_from_messages(messages)]
    return UnsupportedOpsError(problems, detail)


def dump(directory: str, index: int, entry: CompiledGraph, output_type: str) -> None:
    """Writes a compiled graph's three forms to `directory`."""
    os.makedirs(directory, exist_ok=True)
    stem = os.path.join(directory, f"graph-{index:03d}-{entry.key.hex()[:12]}")
    for suffix, text in ((".torchscript.txt", entry.torchscript),
                         (".torch-raw.mlir", entry.raw_mlir),
                         (f".{output_type}.mlir", entry.mlir)):
        with open(stem + suffix, "w") as f:
            f.write(text)
