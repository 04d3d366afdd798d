"""FX graph -> Torch dialect.

`FxImporter` imports `torch.export.ExportedProgram`s and bare FX graphs into
one MLIR module, one `func.func` each. Ops are named from each node's schema
(`aten::addmm` -> `torch.aten.addmm`, overloads other than `default` appended):
there is no per-op table. An op the dialect does not define is emitted as
`torch.operator "aten.foo.overload"`, so import never fails on an unknown op.

Types come from the FakeTensor metadata torch.export leaves on every node
(`node.meta["val"]`); locations from each node's stack trace, pointing at the
user's source line rather than torch's internals.

The per-graph work is core's `FxGraphNodeImporter` (the node loop, failures
collected into one `UnsupportedNodesError`, ATen calls, If/Loop regions);
this module adds what torch.export programs have beyond it: the function
signature (parameters, mutated inputs), symbolic shapes and arithmetic, and
higher-order ops, each by name (`_import_hop_<name>`).
"""

from __future__ import annotations

import functools
import math
import operator
from dataclasses import dataclass
from typing import Any, Callable

import torch
import torch.fx
from torch.export.graph_signature import InputKind, OutputKind

import mlir.ir as ir
from mlir.dialects import func as func_d

from torch_mlir_core import types
from torch_mlir_core.builder import BuildError, user_frame, value_type
from torch_mlir_core.importers import (FxGraphNodeImporter, GraphImportError,
                                       UnsupportedNodesError)
from torch_mlir_core.ir import Context

__all__ = ["FxImporter", "ImportError_", "UnsupportedNodesError", "state_arguments"]

class ImportError_(GraphImportError):
    """An FX graph that cannot be imported (the message says why and where).
    Every node that could not be imported is reported at once by core's
    `UnsupportedNodesError`, re-exported here; both are `GraphImportError`s."""


def _user_frame(stack_trace: str | None) -> tuple[str, int] | None:
    return user_frame(stack_trace, innermost_first=False)


def _stack_trace(node: torch.fx.Node) -> str | None:
    """The node's stack trace; for a higher-order op recorded without one,
    that of the first node of its subgraph that has one."""
    trace = node.meta.get("stack_trace")
    if trace or node.op != "call_function":
        return trace
    owner = node.graph.owning_module
    for arg in node.args:
        if isinstance(arg, torch.fx.Node) and arg.op == "get_attr":
            sub = getattr(owner, arg.target, None)
            if isinstance(sub, torch.fx.GraphModule):
                for inner in sub.graph.nodes:
                    if inner.meta.get("stack_trace"):
                        return inner.meta["stack_trace"]
    return None


def node_location(node: torch.fx.Node) -> ir.Location:
    frame = _user_frame(_stack_trace(node))
    if frame is None:
        return ir.Location.name(node.name)
    return ir.Location.name(node.name, ir.Location.file(frame[0], frame[1], 0))


def _describe(node: torch.fx.Node) -> str:
    frame = _user_frame(_stack_trace(node))
    where = f" at {frame[0]}:{frame[1]}" if frame else ""
    return f"node '{node.name}' ({node.op} {getattr(node.target, '__name__', node.target)})" \
        f"{where}"


# --- the importer ------------------------------------------------------------


@dataclass
class _Literal:
    """How a tensor that is not a function argument is materialized."""

    tensor: torch.Tensor
    name: str


class FxImporter:
    """Imports FX graphs into one module; call `import_program` /
    `import_graph` as often as needed, then take `.module`."""

    def __init__(self, *, context: ir.Context | None = None):
        self.context = context or Context()
        with self.context, ir.Location.unknown():
            self.module = ir.Module.create()
        self._symbol_names: set[str] = set()

    # -- public entry points --

    def import_program(
        self,
        program: torch.export.ExportedProgram,
        *,
        func_name: str = "main",
        import_params_as: str = "literals",
    ) -> func_d.FuncOp:
        """Imports an ExportedProgram as `func_name`.

        Parameters, buffers and lifted constants become `torch.vtensor.literal`
        ops (`import_params_as="literals"`, backed by dense resources that
        share the tensors' memory) or leading function arguments
        (`"arguments"`, in the order of `program.graph_signature`).
        Mutated buffers and user inputs are always arguments of the
        non-value `!torch.tensor` type: the function reads them with
        `torch.copy.to_vtensor` and writes the new value back with
        `torch.overwrite.tensor.contents`.
        """
        if import_params_as not in ("literals", "arguments"):
            raise ValueError("import_params_as must be 'literals' or 'arguments'")
        program = _functional(program)
        sig = program.graph_signature
        mutated = _mutations(sig)
        state = {**program.state_dict, **program.constants}
        by_name = {}
        arg_nodes: list[tuple[torch.fx.Node, bool]] = []  # (node, mutable)
        tokens: list[torch.fx.Node] = []
        literals: dict[str, _Literal] = {}
        placeholders = [n for n in program.graph.nodes if n.op == "placeholder"]
        for spec, node in zip(sig.input_specs, placeholders):
            by_name[spec.arg.name] = node
            target_mutated = bool(spec.target) and spec.target in mutated
            user_mutated = (spec.kind == InputKind.USER_INPUT
                            and spec.arg.name in mutated)
            if spec.kind == InputKind.USER_INPUT:
                arg_nodes.append((node, user_mutated))
            elif spec.kind in _STATE_KINDS:
                if _is_state_argument(spec, mutated, import_params_as):
                    arg_nodes.append((node, target_mutated))
                else:
                    literals[node.name] = _Literal(state[spec.target], spec.target)
            elif spec.kind == InputKind.TOKEN:
                tokens.append(node)  # only threads effects: no run-time value
            else:
                raise ImportError_(f"unsupported program input {spec.kind.name} "
                                   f"'{spec.arg.name}'")
        # Mutations: output value -> the mutable argument it is written to.
        output_node = next(n for n in program.graph.nodes if n.op == "output")
        outputs = list(output_node.args[0])
        writebacks = []
        user_outputs = []
        for spec, out in zip(sig.output_specs, outputs):
            if spec.kind == OutputKind.USER_OUTPUT:
                user_outputs.append(out)
            elif spec.kind == OutputKind.TOKEN:
                continue
            elif spec in mutated.values():
                target_node = by_name[spec.target] if spec.target in by_name else next(
                    by_name[s.arg.name] for s in sig.input_specs if s.target == spec.target)
                writebacks.append((out, target_node))
            else:
                raise ImportError_(f"unsupported program output {spec.kind.name}")
        return self._import(program.graph, func_name, arg_nodes, literals, user_outputs,
                            writebacks, shape_env=_shape_env(program), tokens=tokens)

    def import_graph(self, graph: torch.fx.Graph, *, func_name: str = "main") -> func_d.FuncOp:
        """Imports a bare FX graph (every placeholder an argument) whose nodes
        carry `meta["val"]`, e.g. from `make_fx` or an aot_autograd graph."""
        args = [(n, False) for n in graph.nodes if n.op == "placeholder"]
        output_node = next(n for n in graph.nodes if n.op == "output")
        outs = output_node.args[0]
        outs = list(outs) if isinstance(outs, (list, tuple)) else [outs]
        return self._import(graph, func_name, args, {}, outs, [], shape_env=None)

    # -- the work --

    def _unique_symbol(self, name: str) -> str:
        base, i = name, 0
        while name in self._symbol_names:
            i += 1
            name = f"{base}_{i}"
        self._symbol_names.add(name)
        return name

    def _import(self, graph, func_name, arg_nodes, literals, outputs, writebacks, shape_env,
                tokens=()):
        with self.context:
            emitter = _FunctionEmitter(self, graph, literals, shape_env)
            emitter.values.update((t, _TOKEN) for t in tokens)
            return emitter.emit(self._unique_symbol(func_name), arg_nodes, outputs, writebacks)


# The effect token of torch.export programs (an input, threaded through
# `with_effects`, an output): it has no run-time value.
_TOKEN = object()

# Side-effecting ops torch.export wraps in `with_effects` that are imported:
# linalg's error check after a factorization (eager raises on singular or not
# positive-definite input; lowered to a run-time assert).
_EFFECTFUL_OPS = (torch.ops.aten._linalg_check_errors.default,)

_STATE_KINDS = (InputKind.PARAMETER, InputKind.BUFFER, InputKind.CONSTANT_TENSOR)


def _functional(program: torch.export.ExportedProgram) -> torch.export.ExportedProgram:
    """`program` with no in-place ops: torch.export's training IR keeps them
    (`self.total.add_(x)`, and batch_norm updating its running stats) and
    lists no mutations in its signature; torch's
    functionalization (`run_decompositions({})`, no decomposition) turns them
    into values and the writes to inputs and buffers into signature outputs,
    which the import marks. Untouched if already functional (the subgraphs
    of higher-order ops included)."""
    for gm in program.graph_module.modules():
        if not isinstance(gm, torch.fx.GraphModule):
            continue
        for node in gm.graph.nodes:
            schema = getattr(node.target, "_schema", None) if node.op == "call_function" \
                else None
            if schema is not None and (schema.is_mutable or _updates_running_stats(node)):
                return program.run_decompositions({})
    return program


def _updates_running_stats(node: torch.fx.Node) -> bool:
    """batch_norm / instance_norm in training mode with running stats update
    them although their schema does not say so."""
    if node.target not in (torch.ops.aten.batch_norm.default,
                           torch.ops.aten.instance_norm.default):
        return False
    args = list(node.args) + [None] * 6
    return args[5] is not False and (args[3] is not None or args[4] is not None)


def _mutations(sig) -> dict:
    """What the program writes back: mutated input (a parameter's or buffer's
    name, or a user input's placeholder name) -> its output spec."""
    return {spec.target: spec for spec in sig.output_specs
            if spec.kind in (OutputKind.BUFFER_MUTATION, OutputKind.USER_INPUT_MUTATION,
                             OutputKind.PARAMETER_MUTATION)}


def _is_state_argument(spec, mutated: dict, import_params_as: str) -> bool:
    """A parameter/buffer/constant becomes a function argument (else a literal)."""
    return import_params_as == "arguments" or (bool(spec.target) and spec.target in mutated)


def state_arguments(program: torch.export.ExportedProgram, *,
                    import_params_as: str = "literals") -> list[str]:
    """The names (as in `program.state_dict` / `program.constants`) of the
    parameters, buffers and constants that `import_program` makes function
    arguments, in order; they come before the user inputs. With "literals",
    those the program mutates (e.g. BatchNorm's running stats in training
    mode): a caller passes its own tensors there, and a backend that honours
    `torch.updates_argument` (the refbackend) updates them as eager would
    update the module's buffers, so that repeated calls see the new state."""
    if getattr(program, "dialect", None) == "TRAINING":
        # Every mutation shows in the signature once functionalized (also
        # batch_norm's running stats, which training IR updates implicitly);
        # decompositions do not change which inputs are mutated. A program
        # with no in-place op is left as is: functionalizing it (a whole
        # retrace, about 0.4 s) would not change its signature.
        program = _functional(program)
    sig = program.graph_signature
    mutated = _mutations(sig)
    return [spec.target for spec in sig.input_specs
            if spec.kind in _STATE_KINDS and _is_state_argument(spec, mutated, import_params_as)]


def _shape_env(program):
    for node in program.graph.nodes:
        val = node.meta.get("val")
        if isinstance(val, torch.Tensor) and hasattr(val, "fake_mode") and val.fake_mode:
            return val.fake_mode.shape_env
    return None


class _FunctionEmitter(FxGraphNodeImporter):
    """Core's FX node importer, extended with what torch.export programs
    have beyond ATen calls: program literals (bound on first use), symbolic
    shapes and arithmetic, higher-order ops (`_import_hop_<name>`), and the
    function around the nodes."""

    source = "FX"

    def __init__(self, importer: FxImporter, graph, literals, shape_env):
        super().__init__(importer.context, graph)
        self.importer = importer
        self.literals = literals
        self.shape_env = shape_env
        self.symbols: dict[str, ir.Value] = {}

    def const(self, value: Any, want: ir.Type | None = None) -> ir.Value:
        """A Python value (or FX node, or lists of them) as Torch IR."""
        return self.b.constant(value, want)

    # -- nodes --

    def node_value(self, node: torch.fx.Node) -> ir.Value:
        if node not in self.values:
            if node.name in self.literals:
                lit = self.literals[node.name]
                with node_location(node):
                    self.values[node] = self.b.literal(lit.tensor, lit.name)
            else:
                raise ImportError_(f"{_describe(node)} is used before it is defined")
        v = self.values[node]
        if isinstance(v, list):
            raise ImportError_(f"{_describe(node)} has several results; use getitem")
        return v

    def node_location(self, node: torch.fx.Node) -> ir.Location:
        return node_location(node)

    def describe(self, node: torch.fx.Node) -> str:
        return _describe(node)

    def emit(self, name, arg_nodes, outputs, writebacks):
        arg_types = []
        for node, mutable in arg_nodes:
            t = value_type(node.meta.get("val"))
            if mutable:
                t = types.ValueTensorType(t).without_value_semantics()
            arg_types.append(t)
        out_types = [self._output_type(o) for o in outputs]
        with ir.InsertionPoint(self.importer.module.body), ir.Location.unknown():
            fn = func_d.FuncOp(name, ir.FunctionType.get(arg_types, out_types))
            block = fn.add_entry_block()
        with ir.InsertionPoint(block):
            self._bind_arguments(arg_nodes, block.arguments)
            self._bind_symbolic_shapes(arg_nodes)
            self.import_graph_nodes()
            if self.problems:
                fn.erase()
                self.raise_problems()
            for value_node, target in writebacks:
                # Located at the op computing the new contents (the user's
                # in-place op, e.g. `x.add_(y)`).
                where = node_location(value_node) if isinstance(value_node, torch.fx.Node) \
                    else node_location(target)
                with where:
                    arg = block.arguments[[n for n, _ in arg_nodes].index(target)]
                    new = self._as_value(value_node, None)
                    self.b.op("torch.overwrite.tensor.contents", [], [new, arg])
            with ir.Location.unknown():
                results = [self._as_value(o, t) for o, t in zip(outputs, out_types)]
                func_d.ReturnOp(results)
        return fn

    def _bind_arguments(self, arg_nodes, arguments):
        """Placeholders to the function's arguments; a mutable argument is
        read through `torch.copy.to_vtensor`."""
        for (node, mutable), arg in zip(arg_nodes, arguments):
            with node_location(node):
                if mutable:
                    self.values[node] = self.b.op(
                        "torch.copy.to_vtensor",
                        [types.NonValueTensorType(arg.type).with_value_semantics()],
                        [arg]).result
                else:
                    self.values[node] = arg

    def _inline_subgraph(self, gm: torch.fx.GraphModule, inputs: list[ir.Value]):
        """Emits `gm`'s nodes with its placeholders bound to `inputs`; returns
        the values of its outputs. Subgraphs of torch.export's higher-order
        ops are closed: everything they use is an input."""
        child = _FunctionEmitter(self.importer, gm.graph, {}, self.shape_env)
        child.symbols = self.symbols
        placeholders = [n for n in gm.graph.nodes if n.op == "placeholder"]
        if len(placeholders) != len(inputs):
            raise BuildError(f"subgraph takes {len(placeholders)} inputs, got {len(inputs)}")
        child.values.update(zip(placeholders, inputs))
        child.import_graph_nodes()
        if child.problems:
            self.problems.extend(child.problems)
            raise BuildError("its subgraph has unsupported nodes (listed separately)")
        return [child._as_value(o, None) for o in child.outputs()]

    def _subgraph(self, arg) -> torch.fx.GraphModule:
        module = getattr(self.graph.owning_module, arg.target, None) \
            if isinstance(arg, torch.fx.Node) and arg.op == "get_attr" else None
        if not isinstance(module, torch.fx.GraphModule):
            raise BuildError(f"expected a subgraph, got {arg}")
        return module

    def _as_bool(self, pred) -> ir.Value:
        return self.b.as_bool(self.const(pred))

    def _result_types(self, node) -> list[ir.Type]:
        val = node.meta.get("val")
        vals = list(val) if isinstance(val, (list, tuple)) else [val]
        return [value_type(v) for v in vals]

    def _output_type(self, out) -> ir.Type:
        if isinstance(out, torch.fx.Node):
            return value_type(out.meta.get("val"))
        return value_type(out)

    def _as_value(self, out, want) -> ir.Value:
        if isinstance(out, torch.fx.Node):
            return self.node_value(out)
        return self.const(out, want)

    # -- node kinds beyond core's --

    def import_get_attr(self, node: torch.fx.Node) -> None:
        attr = getattr(self.graph.owning_module, node.target, None)
        if isinstance(attr, torch.fx.GraphModule):
            # A higher-order op's subgraph: the op using it reports.
            self.values[node] = None
            return
        super().import_get_attr(node)

    def import_call_target(self, node: torch.fx.Node) -> None:
        target = node.target
        if target in _SYM_OPS:
            self._import_sym_op(node, _SYM_OPS[target])
        elif isinstance(target, torch._ops.HigherOrderOperator):
            name = target.name()
            hop = getattr(self, f"_import_hop_{name}", None)
            if hop is None:
                raise BuildError(f"higher-order op '{name}' is not supported yet")
            hop(node)
        else:
            super().import_call_target(node)

    def _import_sym_op(self, node, family: str):
        """Python-level arithmetic on SymInt/SymFloat/SymBool (and numbers)."""
        operands = [self.const(a) for a in node.args]
        self.values[node] = self.b.scalar_op(
            family, operands, value_type(node.meta.get("val"))).result

    # -- higher-order ops, by name --

    def _import_hop_cond(self, node):
        pred, true_arg, false_arg, operands = node.args[:4]
        inputs = [self.const(o) for o in operands]
        op = self.build_if(
            self._as_bool(pred), self._result_types(node),
            [functools.partial(self._inline_subgraph, self._subgraph(branch), inputs)
             for branch in (true_arg, false_arg)])
        self.values[node] = list(op.results)

    def _import_hop_while_loop(self, node):
        cond_arg, body_arg, carried, extra = node.args[:4]
        cond_gm, body_gm = self._subgraph(cond_arg), self._subgraph(body_arg)
        carried_vals = [self.const(c) for c in carried]
        extra_vals = [self.const(e) for e in extra]
        result_types = self._result_types(node)
        init_vals = [self.b.cast_to(v, t) for v, t in zip(carried_vals, result_types)]
        first = self._as_bool(self._inline_subgraph(cond_gm, init_vals + extra_vals)[0])

        def body(arguments):
            nxt = self._inline_subgraph(body_gm, arguments[1:] + extra_vals)
            nxt = [self.b.cast_to(v, t) for v, t in zip(nxt, result_types)]
            again = self._as_bool(self._inline_subgraph(cond_gm, nxt + extra_vals)[0])
            return again, nxt

        op = self.build_loop(self.const(2**63 - 1), first, init_vals, result_types, body)
        self.values[node] = list(op.results)

    def _import_hop_with_effects(self, node):
        """torch.export threads an effect token through side-effecting ops;
        the token has no run-time value. Only the effects of
        `_EFFECTFUL_OPS` are imported (their op is side-effecting in the
        dialect, so it is never reordered or dropped)."""
        token, op, *args = node.args
        if op not in _EFFECTFUL_OPS:
            raise BuildError(f"side-effecting op {op} (an effect-token program) is not "
                             "supported")
        if self.values.get(token) is not _TOKEN:
            raise BuildError("with_effects: its token is not the program's effect token")
        results = list(self.b.schema_op(op._schema, args, node.kwargs, []).results)
        self.values[node] = [_TOKEN, *results]

    def _import_hop_wrap_with_autocast(self, node):
        # The region's ops are recorded at their source dtypes; autocast's
        # casts only appear once torch decomposes the program.
        raise BuildError(
            "autocast regions import only after decompositions (leave "
            "decomposition_table=None, or give a table): torch then makes "
            "autocast's casts explicit")

    def _import_hop_wrap_with_set_grad_enabled(self, node):
        # Grad mode does not change the values computed: inline it.
        index = next(i for i, a in enumerate(node.args)
                     if isinstance(a, torch.fx.Node) and a.op == "get_attr")
        inputs = [self.const(a) for a in node.args[index + 1:]]
        self.values[node] = self._inline_subgraph(self._subgraph(node.args[index]), inputs)

    # -- symbolic shapes --

    def _bind_symbolic_shapes(self, arg_nodes):
        """`torch.symbolic_int` for each symbol of the user inputs' shapes and
        `torch.bind_symbolic_shape` tying each dynamic argument to them."""
        if self.shape_env is None:
            return
        for node, _ in arg_nodes:
            val = node.meta.get("val")
            if not isinstance(val, torch.Tensor) or all(isinstance(d, int) for d in val.shape):
                continue
            exprs = [d.node.expr if isinstance(d, torch.SymInt) else int(d) for d in val.shape]
            free = []  # in order of first appearance in the shape
            for e in exprs:
                if not isinstance(e, int):
                    for sym in sorted(e.free_symbols, key=str):
                        if sym not in free:
                            free.append(sym)
            if not free:
                continue
            operands = [self._symbol(s) for s in free]
            affine = [_to_affine(e, free) for e in exprs]
            if any(a is None for a in affine):
                continue  # an expression affine maps cannot say: leave unbound
            amap = ir.AffineMap.get(0, len(free), affine)
            with node_location(node):
                self.b.op("torch.bind_symbolic_shape", [], [self.values[node]] + operands,
                    {"shape_expressions": ir.AffineMapAttr.get(amap)})

    def _symbol(self, sym) -> ir.Value:
        name = str(sym)
        if name not in self.symbols:
            vr = self.shape_env.var_to_range.get(sym)
            lo = _bound(vr.lower if vr is not None else None, 0)
            hi = min(_bound(vr.upper if vr is not None else None, 2**63 - 1), 2**63 - 1)
            i64 = ir.IntegerType.get_signless(64)
            with ir.Location.unknown():
                self.symbols[name] = self.b.op(
                    "torch.symbolic_int", [types.int_type()], [],
                    {"symbol_name": ir.StringAttr.get(name),
                     "min_val": ir.IntegerAttr.get(i64, lo),
                     "max_val": ir.IntegerAttr.get(i64, hi)}).result
        return self.symbols[name]


def _bound(value, default: int) -> int:
    """A sympy range bound as an int; `default` for infinities."""
    try:
        return int(value)
    except (TypeError, ValueError, OverflowError, AttributeError):
        return default


def _to_affine(expr, free) -> ir.AffineExpr | None:
    """A sympy expression over `free` symbols as an affine expression."""
    import sympy

    if isinstance(expr, int):
        return ir.AffineConstantExpr.get(expr)
    if isinstance(expr, sympy.Integer):
        return ir.AffineConstantExpr.get(int(expr))
    if isinstance(expr, sympy.Symbol):
        return ir.AffineSymbolExpr.get(free.index(expr))
    combine = {sympy.Add: operator.add, sympy.Mul: operator.mul}.get(type(expr))
    if combine is None:
        return None
    parts = [_to_affine(a, free) for a in expr.args]
    if any(p is None for p in parts):
        return None
    return functools.reduce(combine, parts)


# Python-level ops on symbolic (or plain) numbers in FX graphs -> the aten
# scalar op family they correspond to (suffixed by operand kinds).
_SYM_OPS: dict[Callable, str] = {
    operator.add: "aten.add",
    operator.sub: "aten.sub",
    operator.mul: "aten.mul",
    operator.floordiv: "aten.floordiv",
    operator.truediv: "aten.div",
    operator.mod: "aten.remainder",
    operator.pow: "aten.pow",
    operator.neg: "aten.neg",
    operator.eq: "aten.eq",
    operator.ne: "aten.ne",
    operator.lt: "aten.lt",
    operator.le: "aten.le",
    operator.gt: "aten.gt",
    operator.ge: "aten.ge",
    operator.not_: "aten.__not__",
    torch.sym_not: "aten.__not__",
    torch.sym_float: "aten.Float",
    torch.sym_int: "aten.Int",
    torch.sym_max: "prim.max",
    torch.sym_min: "prim.min",
    math.floor: "aten.floor",
    math.ceil: "aten.ceil",
    math.sqrt: "aten.sqrt",
}
if hasattr(torch, "_sym_sqrt"):
    _SYM_OPS[torch._sym_sqrt] = "aten.sqrt"
