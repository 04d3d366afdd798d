"""Configs on the TorchScript frontend (`torch_mlir_torchscript`): script
(or trace) the test, import it, lower it through core's pipelines to
linalg-on-tensors and run it on the reference backend.

Function tests are scripted as functions (their Python annotations type the
non-tensor arguments); module tests as modules. The traced variant traces
both. TorchScript fixes the shapes of the example arguments, so the compiled
function is specialized to them (dynamic `-1` dims are not exercised here).
"""

from __future__ import annotations

from . import Config, register_config


class TorchScriptConfig(Config):
    frontend = "torchscript"
    output_type = "linalg-on-tensors"
    backend = "refbackend"
    required_modules = ("torch_mlir_torchscript", "torch_mlir_refbackend")
    use_tracing = False

    def compile(self, test, module, inputs):
        import torch
        import torch_mlir_refbackend
        import torch_mlir_torchscript

        from ..registry import _FunctionModule

        target = module
        if isinstance(module, _FunctionModule) and not self.use_tracing:
            target = torch.jit.script(module.fn)
        mlir_module = torch_mlir_torchscript.compile(
            target, inputs, output_type=self.output_type, use_tracing=self.use_tracing)
        clear_cache = getattr(torch_mlir_refbackend, "clear_cache", None)
        if clear_cache is not None:
            clear_cache()
        return torch_mlir_refbackend.compile(mlir_module, num_threads=torch.get_num_threads())

    def run(self, artifact, inputs):
        return artifact.forward(*inputs)


@register_config
class TorchScriptLinalgRefBackendConfig(TorchScriptConfig):
    name = "torchscript-linalg-refbackend"


@register_config
class TorchScriptTraceLinalgRefBackendConfig(TorchScriptConfig):
    name = "torchscript-trace-linalg-refbackend"
    frontend = "torchscript (traced)"
    use_tracing = True
