"""The user-facing entry points."""

from __future__ import annotations

from typing import Any

import torch

import mlir.ir as ir

from torch_mlir_core.pipelines import OUTPUT_TYPES, check_output_type, lower  # noqa: F401 (re-exported)

from .importer import FxImporter


class _FunctionModule(torch.nn.Module):
    def __init__(self, fn):
        super().__init__()
        self.fn = fn

    def forward(self, *args, **kwargs):
        return self.fn(*args, **kwargs)


def default_decompositions():
    """torch.export's default table (the core ATen opset) plus torch's
    decompositions of the ops the Torch dialect does not define: such an op
    is imported as its decomposition, not reported as unknown."""
    from torch_mlir_core.passes.missing_op_decompositions import missing_op_decompositions

    table = torch.export.default_decompositions()
    for op, fn in missing_op_decompositions().items():
        table[op] = fn
    return table


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
        target core cannot produce yet raises NotImplementedError saying so,
        a failing pipeline a LoweringError listing every error).
    dynamic_shapes: as for `torch.export.export`; dynamic dims become `?`
        plus `torch.bind_symbolic_shape` on the arguments.
    decomposition_table: what `ExportedProgram.run_decompositions` applies;
        None means torch's default (the core ATen opset) plus torch's
        decompositions of the ops the Torch dialect does not define
        (`default_decompositions()`); `{}` applies none.
    import_params_as: "literals" (weights as `torch.vtensor.literal` backed by
        dense resources) or "arguments" (weights as leading function args).
    importer: import into this importer's module (several functions in one
        module); by default a new one.
    """
    check_output_type(output_type)  # fail before exporting
    if isinstance(f, torch.export.ExportedProgram):
        program = f
    else:
        module = f if isinstance(f, torch.nn.Module) else _FunctionModule(f)
        program = torch.export.export(module, tuple(args), kwargs=kwargs or None,
                                      dynamic_shapes=dynamic_shapes, strict=strict)
    if decomposition_table is None:
        try:
            program = program.run_decompositions(default_decompositions())
        except Exception:  # noqa: BLE001 - a torch decomposition export cannot trace
            # Fall back to torch's own table: the op is then reported as unknown.
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
    check_output_type(output_type)
    importer = importer or FxImporter()
    importer.import_graph(gm.graph, func_name=func_name)
    return lower(importer.module, output_type)
