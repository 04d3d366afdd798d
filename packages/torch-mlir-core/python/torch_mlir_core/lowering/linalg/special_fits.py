"""Chebyshev fits of special functions, made here at first use from torch's
own float64 kernels (so the lowered function follows eager to ~1e-14
relative), and the small expression layer the special-function rules are
written in (`special.py`).

A fit is the Chebyshev interpolant of g on [a, b] at 256 Chebyshev nodes,
truncated where the coefficients reach the reference's rounding noise
(a run of coefficients below `_TOL` times max|g|); evaluated with Clenshaw's
recurrence in float64."""

from __future__ import annotations

import functools

import numpy as np
import torch
from mlir import ir
from mlir.dialects import arith

_NODES = 256
_TOL = 3e-15


def chebyshev(g, a: float, b: float) -> tuple[float, ...]:
    """The truncated Chebyshev coefficients of numpy function g on [a, b]."""
    theta = np.pi * (np.arange(_NODES) + 0.5) / _NODES
    x = 0.5 * (b - a) * np.cos(theta) + 0.5 * (b + a)
    with np.errstate(all="ignore"):
        f = g(x)
    if not np.all(np.isfinite(f)):
        raise ValueError("special_fits: the reference is not finite on the interval")
    c = 2.0 / _NODES * np.cos(np.outer(np.arange(_NODES), theta)) @ f
    c[0] *= 0.5
    floor = _TOL * np.max(np.abs(f))
    for k in range(_NODES):
        if np.max(np.abs(c[k:k + 6])) < floor:
            return tuple(float(v) for v in c[:k])
    raise ValueError("special_fits: the Chebyshev series does not converge")


def ref(fn):
    """torch's float64 kernel `fn` as a numpy function."""
    return lambda x: fn(torch.from_numpy(np.asarray(x, dtype=np.float64))).numpy()


# --- the fits ----------------------------------------------------------------

_I0E, _I1E = ref(torch.special.i0e), ref(torch.special.i1e)
_ERFCX, _NDTRI, _ERFINV = ref(torch.special.erfcx), ref(torch.special.ndtri), ref(torch.erfinv)

# ndtri's tail variable w = sqrt(-2 log p): the tail starts at p = 0.075;
# piece A is w <= 6, piece B (in 1/w) goes to the smallest normal float64
# (denormal p extrapolate by 1 % of the interval).
NDTRI_CENTER = 0.425
_W0 = float(np.sqrt(-2 * np.log(0.5 - NDTRI_CENTER)))
NDTRI_W1 = 6.0
_W2 = float(np.sqrt(-2 * np.log(1e-307)))


def _sqrt_ratio(fn, shift=0.0):
    """u -> fn(shift + sqrt(u)) / sqrt(u): an odd function over its argument."""
    return lambda u: fn(shift + np.sqrt(u)) / np.sqrt(u)


FITS = {
    # i0e(x), i1e(x)/x on [0, 8]; sqrt(x) i0e(x), sqrt(x) i1e(x) in t = 8/x beyond.
    "i0e_lo": (lambda x: _I0E(x), 0.0, 8.0),
    "i1e_lo": (lambda x: _I1E(x) / x, 0.0, 8.0),
    "i0e_hi": (lambda t: _I0E(8 / t) * np.sqrt(8 / t), 0.0, 1.0),
    "i1e_hi": (lambda t: _I1E(8 / t) * np.sqrt(8 / t), 0.0, 1.0),
    # (4 + x) erfcx(x) in t = 4 / (4 + x), x in [0, inf).
    "erfcx": (lambda t: _ERFCX(4 / t - 4) * (4 / t), 0.0, 1.0),
    # ndtri(1/2 + s) / s and erfinv(s) / s in u = s^2.
    "ndtri_center": (_sqrt_ratio(_NDTRI, 0.5), 0.0, NDTRI_CENTER ** 2),
    "erfinv_center": (_sqrt_ratio(_ERFINV), 0.0, 0.85 ** 2),
    "ndtri_tail_a": (lambda w: _NDTRI(np.exp(-0.5 * w * w)), _W0, NDTRI_W1),
    "ndtri_tail_b": (lambda s: _NDTRI(np.exp(-0.5 / (s * s))) * s, 1 / _W2, 1 / NDTRI_W1),
}


_S = torch.special
_J0, _J1, _Y0, _Y1 = (ref(f) for f in (_S.bessel_j0, _S.bessel_j1, _S.bessel_y0, _S.bessel_y1))
# torch's Bessel J/Y switch from their series to the modulus/phase form at 5.
BESSEL_JY_SPLIT = 5.0


def _phase_parts(order: int, cosine: bool):
    """P (cosine) or Q of J_n(x) = sqrt(2 / (pi x)) (P cos(th) - Q sin(th)),
    Y_n(x) = sqrt(2 / (pi x)) (P sin(th) + Q cos(th)), th = x - (2n + 1) pi / 4,
    as functions of t = 5 / x."""
    j, y = (_J0, _Y0) if order == 0 else (_J1, _Y1)

    def part(t):
        x = BESSEL_JY_SPLIT / t
        th = x - (2 * order + 1) * np.pi / 4
        c, s = np.cos(th), np.sin(th)
        amp = np.sqrt(np.pi * x / 2)
        return amp * (j(x) * c + y(x) * s) if cosine else amp * (y(x) * c - j(x) * s)
    return part


FITS.update({
    # J0, J1 / x up to 5.
    "j0_lo": (lambda x: _J0(x), 0.0, BESSEL_JY_SPLIT),
    "j1_lo": (lambda x: _J1(x) / x, 0.0, BESSEL_JY_SPLIT),
    "j0_p": (_phase_parts(0, True), 0.0, 1.0),
    "j0_q": (_phase_parts(0, False), 0.0, 1.0),
    "j1_p": (_phase_parts(1, True), 0.0, 1.0),
    "j1_q": (_phase_parts(1, False), 0.0, 1.0),
})


@functools.cache
def fit(name: str) -> tuple[tuple[float, ...], float, float]:
    g, a, b = FITS[name]
    return chebyshev(g, a, b), a, b


# --- expressions over float scalars -------------------------------------------

class E:
    """A float scalar SSA value with Python arithmetic (Python numbers become
    constants of its type)."""

    def __init__(self, v: ir.Value):
        self.v = v

    def c(self, other) -> ir.Value:
        if isinstance(other, E):
            return other.v
        return arith.ConstantOp(self.v.type, float(other)).result

    def __add__(self, o):
        return E(arith.AddFOp(self.v, self.c(o)).result)

    def __radd__(self, o):
        return E(arith.AddFOp(self.c(o), self.v).result)

    def __sub__(self, o):
        return E(arith.SubFOp(self.v, self.c(o)).result)

    def __rsub__(self, o):
        return E(arith.SubFOp(self.c(o), self.v).result)

    def __mul__(self, o):
        return E(arith.MulFOp(self.v, self.c(o)).result)

    def __rmul__(self, o):
        return E(arith.MulFOp(self.c(o), self.v).result)

    def __truediv__(self, o):
        return E(arith.DivFOp(self.v, self.c(o)).result)

    def __rtruediv__(self, o):
        return E(arith.DivFOp(self.c(o), self.v).result)

    def __neg__(self):
        return E(arith.NegFOp(self.v).result)

    def cmp(self, pred: str, o) -> ir.Value:
        """An ordered comparison ("lt", "le", "gt", "ge", "eq", "ne": false on nan)."""
        p = getattr(arith.CmpFPredicate, "O" + pred.upper())
        return arith.CmpFOp(p, self.v, self.c(o)).result

    def isnan(self) -> ir.Value:
        return arith.CmpFOp(arith.CmpFPredicate.UNO, self.v, self.v).result

    def const(self, value) -> E:
        return E(self.c(value))


def where(cond: ir.Value, a, b) -> E:
    ref_e = a if isinstance(a, E) else b
    return E(arith.SelectOp(cond, ref_e.c(a), ref_e.c(b)).result)


def call(op, *xs: E) -> E:
    """A math-dialect op (math.ExpOp, ...) on expressions."""
    return E(op(*[x.v for x in xs]).result)


def either(a: ir.Value, b: ir.Value) -> ir.Value:
    return arith.OrIOp(a, b).result


def clenshaw(name: str, x: E) -> E:
    """The fit `name` evaluated at x (in its interval's variable)."""
    coeffs, a, b = fit(name)
    t = x * (2.0 / (b - a)) - (a + b) / (b - a)
    t2 = t * 2.0
    b1, b2 = x.const(0.0), x.const(0.0)
    for ck in coeffs[:0:-1]:
        b1, b2 = t2 * b1 - b2 + ck, b1
    return t * b1 - b2 + coeffs[0]


def polynomial(x: E, coeffs) -> E:
    """sum coeffs[k] x^k by Horner's rule."""
    acc = x.const(coeffs[-1])
    for ck in coeffs[-2::-1]:
        acc = acc * x + ck
    return acc


__all__ = ["E", "call", "clenshaw", "either", "fit", "polynomial", "where"]
