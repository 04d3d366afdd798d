"""StableHLO contractions: mm/bmm/matmul/linear/addmm/baddbmm as
stablehlo.dot_general, and convolution (strides, padding, dilation, groups)
as stablehlo.convolution in torch's NCHW/OIHW layouts."""

from __future__ import annotations

from mlir import ir

from ..registry import Unsupported, rule
from . import emitter as hlo
from .common import broadcast_all, broadcast_to, splat_like, tensor_of

TARGET = "stablehlo"


def _operands(n, *idxs):
    out = n.result_dtype()
    return [tensor_of(n, i, out) for i in idxs]


def _result_type(n) -> ir.RankedTensorType:
    return ir.RankedTensorType(n.result_types[0])


def _sizes(x: ir.Value) -> list:
    return [(x, i) if s == -1 else s for i, s in enumerate(hlo.shape(x))]


def matmul_values(a: ir.Value, b: ir.Value, t: ir.RankedTensorType) -> ir.Value:
    """torch.matmul of `a` and `b` (same element type) with result type `t`:
    1-D operands contract directly, 2-D right operands fold into the left's
    free dims, and batch dims are broadcast together otherwise."""
    ra, rb = len(hlo.shape(a)), len(hlo.shape(b))
    if ra == 1 or rb <= 2:
        # No batch dims needed: dot_general's result is lhs free + rhs free dims.
        return hlo.dot_general(a, b, t, lhs_contracting=[ra - 1],
                               rhs_contracting=[0 if rb == 1 else rb - 2])
    batch = max(ra, rb) - 2
    sa, sb = _sizes(a), _sizes(b)
    ba = [1] * (batch - (ra - 2)) + sa[:-2]
    bb = [1] * (batch - (rb - 2)) + sb[:-2]
    shared = []
    for x, y in zip(ba, bb):
        shared.append(y if x == 1 else x if y == 1 or isinstance(y, tuple) else y)
    a = broadcast_to(a, shared + sa[-2:])
    b = broadcast_to(b, shared + sb[-2:])
    dims = list(range(batch))
    return hlo.dot_general(a, b, t, lhs_batching=dims, rhs_batching=dims,
                           lhs_contracting=[batch + 1], rhs_contracting=[batch])


@rule("torch.aten.mm", "torch.aten.bmm", "torch.aten.matmul", "torch.aten.mv",
      "torch.aten.dot", target=TARGET)
def matmul(cx, n):
    a, b = _operands(n, 0, 1)
    return matmul_values(a, b, _result_type(n))


def _scaled(x: ir.Value, factor) -> ir.Value:
    if factor == 1:
        return x
    return hlo.binary("multiply", x, splat_like(factor, x))


@rule("torch.aten.addmm", "torch.aten.baddbmm", target=TARGET)
def addmm(cx, n):
    """beta * self + alpha * (mat1 @ mat2)."""
    beta, alpha = n.const(3, "beta"), n.const(4, "alpha")
    bias, a, b = _operands(n, 0, 1, 2)
    prod = _scaled(matmul_values(a, b, _result_type(n)), alpha)
    if beta == 0:
        return prod
    bias, prod = broadcast_all([_scaled(bias, beta), prod])
    return hlo.binary("add", bias, prod)


@rule("torch.aten.linear", target=TARGET)
def linear(cx, n):
    x, w = _operands(n, 0, 1)
    y = hlo.dot_general(x, w, _result_type(n), lhs_contracting=[len(hlo.shape(x)) - 1],
                        rhs_contracting=[len(hlo.shape(w)) - 1])
    if n.operands[2] is None:
        return y
    bias, y = broadcast_all([tensor_of(n, 2, n.result_dtype()), y])
    return hlo.binary("add", y, bias)


@rule("torch.aten.convolution", "torch.aten._convolution", target=TARGET)
def convolution(cx, n):
    stride, padding, dilation = (n.const_list(i, what) for i, what in
                                 ((3, "stride"), (4, "padding"), (5, "dilation")))
    if n.const(6, "transposed"):
        raise Unsupported("transposed convolution")
    groups = n.const(8, "groups")
    x, w = _operands(n, 0, 1)
    spatial = len(hlo.shape(x)) - 2
    if spatial < 1:
        raise Unsupported("convolution needs at least one spatial dim")
    def expand(v):
        return list(v) * spatial if len(v) == 1 else list(v)

    stride, padding, dilation = expand(stride), expand(padding), expand(dilation)
    y = hlo.convolution(x, w, _result_type(n), spatial=spatial, strides=stride,
                        padding=[(p, p) for p in padding], lhs_dilation=[1] * spatial,
                        rhs_dilation=dilation, feature_group_count=groups)
    if n.operands[2] is None:
        return y
    bias = tensor_of(n, 2, n.result_dtype())
    return hlo.binary("add", y, broadcast_to(bias, _sizes(y), dims=[1]))
