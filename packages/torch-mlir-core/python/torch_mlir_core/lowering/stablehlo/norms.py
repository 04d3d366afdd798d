"""StableHLO normalizations composed from reductions and elementwise ops:
layer norm (with its mean and rstd results) and inference-mode batch norm
(running statistics), static or dynamic shapes."""

from __future__ import annotations

from mlir import ir

from ..linalg.common import acc_dtype
from ..registry import Unsupported, rule
from . import emitter as hlo
from .common import broadcast_to, et, is_float, reshape_to, sizes_of, splat_like, tensor_of
from .reductions import mean

TARGET = "stablehlo"


def _unused(n, i: int) -> bool:
    return next(iter(n.op.results[i].uses), None) is None


@rule("torch.aten.native_layer_norm", target=TARGET)
def native_layer_norm(cx, n):
    x = n.operands[0]
    out = n.result_dtype()
    if not is_float(out):
        raise Unsupported("layer norm of a non-float dtype")
    normalized = n.const_list(1, "normalized_shape")
    eps = n.const(4, "eps")
    acc = acc_dtype(out)
    xs = hlo.convert(x, et(acc))
    sizes = sizes_of(xs)
    axis = len(sizes) - len(normalized)
    dims = list(range(axis, len(sizes)))
    keep = sizes[:axis] + [1] * len(normalized)

    def back(r):
        return broadcast_to(reshape_to(r, keep), sizes)

    mu = mean(xs, dims, acc)
    centered = hlo.binary("subtract", xs, back(mu))
    var = mean(hlo.binary("multiply", centered, centered), dims, acc)
    rstd = hlo.unary("rsqrt", hlo.binary("add", var, splat_like(eps, var)))
    y = hlo.binary("multiply", centered, back(rstd))
    for i, name in ((2, "multiply"), (3, "add")):
        if n.operands[i] is not None:
            y = hlo.binary(name, y, broadcast_to(tensor_of(n, i, acc), sizes))
    # (Unregistered ops are never dead-code eliminated: build only what is used.)
    stats = [None if _unused(n, i) else reshape_to(v, keep) for i, v in ((1, mu), (2, rstd))]
    return [hlo.convert(y, et(out))] + stats


def _batch_norm(n, x, weight_at, bias_at, mean_at, var_at, eps) -> ir.Value:
    out = n.result_dtype()
    if not is_float(out):
        raise Unsupported("batch norm of a non-float dtype")
    acc = acc_dtype(out)
    xs = hlo.convert(x, et(acc))
    sizes = sizes_of(xs)
    if len(sizes) < 2:
        raise Unsupported("batch norm needs a channel dim")

    def channel(i):  # a per-channel vector along dim 1
        return broadcast_to(tensor_of(n, i, acc), sizes, dims=[1])

    var = tensor_of(n, var_at, acc)
    rstd = hlo.unary("rsqrt", hlo.binary("add", var, splat_like(eps, var)))
    y = hlo.binary("subtract", xs, channel(mean_at))
    y = hlo.binary("multiply", y, broadcast_to(rstd, sizes, dims=[1]))
    if n.operands[weight_at] is not None:
        y = hlo.binary("multiply", y, channel(weight_at))
    if n.operands[bias_at] is not None:
        y = hlo.binary("add", y, channel(bias_at))
    return hlo.convert(y, et(out))


def _inference_batch_norm(n, eps_at: int, training_at: int | None, saved_stats: bool):
    """Batch norm with the running statistics (operands 1-4: weight, bias,
    running mean, running var). `training_at`: the operand that must be a false
    `training` flag; `saved_stats`: the op also has (unused) saved mean/rstd
    results, returned as None."""
    if training_at is not None and n.const(training_at, "training"):
        raise Unsupported("batch norm in training mode")
    if not saved_stats:
        return _batch_norm(n, n.operands[0], 1, 2, 3, 4, n.const(eps_at, "eps"))
    if not (_unused(n, 1) and _unused(n, 2)):
        raise Unsupported("the saved statistics of inference batch norm")
    return [_batch_norm(n, n.operands[0], 1, 2, 3, 4, n.const(eps_at, "eps")), None, None]


@rule("torch.aten._native_batch_norm_legit_no_training", target=TARGET)
def batch_norm_no_training(cx, n):
    return _inference_batch_norm(n, 6, None, saved_stats=True)


@rule("torch.aten.native_batch_norm", target=TARGET)
def native_batch_norm(cx, n):
    return _inference_batch_norm(n, 7, 5, saved_stats=True)


@rule("torch.aten.batch_norm", target=TARGET)
def batch_norm(cx, n):
    return _inference_batch_norm(n, 7, 5, saved_stats=False)
