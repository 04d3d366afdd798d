"""torch_mlir_core.importers: the node loop and control-flow regions every
importer shares, driven by a toy graph representation."""

import pytest
import torch

from torch_mlir_core import ir, types
from torch_mlir_core.builder import BuildError
from torch_mlir_core.importers import (FxGraphNodeImporter, GraphImportError,
                                       GraphNodeImporter, UnsupportedNodesError)


class ToyImporter(GraphNodeImporter):
    """Nodes are (name, inputs, int constant or None for "unsupported")."""

    source = "toy"

    def __init__(self, context):
        super().__init__(context)
        self.values = {}

    def node_inputs(self, node):
        return node[1]

    def node_outputs(self, node):
        return [node[0]]

    def describe(self, node):
        return f"node {node[0]}"

    def import_node(self, node):
        name, _, value = node
        if value is None:
            raise BuildError("no Torch-dialect form")
        self.values[name] = self.b.constant(value)


@pytest.fixture
def module():
    with ir.Context() as ctx, ir.Location.unknown():
        module = ir.Module.create()
        with ir.InsertionPoint(module.body):
            yield ctx, module


def test_failures_are_collected_and_dependents_skipped(module):
    ctx, m = module
    importer = ToyImporter(ctx)
    importer.import_nodes([("a", [], 1), ("bad", [], None), ("uses_bad", ["bad"], 2),
                           ("uses_a", ["a"], 3), ("bad2", ["a"], None)])
    # Both failures, not the node that only depends on one; the loop went on.
    assert importer.problems == ["node bad: no Torch-dialect form",
                                 "node bad2: no Torch-dialect form"]
    assert set(importer.values) == {"a", "uses_a"}
    with pytest.raises(UnsupportedNodesError) as info:
        importer.raise_problems()
    assert isinstance(info.value, GraphImportError)
    assert str(info.value) == ("2 toy node(s) could not be imported:\n"
                               "  node bad: no Torch-dialect form\n"
                               "  node bad2: no Torch-dialect form")


def test_nested_unsupported_nodes_are_reported_at_the_node(module):
    ctx, _ = module

    class Nested(ToyImporter):
        def import_node(self, node):
            raise UnsupportedNodesError(["inner x: why", "inner y: why"])

    importer = Nested(ctx)
    importer.import_nodes([("outer", [], 0)])
    assert importer.problems == ["node outer: inner x: why; inner y: why"]


def test_if_and_loop_regions(module):
    ctx, m = module
    importer = ToyImporter(ctx)
    b = importer.b
    cond = b.constant(True)
    op = importer.build_if(cond, [types.int_type()],
                           [lambda: [b.constant(1)], lambda: [b.constant(2)]])
    start = op.results[0]

    def body(arguments):
        i, carried = arguments
        step = b.op("torch.aten.add.int", [types.int_type()], [carried, i]).result
        return b.constant(True), [step]

    loop = importer.build_loop(b.constant(4), cond, [start], [types.int_type()], body)
    assert m.operation.verify()
    asm = str(m)
    assert "torch.prim.If %" in asm and asm.count("torch.prim.If.yield") == 2
    assert "torch.prim.Loop %" in asm and "torch.prim.Loop.condition" in asm
    assert "torch.aten.add.int" in str(loop)


def test_fx_graph_importer_imports_aten_calls_and_getitem(module):
    ctx, m = module
    gm = torch.fx.symbolic_trace(
        lambda x: torch.ops.aten.relu.default(torch.ops.aten.max.dim(x, 0)[0]))
    from torch._subclasses.fake_tensor import FakeTensorMode
    from torch.fx.passes.fake_tensor_prop import FakeTensorProp

    with FakeTensorMode() as mode:
        FakeTensorProp(gm, mode).propagate(torch.zeros(2, 3))
    from mlir.dialects import func

    fn = func.FuncOp("f", ir.FunctionType.get([types.vtensor([2, 3], ir.F32Type.get())], []))
    with ir.InsertionPoint(fn.add_entry_block()):
        importer = FxGraphNodeImporter(ctx, gm.graph)
        (placeholder,) = [n for n in gm.graph.nodes if n.op == "placeholder"]
        importer.values[placeholder] = fn.arguments[0]
        importer.import_graph_nodes()
        assert importer.problems == []
        (out,) = importer.outputs()
        func.ReturnOp([])
    asm = str(fn)
    assert "torch.aten.max.dim" in asm and "torch.aten.relu" in asm
    assert str(importer.values[out].type) == "!torch.vtensor<[3],f32>"
