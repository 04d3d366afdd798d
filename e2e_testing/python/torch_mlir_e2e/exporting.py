"""torch.export of a test: dynamic dims from the test's `Arg`s."""

from __future__ import annotations

import inspect

import torch

from .registry import E2ETest

__all__ = ["dynamic_shapes_for", "export_test_program", "ExportFailure"]


class ExportFailure(Exception):
    """torch.export could not export the test's program (raised `from` torch's
    error): the harness reports it apart from failures of torch-mlir."""


def dynamic_shapes_for(test: E2ETest, inputs: tuple, *, auto: bool = False) -> list | None:
    """The `dynamic_shapes` argument of `torch.export.export` for `inputs`:
    every `-1` dim of a tensor `Arg` becomes `Dim.DYNAMIC` (torch infers
    which dims are equal, e.g. broadcast partners), scalars get None.

    torch.export specializes dims whose example size is 0 or 1, so such a dim
    is left to `Dim.AUTO` (it compiles static). `auto=True` uses `Dim.AUTO`
    everywhere (torch makes static whatever the program forces static).
    Returns None when no dim is dynamic.
    """
    if len(test.args) != len(inputs):
        raise ValueError(f"test '{test.name}' declares {len(test.args)} Arg(s) but its inputs "
                         f"function returned {len(inputs)} value(s)")
    Dim = torch.export.Dim
    specs: list = []
    any_dynamic = False
    for i, (arg, value) in enumerate(zip(test.args, inputs)):
        if arg.shape is None or not isinstance(value, torch.Tensor):
            specs.append(None)
            continue
        if len(arg.shape) != value.dim():
            raise ValueError(f"test '{test.name}': Arg {i} has rank {len(arg.shape)} "
                             f"(shape {list(arg.shape)}) but input {i} has shape "
                             f"{list(value.shape)}")
        dims = {}
        for d in arg.dynamic_dims:
            dims[d] = Dim.AUTO if (auto or value.shape[d] < 2) else Dim.DYNAMIC
        any_dynamic |= bool(dims)
        specs.append(dims or None)
    return specs if any_dynamic else None


def export_test_program(test: E2ETest, module: torch.nn.Module,
                        inputs: tuple) -> torch.export.ExportedProgram:
    """`torch.export.export(module, inputs, dynamic_shapes=...)`; if torch
    rejects the requested dynamic dims (the program forces one static, or
    constrains it), retries with `Dim.AUTO` so the test still runs. Always
    with grad mode on, as a user's script exports: under a caller's no_grad
    torch wraps the whole graph in `wrap_with_set_grad_enabled`, which its
    own serialization cannot load back."""
    with torch.enable_grad():
        return _export(test, module, inputs)


def _export(test: E2ETest, module: torch.nn.Module, inputs: tuple):
    dynamic_shapes = dynamic_shapes_for(test, inputs)
    try:
        return torch.export.export(module, tuple(inputs),
                                   dynamic_shapes=_for_signature(module, dynamic_shapes))
    except Exception as first_error:  # noqa: BLE001 - classify below
        if dynamic_shapes is None or not _is_dynamic_shape_error(first_error):
            raise
    auto = dynamic_shapes_for(test, inputs, auto=True)
    return torch.export.export(module, tuple(inputs), dynamic_shapes=_for_signature(module, auto))


def _for_signature(module, specs: list | None):
    """Nests the per-argument specs like `forward`'s parameters: arguments
    caught by `*args` form one tuple (torch.export matches the structure)."""
    if specs is None:
        return None
    try:
        params = list(inspect.signature(module.forward).parameters.values())
    except (TypeError, ValueError):
        return tuple(specs)
    positional = [p for p in params if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    if any(p.kind == p.VAR_POSITIONAL for p in params):
        n = len(positional)
        return tuple(specs[:n]) + (tuple(specs[n:]),)
    return tuple(specs)


def _is_dynamic_shape_error(e: Exception) -> bool:
    name = type(e).__name__
    text = str(e)
    return (name in ("UserError", "ConstraintViolationError")
            or "Constraints violated" in text
            or "user-specified ranges" in text
            or "specialized" in text)
