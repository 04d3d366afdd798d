"""The FX graph importer `torch-decompose` rebuilds decompositions with
(a module of its own: it needs torch, which the pass imports only when it
runs)."""

from __future__ import annotations

import torch.fx

from mlir import ir

from ..builder import value_type
from ..importers import FxGraphNodeImporter

__all__ = ["DecompositionImporter"]


class DecompositionImporter(FxGraphNodeImporter):
    """Core's FX node importer, rebuilding a decomposition traced by make_fx
    in place of `op`: every op at `op`'s location."""

    def __init__(self, op: ir.Operation, graph: torch.fx.Graph):
        super().__init__(op.context, graph)
        self.location = op.location

    def node_location(self, node: torch.fx.Node) -> ir.Location:
        return self.location

    def import_overload(self, node: torch.fx.Node, target) -> None:
        val = node.meta.get("val")
        schema = target._schema
        if len(schema.returns) == 1 and isinstance(val, (tuple, list)):
            # One list of tensors (split_with_sizes): unpacked, so that
            # getitem picks its elements.
            new = self.b.schema_op(schema, node.args, node.kwargs, [value_type(val)])
            self.values[node] = list(self.b.op(
                "torch.prim.ListUnpack", [value_type(x) for x in val], [new.result]).results)
            return
        super().import_overload(node, target)
