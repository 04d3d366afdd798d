"""Random numbers in StableHLO: the linalg rules' generator (see
lowering/linalg/random.py: one `ml_program` state global, a stream key per
execution, element i = splitmix64(key + i), exact uniforms from the top
mantissa bits, Box-Muller normals) written as StableHLO elementwise ops over
an iota of the result's (static) shape."""

from __future__ import annotations

import math as pymath

import torch
from mlir import ir
from mlir.dialects import tensor as tensor_d

from ..linalg.random import MANTISSA_BITS, next_key
from ..registry import Unsupported, rule
from . import emitter as hlo
from .common import et, i64, is_float

TARGET = "stablehlo"


def _sizes(n) -> list[int]:
    sizes = n.result_sizes()
    if -1 in sizes:
        raise Unsupported("random numbers of a dynamic shape (StableHLO's rules need "
                          "static sizes)")
    return sizes


def _i64(value: int, sizes) -> ir.Value:
    if value >= 2**63:
        value -= 2**64
    return hlo.constant(value, ir.RankedTensorType.get(sizes, i64()))


def _splitmix(z: ir.Value, sizes) -> ir.Value:
    z = hlo.binary("add", z, _i64(0x9E3779B97F4A7C15, sizes))
    for shift, mul in ((30, 0xBF58476D1CE4E5B9), (27, 0x94D049BB133111EB)):
        z = hlo.binary("multiply", hlo.binary(
            "xor", z, hlo.binary("shift_right_logical", z, _i64(shift, sizes))),
            _i64(mul, sizes))
    return hlo.binary("xor", z, hlo.binary("shift_right_logical", z, _i64(31, sizes)))


def _counters(n, sizes) -> tuple[ir.Value, ir.Value]:
    """(this execution's key, the row-major element number), i64 tensors of `sizes`."""
    key = next_key(n)
    key_t = tensor_d.FromElementsOp(ir.RankedTensorType.get([], i64()), [key]).result
    key_t = hlo.broadcast_in_dim(key_t, ir.RankedTensorType.get(sizes, i64()), [])
    count = 1
    for s in sizes:
        count *= s
    flat = hlo.iota(ir.RankedTensorType.get([count], i64()), 0)
    return key_t, hlo.reshape(flat, ir.RankedTensorType.get(sizes, i64()))


def _uniform(key: ir.Value, counter: ir.Value, dtype: torch.dtype, sizes) -> ir.Value:
    """Uniforms in [0, 1) of `dtype` (computed in f32, f64 for f64)."""
    bits = MANTISSA_BITS[dtype]
    z = _splitmix(hlo.binary("add", key, counter), sizes)
    top = hlo.binary("shift_right_logical", z, _i64(64 - bits, sizes))
    compute = ir.F64Type.get() if dtype == torch.float64 else ir.F32Type.get()
    u = hlo.convert(top, compute)
    u = hlo.binary("multiply", u, hlo.constant(2.0 ** -bits, ir.RankedTensorType.get(
        sizes, compute)))
    return hlo.convert(u, et(dtype))


def _normal(key, lin, dtype: torch.dtype, sizes) -> ir.Value:
    cdt = torch.float64 if dtype == torch.float64 else torch.float32
    ft = ir.RankedTensorType.get(sizes, et(cdt))
    twice = hlo.binary("multiply", lin, _i64(2, sizes))
    u1 = _uniform(key, twice, cdt, sizes)
    u2 = _uniform(key, hlo.binary("add", twice, _i64(1, sizes)), cdt, sizes)
    radius = hlo.unary("sqrt", hlo.binary("multiply", hlo.constant(-2.0, ft), hlo.unary(
        "log", hlo.binary("subtract", hlo.constant(1.0, ft), u1))))
    angle = hlo.binary("multiply", hlo.constant(2 * pymath.pi, ft), u2)
    return hlo.convert(hlo.binary("multiply", radius, hlo.unary("cosine", angle)), et(dtype))


def _float_dtype(n) -> torch.dtype:
    dtype = n.result_dtype()
    if not is_float(dtype):
        raise Unsupported(f"random floats of dtype {dtype}")
    return dtype


def _affine(x: ir.Value, scale: float, shift: float, dtype, sizes) -> ir.Value:
    t = ir.RankedTensorType.get(sizes, et(dtype))
    return hlo.binary("add", hlo.binary("multiply", x, hlo.constant(scale, t)),
                      hlo.constant(shift, t))


@rule("torch.aten.rand", "torch.aten.rand_like", target=TARGET)
def rand(cx, n):
    dtype, sizes = _float_dtype(n), _sizes(n)
    return _uniform(*_counters(n, sizes), dtype, sizes)


@rule("torch.aten.randn", "torch.aten.randn_like", target=TARGET)
def randn(cx, n):
    dtype, sizes = _float_dtype(n), _sizes(n)
    return _normal(*_counters(n, sizes), dtype, sizes)


@rule("torch.aten.normal.float_float", target=TARGET)
def normal_float_float(cx, n):
    dtype, sizes = _float_dtype(n), _sizes(n)
    z = _normal(*_counters(n, sizes), dtype, sizes)
    return _affine(z, float(n.const(1, "std")), float(n.const(0, "mean")), dtype, sizes)


def _operand_like(n, i: int, dtype, sizes) -> ir.Value:
    v = n.operands[i]
    if not isinstance(v, ir.Value):
        return hlo.constant(float(v), ir.RankedTensorType.get(sizes, et(dtype)))
    if n.sizes(i) != sizes:
        raise Unsupported("normal with broadcasting mean and std")
    return hlo.convert(v, et(dtype))


@rule("torch.aten.normal.Tensor_float", "torch.aten.normal.float_Tensor",
      "torch.aten.normal.Tensor_Tensor", target=TARGET)
def normal(cx, n):
    dtype, sizes = _float_dtype(n), _sizes(n)
    if n.operands[2] is not None:
        raise Unsupported("an explicit torch.Generator")
    mean, std = _operand_like(n, 0, dtype, sizes), _operand_like(n, 1, dtype, sizes)
    z = _normal(*_counters(n, sizes), dtype, sizes)
    return hlo.binary("add", mean, hlo.binary("multiply", std, z))


def _randint(n, low, high):
    dtype, sizes = n.result_dtype(), _sizes(n)
    if dtype == torch.bool or not isinstance(low, int) or not isinstance(high, int) \
            or high <= low:
        raise Unsupported("randint with run-time bounds, an empty range or a bool result")
    u = _uniform(*_counters(n, sizes), torch.float64, sizes)
    value = _affine(hlo.unary("floor", hlo.binary("multiply", u, hlo.constant(
        float(high - low), ir.RankedTensorType.get(sizes, ir.F64Type.get())))),
        1.0, float(low), torch.float64, sizes)
    return hlo.convert(value, et(dtype))


@rule("torch.aten.randint.low", target=TARGET)
def randint_low(cx, n):
    return _randint(n, n.const(0, "low"), n.const(1, "high"))


@rule("torch.aten.randint", target=TARGET)
def randint(cx, n):
    return _randint(n, 0, n.const(0, "high"))


@rule("torch.aten.bernoulli.p", target=TARGET)
def bernoulli_p(cx, n):
    sizes, dtype = _sizes(n), n.result_dtype()
    u = _uniform(*_counters(n, sizes), torch.float64, sizes)
    hit = hlo.compare("LT", u, hlo.constant(float(n.const(1, "p")), ir.RankedTensorType.get(
        sizes, ir.F64Type.get())))
    return hlo.convert(hit, et(dtype))


@rule("torch.aten.uniform", target=TARGET)
def uniform(cx, n):
    dtype, sizes = _float_dtype(n), _sizes(n)
    low, high = float(n.const(1, "from")), float(n.const(2, "to"))
    cdt = torch.float64 if dtype == torch.float64 else torch.float32
    u = _affine(_uniform(*_counters(n, sizes), cdt, sizes), high - low, low, cdt, sizes)
    return hlo.convert(u, et(dtype))


def _dropout(n, p: float) -> tuple[ir.Value, ir.Value]:
    dtype, sizes = _float_dtype(n), _sizes(n)
    u = _uniform(*_counters(n, sizes), torch.float64, sizes)
    keep = hlo.compare("GT", u, hlo.constant(p, ir.RankedTensorType.get(
        sizes, ir.F64Type.get())))
    scale = 0.0 if p >= 1.0 else 1.0 / (1.0 - p)
    t = ir.RankedTensorType.get(sizes, et(dtype))
    x = hlo.convert(n.operands[0], et(dtype))
    out = hlo.select(keep, hlo.binary("multiply", x, hlo.constant(scale, t)),
                     hlo.constant(0.0, t))
    return out, keep


@rule("torch.aten.native_dropout", target=TARGET)
def native_dropout(cx, n):
    if n.const(2, "train") is False:
        raise Unsupported("native_dropout with train=False (export removes it)")
    return list(_dropout(n, float(n.const(1, "p"))))


@rule("torch.aten.dropout", target=TARGET)
def dropout(cx, n):
    """Identity in eval mode (or p = 0); else native_dropout's output."""
    p = float(n.const(1, "p"))
    if n.const(2, "train") is False or p == 0:
        return n.operands[0]
    return _dropout(n, p)[0]
