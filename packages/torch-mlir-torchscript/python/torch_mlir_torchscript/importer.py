"""TorchScript graph (`torch._C.Graph`) -> Torch dialect.

TorchScript has mutation and aliasing (in-place ops, views, list append), so
the import is faithful to that: tensors are `!torch.tensor` (non-value),
tensor constants `torch.tensor.literal`; making them value-semantic is the
job of core's backend pipeline. Ops come from each node's schema through
core's `TorchBuilder` (the same graph building as the FX frontend); nodes
without a definition in the dialect become `torch.operator`.
"""

from __future__ import annotations

import contextlib
from typing import Any

import torch

import mlir.ir as ir
from mlir.dialects import func as func_d

from torch_mlir_core import dtypes, types
from torch_mlir_core.builder import BuildError, TorchBuilder, schema_type, user_frame
from torch_mlir_core.ir import Context

__all__ = ["ScriptImporter", "UnsupportedNodesError"]


class UnsupportedNodesError(Exception):
    """Every TorchScript node that could not be imported, listed at once."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        lines = "\n".join(f"  {p}" for p in problems)
        super().__init__(f"{len(problems)} TorchScript node(s) could not be imported:\n{lines}")


def _frame(node: torch._C.Node, depth: int = 0) -> tuple[str, int] | None:
    """The user's file:line of a node: the innermost frame of its source
    range outside torch (code inlined from torch has only torch's frames)."""
    try:
        found = user_frame(node.sourceRange(), innermost_first=True)
    except RuntimeError:
        return None
    if found:
        return found
    # Some nodes (e.g. prim::SetAttr) carry no range: use their inputs'.
    for value in node.inputs() if depth < 4 else ():
        producer = value.node()
        if producer.kind() not in ("prim::Param", "prim::Constant"):
            found = _frame(producer, depth + 1)
            if found:
                return found
    return None


def _location(node: torch._C.Node) -> ir.Location:
    frame = _frame(node)
    if frame is None:
        return ir.Location.unknown()
    return ir.Location.file(frame[0], frame[1], 0)


def jit_type(t: torch._C.JitType, *, shapes: bool = True) -> ir.Type:
    """The Torch type of a TorchScript value type: tensors are non-value,
    with the sizes (unless `shapes=False`) and dtype the graph records."""

    def tensor(tt: torch._C.TensorType) -> ir.Type:
        dtype = tt.dtype()
        sizes = tt.sizes() if shapes else None
        if sizes is not None:
            sizes = [types.UNKNOWN_SIZE if d is None else d for d in sizes]
        return types.tensor(sizes, dtypes.to_mlir_type(dtype) if dtype is not None else None)

    return schema_type(t, tensor)


class ScriptImporter:
    """Imports TorchScript graphs into one module (`.module`)."""

    def __init__(self, *, context: ir.Context | None = None):
        self.context = context or Context()
        with self.context, ir.Location.unknown():
            self.module = ir.Module.create()

    def import_graph(self, graph: torch._C.Graph, *, func_name: str = "forward",
                     arg_types: list[ir.Type | None] | None = None,
                     shapes: bool = True, module: Any = None) -> func_d.FuncOp:
        """Imports `graph` as `func_name`. A leading module (`self`) input is
        dropped: `module` is the object it stands for, whose attributes
        (`prim::GetAttr`) become constants and tensor literals. `arg_types`
        overrides argument types (None keeps the graph's). `shapes=False`
        ignores the shapes recorded in the graph (e.g. by tracing)."""
        with self.context:
            return _GraphEmitter(self, shapes).emit(graph, func_name, arg_types or [], module)

    def import_module(self, module: torch.jit.ScriptModule, *, method: str = "forward",
                      func_name: str | None = None,
                      arg_types: list[ir.Type | None] | None = None,
                      shapes: bool = True) -> func_d.FuncOp:
        """Imports `module.<method>` with the calls into submodules inlined
        and the module hierarchy's attributes read as constants."""
        names = module._c._method_names()
        if method not in names:
            # Overloaded methods (e.g. nn.LSTM.forward) compile to
            # `forward__0`, `forward__1`, ...: take the first overload.
            overloads = sorted(n for n in names if n.startswith(method + "__"))
            if not overloads:
                raise ValueError(f"the module has no method '{method}' "
                                 f"(methods: {', '.join(sorted(names))})")
            method, func_name = overloads[0], func_name or method
        graph = module._c._get_method(method).graph.copy()
        torch._C._jit_pass_inline(graph)
        return self.import_graph(graph, func_name=func_name or method, arg_types=arg_types,
                                 shapes=shapes, module=module)


class _GraphEmitter:
    def __init__(self, importer: ScriptImporter, shapes: bool):
        self.importer = importer
        self.shapes = shapes
        self.values: dict[int, ir.Value] = {}
        self.problems: list[str] = []
        self.b = TorchBuilder(importer.context, self._resolve, value_semantics=False)
        # Module objects (self, submodules) by value, and their paths.
        self.objects: dict[int, Any] = {}
        self.paths: dict[int, str] = {}
        self.attr_values: dict[tuple[int, str], ir.Value] = {}

    def _resolve(self, obj) -> ir.Value | None:
        if isinstance(obj, torch._C.Value):
            return self.values[obj.unique()]
        return None

    def type_of(self, v: torch._C.Value) -> ir.Type:
        return jit_type(v.type(), shapes=self.shapes)

    def emit(self, graph, name, arg_types, module):
        inputs = list(graph.inputs())
        if inputs and inputs[0].type().kind() == "ClassType":
            if inputs[0].uses() and module is None:
                raise UnsupportedNodesError(
                    ["the graph reads its module object: import it with import_module"])
            self.objects[inputs[0].unique()] = module
            self.paths[inputs[0].unique()] = "self"
            inputs = inputs[1:]
        types_ = [
            (arg_types[i] if i < len(arg_types) and arg_types[i] is not None
             else self.type_of(v))
            for i, v in enumerate(inputs)]
        outputs = list(graph.return_node().inputs())
        with ir.InsertionPoint(self.importer.module.body), ir.Location.unknown():
            fn = func_d.FuncOp(name, ir.FunctionType.get(types_, []))
            block = fn.add_entry_block()
        self.entry_block = block
        for v, arg in zip(inputs, block.arguments):
            self.values[v.unique()] = arg
        with ir.InsertionPoint(block):
            self.emit_nodes(graph.nodes())
            if self.problems:
                fn.erase()
                raise UnsupportedNodesError(self.problems)
            results = [self.values[v.unique()] for v in outputs]
            with ir.Location.unknown():
                func_d.ReturnOp(results)
        fn.attributes["function_type"] = ir.TypeAttr.get(
            ir.FunctionType.get(types_, [r.type for r in results]))
        return fn

    def emit_nodes(self, nodes):
        failed: set[int] = set()
        for node in nodes:
            if any(i.unique() in failed for i in node.inputs()):
                failed.update(o.unique() for o in node.outputs())
                continue
            try:
                with _location(node):
                    self.emit_node(node)
            except BuildError as e:
                frame = _frame(node)
                where = f" at {frame[0]}:{frame[1]}" if frame else ""
                self.problems.append(f"{node.kind()}{where}: {e}")
                failed.update(o.unique() for o in node.outputs())

    def _bind(self, node, results):
        for out, r in zip(node.outputs(), results):
            self.values[out.unique()] = r

    def emit_node(self, node: torch._C.Node):
        kind = node.kind()
        outs = list(node.outputs())
        if kind == "prim::Constant" and outs[0].type().kind() == "FunctionType":
            if outs[0].uses():  # calls are inlined, so normally unused
                raise BuildError(f"a call of {outs[0].type()} that was not inlined")
            return
        result_types = [self.type_of(o) for o in outs]
        if kind == "prim::Constant":
            self._bind(node, [self._constant(node)])
        elif kind == "prim::If":
            self._emit_if(node, result_types)
        elif kind == "prim::Loop":
            self._emit_loop(node, result_types)
        elif kind == "prim::DictConstruct":
            # TorchScript interleaves (key0, value0, key1, ...); the op takes
            # the keys, then the values.
            operands = [self.values[i.unique()] for i in node.inputs()]
            self._bind(node, self.b.op("torch.prim.DictConstruct", result_types,
                                       operands[0::2] + operands[1::2]).results)
        elif kind == "prim::GetAttr":
            self._get_attr(node)
        elif kind == "prim::SetAttr":
            raise BuildError("assigning module attributes is not supported")
        elif kind == "prim::CallMethod":
            raise BuildError("a method call that could not be inlined")
        elif node.schema() != "(no schema)":
            schema = torch._C.parse_schema(node.schema())
            args = list(node.inputs())
            by_name = {a.name: v for a, v in zip(schema.arguments, args)}
            op = self.b.schema_op(schema, args, by_name, result_types)
            self._bind(node, op.results)
        else:
            # prim::ListConstruct, TupleConstruct, TupleUnpack, ... and any
            # node without a schema: by name, torch.operator if undefined.
            name = kind.replace("::", ".")
            operands = [self.values[i.unique()] for i in node.inputs()]
            self._bind(node, self.b.named_op(name, result_types, operands).results)

    def _get_attr(self, node):
        src = node.input().unique()
        if src not in self.objects:
            raise BuildError("attribute of an object that is not the module hierarchy")
        obj, name = self.objects[src], node.s("name")
        out = node.output()
        path = f"{self.paths[src]}.{name}"
        attr = getattr(obj, name) if hasattr(obj, name) else obj._c.getattr(name)
        if isinstance(attr, (torch.jit.ScriptModule, torch._C.ScriptModule)):
            self.objects[out.unique()] = attr
            self.paths[out.unique()] = path
            return
        key = (id(obj), name)
        if key not in self.attr_values:
            # Read once; later reads share the value. A first read inside a
            # region is materialized at the function's start so that it
            # dominates every later read.
            top_level = node.owningBlock().owningNode() is None
            where = contextlib.nullcontext() if top_level else \
                ir.InsertionPoint.at_block_begin(self.entry_block)
            with where:
                if isinstance(attr, torch.Tensor):
                    self.attr_values[key] = self.b.literal(attr, path)
                else:
                    want = self.type_of(out) if out.type().kind() == "ListType" else None
                    self.attr_values[key] = self.b.constant(attr, want)
        self.values[out.unique()] = self.attr_values[key]

    def _constant(self, node) -> ir.Value:
        out = node.output()
        kind = out.type().kind()
        if kind == "NoneType":
            return self.b.constant(None)
        value = out.toIValue()
        if isinstance(value, torch.Tensor):
            return self.b.literal(value, out.debugName())
        if kind in ("FunctionType", "ClassType"):
            raise BuildError(f"constant of type {out.type()}")
        want = self.type_of(out) if kind == "ListType" else None
        return self.b.constant(value, want)

    def _emit_block(self, block, inputs: list[ir.Value], mlir_block: ir.Block) -> list:
        for v, arg in zip(block.inputs(), inputs):
            self.values[v.unique()] = arg
        with ir.InsertionPoint(mlir_block):
            self.emit_nodes(block.nodes())
            return [self.values.get(v.unique()) for v in block.outputs()]

    def _emit_if(self, node, result_types):
        cond = self.values[node.input().unique()]
        op = self.b.op("torch.prim.If", result_types, [cond], regions=2)
        for region, block in zip(op.regions, node.blocks()):
            mlir_block = region.blocks.append()
            outs = self._emit_block(block, [], mlir_block)
            if any(o is None for o in outs):
                raise BuildError("a branch of prim::If has unsupported nodes")
            with ir.InsertionPoint(mlir_block):
                self.b.op("torch.prim.If.yield", [], [
                    self.b.cast_to(o, t) for o, t in zip(outs, result_types)])
        self._bind(node, op.results)

    def _emit_loop(self, node, result_types):
        operands = [self.values[i.unique()] for i in node.inputs()]
        op = self.b.op("torch.prim.Loop", result_types, operands, regions=1)
        (block,) = list(node.blocks())
        mlir_block = op.regions[0].blocks.append(types.int_type(), *result_types)
        outs = self._emit_block(block, list(mlir_block.arguments), mlir_block)
        if any(o is None for o in outs):
            raise BuildError("the body of prim::Loop has unsupported nodes")
        with ir.InsertionPoint(mlir_block):
            carried = [self.b.cast_to(o, t) for o, t in zip(outs[1:], result_types)]
            self.b.op("torch.prim.Loop.condition", [], [outs[0]] + carried)
        self._bind(node, op.results)


def example_arg_type(value: Any) -> ir.Type | None:
    """The argument type an example value gives (tensors: non-value with the
    example's shape and dtype); None to keep the graph's."""
    if isinstance(value, torch.Tensor):
        return types.tensor(list(value.shape), dtypes.to_mlir_type(value.dtype))
    return None
