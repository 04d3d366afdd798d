"""`ltc-linalg-refbackend`: the module's forward runs once on Lazy Tensor
Core's "lazy" device (`torch_mlir_ltc.compile`); the graph LTC records is
imported, lowered to linalg-on-tensors and compiled by the reference
backend, then replayed on the test's inputs.

The capture is specialized to the example inputs' shapes (LTC records static
shapes: dynamic `-1` dims are not exercised) and strict: an op LTC has no
lazy kernel for, or one core cannot lower, fails the test with the located
report instead of running eagerly (`fallback=False`).
"""

from __future__ import annotations

from . import RefBackendConfig, register_config


@register_config
class LtcLinalgRefBackendConfig(RefBackendConfig):
    name = "ltc-linalg-refbackend"
    frontend = "lazy tensor core"
    required_modules = ("torch_mlir_ltc", "torch_mlir_refbackend")

    def compile(self, test, module, inputs):
        import torch_mlir_ltc
        import torch_mlir_refbackend

        # A worker runs many tests: keep neither their graphs nor engines.
        torch_mlir_ltc.clear_cache()
        torch_mlir_refbackend.clear_cache()
        return torch_mlir_ltc.compile(module, inputs)

    def run(self, artifact, inputs):
        return artifact(*inputs)
