"""Random numbers (issue 17): rand/randn(_like), randint, bernoulli, dropout in
training mode, uniform_, normal, exponential_. A compiled program draws other
numbers than eager, so each test returns what both must agree on: the shape
and dtype (a tensor of the draw's shape, zeroed), the range, and moments with
bounds of many standard errors (40,000 draws: a bound that fails by chance
fails once in more than 1e9 runs)."""

import torch
import torch.nn.functional as F

from torch_mlir_e2e.registry import Arg, e2e_test

N = 200  # (written out in the bodies: TorchScript cannot read a global)


def _near(value: torch.Tensor, target: float, bound: float) -> torch.Tensor:
    return (value - target).abs() < bound


def _uniform_checks(r: torch.Tensor, low: float, high: float) -> torch.Tensor:
    span = high - low
    return torch.stack([r.min() >= low, r.max() < high,
                        _near(r.mean(), (low + high) / 2, 0.01 * span),
                        _near(r.var(), span * span / 12, 0.01 * span * span)])


def _normal_checks(r: torch.Tensor, mean: float, std: float) -> torch.Tensor:
    inside = ((r - mean).abs() < std).to(torch.float32).mean()
    return torch.stack([_near(r.mean(), mean, 0.03 * std), _near(r.std(), std, 0.03 * std),
                        _near(inside, 0.6827, 0.02)])


@e2e_test(args=[Arg([N, N])], inputs=lambda tu: (tu.randn(N, N),))
def random_rand_range_and_moments(x):
    r = torch.rand(200, 200)
    return _uniform_checks(r, 0.0, 1.0), r * 0 + x


@e2e_test(args=[Arg([-1, N])], inputs=lambda tu: (tu.randn(N, N),))
def random_rand_like_dynamic(x):
    r = torch.rand_like(x)
    return _uniform_checks(r, 0.0, 1.0), r * 0 + x


@e2e_test(args=[Arg([N, N], torch.float64)], inputs=lambda tu: (tu.randn(N, N).double(),))
def random_rand_f64(x):
    r = torch.rand(200, 200, dtype=torch.float64)
    return _uniform_checks(r, 0.0, 1.0), r * 0 + x


@e2e_test(args=[Arg([N, N])], inputs=lambda tu: (tu.randn(N, N),))
def random_randn_moments(x):
    r = torch.randn(200, 200)
    return _normal_checks(r, 0.0, 1.0), r * 0 + x


@e2e_test(args=[Arg([-1, N])], inputs=lambda tu: (tu.randn(N, N),))
def random_randn_like_dynamic(x):
    r = torch.randn_like(x)
    return _normal_checks(r, 0.0, 1.0), r * 0 + x


@e2e_test(args=[Arg([N, N])], inputs=lambda tu: (tu.randn(N, N),))
def random_randint_range(x):
    r = torch.randint(-5, 10, (200, 200))
    # 40,000 draws of 15 values: every value occurs, so min and max are exact.
    return r.min(), r.max(), _near(r.double().mean(), 2.0, 0.1), r.dtype == torch.int64


@e2e_test(args=[Arg([-1, N], torch.int32)],
          inputs=lambda tu: (tu.randint(200, 200, low=0, high=3).to(torch.int32),))
def random_randint_int32_dynamic(x):
    r = torch.randint(3, x.shape, dtype=torch.int32)
    return r.min(), r.max(), _near(r.double().mean(), 1.0, 0.05), r * 0 + x


@e2e_test(args=[Arg([N, N])], inputs=lambda tu: (tu.randn(N, N),))
def random_bernoulli_p(x):
    r = torch.ones_like(x).bernoulli_(0.3)
    return ((r == 0) | (r == 1)).all(), _near(r.mean(), 0.3, 0.02), r * 0 + x


@e2e_test(args=[Arg([-1, N])], inputs=lambda tu: (tu.randn(N, N),))
def random_bernoulli_tensor_p_dynamic(x):
    r = torch.bernoulli(torch.full_like(x, 0.8))
    return ((r == 0) | (r == 1)).all(), _near(r.mean(), 0.8, 0.02), r * 0 + x


@e2e_test(args=[Arg([N, N])], inputs=lambda tu: (tu.randn(N, N),))
def random_dropout_training(x):
    r = F.dropout(torch.ones_like(x), 0.25, training=True)
    kept = (r != 0).to(torch.float32)
    scaled_ok = ((r == 0) | ((r - 1 / 0.75).abs() < 1e-6)).all()
    return scaled_ok, _near(kept.mean(), 0.75, 0.02), r * 0 + x


@e2e_test(args=[Arg([-1, N])], inputs=lambda tu: (tu.randn(N, N),))
def random_dropout_training_dynamic_values(x):
    r = F.dropout(x, 0.5, training=True)
    # Each element is 0 or twice the input's.
    return ((r == 0) | (r == 2 * x)).all(), _near((r != 0).float().mean(), 0.5, 0.02)


@e2e_test(args=[Arg([N, N])], inputs=lambda tu: (tu.randn(N, N),))
def random_uniform_inplace(x):
    r = torch.empty_like(x).uniform_(-2.0, 3.0)
    return _uniform_checks(r, -2.0, 3.0), r * 0 + x


@e2e_test(args=[Arg([-1, N])], inputs=lambda tu: (tu.randn(N, N),))
def random_uniform_inplace_dynamic(x):
    r = torch.empty_like(x).uniform_(10.0, 12.0)
    return _uniform_checks(r, 10.0, 12.0), r * 0 + x


@e2e_test(args=[Arg([N, N])], inputs=lambda tu: (tu.randn(N, N),))
def random_normal_tensor_mean(x):
    mean = torch.zeros_like(x) + 3.0
    r = torch.normal(mean, 2.0)
    return _normal_checks(r, 3.0, 2.0), r * 0 + x


@e2e_test(args=[Arg([-1, N])], inputs=lambda tu: (tu.randn(N, N),))
def random_normal_tensor_std_dynamic(x):
    r = torch.normal(1.0, torch.full_like(x, 0.5))
    return _normal_checks(r, 1.0, 0.5), r * 0 + x


@e2e_test(args=[Arg([N, N])], inputs=lambda tu: (tu.randn(N, N),))
def random_exponential_inplace(x):
    r = torch.empty_like(x).exponential_(2.0)
    return r.min() >= 0, _near(r.mean(), 0.5, 0.02), _near(r.std(), 0.5, 0.02), r * 0 + x


@e2e_test(args=[Arg([N])], inputs=lambda tu: (tu.randn(N),))
def random_two_draws_differ(x):
    a, b = torch.rand(200), torch.rand(200)
    return (a != b).any(), (a + b) * 0 + x
