"""Elementwise ops: unary/binary/ternary math, where/clamp/masked_fill,
activations, casts (comparisons, logical, bitwise and shift ops are in
logical.py, built on `ew` here). Each lowers to one
broadcasting linalg.generic (common.elementwise); type promotion follows
torch's own rules (torch._prims_common.elementwise_dtypes) on the operand
dtypes, and the body computes in torch's computation dtype (f32 for f16)."""

from __future__ import annotations

import math as pymath

import torch
from mlir import ir
from mlir.dialects import arith, math

from ..registry import Unsupported, rule
from ..shared import python_remainder
from .common import (COMPLEX_BODIES, component_dtype, convert_scalar, element_type, elementwise,
                     is_float, is_unsigned, scalar_constant, scalar_dtype)


def operand_dtypes(n, idxs) -> list:
    out = []
    for i in idxs:
        d = n.dtype(i)
        out.append(d if d is not None else scalar_dtype(n.operands[i]))
    return out


def promote(n, idxs, kind="DEFAULT") -> tuple[torch.dtype, torch.dtype]:
    """(computation dtype, result dtype) of torch's promotion over the
    operands `idxs` (tensors by dtype and rank, scalars by kind)."""
    from torch._prims_common import ELEMENTWISE_TYPE_PROMOTION_KIND, elementwise_dtypes

    args = []
    for i in idxs:
        d = n.dtype(i)
        if d is not None:
            rank = len(n.sizes(i))
            args.append(torch.empty((1,) * rank, dtype=d, device="meta"))
        else:
            sd = scalar_dtype(n.operands[i])
            args.append({torch.bool: False, torch.int64: 1, torch.float64: 1.0}[sd])
    return elementwise_dtypes(*args, type_promotion_kind=getattr(
        ELEMENTWISE_TYPE_PROMOTION_KIND, kind))


def ew(cx, n, idxs, fn, compute=None, kind="DEFAULT", out_dtype=None):
    """Lowers op `n` as fn(compute_dtype, *scalars) over operands `idxs`,
    converting operands to the computation dtype and the result to the
    op's result dtype."""
    cdt, _ = promote(n, idxs, kind)
    cdt = compute or cdt
    out = out_dtype or n.result_dtype()
    dts = operand_dtypes(n, idxs)
    # Python numbers become constants of the computation dtype directly
    # (no conversion in the loop body).
    dts = [cdt if _const_fits(n.operands[i], cdt) else d for i, d in zip(idxs, dts)]
    if cdt.is_complex:  # the op's complex body, or an error naming it
        if n.name not in COMPLEX_BODIES:
            raise Unsupported(f"{n.name.removeprefix('torch.')} on {cdt} operands")
        fn = COMPLEX_BODIES[n.name](n)

    def body(*xs):
        xs = [convert_scalar(x, d, cdt) for x, d in zip(xs, dts)]
        r = fn(cdt, *xs)
        rdt = torch.bool if isinstance(r.type, ir.IntegerType) and \
            ir.IntegerType(r.type).width == 1 and cdt != torch.bool else cdt
        if isinstance(r.type, ir.FloatType) and cdt.is_complex:  # abs, angle
            rdt = component_dtype(cdt)
        return convert_scalar(r, rdt, out)

    return elementwise(cx, n, [n.operands[i] for i in idxs], dts, body, out_dtype=out)


def _const_fits(v, dtype) -> bool:
    """Whether Python number `v` converts exactly (as torch would) to a
    constant of `dtype` by scalar_constant."""
    if isinstance(v, ir.Value) or v is None or isinstance(v, (str, list, tuple)):
        return False
    if is_float(dtype):
        return True
    if dtype == torch.bool or dtype.is_complex or isinstance(v, float):
        return False
    info = torch.iinfo(dtype)
    return info.min <= int(v) <= info.max


def const(value, dtype) -> ir.Value:
    return scalar_constant(value, element_type(dtype))


# --- unary ---------------------------------------------------------------------

def _float_only(build):
    def fn(dt, *xs):
        if not is_float(dt):
            raise Unsupported(f"needs floating-point operands, got {dt}")
        return build(dt, *xs)
    return fn


def _sigmoid(dt, x):
    one = const(1.0, dt)
    return arith.DivFOp(one, arith.AddFOp(one, math.ExpOp(arith.NegFOp(x).result).result)
                        .result).result


def _abs(dt, x):
    if is_float(dt):
        return math.AbsFOp(x).result
    if is_unsigned(dt):
        return x
    return math.AbsIOp(x).result


def _neg(dt, x):
    if is_float(dt):
        return arith.NegFOp(x).result
    return arith.SubIOp(const(0, dt), x).result


def _sign(dt, x):
    if dt == torch.bool:
        return x
    zero = const(0, dt)
    if is_float(dt):
        pos = arith.CmpFOp(arith.CmpFPredicate.OGT, x, zero).result
        neg = arith.CmpFOp(arith.CmpFPredicate.OLT, x, zero).result
        # sign(nan) is 0 in torch (both comparisons are false).
        return arith.SubFOp(arith.UIToFPOp(x.type, pos).result,
                            arith.UIToFPOp(x.type, neg).result).result
    pos = arith.CmpIOp(arith.CmpIPredicate.sgt, x, zero).result
    neg = arith.CmpIOp(arith.CmpIPredicate.slt, x, zero).result
    return arith.SubIOp(arith.ExtUIOp(x.type, pos).result, arith.ExtUIOp(x.type, neg).result
                        ).result


def _round_int_ok(build):
    """floor/ceil/round/trunc are the identity on integers."""
    def fn(dt, x):
        return build(x).result if is_float(dt) else x
    return fn


def _erf(dt, x):
    """erf, with |x| clamped to 6 first: erf(6) is 1 in f64 (and f32), and
    polynomial approximations of erf may give nan at +-inf."""
    return math.ErfOp(_clamp_f(x, const(-6.0, dt), const(6.0, dt))).result


def _relu(dt, x):
    zero = const(0, dt)
    if is_float(dt):
        # max(x, 0) that keeps nan: select(x > 0, x, 0) drops it, as torch does not.
        keep = arith.CmpFOp(arith.CmpFPredicate.UGT, x, zero).result
        return arith.SelectOp(keep, x, zero).result
    return arith.MaxSIOp(x, zero).result


def _gelu(approximate: str):
    def fn(dt, x):
        half, one = const(0.5, dt), const(1.0, dt)
        if approximate == "tanh":
            k = const(pymath.sqrt(2.0 / pymath.pi), dt)
            cube = arith.MulFOp(arith.MulFOp(x, x).result, x).result
            inner = arith.MulFOp(k, arith.AddFOp(
                x, arith.MulFOp(const(0.044715, dt), cube).result).result).result
            t = math.TanhOp(inner).result
        else:
            t = _erf(dt, arith.MulFOp(x, const(1.0 / pymath.sqrt(2.0), dt)).result)
        return arith.MulFOp(arith.MulFOp(half, x).result, arith.AddFOp(one, t).result).result
    return fn


def _silu(dt, x):
    return arith.MulFOp(x, _sigmoid(dt, x)).result


def _hardsigmoid(dt, x):
    r = arith.DivFOp(arith.AddFOp(x, const(3.0, dt)).result, const(6.0, dt)).result
    return _clamp_f(r, const(0.0, dt), const(1.0, dt))


def _hardswish(dt, x):
    return arith.MulFOp(x, _hardsigmoid(dt, x)).result


def _clamp_f(x, lo, hi):
    if lo is not None:
        x = arith.SelectOp(arith.CmpFOp(arith.CmpFPredicate.OLT, x, lo).result, lo, x).result
    if hi is not None:
        x = arith.SelectOp(arith.CmpFOp(arith.CmpFPredicate.OGT, x, hi).result, hi, x).result
    return x


def _clamp_i(x, lo, hi, unsigned=False):
    if lo is not None:
        x = (arith.MaxUIOp if unsigned else arith.MaxSIOp)(x, lo).result
    if hi is not None:
        x = (arith.MinUIOp if unsigned else arith.MinSIOp)(x, hi).result
    return x


def _clamp(dt, x, lo, hi):
    if is_float(dt):
        return _clamp_f(x, lo, hi)
    return _clamp_i(x, lo, hi, is_unsigned(dt))


_UNARY_FLOAT = {
    "torch.aten.exp": math.ExpOp,
    "torch.aten.exp2": math.Exp2Op,
    "torch.aten.expm1": math.ExpM1Op,
    "torch.aten.log": math.LogOp,
    "torch.aten.log2": math.Log2Op,
    "torch.aten.log10": math.Log10Op,
    "torch.aten.log1p": math.Log1pOp,
    "torch.aten.sqrt": math.SqrtOp,
    "torch.aten.rsqrt": math.RsqrtOp,
    "torch.aten.sin": math.SinOp,
    "torch.aten.cos": math.CosOp,
    "torch.aten.tan": math.TanOp,
    "torch.aten.asin": math.AsinOp,
    "torch.aten.acos": math.AcosOp,
    "torch.aten.atan": math.AtanOp,
    "torch.aten.sinh": math.SinhOp,
    "torch.aten.cosh": math.CoshOp,
    "torch.aten.tanh": math.TanhOp,
    "torch.aten.asinh": math.AsinhOp,
    "torch.aten.acosh": math.AcoshOp,
    "torch.aten.atanh": math.AtanhOp,
}


def _unary_rule(name: str, fn, kind: str = "INT_TO_FLOAT"):
    """Registers the elementwise rule of the unary op `name` (a full op name)."""
    @rule(name)
    def lower(cx, n):
        return ew(cx, n, [0], fn, kind=kind)
    lower.__name__ = name.removeprefix("torch.aten.")
    return lower


for _name, _op in _UNARY_FLOAT.items():
    _unary_rule(_name, _float_only(lambda dt, x, _op=_op: _op(x).result))

_unary_rule("torch.aten.sigmoid", _float_only(_sigmoid))
_unary_rule("torch.aten.erf", _float_only(lambda dt, x: _erf(dt, x)))
_unary_rule("torch.aten.abs", _abs, "DEFAULT")
_unary_rule("torch.aten.neg", _neg, "DEFAULT")
_unary_rule("torch.aten.sign", _sign, "DEFAULT")
_unary_rule("torch.aten.floor", _round_int_ok(math.FloorOp), "DEFAULT")
_unary_rule("torch.aten.ceil", _round_int_ok(math.CeilOp), "DEFAULT")
_unary_rule("torch.aten.round", _round_int_ok(math.RoundEvenOp), "DEFAULT")
_unary_rule("torch.aten.trunc", _round_int_ok(math.TruncOp), "DEFAULT")
_unary_rule("torch.aten.frac",
            _float_only(lambda dt, x: arith.SubFOp(x, math.TruncOp(x).result).result), "DEFAULT")
_unary_rule("torch.aten.reciprocal",
            _float_only(lambda dt, x: arith.DivFOp(const(1.0, dt), x).result))
_unary_rule("torch.aten.square",
            lambda dt, x: (arith.MulFOp if is_float(dt) else arith.MulIOp)(x, x).result, "DEFAULT")
_unary_rule("torch.aten.relu", _relu, "DEFAULT")
_unary_rule("torch.aten.silu", _float_only(_silu), "DEFAULT")
_unary_rule("torch.aten.hardsigmoid", _float_only(_hardsigmoid), "DEFAULT")
_unary_rule("torch.aten.hardswish", _float_only(_hardswish), "DEFAULT")
_unary_rule("torch.aten.mish", _float_only(lambda dt, x: arith.MulFOp(x, math.TanhOp(
    math.Log1pOp(math.ExpOp(x).result).result).result).result), "DEFAULT")
_unary_rule("torch.aten.bitwise_not", lambda dt, x: arith.XOrIOp(
    x, const(1 if dt == torch.bool else -1, dt)).result, "DEFAULT")
_unary_rule("torch.aten.isnan", lambda dt, x: arith.CmpFOp(arith.CmpFPredicate.UNO, x, x).result
            if is_float(dt) else const(False, torch.bool), "ALWAYS_BOOL")
_unary_rule("torch.aten.isinf", lambda dt, x: arith.CmpFOp(
    arith.CmpFPredicate.OEQ, math.AbsFOp(x).result, const(float("inf"), dt)).result
    if is_float(dt) else const(False, torch.bool), "ALWAYS_BOOL")


_unary_rule("torch.aten.erfc", _float_only(lambda dt, x: math.ErfcOp(x).result))


def _angle(dt, x):
    """angle of a real number (ints computed as floats): pi below 0, else 0
    (-0.0 too); NaN stays NaN."""
    neg = arith.CmpFOp(arith.CmpFPredicate.OLT, x, const(0.0, dt)).result
    a = arith.SelectOp(neg, const(3.141592653589793, dt), const(0.0, dt)).result
    return arith.SelectOp(arith.CmpFOp(arith.CmpFPredicate.UNO, x, x).result, x, a).result


_unary_rule("torch.aten.angle", _float_only(_angle))


def _signbit(dt, x):
    if is_float(dt):
        # The sign bit itself: signbit(-0.0) and signbit(-nan) are true.
        width = ir.FloatType(x.type).width
        i = arith.BitcastOp(ir.IntegerType.get_signless(width), x).result
        return arith.CmpIOp(arith.CmpIPredicate.slt, i, _int_c(0, width)).result
    if is_unsigned(dt):
        return const(False, torch.bool)
    return arith.CmpIOp(arith.CmpIPredicate.slt, x, const(0, dt)).result


def _int_c(value: int, width: int) -> ir.Value:
    return arith.ConstantOp(ir.IntegerType.get_signless(width), value).result


_unary_rule("torch.aten.signbit", _signbit, "ALWAYS_BOOL")


@rule("torch.aten.round.decimals")
def round_decimals(cx, n):
    decimals = n.const(1, "decimals")
    # torch's 10**|decimals| in the dtype is inf when it overflows (the
    # result is then nan, as eager gives).
    scale = 10.0 ** abs(decimals) if abs(decimals) <= 308 else float("inf")

    def fn(dt, x):
        if not is_float(dt):
            return x
        k = const(scale, dt)
        if decimals >= 0:
            return arith.DivFOp(math.RoundEvenOp(arith.MulFOp(x, k).result).result, k).result
        return arith.MulFOp(math.RoundEvenOp(arith.DivFOp(x, k).result).result, k).result
    return ew(cx, n, [0], fn, kind="DEFAULT")


@rule("torch.aten.logical_not")
def logical_not(cx, n):
    dts = operand_dtypes(n, [0])

    def body(x):
        b = convert_scalar(x, dts[0], torch.bool)
        r = arith.XOrIOp(b, const(True, torch.bool)).result
        return convert_scalar(r, torch.bool, n.result_dtype())

    return elementwise(cx, n, [n.operands[0]], dts, body)


@rule("torch.aten.gelu")
def gelu(cx, n):
    approximate = n.operands[1] if len(n.operands) > 1 else "none"
    return ew(cx, n, [0], _float_only(_gelu(approximate)))


@rule("torch.aten.leaky_relu")
def leaky_relu(cx, n):
    slope = n.const(1, "negative_slope") if len(n.operands) > 1 else 0.01

    def fn(dt, x):
        neg = arith.MulFOp(x, const(slope, dt)).result
        keep = arith.CmpFOp(arith.CmpFPredicate.UGT, x, const(0.0, dt)).result
        return arith.SelectOp(keep, x, neg).result
    return ew(cx, n, [0], _float_only(fn))


@rule("torch.aten.elu")
def elu(cx, n):
    alpha, scale, input_scale = (n.const(i) for i in (1, 2, 3))

    def scaled(x, k, dt):
        return x if k == 1 else arith.MulFOp(x, const(k, dt)).result

    def fn(dt, x):
        zero = const(0.0, dt)
        em1 = math.ExpM1Op(scaled(x, input_scale, dt)).result
        neg = scaled(em1, alpha * scale, dt)
        pos = scaled(x, scale, dt)
        return arith.SelectOp(arith.CmpFOp(arith.CmpFPredicate.UGT, x, zero).result,
                              pos, neg).result
    return ew(cx, n, [0], _float_only(fn))


@rule("torch.aten.softplus")
def softplus(cx, n):
    beta, threshold = n.const(1, "beta"), n.const(2, "threshold")

    def fn(dt, x):
        bx = arith.MulFOp(x, const(beta, dt)).result
        soft = arith.DivFOp(math.Log1pOp(math.ExpOp(bx).result).result, const(beta, dt)).result
        big = arith.CmpFOp(arith.CmpFPredicate.OGT, bx, const(threshold, dt)).result
        return arith.SelectOp(big, x, soft).result
    return ew(cx, n, [0], _float_only(fn))


@rule("torch.aten.hardtanh")
def hardtanh(cx, n):
    lo, hi = n.const(1, "min_val"), n.const(2, "max_val")
    return ew(cx, n, [0], lambda dt, x: _clamp(dt, x, const(lo, dt), const(hi, dt)))


@rule("torch.aten.threshold")
def threshold(cx, n):
    def fn(dt, x, th, value):
        le = arith.CmpFOp(arith.CmpFPredicate.OLE, x, th).result if is_float(dt) else \
            arith.CmpIOp(arith.CmpIPredicate.sle, x, th).result
        return arith.SelectOp(le, value, x).result
    return ew(cx, n, [0, 1, 2], fn, compute=n.dtype(0))


# --- binary --------------------------------------------------------------------

def _alpha_apply(dt, y, alpha):
    """`alpha * y`; a run-time alpha is a value of dtype `dt` (see _add_sub)."""
    if not isinstance(alpha, ir.Value):
        if alpha is None or alpha == 1:
            return y
        alpha = const(alpha, dt)
    return (arith.MulFOp if is_float(dt) else arith.MulIOp)(y, alpha).result


def _add_sub(sub: bool, reverse: bool = False):
    def lower(cx, n):
        alpha = n.operands[2] if len(n.operands) > 2 else 1
        # A run-time alpha (Lazy Tensor Core passes scalars as inputs) is one
        # more scalar operand of the loop body.
        run_time = isinstance(alpha, ir.Value)

        def fn(dt, x, y, *run_time_alpha):
            if reverse:
                x, y = y, x
            y = _alpha_apply(dt, y, run_time_alpha[0] if run_time else alpha)
            if dt == torch.bool:
                if sub:
                    raise Unsupported("subtraction of bools")
                return arith.OrIOp(x, y).result
            if is_float(dt):
                return (arith.SubFOp if sub else arith.AddFOp)(x, y).result
            return (arith.SubIOp if sub else arith.AddIOp)(x, y).result
        return ew(cx, n, [0, 1, 2] if run_time else [0, 1], fn)
    return lower


rule("torch.aten.add.Tensor", "torch.aten.add.Scalar")(_add_sub(False))
rule("torch.aten.sub.Tensor", "torch.aten.sub.Scalar")(_add_sub(True))
rule("torch.aten.rsub.Scalar", "torch.aten.rsub.Tensor")(_add_sub(True, reverse=True))


def _mul(dt, x, y):
    if dt == torch.bool:
        return arith.AndIOp(x, y).result
    return (arith.MulFOp if is_float(dt) else arith.MulIOp)(x, y).result


@rule("torch.aten.mul.Tensor", "torch.aten.mul.Scalar")
def mul(cx, n):
    return ew(cx, n, [0, 1], _mul)


def _nonzero_divisor(dt, y):
    """An integer divisor with 0 replaced by 1: integer division by zero
    traps on some CPUs (torch raises instead; the result is unspecified
    here, but the process survives)."""
    owner = y.owner
    if isinstance(owner, ir.OpView) and owner.operation.name == "arith.constant":
        value = owner.operation.attributes["value"]
        if isinstance(value, ir.IntegerAttr) and ir.IntegerAttr(value).value != 0:
            return y  # a nonzero constant
    zero = arith.CmpIOp(arith.CmpIPredicate.eq, y, const(0, dt)).result
    return arith.SelectOp(zero, const(1, dt), y).result


def _floor_div_int(dt, x, y):
    y = _nonzero_divisor(dt, y)
    if is_unsigned(dt):
        return arith.DivUIOp(x, y).result
    return arith.FloorDivSIOp(x, y).result


def _floor_div_float(dt, x, y):
    """torch's floor division of floats (as Python's): from fmod, so that
    1.0 // 0.1 is 9, not floor(1.0 / 0.1) = 10."""
    zero, one = const(0.0, dt), const(1.0, dt)
    q = arith.DivFOp(x, y).result
    mod = arith.RemFOp(x, y).result
    div = arith.DivFOp(arith.SubFOp(x, mod).result, y).result
    mod_nz = arith.CmpFOp(arith.CmpFPredicate.UNE, mod, zero).result
    signs_differ = arith.XOrIOp(arith.CmpFOp(arith.CmpFPredicate.OLT, y, zero).result,
                                arith.CmpFOp(arith.CmpFPredicate.OLT, mod, zero).result).result
    div = arith.SelectOp(arith.AndIOp(mod_nz, signs_differ).result,
                         arith.SubFOp(div, one).result, div).result
    floor = math.FloorOp(div).result
    round_up = arith.CmpFOp(arith.CmpFPredicate.OGT, arith.SubFOp(div, floor).result,
                            const(0.5, dt)).result
    floor = arith.SelectOp(round_up, arith.AddFOp(floor, one).result, floor).result
    div_zero = arith.CmpFOp(arith.CmpFPredicate.OEQ, div, zero).result
    result = arith.SelectOp(div_zero, math.CopySignOp(zero, q).result, floor).result
    # Division by zero: the plain quotient (inf or nan).
    y_zero = arith.CmpFOp(arith.CmpFPredicate.OEQ, y, zero).result
    return arith.SelectOp(y_zero, q, result).result


def _div_mode(mode):
    def fn(dt, x, y):
        if is_float(dt):
            if mode == "floor":
                return _floor_div_float(dt, x, y)
            q = arith.DivFOp(x, y).result
            if mode == "trunc":
                return math.TruncOp(q).result
            return q
        if mode == "trunc":
            y = _nonzero_divisor(dt, y)
            return (arith.DivUIOp if is_unsigned(dt) else arith.DivSIOp)(x, y).result
        return _floor_div_int(dt, x, y)
    return fn


@rule("torch.aten.div.Tensor", "torch.aten.div.Scalar")
def div(cx, n):
    return ew(cx, n, [0, 1], _div_mode(None), kind="INT_TO_FLOAT")


@rule("torch.aten.div.Tensor_mode", "torch.aten.div.Scalar_mode")
def div_mode(cx, n):
    mode = n.operands[2]
    if mode is None:
        return ew(cx, n, [0, 1], _div_mode(None), kind="INT_TO_FLOAT")
    return ew(cx, n, [0, 1], _div_mode(mode))


@rule("torch.aten.floor_divide", "torch.aten.floor_divide.Scalar")
def floor_divide(cx, n):
    return ew(cx, n, [0, 1], _div_mode("floor"))


def _remainder(dt, x, y):
    if is_float(dt):
        return python_remainder(x, y, const(0.0, dt), True)
    y = _nonzero_divisor(dt, y)
    if is_unsigned(dt):
        return arith.RemUIOp(x, y).result
    return python_remainder(x, y, const(0, dt), False)


@rule("torch.aten.remainder.Tensor", "torch.aten.remainder.Scalar")
def remainder(cx, n):
    return ew(cx, n, [0, 1], _remainder)


@rule("torch.aten.fmod.Tensor", "torch.aten.fmod.Scalar")
def fmod(cx, n):
    def fn(dt, x, y):
        if is_float(dt):
            return arith.RemFOp(x, y).result
        y = _nonzero_divisor(dt, y)
        return (arith.RemUIOp if is_unsigned(dt) else arith.RemSIOp)(x, y).result
    return ew(cx, n, [0, 1], fn)


def _ipow_const(dt, x, e: int):
    """x ** e for an integer x and a constant e >= 0, by repeated squaring."""
    result, base = None, x
    while e:
        if e & 1:
            result = base if result is None else arith.MulIOp(result, base).result
        e >>= 1
        if e:
            base = arith.MulIOp(base, base).result
    return result if result is not None else const(1, dt)


def _ipow(dt, x, e):
    """x ** e for integers (torch's semantics for e < 0: 1 ** e = 1,
    (-1) ** e = +-1, else 0), by square-and-multiply over the exponent's
    bits (an scf.for of the bit width)."""
    from mlir.dialects import scf

    if dt == torch.bool:
        raise Unsupported("pow of bool tensors")
    one, zero = const(1, dt), const(0, dt)
    width = ir.IntegerType(x.type).width
    loop = scf.ForOp(_index(0), _index(width), _index(1), [one, x, e])
    with ir.InsertionPoint(loop.body):
        r, b, k = loop.inner_iter_args
        odd = arith.CmpIOp(arith.CmpIPredicate.ne, arith.AndIOp(k, one).result, zero).result
        r = arith.SelectOp(odd, arith.MulIOp(r, b).result, r).result
        scf.YieldOp([r, arith.MulIOp(b, b).result, arith.ShRUIOp(k, one).result])
    result = loop.results[0]
    if is_unsigned(dt):
        return result
    # Negative exponents: 1 -> 1, -1 -> -1 for odd e else 1, anything else -> 0.
    minus_one = const(-1, dt)
    odd = arith.CmpIOp(arith.CmpIPredicate.ne, arith.AndIOp(e, one).result, zero).result
    neg_one_pow = arith.SelectOp(odd, minus_one, one).result
    is_one = arith.CmpIOp(arith.CmpIPredicate.eq, x, one).result
    is_minus_one = arith.CmpIOp(arith.CmpIPredicate.eq, x, minus_one).result
    neg_result = arith.SelectOp(is_one, one, arith.SelectOp(
        is_minus_one, neg_one_pow, zero).result).result
    negative = arith.CmpIOp(arith.CmpIPredicate.slt, e, zero).result
    return arith.SelectOp(negative, neg_result, result).result


def _index(v: int) -> ir.Value:
    return arith.ConstantOp(ir.IndexType.get(), v).result


def _pow(dt, x, y):
    if is_float(dt):
        return math.PowFOp(x, y).result
    return _ipow(dt, x, y)


@rule("torch.aten.pow.Tensor_Scalar", "torch.aten.pow.Tensor_Tensor", "torch.aten.pow.Scalar")
def pow_(cx, n):
    exponent = n.operands[1]
    out = n.result_dtype()
    if out.is_complex:  # COMPLEX_BODIES' complex.pow
        return ew(cx, n, [0, 1], None)
    if n.name == "torch.aten.pow.Tensor_Scalar" and not isinstance(exponent, ir.Value):
        e = float(exponent)
        if not is_float(out):
            if isinstance(exponent, bool) or not isinstance(exponent, int):
                raise Unsupported(f"integer pow with exponent {exponent!r}")
            if exponent < 0:
                raise Unsupported("integers to negative integer powers are not allowed")
            return ew(cx, n, [0], lambda dt, x: _ipow_const(dt, x, exponent), compute=out)
        special = {2.0: lambda dt, x: arith.MulFOp(x, x).result,
                   1.0: lambda dt, x: x,
                   0.5: lambda dt, x: math.SqrtOp(x).result,
                   -1.0: lambda dt, x: arith.DivFOp(const(1.0, dt), x).result}
        if e in special:
            return ew(cx, n, [0], special[e], compute=out)
        if e.is_integer() and abs(e) < 2**31:
            i = int(e)
            return ew(cx, n, [0], lambda dt, x: math.FPowIOp(
                x, scalar_constant(i, ir.IntegerType.get_signless(32))).result, compute=out)
    return ew(cx, n, [0, 1], _pow)


@rule("torch.aten.atan2")
def atan2(cx, n):
    return ew(cx, n, [0, 1], _float_only(lambda dt, x, y: math.Atan2Op(x, y).result),
               kind="INT_TO_FLOAT")


def _extremum(cx, n, is_max: bool, float_op):
    """Elementwise max (`is_max`) or min: `float_op` on floats, the unsigned or
    signed integer max/min otherwise."""
    def fn(dt, x, y):
        if is_float(dt):
            return float_op(x, y).result
        if is_unsigned(dt):
            return (arith.MaxUIOp if is_max else arith.MinUIOp)(x, y).result
        return (arith.MaxSIOp if is_max else arith.MinSIOp)(x, y).result
    return ew(cx, n, [0, 1], fn)


@rule("torch.aten.maximum", "torch.aten.minimum")
def max_min(cx, n):
    is_max = n.name.endswith("maximum")
    return _extremum(cx, n, is_max, arith.MaximumFOp if is_max else arith.MinimumFOp)


@rule("torch.aten.fmax", "torch.aten.fmin")
def fmax_fmin(cx, n):
    """maximum/minimum that ignore nan (nan only if both are nan)."""
    is_max = n.name.endswith("fmax")
    return _extremum(cx, n, is_max, arith.MaxNumFOp if is_max else arith.MinNumFOp)


@rule("torch.aten.copysign.Tensor", "torch.aten.copysign.Scalar")
def copysign(cx, n):
    return ew(cx, n, [0, 1], _float_only(lambda dt, x, y: math.CopySignOp(x, y).result),
               kind="INT_TO_FLOAT")


@rule("torch.aten.hypot")
def hypot(cx, n):
    def fn(dt, x, y):
        # sqrt(x^2 + y^2), scaled by max(|x|, |y|) so that squares neither
        # overflow nor underflow; inf wins over nan as in C's hypot.
        ax, ay = math.AbsFOp(x).result, math.AbsFOp(y).result
        big = arith.MaximumFOp(ax, ay).result
        small = arith.MinimumFOp(ax, ay).result
        zero = const(0.0, dt)
        is_zero = arith.CmpFOp(arith.CmpFPredicate.OEQ, big, zero).result
        ratio = arith.DivFOp(small, arith.SelectOp(is_zero, const(1.0, dt), big).result).result
        r = arith.MulFOp(big, math.SqrtOp(arith.AddFOp(
            const(1.0, dt), arith.MulFOp(ratio, ratio).result).result).result).result
        inf = const(float("inf"), dt)
        any_inf = arith.OrIOp(arith.CmpFOp(arith.CmpFPredicate.OEQ, ax, inf).result,
                              arith.CmpFOp(arith.CmpFPredicate.OEQ, ay, inf).result).result
        return arith.SelectOp(any_inf, inf, r).result
    return ew(cx, n, [0, 1], _float_only(fn), kind="INT_TO_FLOAT")


@rule("torch.aten.where.self", "torch.aten.where.ScalarSelf", "torch.aten.where.ScalarOther",
      "torch.aten.where.Scalar")
def where(cx, n):
    cdt, _ = promote(n, [1, 2])
    dts = operand_dtypes(n, [0, 1, 2])
    out = n.result_dtype()

    def body(c, x, y):
        c = convert_scalar(c, dts[0], torch.bool)
        x = convert_scalar(x, dts[1], out)
        y = convert_scalar(y, dts[2], out)
        return arith.SelectOp(c, x, y).result
    return elementwise(cx, n, n.operands[:3], dts, body)


@rule("torch.aten.masked_fill.Scalar", "torch.aten.masked_fill.Tensor")
def masked_fill(cx, n):
    dts = operand_dtypes(n, [0, 1, 2])
    out = n.result_dtype()

    def body(x, mask, value):
        return arith.SelectOp(convert_scalar(mask, dts[1], torch.bool),
                              convert_scalar(value, dts[2], out),
                              convert_scalar(x, dts[0], out)).result
    return elementwise(cx, n, n.operands[:3], dts, body)


@rule("torch.aten.clamp", "torch.aten.clamp.Tensor", "torch.aten.clamp_min",
      "torch.aten.clamp_max", "torch.aten.clamp_min.Tensor", "torch.aten.clamp_max.Tensor")
def clamp(cx, n):
    if n.name.startswith("torch.aten.clamp_min"):
        idx, which = [0, 1], ("min",)
    elif n.name.startswith("torch.aten.clamp_max"):
        idx, which = [0, 1], ("max",)
    else:
        idx = [0] + [i for i in (1, 2) if n.operands[i] is not None]
        which = tuple(w for i, w in ((1, "min"), (2, "max")) if n.operands[i] is not None)
    out = n.result_dtype()

    def fn(dt, x, *bounds):
        b = dict(zip(which, bounds))
        return _clamp(dt, x, b.get("min"), b.get("max"))
    return ew(cx, n, idx, fn, compute=out)


@rule("torch.aten.lerp.Tensor", "torch.aten.lerp.Scalar")
def lerp(cx, n):
    def fn(dt, start, end, weight):
        return arith.AddFOp(start, arith.MulFOp(weight, arith.SubFOp(end, start).result)
                            .result).result
    return ew(cx, n, [0, 1, 2], _float_only(fn))


@rule("torch.aten.addcmul", "torch.aten.addcdiv")
def addc(cx, n):
    is_div = n.name.endswith("addcdiv")
    value = n.operands[3]
    run_time = isinstance(value, ir.Value)  # one more scalar operand, as alpha

    def fn(dt, x, a, b, *run_time_value):
        v = run_time_value[0] if run_time else const(value, dt)
        if is_float(dt):
            t = (arith.DivFOp if is_div else arith.MulFOp)(a, b).result
            return arith.AddFOp(x, arith.MulFOp(t, v).result).result
        if is_div:
            raise Unsupported("integer addcdiv")
        t = arith.MulIOp(a, b).result
        return arith.AddIOp(x, arith.MulIOp(t, v).result).result
    return ew(cx, n, [0, 1, 2, 3] if run_time else [0, 1, 2], fn)


# --- casts and copies ------------------------------------------------------------

def _cast(cx, n):
    src = n.dtype(0)
    out = n.result_dtype()
    if src == out:
        return n.operands[0]
    return elementwise(cx, n, [n.operands[0]], [src], lambda x: convert_scalar(x, src, out))


@rule("torch.aten.to.dtype", "torch.aten.to.dtype_layout", "torch.aten._to_copy",
      "torch.aten.to.device", "torch.aten.type_as", "torch.aten.clone",
      "torch.aten.contiguous", "torch.aten.detach", "torch.aten.alias",
      "torch.aten.lift_fresh_copy", "torch.aten.lift_fresh")
def cast(cx, n):
    return _cast(cx, n)


@rule("torch.aten.copy")
def copy(cx, n):
    # copy(self, src): the result is src broadcast to self's shape and dtype.
    src_dt = n.dtype(1)
    out = n.result_dtype()
    return elementwise(cx, n, [n.operands[1]], [src_dt], lambda x: convert_scalar(x, src_dt, out))


@rule("torch.aten.feature_dropout")
def feature_dropout(cx, n):
    p, train = n.operands[1], n.operands[2]
    if train is not False and p != 0:
        raise Unsupported("feature dropout in training mode (whole channels at random)")
    return n.operands[0]
