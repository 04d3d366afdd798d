"""The per-graph layer every frontend importer shares.

`GraphNodeImporter` emits the nodes of one graph at the insertion point:
each node in its location, failures collected (not raised) with the node
they belong to, and the nodes that depend on a failed one skipped (they are
reported through it). It also builds `torch.prim.If` / `torch.prim.Loop`
regions. A frontend subclasses it and overrides the small hooks that read
its own graph representation (`node_inputs`, `node_outputs`,
`node_location`, `describe`, `import_node`).

`FxGraphNodeImporter` is that layer for `torch.fx` graphs of ATen ops: the
FX frontend extends it (higher-order ops, symbolic arithmetic, program
literals), `torch-decompose` uses it to rebuild torch's decompositions.

Needs torch (the `torch` extra of torch-mlir-core), as `builder` does.
"""

from .fx_graph import FxGraphNodeImporter
from .graph import GraphImportError, GraphNodeImporter, UnsupportedNodesError, is_view_schema

__all__ = [
    "FxGraphNodeImporter",
    "GraphImportError",
    "GraphNodeImporter",
    "UnsupportedNodesError",
    "is_view_schema",
]
