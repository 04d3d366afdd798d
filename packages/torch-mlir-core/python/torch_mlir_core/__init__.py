"""torch-mlir-core: the Torch dialect for MLIR, its Python API and tools.

Submodules (import what you need; only `builder` imports torch when imported):
  ir        the `mlir.ir` API plus a Context with the Torch dialect registered
  types     typed builders for the Torch types (!torch.vtensor, !torch.list, ...)
  dtypes    torch.dtype <-> MLIR element type mapping
  dialects  generated op builders (`torch_mlir_core.dialects.torch`)
  passes    the registry of Python and native passes and pipelines
  pipelines output types -> pipelines, `lower`, `LoweringError`
  diagnostics  collect/format/verify MLIR diagnostics
  builder   the graph building frontends share (needs torch)
  testing   shared lit configuration for the packages' IR tests
"""

__version__ = "0.1.0"
