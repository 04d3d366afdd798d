"""Rules shared by every target: compile-time values (constants, lists,
tuples), the structural ops the importers emit, scalar arithmetic on
!torch.int/!torch.float/!torch.bool (folded in Python when the operands are
constants, arith ops otherwise), and the compile-time facts about a tensor
(its dtype, device, rank, element count)."""

from __future__ import annotations

import math
import operator

import numpy as np

from mlir import ir
from mlir.dialects import arith, tensor

from .convert import convert_type, is_runtime
from .registry import Unsupported, rule

SHARED = "*"


@rule("torch.constant.int", "torch.constant.float", "torch.constant.bool",
      "torch.constant.str", "torch.constant.device", "torch.constant.number", target=SHARED)
def constant(cx, n):
    attr = n.attr("value")
    if isinstance(attr, ir.BoolAttr):
        return ir.BoolAttr(attr).value
    if isinstance(attr, ir.IntegerAttr):
        return ir.IntegerAttr(attr).value
    if isinstance(attr, ir.FloatAttr):
        return ir.FloatAttr(attr).value
    return ir.StringAttr(attr).value


@rule("torch.constant.none", target=SHARED)
def none(cx, n):
    return None


@rule("torch.prim.ListConstruct", "torch.prim.TupleConstruct", target=SHARED)
def construct(cx, n):
    return list(n.operands)


@rule("torch.prim.ListUnpack", "torch.prim.TupleUnpack", target=SHARED)
def unpack(cx, n):
    items = n.operands[0]
    if len(items) != len(n.result_types):
        raise Unsupported(f"unpacks {len(n.result_types)} values from {len(items)}")
    return list(items)


@rule("torch.prim.TupleIndex", "torch.aten.__getitem__.t", target=SHARED)
def tuple_index(cx, n):
    items, index = n.operands[0], n.operands[1]
    if not isinstance(index, ir.Value):
        if not -len(items) <= index < len(items):
            raise Unsupported(f"index {index} is out of range for a list of {len(items)} "
                              "element(s)")
        return items[index]
    # A run-time index (TorchScript loops over a size list): read a constant
    # table of the (compile-time) ints.
    if not items or not all(isinstance(v, int) and not isinstance(v, bool) for v in items):
        raise Unsupported("a run-time index needs a list of constant ints")
    i64 = ir.IntegerType.get_signless(64)
    table = arith.ConstantOp(ir.RankedTensorType.get([len(items)], i64),
                             ir.DenseIntElementsAttr.get(np.array(items, dtype=np.int64),
                                                         type=i64)).result
    size = cx.materialize(len(items))
    wrapped = arith.SelectOp(
        arith.CmpIOp(arith.CmpIPredicate.slt, index, cx.materialize(0)).result,
        arith.AddIOp(index, size).result, index).result
    idx = arith.IndexCastOp(ir.IndexType.get(), wrapped).result
    return tensor.ExtractOp(table, [idx]).result


@rule("torch.aten.len.t", target=SHARED)
def list_len(cx, n):
    return len(n.operands[0])


@rule("torch.derefine", "torch.tensor_static_info_cast", "torch.prim.unchecked_cast",
      target=SHARED)
def passthrough(cx, n):
    return n.operands[0]


@rule("torch.bind_symbolic_shape", target=SHARED)
def bind_symbolic_shape(cx, n):
    return None  # shape facts for the frontends' refinement; no run-time form


@rule("torch.aten._assert_tensor_metadata", "torch.aten._assert_scalar",
      "torch.aten.sym_constrain_range_for_size", "torch.aten._assert_async.msg",
      target=SHARED)
def assert_noop(cx, n):
    return None  # export-time checks torch already made; no run-time form


@rule("torch.symbolic_int", target=SHARED)
def symbolic_int(cx, n):
    return None  # only used by torch.bind_symbolic_shape


@rule("torch.aten.size.int", "torch.aten.sym_size.int", target=SHARED)
def size_int(cx, n):
    sizes = n.sizes(0)
    dim = n.const(1, "dim")
    dim = dim + len(sizes) if dim < 0 else dim
    if sizes[dim] != -1:
        return sizes[dim]
    idx = arith.ConstantOp(ir.IndexType.get(), dim).result
    d = tensor.DimOp(n.operands[0], idx).result
    return arith.IndexCastOp(ir.IntegerType.get_signless(64), d).result


# --- scalar arithmetic -------------------------------------------------------

def _kind(t: ir.Type) -> str:
    s = str(t)
    return {"!torch.int": "int", "!torch.float": "float", "!torch.bool": "bool"}.get(s, s)


def _value_kind(v, t: ir.Type) -> str:
    """The kind of a scalar operand; a !torch.number by its run-time type."""
    kind = _kind(t)
    if kind not in ("int", "float", "bool") and isinstance(v, ir.Value):
        kind = {"i64": "int", "f64": "float", "i1": "bool"}.get(str(v.type), kind)
    return kind


def _as(cx, v, kind: str) -> ir.Value:
    """`v` (constant or value of i64/f64/i1) as an SSA value of `kind`."""
    i64, f64 = ir.IntegerType.get_signless(64), ir.F64Type.get()
    if not isinstance(v, ir.Value):
        v = {"int": int, "float": float, "bool": bool}[kind](v)
        return cx.materialize(v)
    t = v.type
    if kind == "float":
        if isinstance(t, ir.F64Type):
            return v
        return arith.SIToFPOp(f64, v).result if str(t) == "i64" else arith.UIToFPOp(f64, v).result
    if kind == "int":
        if str(t) == "i64":
            return v
        return arith.FPToSIOp(i64, v).result if isinstance(t, ir.F64Type) else \
            arith.ExtUIOp(i64, v).result
    if str(t) == "i1":
        return v
    zero = cx.materialize(0.0 if isinstance(t, ir.F64Type) else 0, t)
    return arith.CmpFOp(arith.CmpFPredicate.UNE, v, zero).result if isinstance(t, ir.F64Type) \
        else arith.CmpIOp(arith.CmpIPredicate.ne, v, zero).result


def _py_floordiv(a, b):
    return a // b


# op -> (python fn, int builder, float builder)
_BINARY = {
    "add": (operator.add, arith.AddIOp, arith.AddFOp),
    "sub": (operator.sub, arith.SubIOp, arith.SubFOp),
    "mul": (operator.mul, arith.MulIOp, arith.MulFOp),
    "floordiv": (_py_floordiv, arith.FloorDivSIOp, None),
    "remainder": (operator.mod, None, None),
    "div": (operator.truediv, None, arith.DivFOp),
    "prim.max": (max, arith.MaxSIOp, arith.MaximumFOp),
    "prim.min": (min, arith.MinSIOp, arith.MinimumFOp),
    "pow": (operator.pow, None, None),
}
_COMPARE = {
    "eq": (operator.eq, arith.CmpIPredicate.eq, arith.CmpFPredicate.OEQ),
    "ne": (operator.ne, arith.CmpIPredicate.ne, arith.CmpFPredicate.UNE),
    "lt": (operator.lt, arith.CmpIPredicate.slt, arith.CmpFPredicate.OLT),
    "le": (operator.le, arith.CmpIPredicate.sle, arith.CmpFPredicate.OLE),
    "gt": (operator.gt, arith.CmpIPredicate.sgt, arith.CmpFPredicate.OGT),
    "ge": (operator.ge, arith.CmpIPredicate.sge, arith.CmpFPredicate.OGE),
}


def wrap_int64(r):
    """A folded int as torch computes it: int64 arithmetic wraps around."""
    if isinstance(r, int) and not isinstance(r, bool) and not -2**63 <= r < 2**63:
        return (r + 2**63) % 2**64 - 2**63
    return r


# float? -> (remainder op, compare op, "!=" and "<" predicates, add op)
_REMAINDER = {
    True: (arith.RemFOp, arith.CmpFOp, arith.CmpFPredicate.ONE, arith.CmpFPredicate.OLT,
           arith.AddFOp),
    False: (arith.RemSIOp, arith.CmpIOp, arith.CmpIPredicate.ne, arith.CmpIPredicate.slt,
            arith.AddIOp),
}


def python_remainder(x: ir.Value, y: ir.Value, zero: ir.Value, is_float: bool) -> ir.Value:
    """x % y with Python semantics (the result has the sign of the divisor), on
    floats or signed integers (`zero`: a 0 of their type): the truncated
    remainder, plus y where it is nonzero and its sign differs from y's. The
    scalar rules and the linalg elementwise rule both build it here."""
    rem, cmp, ne, lt, add = _REMAINDER[is_float]
    r = rem(x, y).result
    nonzero = cmp(ne, r, zero).result
    r_neg = cmp(lt, r, zero).result
    y_neg = cmp(lt, y, zero).result
    adjusted = add(r, y).result
    fix = arith.AndIOp(nonzero, arith.XOrIOp(r_neg, y_neg).result).result
    return arith.SelectOp(fix, adjusted, r).result


def _scalar_binary(family: str):
    def lower(cx, n):
        a, b = n.operands[0], n.operands[1]
        kinds = [_value_kind(v, t) for v, t in zip((a, b), n.operand_types)]
        out_kind = _kind(n.op.results[0].type)
        if family in _COMPARE:
            py, ipred, fpred = _COMPARE[family]
        else:
            py, ibuild, fbuild = _BINARY[family]
        if not is_runtime(a) and not is_runtime(b):
            if (a is None or b is None) and family not in ("eq", "ne"):
                raise Unsupported("operand is None")
            try:
                r = py(a, b)
            except ZeroDivisionError:
                # The user's constants, as torch says it: not our failure.
                raise Unsupported(f"{family} of constants {a!r} and {b!r}: division by zero") \
                    from None
            r = {"int": int, "float": float, "bool": bool}.get(out_kind, lambda x: x)(r) \
                if out_kind in ("int", "float", "bool") else r
            return wrap_int64(r)
        if any(isinstance(v, (list, tuple)) or v is None for v in (a, b)):
            raise Unsupported(f"{family} of lists or None holding run-time values")
        compute = "float" if "float" in kinds or out_kind == "float" else "int"
        if family in ("div", "pow"):
            compute = "float"
        if out_kind not in ("int", "float", "bool"):
            out_kind = compute  # a !torch.number result: the kind computed
        x, y = _as(cx, a, compute), _as(cx, b, compute)
        if family in _COMPARE:
            if compute == "float":
                return arith.CmpFOp(fpred, x, y).result
            return arith.CmpIOp(ipred, x, y).result
        if family == "remainder":
            zero = cx.materialize(0.0 if compute == "float" else 0)
            r = python_remainder(x, y, zero, compute == "float")
            return _as(cx, r, out_kind) if out_kind in ("int", "float") else r
        if family == "pow":
            from mlir.dialects import math as mmath

            r = mmath.PowFOp(x, y).result
            return _as(cx, r, out_kind) if out_kind in ("int", "float", "bool") else r
        build = fbuild if compute == "float" else ibuild
        if build is None:
            if family == "floordiv":
                return math_floor_div(cx, x, y)
            raise Unsupported(f"{family} on run-time {compute} scalars")
        r = build(x, y).result
        return _as(cx, r, out_kind) if out_kind != compute else r

    return lower


def math_floor_div(cx, x, y):
    from mlir.dialects import math as mmath

    return mmath.FloorOp(arith.DivFOp(x, y).result).result


# One registration per family; each name is written out so one grep finds its rule.
# The suffixes: int/float/bool operands, the mixed float_int/int_float, the generic
# (Scalar) form, and for add/eq/ne lists (t) and strings (str).
rule("torch.aten.add.int",
     "torch.aten.add.float",
     "torch.aten.add.float_int",
     "torch.aten.add.int_float",
     "torch.aten.add.bool",
     "torch.aten.add",
     "torch.aten.add.t",
     "torch.aten.add.str",
     target=SHARED)(_scalar_binary("add"))
rule("torch.aten.sub.int",
     "torch.aten.sub.float",
     "torch.aten.sub.float_int",
     "torch.aten.sub.int_float",
     "torch.aten.sub.bool",
     "torch.aten.sub",
     target=SHARED)(_scalar_binary("sub"))
rule("torch.aten.mul.int",
     "torch.aten.mul.float",
     "torch.aten.mul.float_int",
     "torch.aten.mul.int_float",
     "torch.aten.mul.bool",
     "torch.aten.mul",
     target=SHARED)(_scalar_binary("mul"))
rule("torch.aten.floordiv.int",
     "torch.aten.floordiv.float",
     "torch.aten.floordiv.float_int",
     "torch.aten.floordiv.int_float",
     "torch.aten.floordiv.bool",
     "torch.aten.floordiv",
     target=SHARED)(_scalar_binary("floordiv"))
rule("torch.aten.remainder.int",
     "torch.aten.remainder.float",
     "torch.aten.remainder.float_int",
     "torch.aten.remainder.int_float",
     "torch.aten.remainder.bool",
     "torch.aten.remainder",
     target=SHARED)(_scalar_binary("remainder"))
rule("torch.aten.div.int",
     "torch.aten.div.float",
     "torch.aten.div.float_int",
     "torch.aten.div.int_float",
     "torch.aten.div.bool",
     "torch.aten.div",
     target=SHARED)(_scalar_binary("div"))
rule("torch.prim.max.int",
     "torch.prim.max.float",
     "torch.prim.max.float_int",
     "torch.prim.max.int_float",
     "torch.prim.max.bool",
     "torch.prim.max",
     target=SHARED)(_scalar_binary("prim.max"))
rule("torch.prim.min.int",
     "torch.prim.min.float",
     "torch.prim.min.float_int",
     "torch.prim.min.int_float",
     "torch.prim.min.bool",
     "torch.prim.min",
     target=SHARED)(_scalar_binary("prim.min"))
rule("torch.aten.pow.int",
     "torch.aten.pow.float",
     "torch.aten.pow.float_int",
     "torch.aten.pow.int_float",
     "torch.aten.pow.bool",
     "torch.aten.pow",
     target=SHARED)(_scalar_binary("pow"))
rule("torch.aten.eq.int",
     "torch.aten.eq.float",
     "torch.aten.eq.float_int",
     "torch.aten.eq.int_float",
     "torch.aten.eq.bool",
     "torch.aten.eq",
     "torch.aten.eq.t",
     "torch.aten.eq.str",
     target=SHARED)(_scalar_binary("eq"))
rule("torch.aten.ne.int",
     "torch.aten.ne.float",
     "torch.aten.ne.float_int",
     "torch.aten.ne.int_float",
     "torch.aten.ne.bool",
     "torch.aten.ne",
     "torch.aten.ne.t",
     "torch.aten.ne.str",
     target=SHARED)(_scalar_binary("ne"))
rule("torch.aten.lt.int",
     "torch.aten.lt.float",
     "torch.aten.lt.float_int",
     "torch.aten.lt.int_float",
     "torch.aten.lt.bool",
     "torch.aten.lt",
     target=SHARED)(_scalar_binary("lt"))
rule("torch.aten.le.int",
     "torch.aten.le.float",
     "torch.aten.le.float_int",
     "torch.aten.le.int_float",
     "torch.aten.le.bool",
     "torch.aten.le",
     target=SHARED)(_scalar_binary("le"))
rule("torch.aten.gt.int",
     "torch.aten.gt.float",
     "torch.aten.gt.float_int",
     "torch.aten.gt.int_float",
     "torch.aten.gt.bool",
     "torch.aten.gt",
     target=SHARED)(_scalar_binary("gt"))
rule("torch.aten.ge.int",
     "torch.aten.ge.float",
     "torch.aten.ge.float_int",
     "torch.aten.ge.int_float",
     "torch.aten.ge.bool",
     "torch.aten.ge",
     target=SHARED)(_scalar_binary("ge"))


@rule("torch.aten.neg.int", "torch.aten.neg.float", "torch.aten.neg.Scalar", target=SHARED)
def scalar_neg(cx, n):
    a = n.operands[0]
    if not isinstance(a, ir.Value):
        return wrap_int64(-a)
    if isinstance(a.type, ir.F64Type):
        return arith.NegFOp(a).result
    return arith.SubIOp(cx.materialize(0), a).result


@rule("torch.aten.Int.float", "torch.aten.Int.bool", "torch.aten.Int.Scalar",
      "torch.aten.Float.Scalar", "torch.aten.Float.int", "torch.aten.Bool.int",
      "torch.aten.Bool.float", "torch.aten.ScalarImplicit", target=SHARED)
def scalar_convert(cx, n):
    a = n.operands[0]
    kind = _kind(n.op.results[0].type)
    if not isinstance(a, ir.Value):
        return {"int": int, "float": float, "bool": bool}.get(kind, lambda x: x)(a)
    if kind not in ("int", "float", "bool"):
        return a
    return _as(cx, a, kind)


@rule("torch.aten.__not__", target=SHARED)
def scalar_not(cx, n):
    a = n.operands[0]
    if not isinstance(a, ir.Value):
        return not a
    return arith.XOrIOp(a, cx.materialize(True)).result


@rule("torch.aten.sqrt.int", "torch.aten.sqrt.float", target=SHARED)
def scalar_sqrt(cx, n):
    a = n.operands[0]
    if not isinstance(a, ir.Value):
        return math.sqrt(a)
    from mlir.dialects import math as mmath

    return mmath.SqrtOp(_as(cx, a, "float")).result


@rule("torch.aten.ceil.float", "torch.aten.floor.float", target=SHARED)
def scalar_round(cx, n):
    a = n.operands[0]
    up = n.name.endswith("ceil.float")
    if not isinstance(a, ir.Value):
        return math.ceil(a) if up else math.floor(a)
    from mlir.dialects import math as mmath

    r = (mmath.CeilOp if up else mmath.FloorOp)(a).result
    return _as(cx, r, "int")


@rule("torch.aten.__is__", "torch.aten.__isnot__", target=SHARED)
def is_(cx, n):
    """`x is None` / `x is not None`: known at compile time when either side
    is None (a run-time value, tensor or scalar, is never None)."""
    a, b = n.operands[0], n.operands[1]
    if a is not None and b is not None:
        raise Unsupported("identity of two values that are not None")
    same = a is None and b is None
    return same if n.name == "torch.aten.__is__" else not same


# --- compile-time list and layout facts (TorchScript) ---------------------------

@rule("torch.aten.slice.t", target=SHARED)
def list_slice(cx, n):
    items = n.operands[0]
    start, end, step = (n.operands[i] for i in (1, 2, 3))
    if any(isinstance(v, ir.Value) for v in (start, end, step)):
        raise Unsupported("list slice bounds must be constants")
    return list(items)[slice(start, end, step)]


@rule("torch.aten.__contains__.int_list", "torch.aten.__contains__.str_list",
      target=SHARED)
def list_contains(cx, n):
    items, value = n.operands[0], n.operands[1]
    if isinstance(value, ir.Value) or any(isinstance(v, ir.Value) for v in items):
        raise Unsupported("membership test on run-time values")
    return value in items


@rule("torch.aten.__range_length", target=SHARED)
def range_length(cx, n):
    lo, hi, step = n.operands[:3]
    if any(isinstance(v, ir.Value) for v in (lo, hi, step)):
        raise Unsupported("range bounds must be constants")
    return len(range(lo, hi, step))


@rule("torch.prim.layout", target=SHARED)
def prim_layout(cx, n):
    return 0  # torch.strided: the only layout tensors here have


@rule("torch.aten.list.t", target=SHARED)
def list_copy(cx, n):
    return list(n.operands[0])


@rule("torch.aten.__derive_index", target=SHARED)
def derive_index(cx, n):
    """TorchScript's `for i in range(start, end, step)`: start + index * step."""
    index, start, step = n.operands[:3]
    if not any(isinstance(v, ir.Value) for v in (index, start, step)):
        return start + index * step
    i64 = ir.IntegerType.get_signless(64)
    index, start, step = (cx.materialize(v, i64) for v in (index, start, step))
    return arith.AddIOp(start, arith.MulIOp(index, step).result).result


@rule("torch.aten.format", target=SHARED)
def str_format(cx, n):
    """A message (TorchScript builds them for exceptions); run-time values
    print as `?`."""
    text, *args = n.operands
    if isinstance(text, ir.Value):
        raise Unsupported("format string must be a constant")
    try:
        return text.format(*["?" if isinstance(a, ir.Value) else a for a in args])
    except (IndexError, KeyError, ValueError):
        return text


@rule("torch.prim.RaiseException", target=SHARED)
def raise_exception(cx, n):
    """A `raise` the program reaches at run time: a failing cf.assert with the
    message (backends report it as an error)."""
    from mlir.dialects import cf

    message = n.operands[0]
    message = message if isinstance(message, str) else "exception raised"
    cf.AssertOp(cx.materialize(False), f"torch.prim.RaiseException: {message}")
    return None


# --- compile-time facts about a tensor (its type knows them) ---------------------

@rule("torch.prim.dtype", target=SHARED)
def prim_dtype(cx, n):
    from .. import dtypes

    return dtypes.scalar_type_code(n.dtype(0))


@rule("torch.prim.device", target=SHARED)
def prim_device(cx, n):
    return "cpu"


@rule("torch.aten.dim", target=SHARED)
def tensor_rank(cx, n):
    return len(n.sizes(0))


@rule("torch.aten.numel", target=SHARED)
def numel(cx, n):
    sizes = n.sizes(0)
    if -1 in sizes:
        from .linalg.common import as_i64, dims

        total = as_i64(1)
        for d in dims(n.operands[0]):
            total = arith.MulIOp(total, as_i64(d)).result
        return total
    return math.prod(sizes)


# --- literals ------------------------------------------------------------------

@rule("torch.vtensor.literal", target=SHARED)
def literal(cx, n):
    return arith.ConstantOp(convert_type(n.op.results[0].type), literal_attr(n)).result


def literal_attr(n) -> ir.Attribute:
    """The value of a torch.vtensor.literal on signless builtin types (the
    StableHLO rule makes a stablehlo.constant of it)."""
    want = convert_type(n.op.results[0].type)
    if isinstance(ir.RankedTensorType(want).element_type, ir.ComplexType):
        # The MLIR Python bindings cannot read a complex dense attribute back
        # (the importers build complex literals as view_as_complex of a real one).
        raise Unsupported("a literal of complex elements: write it as aten.view_as_complex of "
                          "a (..., 2) real literal")
    attr = n.attr("value")
    if ir.ShapedType(attr.type).element_type != ir.RankedTensorType(want).element_type:
        if isinstance(attr, ir.DenseElementsAttr):
            import numpy as np

            arr = np.array(ir.DenseElementsAttr(attr))
            attr = ir.DenseElementsAttr.get(arr, type=ir.RankedTensorType(want).element_type,
                                            shape=list(ir.RankedTensorType(want).shape))
        else:
            # A dense resource of si64 (etc.): the same blob, seen as signless
            # (parsing `dense_resource<key>` again would declare a new, empty
            # resource `key_1`: BERT's int64 buffers lost their data).
            from .. import _native

            attr = _native.retype_dense_resource(attr, want)
    return attr

