"""`FxGraphNodeImporter`: `GraphNodeImporter` for `torch.fx` graphs of ATen
ops (`OpOverload` calls, `operator.getitem`, tensor `get_attr`s)."""

from __future__ import annotations

import operator
from typing import Any

import torch
import torch.fx

from mlir import ir

from ..builder import BuildError, value_type
from .graph import GraphNodeImporter, is_view_schema

__all__ = ["FxGraphNodeImporter"]


class FxGraphNodeImporter(GraphNodeImporter):
    """Imports the computing nodes of `graph` (placeholders are bound by the
    caller in `self.values`, the output node is read by the caller).

    Nodes dispatch on their kind to `import_<op>` (`import_call_function`,
    `import_get_attr`); calls on their target's type to `import_overload`,
    `import_getitem` or `import_call_target`, the hook for other targets.
    """

    source = "FX"

    def __init__(self, context: ir.Context, graph: torch.fx.Graph):
        super().__init__(context)
        self.graph = graph
        self.values: dict[torch.fx.Node, Any] = {}

    def resolve(self, obj) -> ir.Value | None:
        return self.node_value(obj) if isinstance(obj, torch.fx.Node) else None

    def node_value(self, node: torch.fx.Node) -> ir.Value:
        """The value of an already imported node."""
        return self.values[node]

    def import_graph_nodes(self) -> None:
        """Imports every node of the graph but its placeholders and output."""
        self.import_nodes(n for n in self.graph.nodes if n.op not in ("placeholder", "output"))

    def outputs(self) -> list:
        """The arguments of the graph's output node, as a list."""
        out = next(n for n in self.graph.nodes if n.op == "output").args[0]
        return list(out) if isinstance(out, (list, tuple)) else [out]

    # -- hooks of GraphNodeImporter --

    def node_inputs(self, node: torch.fx.Node):
        return node.all_input_nodes

    def node_outputs(self, node: torch.fx.Node):
        return [node]

    def describe(self, node: torch.fx.Node) -> str:
        return f"node '{node.name}' ({node.op} {getattr(node.target, '__name__', node.target)})"

    def import_node(self, node: torch.fx.Node) -> None:
        method = getattr(self, f"import_{node.op}", None)
        if method is None:
            raise BuildError(f"unsupported FX node kind '{node.op}'")
        method(node)

    # -- node kinds --

    def import_get_attr(self, node: torch.fx.Node) -> None:
        attr = getattr(self.graph.owning_module, node.target, None)
        if not isinstance(attr, torch.Tensor):
            raise BuildError(f"get_attr of a {type(attr).__name__}")
        self.values[node] = self.b.literal(attr, node.target)

    def import_call_function(self, node: torch.fx.Node) -> None:
        if node.target is operator.getitem:
            self.import_getitem(node)
        elif isinstance(node.target, torch._ops.OpOverload):
            self.import_overload(node, node.target)
        else:
            self.import_call_target(node)

    def import_call_target(self, node: torch.fx.Node) -> None:
        """A call of anything but an ATen op or getitem."""
        raise BuildError(f"unsupported call target {node.target}")

    def import_getitem(self, node: torch.fx.Node) -> None:
        """An element of a node with several results; of a list value
        otherwise (`aten.__getitem__.t`)."""
        src, index = node.args
        produced = self.values.get(src)
        if isinstance(produced, list):
            self.values[node] = produced[index]
            return
        self.values[node] = self.b.op(
            "torch.aten.__getitem__.t", [value_type(node.meta.get("val"))],
            [self.node_value(src), self.b.constant(index)]).result

    def import_overload(self, node: torch.fx.Node, target: torch._ops.OpOverload) -> None:
        """The op of an ATen overload, typed from `node.meta["val"]`; a node
        with several results binds the list of them."""
        schema = target._schema
        val = node.meta.get("val")
        returns = schema.returns
        if len(returns) == 1:
            result_types = [value_type(val)]
        else:
            vals = list(val) if isinstance(val, (list, tuple)) else []
            if len(vals) != len(returns):
                raise BuildError(f"no example values for the {len(returns)} results")
            result_types = [value_type(v) for v in vals]
        args = node.args
        if target in _READS_STORAGE:
            args = (storage_base(node, args[0]),) + tuple(args[1:])
        results = list(self.b.schema_op(schema, args, node.kwargs, result_types).results)
        self.values[node] = results[0] if len(returns) == 1 else results


# Ops that read their input's storage rather than its elements: on a view
# they see the whole storage of the tensor it views.
_READS_STORAGE = (torch.ops.aten.as_strided.default, torch.ops.aten.as_strided_copy.default)


def _is_view(node: torch.fx.Node) -> bool:
    target = node.target
    return node.op == "call_function" and isinstance(target, torch._ops.OpOverload) and \
        is_view_schema(target._schema)


def storage_base(node: torch.fx.Node, src) -> torch.fx.Node:
    """The tensor whose storage `node` (an as_strided) reads through `src`:
    `src` past every view op. In the value-semantic IR each tensor is its
    own contiguous data, so the base must be contiguous with no storage
    offset in eager too (a channels-last input, or an elementwise result on a
    transposed tensor, is not): anything else is refused, never answered
    from the wrong storage."""
    base = src
    while isinstance(base, torch.fx.Node) and _is_view(base):
        base = base.args[0]
    val = base.meta.get("val") if isinstance(base, torch.fx.Node) else None
    if not isinstance(val, torch.Tensor):
        raise BuildError(f"{node.target}: the storage its input views is unknown")
    if not val.is_contiguous() or val.storage_offset() != 0:
        raise BuildError(
            f"{node.target} reads the storage of '{base.name}', which is not that tensor's "
            f"contiguous data in eager (strides {tuple(val.stride())}, storage offset "
            f"{val.storage_offset()}); make it contiguous first (`.contiguous()`)")
    return base
