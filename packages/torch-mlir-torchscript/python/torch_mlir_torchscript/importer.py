"""TorchScript (`torch._C.Graph`, `torch.jit.ScriptModule`) -> Torch dialect.

The import is faithful to TorchScript:

* a module becomes its object graph: one `torch.class_type` per class (its
  attributes and methods), one `torch.nn_module` per instance (a slot per
  attribute: parameters and buffers as `torch.tensor.literal`, Python values
  as constants, submodules as their own `torch.nn_module`), and one private
  `func.func` per method, taking the instance first. Methods read and call
  through it with `torch.prim.GetAttr`/`SetAttr`/`CallMethod`;
* free functions (`prim::CallFunction`) become private functions and
  `func.call`s;
* TorchScript has mutation and aliasing (in-place ops, views, list append),
  so tensors are `!torch.tensor` (non-value), tensor constants
  `torch.tensor.literal`.

Core's backend pipeline freezes the object graph (`torch-freeze-object-graph`:
methods inlined, attributes read as constants) and makes tensors value
semantic. Ops come from each node's schema through core's `TorchBuilder` (the
same graph building as the FX frontend); nodes without a definition in the
dialect become `torch.operator`. The node loop and the If/Loop regions are
core's `GraphNodeImporter`; node kinds that need more than their schema have
a method each (`_import_prim_If`, `_import_prim_GetAttr`, ...).
"""

from __future__ import annotations

from typing import Any, Sequence

import torch

import mlir.ir as ir
from mlir.dialects import func as func_d

from torch_mlir_core import dtypes, types
from torch_mlir_core.builder import BuildError, TorchBuilder, schema_type, user_frame
from torch_mlir_core.importers import GraphNodeImporter, UnsupportedNodesError, is_view_schema
from torch_mlir_core.ir import Context

__all__ = ["ScriptImporter", "UnsupportedNodesError"]


def _frame(node: torch._C.Node, depth: int = 0) -> tuple[str, int] | None:
    """The user's file:line of a node: the innermost frame of its source
    range outside torch (code inlined from torch has only torch's frames)."""
    try:
        found = user_frame(node.sourceRange(), innermost_first=True)
    except RuntimeError:
        return None
    if found:
        return found
    # Some nodes (prim::GetAttr, prim::SetAttr) carry no range: use their
    # inputs', else their first user's.
    for value in node.inputs() if depth < 4 else ():
        producer = value.node()
        if producer.kind() not in ("prim::Param", "prim::Constant"):
            found = _frame(producer, depth + 1)
            if found:
                return found
    for value in node.outputs() if depth < 4 else ():
        for use in value.uses():
            found = _frame(use.user, depth + 1)
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


def declared_type(t: torch._C.JitType) -> ir.Type:
    """The type a class attribute is declared with: tensors unrefined (each
    instance holds tensors of its own shape)."""
    return schema_type(t, lambda _: types.tensor())


def _prepared(graph: torch._C.Graph) -> torch._C.Graph:
    """A copy of `graph` cleaned as TorchScript cleans the graphs it inlines
    (without inlining): peepholes, constant propagation (which drops
    branches refined away, e.g. on `isinstance`), constant pooling."""
    graph = graph.copy()
    torch._C._jit_pass_peephole(graph, True)  # no shape peepholes
    torch._C._jit_pass_constant_propagation_immutable_types(graph)
    torch._C._jit_pass_constant_pooling(graph)
    return graph


def _signature(graph: torch._C.Graph, shapes: bool) -> tuple[list[ir.Type], list[ir.Type]]:
    inputs = [jit_type(v.type(), shapes=shapes) for v in graph.inputs()]
    results = [jit_type(v.type(), shapes=shapes) for v in graph.return_node().inputs()]
    return inputs, results


class ScriptImporter:
    """Imports TorchScript modules, functions and graphs into one module
    (`.module`), e.g. several models side by side."""

    def __init__(self, *, context: ir.Context | None = None):
        self.context = context or Context()
        with self.context, ir.Location.unknown():
            self.module = ir.Module.create()
        self._functions: dict[str, func_d.FuncOp] = {}  # by symbol name
        self._classes: dict[str, _Class] = {}  # by qualified class name
        # nn_module by C++ module: the Python wrappers are temporaries, but
        # hash and compare as the module object they wrap.
        self._instances: dict[torch._C.ScriptModule, ir.Value] = {}
        # literal by id(tensor) (tied weights share one), the tensor kept
        # alive so that its id is not reused.
        self._tensors: dict[int, tuple[torch.Tensor, ir.Value]] = {}
        self._problems: list[str] = []
        # function symbol -> {graph input index: default value}: arguments
        # bound to their defaults (see `import_module`'s `arg_types`).
        self._bound: dict[str, dict[int, Any]] = {}

    # -- public API --

    def import_module(self, module: torch.jit.ScriptModule, *,
                      exported: Sequence[str] | None = None,
                      arg_types: dict[str, Sequence[ir.Type | None]] | None = None,
                      shapes: bool = True) -> ir.Value:
        """Imports `module`'s object graph (classes, instances, methods) and
        returns its `torch.nn_module` value.

        exported: the methods of `module` that the backend pipeline exports
            as public functions (default: all; the others are `private`).
        arg_types: per method, a type bound for each argument after `self`
            (None: none), e.g. from example inputs: `torch.type_bound`.
            Arguments after those that have a default take it, as in
            `module(*examples)` (the method's signature drops them).
        shapes: keep the shapes recorded in the graphs (e.g. by tracing).
        """
        if not isinstance(module, torch.jit.ScriptModule):
            raise TypeError(f"expected a torch.jit.ScriptModule, got {type(module).__name__}")
        for name, types_ in (arg_types or {}).items():
            self._bind_method_defaults(module, name, len(types_))
        with self.context, ir.Location.unknown():
            root = self._instance(module._c, "self", shapes)
            cls = self._classes[module._c._type().qualified_name()]
            for name, types_ in (arg_types or {}).items():
                fn = self._functions[cls.methods[cls.method_name(name)]]
                _set_type_bounds(fn, types_)
            if exported is not None:
                wanted = set(exported)
                for n in wanted:
                    cls.method_name(n)  # raises for a method the class lacks
                for op in cls.op.regions[0].blocks[0].operations:
                    if op.name == "torch.method" and \
                            ir.StringAttr(op.attributes["name"]).value not in wanted:
                        op.attributes["isPrivate"] = ir.UnitAttr.get()
            self._tidy()
        self._raise_problems()
        self.module.operation.verify()  # an import bug raises here, not in a pass
        return root

    def import_function(self, function: torch.jit.ScriptFunction, *,
                        func_name: str | None = None,
                        arg_types: Sequence[ir.Type | None] | None = None,
                        shapes: bool = True) -> func_d.FuncOp:
        """Imports a scripted function as the public `func_name` (default:
        its name); functions it calls become private functions. With
        `arg_types`, arguments after those that have a default take it."""
        if arg_types is not None:
            self._bind_defaults(func_name or function.name, function.name,
                                function.schema.arguments, 0, len(arg_types))
        return self.import_graph(function.graph, func_name=func_name or function.name,
                                 arg_types=arg_types, shapes=shapes)

    def import_graph(self, graph: torch._C.Graph, *, func_name: str = "forward",
                     arg_types: Sequence[ir.Type | None] | None = None,
                     shapes: bool = True) -> func_d.FuncOp:
        """Imports a graph that takes no module object as the public
        `func_name`. `arg_types` overrides argument types (None keeps the
        graph's). `shapes=False` ignores the shapes recorded in the graph."""
        with self.context, ir.Location.unknown():
            inputs = list(graph.inputs())
            if inputs and inputs[0].type().kind() == "ClassType":
                raise UnsupportedNodesError(
                    [f"the graph takes a module object ({inputs[0].type()}): "
                     "import the module with import_module"], _GraphEmitter.source)
            fn = self._emit_function(func_name, _prepared(graph), shapes, private=False,
                                     arg_types=list(arg_types or []))
        self._raise_problems()
        return fn

    def _bind_method_defaults(self, module: torch.jit.ScriptModule, name: str,
                              given: int) -> None:
        names = module._c._method_names()
        name = _overload_aliases(names).get(name, name)
        if name not in names:
            raise ValueError(f"{module._c._type().qualified_name()} has no method '{name}'")
        self._bind_defaults(f"{module._c._type().qualified_name()}.{name}", name,
                            module._c._get_method(name).schema.arguments, 1, given)

    def _bind_defaults(self, symbol: str, name: str, arguments: list, first: int,
                       given: int) -> None:
        """Binds the schema `arguments` after the first `first` (`self`) and
        `given` ones to their defaults, if they have one (the others stay
        arguments, of their declared types)."""
        arguments = list(arguments)[first:]
        if given > len(arguments):
            signature = ", ".join(a.name for a in arguments)
            raise ValueError(f"{name}({signature}) takes {len(arguments)} argument(s); "
                             f"{given} example argument(s) given")
        bound = {first + i: a.default_value for i, a in enumerate(arguments)
                 if i >= given and a.has_default_value()}
        if bound:
            self._bound[symbol] = bound

    def _tidy(self) -> None:
        """Orders the module for reading: classes, then instances (with the
        values of their slots), then functions."""
        ops = [op.operation for op in self.module.body.operations]
        classes = [op for op in ops if op.name == "torch.class_type"]
        functions = [op for op in ops if op.name == "func.func"]
        for op in reversed(classes):
            op.move_before(self.module.body.operations[0])
        for op in functions:
            self.module.body.append(op.detach_from_parent())

    # -- the object graph --

    def _instance(self, c: torch._C.ScriptModule, path: str, shapes: bool) -> ir.Value:
        if c in self._instances:
            return self._instances[c]
        attrs = torch._C._jit_debug_module_iterators(c)["named_attributes"]
        # Submodules first: the methods of this class call theirs.
        children = {name: self._instance(value, f"{path}.{name}", shapes)
                    for name, value in attrs if isinstance(value, torch._C.ScriptModule)}
        cls = self._class(c, attrs, shapes)
        slots = []
        b = TorchBuilder(self.context, value_semantics=False)
        with ir.InsertionPoint(self.module.body):
            for name, value in attrs:
                declared = cls.attrs[name]
                if name in children:
                    slots.append((name, children[name]))
                elif isinstance(value, torch.Tensor):
                    if id(value) not in self._tensors:
                        self._tensors[id(value)] = (value, b.literal(value, f"{path}.{name}"))
                    literal = self._tensors[id(value)][1]
                    # Optional[Tensor] attributes (a conv's bias) hold it derefined.
                    if not types.is_tensor_type(declared):
                        literal = b.cast_to(literal, declared)
                    slots.append((name, literal))
                else:
                    try:
                        constant = b.cast_to(b.constant(value, declared), declared)
                    except BuildError as e:
                        self._problems.append(
                            f"attribute '{path}.{name}' ({type(value).__name__}): {e}")
                        continue
                    slots.append((name, constant))
            op = ir.Operation.create("torch.nn_module", results=[cls.type], regions=1)
            body = op.regions[0].blocks.append()
            with ir.InsertionPoint(body):
                for name, value in slots:
                    ir.Operation.create("torch.slot", operands=[value],
                                        attributes={"name": ir.StringAttr.get(name)})
                ir.Operation.create("torch.nn_module_terminator")
        self._instances[c] = op.result
        return op.result

    def _class(self, c: torch._C.ScriptModule, attrs: list, shapes: bool) -> _Class:
        """The class of `c` (declared on first sight); `attrs` are the
        instance's (name, value) attributes, in the class's order."""
        qualified = c._type().qualified_name()
        if qualified in self._classes:
            return self._classes[qualified]
        cls = _Class(qualified)
        self._classes[qualified] = cls
        graphs = {name: _prepared(c._get_method(name).graph) for name in c._method_names()}
        # Declared attribute types: what the methods read them as, else what
        # the current value is.
        read_as: dict[str, torch._C.JitType] = {}
        for graph in graphs.values():
            self_value = next(iter(graph.inputs()))
            for node in graph.findAllNodes("prim::GetAttr", True):
                if node.input().unique() == self_value.unique():
                    read_as.setdefault(node.s("name"), node.output().type())
        for name, value in attrs:
            if name in read_as:
                cls.attrs[name] = declared_type(read_as[name])
            elif isinstance(value, torch._C.ScriptModule):
                cls.attrs[name] = types.nn_module(value._type().qualified_name())
            else:
                inferred = torch._C._jit_try_infer_type(value)
                if not inferred.success():
                    self._problems.append(f"attribute '{name}' of {qualified}: {inferred.reason()}")
                    cls.attrs[name] = types.any_type()
                    continue
                cls.attrs[name] = declared_type(inferred.type())
        for name in graphs:
            cls.methods[name] = f"{qualified}.{name}"
        with ir.InsertionPoint(self.module.body):
            cls.op = ir.Operation.create(
                "torch.class_type", attributes={"sym_name": ir.StringAttr.get(qualified)},
                regions=1)
            with ir.InsertionPoint(cls.op.regions[0].blocks.append()):
                for name, t in cls.attrs.items():
                    ir.Operation.create("torch.attr", attributes={
                        "name": ir.StringAttr.get(name), "type": ir.TypeAttr.get(t)})
                for name, symbol in cls.methods.items():
                    ir.Operation.create("torch.method", attributes={
                        "name": ir.StringAttr.get(name),
                        "function": ir.FlatSymbolRefAttr.get(symbol)})
                cls.aliases = _overload_aliases(cls.methods)
                for base, name in cls.aliases.items():
                    ir.Operation.create("torch.method", attributes={
                        "name": ir.StringAttr.get(base),
                        "function": ir.FlatSymbolRefAttr.get(cls.methods[name])})
                ir.Operation.create("torch.class_type_terminator")
        # Declared before any body is emitted: methods call each other.
        functions = [(self._declare(cls.methods[name], graph, shapes, private=True), graph)
                     for name, graph in graphs.items()]
        for fn, graph in functions:
            self._emit_body(fn, graph, shapes)
        return cls

    # -- functions --

    def _callee(self, qualified: str, shapes: bool) -> func_d.FuncOp:
        """The private function for the free function `qualified`."""
        if qualified not in self._functions:
            function = torch.jit._state._python_cu.find_function(qualified)
            if function is None:
                raise BuildError(f"function {qualified} is not in the TorchScript compilation unit")
            self._emit_function(qualified, _prepared(function.graph), shapes, private=True)
        return self._functions[qualified]

    def _emit_function(self, symbol: str, graph: torch._C.Graph, shapes: bool, *,
                       private: bool, arg_types: list[ir.Type | None] | None = None
                       ) -> func_d.FuncOp:
        fn = self._declare(symbol, graph, shapes, private=private, arg_types=arg_types)
        self._emit_body(fn, graph, shapes)
        return fn

    def _declare(self, symbol: str, graph: torch._C.Graph, shapes: bool, *,
                 private: bool, arg_types: list[ir.Type | None] | None = None
                 ) -> func_d.FuncOp:
        if symbol in self._functions:
            raise ValueError(f"the module already has a function @{symbol}")
        inputs, results = _signature(graph, shapes)
        for i, t in enumerate(arg_types or []):
            if t is not None and i < len(inputs):
                inputs[i] = t
        bound = self._bound.get(symbol, {})
        inputs = [t for i, t in enumerate(inputs) if i not in bound]
        with ir.InsertionPoint(self.module.body), ir.Location.unknown():
            fn = func_d.FuncOp(symbol, ir.FunctionType.get(inputs, results))
            if private:
                fn.attributes["sym_visibility"] = ir.StringAttr.get("private")
            fn.add_entry_block()
        self._functions[symbol] = fn
        return fn

    def _emit_body(self, fn: func_d.FuncOp, graph: torch._C.Graph, shapes: bool) -> None:
        """Emits the body; problems are collected (see `_raise_problems`)."""
        try:
            _GraphEmitter(self, shapes).emit(graph, fn, self._bound.get(fn.sym_name.value, {}))
        except UnsupportedNodesError as e:
            self._problems.extend(e.problems)

    def _raise_problems(self) -> None:
        """Every problem of the import so far, in one error."""
        if self._problems:
            problems, self._problems = self._problems, []
            raise UnsupportedNodesError(problems, _GraphEmitter.source)

    def function_type(self, symbol: str) -> ir.FunctionType:
        """The signature of the imported function `symbol`."""
        fn = self._functions[symbol]
        return ir.FunctionType(ir.TypeAttr(fn.attributes["function_type"]).value)


def _overload_aliases(method_names) -> dict[str, str]:
    """Overloaded methods (nn.LSTM.forward) compile to forward__0,
    forward__1, ...: the first overload also answers to the name."""
    aliases: dict[str, str] = {}
    for name in sorted(method_names):
        base, _, suffix = name.rpartition("__")
        if base and base not in method_names and suffix.isdigit():
            aliases.setdefault(base, name)
    return aliases


class _Class:
    def __init__(self, qualified: str):
        self.qualified = qualified
        self.type = types.nn_module(qualified)
        self.attrs: dict[str, ir.Type] = {}
        self.methods: dict[str, str] = {}  # method -> function symbol
        self.aliases: dict[str, str] = {}  # forward -> forward__0
        self.op: ir.Operation | None = None

    def method_name(self, name: str) -> str:
        if name in self.methods:
            return name
        if name in self.aliases:
            return self.aliases[name]
        raise ValueError(f"{self.qualified} has no method '{name}' "
                         f"(methods: {', '.join(sorted(self.methods))})")


def _set_type_bounds(fn: func_d.FuncOp, bounds: Sequence[ir.Type | None]) -> None:
    """`torch.type_bound` on the arguments after `self`."""
    attrs = list(ir.ArrayAttr(fn.attributes["arg_attrs"])) if "arg_attrs" in fn.attributes \
        else [ir.DictAttr.get({}) for _ in fn.arguments]
    for i, bound in enumerate(bounds, start=1):
        if bound is not None and i < len(attrs):
            attrs[i] = ir.DictAttr.get({"torch.type_bound": ir.TypeAttr.get(bound)})
    fn.attributes["arg_attrs"] = ir.ArrayAttr.get(attrs)


class _GraphEmitter(GraphNodeImporter):
    """Core's node importer over TorchScript nodes: a node of kind `ns::Name`
    is emitted by `_import_ns_Name` if there is one (constants, control flow,
    the object graph, calls), else from its schema, else by name."""

    source = "TorchScript"

    def __init__(self, importer: ScriptImporter, shapes: bool):
        super().__init__(importer.context, value_semantics=False)
        self.importer = importer
        self.shapes = shapes
        self.values: dict[int, ir.Value] = {}

    def resolve(self, obj) -> ir.Value | None:
        if isinstance(obj, torch._C.Value):
            return self.values[obj.unique()]
        return None

    def type_of(self, v: torch._C.Value) -> ir.Type:
        return jit_type(v.type(), shapes=self.shapes)

    def emit(self, graph: torch._C.Graph, fn: func_d.FuncOp, bound: dict[int, Any]) -> None:
        """`bound`: graph inputs (by index) that are the given constants, not
        arguments of `fn`."""
        block = fn.entry_block
        inputs = list(graph.inputs())
        for v, arg in zip([v for i, v in enumerate(inputs) if i not in bound], block.arguments):
            self.values[v.unique()] = arg
        result_types = ir.FunctionType(ir.TypeAttr(fn.attributes["function_type"]).value).results
        with ir.InsertionPoint(block):
            for i, value in bound.items():
                with ir.Location.unknown():
                    want = self.type_of(inputs[i])
                    self.values[inputs[i].unique()] = self.b.cast_to(
                        self.b.constant(value, want), want)
            self.import_nodes(graph.nodes())
            self.raise_problems()
            with ir.Location.unknown():
                func_d.ReturnOp([
                    self.b.cast_to(self.values[v.unique()], t)
                    for v, t in zip(graph.return_node().inputs(), result_types)])

    # -- hooks of GraphNodeImporter --

    def node_inputs(self, node: torch._C.Node):
        return [i.unique() for i in node.inputs()]

    def node_outputs(self, node: torch._C.Node):
        return [o.unique() for o in node.outputs()]

    def node_location(self, node: torch._C.Node) -> ir.Location:
        return _location(node)

    def describe(self, node: torch._C.Node) -> str:
        frame = _frame(node)
        return f"{node.kind()}{f' at {frame[0]}:{frame[1]}' if frame else ''}"

    def import_node(self, node: torch._C.Node) -> None:
        if _is_callee(node):
            return  # the callee of a prim::CallFunction, which names it
        result_types = self._result_types(node)
        special = getattr(self, "_import_" + node.kind().replace("::", "_"), None)
        if special is not None:
            special(node, result_types)
        elif node.schema() != "(no schema)":
            schema = torch._C.parse_schema(node.schema())
            args = list(node.inputs())
            by_name = {a.name: v for a, v in zip(schema.arguments, args)}
            self._bind(node, self.b.schema_op(schema, args, by_name, result_types).results)
        else:
            # prim::ListConstruct, TupleConstruct, TupleUnpack, ... and any
            # node without a schema: by name, torch.operator if undefined.
            name = node.kind().replace("::", ".")
            self._bind(node, self.b.named_op(name, result_types, self._operands(node)).results)

    def _result_types(self, node) -> list[ir.Type]:
        return [self.type_of(o) for o in node.outputs()]

    def _bind(self, node, results):
        for out, r in zip(node.outputs(), results):
            self.values[out.unique()] = r

    def _operands(self, node, start: int = 0) -> list[ir.Value]:
        return [self.values[i.unique()] for i in list(node.inputs())[start:]]

    # -- node kinds, by name --

    def _import_aten_as_strided(self, node, result_types):
        """as_strided reads the storage of its input: of a view, the storage
        of the tensor it views. That tensor must be a graph input (taken as
        contiguous, as the compiled function receives it); a TorchScript
        graph does not say how another op's result is laid out in eager."""
        base = node.inputsAt(0)
        while base.node().kind() != "prim::Param" and base.node().schema() != "(no schema)" \
                and is_view_schema(torch._C.parse_schema(base.node().schema())):
            base = base.node().inputsAt(0)
        if base.node().kind() != "prim::Param":
            raise BuildError(f"{node.kind()} reads the storage of a {base.node().kind()} "
                             "result, whose layout in eager a TorchScript graph does not give "
                             "(only graph inputs are taken as contiguous); torch.export "
                             "graphs carry it (torch_mlir_fx)")
        schema = torch._C.parse_schema(node.schema())
        args = [base] + list(node.inputs())[1:]
        by_name = {a.name: v for a, v in zip(schema.arguments, args)}
        self._bind(node, self.b.schema_op(schema, args, by_name, result_types).results)

    # Lazy Tensor Core records `as_strided` of a view as `as_strided_copy` of
    # the view's `*_copy`: the same storage question.
    _import_aten_as_strided_copy = _import_aten_as_strided

    def _import_prim_Constant(self, node, result_types):
        self._bind(node, [self._constant(node)])

    def _import_prim_DictConstruct(self, node, result_types):
        # TorchScript interleaves (key0, value0, key1, ...); the op takes
        # the keys, then the values.
        operands = self._operands(node)
        self._bind(node, self.b.op("torch.prim.DictConstruct", result_types,
                                   operands[0::2] + operands[1::2]).results)

    def _import_prim_GetAttr(self, node, result_types):
        cls, name, attrs = self._attribute(node)
        op = self.b.op("torch.prim.GetAttr", [cls.attrs[name]],
                       [self.values[node.inputsAt(0).unique()]], attrs)
        self._bind(node, op.results)

    def _import_prim_SetAttr(self, node, result_types):
        cls, name, attrs = self._attribute(node)
        value = self.b.cast_to(self.values[node.inputsAt(1).unique()], cls.attrs[name])
        self.b.op("torch.prim.SetAttr", [], [self.values[node.inputsAt(0).unique()], value],
                  attrs)

    def _import_prim_CallMethod(self, node, result_types):
        receiver = node.inputsAt(0)
        cls = self._class_of(receiver)
        name = node.s("name")
        symbol = cls.methods[cls.method_name(name)]
        self._call(node, symbol, "torch.prim.CallMethod", self.values[receiver.unique()],
                   self._operands(node, 1), {"name": ir.StringAttr.get(name)})

    def _import_prim_CallFunction(self, node, result_types):
        qualified = node.inputsAt(0).type().annotation_str
        self.importer._callee(qualified, self.shapes)
        self._call(node, qualified, "func.call", None, self._operands(node, 1),
                   {"callee": ir.FlatSymbolRefAttr.get(qualified)})

    def _import_prim_If(self, node, result_types):
        def branch(block):
            def emit():
                outs = self._emit_block(block, [])
                if any(o is None for o in outs):
                    raise BuildError("a branch of prim::If has unsupported nodes")
                return [self.b.cast_to(o, t) for o, t in zip(outs, result_types)]
            return emit

        op = self.build_if(self.values[node.input().unique()], result_types,
                           [branch(block) for block in node.blocks()])
        self._bind(node, op.results)

    def _import_prim_Loop(self, node, result_types):
        operands = self._operands(node)
        (block,) = list(node.blocks())

        def body(arguments):
            outs = self._emit_block(block, arguments)
            if any(o is None for o in outs):
                raise BuildError("the body of prim::Loop has unsupported nodes")
            return outs[0], [self.b.cast_to(o, t) for o, t in zip(outs[1:], result_types)]

        initial = [self.b.cast_to(o, t) for o, t in zip(operands[2:], result_types)]
        op = self.build_loop(operands[0], operands[1], initial, result_types, body)
        self._bind(node, op.results)

    # -- helpers --

    def _class_of(self, value: torch._C.Value) -> _Class:
        qualified = value.type().qualified_name() \
            if value.type().kind() == "ClassType" else None
        if qualified not in self.importer._classes:
            raise BuildError(f"attribute access on {value.type()}, which is not a module "
                             "of the imported hierarchy")
        return self.importer._classes[qualified]

    def _attribute(self, node):
        """The class, attribute name and op attributes of a Get/SetAttr."""
        cls = self._class_of(node.inputsAt(0))
        name = node.s("name")
        if name not in cls.attrs:
            raise BuildError(f"{cls.qualified} has no attribute '{name}'")
        return cls, name, {"name": ir.StringAttr.get(name)}

    def _call(self, node, symbol: str, op_name: str, receiver: ir.Value | None,
              args: list[ir.Value], attrs: dict):
        """A call with `symbol`'s signature: arguments cast to its argument
        types (after the receiver of a method), results of its result types."""
        if symbol not in self.importer._functions:
            raise BuildError(f"{symbol} could not be imported")
        signature = self.importer.function_type(symbol)
        want = list(signature.inputs)[1:] if receiver is not None else list(signature.inputs)
        if len(args) != len(want):
            raise BuildError(f"{symbol} takes {len(want)} arguments, the call passes {len(args)}")
        operands = [self.b.cast_to(a, t) for a, t in zip(args, want)]
        if receiver is not None:
            operands.insert(0, receiver)
        self._bind(node, self.b.op(op_name, list(signature.results), operands, attrs).results)

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

    def _emit_block(self, block, inputs: list[ir.Value]) -> list:
        """Emits a TorchScript block's nodes at the insertion point, its
        inputs bound to `inputs`; its outputs' values (None if failed)."""
        for v, arg in zip(block.inputs(), inputs):
            self.values[v.unique()] = arg
        self.import_nodes(block.nodes())
        return [self.values.get(v.unique()) for v in block.outputs()]


def _is_callee(node: torch._C.Node) -> bool:
    """A function constant: `prim::CallFunction` names its callee itself."""
    outs = list(node.outputs())
    return node.kind() == "prim::Constant" and outs[0].type().kind() == "FunctionType"


def example_arg_type(value: Any) -> ir.Type | None:
    """The argument type an example value gives (tensors: non-value with the
    example's shape and dtype); None to keep the graph's."""
    if isinstance(value, torch.Tensor):
        return types.tensor(list(value.shape), dtypes.to_mlir_type(value.dtype))
    return None
