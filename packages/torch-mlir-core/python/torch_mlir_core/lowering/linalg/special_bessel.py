"""Bessel functions of the first kind (J0, J1): float64 elementwise rules
over the Chebyshev fits of `special_fits.py`.

J uses the fits up to 5 (torch's own split) and the modulus/phase form
sqrt(2 / (pi x)) (P cos(th) - Q sin(th)) beyond, P and Q fitted in 5 / x.
Values at 0, +-inf and nan follow eager (nan at +-inf)."""

from __future__ import annotations

import math as pymath

from mlir.dialects import math

from .special import _abs, _copysign, _special_rule
from .special_fits import BESSEL_JY_SPLIT, E, call, clenshaw, where

def _phase(order: int, ax: E) -> tuple[E, E, E]:
    """(sqrt(2 / (pi x)), P cos(th) - Q sin(th), P sin(th) + Q cos(th)) for x > 5."""
    big = ax.cmp("gt", BESSEL_JY_SPLIT)
    t = BESSEL_JY_SPLIT / where(big, ax, BESSEL_JY_SPLIT)
    p, q = clenshaw(f"j{order}_p", t), clenshaw(f"j{order}_q", t)
    th = ax - (2 * order + 1) * pymath.pi / 4
    c, s = call(math.CosOp, th), call(math.SinOp, th)
    amp = call(math.SqrtOp, (2 / pymath.pi) / ax)
    return amp, p * c - q * s, p * s + q * c


def _j_lo(order: int, ax: E) -> E:
    lo = clenshaw(f"j{order}_lo", ax)
    return lo * ax if order == 1 else lo


def _bessel_j(order: int, x: E) -> E:
    ax = _abs(x)
    amp, cj, _ = _phase(order, ax)
    r = where(ax.cmp("le", BESSEL_JY_SPLIT), _j_lo(order, ax), amp * cj)
    return r * _copysign(x.const(1.0), x) if order == 1 else r


_special_rule("torch.prims.bessel_j0", lambda x, dt: _bessel_j(0, x))
_special_rule("torch.prims.bessel_j1", lambda x, dt: _bessel_j(1, x))
