"""Generator of the Torch dialect's op definitions (GeneratedTorchOps.td).

Run `python -m torch_mlir_core.tools.torch_ods_gen [--check | --count | --output PATH]`.
"""

from .generator import DEFAULT_OUTPUT, REGENERATE_COMMAND, generate, main, select_ops

__all__ = ["DEFAULT_OUTPUT", "REGENERATE_COMMAND", "generate", "main", "select_ops"]
