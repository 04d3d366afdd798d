"""`GraphNodeImporter`: the node loop and the control-flow regions, written
once for every frontend (see the package docstring)."""

from __future__ import annotations

from typing import Any, Callable, Hashable, Iterable, Sequence

from mlir import ir

from .. import types
from ..builder import BuildError, TorchBuilder

__all__ = ["GraphImportError", "GraphNodeImporter", "UnsupportedNodesError", "is_view_schema"]


# Ops whose schema says their result may alias the input, which copy when
# the input's layout does not allow a view.
_MAY_COPY = ("aten::contiguous", "aten::reshape", "aten::reshape_as", "aten::flatten",
             "aten::to", "aten::type_as")


def is_view_schema(schema) -> bool:
    """Whether an op of this torch schema always returns a view of its first
    argument (`Tensor(a) self -> Tensor(a)`, and not one of the ops that copy
    when they cannot view): its result shares that argument's storage."""
    if schema.name in _MAY_COPY or not schema.arguments or len(schema.returns) != 1:
        return False
    arg, ret = schema.arguments[0].alias_info, schema.returns[0].alias_info
    return arg is not None and ret is not None and not arg.is_write and \
        set(arg.before_set) == set(ret.after_set)


class GraphImportError(Exception):
    """A graph that cannot be imported (the message says why and where)."""


class UnsupportedNodesError(GraphImportError):
    """Every node of a graph that could not be imported, listed at once.

    `source` names the graph representation in the message ("FX",
    "TorchScript")."""

    def __init__(self, problems: list[str], source: str = "graph"):
        self.problems = problems
        lines = "\n".join(f"  {p}" for p in problems)
        super().__init__(f"{len(problems)} {source} node(s) could not be imported:\n{lines}")


class GraphNodeImporter:
    """Imports the nodes of one graph into the block at the insertion point.

    Subclasses say how their nodes read: `node_inputs` / `node_outputs`
    (hashable keys of the values a node uses and defines; a node using a
    value of a failed node is skipped), `node_location`, `describe` (how a
    problem names the node) and `import_node` (emit one node, raising
    `BuildError` for what has no Torch-dialect form). `self.b` is the
    `TorchBuilder`, resolving frontend values through `resolve`.
    """

    #: how `UnsupportedNodesError` names the graph representation
    source = "graph"

    def __init__(self, context: ir.Context, *, value_semantics: bool = True):
        self.context = context
        self.problems: list[str] = []
        self.b = TorchBuilder(context, self.resolve, value_semantics=value_semantics)

    # -- hooks --

    def resolve(self, obj: Any) -> ir.Value | None:
        """The `ir.Value` of a frontend value object, None for anything else."""
        return None

    def node_inputs(self, node) -> Iterable[Hashable]:
        raise NotImplementedError

    def node_outputs(self, node) -> Iterable[Hashable]:
        raise NotImplementedError

    def node_location(self, node) -> ir.Location:
        return ir.Location.unknown()

    def describe(self, node) -> str:
        return str(node)

    def import_node(self, node) -> None:
        raise NotImplementedError

    # -- the node loop --

    def import_nodes(self, nodes: Iterable) -> None:
        """Emits `nodes` in order, collecting (not raising) what cannot be
        imported in `self.problems`."""
        failed: set = set()
        for node in nodes:
            if any(key in failed for key in self.node_inputs(node)):
                failed.update(self.node_outputs(node))  # reported through its input
                continue
            try:
                with self.node_location(node):
                    self.import_node(node)
            except (BuildError, UnsupportedNodesError) as e:
                detail = "; ".join(e.problems) if isinstance(e, UnsupportedNodesError) else e
                self.problems.append(f"{self.describe(node)}: {detail}")
                failed.update(self.node_outputs(node))

    def raise_problems(self) -> None:
        """Raises every problem collected so far as one `UnsupportedNodesError`."""
        if self.problems:
            raise UnsupportedNodesError(self.problems, self.source)

    # -- control flow --

    def build_if(self, condition: ir.Value, result_types: Sequence[ir.Type],
                 branches: Sequence[Callable[[], list[ir.Value]]]) -> ir.Operation:
        """`torch.prim.If` on `condition`; each of the two `branches` emits
        its region's body (at its insertion point) and returns the values to
        yield."""
        op = self.b.op("torch.prim.If", result_types, [condition], regions=2)
        for region, branch in zip(op.regions, branches):
            with ir.InsertionPoint(region.blocks.append()):
                self.b.op("torch.prim.If.yield", [], branch())
        return op

    def build_loop(self, max_trip_count: ir.Value, initial_condition: ir.Value,
                   initial: Sequence[ir.Value], result_types: Sequence[ir.Type],
                   body: Callable[[list[ir.Value]], tuple[ir.Value, list[ir.Value]]]
                   ) -> ir.Operation:
        """`torch.prim.Loop` carrying `initial` (of `result_types`). `body`
        gets the region's arguments (iteration number, then the carried
        values), emits the body at its insertion point and returns (whether
        to continue, the next carried values)."""
        op = self.b.op("torch.prim.Loop", result_types,
                       [max_trip_count, initial_condition, *initial], regions=1)
        block = op.regions[0].blocks.append(types.int_type(), *result_types)
        with ir.InsertionPoint(block):
            again, carried = body(list(block.arguments))
            self.b.op("torch.prim.Loop.condition", [], [again, *carried])
        return op
