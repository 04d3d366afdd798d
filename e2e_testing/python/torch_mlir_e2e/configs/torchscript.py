"""Configs on the TorchScript frontend (`torch_mlir_torchscript`): script
(or trace) the test, import it, lower it through core's pipelines to
linalg-on-tensors and run it on the reference backend.

Function tests are scripted as functions (their Python annotations type the
non-tensor arguments); module tests as modules. The traced variant traces
both. TorchScript fixes the shapes of the example arguments, so the compiled
function is specialized to them (dynamic `-1` dims are not exercised here).
"""

from __future__ import annotations

from . import RefBackendConfig, register_config


class TorchScriptConfig(RefBackendConfig):
    frontend = "torchscript"
    required_modules = ("torch_mlir_torchscript", "torch_mlir_refbackend")
    use_tracing = False

    def compile(self, test, module, inputs):
        import torch
        import torch_mlir_torchscript

        from ..registry import FunctionModule

        if self.use_tracing:
            target = torch.jit.trace(module, tuple(inputs), check_trace=False)
        elif isinstance(module, FunctionModule):
            # Binds the constants the function closes over (dtypes, ints,
            # ...), which torch.jit.script alone rejects.
            target = torch_mlir_torchscript.script(module.fn)
        else:
            target = torch.jit.script(module)
        mlir_module = torch_mlir_torchscript.compile(
            target, inputs, output_type=self.output_type)
        return_type = target.graph.return_node().inputsAt(0).type()
        return self.compile_on_refbackend(mlir_module), return_type

    def run(self, artifact, inputs):
        """Runs the compiled function and gives its flat results the
        structure of TorchScript's return type (nested tuples): the lowered
        function returns the leaves only."""
        compiled, return_type = artifact
        outputs = compiled.forward(*inputs)
        if return_type.kind() != "TupleType":
            return outputs
        flat = iter(outputs if isinstance(outputs, tuple) else (outputs,))
        return _restructure(return_type, flat)


def _restructure(jit_type, flat):
    if jit_type.kind() == "TupleType":
        return tuple(_restructure(e, flat) for e in jit_type.elements())
    return next(flat)


@register_config
class TorchScriptLinalgRefBackendConfig(TorchScriptConfig):
    name = "torchscript-linalg-refbackend"


@register_config
class TorchScriptTraceLinalgRefBackendConfig(TorchScriptConfig):
    name = "torchscript-trace-linalg-refbackend"
    frontend = "torchscript (traced)"
    use_tracing = True
