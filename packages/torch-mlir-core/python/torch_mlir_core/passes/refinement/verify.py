"""Verification in refinement: an op whose result types its operands
determine (elementwise ops, reductions, views, matmul, padding, pooling,
indexing...) is run on meta tensors with its compile-time operands, and

- a declared static result type (rank, static dims, dtype) that contradicts
  the one torch computes is reported at the op, naming both types;
- constant arguments torch's meta kernel rejects (a negative size, a dim or
  index out of range, a kernel larger than its padded input) are reported at
  the op with torch's message.

Only ops whose operands are all known at compile time (static shapes,
constants) are checked, and only in a function's entry block (a branch may
never run); ops without a torch overload or a meta kernel are skipped. The
lowering rules' self-check stays as the last line of defence.
"""

from __future__ import annotations

from mlir import ir

from ... import types as ttypes
from .registry import Registry
from .structural import list_element_types
from .values import (HINT_PAIRS, HINTS, Unknown, changed_in_place, meta_results, python_value,
                     torch_op)

# Stand-ins for dynamic dims (two pairs, as refinement uses).
STAND_INS = tuple(h for pair in HINT_PAIRS for h in pair)

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
        problem = check_op(op.operation)
        if problem:
            op.operation.location.emit_error(problem)
            count += 1
    return count


def check_op(op: ir.Operation) -> str | None:
    """The problem with `op`'s declared types or arguments, None if none is
    known at compile time."""
    own = CHECKS.get(op.name)
    if own is not None:
        return own(op)
    if torch_op(op.name) is None and op.name != "torch.aten.tensor":
        return None
    kinds = [_operand_kind(v) for v in op.operands]
    if None in kinds:
        return None
    return _check_dynamic(op) if "dynamic" in kinds else _check_static(op)


def _operand_kind(v: ir.Value) -> str | None:
    """"static" (known at compile time), "dynamic" (a tensor with dynamic
    dims, a list of such tensors, or a run-time float: stand-ins for them
    change no result's rank or dtype), None (not checked: a run-time int or
    bool may be a dim or a flag)."""
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
    if kind.startswith("!torch.list<vtensor"):
        try:
            python_value(v, HINTS[0])
            return "dynamic"
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
    except (RuntimeError, IndexError, ValueError) as e:
        return _rejection(op, e)
    except Exception:  # noqa: BLE001  (any other failure of the meta run: not checked)
        return None
    return _first_contradiction(op, computed, exact=True)


def _check_dynamic(op: ir.Operation) -> str | None:
    """With dynamic dims: the op runs with several stand-ins for them. Only
    what does not depend on them is checked: the result ranks and dtypes, and
    an error torch raises with the same message for every stand-in."""
    runs, errors = [], []
    for hint in STAND_INS:
        try:
            runs.append(meta_results(op, hint))
        except NotImplementedError:
            return None
        except (RuntimeError, IndexError, ValueError) as e:
            errors.append(e)
        except Exception:  # noqa: BLE001  (not checked)
            return None
    if errors:
        # The same message for every stand-in: it does not depend on them.
        same = not runs and len({str(e) for e in errors}) == 1
        return _rejection(op, errors[0]) if same else None
    import torch

    first = runs[0]
    if any(len(r) != len(first) or any(
            isinstance(x, torch.Tensor) and x.dim() != y.dim() for x, y in zip(r, first))
            for r in runs):
        return None
    return _first_contradiction(op, first, exact=False)


def _rejection(op: ir.Operation, e: Exception) -> str | None:
    message = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
    if any(m in message for m in _NOT_REJECTIONS):
        return None
    return f"'{op.name}': torch rejects the op's arguments: {message}"


def _first_contradiction(op: ir.Operation, computed: list, exact: bool) -> str | None:
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
        problem = _contradiction(op, result, value, exact and i == 0, not wrapped and i == 0)
        if problem:
            return problem
    return None


def _contradiction(op: ir.Operation, result: ir.Value, value, exact: bool,
                   dtype_known: bool = True) -> str | None:
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
    wrong = dtype_known and declared.has_dtype and declared.dtype != dtype
    if declared.has_sizes:
        wrong |= len(declared.sizes) != len(sizes) or exact and any(
            d != -1 and d != s for d, s in zip(declared.sizes, sizes))
    if not exact:  # the computed dims depend on the stand-ins
        sizes = [-1] * len(sizes)
    if not wrong:
        return None
    computed = ttypes.vtensor(sizes, dtype)
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
        return None
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


@CHECKS.register("torch.prim.ListUnpack")
def _list_unpack(op: ir.Operation) -> str | None:
    types = _element_types(op.operands[0])
    if types is None or len(types) != len(op.results):
        return None
    for result, t in zip(op.results, types):
        problem = _type_contradiction(op, result, t)
        if problem:
            return problem
    return None
