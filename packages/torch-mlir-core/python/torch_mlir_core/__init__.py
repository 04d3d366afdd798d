"""torch-mlir-core: the Torch dialect for MLIR, its Python API and tools.

torch is a dependency of core (the pipelines run its meta kernels and
decompositions, the lowering rules use its dtypes and type promotion), but
importing a submodule does not import torch except `builder` and
`importers`; the lowering rules and torch are imported when a lowering pass
first runs.

Submodules (import what you need):
  ir        the `mlir.ir` API plus a Context with the Torch dialect registered
  types     typed builders for the Torch types (!torch.vtensor, !torch.list, ...)
  dtypes    torch.dtype <-> MLIR element type mapping
  dialects  generated op builders (`torch_mlir_core.dialects.torch`)
  passes    the registry of Python and native passes and pipelines
  pipelines output types -> pipelines, `lower`, `LoweringError`
  lowering  the registry of lowering rules (op x target), the conversion driver and
            the lowering passes (torch-lower-to-linalg, the linalg contract check)
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
