"""Elementwise ops to TOSA: unary math, activations (relu, gelu with erf and
tanh, sigmoid, tanh, clamp family), binary arithmetic with torch's dtype
promotion (operands are converted to the computation dtype and reshaped to
the result's rank: TOSA broadcasts size-1 dims between equal ranks), and
casts. Ops TOSA has no op for are composed of TOSA ops (gelu, sqrt, log2,
remainder, ...)."""

from __future__ import annotations

import math

import torch
from mlir import ir
from mlir.dialects import tosa

from ..registry import Unsupported, rule
from .common import (binary, convert, element_type, elementwise, is_float, mul,
                     needs_static, shape, splat, tensor_of)
from .views import expand_to

T = "tosa"


def _float_only(dt, what):
    if not is_float(dt):
        raise Unsupported(f"{what} of {dt} (TOSA computes it on floats only)")


def _c(value, t: ir.RankedTensorType) -> ir.Value:
    return splat(value, t.element_type, t.rank)


def _un(op_cls):
    return lambda t, x: op_cls(t, x).result


def _negate(t, x):
    z = splat(0, t.element_type, 1)
    return tosa.NegateOp(t, x, z, z).result


def _sqrt(t, x):
    return tosa.PowOp(t, x, _c(0.5, t)).result


def _log_base(base):
    return lambda t, x: mul(t, tosa.LogOp(t, x).result, _c(1.0 / math.log(base), t))


def _relu(t, x):
    return _clamp(t, x, 0, None)


def _gelu_erf(t, x):
    inner = tosa.ErfOp(t, mul(t, x, _c(1.0 / math.sqrt(2.0), t))).result
    return mul(t, mul(t, x, _c(0.5, t)), tosa.AddOp(t, inner, _c(1.0, t)).result)


def _gelu_tanh(t, x):
    cube = mul(t, mul(t, x, x), x)
    inner = tosa.AddOp(t, x, mul(t, cube, _c(0.044715, t))).result
    th = tosa.TanhOp(t, mul(t, inner, _c(math.sqrt(2.0 / math.pi), t))).result
    return mul(t, mul(t, x, _c(0.5, t)), tosa.AddOp(t, th, _c(1.0, t)).result)


def _silu(t, x):
    return mul(t, x, tosa.SigmoidOp(t, x).result)


def _sign(t, x):
    b = tensor_of(shape(x), ir.IntegerType.get_signless(1))
    pos = tosa.GreaterOp(b, x, _c(0, t)).result
    neg = tosa.GreaterOp(b, _c(0, t), x).result
    inner = tosa.SelectOp(t, neg, _c(-1, t), _c(0, t)).result
    return tosa.SelectOp(t, pos, _c(1, t), inner).result


def _bound(value, elem):
    if isinstance(elem, ir.FloatType):
        return ir.FloatAttr.get(elem, float(value))
    return ir.IntegerAttr.get(elem, int(value))


def _clamp(t, x, lo, hi):
    elem = t.element_type
    if isinstance(elem, ir.FloatType):
        lo = -math.inf if lo is None else lo
        hi = math.inf if hi is None else hi
    else:
        w = ir.IntegerType(elem).width
        lo = -(2 ** (w - 1)) if lo is None else max(int(math.ceil(lo)), -(2 ** (w - 1)))
        hi = 2 ** (w - 1) - 1 if hi is None else min(int(math.floor(hi)), 2 ** (w - 1) - 1)
    return tosa.ClampOp(t, x, _bound(lo, elem), _bound(hi, elem)).result


def _expm1(t, x):
    return tosa.SubOp(t, tosa.ExpOp(t, x).result, _c(1.0, t)).result


def _log1p(t, x):
    return tosa.LogOp(t, tosa.AddOp(t, x, _c(1.0, t)).result).result


def _trunc(t, x):
    b = tensor_of(shape(x), ir.IntegerType.get_signless(1))
    neg = tosa.GreaterOp(b, _c(0.0, t), x).result
    return tosa.SelectOp(t, neg, tosa.CeilOp(t, x).result, tosa.FloorOp(t, x).result).result


def _round(t, x):
    """Round half to even (torch.round): floor, then up where the fraction
    is above one half, or exactly one half and the floor is odd."""
    b = tensor_of(shape(x), ir.IntegerType.get_signless(1))
    fl = tosa.FloorOp(t, x).result
    frac = tosa.SubOp(t, x, fl).result
    above = tosa.GreaterOp(b, frac, _c(0.5, t)).result
    tie = tosa.EqualOp(frac, _c(0.5, t), results=[b]).result
    half = tosa.FloorOp(t, mul(t, fl, _c(0.5, t))).result
    odd = tosa.LogicalNotOp(b, tosa.EqualOp(mul(t, half, _c(2.0, t)), fl,
                                            results=[b]).result).result
    up = tosa.LogicalOrOp(b, above, tosa.LogicalAndOp(b, tie, odd).result).result
    return tosa.SelectOp(t, up, tosa.AddOp(t, fl, _c(1.0, t)).result, fl).result


def _exp2(t, x):
    return tosa.PowOp(t, _c(2.0, t), x).result


def _sinh_cosh(sign):
    def build(t, x):
        e = tosa.ExpOp(t, x).result
        inv = tosa.ExpOp(t, _negate(t, x)).result
        op_cls = tosa.SubOp if sign < 0 else tosa.AddOp
        return mul(t, op_cls(t, e, inv).result, _c(0.5, t))

    return build


def _tan(t, x):
    return mul(t, tosa.SinOp(t, x).result, tosa.ReciprocalOp(t, tosa.CosOp(t, x).result).result)


_UNARY = {
    "torch.aten.expm1": (_expm1, True),
    "torch.aten.log1p": (_log1p, True),
    "torch.aten.tan": (_tan, True),
    "torch.aten.exp2": (_exp2, True),
    "torch.aten.sinh": (_sinh_cosh(-1), True),
    "torch.aten.cosh": (_sinh_cosh(1), True),
    "torch.aten.trunc": (_trunc, False),
    "torch.aten.round": (_round, False),
    "torch.aten.exp": (_un(tosa.ExpOp), True),
    "torch.aten.log": (_un(tosa.LogOp), True),
    "torch.aten.log2": (_log_base(2.0), True),
    "torch.aten.log10": (_log_base(10.0), True),
    "torch.aten.tanh": (_un(tosa.TanhOp), True),
    "torch.aten.sigmoid": (_un(tosa.SigmoidOp), True),
    "torch.aten.erf": (_un(tosa.ErfOp), True),
    "torch.aten.sin": (_un(tosa.SinOp), True),
    "torch.aten.cos": (_un(tosa.CosOp), True),
    "torch.aten.rsqrt": (_un(tosa.RsqrtOp), True),
    "torch.aten.sqrt": (_sqrt, True),
    "torch.aten.reciprocal": (_un(tosa.ReciprocalOp), True),
    "torch.aten.abs": (_un(tosa.AbsOp), False),
    "torch.aten.neg": (_negate, False),
    "torch.aten.floor": (_un(tosa.FloorOp), False),
    "torch.aten.ceil": (_un(tosa.CeilOp), False),
    "torch.aten.relu": (_relu, False),
    "torch.aten.silu": (_silu, True),
    "torch.aten.sign": (_sign, False),
}


def _unary(cx, n):
    fn, float_math = _UNARY[n.name]
    kind = "INT_TO_FLOAT" if float_math else "DEFAULT"

    def build(dt, t, x):
        if float_math:
            _float_only(dt, n.name)
        if not is_float(dt) and n.name in ("torch.aten.floor", "torch.aten.ceil",
                                            "torch.aten.trunc", "torch.aten.round"):
            return x
        return fn(t, x)

    return elementwise(cx, n, [0], build, kind=kind)


for _name in _UNARY:
    rule(_name, target=T)(_unary)


@rule("torch.aten.gelu", target=T)
def gelu(cx, n):
    approximate = n.const(1, "approximate") if len(n.operands) > 1 else "none"
    fn = {"none": _gelu_erf, "tanh": _gelu_tanh}.get(approximate)
    if fn is None:
        raise Unsupported(f"gelu approximate='{approximate}'")
    return elementwise(cx, n, [0], lambda dt, t, x: fn(t, x))


@rule("torch.aten.elu", target=T)
def elu(cx, n):
    alpha, scale, input_scale = (n.const(i, what) for i, what in
                                 ((1, "alpha"), (2, "scale"), (3, "input_scale")))

    def build(dt, t, x):
        _float_only(dt, "elu")
        b = tensor_of(shape(x), ir.IntegerType.get_signless(1))
        pos = tosa.GreaterOp(b, x, _c(0, t)).result
        neg = mul(t, _expm1(t, mul(t, x, _c(input_scale, t))), _c(alpha * scale, t))
        return tosa.SelectOp(t, pos, mul(t, x, _c(scale, t)), neg).result

    return elementwise(cx, n, [0], build)


@rule("torch.aten.isinf", target=T)
def isinf(cx, n):
    def build(dt, t, x):
        b = tensor_of(shape(x), ir.IntegerType.get_signless(1))
        if not is_float(dt):
            return tosa.EqualOp(x, tosa.AddOp(t, x, _c(1, t)).result, results=[b]).result
        return tosa.EqualOp(tosa.AbsOp(t, x).result, _c(math.inf, t), results=[b]).result

    return elementwise(cx, n, [0], build, compute=n.dtype(0), out_dtype=torch.bool)


@rule("torch.aten.leaky_relu", target=T)
def leaky_relu(cx, n):
    slope = n.const(1, "negative_slope") if len(n.operands) > 1 else 0.01

    def build(dt, t, x):
        b = tensor_of(shape(x), ir.IntegerType.get_signless(1))
        pos = tosa.GreaterOp(b, x, _c(0, t)).result
        return tosa.SelectOp(t, pos, x, mul(t, x, _c(slope, t))).result

    return elementwise(cx, n, [0], build)


@rule("torch.aten.clamp", "torch.aten.clamp_min", "torch.aten.clamp_max",
      "torch.aten.hardtanh", target=T)
def clamp(cx, n):
    if n.name == "torch.aten.clamp_min":
        lo, hi = n.const(1, "min"), None
    elif n.name == "torch.aten.clamp_max":
        lo, hi = None, n.const(1, "max")
    else:
        lo, hi = n.const(1, "min"), n.const(2, "max")
    return elementwise(cx, n, [0], lambda dt, t, x: _clamp(t, x, lo, hi),
                       compute=n.result_dtype())


@rule("torch.aten.clamp.Tensor", "torch.aten.clamp_min.Tensor", "torch.aten.clamp_max.Tensor",
      target=T)
def clamp_tensor(cx, n):
    if n.name.endswith("clamp.Tensor"):
        kinds = [k for k, i in (("min", 1), ("max", 2)) if n.operands[i] is not None]
    else:
        kinds = ["min" if "clamp_min" in n.name else "max"]
    idxs = [0] + [1 if k == "min" else 2 for k in kinds] if n.name.endswith("clamp.Tensor") \
        else [0, 1]

    def build(dt, t, x, *bounds):
        for k, b in zip(kinds, bounds):
            x = binary(tosa.MaximumOp if k == "min" else tosa.MinimumOp, x, b)
        return x

    return elementwise(cx, n, idxs, build)


# --- binary arithmetic ----------------------------------------------------------

def _alpha(n, i):
    alpha = n.operands[i] if len(n.operands) > i else 1
    if isinstance(alpha, ir.Value):
        raise Unsupported("a run-time alpha")
    return alpha


@rule("torch.aten.add.Tensor", "torch.aten.add.Scalar", "torch.aten.sub.Tensor",
      "torch.aten.sub.Scalar", "torch.aten.rsub.Scalar", "torch.aten.rsub.Tensor", target=T)
def add_sub(cx, n):
    alpha = _alpha(n, 2)
    op_cls = tosa.AddOp if ".add." in n.name else tosa.SubOp
    rsub = ".rsub." in n.name

    def build(dt, t, a, b):
        if rsub:
            a, b = b, a
        if dt == torch.bool:
            # torch: True + True is True (or); bool subtraction is an error.
            if op_cls is not tosa.AddOp or alpha != 1:
                raise Unsupported(f"{n.name} of bools")
            return binary(tosa.LogicalOrOp, a, b)
        if alpha != 1:
            scaled = _c(alpha if is_float(dt) else int(alpha), ir.RankedTensorType(b.type))
            b = binary(tosa.MulOp, b, scaled)
        return binary(op_cls, a, b)

    return elementwise(cx, n, [0, 1], build)


@rule("torch.aten.mul.Tensor", "torch.aten.mul.Scalar", target=T)
def mul_(cx, n):
    def build(dt, t, a, b):
        if dt == torch.bool:
            return binary(tosa.LogicalAndOp, a, b)
        return binary(tosa.MulOp, a, b)

    return elementwise(cx, n, [0, 1], build)


def _int_division(a, b, floor: bool):
    """(quotient, remainder) of integer tensors, rounded toward zero, or
    toward -inf (Python's // and %) when `floor`."""
    q = binary(tosa.IntDivOp, a, b)
    t = ir.RankedTensorType(q.type)
    r = binary(tosa.SubOp, a, binary(tosa.MulOp, q, b))
    if not floor:
        return q, r
    b1 = tensor_of(shape(r), ir.IntegerType.get_signless(1))
    r_neg = tosa.GreaterOp(b1, _c(0, t), r).result
    b_neg = binary(tosa.GreaterOp, _c(0, ir.RankedTensorType(b.type)), b,
                   ir.IntegerType.get_signless(1))
    nonzero = tosa.LogicalNotOp(b1, binary(tosa.EqualOp, r, _c(0, t),
                                           ir.IntegerType.get_signless(1))).result
    fix = tosa.LogicalAndOp(b1, nonzero, binary(tosa.LogicalXorOp, r_neg, b_neg)).result
    q = tosa.SelectOp(t, fix, tosa.SubOp(t, q, _c(1, t)).result, q).result
    r = tosa.SelectOp(t, fix, binary(tosa.AddOp, r, b), r).result
    return q, r


@rule("torch.aten.div.Tensor", "torch.aten.div.Scalar", "torch.aten.div.Tensor_mode",
      "torch.aten.div.Scalar_mode", "torch.aten.floor_divide", target=T)
def div(cx, n):
    mode = "floor" if n.name == "torch.aten.floor_divide" else \
        n.const(2, "rounding_mode") if "_mode" in n.name else None
    if mode is None:
        def build(dt, t, a, b):
            _float_only(dt, "true division")
            return binary(tosa.MulOp, a, tosa.ReciprocalOp(b.type, b).result)

        return elementwise(cx, n, [0, 1], build, kind="INT_TO_FLOAT")

    def build_mode(dt, t, a, b):
        if is_float(dt):
            # a * (1/b) can land just below an integer: floor/trunc of it
            # would be a wrong answer.
            raise Unsupported(f"rounding_mode='{mode}' on floats (TOSA has no exact "
                              "float division)")
        return _int_division(a, b, mode == "floor")[0]

    return elementwise(cx, n, [0, 1], build_mode)


@rule("torch.aten.remainder.Tensor", "torch.aten.remainder.Scalar", "torch.aten.fmod.Tensor",
      "torch.aten.fmod.Scalar", target=T)
def remainder(cx, n):
    floor = ".remainder." in n.name

    def build(dt, t, a, b):
        if is_float(dt):
            raise Unsupported(f"{n.name} on floats (TOSA has no exact float division)")
        return _int_division(a, b, floor)[1]

    return elementwise(cx, n, [0, 1], build)


@rule("torch.aten.pow.Tensor_Scalar", "torch.aten.pow.Tensor_Tensor", "torch.aten.pow.Scalar",
      target=T)
def pow_(cx, n):
    exp = n.operands[1]
    if n.name == "torch.aten.pow.Tensor_Scalar" and exp in (2, 2.0):
        return elementwise(cx, n, [0], lambda dt, t, x: binary(tosa.MulOp, x, x))

    def build(dt, t, a, b):
        _float_only(dt, "pow")
        return binary(tosa.PowOp, a, b)

    return elementwise(cx, n, [0, 1], build)


@rule("torch.aten.hypot", target=T)
def hypot(cx, n):
    def build(dt, t, a, b):
        _float_only(dt, "hypot")
        return _sqrt(t, binary(tosa.AddOp, binary(tosa.MulOp, a, a), binary(tosa.MulOp, b, b)))

    return elementwise(cx, n, [0, 1], build)


@rule("torch.aten.maximum", "torch.aten.minimum", target=T)
def maximum(cx, n):
    op_cls = tosa.MaximumOp if n.name.endswith("maximum") else tosa.MinimumOp
    return elementwise(cx, n, [0, 1], lambda dt, t, a, b: binary(op_cls, a, b))


# --- casts and identities -----------------------------------------------------------

@rule("torch.aten._to_copy", "torch.aten.to.dtype", "torch.aten.to.dtype_layout",
      "torch.prims.convert_element_type", "torch.aten.type_as", target=T)
def to_dtype(cx, n):
    x = n.operands[0]
    src, dst = n.dtype(0), n.result_dtype()
    if src is None or dst is None:
        raise Unsupported("a cast of a non-tensor")
    element_type(dst)  # Unsupported for dtypes with no TOSA element type
    return convert(x, src, dst)


@rule("torch.aten.clone", "torch.aten.detach", "torch.aten.alias", "torch.aten.lift_fresh_copy",
      "torch.aten.contiguous", "torch.aten.dropout", "torch.aten.copy", target=T)
def identity(cx, n):
    if n.name == "torch.aten.dropout" and n.operands[2] is True:
        raise Unsupported("dropout in training mode")
    if n.name == "torch.aten.copy":
        src, dst = n.dtype(1), n.result_dtype()
        x = n.operands[1]
        out = n.result_sizes()
        if -1 in out or -1 in shape(x):
            # A dynamic dim of src may be 1 where self's is not: the broadcast
            # is decided at run time, which TOSA's constant shapes cannot do.
            raise needs_static("a copy between tensors with dynamic dims")
        return expand_to(convert(x, src, dst), out, "a copy")
    return n.operands[0]
