"""The user-facing entry points."""

from __future__ import annotations

from typing import Any

import torch

import mlir.ir as ir

from torch_mlir_core import passes

from .importer import FxImporter

# output_type -> the torch-mlir-core pipeline that produces it from the
# imported ("raw") IR. "raw" runs nothing.
OUTPUT_TYPES = {
    "raw": None,
    "torch": "torch-backend-pipeline",
    "linalg-on-tensors": "torch-backend-to-linalg-on-tensors-backend-pipeline",
    "tosa": "torch-backend-to-tosa-backend-pipeline",
    "stablehlo": "torch-backend-to-stablehlo-backend-pipeline",
}


class _FunctionModule(torch.nn.Module):
    def __init__(self, fn):
        super().__init__()
        self.fn = fn

    def forward(self, *args, **kwargs):
        return self.fn(*args, **kwargs)


def _check_output_type(output_type: str) -> str | None:
    if output_type not in OUTPUT_TYPES:
        raise ValueError(f"output_type must be one of {', '.join(OUTPUT_TYPES)}, "
                         f"not '{output_type}'")
    pipeline = OUTPUT_TYPES[output_type]
    if pipeline is not None and passes.lookup(pipeline) is None:
        raise NotImplementedError(
            f"output_type='{output_type}' needs the '{pipeline}' pipeline of "
            f"torch-mlir-core, which this version of torch-mlir-core does not have yet; "
            f"use output_type='raw' for the imported Torch-dialect IR")
    return pipeline


def lower(module: ir.Module, output_type: str) -> ir.Module:
    """Runs core's pipeline for `output_type` on `module`, in place."""
    pipeline = _check_output_type(output_type)
    if pipeline is not None:
        passes.run_pipeline(module, pipeline)
    return module


def export_and_import(
    f: Any,
    *args: Any,
    output_type: str = "torch",
    dynamic_shapes: Any = None,
    func_name: str = "main",
    decomposition_table: dict | None = None,
    strict: bool = False,
    import_params_as: str = "literals",
    importer: FxImporter | None = None,
    **kwargs: Any,
) -> ir.Module:
    """Exports `f` (an `nn.Module`, a function, or a `torch.export.ExportedProgram`)
    with `args`/`kwargs` as example inputs, and imports it as MLIR.

    output_type: "raw" (the imported Torch dialect), "torch",
        "linalg-on-tensors", "tosa" or "stablehlo" (run core's pipelines; a
        target core cannot produce yet raises NotImplementedError saying so).
    dynamic_shapes: as for `torch.export.export`; dynamic dims become `?`
        plus `torch.bind_symbolic_shape` on the arguments.
    decomposition_table: what `ExportedProgram.run_decompositions` applies;
        None means torch's default (the core ATen opset); `{}` applies none.
    import_params_as: "literals" (weights as `torch.vtensor.literal` backed by
        dense resources) or "arguments" (weights as leading function args).
    importer: import into this importer's module (several functions in one
        module); by default a new one.
    """
    pipeline_check = _check_output_type(output_type)  # fail before exporting
    del pipeline_check
    if isinstance(f, torch.export.ExportedProgram):
        program = f
    else:
        module = f if isinstance(f, torch.nn.Module) else _FunctionModule(f)
        program = torch.export.export(module, tuple(args), kwargs=kwargs or None,
                                      dynamic_shapes=dynamic_shapes, strict=strict)
    if decomposition_table is None:
        program = program.run_decompositions()
    elif decomposition_table:
        program = program.run_decompositions(decomposition_table)
    importer = importer or FxImporter()
    importer.import_program(program, func_name=func_name, import_params_as=import_params_as)
    return lower(importer.module, output_type)


def stateless_fx_import(
    gm: torch.fx.GraphModule,
    *,
    output_type: str = "torch",
    func_name: str = "main",
    importer: FxImporter | None = None,
) -> ir.Module:
    """Imports a bare GraphModule whose nodes carry `meta["val"]` (e.g. from
    `make_fx` or aot_autograd); every placeholder becomes an argument."""
    _check_output_type(output_type)
    importer = importer or FxImporter()
    importer.import_graph(gm.graph, func_name=func_name)
    return lower(importer.module, output_type)
