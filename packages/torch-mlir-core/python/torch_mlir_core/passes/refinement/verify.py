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
from .values import Unknown, changed_in_place, meta_results, python_value, torch_op

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
    try:
        for v in op.operands:  # every operand known at compile time
            python_value(v, None)
    except Exception:  # noqa: BLE001  (Unknown, or a type with no torch form)
        return None
    try:
        computed = meta_results(op, None)
    except Unknown:
        return None  # an operand known only at run time
    except NotImplementedError:
        return None
    except (RuntimeError, IndexError, ValueError) as e:
        message = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        if any(m in message for m in _NOT_REJECTIONS):
            return None
        return f"'{op.name}': torch rejects the op's arguments: {message}"
    except Exception:  # noqa: BLE001  (any other failure of the meta run: not checked)
        return None
    if len(computed) != len(op.results):
        return None
    for result, value in zip(op.results, computed):
        problem = _contradiction(op, result, value)
        if problem:
            return problem
    return None


def _contradiction(op: ir.Operation, result: ir.Value, value) -> str | None:
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
    wrong = declared.has_dtype and declared.dtype != dtype
    if declared.has_sizes:
        wrong |= len(declared.sizes) != len(sizes) or any(
            d != -1 and d != s for d, s in zip(declared.sizes, sizes))
    if not wrong:
        return None
    computed = ttypes.vtensor(sizes, dtype)
    which = f" {result.result_number}" if len(op.results) > 1 else ""
    return (f"'{op.name}': declared result{which} type {result.type} contradicts the type "
            f"torch computes from its operands: {computed}")


@CHECKS.register("torch.aten.__getitem__.t")
def _list_index(op: ir.Operation) -> str | None:
    """A constant index out of range of a list built in the function."""
    owner = op.operands[0].owner
    producer = owner.operation if hasattr(owner, "operation") else None
    if producer is None or producer.name != "torch.prim.ListConstruct" or \
            changed_in_place(op.operands[0]):
        return None
    try:
        index = python_value(op.operands[1], None)
    except Exception:  # noqa: BLE001  (known only at run time)
        return None
    length = len(producer.operands)
    if not isinstance(index, int) or -length <= index < length:
        return None
    return (f"'{op.name}': index {index} is out of range for a list of {length} "
            f"element(s)")
