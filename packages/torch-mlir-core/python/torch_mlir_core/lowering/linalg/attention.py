"""Scaled-dot-product attention (torch.aten.scaled_dot_product_attention).

torch.export decomposes F.scaled_dot_product_attention (bmm, _softmax...);
this lowers the op itself, as frontends without decompositions emit it: one
linalg.generic each for the scores, the scaled/masked logits, the row max, the
row sum of exponentials and the weighted sum of the values."""

from __future__ import annotations

import math as pymath

import torch
from mlir import ir
from mlir.dialects import arith
from mlir.dialects import math as mmath

from ..registry import Unsupported, rule
from .common import (DYN, PARALLEL, REDUCTION, affine_map, convert_scalar, dims, element_type,
                     empty, fill, generic, identity_map, is_float, loop_index, scalar_constant,
                     shape, static_of)


def _gqa_batch(qs, ks, vs, nb: int) -> list:
    """The affine exprs of the key/value batch dims under enable_gqa: the
    head dim (-3) is the query's head dim floor-divided by the group size."""
    if nb < 1 or DYN in (qs[-3], ks[-3], vs[-3]):
        raise Unsupported("enable_gqa needs static head counts")
    hq, hkv = qs[-3], ks[-3]
    if vs[-3] != hkv or hkv == 0 or hq % hkv:
        raise Unsupported("enable_gqa: query heads must be a multiple of key/value heads")
    batch: list = list(range(nb))
    if hq != hkv:
        batch[-1] = ir.AffineFloorDivExpr.get(ir.AffineDimExpr.get(nb - 1),
                                              ir.AffineConstantExpr.get(hq // hkv))
    return batch


@rule("torch.aten.scaled_dot_product_attention")
def scaled_dot_product_attention(cx, n):
    """softmax(q k^T * scale + mask) v with torch's math semantics: a bool
    mask (or is_causal: keep s <= l) masks with -inf, a float mask adds, and
    a fully masked row gives 0 (torch's safe softmax)."""
    q, k, v, mask = n.operands[:4]
    dropout = n.operands[4] if len(n.operands) > 4 else 0.0
    causal = n.const(5, "is_causal") if len(n.operands) > 5 else False
    scale = n.operands[6] if len(n.operands) > 6 else None
    gqa = len(n.operands) > 7 and n.const(7, "enable_gqa")
    if isinstance(dropout, ir.Value) or dropout != 0.0:
        raise Unsupported("scaled_dot_product_attention with dropout")
    if isinstance(scale, ir.Value):
        raise Unsupported("a run-time scale")
    dt = n.dtype(0)
    if not is_float(dt) or n.dtype(1) != dt or n.dtype(2) != dt:
        raise Unsupported("scaled_dot_product_attention needs one floating-point dtype")
    qs, ks, vs = shape(q), shape(k), shape(v)
    if not (len(qs) == len(ks) == len(vs) >= 2):
        raise Unsupported("query, key and value must have one rank (>= 2)")
    nb = len(qs) - 2
    qd, kd, vd = dims(q), dims(k), dims(v)
    e = qs[-1]
    if e == 0:
        # No head dim: every score is an empty sum, 0 whatever the scale
        # (torch scales q and k, not the scores: no 0 * inf).
        scale = 1.0
    scale = 1.0 / pymath.sqrt(e) if scale is None and e != DYN else scale
    if scale is None:
        raise Unsupported("the default scale needs a static head dim")
    batch = list(range(nb))
    # Key/value batch dims: with grouped-query attention (enable_gqa), query
    # head h reads key/value head h // (query heads / key-value heads).
    kv_batch = _gqa_batch(qs, ks, vs, nb) if gqa else batch
    elem = element_type(dt)
    scores = _scores(q, k, qd, kd, elem, nb, batch, kv_batch)
    ninf = scalar_constant(float("-inf"), elem)
    out_s = static_of(qd[:nb] + [qd[nb], kd[nb]])
    logits = _logits(n, scores, mask, dt, scale, causal, nb, ninf, out_s)
    return _weighted_sum(scores, logits, v, qd, vd, elem, ninf, nb, batch, kv_batch)


def _scores(q, k, qd, kd, elem, nb, batch, kv_batch) -> ir.Value:
    """scores[b, l, s] = sum_e q[b, l, e] k[b, s, e] (`qd`, `kd`: their dims)."""
    L, S, X = nb, nb + 1, nb + 2  # loop dims: (b..., l, s, x)
    bls = batch + [L, S]
    scores_init = fill(scalar_constant(0.0, elem), empty(qd[:nb] + [qd[nb], kd[nb]], elem))
    return generic(
        [q, k], [scores_init],
        [affine_map(nb + 3, batch + [L, X]), affine_map(nb + 3, kv_batch + [S, X]),
         affine_map(nb + 3, bls)],
        [PARALLEL] * (nb + 2) + [REDUCTION],
        lambda a, b, acc: arith.AddFOp(acc, arith.MulFOp(a, b).result).result)[0]


def _logits(n, scores, mask, dt, scale, causal, nb, ninf, out_s) -> ir.Value:
    """scores * scale, masked (`ninf` where a bool mask or causality drops an
    element) or plus a float mask broadcast to the static scores shape `out_s`."""
    elem = element_type(dt)
    ins, maps = [scores], [identity_map(nb + 2)]
    mask_dt = n.dtype(3) if mask is not None else None
    if mask is not None:
        ms = shape(mask)
        off = nb + 2 - len(ms)
        if off < 0:
            raise Unsupported("attention mask of a higher rank than the scores")
        ins.append(mask)
        maps.append(affine_map(nb + 2, [("c", 0) if s == 1 and out_s[off + j] != 1 else off + j
                                        for j, s in enumerate(ms)]))
    sc = scalar_constant(float(scale), elem)

    def logits_body(s, *rest):
        x = arith.MulFOp(s, sc).result
        if mask is not None:
            m = rest[0]
            if mask_dt == torch.bool:
                x = arith.SelectOp(m, x, ninf).result
            else:
                x = arith.AddFOp(x, convert_scalar(m, mask_dt, dt)).result
        if causal:
            keep = arith.CmpIOp(arith.CmpIPredicate.ule, loop_index(nb + 1),
                                loop_index(nb)).result
            x = arith.SelectOp(keep, x, ninf).result
        return x

    return generic(ins, [empty(dims(scores), elem)], maps + [identity_map(nb + 2)],
                   [PARALLEL] * (nb + 2), logits_body)[0]


def _weighted_sum(scores, logits, v, qd, vd, elem, ninf, nb, batch, kv_batch) -> ir.Value:
    """out[b, l, x] = sum_s exp(logits - max) / total * v[b, s, x]; 0 for rows
    that are all -inf (torch's safe softmax)."""
    L = nb
    rows = dims(scores)[:nb + 1]
    row_map = affine_map(nb + 2, batch + [L])
    mx = generic([logits], [fill(ninf, empty(rows, elem))], [identity_map(nb + 2), row_map],
                 [PARALLEL] * (nb + 1) + [REDUCTION],
                 lambda x, acc: arith.MaximumFOp(acc, x).result)[0]
    total = generic(
        [logits, mx], [fill(scalar_constant(0.0, elem), empty(rows, elem))],
        [identity_map(nb + 2), row_map, row_map], [PARALLEL] * (nb + 1) + [REDUCTION],
        lambda x, m, acc: arith.AddFOp(acc, mmath.ExpOp(arith.SubFOp(x, m).result).result
                                       ).result)[0]
    zero = scalar_constant(0.0, elem)

    def out_body(x, m, t, val, acc):
        p = arith.DivFOp(mmath.ExpOp(arith.SubFOp(x, m).result).result, t).result
        dead = arith.CmpFOp(arith.CmpFPredicate.OEQ, m, ninf).result
        p = arith.SelectOp(dead, zero, p).result
        return arith.AddFOp(acc, arith.MulFOp(p, val).result).result

    out_init = fill(zero, empty(qd[:nb] + [qd[nb], vd[-1]], elem))
    # loop dims here: (b..., l, x, s)
    Lo, Xo, So = nb, nb + 1, nb + 2
    return generic(
        [logits, mx, total, v], [out_init],
        [affine_map(nb + 3, batch + [Lo, So]), affine_map(nb + 3, batch + [Lo]),
         affine_map(nb + 3, batch + [Lo]), affine_map(nb + 3, kv_batch + [So, Xo]),
         affine_map(nb + 3, batch + [Lo, Xo])],
        [PARALLEL] * (nb + 2) + [REDUCTION], out_body)[0]
