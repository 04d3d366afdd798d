"""Normalization: batch norm (inference with running stats, training with
batch stats, the functional form that also returns the updated running
stats), layer norm and group norm, each with its mean/rstd results.

The statistics come from reductions.moments (two-pass mean/variance,
accumulated in f32 for 16-bit floats); the output is then, as torch computes
it on CPU, x * scale + shift with per-channel (batch/group norm) or per-row
(layer norm) scale = rstd * weight and shift = bias - mean * scale.
Instance norm reaches here as _native_batch_norm_legit.no_stats on a
reshaped input (torch's decomposition).
"""

from __future__ import annotations

import torch
from mlir import ir
from mlir.dialects import arith, math

from ..registry import Unsupported, rule
from .common import (PARALLEL, acc_dtype, affine_map, as_index, collapse, convert_scalar, dims,
                     element_type, empty, expand, generic, identity_map, is_float)
from .reductions import Reduce, const, count_as, finish, map_over, moments


def _eps(n, i) -> float:
    v = n.operands[i]
    if isinstance(v, ir.Value):
        raise Unsupported("eps must be a constant")
    return float(v)


def _rsqrt_plus(eps_value, acc):
    def fn(v):
        return math.RsqrtOp(arith.AddFOp(v, const(eps_value, acc)).result).result
    return fn


def _stat_result(n, i: int, r: Reduce | None, value: ir.Value | None, acc: torch.dtype):
    """Result `i` (a saved mean/rstd): an empty tensor where torch returns
    one of size 0, else `value` cast to the result dtype."""
    sizes = n.result_sizes(i)
    out = n.result_dtype(i)
    if value is None or sizes == [0]:
        return empty([0] * len(sizes), element_type(out))
    if r is not None:
        return finish(r, value, acc, out)
    t = ir.RankedTensorType(value.type)
    if t.element_type == element_type(out):
        return value
    return map_over(value, [(value, None)], element_type(out),
                    lambda v, _o: convert_scalar(v, acc, out))


def _check_float(dt):
    if not is_float(dt):
        raise Unsupported(f"normalization of {dt} (needs a floating-point tensor)")


def _scale_shift(mean, rstd, weight, bias, w_dt, b_dt, acc, sizes, maps=None):
    """Per-channel scale = rstd * w and shift = b - mean * scale, one generic
    over `sizes` (mean/rstd/weight/bias maps in `maps`, default identity)."""
    rank = len(sizes)
    ident = identity_map(rank)
    maps = maps or {}
    ins, in_maps, kinds = [mean, rstd], [maps.get("stat", ident)] * 2, []
    for v, dt, k in ((weight, w_dt, "w"), (bias, b_dt, "b")):
        if v is not None:
            ins.append(v)
            in_maps.append(maps.get("param", ident))
            kinds.append((k, dt))
    elem = element_type(acc)

    def body(m, rs, *rest):
        params = dict(zip([k for k, _ in kinds], rest[:len(kinds)]))
        dts = dict(kinds)
        scale = rs
        if "w" in params:
            scale = arith.MulFOp(scale, convert_scalar(params["w"], dts["w"], acc)).result
        shift = arith.NegFOp(arith.MulFOp(m, scale).result).result
        if "b" in params:
            shift = arith.AddFOp(convert_scalar(params["b"], dts["b"], acc), shift).result
        return [scale, shift]
    return generic(ins, [empty(sizes, elem), empty(sizes, elem)], in_maps + [ident, ident],
                   [PARALLEL] * rank, body)


def _apply(x, src, out, acc, scale, shift, param_map, sizes):
    """out = x * scale + shift (scale/shift read through `param_map`)."""
    def body(v, sc, sh, _o):
        y = arith.AddFOp(arith.MulFOp(convert_scalar(v, src, acc), sc).result, sh).result
        return convert_scalar(y, acc, out)
    return map_over(x, [(x, None), (scale, param_map), (shift, param_map)], element_type(out),
                    body, sizes=sizes)


def _nc_input(n, x, what: str):
    """(source dtype, result dtype, sizes, rank) of the float input `x` of a
    channel norm, which must be of rank >= 2 (N, C, ...)."""
    src, out = n.dtype(0), n.result_dtype(0)
    _check_float(src)
    sizes = dims(x)
    if len(sizes) < 2:
        raise Unsupported(f"{what} needs an input of rank >= 2 (N, C, ...)")
    return src, out, sizes, len(sizes)


# --- batch norm ------------------------------------------------------------------------

def _batch_norm(n, x, weight, bias, running_mean, running_var, training, momentum, eps,
                functional=False):
    src, out, sizes, rank = _nc_input(n, x, "batch norm")
    acc = acc_dtype(src)
    chan_map = affine_map(rank, [1])
    idx = {v: i for i, v in enumerate(n.operands) if isinstance(v, ir.Value)}

    def dt_of(v):
        return n.dtype(idx[v]) if v is not None else None

    r = Reduce(sizes, [d for d in range(rank) if d != 1], False)
    c_sizes = [sizes[1]]
    var = None
    if training and functional:
        # The biased variance is kept for the running-variance update.
        mean, var = moments(x, src, r, acc, 0)
        rstd = map_over(var, [(var, None)], element_type(acc),
                        lambda v, _o: _rsqrt_plus(eps, acc)(v))
        stat_dt = acc
    elif training:
        mean, rstd = moments(x, src, r, acc, 0, _rsqrt_plus(eps, acc))
        stat_dt = acc
    else:
        if running_mean is None or running_var is None:
            raise Unsupported("batch norm in inference mode needs running_mean and running_var")
        stat_dt = acc
        rm_dt, rv_dt = dt_of(running_mean), dt_of(running_var)

        def inv(m, v, _o1, _o2):
            return [convert_scalar(m, rm_dt, acc),
                    _rsqrt_plus(eps, acc)(convert_scalar(v, rv_dt, acc))]
        ident = identity_map(1)
        mean, rstd = generic([running_mean, running_var],
                             [empty(c_sizes, element_type(acc)), empty(c_sizes, element_type(acc))],
                             [ident] * 4, [PARALLEL], inv)
    scale, shift = _scale_shift(mean, rstd, weight, bias, dt_of(weight), dt_of(bias), stat_dt,
                                c_sizes)
    y = _apply(x, src, out, acc, scale, shift, chan_map, sizes)
    # (In inference torch's CPU kernels return empty saved stats; a result
    # type with sizes gets the stats used.)
    results = [y, _stat_result(n, 1, None, mean, acc), _stat_result(n, 2, None, rstd, acc)]
    if functional:
        results += _updated_running_stats(r, acc, running_mean, running_var,
                                          dt_of(running_mean), dt_of(running_var), mean, var,
                                          training, momentum)
    return results


def _updated_running_stats(r, acc, rm, rv, rm_dt, rv_dt, mean, var, training, momentum):
    """running_mean/var after a training step: (1 - m) * old + m * batch stat
    (the variance unbiased: var * N / (N - 1)), unchanged in inference."""
    if not training:
        return [rm, rv]
    if isinstance(momentum, ir.Value) or momentum is None:
        raise Unsupported("momentum must be a constant")
    m, one_m = const(float(momentum), acc), const(1.0 - float(momentum), acc)
    n_f = count_as(r.count(), acc)
    bessel = arith.DivFOp(n_f, arith.SubFOp(n_f, const(1.0, acc)).result).result

    def update(old_dt, unbias):
        def body(old, stat, _o):
            if unbias:
                stat = arith.MulFOp(stat, bessel).result
            y = arith.AddFOp(arith.MulFOp(one_m, convert_scalar(old, old_dt, acc)).result,
                             arith.MulFOp(m, stat).result).result
            return convert_scalar(y, acc, old_dt)
        return body
    new_rm = map_over(mean, [(rm, None), (mean, None)], element_type(rm_dt), update(rm_dt, False))
    new_rv = map_over(var, [(rv, None), (var, None)], element_type(rv_dt), update(rv_dt, True))
    return [new_rm, new_rv]


def _flag(n, i, what) -> bool:
    v = n.operands[i]
    if isinstance(v, ir.Value):
        raise Unsupported(f"{what} must be a constant")
    return bool(v)


@rule("torch.aten._native_batch_norm_legit_no_training")
def batch_norm_no_training(cx, n):
    x, w, b, rm, rv, momentum = n.operands[:6]
    return _batch_norm(n, x, w, b, rm, rv, False, momentum, _eps(n, 6))


@rule("torch.aten.native_batch_norm", "torch.aten._native_batch_norm_legit")
def native_batch_norm(cx, n):
    x, w, b, rm, rv = n.operands[:5]
    return _batch_norm(n, x, w, b, rm, rv, _flag(n, 5, "training"), n.operands[6], _eps(n, 7))


@rule("torch.aten._native_batch_norm_legit.no_stats")
def batch_norm_no_stats(cx, n):
    x, w, b = n.operands[:3]
    training = _flag(n, 3, "training")
    if not training:
        raise Unsupported("batch norm in inference mode without running stats")
    return _batch_norm(n, x, w, b, None, None, True, n.operands[4], _eps(n, 5))


@rule("torch.aten._native_batch_norm_legit_functional")
def batch_norm_functional(cx, n):
    x, w, b, rm, rv = n.operands[:5]
    return _batch_norm(n, x, w, b, rm, rv, _flag(n, 5, "training"), n.operands[6], _eps(n, 7),
                       functional=True)


@rule("torch.aten.batch_norm")
def batch_norm(cx, n):
    # batch_norm(input, weight, bias, running_mean, running_var, training, momentum, eps,
    # cudnn_enabled): the result only.
    x, w, b, rm, rv = n.operands[:5]
    training = _flag(n, 5, "training") or rm is None
    return _batch_norm(_OneResult(n), x, w, b, rm, rv, training, n.operands[6], _eps(n, 7))[0]


class _OneResult:
    """A Node view for ops with only the normalized output: stats results
    are not asked for (their types do not exist)."""

    def __init__(self, n):
        self._n = n
        self.operands = n.operands

    def dtype(self, i):
        return self._n.dtype(i)

    def result_dtype(self, i=0):
        return self._n.result_dtype(0)

    def result_sizes(self, i=0):
        return [0] if i else self._n.result_sizes(0)


# --- layer norm ------------------------------------------------------------------------

@rule("torch.aten.native_layer_norm")
def native_layer_norm(cx, n):
    x, _, w, b = n.operands[:4]
    eps = _eps(n, 4)
    src, out = n.dtype(0), n.result_dtype(0)
    _check_float(src)
    sizes = dims(x)
    rank = len(sizes)
    shape = n.operands[1]
    if not isinstance(shape, (list, tuple)):
        raise Unsupported("normalized_shape must be a list")
    k = len(shape)  # only its length matters (its sizes may be run-time values)
    if k > rank:
        raise Unsupported(f"normalized_shape of rank {k} for an input of rank {rank}")
    acc = acc_dtype(src)
    r = Reduce(sizes, list(range(rank - k, rank)), True)
    mean, rstd = moments(x, src, r, acc, 0, _rsqrt_plus(eps, acc))
    param_map = affine_map(rank, list(range(rank - k, rank)))
    ins = [(x, None), (mean, r.out_map), (rstd, r.out_map)]
    kinds = []
    for i, v in ((2, w), (3, b)):
        if v is not None:
            ins.append((v, param_map))
            kinds.append((i, n.dtype(i)))

    def body(v, m, rs, *rest):
        params = dict(zip([i for i, _ in kinds], rest[:len(kinds)]))
        dts = dict(kinds)
        y = arith.MulFOp(arith.SubFOp(convert_scalar(v, src, acc), m).result, rs).result
        if 2 in params:
            y = arith.MulFOp(y, convert_scalar(params[2], dts[2], acc)).result
        if 3 in params:
            y = arith.AddFOp(y, convert_scalar(params[3], dts[3], acc)).result
        return convert_scalar(y, acc, out)
    y = map_over(x, ins, element_type(out), body, sizes=sizes)
    return [y, _stat_result(n, 1, r, mean, acc), _stat_result(n, 2, r, rstd, acc)]


@rule("torch.aten.layer_norm")
def layer_norm(cx, n):
    # layer_norm(input, normalized_shape, weight, bias, eps, cudnn_enable): the output only.
    return native_layer_norm(cx, _OneResult(n))[0]


# --- group norm ------------------------------------------------------------------------

def _expand_dim(x, d: int, parts: list, sizes: list | None = None) -> ir.Value:
    """x with dim `d` split into `parts` (ints or index values); `sizes`: x's."""
    sizes = dims(x) if sizes is None else sizes
    new = sizes[:d] + parts + sizes[d + 1:]
    reassoc, k = [], 0
    for i in range(len(sizes)):
        width = len(parts) if i == d else 1
        reassoc.append(list(range(k, k + width)))
        k += width
    return expand(x, reassoc, new)


@rule("torch.aten.native_group_norm")
def native_group_norm(cx, n):
    x, w, b = n.operands[:3]
    groups = n.const(6, "group")
    eps = _eps(n, 7)
    src, out, sizes, rank = _nc_input(n, x, "group norm")
    c = sizes[1]
    if isinstance(c, int):
        if groups <= 0 or c % groups:
            raise Unsupported(f"{c} channels do not split into {groups} groups")
        cg = c // groups
    else:
        cg = arith.DivUIOp(c, as_index(groups)).result
    acc = acc_dtype(src)
    xe = _expand_dim(x, 1, [groups, cg], sizes)          # [N, G, C/G, *S]
    r = Reduce(sizes[:1] + [groups, cg] + sizes[2:], list(range(2, rank + 1)), False)   # -> [N, G]
    mean, rstd = moments(xe, src, r, acc, 0, _rsqrt_plus(eps, acc))
    # Per (n, c): scale/shift over [N, G, C/G], then seen as [N, C].
    ng_sizes = [sizes[0], groups, cg]
    stat_map = affine_map(3, [0, 1])
    param_map = affine_map(3, [1, 2])
    we = _expand_dim(w, 0, [groups, cg]) if w is not None else None
    be = _expand_dim(b, 0, [groups, cg]) if b is not None else None
    scale, shift = _scale_shift(mean, rstd, we, be, n.dtype(1) if w is not None else None,
                                n.dtype(2) if b is not None else None, acc, ng_sizes,
                                {"stat": stat_map, "param": param_map})
    scale, shift = collapse(scale, [[0], [1, 2]]), collapse(shift, [[0], [1, 2]])
    y = _apply(x, src, out, acc, scale, shift, affine_map(rank, [0, 1]), sizes)
    return [y, _stat_result(n, 1, r, mean, acc), _stat_result(n, 2, r, rstd, acc)]
