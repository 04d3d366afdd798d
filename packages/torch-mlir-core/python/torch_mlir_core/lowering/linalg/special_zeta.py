"""The Hurwitz zeta function zeta(s, q) = sum_k (q + k)^-s (prims.zeta) as a
float64 elementwise rule.

zeta sums its first terms directly (at least 12, and up to 64 until
q + k >= 10) and adds the Euler-Maclaurin tail at w = q + (terms summed):
w^-s (w / (s - 1) - 1/2 + sum_i (s)_(2i+1) / (A_i w^(2i+1))) with
A_i = (2i + 2)! / B_(2i+2). As eager: nan for s < 1, inf at s = 1 and at
q a non-positive integer, nan for q < 0 with s not an integer. q below -54
(more than 64 direct terms) gives nan: this rule does not reach it."""

from __future__ import annotations

import math as pymath
from fractions import Fraction

import torch
from mlir.dialects import arith, math

from ..registry import Unsupported, rule
from .elementwise import ew
from .special_fits import E, call, either, where

_DIRECT, _MAX_TERMS, _TAIL_START = 12, 64, 10.0
_TAIL_TERMS = 12


def _bernoulli(n: int) -> Fraction:
    """B_n (B_1 = +1/2) by the Akiyama-Tanigawa algorithm."""
    a = [Fraction(0)] * (n + 1)
    for m in range(n + 1):
        a[m] = Fraction(1, m + 1)
        for j in range(m, 0, -1):
            a[j - 1] = j * (a[j - 1] - a[j])
    return a[0]


_A = [float(Fraction(pymath.factorial(2 * i + 2)) / _bernoulli(2 * i + 2))
      for i in range(_TAIL_TERMS)]


def _is_int(x: E):
    return x.cmp("eq", call(math.FloorOp, x))


def _signed_pow(b: E, s: E, s_odd) -> E:
    """b^-s for any b when s is an integer (|b|^-s with b's sign for odd s)."""
    p = call(math.PowFOp, call(math.AbsFOp, b), -s)
    neg = arith.AndIOp(b.cmp("lt", 0.0), s_odd).result
    return where(neg, -p, p)


def _zeta(s: E, q: E) -> E:
    half = s * 0.5
    s_odd = arith.AndIOp(_is_int(s), arith.XOrIOp(
        _is_int(half), arith.ConstantOp(_is_int(s).type, 1).result).result).result
    acc, used = s.const(0.0), s.const(0.0)
    for k in range(_MAX_TERMS):
        b = q + float(k)
        term = _signed_pow(b, s, s_odd)
        if k < _DIRECT:
            acc, used = acc + term, s.const(k + 1.0)
            continue
        take = b.cmp("lt", _TAIL_START)
        acc = where(take, acc + term, acc)
        used = where(take, float(k + 1), used)
    w = q + (used - 1.0)            # the last term summed: the tail continues after it
    bw = call(math.PowFOp, w, -s)
    tail = bw * w / (s - 1.0) - bw * 0.5
    a, wk = s.const(1.0), bw
    for i in range(_TAIL_TERMS):
        a = a * (s + float(2 * i))
        wk = wk / w
        tail = tail + a * wk / _A[i]
        a = a * (s + float(2 * i + 1))
        wk = wk / w
    r = acc + tail
    too_far = q.cmp("lt", _TAIL_START - _MAX_TERMS)
    q_pole = arith.AndIOp(q.cmp("le", 0.0), _is_int(q)).result
    r = where(q_pole, float("inf"), r)
    bad = either(either(s.cmp("lt", 1.0), too_far),
                 arith.AndIOp(q.cmp("lt", 0.0), arith.XOrIOp(
                     _is_int(s), arith.ConstantOp(_is_int(s).type, 1).result).result).result)
    r = where(bad, float("nan"), r)
    r = where(s.cmp("eq", 1.0), float("inf"), r)
    # s = inf: q^-inf, 1 at q = 1 (without powf, which some backends give nan there).
    at_inf = where(q.cmp("eq", 1.0), 1.0, where(q.cmp("gt", 1.0), q.const(0.0), float("inf")))
    r = where(s.cmp("eq", float("inf")), at_inf, r)
    return where(either(s.isnan(), q.isnan()), s + q, r)


def _f64_rule(n, idxs, build):
    out = n.result_dtype()
    if out not in (torch.float32, torch.float64, torch.float16, torch.bfloat16):
        raise Unsupported(f"{n.name} of {out}")
    return idxs, (lambda dt, *xs: build(*[E(x) for x in xs]).v)


@rule("torch.prims.zeta")
def zeta(cx, n):
    idxs, fn = _f64_rule(n, [0, 1], _zeta)
    return ew(cx, n, idxs, fn, compute=torch.float64)
