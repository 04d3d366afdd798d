"""Random numbers: rand/randn(_like), randint, bernoulli.p, uniform, normal,
native_dropout and dropout in training mode.

The generator is counter based. The module holds one 64-bit state,
`ml_program.global private mutable @torch_mlir_rng_state` (initial value 0;
`set_rng_seed` changes it); each execution of a random op reads the state as
its stream key and stores key + 1, so every op and every call draws fresh
numbers, and a module compiled with the same seed replays the same sequence.
Element i of a stream is splitmix64(splitmix64(key) + i): the top mantissa
bits of that give a uniform in [0, 1) exact in the result dtype (24 bits for
f32, 53 for f64, 11 for f16, 8 for bf16); normals come from Box-Muller over
elements 2i and 2i+1. torch.manual_seed does not reach it: the numbers follow
torch's distributions, not its bit streams.
"""

from __future__ import annotations

import math as pymath

import torch
from mlir import ir
from mlir.dialects import arith, math, ml_program, tensor

from ..registry import Unsupported, rule
from .common import (PARALLEL, as_index, dims, element_type, empty, generic, identity_map,
                     is_float, loop_index, result_dims, to_index, to_scalar)

STATE = "torch_mlir_rng_state"

MANTISSA_BITS = {torch.float16: 11, torch.bfloat16: 8, torch.float32: 24, torch.float64: 53}


def _i64(value: int) -> ir.Value:
    i64 = ir.IntegerType.get_signless(64)
    if value >= 2**63:
        value -= 2**64
    return arith.ConstantOp(i64, value).result


def _state_type() -> ir.Type:
    return ir.RankedTensorType.get([], ir.IntegerType.get_signless(64))


def _module_of(op: ir.Operation) -> ir.Operation:
    while op.name != "builtin.module":
        op = op.parent
    return op


def _ensure_state(op: ir.Operation) -> None:
    module = _module_of(op)
    block = module.regions[0].blocks[0]
    for child in block.operations:
        if child.operation.name == "ml_program.global" and \
                ir.StringAttr(child.operation.attributes["sym_name"]).value == STATE:
            return
    with ir.InsertionPoint.at_block_begin(block), ir.Location.unknown():
        zero = ir.DenseElementsAttr.get_splat(_state_type(), ir.IntegerAttr.get(
            ir.IntegerType.get_signless(64), 0))
        ml_program.GlobalOp(STATE, _state_type(), is_mutable=True, value=zero,
                            sym_visibility="private")


def set_rng_seed(module: ir.Module, seed: int) -> None:
    """Sets the initial state of the random ops of a lowered `module`."""
    for op in module.body.operations:
        if op.operation.name == "ml_program.global" and \
                ir.StringAttr(op.operation.attributes["sym_name"]).value == STATE:
            with module.context, ir.Location.unknown():
                op.operation.attributes["value"] = ir.DenseElementsAttr.get_splat(
                    _state_type(), ir.IntegerAttr.get(ir.IntegerType.get_signless(64), seed))


def next_key(n) -> ir.Value:
    """This execution's stream key (an i64), the state advanced by one."""
    _ensure_state(n.op)
    ref = ir.FlatSymbolRefAttr.get(STATE)
    loaded = ml_program.GlobalLoadOp(_state_type(), ref).result
    key = tensor.ExtractOp(loaded, []).result
    advanced = arith.AddIOp(key, _i64(1)).result
    ml_program.GlobalStoreOp(ref, tensor.FromElementsOp(_state_type(), [advanced]).result)
    return _splitmix(key)


def _splitmix(z: ir.Value) -> ir.Value:
    z = arith.AddIOp(z, _i64(0x9E3779B97F4A7C15)).result
    for shift, mul in ((30, 0xBF58476D1CE4E5B9), (27, 0x94D049BB133111EB)):
        z = arith.MulIOp(arith.XOrIOp(z, arith.ShRUIOp(z, _i64(shift))).result,
                         _i64(mul)).result
    return arith.XOrIOp(z, arith.ShRUIOp(z, _i64(31))).result


def _linear_index(out_dims: list) -> ir.Value:
    """Inside a generic over `out_dims`: the row-major element number (i64)."""
    i64 = ir.IntegerType.get_signless(64)
    lin = None
    for d, size in enumerate(out_dims):
        i = arith.IndexCastOp(i64, loop_index(d)).result
        if lin is None:
            lin = i
        else:
            extent = arith.IndexCastOp(i64, as_index(size)).result
            lin = arith.AddIOp(arith.MulIOp(lin, extent).result, i).result
    return lin if lin is not None else _i64(0)


def _uniform(key: ir.Value, counter: ir.Value, dtype: torch.dtype) -> ir.Value:
    """A uniform in [0, 1) of `dtype` (exact: the top mantissa bits)."""
    bits = MANTISSA_BITS[dtype]
    z = _splitmix(arith.AddIOp(key, counter).result)
    top = arith.ShRUIOp(z, _i64(64 - bits)).result
    compute = ir.F64Type.get() if dtype == torch.float64 else ir.F32Type.get()
    u = arith.MulFOp(arith.UIToFPOp(compute, top).result,
                     arith.ConstantOp(compute, 2.0 ** -bits).result).result
    if dtype in (torch.float16, torch.bfloat16):
        u = arith.TruncFOp(element_type(dtype), u).result
    return u


def _normal(key: ir.Value, lin: ir.Value, dtype: torch.dtype) -> ir.Value:
    """A standard normal (Box-Muller) computed in f32 (f64 for f64)."""
    cdt = torch.float64 if dtype == torch.float64 else torch.float32
    ft = element_type(cdt)
    twice = arith.MulIOp(lin, _i64(2)).result
    u1 = _uniform(key, twice, cdt)
    u2 = _uniform(key, arith.AddIOp(twice, _i64(1)).result, cdt)
    one = arith.ConstantOp(ft, 1.0).result
    radius = math.sqrt(arith.MulFOp(arith.ConstantOp(ft, -2.0).result,
                                    math.log(arith.SubFOp(one, u1).result)).result)
    angle = arith.MulFOp(arith.ConstantOp(ft, 2 * pymath.pi).result, u2).result
    z = arith.MulFOp(radius, math.cos(angle)).result
    return z if cdt == dtype else arith.TruncFOp(element_type(dtype), z).result


def _random_tensor(n, out_dims: list, body, operands=(), dtype=None) -> ir.Value:
    """A generic over `out_dims` whose element is body(key, linear index,
    *operand scalars); `operands` have the result's shape."""
    dtype = dtype or n.result_dtype()
    key = next_key(n)
    init = empty(out_dims, element_type(dtype))
    rank = len(out_dims)
    maps = [identity_map(rank)] * (len(operands) + 1)

    def region(*args):
        return body(key, _linear_index(out_dims), *args[:len(operands)])

    return generic(list(operands), [init], maps, [PARALLEL] * rank, region)[0]


def _float_result(n) -> torch.dtype:
    dtype = n.result_dtype()
    if not is_float(dtype):
        raise Unsupported(f"random floats of dtype {dtype}")
    return dtype


def _no_generator(n, i: int) -> None:
    if len(n.operands) > i and n.operands[i] is not None:
        raise Unsupported("an explicit torch.Generator")


def _size_dims(n, i: int) -> list:
    sizes = n.operands[i]
    if not isinstance(sizes, (list, tuple)):
        raise Unsupported("the size must be a list")
    return result_dims(n, [to_index(s) for s in sizes])


def _like_dims(n) -> list:
    return result_dims(n, dims(n.operands[0]))


@rule("torch.aten.rand", "torch.aten.rand_like")
def rand(cx, n):
    dtype = _float_result(n)
    out = _like_dims(n) if n.name.endswith("_like") else _size_dims(n, 0)
    return _random_tensor(n, out, lambda key, lin: _uniform(key, lin, dtype))


@rule("torch.aten.randn", "torch.aten.randn_like")
def randn(cx, n):
    dtype = _float_result(n)
    out = _like_dims(n) if n.name.endswith("_like") else _size_dims(n, 0)
    return _random_tensor(n, out, lambda key, lin: _normal(key, lin, dtype))


def _randint(n, low, high, out_dims):
    dtype = n.result_dtype()
    if dtype == torch.bool or not isinstance(low, int) or not isinstance(high, int):
        raise Unsupported("randint with run-time bounds or a bool result")
    if high <= low:
        raise Unsupported(f"randint: empty range [{low}, {high})")
    f64 = ir.F64Type.get()

    def body(key, lin):
        u = _uniform(key, lin, torch.float64)
        scaled = math.floor(arith.MulFOp(u, arith.ConstantOp(f64, float(high - low)).result).result)
        value = arith.AddFOp(scaled, arith.ConstantOp(f64, float(low)).result).result
        if is_float(dtype):
            return arith.TruncFOp(element_type(dtype), value).result \
                if dtype != torch.float64 else value
        return arith.FPToSIOp(element_type(dtype), value).result

    return _random_tensor(n, out_dims, body)


@rule("torch.aten.randint.low")
def randint_low(cx, n):
    _no_generator(n, 7)
    return _randint(n, n.const(0, "low"), n.const(1, "high"), _size_dims(n, 2))


@rule("torch.aten.randint")
def randint(cx, n):
    return _randint(n, 0, n.const(0, "high"), _size_dims(n, 1))


@rule("torch.aten.randint_like")
def randint_like(cx, n):
    return _randint(n, 0, n.const(1, "high"), _like_dims(n))


@rule("torch.aten.randint_like.low_dtype")
def randint_like_low(cx, n):
    return _randint(n, n.const(1, "low"), n.const(2, "high"), _like_dims(n))


@rule("torch.aten.bernoulli.p")
def bernoulli_p(cx, n):
    _no_generator(n, 2)
    dtype = n.result_dtype()
    p = n.const(1, "p")

    def body(key, lin):
        u = _uniform(key, lin, torch.float64)
        hit = arith.CmpFOp(arith.CmpFPredicate.OLT, u,
                           arith.ConstantOp(ir.F64Type.get(), float(p)).result).result
        return _bool_as(hit, dtype)

    return _random_tensor(n, _like_dims(n), body)


def _bool_as(flag: ir.Value, dtype: torch.dtype) -> ir.Value:
    one = to_scalar(None, 1, dtype)
    zero = to_scalar(None, 0, dtype)
    return arith.SelectOp(flag, one, zero).result


@rule("torch.aten.uniform")
def uniform(cx, n):
    _no_generator(n, 3)
    dtype = _float_result(n)
    cdt = torch.float64 if dtype == torch.float64 else torch.float32
    low, high = n.const(1, "from"), n.const(2, "to")

    def body(key, lin):
        u = _uniform(key, lin, cdt)
        ft = element_type(cdt)
        v = arith.AddFOp(arith.ConstantOp(ft, float(low)).result, arith.MulFOp(
            arith.ConstantOp(ft, float(high - low)).result, u).result).result
        return v if cdt == dtype else arith.TruncFOp(element_type(dtype), v).result

    return _random_tensor(n, _like_dims(n), body)


def _normal_of(n, mean, std):
    """mean + std * N(0, 1); mean/std are tensors of the result's shape or numbers."""
    dtype = _float_result(n)
    tensors = [v for v in (mean, std) if isinstance(v, ir.Value)]
    out_dims = _like_dims_of(n, tensors[0])

    def body(key, lin, *scalars):
        it = iter(scalars)
        m = next(it) if isinstance(mean, ir.Value) else to_scalar(None, float(mean), dtype)
        s = next(it) if isinstance(std, ir.Value) else to_scalar(None, float(std), dtype)
        return arith.AddFOp(m, arith.MulFOp(s, _normal(key, lin, dtype)).result).result

    return _random_tensor(n, out_dims, body, operands=tensors)


def _like_dims_of(n, x: ir.Value) -> list:
    t = ir.RankedTensorType(x.type)
    want = n.result_sizes()
    if t.rank != len(want) or any(not t.is_dynamic_dim(i) and t.get_dim_size(i) != w
                                  for i, w in enumerate(want)):
        raise Unsupported("normal with broadcasting mean and std")
    return result_dims(n, dims(x))


@rule("torch.aten.normal.float_float")
def normal_float_float(cx, n):
    _no_generator(n, 3)
    dtype = _float_result(n)
    mean, std = float(n.const(0, "mean")), float(n.const(1, "std"))

    def body(key, lin):
        z = _normal(key, lin, dtype)
        return arith.AddFOp(to_scalar(None, mean, dtype), arith.MulFOp(
            to_scalar(None, std, dtype), z).result).result

    return _random_tensor(n, _size_dims(n, 2), body)


@rule("torch.aten.normal.Tensor_float")
def normal_tensor_float(cx, n):
    _no_generator(n, 2)
    return _normal_of(n, n.operands[0], n.const(1, "std"))


@rule("torch.aten.normal.float_Tensor")
def normal_float_tensor(cx, n):
    _no_generator(n, 2)
    return _normal_of(n, n.const(0, "mean"), n.operands[1])


@rule("torch.aten.normal.Tensor_Tensor")
def normal_tensor_tensor(cx, n):
    _no_generator(n, 2)
    return _normal_of(n, n.operands[0], n.operands[1])


def _dropout(n, x: ir.Value, p: float) -> tuple[ir.Value, ir.Value]:
    """(x * mask / (1 - p), mask) with mask = uniform > p, as torch's
    decomposition; p = 1 gives zeros and an all-false mask."""
    dtype = _float_result(n)
    out_dims = _like_dims(n)
    mask = _random_tensor(n, out_dims, lambda key, lin: arith.CmpFOp(
        arith.CmpFPredicate.OGT, _uniform(key, lin, torch.float64),
        arith.ConstantOp(ir.F64Type.get(), p).result).result, dtype=torch.bool)
    scale = 0.0 if p >= 1.0 else 1.0 / (1.0 - p)
    init = empty(out_dims, element_type(dtype))
    rank = len(out_dims)

    def body(value, keep, _out):
        scaled = arith.MulFOp(value, to_scalar(None, scale, dtype)).result
        return arith.SelectOp(keep, scaled, to_scalar(None, 0.0, dtype)).result

    out = generic([x, mask], [init], [identity_map(rank)] * 3, [PARALLEL] * rank, body)[0]
    return out, mask


@rule("torch.aten.native_dropout")
def native_dropout(cx, n):
    if n.const(2, "train") is False:
        raise Unsupported("native_dropout with train=False (export removes it)")
    return list(_dropout(n, n.operands[0], float(n.const(1, "p"))))


@rule("torch.aten.dropout")
def dropout(cx, n):
    """Identity in eval mode (or p = 0); else native_dropout's output."""
    p = float(n.const(1, "p"))
    if n.const(2, "train") is False or p == 0:
        return n.operands[0]
    return _dropout(n, n.operands[0], p)[0]
