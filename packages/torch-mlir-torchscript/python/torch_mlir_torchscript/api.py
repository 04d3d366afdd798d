"""The user-facing entry point."""

from __future__ import annotations

from typing import Any, Sequence

import torch

import mlir.ir as ir

from torch_mlir_core.pipelines import check_output_type, lower

from .importer import ScriptImporter, example_arg_type


def _script(model, example_args, use_tracing):
    if isinstance(model, (torch.jit.ScriptModule, torch.jit.ScriptFunction)):
        return model
    if use_tracing:
        # check_trace re-runs the model to compare traces; models with
        # nondeterministic fast paths (e.g. nn.MultiheadAttention) fail it.
        return torch.jit.trace(model, tuple(example_args), check_trace=False)
    return torch.jit.script(model)


def compile(
    model: Any,
    example_args: Any = (),
    output_type: str = "torch",
    use_tracing: bool = False,
    ignore_traced_shapes: bool = False,
    *,
    func_name: str = "forward",
    importer: ScriptImporter | None = None,
) -> ir.Module:
    """Scripts (or, with `use_tracing`, traces) `model` and imports its
    `forward` as `func_name`, with submodule calls inlined and the module
    hierarchy's attributes (parameters, buffers, Python values) read as
    tensor literals and constants.

    model: an `nn.Module`, a `torch.jit.ScriptModule` (frozen or not) or a
        `torch.jit.ScriptFunction`.
    example_args: a tensor or a sequence of arguments; tensors give the
        arguments' shapes and dtypes (and are what tracing runs on).
    output_type: "raw" (the imported Torch dialect), or "torch",
        "linalg-on-tensors", "tosa", "stablehlo" (core's pipelines; a target
        core cannot produce yet raises NotImplementedError saying so).
    ignore_traced_shapes: drop the intermediate shapes tracing recorded.
    """
    check_output_type(output_type)
    if isinstance(example_args, torch.Tensor):
        example_args = (example_args,)
    example_args = tuple(example_args)
    scripted = _script(model, example_args, use_tracing)
    importer = importer or ScriptImporter()
    with importer.context:
        arg_types: Sequence = [example_arg_type(a) for a in example_args]
    if isinstance(scripted, torch.jit.ScriptFunction):
        graph = scripted.graph.copy()
        torch._C._jit_pass_inline(graph)
        importer.import_graph(graph, func_name=func_name, arg_types=list(arg_types),
                              shapes=not ignore_traced_shapes)
    else:
        importer.import_module(scripted, func_name=func_name, arg_types=list(arg_types),
                               shapes=not ignore_traced_shapes)
    return lower(importer.module, output_type)
