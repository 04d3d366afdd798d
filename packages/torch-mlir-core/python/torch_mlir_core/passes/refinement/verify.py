"""Verification in refinement: an op whose result types its operands
determine (elementwise ops, reductions, views, matmul, padding, pooling,
indexing...) is run on meta tensors with its compile-time operands, and

- a declared static result type (rank, static dims, dtype) that contradicts
  the one torch computes is reported at the op, naming both types;
- constant arguments torch's meta kernel rejects (a negative size, a dim or
  index out of range, a kernel larger than its padded input) are reported at
  the op with torch's message.

Operands known only at run time (dynamic dims, run-time ints and floats) run
with stand-ins, and only what does not depend on them is checked: result
ranks and dtypes, result dims that are the same for every stand-in (a small
one included), and an error torch raises with the same message for every
stand-in of a dynamic dim. Only a function's entry block is checked (a branch
may never run); the lowering checks an op elsewhere the same way when its rule
fails. Ops without a torch overload or a meta kernel are skipped. The
lowering rules' self-check stays as the last line of defence.
"""

from __future__ import annotations

from mlir import ir

from ... import types as ttypes
from .. import is_reported, report_op
from .registry import Registry
from .structural import list_element_types
from .values import (HINT_PAIRS, HINTS, Unknown, changed_in_place, meta_results, python_value,
                     torch_op)

# Stand-ins for dynamic dims (two pairs, as refinement uses).
STAND_INS = tuple(h for pair in HINT_PAIRS for h in pair)
# A small stand-in: a result dim equal for it and for every one of STAND_INS
# does not depend on the dynamic dims (`x[:5]` gives 5 for the large ones).
SMALL_STAND_IN = 2
# When every stand-in above fails (the dynamic dims must be equal, or 1, for
# the op to be valid): dynamic dims of size 0 (`x.view_as(y)` when x's size is
# y's), then of size 1 (a broadcast). Their result dtype does not depend on
# the sizes, nor the rank with size 1, but for ops that drop size-1 dims,
# nor the rank with size 0, but for ops on tensor lists (cat skips a legacy
# empty [0] tensor).
FALLBACK_STAND_INS = (0, 1)
_DROP_SIZE_1 = ("torch.aten.squeeze", "torch.aten.squeeze.dim", "torch.aten.squeeze.dims",
                "torch.aten.squeeze_copy", "torch.aten.squeeze_copy.dim",
                "torch.aten.squeeze_copy.dims")

# Ops whose torch overload cannot run on the Python values (generic lists):
# op -> fn(op) -> problem or None.
CHECKS = Registry("refinement check")


# What a meta run raises for an op it cannot run on meta tensors, rather than
# for bad arguments: such ops are not checked.
# (Argument-parsing errors of the dispatcher are ours, not the user's.)
_NOT_REJECTIONS = ("meta", "data-dependent", "data dependent", "Cannot copy out of",
                   "Expected a value of type", "toIValue")


def verify_function(func: ir.Operation) -> int:
    """Reports every op of `func`'s entry block whose declared result types
    contradict its operands, or whose arguments torch rejects; returns how
    many it reported."""
    count = 0
    for op in func.regions[0].blocks[0].operations:
        if is_reported(op.operation):  # by an earlier pass
            continue
        problem = check_op(op.operation)
        if problem:
            report_op(op.operation, problem)
            count += 1
    return count


def check_op(op: ir.Operation) -> str | None:
    """The problem with `op`'s declared types or arguments, None if none is
    known at compile time."""
    own = CHECKS.get(op.name)
    if own is not None:
        return own(op)
    return _check_generic(op)


def _check_generic(op: ir.Operation) -> str | None:
    """The meta run of `op`'s torch overload (the checks of CHECKS fall back
    to it)."""
    if torch_op(op.name) is None and op.name != "torch.aten.tensor":
        return None
    if not any(ttypes.is_tensor_type(v.type) or str(v.type).startswith("!torch.list<")
               for v in list(op.results) + list(op.operands)):
        # Scalar arithmetic: nothing to verify, and torch's C++ kernels trap
        # on some values (INT64_MIN // -1, // 0).
        return None
    problem = _view_dtype(op)
    if problem:
        return problem
    kinds = [_operand_kind(v) for v in op.operands]
    if None in kinds:
        return None
    if "dynamic" in kinds or "int" in kinds:
        return _check_dynamic(op, runtime_ints="int" in kinds)
    return _check_static(op)


def _operand_kind(v: ir.Value) -> str | None:
    """"static" (known at compile time), "dynamic" (a tensor with dynamic
    dims, a list of such tensors, or a run-time float: stand-ins for them
    change no result's rank or dtype), "int" (a run-time int: its stand-ins
    may be out of range, so an error for them says nothing), None (not
    checked: a run-time bool may be a flag)."""
    if ttypes.ValueTensorType.isinstance(v.type):
        t = ttypes.ValueTensorType(v.type)
        if not t.has_sizes or not t.has_dtype:
            return None
        return "dynamic" if -1 in t.sizes else "static"
    try:
        python_value(v, None)
        return "static"
    except Exception:  # noqa: BLE001  (Unknown, or a type with no torch form)
        pass
    kind = str(v.type)
    if kind == "!torch.float":
        return "dynamic"
    if kind == "!torch.int":
        return "int"
    if kind.startswith(("!torch.list<vtensor", "!torch.list<optional<vtensor", "!torch.list<int")):
        try:
            python_value(v, HINTS[0])
            return "int" if kind == "!torch.list<int>" else "dynamic"
        except Exception:  # noqa: BLE001
            return None
    return None


def _check_static(op: ir.Operation) -> str | None:
    try:
        computed = meta_results(op, None)
    except Unknown:
        return None
    except NotImplementedError:
        return None
    except _rejections(op) as e:
        return _rejection(op, e)
    except Exception:  # noqa: BLE001  (any other failure of the meta run: not checked)
        return None
    return _first_contradiction(op, computed, exact=True)


def _check_dynamic(op: ir.Operation, runtime_ints: bool = False) -> str | None:
    """With dynamic dims or run-time ints: the op runs with several stand-ins
    for them. Only what does not depend on them is checked: the result ranks
    and dtypes, the result dims every stand-in gives alike, and an error
    torch raises with the same message for every stand-in of a dynamic dim."""
    runs, errors = _stand_in_runs(op, STAND_INS)
    if runs is None:
        return None
    if errors and not runs:
        # The same message for every stand-in: it does not depend on them (a
        # run-time int's stand-ins may be out of range for it: not checked).
        if not runtime_ints and len({str(e) for e in errors}) == 1:
            return _rejection(op, errors[0])
        return _check_fallback(op, runtime_ints)
    if errors and not runtime_ints:
        return None
    import torch

    first = runs[0]
    if any(len(r) != len(first) or any(
            isinstance(x, torch.Tensor) and x.dim() != y.dim() for x, y in zip(r, first))
            for r in runs):
        return None
    small, _ = _stand_in_runs(op, (SMALL_STAND_IN,)) if not errors else ([], [])
    same_dims = _same_dims(runs + small) if small else None
    return _first_contradiction(op, first, exact=False, same_dims=same_dims)


def _check_fallback(op: ir.Operation, runtime_ints: bool = False) -> str | None:
    hints = FALLBACK_STAND_INS if runtime_ints else FALLBACK_STAND_INS + _operand_dims(op)
    for hint in hints:
        runs, _ = _stand_in_runs(op, (hint,))
        if runs:
            dtype_only = hint == 0 and _takes_tensor_list(op) or op.name in _DROP_SIZE_1
            problem = _first_contradiction(op, runs[0], exact=False, dtype_only=dtype_only)
            if problem:
                return problem
    return None


def _takes_tensor_list(op: ir.Operation) -> bool:
    return any(str(v.type).startswith(("!torch.list<vtensor", "!torch.list<optional<vtensor"))
               for v in op.operands)


def _operand_dims(op: ir.Operation) -> tuple:
    """The static dims (> 1) of `op`'s tensor operands, as the last stand-ins
    for its dynamic dims: an op valid only when a dynamic dim equals another
    operand's dim (matmul's reduction dim) runs with one of them, and its
    result rank and dtype, which no size changes, are checked."""
    found = []
    for v in op.operands:
        if ttypes.ValueTensorType.isinstance(v.type):
            t = ttypes.ValueTensorType(v.type)
            if t.has_sizes:
                found += [d for d in t.sizes if d > 1 and d not in found]
    return tuple(found[:8])


def _stand_in_runs(op: ir.Operation, hints) -> tuple[list | None, list]:
    """The op's meta results for each stand-in, and the errors torch raised
    for the others; None if the op cannot run on meta tensors at all."""
    runs, errors = [], []
    for hint in hints:
        try:
            runs.append(meta_results(op, hint))
        except NotImplementedError:
            return None, []
        except _rejections(op) as e:
            errors.append(e)
        except Exception:  # noqa: BLE001  (not checked)
            return None, []
    return runs, errors


def _same_dims(runs: list) -> list:
    """For each result of the runs: its dims that every run gives alike
    (-1 where they differ); None for a result that is not a tensor. None if
    the runs give different numbers of results (a split into pieces)."""
    import torch

    if any(len(r) != len(runs[0]) for r in runs):
        return None
    same = []
    for i, value in enumerate(runs[0]):
        if not isinstance(value, torch.Tensor) or any(
                not isinstance(r[i], torch.Tensor) or r[i].dim() != value.dim() for r in runs):
            same.append(None)
            continue
        same.append([d if all(r[i].shape[k] == d for r in runs) else -1
                     for k, d in enumerate(value.shape)])
    return same


def _rejections(op: ir.Operation) -> tuple:
    """What torch raises for arguments it rejects (prims check theirs with
    assertions)."""
    rejections = (RuntimeError, IndexError, ValueError)
    return rejections + (AssertionError,) if op.name.startswith("torch.prims.") else rejections


def _rejection(op: ir.Operation, e: Exception) -> str | None:
    message = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
    if any(m in message for m in _NOT_REJECTIONS):
        return None
    return f"'{op.name}': torch rejects the op's arguments: {message}"


def _first_contradiction(op: ir.Operation, computed: list, exact: bool,
                         dtype_only: bool = False, same_dims: list | None = None) -> str | None:
    """The first declared result type that contradicts the `computed` meta
    results: their dtypes and ranks; every dim if `exact`, else the dims of
    `same_dims` that are not -1 (those no stand-in changes)."""
    if len(computed) != len(op.results):
        return None
    # A 0-d tensor operand may be a Python number in the program (a wrapped
    # number, which does not take part in dtype promotion): dtypes unchecked.
    wrapped = any(ttypes.ValueTensorType.isinstance(v.type) and
                  ttypes.ValueTensorType(v.type).sizes == [] for v in op.operands)
    for i, (result, value) in enumerate(zip(op.results, computed)):
        # The sizes of auxiliary results may differ between the meta kernel
        # and the real one (batch norm's saved mean: [C] on meta, [0] on
        # CPU; f32 for f16 inputs on CPU): only their ranks are checked.
        dims = same_dims[i] if same_dims is not None and i == 0 else None
        # An auxiliary integer result (indices: max_pool's, sort's) has its
        # dtype whatever the inputs.
        dtype_known = not wrapped and i == 0 or i > 0 and _is_integer(value)
        problem = _contradiction(op, result, value, exact and i == 0, dtype_known,
                                 dtype_only, dims)
        if problem:
            return problem
    return None


def _is_integer(value) -> bool:
    import torch

    return isinstance(value, torch.Tensor) and not value.dtype.is_floating_point and \
        not value.dtype.is_complex and value.dtype != torch.bool


def _contradiction(op: ir.Operation, result: ir.Value, value, exact: bool,
                   dtype_known: bool = True, dtype_only: bool = False,
                   same_dims: list | None = None) -> str | None:
    import torch

    from ... import dtypes

    if not isinstance(value, torch.Tensor) or not ttypes.ValueTensorType.isinstance(
            result.type):
        return None
    declared = ttypes.ValueTensorType(result.type)
    try:
        dtype = dtypes.to_mlir_type(value.dtype)
    except Exception:  # noqa: BLE001  (a dtype with no MLIR form: not checked)
        return None
    sizes = list(value.shape)
    if exact:
        same_dims = sizes
    elif same_dims is None:  # the computed dims depend on the stand-ins
        same_dims = [-1] * len(sizes)
    wrong = dtype_known and declared.has_dtype and declared.dtype != dtype
    if declared.has_sizes and not dtype_only:
        wrong |= len(declared.sizes) != len(sizes) or any(
            d != -1 and s != -1 and d != s for d, s in zip(declared.sizes, same_dims))
    if not wrong:
        return None
    computed = ttypes.vtensor(None if dtype_only else same_dims, dtype)
    which = f" {result.result_number}" if len(op.results) > 1 else ""
    return (f"'{op.name}': declared result{which} type {result.type} contradicts the type "
            f"torch computes from its operands: {computed}")


def _element_types(lst: ir.Value) -> list | None:
    """The types of the elements of the list `lst`: the operands of the
    ListConstruct that builds it, or the tensors of the op that makes it."""
    owner = lst.owner
    producer = owner.operation if hasattr(owner, "operation") else None
    if producer is None or changed_in_place(lst):
        return None
    if producer.name == "torch.prim.ListConstruct":
        return [v.type for v in producer.operands]
    return list_element_types(lst)


def _type_contradiction(op: ir.Operation, result: ir.Value, source: ir.Type) -> str | None:
    """A declared tensor type whose rank or dtype differs from its source's."""
    if not (ttypes.ValueTensorType.isinstance(result.type) and
            ttypes.ValueTensorType.isinstance(source)):
        return None
    declared, src = ttypes.ValueTensorType(result.type), ttypes.ValueTensorType(source)
    if declared.has_dtype and src.has_dtype and declared.dtype != src.dtype or \
            declared.has_sizes and src.has_sizes and len(declared.sizes) != len(src.sizes):
        which = f" {result.result_number}" if len(op.results) > 1 else ""
        return (f"'{op.name}': declared result{which} type {result.type} contradicts the type "
                f"of the list element it takes: {source}")
    return None


@CHECKS.register("torch.aten.__getitem__.t")
def _list_index(op: ir.Operation) -> str | None:
    """A constant index out of range of a list of known length, or a result
    type that contradicts the element's."""
    types = _element_types(op.operands[0])
    if types is None:
        piece = _pieces(op.operands[0])
        return _type_contradiction(op, op.results[0], piece) if piece is not None else None
    try:
        index = python_value(op.operands[1], None)
    except Exception:  # noqa: BLE001  (known only at run time)
        return None
    length = len(types)
    if not isinstance(index, int) or isinstance(index, bool):
        return None
    if not -length <= index < length:
        return (f"'{op.name}': index {index} is out of range for a list of {length} "
                f"element(s)")
    return _type_contradiction(op, op.results[0], types[index])


# Ops splitting their first operand into pieces of its dtype and rank (one
# less for unbind), whatever the sizes.
_SPLITS = {f"torch.aten.{name}": 0 for name in (
    "split.Tensor", "split.sizes", "split_with_sizes", "unsafe_split.Tensor",
    "unsafe_split_with_sizes", "chunk", "unsafe_chunk", "tensor_split.sections",
    "tensor_split.indices", "split_copy.Tensor", "split_with_sizes_copy")}
_SPLITS.update({"torch.aten.unbind.int": 1, "torch.aten.unbind_copy.int": 1})


def _pieces(lst: ir.Value) -> ir.Type | None:
    """The type (rank and dtype, sizes unknown) of every piece of the list
    `lst` a split makes (when the meta runs do not say more: a split valid
    only for one size of a dynamic dim)."""
    owner = lst.owner
    producer = owner.operation if hasattr(owner, "operation") else None
    if producer is None or producer.name not in _SPLITS or changed_in_place(lst) or \
            not ttypes.ValueTensorType.isinstance(producer.operands[0].type):
        return None
    src = ttypes.ValueTensorType(producer.operands[0].type)
    if not src.has_sizes or not src.has_dtype or len(src.sizes) < _SPLITS[producer.name]:
        return None
    return ttypes.vtensor([-1] * (len(src.sizes) - _SPLITS[producer.name]), src.dtype)


@CHECKS.register("torch.prim.ListUnpack")
def _list_unpack(op: ir.Operation) -> str | None:
    types = _element_types(op.operands[0])
    if types is None:
        piece = _pieces(op.operands[0])
        types = [piece] * len(op.results) if piece is not None else None
    if types is None or len(types) != len(op.results):
        return None
    for result, t in zip(op.results, types):
        problem = _type_contradiction(op, result, t)
        if problem:
            return problem
    return None


def _declared_rank_dtype(op: ir.Operation, rank: int, dtype: ir.Type | None) -> str | None:
    declared = op.results[0].type
    if not ttypes.ValueTensorType.isinstance(declared):
        return None
    t = ttypes.ValueTensorType(declared)
    if t.has_sizes and len(t.sizes) != rank or dtype is not None and t.has_dtype and \
            t.dtype != dtype:
        computed = ttypes.vtensor([-1] * rank, dtype)
        return (f"'{op.name}': declared result type {declared} contradicts the type torch "
                f"computes from its operands: {computed}")
    return None


# Ops whose result size depends on the data (no meta kernel): their rank and
# dtype do not.
@CHECKS.register("torch.aten.masked_select")
def _masked_select(op: ir.Operation) -> str | None:
    src = op.operands[0].type
    dtype = ttypes.ValueTensorType(src).dtype if ttypes.ValueTensorType.isinstance(src) and \
        ttypes.ValueTensorType(src).has_dtype else None
    return _declared_rank_dtype(op, 1, dtype)


# Views to or from a complex dtype (complex64 <-> float32).
_DTYPE_CHANGING_VIEWS = frozenset(f"torch.aten.{name}" for name in (
    "view_as_complex", "view_as_real", "real", "imag"))


def _view_dtype(op: ir.Operation) -> str | None:
    """A view op's result has its input's dtype (but for the reinterpreting
    `view.dtype` and the complex <-> real views), whatever the shapes:
    checked even when they are unknown."""
    from ...importers.graph import is_view_schema

    fn = torch_op(op.name)
    if fn is None or not is_view_schema(fn._schema) or op.name in _DTYPE_CHANGING_VIEWS or \
            any(a.name == "dtype" for a in fn._schema.arguments) or not op.operands:
        return None
    src, res = op.operands[0].type, op.results[0].type
    if not (ttypes.ValueTensorType.isinstance(src) and ttypes.ValueTensorType.isinstance(res)):
        return None
    src, declared = ttypes.ValueTensorType(src), ttypes.ValueTensorType(res)
    if src.has_dtype and declared.has_dtype and src.dtype != declared.dtype:
        return (f"'{op.name}': declared result type {res} contradicts the type torch computes "
                f"from its operands: {ttypes.vtensor(None, src.dtype)}")
    return None


def _declared_like(op: ir.Operation, source: ir.Value) -> str | None:
    """A declared result type that differs from `source`'s type (rank, static
    dims or dtype) for an op whose result is shaped and typed as `source`."""
    if not (ttypes.ValueTensorType.isinstance(op.results[0].type) and
            ttypes.ValueTensorType.isinstance(source.type)):
        return None
    declared, src = ttypes.ValueTensorType(op.results[0].type), ttypes.ValueTensorType(source.type)
    wrong = declared.has_dtype and src.has_dtype and declared.dtype != src.dtype
    if declared.has_sizes and src.has_sizes:
        wrong |= len(declared.sizes) != len(src.sizes) or any(
            d != -1 and s != -1 and d != s for d, s in zip(declared.sizes, src.sizes))
    if not wrong:
        return None
    return (f"'{op.name}': declared result type {op.results[0].type} contradicts the type "
            f"torch computes from its operands: {source.type}")


# Out-of-place scatters: the result is `self` with some elements replaced,
# whatever the other arguments (checked even when torch rejects them for
# every stand-in of a dynamic dim of `self`).
@CHECKS.register("torch.aten.scatter.src", "torch.aten.scatter.value",
                 "torch.aten.scatter.reduce", "torch.aten.scatter.value_reduce",
                 "torch.aten.scatter_add", "torch.aten.scatter_reduce.two",
                 "torch.aten.index_add", "torch.aten.index_put")
def _scatter(op: ir.Operation) -> str | None:
    return _declared_like(op, op.operands[0]) or _check_generic(op)


@CHECKS.register("torch.aten.index.Tensor", "torch.aten.index.Tensor_hacked_twin")
def _index_tensor(op: ir.Operation) -> str | None:
    """Boolean masks make the result size data-dependent (no meta kernel);
    each mask of rank k selects like k index tensors of one length, which
    gives the result's rank and dtype."""
    import torch

    try:
        x, indices = (python_value(v, HINTS[0]) for v in op.operands)
    except Exception:  # noqa: BLE001  (not known at compile time)
        return None
    masks = (torch.bool, torch.uint8)
    if not isinstance(indices, list) or not any(
            isinstance(i, torch.Tensor) and i.dtype in masks for i in indices):
        return _check_generic(op)
    if any(isinstance(i, torch.Tensor) and i.dtype in masks and i.dim() == 0 for i in indices):
        # A 0-d mask adds a dim (x[True]): the dtype is x's, and the rank one
        # more than x's when the mask is the only index.
        if len(indices) == 1:
            return _first_contradiction(op, [x.unsqueeze(0)], exact=False)
        return _first_contradiction(op, [x], exact=False, dtype_only=True)
    like = []
    for i in indices:
        if isinstance(i, torch.Tensor) and i.dtype in masks:
            like += [torch.empty(HINTS[0], dtype=torch.int64, device="meta")] * i.dim()
        else:
            like.append(i)
    try:
        result = torch.ops.aten.index.Tensor(x, like)
    except Exception:  # noqa: BLE001  (not checked: the lowering says why)
        return None
    return _first_contradiction(op, [result], exact=False)


# A number wrapped in a 0-d tensor: int -> si64, float -> f64, bool -> i1.
_NUMBER_DTYPES = {"!torch.int": "si64", "!torch.float": "f64", "!torch.bool": "i1"}


@CHECKS.register("torch.prim.NumToTensor.Scalar")
def _num_to_tensor(op: ir.Operation) -> str | None:
    name = _NUMBER_DTYPES.get(str(op.operands[0].type))
    dtype = ir.Type.parse(name) if name else None
    return _declared_rank_dtype(op, 0, dtype)


_MATMULS = ("torch.aten.matmul", "torch.aten.mm", "torch.aten.bmm", "torch.aten.mv")


@CHECKS.register(*_MATMULS)
def _matmul(op: ir.Operation) -> str | None:
    """Static contracted dims that differ (`[?,?,3] @ [4]`): torch's message
    names the dynamic dims too, so the stand-ins do not agree on it."""
    a, b = (op.operands[i].type for i in (0, 1))
    if all(ttypes.ValueTensorType.isinstance(t) and ttypes.ValueTensorType(t).has_sizes
           and ttypes.ValueTensorType(t).sizes for t in (a, b)):
        sa, sb = ttypes.ValueTensorType(a).sizes, ttypes.ValueTensorType(b).sizes
        ka, kb = sa[-1], sb[-2] if len(sb) >= 2 else sb[0]
        if ka != -1 and kb != -1 and ka != kb:
            return (f"'{op.name}': the contracted dims differ: {ka} (the last dim of {a}) "
                    f"and {kb} (of {b})")
    return _check_generic(op)


# Pooling keeps the input's rank and dtype (the indices of max pooling are
# si64), checked when the meta run cannot be (a run-time stride or size).
_POOLS = tuple(f"torch.aten.{kind}_pool{d}d{suffix}" for d in (1, 2, 3)
               for kind, suffix in (("max", ""), ("max", "_with_indices"), ("avg", ""),
                                    ("adaptive_max", ""), ("adaptive_avg", "")))


@CHECKS.register(*_POOLS)
def _pool(op: ir.Operation) -> str | None:
    problem = _check_generic(op)
    if problem or not ttypes.ValueTensorType.isinstance(op.operands[0].type):
        return problem
    x = ttypes.ValueTensorType(op.operands[0].type)
    nsp = int(op.name.split("_pool")[1][0])
    if not x.has_sizes or len(x.sizes) - nsp not in (1, 2):  # the rule says why
        return None
    problem = _declared_rank_dtype(op, len(x.sizes), x.dtype if x.has_dtype else None)
    if problem or len(op.results) < 2 or not ttypes.ValueTensorType.isinstance(
            op.results[1].type):
        return problem
    indices = ttypes.ValueTensorType(op.results[1].type)
    if indices.has_sizes and len(indices.sizes) != len(x.sizes) or \
            indices.has_dtype and str(indices.dtype) != "si64":
        return (f"'{op.name}': declared result 1 type {op.results[1].type} contradicts the "
                f"type torch computes from its operands: "
                f"{ttypes.vtensor([-1] * len(x.sizes), ir.Type.parse('si64'))}")
    return None


_ARANGES = {"torch.aten.arange": 1, "torch.aten.arange.start": 2,
            "torch.aten.arange.start_step": 3}


@CHECKS.register(*_ARANGES)
def _arange(op: ir.Operation) -> str | None:
    """A 1-d result whatever the bounds (checked when they are known only at
    run time), of the dtype argument, else int64 for int bounds."""
    problem = _check_generic(op)
    if problem:
        return problem
    from ... import dtypes

    bounds = [str(v.type) for v in list(op.operands)[:_ARANGES[op.name]]]
    dtype = None
    try:
        code = python_value(op.operands[_ARANGES[op.name]], None)
        if isinstance(code, int) and not isinstance(code, bool):
            dtype = dtypes.to_mlir_type(dtypes.from_scalar_type_code(code))
        elif code is None and all(b == "!torch.int" for b in bounds):
            dtype = ir.Type.parse("si64")
    except Exception:  # noqa: BLE001  (a run-time dtype, or an unknown code: not checked)
        pass
    return _declared_rank_dtype(op, 1, dtype)
