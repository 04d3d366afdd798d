"""Activation functions, functional and nn.Module forms: relu family, gelu
(exact and tanh), silu, sigmoid, hard* variants, leaky_relu, elu/selu/celu,
softplus (beta/threshold), mish, logsigmoid, softsign, PReLU, threshold,
clamp/clamp_min/clamp_max (float and int) and Dropout in eval mode."""

import torch
import torch.nn.functional as F

from torch_mlir_e2e.registry import F64, I64, I32, Arg, e2e_test


_TRANSCENDENTAL = dict(rtol=1e-4, atol=1e-5)

# name, function, tolerances, extra variants. Inputs span [-4, 4] so that every
# piece of the piecewise activations (hardswish at +-3, relu6 at 6 after *2) is hit.
_ACTIVATIONS = [
    ("relu", F.relu, {}, ("static", "f64")),
    ("relu6", lambda x: F.relu6(x * 2), {}, ()),
    ("gelu", F.gelu, _TRANSCENDENTAL, ("static", "f64")),
    ("gelu_tanh", lambda x: F.gelu(x, approximate="tanh"), _TRANSCENDENTAL, ()),
    ("silu", F.silu, _TRANSCENDENTAL, ()),
    ("sigmoid", torch.sigmoid, _TRANSCENDENTAL, ()),
    ("tanh", F.tanh, _TRANSCENDENTAL, ()),
    ("hardswish", F.hardswish, {}, ("static",)),
    ("hardsigmoid", F.hardsigmoid, {}, ()),
    ("hardtanh", F.hardtanh, {}, ()),
    ("hardtanh_bounds", lambda x: F.hardtanh(x, min_val=-0.5, max_val=2.0), {}, ()),
    ("leaky_relu", F.leaky_relu, {}, ()),
    ("leaky_relu_slope", lambda x: F.leaky_relu(x, negative_slope=0.2), {}, ()),
    ("elu", F.elu, _TRANSCENDENTAL, ()),
    ("elu_alpha", lambda x: F.elu(x, alpha=0.5), _TRANSCENDENTAL, ()),
    ("selu", F.selu, _TRANSCENDENTAL, ()),
    ("celu", lambda x: F.celu(x, alpha=1.5), _TRANSCENDENTAL, ()),
    ("softplus", F.softplus, _TRANSCENDENTAL, ()),
    ("softplus_beta_threshold", lambda x: F.softplus(x, beta=2.0, threshold=5.0),
     _TRANSCENDENTAL, ()),
    ("mish", F.mish, _TRANSCENDENTAL, ()),
    ("logsigmoid", F.logsigmoid, _TRANSCENDENTAL, ()),
    ("softsign", F.softsign, {}, ()),
    ("threshold", lambda x: F.threshold(x, 0.1, 20.0), {}, ()),
]


def _register_activation(name, fn, tols, variants):
    def activation(x):
        return fn(x)

    e2e_test(name=f"activation_{name}_dynamic", args=[Arg([-1, -1])],
             inputs=lambda tu: (tu.rand(6, 9, low=-4, high=4),), **tols)(activation)
    if "static" in variants:
        e2e_test(name=f"activation_{name}_static", args=[Arg([2, 3, 8])],
                 inputs=lambda tu: (tu.rand(2, 3, 8, low=-4, high=4),), **tols)(activation)
    if "f64" in variants:
        e2e_test(name=f"activation_{name}_f64", args=[Arg([-1, 7], F64)],
                 inputs=lambda tu: (tu.rand(4, 7, low=-4, high=4, dtype=F64),),
                 **tols)(activation)


for _name, _fn, _tols, _variants in _ACTIVATIONS:
    _register_activation(_name, _fn, _tols, _variants)


@e2e_test(args=[Arg([-1, 5])], inputs=lambda tu: (tu.rand(4, 5, low=-20, high=20),),
          **_TRANSCENDENTAL)
def activation_softplus_wide_range(x):
    # Far past the threshold softplus is the identity; far below it is ~exp(x).
    return F.softplus(x, beta=1.0, threshold=10.0)


@e2e_test(args=[Arg([-1, 6], I64)], inputs=lambda tu: (tu.randint(3, 6, low=-10, high=10),))
def activation_relu_int64(x):
    return torch.relu(x)


# --------------------------------------------------------------------- modules


@e2e_test(args=[Arg([-1, 3, 5, 5])], inputs=lambda tu: (tu.randn(2, 3, 5, 5),))
class activation_prelu_module(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.prelu = torch.nn.PReLU()

    def forward(self, x):
        return self.prelu(x)


@e2e_test(args=[Arg([-1, 4, -1])], inputs=lambda tu: (tu.randn(3, 4, 6),))
class activation_prelu_per_channel(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.prelu = torch.nn.PReLU(num_parameters=4)
        with torch.no_grad():
            self.prelu.weight.copy_(torch.tensor([0.1, -0.2, 0.5, 1.5]))

    def forward(self, x):
        return self.prelu(x)


@e2e_test(args=[Arg([4, 6]), Arg([1])], inputs=lambda tu: (tu.randn(4, 6), tu.rand(1)))
def activation_prelu_functional(x, w):
    return F.prelu(x, w)


@e2e_test(args=[Arg([-1, 16])], inputs=lambda tu: (tu.randn(4, 16),), **_TRANSCENDENTAL)
class activation_module_stack(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = torch.nn.Sequential(
            torch.nn.GELU(), torch.nn.SiLU(), torch.nn.Hardswish(), torch.nn.ReLU(),
            torch.nn.LeakyReLU(0.1), torch.nn.ELU(), torch.nn.Sigmoid(), torch.nn.Tanh())

    def forward(self, x):
        return self.layers(x)


@e2e_test(args=[Arg([-1, 8])], inputs=lambda tu: (tu.randn(5, 8),))
class activation_dropout_eval(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.drop = torch.nn.Dropout(p=0.5)

    def forward(self, x):
        return self.drop(x) * 2.0


@e2e_test(args=[Arg([3, 8])], inputs=lambda tu: (tu.randn(3, 8),))
def activation_dropout_functional_not_training(x):
    return F.dropout(x, p=0.3, training=False) + F.dropout(x, p=0.0)


# ----------------------------------------------------------------------- clamp


@e2e_test(args=[Arg([-1, -1])], inputs=lambda tu: (tu.randn(4, 6),))
def activation_clamp_float(x):
    return torch.clamp(x, -0.5, 0.7)


@e2e_test(args=[Arg([3, 6])], inputs=lambda tu: (tu.randn(3, 6),))
def activation_clamp_min_max_float(x):
    return torch.clamp_min(x, 0.25), torch.clamp_max(x, -0.1)


@e2e_test(args=[Arg([-1, 6], F64)], inputs=lambda tu: (tu.randn(3, 6, dtype=F64),))
def activation_clamp_only_min_f64(x):
    return x.clamp(min=-0.3)


@e2e_test(args=[Arg([-1, 6], I64)], inputs=lambda tu: (tu.randint(3, 6, low=-20, high=20),))
def activation_clamp_int64(x):
    return torch.clamp(x, -5, 7)


@e2e_test(args=[Arg([4, 5], I32)],
          inputs=lambda tu: (tu.randint(4, 5, low=-20, high=20, dtype=I32),))
def activation_clamp_min_max_int32(x):
    return torch.clamp_min(x, -3), torch.clamp_max(x, 4)


@e2e_test(args=[Arg([-1, 5], I64)], inputs=lambda tu: (tu.randint(3, 5, low=-20, high=20),))
def activation_clamp_int64_float_bound(x):
    # A float bound promotes an int tensor: the result is float32.
    return torch.clamp(x, min=-2.5)


# rrelu in evaluation mode: leaky_relu with the slope (lower + upper) / 2
# (training mode draws random slopes: reported, not lowered).
@e2e_test(args=[Arg([4, 6])], inputs=lambda tu: (tu.randn(4, 6),))
def activation_rrelu_eval(x):
    return F.rrelu(x, 0.1, 0.3)


@e2e_test(args=[Arg([-1, -1])], inputs=lambda tu: (tu.randn(5, 3),))
def activation_rrelu_eval_dynamic(x):
    return F.rrelu(x)
