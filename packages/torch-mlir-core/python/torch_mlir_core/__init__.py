"""torch-mlir-core: the Torch dialect for MLIR, its Python API and tools.

Submodules (import what you need; only `builder` and `importers` import torch
when imported):
  ir        the `mlir.ir` API plus a Context with the Torch dialect registered
  types     typed builders for the Torch types (!torch.vtensor, !torch.list, ...)
  dtypes    torch.dtype <-> MLIR element type mapping
  dialects  generated op builders (`torch_mlir_core.dialects.torch`)
  passes    the registry of Python and native passes and pipelines
  pipelines output types -> pipelines, `lower`, `LoweringError`
  lowering  the registry of lowering rules (op x target) and the conversion driver
  diagnostics  collect/format/verify MLIR diagnostics
  builder   the graph building frontends share (needs torch)
  importers the per-graph node importer frontends share (`GraphNodeImporter`,
            `UnsupportedNodesError`; needs torch)
  testing   shared lit configuration for the packages' IR tests
"""

__version__ = "0.2.0"


def lower(module, output_type: str):
    """Lowers `module` (raw Torch-dialect IR) to `output_type` ("torch",
    "linalg-on-tensors", ...) in place and returns it; see
    `torch_mlir_core.pipelines.lower`."""
    from .pipelines import lower as _lower

    return _lower(module, output_type)
