"""StableHLO elementwise rules: unary and binary math, activations,
comparisons, logical ops, where/masked_fill/clamp, and dtype casts. Operands
are converted to torch's computation dtype and broadcast together
(common.elementwise); the result is converted to the op's result dtype."""

from __future__ import annotations

import math

import torch
from mlir import ir

from ..registry import Unsupported, rule
from . import emitter as hlo
from .common import (broadcast_all, broadcast_to, elementwise, et, is_float, scalar_tensor,
                     splat_like, tensor_of)

TARGET = "stablehlo"


def _chlo(name: str, x: ir.Value) -> ir.Value:
    # CHLO (StableHLO's companion dialect, read by every StableHLO consumer)
    # has the functions StableHLO leaves out, such as erf.
    return ir.Operation.create(f"chlo.{name}", results=[x.type], operands=[x]).result


def _unary(op_name: str, fn, kind: str = "INT_TO_FLOAT"):
    """Registers fn(dtype, x) -> value as the rule of the unary op `op_name`."""
    def lower(cx, n):
        return elementwise(n, [0], fn, kind=kind)

    rule(op_name, target=TARGET)(lower)


def _op(name):
    return lambda dt, x: hlo.unary(name, x)


def _gelu_erf(dt, x):
    half = splat_like(0.5, x)
    inner = hlo.binary("multiply", x, splat_like(1 / math.sqrt(2), x))
    cdf = hlo.binary("add", splat_like(1.0, x), _chlo("erf", inner))
    return hlo.binary("multiply", hlo.binary("multiply", half, x), cdf)


def _gelu_tanh(dt, x):
    cube = hlo.binary("multiply", hlo.binary("multiply", x, x), x)
    inner = hlo.binary("add", x, hlo.binary("multiply", splat_like(0.044715, x), cube))
    inner = hlo.binary("multiply", splat_like(math.sqrt(2 / math.pi), x), inner)
    t = hlo.binary("add", splat_like(1.0, x), hlo.unary("tanh", inner))
    return hlo.binary("multiply", hlo.binary("multiply", splat_like(0.5, x), x), t)


def _relu(dt, x):
    return hlo.binary("maximum", x, splat_like(0, x))


def _silu(dt, x):
    return hlo.binary("multiply", x, hlo.unary("logistic", x))


def _reciprocal(dt, x):
    return hlo.binary("divide", splat_like(1.0, x), x)


def _square(dt, x):
    return hlo.binary("multiply", x, x)


def _hardsigmoid(dt, x):
    y = hlo.binary("add", hlo.binary("divide", x, splat_like(6.0, x)), splat_like(0.5, x))
    return hlo.clamp(splat_like(0.0, x), y, splat_like(1.0, x))


def _hardswish(dt, x):
    return hlo.binary("multiply", x, _hardsigmoid(dt, x))


def _not(dt, x):
    if dt == torch.bool or not is_float(dt):
        return hlo.unary("not", x)
    raise Unsupported("bitwise_not of a float tensor")


def _logical_not(dt, x):
    return hlo.compare("EQ", x, splat_like(0, x))


_unary("torch.aten.exp", _op("exponential"))
_unary("torch.aten.expm1", _op("exponential_minus_one"))
_unary("torch.aten.log", _op("log"))
_unary("torch.aten.log1p", _op("log_plus_one"))
_unary("torch.aten.tanh", _op("tanh"))
_unary("torch.aten.sigmoid", _op("logistic"))
_unary("torch.aten.sqrt", _op("sqrt"))
_unary("torch.aten.rsqrt", _op("rsqrt"))
_unary("torch.aten.sin", _op("sine"))
_unary("torch.aten.cos", _op("cosine"))
_unary("torch.aten.tan", _op("tan"))
_unary("torch.aten.erf", lambda dt, x: _chlo("erf", x))
_unary("torch.aten.log2", lambda dt, x: hlo.binary(
    "divide", hlo.unary("log", x), splat_like(math.log(2.0), x)))
_unary("torch.aten.log10", lambda dt, x: hlo.binary(
    "divide", hlo.unary("log", x), splat_like(math.log(10.0), x)))
_unary("torch.aten.sinh", lambda dt, x: _chlo("sinh", x))
_unary("torch.aten.cosh", lambda dt, x: _chlo("cosh", x))
_unary("torch.aten.asin", lambda dt, x: _chlo("asin", x))
_unary("torch.aten.acos", lambda dt, x: _chlo("acos", x))
_unary("torch.aten.atan", lambda dt, x: _chlo("atan", x))
_unary("torch.aten.asinh", lambda dt, x: _chlo("asinh", x))
_unary("torch.aten.acosh", lambda dt, x: _chlo("acosh", x))
_unary("torch.aten.atanh", lambda dt, x: _chlo("atanh", x))
_unary("torch.aten.exp2", lambda dt, x: hlo.binary("power", splat_like(2.0, x), x))
_unary("torch.aten.reciprocal", _reciprocal)
_unary("torch.aten.silu", _silu)
_unary("torch.aten.hardsigmoid", _hardsigmoid)
_unary("torch.aten.hardswish", _hardswish)
_unary("torch.aten.abs", _op("abs"), kind="DEFAULT")
_unary("torch.aten.neg", _op("negate"), kind="DEFAULT")
_unary("torch.aten.sign", _op("sign"), kind="DEFAULT")
_unary("torch.aten.relu", _relu, kind="DEFAULT")
_unary("torch.aten.square", _square, kind="DEFAULT")
_unary("torch.aten.bitwise_not", _not, kind="DEFAULT")


def _float_rounding(name):
    def fn(dt, x):
        return hlo.unary(name, x) if is_float(dt) else x  # integers are already whole
    return fn


_unary("torch.aten.floor", _float_rounding("floor"), kind="DEFAULT")
_unary("torch.aten.ceil", _float_rounding("ceil"), kind="DEFAULT")
_unary("torch.aten.round", _float_rounding("round_nearest_even"), kind="DEFAULT")


def _trunc(dt, x):
    if not is_float(dt):
        return x
    return hlo.select(hlo.compare("LT", x, splat_like(0, x)), hlo.unary("ceil", x),
                      hlo.unary("floor", x))


_unary("torch.aten.trunc", _trunc, kind="DEFAULT")
_unary("torch.aten.fix", _trunc, kind="DEFAULT")


@rule("torch.aten.logical_not", target=TARGET)
def logical_not(cx, n):
    return hlo.convert(_logical_not(None, tensor_of(n, 0, n.dtype(0))), et(n.result_dtype()))


@rule("torch.aten.gelu", target=TARGET)
def gelu(cx, n):
    approximate = n.const(1, "approximate")
    if approximate not in ("none", "tanh"):
        raise Unsupported(f"gelu approximate='{approximate}'")
    return elementwise(n, [0], _gelu_erf if approximate == "none" else _gelu_tanh,
                       kind="INT_TO_FLOAT")


@rule("torch.aten.leaky_relu", target=TARGET)
def leaky_relu(cx, n):
    slope = n.const(1, "negative_slope")

    def fn(dt, x):
        neg = hlo.binary("multiply", x, splat_like(slope, x))
        return hlo.select(hlo.compare("GT", x, splat_like(0, x)), x, neg)

    return elementwise(n, [0], fn)


# --- binary arithmetic -------------------------------------------------------------

def _alpha(n, i):
    """The alpha operand (operand `i`) of add/sub, or 1."""
    return n.operands[i] if len(n.operands) > i else 1


def _add_sub(name: str, reverse: bool = False):
    def lower(cx, n):
        alpha = _alpha(n, 2)

        def fn(dt, x, y):
            if dt == torch.bool and name == "add":
                # bool + bool is logical or (IREE adds i1 modulo 2: 1 + 1 gave 0).
                return hlo.binary("or", x, y)
            if alpha != 1:
                y = hlo.binary("multiply", y, splat_like(alpha, y))
            return hlo.binary(name, y, x) if reverse else hlo.binary(name, x, y)

        return elementwise(n, [0, 1], fn)
    return lower


rule("torch.aten.add.Tensor", "torch.aten.add.Scalar", target=TARGET)(_add_sub("add"))
rule("torch.aten.sub.Tensor", "torch.aten.sub.Scalar", target=TARGET)(_add_sub("subtract"))
rule("torch.aten.rsub.Tensor", "torch.aten.rsub.Scalar", target=TARGET)(
    _add_sub("subtract", reverse=True))


def _binary(*op_names: str, name: str, kind: str = "DEFAULT"):
    def lower(cx, n):
        return elementwise(n, [0, 1], lambda dt, x, y: hlo.binary(name, x, y), kind=kind)

    rule(*op_names, target=TARGET)(lower)


@rule("torch.aten.mul.Tensor", "torch.aten.mul.Scalar", target=TARGET)
def mul(cx, n):
    # bool * bool is logical and, spelled out as add's or is.
    return elementwise(n, [0, 1], lambda dt, x, y: hlo.binary(
        "and" if dt == torch.bool else "multiply", x, y))


_binary("torch.aten.div.Tensor", "torch.aten.div.Scalar", name="divide", kind="INT_TO_FLOAT")
_binary("torch.aten.maximum", name="maximum")
_binary("torch.aten.minimum", name="minimum")
_binary("torch.aten.atan2", name="atan2", kind="INT_TO_FLOAT")
# stablehlo.remainder is C's fmod (the sign of the dividend).
_binary("torch.aten.fmod.Tensor", "torch.aten.fmod.Scalar", name="remainder")


@rule("torch.aten.remainder.Tensor", "torch.aten.remainder.Scalar", target=TARGET)
def remainder(cx, n):
    """Python's remainder: fmod, plus the divisor where the signs differ."""
    def fn(dt, x, y):
        r = hlo.binary("remainder", x, y)
        zero = splat_like(0, r)
        fix = hlo.binary("and", hlo.compare("NE", r, zero),
                         hlo.compare("NE", hlo.compare("LT", r, zero),
                                     hlo.compare("LT", y, zero)))
        return hlo.select(fix, hlo.binary("add", r, y), r)

    return elementwise(n, [0, 1], fn)
_binary("torch.aten.bitwise_and.Tensor", "torch.aten.bitwise_and.Scalar", name="and")
_binary("torch.aten.bitwise_or.Tensor", "torch.aten.bitwise_or.Scalar", name="or")
_binary("torch.aten.bitwise_xor.Tensor", "torch.aten.bitwise_xor.Scalar", name="xor")


@rule("torch.aten.pow.Tensor_Scalar", "torch.aten.pow.Tensor_Tensor", "torch.aten.pow.Scalar",
      target=TARGET)
def pow_(cx, n):
    exponent = n.operands[1]
    if n.dtype(1) is None and exponent == 2 and not isinstance(exponent, bool):
        return elementwise(n, [0, 1], lambda dt, x, y: hlo.binary("multiply", x, x))
    return elementwise(n, [0, 1], lambda dt, x, y: hlo.binary("power", x, y))


@rule("torch.aten.div.Tensor_mode", "torch.aten.div.Scalar_mode", target=TARGET)
def div_mode(cx, n):
    mode = n.const(2, "rounding_mode")

    def fn(dt, x, y):
        q = hlo.binary("divide", x, y)  # integer division truncates
        if mode is None or (mode == "trunc" and not is_float(dt)):
            return q
        if not is_float(dt):  # floor: one less where the exact quotient is negative
            r = hlo.binary("remainder", x, y)
            zero = splat_like(0, r)
            fix = hlo.binary("and", hlo.compare("NE", r, zero),
                             hlo.compare("NE", hlo.compare("LT", r, zero),
                                         hlo.compare("LT", y, zero)))
            return hlo.select(fix, hlo.binary("subtract", q, splat_like(1, q)), q)
        if mode == "floor":
            return hlo.unary("floor", q)
        return hlo.binary("multiply", hlo.unary("sign", q),
                          hlo.unary("floor", hlo.unary("abs", q)))

    return elementwise(n, [0, 1], fn, kind="INT_TO_FLOAT" if mode is None else "DEFAULT")


# --- comparisons and logical ops ---------------------------------------------------

def _compare(direction: str, *op_names: str):
    def lower(cx, n):
        return elementwise(n, [0, 1], lambda dt, x, y: hlo.compare(direction, x, y),
                           out_dtype=torch.bool)

    rule(*op_names, target=TARGET)(lower)


_compare("EQ", "torch.aten.eq.Tensor", "torch.aten.eq.Scalar")
_compare("NE", "torch.aten.ne.Tensor", "torch.aten.ne.Scalar")
_compare("LT", "torch.aten.lt.Tensor", "torch.aten.lt.Scalar")
_compare("LE", "torch.aten.le.Tensor", "torch.aten.le.Scalar")
_compare("GT", "torch.aten.gt.Tensor", "torch.aten.gt.Scalar")
_compare("GE", "torch.aten.ge.Tensor", "torch.aten.ge.Scalar")


def _logical(name: str, *op_names: str):
    def lower(cx, n):
        xs = broadcast_all([tensor_of(n, i, torch.bool) for i in (0, 1)])
        return hlo.convert(hlo.binary(name, *xs), et(n.result_dtype()))

    rule(*op_names, target=TARGET)(lower)


_logical("and", "torch.aten.logical_and")
_logical("or", "torch.aten.logical_or")
_logical("xor", "torch.aten.logical_xor")


# --- select, clamp ----------------------------------------------------------------

@rule("torch.aten.where.self", "torch.aten.where.Scalar", "torch.aten.where.ScalarSelf",
      "torch.aten.where.ScalarOther", target=TARGET)
def where(cx, n):
    return _select_with(n, tensor_of(n, 0, torch.bool), 1, 2, n.result_dtype())


@rule("torch.aten.masked_fill.Scalar", "torch.aten.masked_fill.Tensor", target=TARGET)
def masked_fill(cx, n):
    return _select_with(n, tensor_of(n, 1, torch.bool), 2, 0, n.result_dtype())


def _select_with(n, cond, i_true, i_false, out):
    c, x, y = broadcast_all([cond, tensor_of(n, i_true, out), tensor_of(n, i_false, out)])
    return hlo.select(c, x, y)


@rule("torch.aten.clamp", "torch.aten.clamp.Tensor", "torch.aten.clamp_min",
      "torch.aten.clamp_min.Tensor", "torch.aten.clamp_max", "torch.aten.clamp_max.Tensor",
      "torch.aten.hardtanh", target=TARGET)
def clamp(cx, n):
    if n.name.startswith("torch.aten.clamp_min"):
        lo, hi = n.operands[1], None
    elif n.name.startswith("torch.aten.clamp_max"):
        lo, hi = None, n.operands[1]
    else:
        lo, hi = n.operands[1], n.operands[2]
    out = n.result_dtype()
    x = tensor_of(n, 0, out)
    bounds = [(b, name) for b, name in ((lo, "maximum"), (hi, "minimum")) if b is not None]
    for b, name in bounds:
        b = scalar_tensor(b, out) if not isinstance(b, ir.Value) or \
            not isinstance(b.type, ir.RankedTensorType) else hlo.convert(b, et(out))
        x, b = broadcast_all([x, b])
        x = hlo.binary(name, x, b)
    return x


# --- casts and copies ---------------------------------------------------------------

@rule("torch.aten._to_copy", "torch.aten.to.dtype", "torch.aten.to.dtype_layout",
      "torch.aten.to.device", "torch.aten.type_as", target=TARGET)
def to_dtype(cx, n):
    et(n.dtype(0))
    return hlo.convert(n.operands[0], et(n.result_dtype()))


@rule("torch.aten.clone", "torch.aten.contiguous", "torch.aten.detach", "torch.aten.alias",
      "torch.aten.lift_fresh_copy", "torch.aten.lift_fresh", "torch.aten.copy",
      target=TARGET)
def copy(cx, n):
    if n.name == "torch.aten.copy":
        return elementwise(n, [1], lambda dt, x: x, compute=n.result_dtype()) \
            if n.sizes(0) == n.sizes(1) else _copy_broadcast(n)
    return n.operands[0]


def _copy_broadcast(n):
    src = hlo.convert(n.operands[1], et(n.result_dtype()))
    sizes = [(n.operands[0], i) if s == -1 else s for i, s in enumerate(n.sizes(0))]
    return broadcast_to(src, sizes)


@rule("torch.aten.feature_dropout", target=TARGET)
def feature_dropout(cx, n):
    if n.const(2, "train") and n.const(1, "p") != 0:
        raise Unsupported("feature dropout in training mode (whole channels at random)")
    return n.operands[0]
