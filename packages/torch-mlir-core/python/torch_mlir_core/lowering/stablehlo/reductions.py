"""StableHLO reductions (stablehlo.reduce with an add/multiply/max/min/
and/or body): sum, mean, prod, amax/amin, max/min, any/all; softmax and
log_softmax composed from them; pooling as stablehlo.reduce_window
(max_pool, avg_pool) and adaptive average pooling to 1x1 as a mean."""

from __future__ import annotations

import torch
from mlir import ir

from ..linalg.common import acc_dtype, lowest, variance_correction
from ..registry import Unsupported, rule
from . import emitter as hlo
from .common import (broadcast_to, et, is_float, norm_dim, reshape_to, size_product,
                     sizes_of, splat_like)

TARGET = "stablehlo"


def _highest(dtype: torch.dtype):
    if is_float(dtype):
        return float("inf")
    return 1 if dtype == torch.bool else torch.iinfo(dtype).max


# reduction kind -> (body op, initial value for the dtype)
_KINDS = {
    "sum": ("add", lambda dt: 0),
    "prod": ("multiply", lambda dt: 1),
    "max": ("maximum", lowest),
    "min": ("minimum", _highest),
    "any": ("or", lambda dt: 0),
    "all": ("and", lambda dt: 1),
}


def reduce(x: ir.Value, dims: list[int], kind: str, dtype: torch.dtype) -> ir.Value:
    """`x` (of element type `dtype`) reduced over `dims` (dropped)."""
    body, init = _KINDS[kind]
    scalar = ir.RankedTensorType.get([], et(dtype))
    init_v = hlo.constant(init(dtype), scalar)
    shape = hlo.shape(x)
    t = hlo.tensor_type([s for i, s in enumerate(shape) if i not in dims], et(dtype))
    return hlo.reduce([x], [init_v], sorted(dims), [t],
                      lambda acc, e: [hlo.binary(body, acc, e)])[0]


def _dims(n, i: int, rank: int) -> list[int]:
    """The dims operand `i` names (None or [] for all dims)."""
    dims = n.operands[i] if len(n.operands) > i else None
    if dims is None or dims == []:
        return list(range(rank))
    if isinstance(dims, int):
        dims = [dims]
    if any(isinstance(d, ir.Value) for d in dims):
        raise Unsupported("the reduced dims must be constants")
    return sorted({norm_dim(d, rank) for d in dims})


def _keep(n, x: ir.Value, r: ir.Value, dims: list[int], keepdim: bool) -> ir.Value:
    if not keepdim:
        return r
    s = sizes_of(x)
    return reshape_to(r, [1 if i in dims else s[i] for i in range(len(s))])


def _reduction(kind: str, dims_at: int | None, keep_at: int | None):
    """A rule reducing operand 0 over the dims of operand `dims_at` (None:
    all dims), keeping them when operand `keep_at` says so."""
    def lower(cx, n):
        x = n.operands[0]
        out = n.result_dtype()
        acc = torch.bool if kind in ("any", "all") else acc_dtype(out)
        rank = len(hlo.shape(x))
        dims = _dims(n, dims_at, rank) if dims_at is not None else list(range(rank))
        keepdim = bool(n.const(keep_at, "keepdim")) if keep_at is not None and \
            len(n.operands) > keep_at else False
        xs = hlo.convert(x, et(acc))
        r = reduce(xs, dims, kind, acc)
        return hlo.convert(_keep(n, x, r, dims, keepdim), et(out))
    return lower


rule("torch.aten.sum", target=TARGET)(_reduction("sum", None, None))
rule("torch.aten.sum.dim_IntList", target=TARGET)(_reduction("sum", 1, 2))
rule("torch.aten.prod", target=TARGET)(_reduction("prod", None, None))
rule("torch.aten.prod.dim_int", target=TARGET)(_reduction("prod", 1, 2))
rule("torch.aten.amax", target=TARGET)(_reduction("max", 1, 2))
rule("torch.aten.amin", target=TARGET)(_reduction("min", 1, 2))
rule("torch.aten.max", target=TARGET)(_reduction("max", None, None))
rule("torch.aten.min", target=TARGET)(_reduction("min", None, None))
rule("torch.aten.any", target=TARGET)(_reduction("any", None, None))
rule("torch.aten.all", target=TARGET)(_reduction("all", None, None))
rule("torch.aten.any.dim", "torch.aten.any.dims", target=TARGET)(_reduction("any", 1, 2))
rule("torch.aten.all.dim", "torch.aten.all.dims", target=TARGET)(_reduction("all", 1, 2))


def mean(x: ir.Value, dims: list[int], dtype: torch.dtype) -> ir.Value:
    """The mean of `x` (element type `dtype`, a float) over `dims` (dropped)."""
    total = reduce(x, dims, "sum", dtype)
    count = size_product([sizes_of(x)[d] for d in dims])
    if isinstance(count, int):
        return hlo.binary("divide", total, splat_like(count, total))
    count = broadcast_to(hlo.convert(count, et(dtype)), sizes_of(total))
    return hlo.binary("divide", total, count)


@rule("torch.aten.mean", "torch.aten.mean.dim", target=TARGET)
def mean_rule(cx, n):
    x = n.operands[0]
    out = n.result_dtype()
    if not is_float(out):
        raise Unsupported("mean of a non-float dtype")
    rank = len(hlo.shape(x))
    dims = _dims(n, 1, rank) if n.name == "torch.aten.mean.dim" else list(range(rank))
    keepdim = n.name == "torch.aten.mean.dim" and bool(n.const(2, "keepdim"))
    acc = acc_dtype(out)
    r = mean(hlo.convert(x, et(acc)), dims, acc)
    return hlo.convert(_keep(n, x, r, dims, keepdim), et(out))


def _softmax(x: ir.Value, d: int, dtype: torch.dtype, log: bool) -> ir.Value:
    sizes = sizes_of(x)
    keep = [1 if i == d else s for i, s in enumerate(sizes)]

    def back(r):  # reduced over d, broadcast back to x's shape
        return broadcast_to(reshape_to(r, keep), sizes)

    shifted = hlo.binary("subtract", x, back(reduce(x, [d], "max", dtype)))
    e = hlo.unary("exponential", shifted)
    total = back(reduce(e, [d], "sum", dtype))
    if log:
        return hlo.binary("subtract", shifted, hlo.unary("log", total))
    return hlo.binary("divide", e, total)


@rule("torch.aten._softmax", "torch.aten._log_softmax", "torch.aten.softmax.int",
      "torch.aten.log_softmax.int", "torch.aten._safe_softmax", target=TARGET)
def softmax(cx, n):
    x = n.operands[0]
    out = n.result_dtype()
    if not is_float(out):
        raise Unsupported("softmax of a non-float dtype")
    d = norm_dim(n.const(1, "dim"), len(hlo.shape(x)))
    acc = acc_dtype(out)
    log = "log_softmax" in n.name
    r = _softmax(hlo.convert(x, et(acc)), d, acc, log)
    if n.name == "torch.aten._safe_softmax":
        # Rows that are all -inf give 0, not NaN.
        neg_inf = hlo.compare("EQ", x, splat_like(float("-inf"), x))
        every = reduce(neg_inf, [d], "all", torch.bool)
        sizes = sizes_of(x)
        every = broadcast_to(reshape_to(every, [1 if i == d else s for i, s in
                                               enumerate(sizes)]), sizes)
        r = hlo.select(every, splat_like(0.0, r), r)
    return hlo.convert(r, et(out))


# --- pooling -----------------------------------------------------------------

def _pool_params(n, spatial: int):
    def expand(v, default):
        v = list(v) if v else list(default)
        return v * spatial if len(v) == 1 else v
    kernel = expand(n.const_list(1, "kernel_size"), [])
    stride = expand(n.const_list(2, "stride"), kernel)
    padding = expand(n.const_list(3, "padding"), [0])
    return kernel, stride, padding


def _window(x, kernel, stride, padding, kind, dtype, t):
    lead = len(hlo.shape(x)) - len(kernel)
    shape = hlo.shape(x)
    if -1 in shape and _tiles(shape[lead:], kernel, stride, padding):
        # Windows tiling the static spatial dims exactly: a reshape to
        # [..., out, k, ...] and a reduce over the k dims (IREE cannot lower
        # a reduce_window whose operand has dynamic dims).
        split = sizes_of(x)[:lead]
        for s, k in zip(shape[lead:], kernel):
            split += [s // k, k]
        return reduce(reshape_to(x, split), [lead + 2 * i + 1 for i in range(len(kernel))],
                      kind, dtype)
    body, init = _KINDS[kind]
    init_v = hlo.constant(init(dtype), ir.RankedTensorType.get([], et(dtype)))
    return hlo.reduce_window(
        [x], [init_v], [t], lambda acc, e: [hlo.binary(body, acc, e)],
        window_dimensions=[1] * lead + kernel, window_strides=[1] * lead + stride,
        padding=[(0, 0)] * lead + [(p, p) for p in padding])[0]


def _tiles(spatial, kernel, stride, padding) -> bool:
    return all(s != -1 and k == st and p == 0 and s % k == 0
               for s, k, st, p in zip(spatial, kernel, stride, padding))


@rule("torch.aten.max_pool1d", "torch.aten.max_pool2d", "torch.aten.max_pool3d",
      "torch.aten.max_pool1d_with_indices", "torch.aten.max_pool2d_with_indices",
      "torch.aten.max_pool3d_with_indices", target=TARGET)
def max_pool(cx, n):
    with_indices = n.name.endswith("_with_indices")
    if with_indices and next(iter(n.op.results[1].uses), None) is not None:
        raise Unsupported("the indices of max_pool (only the values are supported)")
    x = n.operands[0]
    spatial = int(n.name.split("max_pool")[1][0])
    kernel, stride, padding = _pool_params(n, spatial)
    dilation = n.const_list(4, "dilation")
    if any(d != 1 for d in dilation) or n.const(5, "ceil_mode"):
        raise Unsupported("max_pool with dilation or ceil_mode")
    y = _window(x, kernel, stride, padding, "max", n.dtype(0),
                ir.RankedTensorType(n.result_types[0]))
    return [y, None] if with_indices else y


@rule("torch.aten.avg_pool1d", "torch.aten.avg_pool2d", "torch.aten.avg_pool3d",
      target=TARGET)
def avg_pool(cx, n):
    x = n.operands[0]
    spatial = int(n.name.split("avg_pool")[1][0])
    kernel, stride, padding = _pool_params(n, spatial)
    ceil_mode, include_pad = n.const(4, "ceil_mode"), n.const(5, "count_include_pad")
    divisor = n.const(6, "divisor_override") if len(n.operands) > 6 else None
    out = n.result_dtype()
    if ceil_mode or not is_float(out):
        raise Unsupported("avg_pool with ceil_mode or of a non-float dtype")
    t = ir.RankedTensorType(n.result_types[0])
    total = _window(x, kernel, stride, padding, "sum", out, t)
    if divisor is None and not include_pad and any(padding):
        ones = splat_like(1.0, x)
        count = _window(ones, kernel, stride, padding, "sum", out, t)
        return hlo.binary("divide", total, count)
    count = divisor or size_product(kernel)
    return hlo.binary("divide", total, splat_like(count, total))


@rule("torch.aten.adaptive_avg_pool1d", "torch.aten.adaptive_avg_pool2d",
      "torch.aten._adaptive_avg_pool2d", "torch.aten.adaptive_avg_pool3d",
      "torch.aten._adaptive_avg_pool3d", target=TARGET)
def adaptive_avg_pool(cx, n):
    x = n.operands[0]
    size = n.const_list(1, "output_size")
    if any(s != 1 for s in size):
        raise Unsupported("adaptive average pooling to a size other than 1")
    rank = len(hlo.shape(x))
    dims = list(range(rank - len(size), rank))
    out = n.result_dtype()
    r = mean(hlo.convert(x, et(acc_dtype(out))), dims, acc_dtype(out))
    return hlo.convert(_keep(n, x, r, dims, True), et(out))


# --- variance and vector norms ----------------------------------------------------

def _back(x: ir.Value, r: ir.Value, dims: list[int]) -> ir.Value:
    """`r` (x reduced over `dims`, dropped) broadcast back to x's shape."""
    s = sizes_of(x)
    return broadcast_to(reshape_to(r, [1 if i in dims else s[i] for i in range(len(s))]), s)


def _moments(n):
    """(x, reduced dims, keepdim, accumulator dtype, mean, var) of a
    var/var_mean/std.correction op: two passes (the mean, then the squared
    deviations from it), so a large mean costs no precision; the divisor is
    max(0, N - correction) as torch's."""
    x = n.operands[0]
    out = n.result_dtype()
    acc = acc_dtype(out)
    if not is_float(acc):
        raise Unsupported(f"variance into {out} (needs a floating-point dtype)")
    rank = len(hlo.shape(x))
    dims = _dims(n, 1, rank)
    keepdim = bool(n.const(3, "keepdim")) if len(n.operands) > 3 else False
    xs = hlo.convert(x, et(acc))
    m = mean(xs, dims, acc)
    dev = hlo.binary("subtract", xs, _back(xs, m, dims))
    total = reduce(hlo.binary("multiply", dev, dev), dims, "sum", acc)
    count = size_product([sizes_of(x)[d] for d in dims])
    c = variance_correction(n)
    if isinstance(count, int):
        divisor = splat_like(max(0.0, count - c), total)
    else:
        d = hlo.binary("maximum", hlo.binary("subtract", hlo.convert(count, et(acc)),
                                              hlo.constant(c, ir.RankedTensorType.get(
                                                  [], et(acc)))),
                       hlo.constant(0.0, ir.RankedTensorType.get([], et(acc))))
        divisor = broadcast_to(d, sizes_of(total))
    v = hlo.binary("divide", total, divisor)
    return x, dims, keepdim, acc, m, v


@rule("torch.aten.var.correction", target=TARGET)
def var(cx, n):
    x, dims, keepdim, _acc, _m, v = _moments(n)
    return hlo.convert(_keep(n, x, v, dims, keepdim), et(n.result_dtype()))


@rule("torch.aten.std.correction", target=TARGET)
def std(cx, n):
    x, dims, keepdim, _acc, _m, v = _moments(n)
    return hlo.convert(_keep(n, x, hlo.unary("sqrt", v), dims, keepdim), et(n.result_dtype()))


@rule("torch.aten.var_mean.correction", target=TARGET)
def var_mean(cx, n):
    x, dims, keepdim, _acc, m, v = _moments(n)
    return [hlo.convert(_keep(n, x, v, dims, keepdim), et(n.result_dtype(0))),
            hlo.convert(_keep(n, x, m, dims, keepdim), et(n.result_dtype(1)))]


@rule("torch.aten.linalg_vector_norm", target=TARGET)
def linalg_vector_norm(cx, n):
    """ord inf/-inf: max/min of |x|; 0: the count of non-zeros; 1: sum of
    |x|; 2: sqrt of the sum of squares; p: (sum |x|^p)^(1/p)."""
    x = n.operands[0]
    out = n.result_dtype()
    acc = acc_dtype(out)
    if not is_float(acc):
        raise Unsupported(f"vector norm into {out} (needs a floating-point dtype)")
    p = n.operands[1]
    if isinstance(p, ir.Value):
        raise Unsupported("ord must be a constant")
    p = 2.0 if p is None else float(p)
    rank = len(hlo.shape(x))
    dims = _dims(n, 2, rank)
    keepdim = bool(n.const(3, "keepdim"))
    xs = hlo.convert(x, et(acc))
    a = hlo.unary("abs", xs)
    if p in (float("inf"), float("-inf")):
        r = reduce(a, dims, "max" if p > 0 else "min", acc)
    elif p == 0:
        nonzero = hlo.compare("NE", xs, splat_like(0.0, xs))
        r = reduce(hlo.convert(nonzero, et(acc)), dims, "sum", acc)
    elif p == 1:
        r = reduce(a, dims, "sum", acc)
    elif p == 2:
        r = hlo.unary("sqrt", reduce(hlo.binary("multiply", xs, xs), dims, "sum", acc))
    else:
        s = reduce(hlo.binary("power", a, splat_like(p, a)), dims, "sum", acc)
        r = hlo.binary("power", s, splat_like(1.0 / p, s))
    return hlo.convert(_keep(n, x, r, dims, keepdim), et(out))
