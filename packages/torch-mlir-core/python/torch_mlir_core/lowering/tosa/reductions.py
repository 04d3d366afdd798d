"""Reductions to TOSA (sum/mean/amax/amin/prod/max.dim/min.dim/argmax/argmin/
any/all; one `tosa.reduce_*` per axis, rank kept, then a reshape unless
keepdim), and the ops composed of them: softmax and log_softmax (max-shifted
exp, reduce_sum), layer_norm and inference batch_norm (mean, variance,
rsqrt). Sums of f16/bf16 accumulate in f32, as torch does; means divide by a
static element count."""

from __future__ import annotations

import torch
from mlir import ir
from mlir.dialects import tosa

from ..registry import Unsupported, rule
from .common import (binary, convert, element_type, i32_attr, is_float, mul, needs_static,
                     norm_dim, reduce, reshape, shape, splat, tensor_of)

T = "tosa"


def _dims(n, i, r):
    dims = n.operands[i] if len(n.operands) > i else None
    if dims is None or dims == []:
        return list(range(r))
    if isinstance(dims, int):
        dims = [dims]
    return sorted({norm_dim(d, r) for d in dims})


def _acc(dt):
    return torch.float32 if dt in (torch.float16, torch.bfloat16) else dt


def _input_in_acc(n, what: str | None = None):
    """Operand 0 converted to its accumulation dtype: (value, acc dtype, rank).
    With `what`, a non-float operand is Unsupported ("<what> of <dtype>")."""
    dt = n.dtype(0)
    if what is not None and not is_float(dt):
        raise Unsupported(f"{what} of {dt}")
    acc = _acc(dt)
    x = convert(n.operands[0], dt, acc)
    return x, acc, len(shape(x))


def _count(x, axes):
    s = shape(x)
    count = 1
    for a in axes:
        count *= s[a]
    return count if all(s[a] != -1 for a in axes) else None


def _inv_count(x, axes, elem, r, minus=0) -> ir.Value:
    """1 / (element count over `axes` - minus) as a rank-r ones-shape tensor:
    a constant, or computed from the dynamic dims at run time (tensor.dim,
    arith, tensor.from_elements: all in the TOSA contract)."""
    count = _count(x, axes)
    if count is not None:
        c = count - minus
        return splat(1.0 / c if c > 0 else float("nan"), elem, r)
    from mlir.dialects import arith
    from mlir.dialects import tensor as tensor_d

    from .common import dim_i64

    total = None
    for a in axes:
        d = dim_i64(x, a) if shape(x)[a] == -1 else arith.ConstantOp(
            ir.IntegerType.get_signless(64), shape(x)[a]).result
        total = d if total is None else arith.MulIOp(total, d).result
    if minus:
        total = arith.SubIOp(total, arith.ConstantOp(ir.IntegerType.get_signless(64),
                                                     minus).result).result
    f = arith.SIToFPOp(elem, total).result
    one = tensor_d.FromElementsOp(ir.RankedTensorType.get([1], elem), [f]).result
    one = reshape(one, [1] * r) if r != 1 else one
    return tosa.ReciprocalOp(one.type, one).result


def _sum_like(n, x, axes, keepdim, mean: bool):
    out = n.result_dtype()
    acc = _acc(out)
    if mean and not is_float(acc):
        raise Unsupported(f"mean of {out}")
    x = convert(x, n.dtype(0), acc)
    if not shape(x):
        x = reshape(x, [1])
        axes, keepdim = [0], True
    r = reduce(tosa.ReduceSumOp, x, axes, keepdim)
    if mean:
        r = mul(ir.RankedTensorType(r.type), r,
                _inv_count(x, axes, element_type(acc), len(shape(r))))
    r = convert(r, acc, out)
    return reshape(r, n.result_sizes()) if shape(r) != n.result_sizes() else r


@rule("torch.aten.sum.dim_IntList", "torch.aten.sum", "torch.aten.mean.dim", "torch.aten.mean",
      target=T)
def sum_mean(cx, n):
    x = n.operands[0]
    r = len(shape(x))
    whole = n.name in ("torch.aten.sum", "torch.aten.mean")
    axes = list(range(r)) if whole else _dims(n, 1, r)
    keepdim = False if whole else n.const(2, "keepdim")
    return _sum_like(n, x, axes, keepdim, ".mean" in n.name)


_MINMAX = {"amax": tosa.ReduceMaxOp, "amin": tosa.ReduceMinOp, "max": tosa.ReduceMaxOp,
           "min": tosa.ReduceMinOp, "prod": tosa.ReduceProductOp, "any": tosa.ReduceAnyOp,
           "all": tosa.ReduceAllOp}


@rule("torch.aten.amax", "torch.aten.amin", "torch.aten.max", "torch.aten.min",
      "torch.aten.prod", "torch.aten.prod.dim_int", "torch.aten.any", "torch.aten.all",
      "torch.aten.any.dim", "torch.aten.all.dim", "torch.aten.any.dims", "torch.aten.all.dims",
      target=T)
def min_max(cx, n):
    kind = n.name.split(".")[2]
    x = n.operands[0]
    r = len(shape(x))
    if n.name in ("torch.aten.amax", "torch.aten.amin", "torch.aten.any.dims",
                  "torch.aten.all.dims"):
        axes, keepdim = _dims(n, 1, r), n.const(2, "keepdim")
    elif n.name in ("torch.aten.prod.dim_int", "torch.aten.any.dim", "torch.aten.all.dim"):
        axes, keepdim = [norm_dim(n.const(1, "dim"), r)], n.const(2, "keepdim")
    else:
        axes, keepdim = list(range(r)), False
    out = n.result_dtype()
    x = convert(x, n.dtype(0), out if kind != "prod" else _acc(out))
    if r == 0:
        return x
    res = reduce(_MINMAX[kind], x, axes, keepdim)
    return convert(res, out if kind != "prod" else _acc(out), out)


def _arg(x, axis: int, kind: str, keepdim: bool, out_elem):
    s = shape(x)
    if kind == "min":
        x = tosa.NegateOp(x.type, x, splat(0, ir.RankedTensorType(x.type).element_type, 1),
                          splat(0, ir.RankedTensorType(x.type).element_type, 1)).result
    dropped = [d for i, d in enumerate(s) if i != axis]
    idx = tosa.ArgMaxOp(tensor_of(dropped, out_elem), x, i32_attr(axis)).result
    if keepdim:
        kept = list(s)
        kept[axis] = 1
        idx = reshape(idx, kept)
    return idx


@rule("torch.aten.max.dim", "torch.aten.min.dim", target=T)
def max_dim(cx, n):
    kind = n.name.split(".")[2]
    x = n.operands[0]
    r = len(shape(x))
    axis, keepdim = norm_dim(n.const(1, "dim"), r), n.const(2, "keepdim")
    if not is_float(n.dtype(0)) and kind == "min":
        raise Unsupported("min.dim of integers")
    values = reduce(_MINMAX[kind], x, [axis], keepdim)
    return [values, _arg(x, axis, kind, keepdim, element_type(n.result_dtype(1)))]


@rule("torch.aten.argmax", "torch.aten.argmin", target=T)
def argmax(cx, n):
    kind = "max" if n.name.endswith("argmax") else "min"
    x = n.operands[0]
    dim, keepdim = n.operands[1], n.const(2, "keepdim")
    if dim is None:
        x = reshape(x, [-1])
        dim, keepdim = 0, False
    if kind == "min" and not is_float(n.dtype(0)):
        raise Unsupported("argmin of integers")
    out = _arg(x, norm_dim(dim, len(shape(x))), kind, keepdim, element_type(n.result_dtype()))
    return reshape(out, n.result_sizes()) if shape(out) != n.result_sizes() else out


@rule("torch.aten.var.correction", "torch.aten.var_mean.correction", target=T)
def var(cx, n):
    x, acc, r = _input_in_acc(n, "var")
    axes = _dims(n, 1, r)
    correction = n.operands[2] if n.operands[2] is not None else 1
    keepdim = n.const(3, "keepdim")
    if isinstance(correction, ir.Value):
        raise Unsupported("a run-time correction")
    elem = element_type(acc)
    mean = binary(tosa.MulOp, reduce(tosa.ReduceSumOp, x, axes, True),
                  _inv_count(x, axes, elem, r))
    centered = binary(tosa.SubOp, x, mean)
    sq = reduce(tosa.ReduceSumOp, binary(tosa.MulOp, centered, centered), axes, True)
    v = binary(tosa.MulOp, sq, _inv_count(x, axes, elem, r, minus=int(correction)))
    out = []
    for val, i in ((v, 0), (mean, 1))[:len(n.result_types)]:
        if not keepdim:
            val = reshape(val, [d for j, d in enumerate(shape(val)) if j not in axes])
        out.append(convert(val, acc, n.result_dtype(i)))
    return out if len(out) > 1 else out[0]


@rule("torch.aten.linalg_vector_norm", target=T)
def vector_norm(cx, n):
    x, acc, r = _input_in_acc(n, "vector norm")
    p = n.const(1, "ord")
    axes = _dims(n, 2, r)
    keepdim = n.const(3, "keepdim")
    t = ir.RankedTensorType(x.type)
    a = tosa.AbsOp(t, x).result
    elem = t.element_type
    if p == float("inf"):
        res = reduce(tosa.ReduceMaxOp, a, axes, keepdim)
    elif p == float("-inf"):
        res = reduce(tosa.ReduceMinOp, a, axes, keepdim)
    elif p == 1:
        res = reduce(tosa.ReduceSumOp, a, axes, keepdim)
    elif p == 2:
        s = reduce(tosa.ReduceSumOp, binary(tosa.MulOp, a, a), axes, keepdim)
        res = tosa.PowOp(s.type, s, splat(0.5, elem, len(shape(s)))).result
    elif isinstance(p, (int, float)) and p > 0:
        powed = tosa.PowOp(t, a, splat(float(p), elem, r)).result
        s = reduce(tosa.ReduceSumOp, powed, axes, keepdim)
        res = tosa.PowOp(s.type, s, splat(1.0 / p, elem, len(shape(s)))).result
    else:
        raise Unsupported(f"vector norm of ord {p}")
    return convert(res, acc, n.result_dtype())


# --- composed: softmax, log_softmax, layer_norm, batch_norm ------------------------

@rule("torch.aten._softmax", "torch.aten.softmax.int", "torch.aten._log_softmax",
      "torch.aten.log_softmax.int", target=T)
def softmax(cx, n):
    x = n.operands[0]
    out = n.result_dtype()
    acc = _acc(out)
    x = convert(x, n.dtype(0), acc)
    t = ir.RankedTensorType(x.type)
    axis = norm_dim(n.const(1, "dim"), t.rank)
    if t.rank == 0:
        return convert(splat(0.0 if "log" in n.name else 1.0, t.element_type, 0), acc, out)
    shifted = binary(tosa.SubOp, x, reduce(tosa.ReduceMaxOp, x, [axis], True))
    e = tosa.ExpOp(shifted.type, shifted).result
    total = reduce(tosa.ReduceSumOp, e, [axis], True)
    if "log" in n.name:
        lt = ir.RankedTensorType(total.type)
        res = binary(tosa.SubOp, shifted, tosa.LogOp(lt, total).result)
    else:
        rt = ir.RankedTensorType(total.type)
        res = binary(tosa.MulOp, e, tosa.ReciprocalOp(rt, total).result)
    return convert(res, acc, out)


def _normalize(x, axes, eps):
    """(x - mean) * rstd over `axes` (kept), with mean and rstd."""
    elem = ir.RankedTensorType(x.type).element_type
    r = len(shape(x))
    mean = reduce(tosa.ReduceSumOp, x, axes, True)
    inv = _inv_count(x, axes, elem, r)
    mean = binary(tosa.MulOp, mean, inv)
    centered = binary(tosa.SubOp, x, mean)
    var = reduce(tosa.ReduceSumOp, binary(tosa.MulOp, centered, centered), axes, True)
    var = binary(tosa.MulOp, var, inv)
    vt = ir.RankedTensorType(var.type)
    rstd = tosa.RsqrtOp(vt, binary(tosa.AddOp, var, splat(eps, elem, r))).result
    return binary(tosa.MulOp, centered, rstd), mean, rstd


@rule("torch.aten.native_layer_norm", target=T)
def layer_norm(cx, n):
    w, b = n.operands[2], n.operands[3]
    eps = n.const(4, "eps")
    x, acc, r = _input_in_acc(n)
    k = len(n.const_list(1, "normalized_shape"))
    y, mean, rstd = _normalize(x, list(range(r - k, r)), eps)
    if w is not None:
        y = binary(tosa.MulOp, y, reshape(convert(w, n.dtype(2), acc), [1] * (r - k) +
                                          shape(w)))
    if b is not None:
        y = binary(tosa.AddOp, y, reshape(convert(b, n.dtype(3), acc), [1] * (r - k) +
                                          shape(b)))
    return [convert(y, acc, n.result_dtype(0)), convert(mean, acc, n.result_dtype(1)),
            convert(rstd, acc, n.result_dtype(2))]


@rule("torch.aten._native_batch_norm_legit_no_training", target=T)
def batch_norm(cx, n):
    w, b, mean, var = n.operands[1:5]
    eps = n.const(6, "eps")
    x, acc, r = _input_in_acc(n)
    c = shape(x)[1] if r > 1 else shape(x)[0]

    def per_channel(v, i):
        return reshape(convert(v, n.dtype(i), acc), [1, c] + [1] * (r - 2))

    elem = element_type(acc)
    v = per_channel(var, 4)
    rstd = tosa.RsqrtOp(ir.RankedTensorType(v.type),
                        binary(tosa.AddOp, v, splat(eps, elem, r))).result
    y = binary(tosa.MulOp, binary(tosa.SubOp, x, per_channel(mean, 3)), rstd)
    if w is not None:
        y = binary(tosa.MulOp, y, per_channel(w, 1))
    if b is not None:
        y = binary(tosa.AddOp, y, per_channel(b, 2))
    empty = [_empty(n, i) for i in (1, 2)]
    return [convert(y, acc, n.result_dtype(0))] + empty


@rule("torch.aten._native_batch_norm_legit.no_stats", target=T)
def batch_norm_batch_stats(cx, n):
    """Batch norm with the batch's own statistics (training mode, no running
    stats): normalized over every dim but the channels; returns the output,
    the mean and 1/sqrt(var + eps) per channel."""
    w, b = n.operands[1:3]
    eps = n.const(5, "eps")
    x, acc, r = _input_in_acc(n)
    c = shape(x)[1]
    y, mean, rstd = _normalize(x, [0] + list(range(2, r)), eps)
    for v, i, op_cls in ((w, 1, tosa.MulOp), (b, 2, tosa.AddOp)):
        if v is not None:
            y = binary(op_cls, y, reshape(convert(v, n.dtype(i), acc), [1, c] + [1] * (r - 2)))
    return [convert(y, acc, n.result_dtype(0)), convert(reshape(mean, [c]), acc, n.result_dtype(1)),
            convert(reshape(rstd, [c]), acc, n.result_dtype(2))]


@rule("torch.aten.native_group_norm", target=T)
def group_norm(cx, n):
    x, w, b = n.operands[:3]
    big_n, c, hw, groups = (n.const(i, what) for i, what in
                            ((3, "N"), (4, "C"), (5, "HxW"), (6, "group")))
    eps = n.const(7, "eps")
    dt = n.dtype(0)
    acc = _acc(dt)
    s = shape(x)
    if -1 in s or isinstance(big_n, ir.Value):
        raise needs_static("group_norm")
    xg = reshape(convert(x, dt, acc), [big_n, groups, (c // groups) * hw])
    y, mean, rstd = _normalize(xg, [2], eps)
    y = reshape(y, [big_n, c, hw])
    for v, i, op_cls in ((w, 1, tosa.MulOp), (b, 2, tosa.AddOp)):
        if v is not None:
            y = binary(op_cls, y, reshape(convert(v, n.dtype(i), acc), [1, c, 1]))
    return [convert(reshape(y, s), acc, n.result_dtype(0)),
            convert(reshape(mean, [big_n, groups]), acc, n.result_dtype(1)),
            convert(reshape(rstd, [big_n, groups]), acc, n.result_dtype(2))]


def _empty(n, i):
    """A zero-size result (batch norm's saved stats in inference): a
    tensor.empty, as TOSA tensors cannot have zero-size dims."""
    sizes = n.result_sizes(i)
    if -1 in sizes:
        raise needs_static(f"result {i} of {n.name}")
    from mlir.dialects import tensor

    return tensor.EmptyOp(sizes, element_type(n.result_dtype(i))).result
