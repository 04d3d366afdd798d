"""Creation ops: full/zeros/ones/empty (+ _like, new_*), arange, linspace,
eye, iota, tril/triu. Sizes come from constants or run-time ints; the fill
value is converted to the result dtype as torch does."""

from __future__ import annotations

import torch
from mlir import ir
from mlir.dialects import arith, math

from ..registry import Unsupported, rule
from .common import (PARALLEL, as_i64, convert_scalar, dims, element_type, empty, fill, generic,
                     iceildiv, icmp, identity_map, imax, isub, loop_index, result_dims,
                     scalar_constant, to_index, to_scalar)
from .views import gather_generic

def _sizes(n, i: int) -> list:
    sizes = n.operands[i]
    if not isinstance(sizes, (list, tuple)):
        raise Unsupported("the size must be a list")
    return result_dims(n, [to_index(s) for s in sizes])


def _filled(n, out_dims, value) -> ir.Value:
    out = n.result_dtype()
    init = empty(out_dims, element_type(out))
    if value is None:
        return init
    if isinstance(value, ir.Value) and isinstance(value.type, ir.RankedTensorType):
        raise Unsupported("a tensor fill value")
    return fill(to_scalar(None, value, out), init)


@rule("torch.aten.full", "torch.prims.full")
def full(cx, n):
    return _filled(n, _sizes(n, 0), n.operands[1])


@rule("torch.aten.zeros", "torch.aten.ones")
def zeros_ones(cx, n):
    return _filled(n, _sizes(n, 0), 1 if n.name.endswith("ones") else 0)


# (empty_permuted's physical layout is invisible on value tensors.)
@rule("torch.aten.empty.memory_format", "torch.aten.empty_strided", "torch.prims.empty_strided",
      "torch.aten.empty_permuted")
def empty_rule(cx, n):
    return _filled(n, _sizes(n, 0), None)


@rule("torch.aten.full_like", "torch.prims.full_like")
def full_like(cx, n):
    return _filled(n, result_dims(n, dims(n.operands[0])), n.operands[1])


@rule("torch.aten.zeros_like", "torch.aten.ones_like", "torch.aten.empty_like")
def zeros_ones_like(cx, n):
    value = {"zeros_like": 0, "ones_like": 1}.get(n.name.rsplit(".", 1)[-1])
    return _filled(n, result_dims(n, dims(n.operands[0])), value)


@rule("torch.aten.new_zeros", "torch.aten.new_ones", "torch.aten.new_empty",
      "torch.aten.new_empty_strided")
def new_zeros_ones(cx, n):
    value = {"new_zeros": 0, "new_ones": 1}.get(n.name.rsplit(".", 1)[-1])
    return _filled(n, _sizes(n, 1), value)


@rule("torch.aten.new_full")
def new_full(cx, n):
    return _filled(n, _sizes(n, 1), n.operands[2])


# --- ranges ---------------------------------------------------------------------------


def _is_float_scalar(v) -> bool:
    if isinstance(v, ir.Value):
        return isinstance(v.type, ir.FloatType)
    return isinstance(v, float)


def _range_length(start, end, step):
    """torch's arange length: ceil((end - start) / step), at least 0."""
    if not any(isinstance(v, ir.Value) for v in (start, end, step)):
        import math as pymath

        if any(isinstance(v, float) for v in (start, end, step)):
            return max(0, int(pymath.ceil((end - start) / step)))
        return max(0, -(-(end - start) // step))
    if any(_is_float_scalar(v) for v in (start, end, step)):
        s, e, st = (to_scalar(None, v, torch.float64) for v in (start, end, step))
        q = math.CeilOp(arith.DivFOp(arith.SubFOp(e, s).result, st).result).result
        length = to_index(arith.FPToSIOp(ir.IntegerType.get_signless(64), q).result)
    else:
        s, e, st = (to_index(v) for v in (start, end, step))
        length = iceildiv(isub(e, s), st)
    return imax(length, 0)


@rule("torch.aten.arange", "torch.aten.arange.start", "torch.aten.arange.start_step")
def arange(cx, n):
    ops = n.operands
    if n.name.endswith("start_step"):
        start, end, step = ops[0], ops[1], ops[2]
    elif n.name.endswith("start"):
        start, end, step = ops[0], ops[1], 1
    else:
        start, end, step = 0, ops[0], 1
    if not isinstance(step, ir.Value) and step == 0:
        raise Unsupported("arange step must be nonzero")
    want = n.result_sizes()[0]
    length = want if want != -1 else _range_length(start, end, step)
    return _affine_range(n, [length], start, step)


def _affine_range(n, out_dims, start, step) -> ir.Value:
    """out[i] = start + i * step in the result dtype (computed in int64 for
    integer results, as torch truncates start and step; in f64 otherwise)."""
    out = n.result_dtype()
    compute = out if out in (torch.int64,) else (
        torch.int64 if not out.is_floating_point else torch.float64)
    s = to_scalar(None, start, compute)
    st = to_scalar(None, step, compute)
    i64 = ir.IntegerType.get_signless(64)

    def body(idxs):
        i = arith.IndexCastOp(i64, idxs[0]).result
        if compute.is_floating_point:
            fi = arith.SIToFPOp(ir.F64Type.get(), i).result
            v = arith.AddFOp(s, arith.MulFOp(fi, st).result).result
        else:
            v = arith.AddIOp(s, arith.MulIOp(i, st).result).result
        return convert_scalar(v, compute, out)

    return gather_generic(out_dims, element_type(out), body)


@rule("torch.prims.iota")
def iota(cx, n):
    length = to_index(n.operands[0])
    want = n.result_sizes()[0]
    return _affine_range(n, [want if want != -1 else length], n.operands[1], n.operands[2])


@rule("torch.aten.linspace")
def linspace(cx, n):
    start, end, steps = n.operands[0], n.operands[1], n.operands[2]
    out = n.result_dtype()
    want = n.result_sizes()[0]
    length = want if want != -1 else to_index(steps)
    if isinstance(steps, int) and steps == 1:
        return _filled(n, [1], start)
    # torch: step = (end - start) / (steps - 1); the first half counts up from
    # start, the second half down from end (in the float result type, else f64).
    compute = out if out.is_floating_point else torch.float64
    s = to_scalar(None, start, compute)
    e = to_scalar(None, end, compute)
    ft = element_type(compute)
    nsteps = to_scalar(None, steps, torch.int64)
    nm1 = arith.SIToFPOp(ft, arith.SubIOp(nsteps, as_i64(1)).result).result
    step = arith.DivFOp(arith.SubFOp(e, s).result, nm1).result
    half = arith.DivSIOp(nsteps, as_i64(2)).result
    i64 = ir.IntegerType.get_signless(64)

    def body(idxs):
        i = arith.IndexCastOp(i64, idxs[0]).result
        up = arith.AddFOp(s, arith.MulFOp(step, arith.SIToFPOp(ft, i).result).result).result
        back = arith.SubIOp(arith.SubIOp(nsteps, i).result, as_i64(1)).result
        down = arith.SubFOp(e, arith.MulFOp(step, arith.SIToFPOp(ft, back).result).result
                            ).result
        first = arith.CmpIOp(arith.CmpIPredicate.slt, i, half).result
        return convert_scalar(arith.SelectOp(first, up, down).result, compute, out)

    return gather_generic([length], element_type(out), body)


@rule("torch.aten.eye", "torch.aten.eye.m")
def eye(cx, n):
    rows = to_index(n.operands[0])
    cols = to_index(n.operands[1]) if n.name.endswith(".m") else rows
    out = n.result_dtype()
    one = scalar_constant(1, element_type(out))
    zero = scalar_constant(0, element_type(out))

    def body(idxs):
        return arith.SelectOp(icmp("eq", idxs[0], idxs[1]), one, zero).result

    return gather_generic(result_dims(n, [rows, cols]), element_type(out), body)


@rule("torch.aten.tril", "torch.aten.triu")
def tril_triu(cx, n):
    x = n.operands[0]
    rank = ir.RankedTensorType(x.type).rank
    if rank < 2:
        raise Unsupported("tril/triu need at least 2 dims")
    diag = n.const(1, "diagonal") if len(n.operands) > 1 else 0
    lower = n.name.endswith("tril")
    elem = ir.RankedTensorType(x.type).element_type
    zero = scalar_constant(0, elem)
    init = empty(dims(x), elem)

    def body(a, _):
        i, j = loop_index(rank - 2), loop_index(rank - 1)
        # keep j - i <= diag (tril) / j - i >= diag (triu)
        d = arith.SubIOp(j, i).result
        keep = icmp("sle" if lower else "sge", d, diag)
        return arith.SelectOp(keep, a, zero).result

    return generic([x], [init], [identity_map(rank)] * 2, [PARALLEL] * rank, body)[0]
