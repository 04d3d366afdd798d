"""The user-facing entry point."""

from __future__ import annotations

from typing import Any

import torch

import mlir.ir as ir

from torch_mlir_core.pipelines import check_output_type, lower

from .importer import ScriptImporter, example_arg_type
from .scripting import script


def _script(model, example_args, use_tracing):
    if isinstance(model, (torch.jit.ScriptModule, torch.jit.ScriptFunction)):
        return model
    if use_tracing:
        # check_trace re-runs the model to compare traces; models with
        # nondeterministic fast paths (e.g. nn.MultiheadAttention) fail it.
        return torch.jit.trace(model, tuple(example_args), check_trace=False)
    return script(model)


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
    """Scripts (or, with `use_tracing`, traces) `model` and imports it.

    model: an `nn.Module`, a `torch.jit.ScriptModule` (frozen or not) or a
        `torch.jit.ScriptFunction`.
    example_args: a tensor or a sequence of arguments; tensors give the
        arguments' shapes and dtypes (and are what tracing runs on).
        Arguments after them that have a default take it, as in
        `model(*example_args)`, and are not arguments of the result.
    output_type: "raw": the imported Torch dialect. A module is its object
        graph (`torch.class_type`, `torch.nn_module`, one function per
        method, `torch.type_bound` from the examples on `func_name`'s
        arguments); a function is a public `func_name`. "torch",
        "linalg-on-tensors", "tosa", "stablehlo": core's pipelines, which
        first freeze the object graph into a public `func_name` (methods
        inlined, attributes as constants). A target core cannot produce yet
        raises NotImplementedError saying so.
    func_name: the method of a module to export (default `forward`), or the
        name of an imported function.
    ignore_traced_shapes: drop the intermediate shapes tracing recorded.
    importer: import into this importer's module (several models side by
        side); the result is then `importer.module`.
    """
    check_output_type(output_type)
    if isinstance(example_args, torch.Tensor):
        example_args = (example_args,)
    example_args = tuple(example_args)
    scripted = _script(model, example_args, use_tracing)
    importer = importer or ScriptImporter()
    # With examples, arguments after them with defaults take them (as in
    # `model(*example_args)`); with none, the full signature is imported.
    arg_types = None
    if example_args:
        with importer.context:
            arg_types = [example_arg_type(a) for a in example_args]
    shapes = not ignore_traced_shapes
    if isinstance(scripted, torch.jit.ScriptFunction):
        importer.import_function(scripted, func_name=func_name, arg_types=arg_types,
                                 shapes=shapes)
    else:
        importer.import_module(scripted, exported=[func_name],
                               arg_types=None if arg_types is None else {func_name: arg_types},
                               shapes=shapes)
    return lower(importer.module, output_type)
