"""The graph of a set of lazy tensors, as Lazy Tensor Core records it.

torch's LTC (TorchScript backend) gives, for a list of lazy tensors:
* `_get_tensors_backend`: the graph computing them, as TorchScript IR text,
  one output per tensor that has a pending computation;
* `_get_tensors_ts_device_data_node`: the graph's inputs (device data:
  parameters, inputs, scalars), in the graph's parameter order (both walk the
  same post order and deduplicate data the same way);
* `_get_graph_hash`: a key for the compile cache (the graph's structure,
  shapes and parameter sequence).

A tensor whose value is already data (a parameter after a step, an input)
has nothing to compute: its hash is the constant `_nothing_to_sync()`.
Users see functionalization wrappers; LTC's functions take either, and
`inner()` unwraps one (after applying its pending updates).
"""

from __future__ import annotations

import functools
import gc
import re
from typing import Any

import torch


def is_lazy(value: Any) -> bool:
    return isinstance(value, torch.Tensor) and value.device.type == "lazy"


def inner(t: torch.Tensor) -> torch.Tensor:
    """The LTC tensor under `t`'s functionalization wrapper, with the
    wrapper's pending updates (in-place ops, views of a mutated base) applied."""
    if torch._is_functional_tensor(t):
        torch._functionalize_sync(t)
        return torch._from_functional_tensor(t)
    return t


def tensor_id(t: torch.Tensor) -> int:
    return torch._C._lazy._get_tensor_id(t)


# LTC prints the 0-d tensors it makes of Python numbers (slice bounds) as
# tensor constants, `%3 : Long(requires_grad=0, device=cpu) =
# prim::Constant[value={-1}]()`, which `parse_ir` reads wrongly (without the
# sign) or not at all: they become `aten::scalar_tensor` of the number.
_TENSOR_CONSTANT = re.compile(
    r"^(\s*)%(\w+) : (\w+)\([^)]*\) = prim::Constant\[value=\{([^{}]*)\}[^\]]*\]\(\)$",
    re.MULTILINE)
_TS_DTYPES = {"Long": torch.int64, "Int": torch.int32, "Short": torch.int16,
              "Char": torch.int8, "Byte": torch.uint8, "Bool": torch.bool,
              "Float": torch.float32, "Double": torch.float64, "Half": torch.float16,
              "BFloat16": torch.bfloat16}


def _scalar_tensor(match: re.Match) -> str:
    indent, name, dtype_name, value = match.groups()
    dtype = _TS_DTYPES.get(dtype_name)
    if dtype is None or "," in value:
        return match.group(0)  # left to parse_ir, which then reports it
    number = value.strip()
    kind = "float" if dtype.is_floating_point else "bool" if dtype == torch.bool else "int"
    if kind == "float":
        number = repr(float(number))
    elif kind == "bool":
        number = str(int(float(number) != 0))
    else:
        number = str(int(number))
    v, d, n = (f"%ltc_{name}_{part}" for part in ("value", "dtype", "none"))
    return (f"{indent}{v} : {kind} = prim::Constant[value={number}]()\n"
            f"{indent}{d} : int = prim::Constant[value={dtypes_code(dtype)}]()\n"
            f"{indent}{n} : NoneType = prim::Constant()\n"
            f"{indent}%{name} : Tensor = aten::scalar_tensor({v}, {d}, {n}, {n}, {n})")


@functools.lru_cache(maxsize=None)
def _nothing_to_sync() -> bytes:
    probe = torch.zeros((), dtype=torch.float32).to("lazy")
    return torch._C._lazy._get_graph_hash([inner(probe)])


def pending(tensors) -> list[torch.Tensor]:
    """The LTC tensors among `tensors` (lazy tensors, wrapped or not) that
    have a computation to run, deduplicated, in a stable order (creation
    order: LTC's unique ids grow), so that a repeated step gives the same
    list and hence the same graph hash."""
    by_id: dict[int, torch.Tensor] = {}
    for t in tensors:
        t = inner(t)
        by_id.setdefault(tensor_id(t), t)
    empty = _nothing_to_sync()
    return [t for _, t in sorted(by_id.items())
            if torch._C._lazy._get_graph_hash([t]) != empty]


def live_lazy_tensors() -> list[torch.Tensor]:
    """Every lazy tensor Python can reach: the garbage collector's tensors,
    plus the gradients of lazy leaves (autograd stores them in C++)."""
    found = []
    for obj in gc.get_objects():
        # type(), not isinstance(): some objects warn when asked their __class__.
        if issubclass(type(obj), torch.Tensor) and obj.device.type == "lazy":
            found.append(obj)
            if obj.is_leaf and obj.requires_grad and obj.grad is not None:
                found.append(obj.grad)
    return found


# LTC prints multi-result nodes' tuples as `NamedTuple(output : Tensor, ...)`,
# which `torch._C.parse_ir` cannot read; a tuple of the same types is the same.
_NAMED_TUPLE = re.compile(r"NamedTuple\(([^()]*)\)")


def _plain_tuple(match: re.Match) -> str:
    fields = [f.split(":", 1)[1].strip() for f in match.group(1).split(",")]
    return "(" + ", ".join(fields) + ")"


def graph_key(outputs: list[torch.Tensor]) -> bytes:
    """LTC's hash of the graph computing `outputs` (from `pending()`)."""
    return torch._C._lazy._get_graph_hash(outputs)


def graph_inputs(outputs: list[torch.Tensor]) -> tuple[list[int], list[Any]]:
    """The graph's inputs, in its parameter order: the LTC tensor id each
    came from (-1 for scalars LTC uploaded itself) and its current value
    (a CPU tensor or a Python number)."""
    ids, values = torch._C._lazy_ts_backend._get_tensors_ts_device_data_node(outputs)
    return list(ids), list(values)


def graph_text(outputs: list[torch.Tensor]) -> str:
    """The graph as TorchScript IR text (LTC's own printing)."""
    return torch._C._lazy._get_tensors_backend(outputs)


def parse(text: str, inputs: list[Any], n_outputs: int,
          bake: dict[int, Any] | None = None) -> tuple[torch._C.Graph, list[int]]:
    """LTC's graph text as a graph: its scalars typed (see `_typed_scalars`)
    and the inputs in `bake` (position -> value) replaced by constants; and
    the inputs it updates in place (see `_functional_running_stats`), whose
    new values it returns after LTC's outputs, in that order."""
    text = _TENSOR_CONSTANT.sub(_scalar_tensor, _NAMED_TUPLE.sub(_plain_tuple, text))
    graph = torch._C.parse_ir(text)
    got_in, got_out = len(list(graph.inputs())), len(list(graph.outputs()))
    if (got_in, got_out) != (len(inputs), n_outputs):
        raise RuntimeError(
            f"torch_mlir_ltc: LTC's graph has {got_in} input(s) and {got_out} output(s), "
            f"expected {len(inputs)} and {n_outputs}")
    _bool_lists(graph)
    updates = _functional_running_stats(graph)
    _out_factories(graph, inputs)
    _typed_scalars(graph, inputs)
    promoted = python_number_promotion(graph, inputs)
    if promoted:
        raise PromotionError(promoted)
    _bake(graph, bake or {})
    # Folds what reads constants (`aten::IntImplicit` of the 0-d tensors LTC
    # makes of slice bounds, of baked scalars).
    torch._C._jit_pass_constant_propagation(graph)
    return graph, updates


def _functional_running_stats(graph: torch._C.Graph) -> list[int]:
    """LTC records batch norm in training mode as `aten::native_batch_norm`,
    whose schema does not say that it writes its running_mean/running_var
    operands: LTC's TorchScript backend updates them in place as a side
    effect (the buffers' device data), so the lazy tensors holding them are
    no outputs of the graph. Here it becomes the functional
    `aten::_native_batch_norm_legit_functional`, whose new running stats
    every later read of the old ones takes; those of graph inputs are
    appended as outputs. Returns the positions of the inputs they update."""
    params = {v.unique(): i for i, v in enumerate(graph.inputs())}
    origin = dict(params)  # value -> the input whose running stat it is
    final: dict[int, torch._C.Value] = {}
    for node in list(graph.findAllNodes("aten::native_batch_norm")):
        args = list(node.inputs())
        training = args[5].toIValue() if args[5].node().kind() == "prim::Constant" else None
        stats = args[3:5]
        if training is False or any(isinstance(s.type(), torch._C.NoneType) for s in stats):
            continue
        functional = graph.create("aten::_native_batch_norm_legit_functional", args, 5)
        functional.insertBefore(node)
        outs = list(functional.outputs())
        for old, new in zip(node.outputs(), outs):
            new.setType(old.type())
            old.replaceAllUsesWith(new)
        node.destroy()
        for stat, new in zip(stats, outs[3:]):
            new.setType(stat.type())
            for use in list(stat.uses()):
                if use.user.isAfter(functional):
                    use.user.replaceInput(use.offset, new)
            if stat.unique() in origin:
                origin[new.unique()] = origin[stat.unique()]
                final[origin[stat.unique()]] = new
    for index in sorted(final):
        graph.registerOutput(final[index])
    return sorted(final)


def _out_factories(graph: torch._C.Graph, inputs: list[Any]) -> None:
    """LTC records `arange` in its out= form, the out tensor an input (an
    empty tensor of the result's dtype): the functional form with that dtype."""
    params = {v.unique(): i for i, v in enumerate(graph.inputs())}
    for node in graph.findAllNodes("aten::arange"):
        args = list(node.inputs())
        index = params.get(args[-1].unique()) if len(args) == 4 else None
        if index is None or not isinstance(inputs[index], torch.Tensor):
            continue
        with graph.insert_point_guard(node):
            dtype = graph.insertConstant(dtypes_code(inputs[index].dtype))
            none = graph.insertConstant(None)
            functional = graph.create("aten::arange", args[:3] + [dtype, none, none, none], 1)
            functional.insertBefore(node)
        functional.output().setType(node.output().type())
        node.output().replaceAllUsesWith(functional.output())
        node.destroy()


def dtypes_code(dtype: torch.dtype) -> int:
    """TorchScript's int for a dtype (c10::ScalarType)."""
    from torch_mlir_core import dtypes

    return dtypes.scalar_type_code(dtype)


def _bool_lists(graph: torch._C.Graph) -> None:
    """`parse_ir` reads a `bool[]` constant (`[False, True, True]`, a
    backward kernel's `output_mask`) as ints: made bools again. An output
    mask becomes all True: the outputs it leaves undefined have no type
    (torch's meta kernels return None for them) and nothing reads them, so
    they are computed instead (and removed as dead code after lowering)."""
    masks = set()
    for node in graph.nodes():
        if node.schema() != "(no schema)":
            arguments = torch._C.parse_schema(node.schema()).arguments
            masks.update(v.unique() for a, v in zip(arguments, node.inputs())
                         if a.name == "output_mask")
    for node in graph.findAllNodes("prim::Constant"):
        if str(node.output().type()) == "List[bool]":
            values = [bool(v) for v in node.output().toIValue()]
            if node.output().unique() in masks:
                values = [True] * len(values)
            with graph.insert_point_guard(node):
                fixed = graph.insertConstant(values)
            node.output().replaceAllUsesWith(fixed)
            node.destroy()


def scalar_positions(inputs: list[Any]) -> list[int]:
    """The scalar inputs: LTC makes the Python numbers of the program (a
    learning rate, an `alpha`, the `1` of `x + 1`) 0-d device data."""
    return [i for i, v in enumerate(inputs) if not isinstance(v, torch.Tensor) or (
        v.dim() == 0 and v.dtype != torch.bool)]  # (core cannot build 0-d bool literals)


def _bake(graph: torch._C.Graph, bake: dict[int, Any]) -> None:
    """Inputs as constants: a number where the graph reads the scalar
    (`aten::Float(%p)`, ...), a 0-d tensor where it uses the tensor."""
    params = list(graph.inputs())
    for index in sorted(bake, reverse=True):
        value, param = bake[index], params[index]
        tensor = value if isinstance(value, torch.Tensor) else torch.tensor(value)
        for use in list(param.uses()):
            user = use.user
            with graph.insert_point_guard(user):
                if user.kind() in _SCALAR_READS:
                    user.output().replaceAllUsesWith(graph.insertConstant(tensor.item()))
                    user.destroy()
                else:
                    user.replaceInput(use.offset, graph.insertConstant(tensor))
        graph.eraseInput(index)


# A scalar of an input's dtype, by dtype kind: (op, result type).
_SCALAR_OF_KIND = {
    "bool": ("aten::Bool", torch._C.BoolType.get()),
    "float": ("aten::Float", torch._C.FloatType.get()),
    "int": ("aten::Int", torch._C.IntType.get()),
}
# The reads of a 0-d tensor as a number in LTC's graphs, with the kind they
# give (None: the tensor's).
_IMPLICIT_READS = {"aten::ScalarImplicit": None, "aten::IntImplicit": "int",
                   "aten::FloatImplicit": "float"}
_SCALAR_READS = set(_IMPLICIT_READS) | {op for op, _ in _SCALAR_OF_KIND.values()}


def _kind(dtype: torch.dtype) -> str | None:
    if dtype == torch.bool:
        return "bool"
    if dtype.is_floating_point:
        return "float"
    return None if dtype.is_complex else "int"


def _typed_scalars(graph: torch._C.Graph, inputs: list[Any]) -> None:
    """LTC passes Python scalars (a learning rate, an `alpha`) as 0-d device
    data read with `aten::ScalarImplicit`, a `Scalar` of unknown kind; the
    input's dtype says which (`aten::Float` of an f64 tensor, ...), which is
    what the Torch dialect's type refinement needs."""
    params = {v.unique(): i for i, v in enumerate(graph.inputs())}
    reads = [n for op in _IMPLICIT_READS for n in graph.findAllNodes(op)]
    for node in reads:
        source = node.input()
        index = params.get(source.unique())
        value = inputs[index] if index is not None else None
        kind = _kind(value.dtype) if isinstance(value, torch.Tensor) else None
        kind = _IMPLICIT_READS[node.kind()] or kind
        if kind is None:
            continue
        op, result_type = _SCALAR_OF_KIND[kind]
        typed = graph.create(op, [source], 1)
        typed.insertBefore(node)
        typed.output().setType(result_type)
        node.output().replaceAllUsesWith(typed.output())
        node.destroy()


def latest_ltc_graph_computes() -> bool:
    """Whether the graph LTC's TorchScript backend ran last has any op (the
    graphs that only return their inputs just turn values into data)."""
    text = torch._C._lazy_ts_backend._get_latest_computation_graph()
    return any(" = " in line for line in text.splitlines()[1:])


class PromotionError(Exception):
    """Ops of LTC's graph that compute in another dtype than eager did: the
    ops (`aten.mul`) and a description of each."""

    def __init__(self, promoted: list[tuple[str, str]]):
        self.promoted = promoted
        super().__init__("; ".join(f"{op}: {what}" for op, what in promoted))


def python_number_promotion(graph: torch._C.Graph, inputs: list[Any]) -> list[tuple[str, str]]:
    """LTC passes a Python number as a 0-d float64 / int64 tensor, which
    promotes like a tensor where the graph uses it as one: `int_tensor * 0.1`
    is float64 in the graph, float32 in eager, and a later `> 0.3` compares
    other values (a wrong answer even when the outputs' dtypes agree). The
    uses whose promotion differs from a number's (dtypes from a run of the
    graph on meta tensors), as (op, description). A 0-d float64 tensor the
    program made itself looks the same: such a use is reported too."""
    params = list(graph.inputs())
    uses = [(use.user, use.offset, i) for i, v in enumerate(inputs)
            if isinstance(v, torch.Tensor) and v.dim() == 0
            and v.dtype in (torch.float64, torch.int64)
            for use in params[i].uses() if use.user.kind() not in _SCALAR_READS]
    metas = _meta_values(graph, inputs) if uses else None
    found = []
    for node, offset, i in uses if metas else []:
        number, as_tensor = inputs[i].item(), inputs[i]
        others = [metas.get(v.unique()) for j, v in enumerate(node.inputs()) if j != offset]
        others = [o for o in others if isinstance(o, torch.Tensor)]
        if not others:
            continue
        want, got = _promoted(others, number), _promoted(others, as_tensor)
        if want != got:
            found.append((node.kind().replace("::", "."),
                          f"the number {number!r} with {', '.join(_dtype(o) for o in others)} "
                          f"tensor(s) computes in {_dtype(got)} (eager: {_dtype(want)})"))
    return found


def _promoted(tensors: list[torch.Tensor], value: Any) -> torch.dtype:
    """torch's type promotion of `tensors` with `value` (a number or a 0-d
    tensor), as elementwise ops apply it."""
    from torch._prims_common import ELEMENTWISE_TYPE_PROMOTION_KIND, elementwise_dtypes

    return elementwise_dtypes(*tensors, value,
                              type_promotion_kind=ELEMENTWISE_TYPE_PROMOTION_KIND.DEFAULT)[1]


def _dtype(value: Any) -> str:
    return str(value.dtype if isinstance(value, torch.Tensor) else value).removeprefix("torch.")


def _meta_values(graph: torch._C.Graph, inputs: list[Any]) -> dict[int, Any] | None:
    """Every tensor value of `graph` (by `unique()`) as a meta tensor, from
    a run of a copy of it on meta tensors; None if that run fails."""
    values = [o for n in graph.nodes() for o in n.outputs()
              if isinstance(o.type(), torch._C.TensorType)]
    probe = graph.copy()
    copied = [o for n in probe.nodes() for o in n.outputs()
              if isinstance(o.type(), torch._C.TensorType)]
    while len(list(probe.outputs())):
        probe.eraseOutput(0)
    pack = probe.create("prim::TupleConstruct", copied, 1)
    probe.appendNode(pack)
    pack.output().setType(torch._C.TupleType([v.type() for v in copied]))
    probe.registerOutput(pack.output())
    # 0-d tensors as they are (the graph reads LTC's numbers with `aten::Int`,
    # which a meta tensor cannot answer; a CPU 0-d tensor mixes with meta).
    metas = [torch.empty_like(v, device="meta")
             if isinstance(v, torch.Tensor) and v.dim() else v for v in inputs]
    try:
        function = torch._C._create_function_from_graph("ltc_dtype_probe", probe)
        results = function(*metas)
    except Exception:  # noqa: BLE001 - a kernel with no meta form: no dtypes
        return None
    results = results if isinstance(results, tuple) else (results,)
    found = {p.unique(): m for p, m in zip(graph.inputs(), metas)}
    found.update((v.unique(), r) for v, r in zip(values, results))
    return found
