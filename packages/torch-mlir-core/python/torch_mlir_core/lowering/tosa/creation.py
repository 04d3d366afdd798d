"""Tensor creation to TOSA: full/zeros/ones/empty (and their _like/new_
forms), arange and scalar_tensor of constant arguments become one
`tosa.const` of the result's (static) shape; a run-time scalar becomes a
one-element tensor. `empty` is zero-filled. Values are computed by torch
itself (torch.arange, torch.full), so they are exactly what eager gives."""

from __future__ import annotations

import torch
from mlir import ir

from ..convert import is_runtime
from ..registry import Unsupported, rule
from .common import const, element_type, needs_static, reshape, scalar_tensor
from .views import tile

T = "tosa"


def _const_of(n, values: torch.Tensor) -> ir.Value:
    dt = n.result_dtype()
    if dt in (torch.bfloat16,):
        values = values.float()
    return const(values.numpy(), element_type(dt), list(values.shape))


def _filled(cx, n, value) -> ir.Value:
    sizes = n.result_sizes()
    if -1 in sizes:
        raise needs_static(f"{n.name} of shape {sizes}")
    dt = n.result_dtype()
    if value is None:
        value = 0
    if is_runtime(value):
        one = scalar_tensor(cx, value, dt, len(sizes))
        return tile(one, sizes) if sizes else reshape(one, [])
    return _const_of(n, torch.full(sizes, value, dtype=dt))


@rule("torch.aten.full", "torch.aten.new_full", target=T)
def full(cx, n):
    return _filled(cx, n, n.operands[1] if n.name == "torch.aten.full" else n.operands[2])


@rule("torch.aten.full_like", target=T)
def full_like(cx, n):
    return _filled(cx, n, n.operands[1])


@rule("torch.aten.zeros", "torch.aten.ones", "torch.aten.empty.memory_format",
      "torch.aten.zeros_like", "torch.aten.ones_like", "torch.aten.empty_like",
      "torch.aten.new_zeros", "torch.aten.new_ones", "torch.aten.new_empty", target=T)
def zeros_ones(cx, n):
    kind = n.name.split(".")[2]
    return _filled(cx, n, 1 if kind.startswith(("ones", "new_ones")) else 0)


@rule("torch.aten.arange", "torch.aten.arange.start", "torch.aten.arange.start_step",
      target=T)
def arange(cx, n):
    ops = n.operands
    if n.name.endswith("start_step"):
        args = ops[:3]
    elif n.name.endswith("start"):
        args = ops[:2]
    else:
        args = ops[:1]
    if is_runtime(args):
        raise Unsupported("arange of run-time bounds (TOSA constants need static values)")
    return _const_of(n, torch.arange(*args, dtype=n.result_dtype()))


@rule("torch.aten.scalar_tensor", "torch.prim.NumToTensor.Scalar", "torch.aten.tensor.int",
      "torch.aten.tensor.float", "torch.aten.tensor.bool", target=T)
def scalar_tensor_(cx, n):
    v = n.operands[0]
    dt = n.result_dtype()
    if is_runtime(v):
        return reshape(scalar_tensor(cx, v, dt, 1), [])
    return _const_of(n, torch.tensor(v, dtype=dt))
