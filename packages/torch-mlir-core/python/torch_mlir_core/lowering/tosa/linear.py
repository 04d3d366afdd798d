"""Matrix products to TOSA: mm, bmm, addmm, matmul and linear become
`tosa.matmul` ([N,M,K] x [N,K,P]) on operands reshaped to rank 3 (a
leading batch of 1, or the flattened batch dims). Floats, and integer
operands of the result's dtype (TOSA 1.0's integer profile has i8/i16 with a
wider accumulator; MLIR's tosa-to-linalg lowers any width)."""

from __future__ import annotations

import torch
from mlir import ir
from mlir.dialects import tosa

from ..registry import Unsupported, rule
from .common import (binary, convert, element_type, elementwise, is_float, mul, numel,
                     reshape, shape, splat, tensor_of, to_rank, transpose, zero)

T = "tosa"


def _check_float(n, *idxs):
    """Floats, or integers of the result's own dtype (tosa.matmul then
    accumulates in that integer type, wrapping as torch does)."""
    for i in idxs:
        dt = n.dtype(i)
        if not is_float(dt) and (dt != n.result_dtype() or dt in (torch.bool, torch.uint8)):
            raise Unsupported(f"{n.name} of {dt} (the TOSA rules multiply floats, or signed "
                              "integers of the result dtype)")


def matmul3(a: ir.Value, b: ir.Value) -> ir.Value:
    """tosa.matmul of rank-3 `a` [N,M,K] and `b` [N,K,P] (N may broadcast
    from 1: `b` is tiled)."""
    sa, sb = shape(a), shape(b)
    n = sa[0] if sa[0] != 1 else sb[0]
    if sb[0] == 1 and n != 1:
        if n == -1:
            raise Unsupported("a broadcast batch needs a static dim")
        from .views import tile

        b = tile(b, [n, 1, 1])
    if sa[0] == 1 and n != 1:
        if n == -1:
            raise Unsupported("a broadcast batch needs a static dim")
        from .views import tile

        a = tile(a, [n, 1, 1])
    elem = ir.RankedTensorType(a.type).element_type
    t = tensor_of([n, sa[1], sb[2]], elem)
    return tosa.MatMulOp(t, a, b, zero(elem), zero(elem)).result


def _batched(a: ir.Value, b: ir.Value, out_sizes: list[int]) -> ir.Value:
    """torch.matmul semantics for operands of rank >= 1."""
    ra, rb = len(shape(a)), len(shape(b))
    if ra == 1:
        a = reshape(a, [1] + shape(a))
    if rb == 1:
        b = reshape(b, shape(b) + [1])
    nb = max(len(shape(a)), len(shape(b))) - 2
    a = to_rank(a, nb + 2)
    b = to_rank(b, nb + 2)
    sa, sb = shape(a), shape(b)
    if sa[:-2] != sb[:-2] and not (all(d == 1 for d in sa[:-2]) or all(d == 1 for d in sb[:-2])):
        raise Unsupported("matmul batch dims that broadcast partially")
    a3 = reshape(a, [numel(sa[:-2])] + sa[-2:])
    b3 = reshape(b, [numel(sb[:-2])] + sb[-2:])
    r = matmul3(a3, b3)
    return reshape(r, out_sizes)


@rule("torch.aten.mm", "torch.aten.bmm", "torch.aten.matmul", target=T)
def mm(cx, n):
    _check_float(n, 0, 1)
    a, b = n.operands[0], n.operands[1]
    elem = element_type(n.result_dtype())
    a, b = _same(n, a, 0, elem), _same(n, b, 1, elem)
    return _batched(a, b, n.result_sizes())


def _same(n, v, i, elem):
    return convert(v, n.dtype(i), n.result_dtype()) if \
        ir.RankedTensorType(v.type).element_type != elem else v


@rule("torch.aten.addmm", target=T)
def addmm(cx, n):
    _check_float(n, 1, 2)
    beta = n.const(3, "beta") if len(n.operands) > 3 else 1
    alpha = n.const(4, "alpha") if len(n.operands) > 4 else 1
    elem = element_type(n.result_dtype())
    prod = _batched(_same(n, n.operands[1], 1, elem), _same(n, n.operands[2], 2, elem),
                    n.result_sizes())
    t = ir.RankedTensorType(prod.type)
    if alpha != 1:
        prod = mul(t, prod, splat(alpha, elem, 2))
    bias = to_rank(_same(n, n.operands[0], 0, elem), 2)
    if beta != 1:
        bias = binary(tosa.MulOp, bias, splat(beta, elem, 2))
    return binary(tosa.AddOp, prod, bias)


@rule("torch.aten.linear", target=T)
def linear(cx, n):
    _check_float(n, 0, 1)
    x, w, bias = n.operands[0], n.operands[1], n.operands[2] if len(n.operands) > 2 else None
    elem = element_type(n.result_dtype())
    wt = transpose(_same(n, w, 1, elem), [1, 0]) if len(shape(w)) == 2 else w
    out = _batched(_same(n, x, 0, elem), wt, n.result_sizes())
    if bias is None:
        return out
    return elementwise(cx, n, [2], lambda dt, t, b: binary(tosa.AddOp, out, b))
