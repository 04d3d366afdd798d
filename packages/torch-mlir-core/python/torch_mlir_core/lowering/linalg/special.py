"""Special functions (Bessel, erfcx, ndtri, erfinv, lgamma, digamma, ...) as
elementwise rules computed in float64 and rounded to the result dtype.

Bessel i0e/i1e, erfcx, ndtri and erfinv evaluate Chebyshev fits of torch's
own float64 kernels (`special_fits.py`) with the usual symmetries and
asymptotic variables; lgamma and digamma shift the argument to >= 10 by the
recurrence, use the Stirling / asymptotic series there and the reflection
formula for negative arguments. Every rule follows eager's values at nan,
+-inf, 0, -0, poles and the ends of the domain."""

from __future__ import annotations

import math as pymath

import torch
from mlir import ir
from mlir.dialects import arith, math

from ..registry import Unsupported, rule
from .common import elementwise
from .elementwise import ew
from .special_fits import NDTRI_CENTER, NDTRI_W1, E, call, clenshaw, either, polynomial, where

F64 = torch.float64
_FLOATS = {torch.float32: ir.F32Type, torch.float64: ir.F64Type, torch.float16: ir.F16Type,
           torch.bfloat16: ir.BF16Type}
INF = float("inf")


def _special_rule(name: str, build, kind: str = "INT_TO_FLOAT"):
    """Registers `build(x: E, out_dtype) -> E` as the float64 elementwise
    rule of `name` (a nan argument gives nan)."""
    @rule(name)
    def lower(cx, n):
        out = n.result_dtype()
        if out not in _FLOATS:
            raise Unsupported(f"{name} of {out}")

        def fn(dt, x):
            x = E(x)
            return where(x.isnan(), x, build(x, out)).v
        return ew(cx, n, [0], fn, compute=F64, kind=kind)
    lower.__name__ = name.rsplit(".", 1)[-1]
    return lower


def _abs(x: E) -> E:
    return call(math.AbsFOp, x)


def _copysign(x: E, sign: E) -> E:
    return call(math.CopySignOp, x, sign)


# --- modified Bessel functions -------------------------------------------------

def _bessel_e(order: int, x: E) -> E:
    """i0e(x) / i1e(x): a fit in x up to 8, sqrt(x) i(x) in 8/x beyond."""
    ax = _abs(x)
    lo = clenshaw(f"i{order}e_lo", ax)
    if order == 1:
        lo = lo * ax
    big = ax.cmp("gt", 8.0)
    hi = clenshaw(f"i{order}e_hi", 8.0 / where(big, ax, 8.0)) / call(math.SqrtOp, ax)
    r = where(big, hi, lo)
    r = where(ax.cmp("eq", INF), 0.0, r)
    return _copysign(r, x) if order == 1 else r


def _exp_in(x: E, dtype) -> E:
    """exp(x) rounded to `dtype` (inf where it overflows there, as eager's
    exp(|x|) * i0e(x) does), back in float64."""
    e = call(math.ExpOp, x)
    if dtype == F64:
        return e
    narrow = arith.TruncFOp(_FLOATS[dtype].get(), e.v).result
    return E(arith.ExtFOp(e.v.type, narrow).result)


def _bessel(order: int, x: E, dtype) -> E:
    """i0(x) / i1(x) = exp(|x|) i0e(x) / i1e(x), with exp(|x|) in the
    result dtype: inf where that overflows and nan at +-inf, as eager."""
    return _bessel_e(order, x) * _exp_in(_abs(x), dtype)


_special_rule("torch.prims.bessel_i0e", lambda x, dt: _bessel_e(0, x))
_special_rule("torch.prims.bessel_i1e", lambda x, dt: _bessel_e(1, x))
_special_rule("torch.prims.bessel_i1", lambda x, dt: _bessel(1, x, dt))
_special_rule("torch.aten.i0", lambda x, dt: _bessel(0, x, dt))
# torch.special.modified_bessel_i0/i1: the same functions (eager's kernels
# agree with i0/i1 to rounding, nan at +-inf included).
_special_rule("torch.aten.special_modified_bessel_i0", lambda x, dt: _bessel(0, x, dt))
_special_rule("torch.aten.special_modified_bessel_i1", lambda x, dt: _bessel(1, x, dt))


# --- erfcx, ndtri, erfinv -------------------------------------------------------

def _erfcx(x: E) -> E:
    """For x >= 0 a fit of (4 + x) erfcx(x) in 4 / (4 + x); below,
    erfcx(x) = 2 exp(x^2) - erfcx(-x)."""
    ax = _abs(x)
    pos = clenshaw("erfcx", 4.0 / (ax + 4.0)) / (ax + 4.0)
    neg = call(math.ExpOp, x * x) * 2.0 - pos
    return where(x.cmp("lt", 0.0), neg, pos)


def _ndtri_tail(q: E) -> E:
    """ndtri(q) for 0 < q <= 0.075, in w = sqrt(-2 log q)."""
    w = call(math.SqrtOp, call(math.LogOp, q) * -2.0)
    far = w.cmp("gt", NDTRI_W1)
    a = clenshaw("ndtri_tail_a", where(far, NDTRI_W1, w))
    s = 1.0 / where(far, w, NDTRI_W1)
    b = clenshaw("ndtri_tail_b", s) / s
    return where(far, b, a)


def _ends(y: E, r: E, lo: float, hi: float) -> E:
    """r with the domain [lo, hi] of an inverse cdf: -inf at lo, inf at hi,
    nan outside (and nan stays nan)."""
    r = where(y.cmp("eq", lo), -INF, where(y.cmp("eq", hi), INF, r))
    outside = either(y.cmp("lt", lo), y.cmp("gt", hi))
    return where(outside, float("nan"), r)


def _ndtri(p: E) -> E:
    s = p - 0.5
    center = clenshaw("ndtri_center", s * s) * s
    upper = p.cmp("gt", 0.5)
    q = where(upper, 1.0 - p, p)   # exact for p >= 1/2
    tail = _ndtri_tail(where(q.cmp("gt", 0.0), q, 0.01))
    tail = where(upper, -tail, tail)
    r = where(_abs(s).cmp("le", NDTRI_CENTER), center, tail)
    return _ends(p, r, 0.0, 1.0)


def _erfinv(y: E) -> E:
    """erfinv(y) = y g(y^2) for |y| <= 0.85; beyond, -ndtri((1 - |y|) / 2) / sqrt(2)."""
    ay = _abs(y)
    center = clenshaw("erfinv_center", y * y) * y
    q = (1.0 - ay) * 0.5                    # exact
    tail = _ndtri_tail(where(q.cmp("gt", 0.0), q, 0.01)) * (-1.0 / pymath.sqrt(2.0))
    r = where(ay.cmp("le", 0.85), center, _copysign(tail, y))
    return _ends(y, r, -1.0, 1.0)


_special_rule("torch.prims.erfcx", lambda x, dt: _erfcx(x))
_special_rule("torch.prims.ndtri", lambda x, dt: _ndtri(x))
_special_rule("torch.aten.erfinv", lambda x, dt: _erfinv(x))


# --- lgamma, digamma --------------------------------------------------------------

_SHIFT = 10.0


def _shift(y: E, step, init: float):
    """z = y + k >= 10 (at most 10 steps of the recurrence, for y >= 0) and
    acc = step(...step(init, y)..., z - 1) over the skipped arguments."""
    z, acc = y, y.const(init)
    for _ in range(int(_SHIFT)):
        small = z.cmp("lt", _SHIFT)
        acc = where(small, step(acc, z), acc)
        z = where(small, z + 1.0, z)
    return z, acc


# Stirling: lgamma(z) ~ (z - 1/2) log z - z + log(2 pi) / 2 + sum B_2k / (2k (2k-1) z^(2k-1)).
_STIRLING = (1 / 12, -1 / 360, 1 / 1260, -1 / 1680, 1 / 1188, -691 / 360360, 1 / 156)
# digamma(z) ~ log z - 1/(2z) - sum B_2k / (2k z^2k).
_DIGAMMA = (-1 / 12, 1 / 120, -1 / 252, 1 / 240, -1 / 132, 691 / 32760, -1 / 12)


def _lgamma_pos(y: E) -> E:
    """lgamma(y) for y >= 0 (inf at 0 and at inf)."""
    z, prod = _shift(y, lambda acc, z: acc * z, 1.0)
    r2 = 1.0 / (z * z)
    series = polynomial(r2, _STIRLING) / z
    log_z = call(math.LogOp, z)
    main = (z - 0.5) * (log_z - 1.0) - 0.5 + 0.5 * pymath.log(2 * pymath.pi) + series
    return main - call(math.LogOp, prod)


def _frac_pi(x: E) -> E:
    """pi (x - round(x)), in [-pi/2, pi/2]: pi x reduced modulo pi, exactly."""
    return (x - call(math.RoundEvenOp, x)) * pymath.pi


def _lgamma(x: E) -> E:
    neg = x.cmp("lt", 0.0)
    y = where(neg, 1.0 - x, x)
    pos = _lgamma_pos(y)
    sin = _abs(call(math.SinOp, _frac_pi(x)))
    reflected = pymath.log(pymath.pi) - call(math.LogOp, sin) - pos
    r = where(neg, reflected, pos)
    return where(_abs(x).cmp("eq", INF), INF, r)


def _digamma_pos(y: E) -> E:
    """digamma(y) for y > 0."""
    z, recip = _shift(y, lambda acc, z: acc + 1.0 / z, 0.0)
    r2 = 1.0 / (z * z)
    series = polynomial(r2, _DIGAMMA) * r2
    return call(math.LogOp, z) - 0.5 / z + series - recip


def _digamma(x: E) -> E:
    """Reflection psi(x) = psi(1 - x) - pi / tan(pi x) below 0; -inf at +0,
    +inf at -0, nan at negative integers and -inf."""
    neg = x.cmp("lt", 0.0)
    y = where(neg, 1.0 - x, x)
    pos = _digamma_pos(where(y.cmp("gt", 0.0), y, 1.0))
    frac = _frac_pi(x)
    reflected = pos - pymath.pi / call(math.TanOp, frac)
    r = where(neg, reflected, pos)
    pole = either(arith.AndIOp(neg, frac.cmp("eq", 0.0)).result, x.cmp("eq", -INF))
    r = where(pole, float("nan"), r)
    zero = _copysign(x.const(INF), -x)
    return where(x.cmp("eq", 0.0), zero, r)


_special_rule("torch.aten.lgamma", lambda x, dt: _lgamma(x))
_special_rule("torch.aten.digamma", lambda x, dt: _digamma(x))


# --- spherical Bessel j0 -------------------------------------------------------------

def _spherical_j0(x: E) -> E:
    """sin(x) / x; its Taylor series below 1/2; 0 at +-inf."""
    x2 = x * x
    taylor = polynomial(x2, [(-1) ** k / pymath.factorial(2 * k + 1) for k in range(8)])
    r = where(_abs(x).cmp("lt", 0.5), taylor, call(math.SinOp, x) / x)
    return where(_abs(x).cmp("eq", INF), 0.0, r)


_special_rule("torch.prims.spherical_bessel_j0", lambda x, dt: _spherical_j0(x))


# --- float bit manipulation: nextafter, frexp --------------------------------------

def _int_type(x: ir.Value) -> ir.IntegerType:
    return ir.IntegerType.get_signless(ir.FloatType(x.type).width)


def _int_c(t: ir.Type, v: int) -> ir.Value:
    """An integer constant of `t` from its bit pattern or signed value."""
    width = ir.IntegerType(t).width
    v &= (1 << width) - 1
    return arith.ConstantOp(t, v - (1 << width) if v >> (width - 1) else v).result


def _nextafter(dt, x, y):
    """The next float after x towards y: +-1 on x's bit pattern (sign and
    magnitude), the smallest denormal of y's sign from zero, y when equal,
    nan when either is."""
    it = _int_type(x)
    bits = arith.BitcastOp(it, x).result
    ex, ey = E(x), E(y)
    away = arith.XOrIOp(ey.cmp("gt", ex), ex.cmp("lt", 0.0)).result  # |x| grows
    step = arith.SelectOp(away, _int_c(it, 1), _int_c(it, -1)).result
    moved = E(arith.BitcastOp(x.type, arith.AddIOp(bits, step).result).result)
    tiny = _copysign(E(arith.BitcastOp(x.type, _int_c(it, 1)).result), ey)
    r = where(ex.cmp("eq", 0.0), tiny, moved)
    r = where(ex.cmp("eq", ey), ey, r)
    return where(either(ex.isnan(), ey.isnan()), ex + ey, r).v


@rule("torch.prims.nextafter")
def nextafter(cx, n):
    if n.result_dtype() not in (torch.float32, torch.float64):
        raise Unsupported(f"nextafter of {n.result_dtype()}")
    return ew(cx, n, [0, 1], _nextafter)


_FREXP_SCALE = 64   # 2^64 makes every float32/float64 denormal normal


def _frexp_parts(x: ir.Value) -> tuple[ir.Value, ir.Value]:
    """(mantissa in [0.5, 1) with x's sign, exponent as i32) of a float32 or
    float64 scalar; (x, 0) for zeros, infinities and nan."""
    width = ir.FloatType(x.type).width
    mbits, bias = (23, 127) if width == 32 else (52, 1023)
    it = _int_type(x)
    ex = E(x)
    sub = _abs(ex).cmp("lt", 2.0 ** (1 - bias))
    scaled = where(sub, ex * 2.0 ** _FREXP_SCALE, ex)
    bits = arith.BitcastOp(it, scaled.v).result
    field = arith.AndIOp(arith.ShRUIOp(bits, _int_c(it, mbits)).result,
                         _int_c(it, 2 * bias + 1)).result
    exp = arith.SubIOp(field, _int_c(it, bias - 1)).result
    exp = arith.SubIOp(exp, arith.SelectOp(sub, _int_c(it, _FREXP_SCALE),
                                           _int_c(it, 0)).result).result
    sign_and_fraction = (1 << (width - 1)) | ((1 << mbits) - 1)
    mant_bits = arith.OrIOp(arith.AndIOp(bits, _int_c(it, sign_and_fraction)).result,
                            _int_c(it, (bias - 1) << mbits)).result
    mant = E(arith.BitcastOp(x.type, mant_bits).result)
    special = either(either(ex.cmp("eq", 0.0), ex.isnan()), _abs(ex).cmp("eq", INF))
    i32 = ir.IntegerType.get_signless(32)
    if width != 32:
        exp = arith.TruncIOp(i32, exp).result
    exp = arith.SelectOp(special, _int_c(i32, 0), exp).result
    return where(special, ex, mant).v, exp


@rule("torch.prims.frexp")
def frexp(cx, n):
    dt = n.result_dtype(0)
    if dt not in (torch.float32, torch.float64):
        raise Unsupported(f"frexp of {dt}")
    return [elementwise(cx, n, [n.operands[0]], [dt], lambda x: _frexp_parts(x)[0]),
            elementwise(cx, n, [n.operands[0]], [dt], lambda x: _frexp_parts(x)[1],
                        out_dtype=torch.int32, result=1)]
