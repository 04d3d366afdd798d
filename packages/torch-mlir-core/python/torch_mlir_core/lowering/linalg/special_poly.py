"""The orthogonal polynomials of torch.special (Chebyshev T/U/V/W and their
shifted forms, Hermite H/He, Laguerre L, Legendre P) as elementwise rules
that follow eager's CPU kernel step by step, in the result dtype.

The degree n is a tensor: it is truncated to an integer as eager's
static_cast does (nan, +-inf and |n| >= 2^63 act as a negative degree: 0).
Every polynomial returns 0 for n < 0, eager's closed values at the ends of
the interval, its trigonometric closed forms for large n inside (-1, 1)
(Chebyshev), nan beyond degree 128 (float32) / 512 (float64) (Hermite), and
otherwise runs eager's three-term recurrence in an scf.while that stops,
as eager's loop does, when the value becomes nan.

Not followed: at x = nan with n >= 2, eager's U/W/Laguerre/Legendre kernels
return an uninitialised value; these rules return nan."""

from __future__ import annotations

import torch
from mlir import ir
from mlir.dialects import arith, math, scf

from ..registry import Unsupported, rule
from .elementwise import ew
from .special_fits import E, call, either, where

def _i64() -> ir.Type:
    return ir.IntegerType.get_signless(64)


def _ic(v: int) -> ir.Value:
    return arith.ConstantOp(_i64(), v).result


def _icmp(pred: str, a: ir.Value, b: ir.Value) -> ir.Value:
    return arith.CmpIOp(getattr(arith.CmpIPredicate, pred), a, b).result


def _both(a: ir.Value, b: ir.Value) -> ir.Value:
    return arith.AndIOp(a, b).result


def _degree(n: E) -> ir.Value:
    """n truncated to i64; -1 where eager's cast gives a negative degree."""
    ok = n.cmp("lt", 2.0 ** 63)
    ok = _both(ok, n.cmp("gt", -(2.0 ** 63)))
    return arith.FPToSIOp(_i64(), where(ok, n, -1.0).v).result


class _Deg:
    """The integer degree with the float views eager's int/float mixing uses."""

    def __init__(self, n: ir.Value, like: E):
        self.i, self.like = n, like

    def f(self, add: int = 0, scale: int = 1) -> E:
        """(scale * n + add) computed in int64, as a float."""
        v = self.i if scale == 1 else arith.MulIOp(self.i, _ic(scale)).result
        v = v if add == 0 else arith.AddIOp(v, _ic(add)).result
        return E(arith.SIToFPOp(self.like.v.type, v).result)

    def cmp(self, pred: str, v: int) -> ir.Value:
        return _icmp(pred, self.i, _ic(v))

    def even(self) -> ir.Value:
        return _icmp("eq", arith.AndIOp(self.i, _ic(1)).result, _ic(0))

    def signed(self, v: E) -> E:
        """(-1)^n v."""
        return where(self.even(), v, -v)


def _recurrence(limit: ir.Value, p0: E, q0: E, coeff, minus, divide: bool = False) -> E:
    """q after r = fma(coeff(j), q, -minus(j, p)) [/ (j + 1)]; p, q = q, r
    for j = 1, 2, ... while j < limit and q is not nan (j as a float).
    The fused multiply-add is eager's: its compiler contracts a * q - b
    (float32 values over a long recurrence differ past 1e-5 without it)."""
    t = q0.v.type
    state = [_i64(), t, t]
    loop = scf.WhileOp(state, [_ic(1), p0.v, q0.v])
    before = loop.before.blocks.append(*state)
    with ir.InsertionPoint(before):
        j, _, q = before.arguments
        go = _both(_icmp("slt", j, limit), arith.XOrIOp(
            E(q).isnan(), arith.ConstantOp(ir.IntegerType.get_signless(1), 1).result).result)
        scf.ConditionOp(go, list(before.arguments))
    after = loop.after.blocks.append(*state)
    with ir.InsertionPoint(after):
        j, p, q = after.arguments
        jf = E(arith.SIToFPOp(t, j).result)
        r = call(math.FmaOp, coeff(jf), E(q), -minus(jf, E(p)))
        if divide:
            r = r / (jf + 1.0)
        scf.YieldOp([arith.AddIOp(j, _ic(1)).result, q, r.v])
    return E(loop.results[2])


def _finish(d: _Deg, loop: E, overrides) -> E:
    """The value over eager's checks: n < 0, then `overrides` [(cond, value)]
    in eager's order, then n == 0; otherwise the recurrence's value."""
    r = where(d.cmp("eq", 0), 1.0, loop)
    for cond, value in reversed(overrides):
        r = where(cond, value, r)
    return where(d.cmp("slt", 0), 0.0, r)


def _limit(d: _Deg, skip: ir.Value) -> ir.Value:
    """The recurrence's bound: n, or 0 (no steps) where `skip` holds."""
    return arith.SelectOp(skip, _ic(0), d.i).result


# --- Chebyshev T/U/V/W, plain (variable x) and shifted (variable 2x - 1) -------

def _cheb_first(kind: str, y: E) -> E:
    if kind == "t":
        return y
    return {"u": lambda: y + y, "v": lambda: y + y - 1.0, "w": lambda: y + y + 1.0}[kind]()


def _cheb_ends(kind: str, d: _Deg) -> tuple[E, E]:
    """The values at y = 1 and y = -1: 1, n + 1 or 2n + 1, times (-1)^n at -1."""
    def value(which: str) -> E:
        return {"1": lambda: d.like.const(1.0), "n+1": lambda: d.f(1),
                "2n+1": lambda: d.f(1, 2)}[which]()
    plus, minus = {"t": ("1", "1"), "u": ("n+1", "n+1"), "v": ("1", "2n+1"),
                   "w": ("2n+1", "1")}[kind]
    return value(plus), d.signed(value(minus))


def _cheb_closed(kind: str, y: E, d: _Deg, x: E, shifted: bool) -> E:
    """eager's trigonometric form inside (-1, 1) (theta = acos y), with its
    fallback where the denominator vanishes."""
    th = call(math.AcosOp, y)
    if kind == "t":
        return call(math.CosOp, d.f() * th)
    if kind == "u":
        s = call(math.SinOp, th)
        n1 = d.f(1)
        fallback = n1 * call(math.CosOp, n1 * th) / y
        return where(s.cmp("ne", 0.0), call(math.SinOp, n1 * th) / s, fallback)
    half = th / 2.0
    nh = d.f() + 0.5
    if kind == "v":
        main = call(math.CosOp, nh * th) / call(math.CosOp, half)
        return where(call(math.SinOp, half).cmp("ne", 1.0), main, d.signed(d.f(1, 2)))
    main = call(math.SinOp, nh * th) / call(math.SinOp, half)
    fallback = d.signed(y.const(1.0))
    if not shifted:
        fallback = where(x.cmp("gt", 0.0), d.f(1, 2), fallback)
    return where(call(math.CosOp, half).cmp("ne", 1.0), main, fallback)


# Degrees above which eager uses the closed form: (plain, shifted).
_CLOSED_ABOVE = {"t": (6, 6), "u": (8, 6), "v": (8, 6), "w": (8, 4)}


def _chebyshev(kind: str, shifted: bool, x: E, d: _Deg) -> E:
    y = x + x - 1.0 if shifted else x
    at_plus = x.cmp("eq", 1.0)
    at_minus = x.cmp("eq", 0.0) if shifted else x.cmp("eq", -1.0)
    ends = either(at_plus, at_minus)
    plus, minus = _cheb_ends(kind, d)
    inside = call(math.AbsFOp, y).cmp("lt", 1.0)
    closed = _both(d.cmp("sgt", _CLOSED_ABOVE[kind][shifted]), inside)
    q1 = _cheb_first(kind, y)
    y2 = y + y
    loop = _recurrence(_limit(d, either(ends, closed)), y.const(1.0), q1,
                       lambda j: y2, lambda j, p: p)
    return _finish(d, loop, [(at_plus, plus), (at_minus, minus),
                                (closed, _cheb_closed(kind, y, d, x, shifted))])


# --- Legendre, Laguerre, Hermite -------------------------------------------------

def _legendre(x: E, d: _Deg) -> E:
    end = call(math.AbsFOp, x).cmp("eq", 1.0)
    value = where(x.cmp("gt", 0.0), 1.0, d.signed(x.const(1.0)))
    loop = _recurrence(_limit(d, end), x.const(1.0), x,
                       lambda j: (j + j + 1.0) * x, lambda j, p: j * p, divide=True)
    return _finish(d, loop, [(end, value)])


def _laguerre(x: E, d: _Deg) -> E:
    zero = x.cmp("eq", 0.0)
    one_minus = 1.0 - x
    loop = _recurrence(_limit(d, zero), x.const(1.0), one_minus,
                       lambda j: j + j + one_minus, lambda j, p: j * p, divide=True)
    return _finish(d, loop, [(zero, x.const(1.0))])


def _hermite(physicists: bool, x: E, d: _Deg) -> E:
    """H_n (k = 2j in eager's loop) or He_n; nan above eager's degree limit."""
    first = x + x if physicists else x
    too_big = d.cmp("sgt", 128 if ir.FloatType(x.v.type).width == 32 else 512)
    scale = 2.0 if physicists else 1.0
    loop = _recurrence(_limit(d, too_big), x.const(1.0), first,
                       lambda j: first, lambda j, p: (j * scale) * p)
    return _finish(d, loop, [(too_big, float("nan"))])


def _poly_rule(*names: str, build):
    """Registers `build(x: E, degree: _Deg) -> E` for the op names given
    (Tensor, x_scalar and n_scalar forms), computed in the result dtype."""
    @rule(*names)
    def lower(cx, n):
        out = n.result_dtype()
        if out not in (torch.float32, torch.float64):
            raise Unsupported(f"{n.name} of {out}")

        def fn(dt, x, deg):
            x = E(x)
            return build(x, _Deg(_degree(E(deg)), x)).v
        return ew(cx, n, [0, 1], fn, compute=out)
    lower.__name__ = names[0].rsplit(".", 1)[-1]
    return lower


_poly_rule("torch.aten.special_chebyshev_polynomial_t",
           "torch.aten.special_chebyshev_polynomial_t.x_scalar",
           "torch.aten.special_chebyshev_polynomial_t.n_scalar",
           build=lambda x, d: _chebyshev("t", False, x, d))
_poly_rule("torch.aten.special_chebyshev_polynomial_u",
           "torch.aten.special_chebyshev_polynomial_u.x_scalar",
           "torch.aten.special_chebyshev_polynomial_u.n_scalar",
           build=lambda x, d: _chebyshev("u", False, x, d))
_poly_rule("torch.aten.special_chebyshev_polynomial_v",
           "torch.aten.special_chebyshev_polynomial_v.x_scalar",
           "torch.aten.special_chebyshev_polynomial_v.n_scalar",
           build=lambda x, d: _chebyshev("v", False, x, d))
_poly_rule("torch.aten.special_chebyshev_polynomial_w",
           "torch.aten.special_chebyshev_polynomial_w.x_scalar",
           "torch.aten.special_chebyshev_polynomial_w.n_scalar",
           build=lambda x, d: _chebyshev("w", False, x, d))
_poly_rule("torch.aten.special_shifted_chebyshev_polynomial_t",
           "torch.aten.special_shifted_chebyshev_polynomial_t.x_scalar",
           "torch.aten.special_shifted_chebyshev_polynomial_t.n_scalar",
           build=lambda x, d: _chebyshev("t", True, x, d))
_poly_rule("torch.aten.special_shifted_chebyshev_polynomial_u",
           "torch.aten.special_shifted_chebyshev_polynomial_u.x_scalar",
           "torch.aten.special_shifted_chebyshev_polynomial_u.n_scalar",
           build=lambda x, d: _chebyshev("u", True, x, d))
_poly_rule("torch.aten.special_shifted_chebyshev_polynomial_v",
           "torch.aten.special_shifted_chebyshev_polynomial_v.x_scalar",
           "torch.aten.special_shifted_chebyshev_polynomial_v.n_scalar",
           build=lambda x, d: _chebyshev("v", True, x, d))
_poly_rule("torch.aten.special_shifted_chebyshev_polynomial_w",
           "torch.aten.special_shifted_chebyshev_polynomial_w.x_scalar",
           "torch.aten.special_shifted_chebyshev_polynomial_w.n_scalar",
           build=lambda x, d: _chebyshev("w", True, x, d))
_poly_rule("torch.aten.special_hermite_polynomial_h",
           "torch.aten.special_hermite_polynomial_h.x_scalar",
           "torch.aten.special_hermite_polynomial_h.n_scalar",
           build=lambda x, d: _hermite(True, x, d))
_poly_rule("torch.aten.special_hermite_polynomial_he",
           "torch.aten.special_hermite_polynomial_he.x_scalar",
           "torch.aten.special_hermite_polynomial_he.n_scalar",
           build=lambda x, d: _hermite(False, x, d))
_poly_rule("torch.aten.special_laguerre_polynomial_l",
           "torch.aten.special_laguerre_polynomial_l.x_scalar",
           "torch.aten.special_laguerre_polynomial_l.n_scalar",
           build=_laguerre)
_poly_rule("torch.aten.special_legendre_polynomial_p",
           "torch.aten.special_legendre_polynomial_p.x_scalar",
           "torch.aten.special_legendre_polynomial_p.n_scalar",
           build=_legendre)
