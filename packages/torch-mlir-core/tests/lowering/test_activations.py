"""Activation functions lowered to linalg-on-tensors and compared with torch
eager (most reach the lowering decomposed into core-ATen elementwise ops;
the rest have rules of their own: hardtanh, elu, gelu, leaky_relu, ...)."""

import pytest
import torch
import torch.nn.functional as F
from test_elementwise import f32, run

ACTIVATIONS = [
    ("relu", F.relu), ("relu6", F.relu6), ("gelu", F.gelu),
    ("gelu_tanh", lambda x: F.gelu(x, approximate="tanh")), ("silu", F.silu),
    ("sigmoid", torch.sigmoid), ("tanh", torch.tanh), ("hardswish", F.hardswish),
    ("hardsigmoid", F.hardsigmoid), ("leaky_relu", F.leaky_relu),
    ("leaky_relu_0.2", lambda x: F.leaky_relu(x, 0.2)), ("elu", F.elu),
    ("elu_alpha", lambda x: F.elu(x, alpha=0.5)), ("selu", F.selu),
    ("celu", lambda x: F.celu(x, alpha=1.5)), ("softplus", F.softplus),
    ("softplus_beta", lambda x: F.softplus(x, beta=2.0, threshold=3.0)), ("mish", F.mish),
    ("logsigmoid", F.logsigmoid), ("softsign", F.softsign), ("hardtanh", F.hardtanh),
    ("hardtanh_range", lambda x: F.hardtanh(x, -0.5, 2.0)),
    ("threshold", lambda x: F.threshold(x, 0.1, 20.0)), ("tanhshrink", F.tanhshrink),
    ("softshrink", F.softshrink), ("hardshrink", F.hardshrink),
    ("prelu", lambda x: F.prelu(x, torch.tensor([0.25]))),
]


@pytest.mark.parametrize("name,fn", ACTIVATIONS, ids=[a[0] for a in ACTIVATIONS])
def test_activation(name, fn):
    run(fn, f32(3, 7, lo=-6, hi=6))


@pytest.mark.parametrize("name,fn", [("relu", F.relu), ("gelu", F.gelu), ("silu", F.silu),
                                     ("hardswish", F.hardswish), ("elu", F.elu)])
def test_activation_dynamic(name, fn):
    run(fn, f32(3, 7, lo=-6, hi=6), dynamic={0: [0, 1]})


@pytest.mark.parametrize("name,fn", [("relu", F.relu), ("gelu", F.gelu), ("sigmoid", torch.sigmoid),
                                     ("hardtanh", F.hardtanh), ("leaky_relu", F.leaky_relu)])
def test_activation_float64(name, fn):
    run(fn, f32(3, 7, lo=-6, hi=6, dtype=torch.float64))


@pytest.mark.parametrize("name,fn", [("relu", F.relu), ("gelu", F.gelu), ("silu", F.silu)])
def test_activation_float16(name, fn):
    run(fn, f32(3, 7, lo=-6, hi=6, dtype=torch.float16), rtol=2e-3, atol=2e-3)


def test_prelu_per_channel():
    run(lambda x, w: F.prelu(x, w), f32(2, 3, 4), f32(3, lo=0, hi=0.5))


def test_relu_int():
    run(F.relu, torch.tensor([-3, 0, 5], dtype=torch.int32))


def test_hardtanh_int():
    run(lambda x: F.hardtanh(x, -2, 3), torch.tensor([-5, -2, 0, 3, 9]))


def test_activation_nan_propagates():
    x = torch.tensor([float("nan"), -1.0, 2.0, float("inf"), float("-inf")])
    # (gelu is left out: eager gives nan for gelu(+-inf), from inf * 0.)
    run(lambda t: (F.relu(t), F.hardtanh(t), F.leaky_relu(t), F.elu(t), F.relu6(t),
                   F.hardswish(t)), x)


def test_softplus_large_inputs():
    run(F.softplus, torch.tensor([-100.0, -20.0, 0.0, 19.0, 21.0, 100.0]))
