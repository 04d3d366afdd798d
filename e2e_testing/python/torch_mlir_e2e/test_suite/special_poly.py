"""The orthogonal polynomials of torch.special (Chebyshev T/U/V/W, shifted
Chebyshev, Hermite H/He, Laguerre, Legendre) on a grid of arguments (the
ends of the interval, its inside, outside, +-inf) times degrees (negative,
fractional, the closed-form thresholds, large, beyond Hermite's limit, nan,
inf): float32 with static shapes, float64 with dynamic ones. x = nan is
left out: eager's kernels return an uninitialised value there for n >= 2."""

import torch

from torch_mlir_e2e.registry import F64, Arg, e2e_test

_INF, _NAN = float("inf"), float("nan")
_X = [-2.5, -1.0, -0.999, -0.7, -0.3, -0.0, 0.0, 1e-20, 0.2, 0.5, 0.75, 0.9999, 1.0, 1.5, 3.0,
      _INF, -_INF]
_N = [-3.0, -0.5, 0.0, 1.0, 1.9, 2.0, 3.0, 4.0, 5.0, 6.7, 7.0, 8.0, 9.0, 12.0, 30.0, 100.0,
      129.0, 513.0, 1e30, _NAN, _INF, -_INF]


def _inputs(dtype):
    x = torch.tensor(_X, dtype=torch.float64).to(dtype).reshape(1, -1)
    n = torch.tensor(_N, dtype=torch.float64).to(dtype).reshape(-1, 1)
    return x, n


def _register(name, op):
    def fn(x, n):
        return op(x, n)

    e2e_test(name=f"special_{name}", args=[Arg([1, len(_X)]), Arg([len(_N), 1])],
             inputs=lambda tu: _inputs(torch.float32))(fn)
    e2e_test(name=f"special_{name}_f64_dynamic", args=[Arg([-1, -1], F64), Arg([-1, -1], F64)],
             inputs=lambda tu: _inputs(F64))(fn)


_S = torch.special
for _name in ("chebyshev_polynomial_t", "chebyshev_polynomial_u", "chebyshev_polynomial_v",
              "chebyshev_polynomial_w", "shifted_chebyshev_polynomial_t",
              "shifted_chebyshev_polynomial_u", "shifted_chebyshev_polynomial_v",
              "shifted_chebyshev_polynomial_w", "hermite_polynomial_h", "hermite_polynomial_he",
              "laguerre_polynomial_l", "legendre_polynomial_p"):
    _register(_name, getattr(_S, _name))


@e2e_test(args=[Arg([-1, 5])], inputs=lambda tu: (tu.rand(3, 5, low=-1.2, high=1.2),))
def special_chebyshev_t_n_scalar(x):
    return _S.chebyshev_polynomial_t(x, 9) + _S.legendre_polynomial_p(x, 4)


@e2e_test(args=[Arg([4], torch.int64)], inputs=lambda tu: (torch.tensor([0, 3, 7, 12]),))
def special_hermite_h_x_scalar(n):
    return _S.hermite_polynomial_h(0.5, n)
