"""torch-mlir-fx: torch.export / FX graphs -> the Torch dialect.

    import torch_mlir_fx
    module = torch_mlir_fx.export_and_import(model, example_input, output_type="raw")
    print(module)
"""

from .api import OUTPUT_TYPES, default_decompositions, export_and_import, lower, stateless_fx_import
from .compile_backend import backend
from .importer import FxImporter, ImportError_, UnsupportedNodesError, state_arguments

__version__ = "0.2.0"

__all__ = [
    "OUTPUT_TYPES",
    "backend",
    "default_decompositions",
    "lower",
    "FxImporter",
    "ImportError_",
    "UnsupportedNodesError",
    "export_and_import",
    "stateless_fx_import",
    "state_arguments",
]
