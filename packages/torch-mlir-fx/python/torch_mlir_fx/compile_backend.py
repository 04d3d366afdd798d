"""A `torch.compile` backend: each graph Dynamo captures (graph breaks give
several) is traced to ATen by aot_autograd, imported, lowered by core, and
run by an executor -- by default the reference CPU backend
(`torch-mlir-refbackend`) when it is installed.

    compiled = torch.compile(model, backend=torch_mlir_fx.backend())
"""

from __future__ import annotations

from typing import Callable

import torch
from torch._subclasses.fake_tensor import unset_fake_temporarily

import mlir.ir as ir

from torch_mlir_core.pipelines import check_output_type

from .api import stateless_fx_import

# An executor turns a lowered module into a callable taking and returning
# torch tensors (a tuple, in the order of the graph's outputs).
Executor = Callable[[ir.Module], Callable[..., tuple]]


def _refbackend_executor() -> Executor:
    try:
        import torch_mlir_refbackend  # noqa: F401
    except ImportError:
        raise RuntimeError(
            "torch_mlir_fx.backend() runs the compiled graphs on torch-mlir-refbackend, "
            "which is not installed (pip install torch-mlir-refbackend). Pass "
            "executor=... to run the lowered MLIR on your own runtime."
        ) from None
    # module -> callable taking and returning torch tensors.
    return torch_mlir_refbackend.executor


# Output types torch-mlir-refbackend compiles (Torch IR is lowered first).
_REFBACKEND_INPUTS = ("raw", "torch", "linalg-on-tensors")


def backend(
    output_type: str = "linalg-on-tensors",
    *,
    executor: Executor | None = None,
    on_module: Callable[[ir.Module], None] | None = None,
    decompositions: dict | None = None,
):
    """Returns a backend for `torch.compile(model, backend=...)`.

    output_type: what core lowers each graph to before `executor` runs it.
    executor: `fn(module) -> callable`; default the reference CPU backend.
    on_module: called with each imported-and-lowered module (to inspect or
        save the MLIR).
    decompositions: the aot_autograd decomposition table; default torch's
        core-ATen decompositions plus its decompositions of the ops the Torch
        dialect does not define.
    """
    from torch._decomp import core_aten_decompositions
    from torch._dynamo.backends.common import aot_autograd

    from torch_mlir_core.passes.missing_op_decompositions import missing_op_decompositions

    check_output_type(output_type)  # fail at torch.compile time, clearly
    if executor is None and output_type not in _REFBACKEND_INPUTS:
        raise ValueError(
            f"backend(output_type='{output_type}') needs an executor: the default one, the "
            f"reference backend, runs {', '.join(_REFBACKEND_INPUTS)} modules; pass "
            f"executor=fn(module) -> callable (e.g. one that compiles with IREE)")
    run = executor or _refbackend_executor()

    def compile_graph(gm: torch.fx.GraphModule, example_inputs):
        # aot_autograd calls us with its FakeTensorMode active; the graph's
        # tensor constants (get_attr, e.g. a `torch.tensor([])` made in
        # forward) are real tensors that the importer turns into literals, and
        # the executor compiles real code: neither may run under fake mode.
        with unset_fake_temporarily():
            module = stateless_fx_import(gm, output_type=output_type)
            if on_module is not None:
                on_module(module)
            return run(module)

    if decompositions is None:
        table = {**core_aten_decompositions(), **missing_op_decompositions()}
    else:
        table = decompositions
    return aot_autograd(fw_compiler=compile_graph, decompositions=table)
