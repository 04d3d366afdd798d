"""StableHLO creation ops: literals (stablehlo.constant), full/zeros/ones/
empty (+ _like, new_*) as a broadcast scalar, arange (iota), scalar_tensor
and NumToTensor, tril/triu (iota comparison + select)."""

from __future__ import annotations

import torch
from mlir import ir

from ..shared import literal_attr
from ..registry import Unsupported, rule
from . import emitter as hlo
from .common import broadcast_to, et, scalar_tensor, sizes_of, splat_like

TARGET = "stablehlo"


@rule("torch.vtensor.literal", target=TARGET)
def literal(cx, n):
    return hlo.constant_attr(literal_attr(n), n.result_types[0])


def _filled(n, sizes, value) -> ir.Value:
    out = n.result_dtype()
    if isinstance(value, ir.Value) and isinstance(value.type, ir.RankedTensorType):
        raise Unsupported("a tensor fill value")
    result = n.result_sizes()
    sizes = [r if r != -1 else s for r, s in zip(result, sizes)]
    return broadcast_to(scalar_tensor(0 if value is None else value, out), sizes)


def _listed(n, i: int) -> list:
    sizes = n.operands[i]
    if not isinstance(sizes, (list, tuple)):
        raise Unsupported("the size must be a list")
    return list(sizes)


@rule("torch.aten.full", "torch.prims.full", target=TARGET)
def full(cx, n):
    return _filled(n, _listed(n, 0), n.operands[1])


# (empty_permuted's physical layout is invisible on value tensors.)
@rule("torch.aten.zeros", "torch.aten.ones", "torch.aten.empty.memory_format",
      "torch.aten.empty_permuted", target=TARGET)
def zeros_ones(cx, n):
    return _filled(n, _listed(n, 0), 1 if n.name == "torch.aten.ones" else 0)


@rule("torch.aten.full_like", "torch.aten.zeros_like", "torch.aten.ones_like",
      "torch.aten.empty_like", target=TARGET)
def full_like(cx, n):
    value = {"torch.aten.full_like": None, "torch.aten.ones_like": 1}.get(n.name, 0)
    if value is None:
        value = n.operands[1]
    return _filled(n, sizes_of(n.operands[0]), value)


@rule("torch.aten.new_zeros", "torch.aten.new_ones", "torch.aten.new_empty", target=TARGET)
def new_zeros_ones(cx, n):
    return _filled(n, _listed(n, 1), 1 if n.name == "torch.aten.new_ones" else 0)


@rule("torch.aten.new_full", target=TARGET)
def new_full(cx, n):
    return _filled(n, _listed(n, 1), n.operands[2])


@rule("torch.prim.NumToTensor.Scalar", "torch.aten.scalar_tensor", "torch.aten.tensor.int",
      "torch.aten.tensor.float", "torch.aten.tensor.bool", target=TARGET)
def num_to_tensor(cx, n):
    return scalar_tensor(n.operands[0], n.result_dtype())


@rule("torch.aten.arange", "torch.aten.arange.start", "torch.aten.arange.start_step",
      target=TARGET)
def arange(cx, n):
    ops = n.operands
    if n.name == "torch.aten.arange.start_step":
        start, step = ops[0], ops[2]
    elif n.name == "torch.aten.arange.start":
        start, step = ops[0], 1
    else:
        start, step = 0, 1
    length = n.result_sizes()[0]
    if length == -1 or any(isinstance(v, ir.Value) for v in (start, step)):
        raise Unsupported("arange with a run-time length, start or step")
    out = n.result_dtype()
    # torch truncates start and step for integer results; floats compute in f64.
    compute = torch.float64 if out.is_floating_point else torch.int64
    i = hlo.iota(ir.RankedTensorType.get([length], et(compute)), 0)
    v = hlo.binary("add", hlo.binary("multiply", i, splat_like(step, i)), splat_like(start, i))
    return hlo.convert(v, et(out))


@rule("torch.aten.tril", "torch.aten.triu", target=TARGET)
def tril_triu(cx, n):
    x = n.operands[0]
    shape = hlo.shape(x)
    if len(shape) < 2 or -1 in shape[-2:]:
        raise Unsupported("tril/triu needs static matrix dims")
    k = n.const(1, "diagonal")
    i64 = ir.IntegerType.get_signless(64)
    t = ir.RankedTensorType.get(shape[-2:], i64)
    rows, cols = hlo.iota(t, 0), hlo.iota(t, 1)
    # tril keeps col - row <= k; triu keeps col - row >= k.
    diff = hlo.binary("subtract", cols, rows)
    keep = hlo.compare("LE" if n.name == "torch.aten.tril" else "GE", diff,
                       hlo.constant(k, t))
    keep = broadcast_to(keep, sizes_of(x))
    return hlo.select(keep, x, splat_like(0, x))
