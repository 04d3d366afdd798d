"""torch-mlir-torchscript: scripted and traced modules -> the Torch dialect.

    import torch_mlir_torchscript
    module = torch_mlir_torchscript.compile(model, example_input, output_type="raw")
"""

from .api import compile
from .importer import ScriptImporter, UnsupportedNodesError
from .scripting import script

__version__ = "0.2.0"

__all__ = ["ScriptImporter", "UnsupportedNodesError", "compile", "script"]
