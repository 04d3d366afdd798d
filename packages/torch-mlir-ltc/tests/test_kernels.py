"""The lazy kernels written as formulas (ops LTC has no kernel for) give
eager's values exactly: NaN, infinities and the sign of zero included."""

import pytest
import torch

import torch_mlir_ltc


def special(shape=(3, 4)):
    torch.manual_seed(0)
    x = torch.randn(shape)
    x[0, 0], x[1, 1], x[2, 2], x[0, 3] = float("nan"), float("-inf"), -0.0, float("inf")
    return x


CASES = {
    "where_broadcast": lambda a: torch.where(a > 0, a, torch.zeros(())),
    "where_nan_branches": lambda a: torch.where(a.isnan(), a * 0 + 7, a),
    "where_int_promotion": lambda a: torch.where(a < 1, a, torch.tensor(5)),
    "where_negative_zero": lambda a: torch.where(a == 0, a, a + 1),
    "all_any_dim": lambda a: (a.all(1), a.any(0), (a > 0).all(0, keepdim=True)),
    "amax_amin_float": lambda a: (a.amax((0, 1)), a.amin(1, keepdim=True)),
    "hardtanh_clamps": lambda a: (torch.nn.functional.hardtanh(a), a.clamp_max(0.5),
                                  a.clamp_min(-0.5)),
    "isinf_family": lambda a: (a.isnan(), a.isneginf(), a.isposinf()),
    "sign_bitwise_not": lambda a: (a.sign(), (a > 0).bitwise_not(),
                                   ((a > 0).to(torch.int64) - 3).bitwise_not()),
    "index_tensor": lambda a: (a[torch.tensor([2, -1, 0])], a[:, torch.tensor([[1], [-1]])],
                               a[torch.tensor([0, 2]), torch.tensor([3, -4])]),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_formula_matches_eager(name):
    fn, x = CASES[name], special()
    compiled = torch_mlir_ltc.compile(fn, (x,))
    got, want = compiled(x), fn(x)
    got = got if isinstance(got, tuple) else (got,)
    want = want if isinstance(want, tuple) else (want,)
    for g, w in zip(got, want):
        assert g.dtype == w.dtype and g.shape == w.shape
        torch.testing.assert_close(g, w, equal_nan=True, rtol=0, atol=0)
        if w.is_floating_point():
            assert torch.equal(torch.signbit(g), torch.signbit(w))


def test_variance_is_two_pass():
    # A one-pass formula in f32 loses every digit on a mean of 1e5.
    torch.manual_seed(0)
    x = torch.randn(4, 64) + 1e5
    fn = lambda a: (torch.var(a, dim=1, correction=2), torch.var_mean(a, dim=0))  # noqa: E731
    got, want = torch_mlir_ltc.compile(fn, (x,))(x), fn(x)
    torch.testing.assert_close(got[0], want[0], rtol=1e-3, atol=1e-3)
    torch.testing.assert_close(got[1], want[1], rtol=1e-3, atol=1e-2)
