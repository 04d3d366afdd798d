"""Configs on the FX frontend (`torch_mlir_fx`): torch.export, import, lower
to an output type, compile and run with a backend."""

from __future__ import annotations

from typing import Any

from . import Config, RefBackendConfig, register_config


class FxConfig(Config):
    """Exports the test with `torch.export` (dynamic dims from its `Arg`s),
    imports it with `torch_mlir_fx.export_and_import(..., output_type=...)`
    and hands the MLIR module to `compile_mlir` of the subclass. Serialized
    tests bring their own `ExportedProgram`, which is imported as is."""

    def warm_up(self):
        """The first torch.export in a process imports and initializes a lot
        (dynamo, sympy, decompositions: seconds); do it before the first test
        so that its timeout measures the test."""
        super().warm_up()
        import torch

        class _Tiny(torch.nn.Module):
            def forward(self, x):
                return torch.relu(x * 2.0).sum(dim=0)

        x = torch.ones(3, 4)
        dims = ({0: torch.export.Dim.DYNAMIC},)
        torch.export.export(_Tiny(), (x,), dynamic_shapes=dims).run_decompositions()

    def export(self, test, module, inputs):
        program = getattr(test, "exported_program", None)
        if callable(program):  # a serialized test
            return program()
        from ..exporting import export_test_program

        return export_test_program(test, module, inputs)

    def compile(self, test, module, inputs):
        import torch_mlir_fx

        from ..exporting import ExportFailure

        try:
            program = self.export(test, module, inputs)
        except Exception as e:  # noqa: BLE001 - torch.export's own failure
            raise ExportFailure(f"torch.export failed: {type(e).__name__}: {e}") from e
        mlir_module = torch_mlir_fx.export_and_import(program, output_type=self.output_type)
        return _FxArtifact(self.compile_mlir(mlir_module), program.call_spec.out_spec,
                           _state_tensors(program, module))

    def run(self, artifact, inputs):
        """Runs the compiled function (the program's mutated buffers first, see
        `_state_tensors`) and gives its flat results the
        program's output structure (nested tuples/lists), as
        `ExportedProgram.module()` does: the compiled function returns the
        leaves only."""
        from torch.utils import _pytree as pytree

        outputs = self.run_compiled(artifact.compiled, (*artifact.state, *inputs))
        if artifact.out_spec is None:
            return outputs
        if outputs is None and artifact.out_spec.num_leaves == 0:
            flat = []  # a function with no results (broadcast_shapes of () shapes)
        else:
            flat = list(outputs) if isinstance(outputs, (tuple, list)) else [outputs]
        if len(flat) != artifact.out_spec.num_leaves:
            raise ValueError(f"the compiled function returned {len(flat)} value(s), the "
                             f"program has {artifact.out_spec.num_leaves} output(s)")
        return pytree.tree_unflatten(flat, artifact.out_spec)

    def compile_mlir(self, mlir_module) -> Any:
        """The backend: compile the lowered MLIR module."""
        raise NotImplementedError

    def run_compiled(self, compiled, inputs) -> Any:
        """The backend: run what `compile_mlir` returned; flat results."""
        raise NotImplementedError


class _FxArtifact:
    def __init__(self, compiled, out_spec, state=()):
        self.compiled = compiled
        self.out_spec = out_spec
        self.state = tuple(state)


def _state_tensors(program, module) -> list:
    """The tensors passed for the buffers/parameters the import makes leading
    arguments (those the program mutates, `torch_mlir_fx.state_arguments`):
    the module's own, so that the compiled call updates them as eager updates
    the golden module's (the harness compares both)."""
    import torch_mlir_fx

    names = torch_mlir_fx.state_arguments(program)
    own = dict(module.named_buffers()) | dict(module.named_parameters()) \
        if module is not None else {}
    values = {**program.state_dict, **program.constants}
    return [own[n] if n in own else values[n] for n in names]


# The real tensor dtypes of the refbackend (and of IREE on linalg-on-tensors).
REAL_DTYPES = ("float32", "float64", "float16", "bfloat16", "int64", "int32", "int16", "int8",
               "uint8", "bool")


@register_config
class FxLinalgRefBackendConfig(FxConfig, RefBackendConfig):
    name = "fx-linalg-refbackend"
    frontend = "fx"
    required_modules = ("torch_mlir_fx", "torch_mlir_refbackend")
    # The refbackend's tensor types.
    supported_dtypes = REAL_DTYPES + ("complex64", "complex128")

    def compile_mlir(self, mlir_module):
        return self.compile_on_refbackend(mlir_module)

    def run_compiled(self, compiled, inputs):
        return compiled.main(*inputs)
