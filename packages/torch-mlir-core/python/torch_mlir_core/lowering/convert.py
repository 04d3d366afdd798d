"""The conversion driver: rewrites each Torch-dialect function (at the torch
backend contract) into one on builtin types built from a target's ops.

Type conversion is done here, once, not by the rules:
  !torch.vtensor<[2,?],si64> -> tensor<2x?xi64>   (integers become signless;
  the signedness stays available to rules as the torch dtype of the operand)
  !torch.int -> i64, !torch.float -> f64, !torch.bool -> i1.
Compile-time values are not materialized: a `torch.constant.int` becomes the
Python int, a `torch.prim.ListConstruct` a Python list of its converted
elements, `torch.constant.none` None, a string a str. Rules receive operands in
that form (`Node.operands`) and return their results in it.

Every op is tried, so one run reports every op that cannot be lowered (no
rule, or the rule raised `Unsupported`), each at its own location; ops that
only depend on a failed op are not reported again, nor are ops an earlier
pass reported (`passes.report_op`): they count as failed, so their function
is left as it was.
"""

from __future__ import annotations

import traceback
from typing import Any

from mlir import ir
from mlir.dialects import arith, func

from .. import types as ttypes
from ..passes import is_reported
from .registry import Unsupported, lookup, no_rule_reason


class _Failed:
    """The converted form of a value whose producer could not be lowered."""

    def __repr__(self):
        return "<failed>"


FAILED = _Failed()

# torch element type (as text) -> builtin element type (as text).
_SIGNLESS = {"si8": "i8", "si16": "i16", "si32": "i32", "si64": "i64", "ui8": "i8",
             "ui16": "i16", "ui32": "i32", "ui64": "i64"}


def convert_element_type(t: ir.Type) -> ir.Type:
    s = str(t)
    if s in _SIGNLESS:
        return ir.IntegerType.get_signless(int(_SIGNLESS[s][1:]))
    return t


def convert_type(t: ir.Type) -> ir.Type | None:
    """The builtin type a Torch value becomes at run time, or None if it
    only exists at compile time (lists, none, strings, devices...)."""
    if ttypes.ValueTensorType.isinstance(t):
        vt = ttypes.ValueTensorType(t)
        if not vt.has_sizes or not vt.has_dtype:
            return None
        dyn = ir.ShapedType.get_dynamic_size()
        sizes = [dyn if d == -1 else d for d in vt.sizes]
        return ir.RankedTensorType.get(sizes, convert_element_type(vt.dtype))
    s = str(t)
    if s == "!torch.int":
        return ir.IntegerType.get_signless(64)
    if s == "!torch.float":
        return ir.F64Type.get()
    if s == "!torch.bool":
        return ir.IntegerType.get_signless(1)
    return None


def torch_dtype_name(t: ir.Type) -> str:
    """"float32", "uint8"... for a tensor type; "int"/"float"/"bool" for a
    scalar type (what the backends use to restore signedness)."""
    from .. import dtypes

    if ttypes.ValueTensorType.isinstance(t):
        return str(dtypes.from_mlir_type(ttypes.ValueTensorType(t).dtype)).split(".")[-1]
    return str(t).removeprefix("!torch.")


class Node:
    """One op being lowered, as a rule sees it."""

    __slots__ = ("op", "name", "operands", "operand_types", "result_types")

    def __init__(self, op: ir.Operation, operands: list, result_types: list):
        self.op = op
        self.name = op.name
        self.operands = operands
        # Seen through derefines: what each operand statically is.
        self.operand_types = [ttypes.underived(v).type for v in op.operands]
        self.result_types = result_types

    @property
    def location(self) -> ir.Location:
        return self.op.location

    def attr(self, name: str):
        return self.op.attributes[name]

    def const(self, i: int, what: str = ""):
        """Operand `i` as a compile-time Python value, or Unsupported."""
        v = self.operands[i]
        if is_runtime(v):
            raise Unsupported(f"{what or f'operand {i}'} must be a constant")
        return v

    def const_list(self, i: int, what: str = "") -> list:
        v = self.const(i, what)
        if not isinstance(v, (list, tuple)) or any(is_runtime(e) for e in v):
            raise Unsupported(f"{what or f'operand {i}'} must be a list of constants")
        return list(v)

    def dtype(self, i: int):
        """The torch.dtype of tensor operand `i` (None for non-tensors)."""
        return torch_dtype(self.operand_types[i])

    def result_dtype(self, i: int = 0):
        return torch_dtype(self.op.results[i].type)

    def result_sizes(self, i: int = 0) -> list[int]:
        return list(ttypes.ValueTensorType(self.op.results[i].type).sizes)

    def sizes(self, i: int) -> list[int]:
        return list(ttypes.ValueTensorType(self.operand_types[i]).sizes)


def torch_dtype(t: ir.Type):
    from .. import dtypes

    if not ttypes.ValueTensorType.isinstance(t):
        return None
    return dtypes.from_mlir_type(ttypes.ValueTensorType(t).dtype)


def is_runtime(v) -> bool:
    if isinstance(v, (list, tuple)):
        return any(is_runtime(e) for e in v)
    return isinstance(v, ir.Value)


def _has_failed(v) -> bool:
    if isinstance(v, (list, tuple)):
        return any(_has_failed(e) for e in v)
    return v is FAILED


class Failure:
    """`op` could not be lowered, for `reason`; `reported`: an earlier pass
    already reported it (nothing more to say)."""

    def __init__(self, op: ir.Operation, reason: str, reported: bool = False):
        self.op = op
        self.reason = reason
        self.reported = reported


class FunctionLowering:
    """Lowers one function; rules get it as `cx` (value map, failures,
    nested-region lowering, materialization)."""

    def __init__(self, target: str):
        self.target = target
        self.values: dict[ir.Value, Any] = {}
        self.failures: list[Failure] = []

    # --- values --------------------------------------------------------------

    def get(self, v: ir.Value):
        return self.values[v]

    def materialize(self, v, t: ir.Type | None = None) -> ir.Value:
        """A converted value as an SSA value (Python scalars become
        arith.constant of i64/f64/i1, or of `t` when given)."""
        if isinstance(v, ir.Value):
            return v
        if isinstance(v, bool):
            return arith.ConstantOp(t or ir.IntegerType.get_signless(1), int(v)).result
        if isinstance(v, int):
            return arith.ConstantOp(t or ir.IntegerType.get_signless(64), v).result
        if isinstance(v, float):
            return arith.ConstantOp(t or ir.F64Type.get(), v).result
        raise Unsupported(f"cannot materialize {v!r} as a run-time value")

    # --- ops -----------------------------------------------------------------

    def lower_block(self, block: ir.Block, args: list) -> list:
        """Lowers every op of `block` but its terminator at the current
        insertion point (with `args` for the block arguments); returns the
        converted operands of the terminator."""
        for a, v in zip(block.arguments, args):
            self.values[a] = v
        ops = list(block.operations)
        for op in ops[:-1]:
            self.lower_op(op.operation)
        return [self.values[v] for v in ops[-1].operands] if ops else []

    def lower_op(self, op: ir.Operation) -> None:
        operands = [self.values.get(v, FAILED) for v in op.operands]
        results = list(op.results)
        if is_reported(op):
            self.failures.append(Failure(op, "reported before", reported=True))
            self._set(results, [FAILED] * len(results))
            return
        fn = lookup(self.target, op.name)
        if fn is None:
            why = no_rule_reason(op.name)
            self.failures.append(Failure(op, "no lowering rule" + (f": {why}" if why else "")))
            self._set(results, [FAILED] * len(results))
            return
        if any(_has_failed(v) for v in operands):
            self._set(results, [FAILED] * len(results))
            return
        expected = [convert_type(r.type) for r in results]
        node = Node(op, operands, expected)
        try:
            with op.location:
                out = fn(self, node)
            out = self._check(node, out)
        except Unsupported as e:
            self.failures.append(Failure(op, str(e)))
            out = [FAILED] * len(results)
        except Exception as e:  # a bug in a rule, unless the op's types are wrong
            self.failures.append(Failure(op, _declared_types_problem(op) or _internal(fn, e)))
            out = [FAILED] * len(results)
        self._set(results, out)

    def _set(self, results, out) -> None:
        for r, v in zip(results, out):
            self.values[r] = v

    def _check(self, node: Node, out) -> list:
        n = len(node.result_types)
        if n == 0:
            return []
        if n == 1:
            out = [out]
        elif not isinstance(out, (list, tuple)) or len(out) != n:
            raise TypeError(f"rule returned {out!r}, expected {n} results")
        fixed = []
        for v, want in zip(out, node.result_types):
            if isinstance(v, ir.Value) and want is not None and v.type != want:
                v = _cast_to(v, want)
            fixed.append(v)
        return fixed


def _declared_types_problem(op: ir.Operation) -> str | None:
    """What verification finds wrong with `op`'s declared types or
    arguments, checked again when its rule fails: refinement checks only a
    function's entry block (an op in a loop body or a branch is not), and
    not an op with an operand it cannot evaluate (a list built in a branch)."""
    from ..passes.refinement.verify import check_op

    try:
        return check_op(op)
    except Exception:  # noqa: BLE001  (no verdict: the rule's error stands)
        return None


def _internal(fn, e: Exception) -> str:
    frame = traceback.extract_tb(e.__traceback__)[-1]
    return (f"internal error in lowering rule {fn.__module__}.{fn.__name__}: "
            f"{type(e).__name__}: {e} (at {frame.filename}:{frame.lineno})")


def _cast_to(v: ir.Value, want: ir.Type) -> ir.Value:
    """Reconciles static shape information (`tensor<?xf32>` vs `tensor<4xf32>`)."""
    from mlir.dialects import tensor

    if (isinstance(v.type, ir.RankedTensorType) and isinstance(want, ir.RankedTensorType)):
        have, to = ir.RankedTensorType(v.type), ir.RankedTensorType(want)
        if have.element_type == to.element_type and have.rank == to.rank:
            return tensor.CastOp(want, v).result
    raise TypeError(f"rule produced a value of type {v.type}, expected {want}")


def _flatten_types(ts: list[ir.Type]) -> list[ir.Type]:
    out = []
    for t in ts:
        if ttypes.TupleType.isinstance(t):
            out.extend(_flatten_types(list(ttypes.TupleType(t).element_types)))
        else:
            out.append(t)
    return out


def _flatten_results(values: list[ir.Value]) -> list[ir.Type]:
    """The types of the returned values, with tuples and lists built by
    TupleConstruct/ListConstruct replaced by their elements."""
    out = []
    for v in values:
        t = v.type
        owner = v.owner
        producer = owner.operation if hasattr(owner, "operation") else None
        if producer is not None and producer.name in ("torch.prim.TupleConstruct",
                                                      "torch.prim.ListConstruct"):
            out.extend(_flatten_results(list(producer.operands)))
        else:
            out.extend(_flatten_types([t]))
    return out


def _flattened_result_attrs(res_attrs, returned: list[ir.Value]) -> ir.ArrayAttr:
    """`res_attrs` of the Torch function for its flattened results: a tuple
    or list result's elements get no attributes."""
    out = []
    for attrs, v in zip(ir.ArrayAttr(res_attrs), returned):
        n = len(_flatten_results([v]))
        out.extend([attrs] if n == 1 else [ir.DictAttr.get({})] * n)
    return ir.ArrayAttr.get(out)


def _flatten_values(vs) -> list:
    out = []
    for v in vs:
        if isinstance(v, (list, tuple)):
            out.extend(_flatten_values(v))
        else:
            out.append(v)
    return out


def lower_function(fn_op: ir.Operation, target: str) -> list[Failure]:
    """Replaces the Torch function `fn_op` with its lowering; returns the
    failures (and leaves `fn_op` untouched) if any op could not be lowered."""
    fn = fn_op if isinstance(fn_op, func.FuncOp) else fn_op.opview
    with fn.location:
        return _lower_function(fn, fn_op, target)


def _signature_failure(fn_op: ir.Operation, bad: list[str]) -> Failure:
    return Failure(fn_op, "function signature has types with no run-time form: "
                   + ", ".join(bad))


def _copy_function_attributes(fn, new, kept: list[bool], torch_results: list) -> None:
    """The attributes the lowered function `new` keeps from the Torch one
    `fn`, and the torch dtypes of its arguments and results."""
    ftype = ir.FunctionType(ir.TypeAttr(fn.attributes["function_type"]).value)
    old_entry = fn.regions[0].blocks[0]
    for name in ("sym_visibility",):
        if name in fn.attributes:
            new.attributes[name] = fn.attributes[name]
    if "res_attrs" in fn.attributes:  # e.g. torch.updates_argument (argument_updates.py)
        flat_attrs = _flattened_result_attrs(
            fn.attributes["res_attrs"], list(list(old_entry.operations)[-1].operands))
        new.attributes["res_attrs"] = ir.ArrayAttr.get(
            [a for a, k in zip(flat_attrs, kept) if k])
    new.attributes["torch.arg_dtypes"] = ir.ArrayAttr.get(
        [ir.StringAttr.get(torch_dtype_name(t)) for t in ftype.inputs])
    new.attributes["torch.result_dtypes"] = ir.ArrayAttr.get(
        [ir.StringAttr.get(torch_dtype_name(t)) for t in torch_results])


def _lower_function(fn, fn_op: ir.Operation, target: str) -> list[Failure]:
    if not fn.regions[0].blocks:
        return []  # a declaration
    if is_reported(fn_op):
        return [Failure(fn_op, "reported before", reported=True)]
    ftype = ir.FunctionType(ir.TypeAttr(fn.attributes["function_type"]).value)
    arg_types = [convert_type(t) for t in ftype.inputs]
    # Tuple results (TorchScript returns one tuple) and lists built in the
    # function become several results.
    old_entry = fn.regions[0].blocks[0]
    torch_results = _flatten_results(list(list(old_entry.operations)[-1].operands))
    # A None result (`return None`, `return x, None`) has no run-time value:
    # dropped from the signature, as a flattened output (a pytree leaf) has none.
    kept = [str(t) != "!torch.none" for t in torch_results]
    torch_results = [t for t, k in zip(torch_results, kept) if k]
    res_types = [convert_type(t) for t in torch_results]
    bad = [str(t) for t, c in zip(ftype.inputs, arg_types) if c is None]
    if bad:
        return [_signature_failure(fn_op, bad)]
    cx = FunctionLowering(target)
    with fn.location, ir.InsertionPoint(fn):
        # (A result type with no run-time form is reported after the body:
        # it may only be the consequence of an op that fails there.)
        new = func.FuncOp(fn.name.value, ir.FunctionType.get(
            arg_types, [c or ir.NoneType.get() for c in res_types]))
    entry = new.add_entry_block()
    with ir.InsertionPoint(entry):
        returned = cx.lower_block(old_entry, list(entry.arguments))
        bad = [str(t) for t, c in zip(torch_results, res_types) if c is None]
        if bad and not cx.failures:
            cx.failures.append(_signature_failure(fn_op, bad))
        if not cx.failures:
            ret_op = list(old_entry.operations)[-1]
            try:
                with ret_op.location:
                    returned = [v for v, k in zip(_flatten_values(returned), kept) if k]
                    vals = [cx.materialize(v, t) for v, t in zip(returned, res_types)]
                    func.ReturnOp(vals)
            except Unsupported as e:
                cx.failures.append(Failure(ret_op.operation, str(e)))
    if cx.failures:
        new.operation.erase()
        return cx.failures
    _copy_function_attributes(fn, new, kept, torch_results)
    # The new function sits right before the old one: swap them.
    fn.operation.erase()
    return []
