"""torch-mlir end-to-end conformance harness.

- `torch_mlir_e2e.registry`: `@e2e_test`, `Arg`, the test registry.
- `torch_mlir_e2e.configs`: `Config`, `@register_config`, the built-in configs.
- `torch_mlir_e2e.runner.run(tests, configs, ...)`: the Python API of the runner.
- `python -m torch_mlir_e2e`: the command line (`torch_mlir_e2e.cli`).
"""

__version__ = "0.2.0"
