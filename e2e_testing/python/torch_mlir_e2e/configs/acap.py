"""`acap-linalg-refbackend`: the deprecated ACAP shim (`torch_mlir_acap`)
captures the module's forward on the test's inputs into a function, core
lowers it to linalg-on-tensors and the reference backend runs it.

Tensor arguments are the function's arguments (their example shapes: no
dynamic dims), after the module's buffers: the capture runs a copy of the
module, and each call passes the module's own buffers, which the function
updates in place where forward mutates them (BatchNorm's running stats in
training mode). Python scalars, parameters and tensors that do not depend on
the arguments are constants; outputs get the structure eager returned.
"""

from __future__ import annotations

import copy
import warnings

from . import RefBackendConfig, register_config


def _buffers(module) -> list:
    """The module's buffers (None for a plain function)."""
    return list(module.buffers()) if module is not None else []


@register_config
class AcapLinalgRefBackendConfig(RefBackendConfig):
    name = "acap-linalg-refbackend"
    frontend = "acap (deprecated)"
    required_modules = ("torch_mlir_acap", "torch_mlir_refbackend")

    def compile(self, test, module, inputs):
        import torch
        import torch_mlir_acap
        import torch_mlir_core
        from torch.utils import _pytree as pytree

        tensors = [v for v in pytree.tree_leaves(inputs) if isinstance(v, torch.Tensor)]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            mb = torch_mlir_acap.ModuleBuilder()
        # The block runs eagerly: on a copy, whose buffers it may update.
        capture = copy.deepcopy(module)
        with mb.capture_function("forward", _buffers(capture) + tensors) as f:
            out = capture(*inputs)
            leaves, spec = pytree.tree_flatten(out)
            f.returns([v for v in leaves if isinstance(v, torch.Tensor)])
        constants = [None if isinstance(v, torch.Tensor) else v for v in leaves]
        torch_mlir_core.lower(mb.module, "linalg-on-tensors")
        return self.compile_on_refbackend(mb.module), constants, spec, module

    def run(self, artifact, inputs):
        import torch
        from torch.utils import _pytree as pytree

        compiled, constants, spec, module = artifact
        tensors = [v for v in pytree.tree_leaves(inputs) if isinstance(v, torch.Tensor)]
        results = compiled.forward(*_buffers(module), *tensors)
        results = iter(results if isinstance(results, tuple) else (results,))
        leaves = [next(results) if c is None else c for c in constants]
        return pytree.tree_unflatten(leaves, spec)
