"""Decompositions, applied before FX import (missing_op_decompositions), of
rrelu's ops in evaluation mode, where they are deterministic (the CPU
kernels): `rrelu_with_noise_functional` is leaky_relu with the slope
(lower + upper) / 2 and returns the noise unchanged;
`rrelu_with_noise_backward` is leaky_relu's backward with that slope, or,
in training mode, the gradient times the recorded noise. rrelu in training
mode draws its slopes at random: it is reported, not lowered.
"""

from __future__ import annotations

import torch

aten = torch.ops.aten


def rrelu_with_noise_functional(x, noise, lower=0.125, upper=1.0 / 3.0, training=False,
                                generator=None):
    if training:
        raise NotImplementedError(
            "aten.rrelu_with_noise_functional in training mode (random slopes) is not "
            "supported; rrelu in evaluation mode (training=False) is")
    return aten.leaky_relu(x, (float(lower) + float(upper)) / 2), noise.clone()


def rrelu_with_noise_backward(grad, x, noise, lower, upper, training: bool, self_is_result: bool):
    if training and float(upper) - float(lower) > 1e-6:
        return grad * noise
    slope = (float(lower) + float(upper)) / 2
    return aten.leaky_relu_backward(grad, x, slope, self_is_result)


def rrelu_decompositions() -> dict:
    """OpOverload -> decomposition, for the pre-import table."""
    return {aten.rrelu_with_noise_functional.default: rrelu_with_noise_functional,
            aten.rrelu_with_noise_backward.default: rrelu_with_noise_backward}
