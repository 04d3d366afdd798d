"""Special functions (Bessel i0/i0e/i1/i1e, spherical j0, erfcx, log_ndtr,
ndtri, erfinv, lgamma, digamma, mvlgamma) in float32 and float64 on inputs
spanning their hard ranges: tiny and huge arguments, negative arguments,
poles, the ends of the domain, nan and +-inf; compared with eager at the
harness's default tolerances."""

import torch

from torch_mlir_e2e.registry import F64, Arg, e2e_test

_INF, _NAN = float("inf"), float("nan")

# Values on the whole line: 0, -0, tiny, moderate, the 8 / 0.5 / 10 splits,
# huge, +-inf, nan.
_LINE = [0.0, -0.0, 1e-30, -1e-30, 1e-6, 0.3, -0.49, 0.5, 1.0, 1.5, -1.5, 2.0, 2.5, -2.5,
         3.7, -4.2, 7.99, 8.0, 8.01, -9.5, 10.0, 12.3, -25.0, 26.5, -27.0, 40.0, 88.0,
         -90.0, 100.0, 700.0, 713.0, -713.0, 1e10, -1e10, 1e30, -1e30, _INF, -_INF, _NAN]
# Negative arguments of the gamma family: integers (poles), halves, near-integers.
_POLES = [-1.0, -2.0, -3.0, -10.0, -100.0, -0.5, -1.5, -7.5, -0.999, -1.001, -2.25, -33.3,
          -1e7 - 0.5, 1e-38, 1.4616321, 1e5, 3e38]
# Probabilities / erf values with both ends, outside values and tails.
_PROB = [0.0, 1.0, -0.1, 1.1, 0.5, 0.499, 0.075, 0.0749, 0.925, 0.926, 1e-3, 0.999, 1e-10,
         1 - 1e-7, 1e-30, 1e-38, 1e-44, 1e-300, 5e-324, 0.3, 0.7, 0.01, 0.99, _NAN, _INF]


# J and Y oscillate with an amplitude ~ 1e-5 at 1e10, where eager's float32
# phase (x - 3 pi / 4 in float32) is off by radians: not compared there.
_LINE_JY = [v for v in _LINE if abs(v) != 1e10]


def _line(dtype, values=_LINE):
    return torch.tensor(values, dtype=torch.float64).to(dtype)


def _register(name, op, values, dtypes=(torch.float32, F64)):
    def fn(x):
        return op(x)

    for dtype in dtypes:
        suffix = "" if dtype == torch.float32 else "_f64"
        e2e_test(name=f"special_{name}{suffix}", args=[Arg([len(values)], dtype)],
                 inputs=lambda tu, dtype=dtype: (_line(dtype, values),))(fn)


def _gamma_inputs(values):
    return sorted(set(values) - {_NAN}, key=abs) + [_NAN] + _POLES


_register("i0", torch.i0, _LINE)
_register("i0e", torch.special.i0e, _LINE)
_register("i1", torch.special.i1, _LINE)
_register("i1e", torch.special.i1e, _LINE)
_register("modified_bessel_i0", torch.special.modified_bessel_i0, _LINE)
_register("modified_bessel_i1", torch.special.modified_bessel_i1, _LINE)
_register("bessel_j0", torch.special.bessel_j0, _LINE_JY)
_register("bessel_j1", torch.special.bessel_j1, _LINE_JY)
_register("spherical_bessel_j0", torch.special.spherical_bessel_j0, _LINE)
_register("erfcx", torch.special.erfcx, _LINE)
_register("log_ndtr", torch.special.log_ndtr, _LINE)
_register("ndtri", torch.special.ndtri, _PROB)
_register("erfinv", torch.erfinv, [2 * p - 1 for p in _PROB] + [-1.0, 1e-20, -1e-20])
_register("lgamma", torch.lgamma, _gamma_inputs(_LINE))
_register("digamma", torch.digamma, _gamma_inputs(_LINE))


@e2e_test(args=[Arg([-1, 4])], inputs=lambda tu: (tu.rand(3, 4, low=2.0, high=40.0),))
def special_mvlgamma_p3(x):
    return torch.mvlgamma(x, p=3)


@e2e_test(args=[Arg([-1, 4])], inputs=lambda tu: (tu.rand(3, 4, low=-6.0, high=6.0),))
def special_chain_dynamic(x):
    return torch.lgamma(x) + torch.special.i1e(x) * torch.erfinv(torch.tanh(x))


_BITS = [0.0, -0.0, 1.0, -1.0, 3.5, -7.25, 1e-40, -1e-45, 1e-310, 3e38, 1.7e308, 1e-30,
         _INF, -_INF, _NAN, 0.1, 2.0, -0.5]


def _frexp(x):
    mantissa, exponent = torch.frexp(x)
    return mantissa, exponent


_register("frexp", _frexp, _BITS)


def _nextafter_inputs(dtype):
    x = _line(dtype, _BITS)
    y = _line(dtype, [1.0, -1.0, 1.0, -2.0, 3.5, 0.0, 0.0, 1.0, -_INF, _INF, 0.0, -1.0,
                      0.0, -_INF, 1.0, _NAN, 2.0, -0.5])
    return x, y


def _nextafter(x, y):
    return torch.nextafter(x, y)


for _dtype in (torch.float32, F64):
    e2e_test(name="special_nextafter" + ("" if _dtype == torch.float32 else "_f64"),
             args=[Arg([len(_BITS)], _dtype), Arg([len(_BITS)], _dtype)],
             inputs=lambda tu, dtype=_dtype: _nextafter_inputs(dtype), rtol=0, atol=0)(_nextafter)


# zeta(s, q): s > 1 (and 1, below 1, inf), q positive, negative non-integer
# (integer s only), poles at non-positive integer q, nan.
_ZETA_S = [2.0, 3.0, 1.5, 1.0, 0.5, -2.0, 5.0, 2.0, 3.0, 4.0, 2.5, 2.0, 30.0, _INF, 2.0, _NAN, 6.0]
_ZETA_Q = [1.0, 0.5, 2.0, 1.0, 1.0, 2.0, -2.5, -8.3, 0.0, -3.0, -1.5, 1e-3, 1.2, 1.0, 1e4, 1.0,
           60.0]


def _zeta(s, q):
    return torch.special.zeta(s, q)


for _dtype in (torch.float32, F64):
    _sfx = "" if _dtype == torch.float32 else "_f64"
    e2e_test(name="special_zeta" + _sfx,
             args=[Arg([len(_ZETA_S)], _dtype), Arg([len(_ZETA_S)], _dtype)],
             inputs=lambda tu, dtype=_dtype: (_line(dtype, _ZETA_S), _line(dtype, _ZETA_Q)))(_zeta)
