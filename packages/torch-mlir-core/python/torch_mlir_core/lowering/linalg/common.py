"""Building blocks for linalg-on-tensors rules: dims, empty/fill, scalar
casts between torch dtypes, linalg.generic with a Python body, and the
broadcasting elementwise builder most rules are made of."""

from __future__ import annotations

from typing import Callable, Sequence

import torch
from mlir import ir
from mlir.dialects import arith, linalg, tensor

from ..registry import Unsupported


PARALLEL = "parallel"
REDUCTION = "reduction"

_FLOATS = {torch.float16: "f16", torch.bfloat16: "bf16", torch.float32: "f32",
           torch.float64: "f64"}
_INTS = {torch.bool: 1, torch.uint8: 8, torch.int8: 8, torch.int16: 16, torch.int32: 32,
         torch.int64: 64}


def element_type(dtype: torch.dtype) -> ir.Type:
    """The builtin (signless) element type of a torch dtype."""
    if dtype in _FLOATS:
        return ir.Type.parse(_FLOATS[dtype])
    if dtype in _INTS:
        return ir.IntegerType.get_signless(_INTS[dtype])
    raise Unsupported(f"dtype {dtype} is not supported by the linalg lowering")


def is_float(dtype) -> bool:
    return dtype is not None and dtype.is_floating_point


def is_unsigned(dtype) -> bool:
    return dtype == torch.uint8 or dtype == torch.bool


def index(v: int) -> ir.Value:
    return arith.ConstantOp(ir.IndexType.get(), v).result


def dims(x: ir.Value) -> list:
    """The sizes of tensor `x`: ints where static, index values where not."""
    t = ir.RankedTensorType(x.type)
    out = []
    for i in range(t.rank):
        if t.is_dynamic_dim(i):
            out.append(tensor.DimOp(x, index(i)).result)
        else:
            out.append(t.get_dim_size(i))
    return out


def dim(x: ir.Value, i: int):
    t = ir.RankedTensorType(x.type)
    i = i + t.rank if i < 0 else i
    if t.is_dynamic_dim(i):
        return tensor.DimOp(x, index(i)).result
    return t.get_dim_size(i)


def as_index(d) -> ir.Value:
    """A dim (int, index value or i64 value) as an index value."""
    if isinstance(d, int):
        return index(d)
    if isinstance(d.type, ir.IndexType):
        return d
    return arith.IndexCastOp(ir.IndexType.get(), d).result


def as_i64(d) -> ir.Value:
    if isinstance(d, int):
        return arith.ConstantOp(ir.IntegerType.get_signless(64), d).result
    if isinstance(d.type, ir.IndexType):
        return arith.IndexCastOp(ir.IntegerType.get_signless(64), d).result
    return d


def static_sizes(ds: Sequence) -> list[int]:
    dyn = ir.ShapedType.get_dynamic_size()
    return [d if isinstance(d, int) else dyn for d in ds]


def empty(ds: Sequence, elem: ir.Type) -> ir.Value:
    """tensor.empty of sizes `ds` (ints and index/i64 values)."""
    return tensor.EmptyOp([d if isinstance(d, int) else as_index(d) for d in ds], elem).result


def fill(value: ir.Value, init: ir.Value) -> ir.Value:
    return linalg.fill(value, outs=[init])


def full(ds: Sequence, value: ir.Value) -> ir.Value:
    return fill(value, empty(ds, value.type))


def scalar_constant(value, elem: ir.Type) -> ir.Value:
    """A Python number as an arith.constant of `elem`."""
    if isinstance(elem, ir.FloatType):
        v = float(value)
        return arith.ConstantOp(elem, v).result
    if ir.IntegerType(elem).width == 1:
        return arith.ConstantOp(elem, int(bool(value))).result
    return arith.ConstantOp(elem, int(value)).result


def scalar_dtype(v) -> torch.dtype:
    """The torch dtype a compile-time or run-time scalar operand computes in."""
    if isinstance(v, bool):
        return torch.bool
    if isinstance(v, int):
        return torch.int64
    if isinstance(v, float):
        return torch.float64
    t = v.type
    if isinstance(t, ir.F64Type):
        return torch.float64
    if str(t) == "i1":
        return torch.bool
    return torch.int64


def convert_scalar(v: ir.Value, src: torch.dtype, dst: torch.dtype) -> ir.Value:
    """Converts a scalar SSA value between torch dtypes (torch's casting:
    float->int truncates toward zero, x->bool is x != 0)."""
    if src == dst:
        return v
    to = element_type(dst)
    if dst == torch.bool:
        zero = scalar_constant(0, v.type)
        if is_float(src):
            return arith.CmpFOp(arith.CmpFPredicate.UNE, v, zero).result
        return arith.CmpIOp(arith.CmpIPredicate.ne, v, zero).result
    if is_float(src) and is_float(dst):
        if src.itemsize == dst.itemsize:  # f16 <-> bf16
            return arith.TruncFOp(to, arith.ExtFOp(ir.F32Type.get(), v).result).result
        return (arith.ExtFOp if dst.itemsize > src.itemsize else arith.TruncFOp)(to, v).result
    if is_float(src):
        return (arith.FPToUIOp if is_unsigned(dst) else arith.FPToSIOp)(to, v).result
    if is_float(dst):
        return (arith.UIToFPOp if is_unsigned(src) else arith.SIToFPOp)(to, v).result
    src_w, dst_w = _INTS[src], _INTS[dst]
    if src_w == dst_w:
        return v
    if dst_w < src_w:
        return arith.TruncIOp(to, v).result
    return (arith.ExtUIOp if is_unsigned(src) else arith.ExtSIOp)(to, v).result


def to_scalar(cx, v, dtype: torch.dtype) -> ir.Value:
    """A scalar operand (Python number or i64/f64/i1 value) as a value of
    `dtype`'s element type."""
    if not isinstance(v, ir.Value):
        return scalar_constant(v, element_type(dtype))
    return convert_scalar(v, scalar_dtype(v), dtype)


# --- linalg.generic ------------------------------------------------------------

def affine_map(n_dims: int, exprs: Sequence) -> ir.AffineMap:
    """exprs: ints are loop dims (d_i); ("c", k) is the constant k."""
    out = []
    for e in exprs:
        if isinstance(e, tuple):
            out.append(ir.AffineConstantExpr.get(e[1]))
        elif isinstance(e, int):
            out.append(ir.AffineDimExpr.get(e))
        else:
            out.append(e)
    return ir.AffineMap.get(n_dims, 0, out)


def identity_map(n: int) -> ir.AffineMap:
    return ir.AffineMap.get_identity(n)


def _iterator(kind: str) -> ir.Attribute:
    return ir.Attribute.parse(f"#linalg.iterator_type<{kind}>")


def generic(inputs: Sequence[ir.Value], outputs: Sequence[ir.Value],
            maps: Sequence[ir.AffineMap], iterators: Sequence[str],
            body: Callable[..., Sequence[ir.Value] | ir.Value]) -> list[ir.Value]:
    """linalg.generic; `body(*input_scalars, *output_scalars)` builds the
    region and returns the values to yield (inside it, `linalg.index(d)`
    gives loop indices)."""
    op = linalg.GenericOp(
        [o.type for o in outputs], list(inputs), list(outputs),
        ir.ArrayAttr.get([ir.AffineMapAttr.get(m) for m in maps]),
        ir.ArrayAttr.get([_iterator(k) for k in iterators]))
    arg_types = [ir.RankedTensorType(v.type).element_type for v in list(inputs) + list(outputs)]
    block = op.regions[0].blocks.append(*arg_types)
    with ir.InsertionPoint(block):
        out = body(*block.arguments)
        if isinstance(out, ir.Value):
            out = [out]
        linalg.YieldOp(list(out))
    return list(op.results)


def loop_index(d: int) -> ir.Value:
    return linalg.IndexOp(ir.IntegerAttr.get(ir.IntegerType.get_signless(64), d)).result


def _assert_dims_agree(n, tensors: Sequence, maps: Sequence, out_dims: Sequence) -> None:
    """Run-time checks (cf.assert) that each dynamic operand dim equals the
    result dim it maps to unbroadcast: torch raises on such a mismatch, and
    without the check the loop would give a wrong answer or read out of
    bounds (two dynamic dims bound to one symbol by torch.export)."""
    from mlir.dialects import cf

    rank = len(out_dims)
    providers = {k: d for k, d in enumerate(out_dims) if not isinstance(d, int)}
    for v, m in zip(tensors, maps):
        t = ir.RankedTensorType(v.type)
        offset = rank - t.rank
        for j in range(t.rank):
            k = offset + j
            if str(m.results[j]) != f"d{k}" or (
                    not t.is_dynamic_dim(j) and isinstance(out_dims[k], int)):
                continue
            got = dim(v, j)
            if providers.get(k) is not None and _same_dim(providers[k], v, j):
                continue  # the dim the result size is taken from
            same = arith.CmpIOp(arith.CmpIPredicate.eq, as_index(got),
                                as_index(out_dims[k])).result
            cf.AssertOp(same, f"{n.name}: operand dim {j} does not match the size of "
                        f"result dim {k} (sizes must agree or be 1)")


def _same_dim(d, v: ir.Value, j: int) -> bool:
    """Whether the index value `d` is `tensor.dim v, j`."""
    owner = d.owner
    op = owner.operation if hasattr(owner, "operation") else None
    if op is None or op.name != "tensor.dim" or op.operands[0] != v:
        return False
    idx = op.operands[1].owner
    idx = idx.operation if hasattr(idx, "operation") else None
    return idx is not None and idx.name == "arith.constant" and \
        ir.IntegerAttr(idx.attributes["value"]).value == j


def elementwise(cx, n, operands: Sequence, dtypes: Sequence[torch.dtype],
                body: Callable[..., ir.Value], out_dtype: torch.dtype | None = None,
                result: int = 0) -> ir.Value:
    """The result of `n` (result `result`) as a broadcasting elementwise
    linalg.generic. `operands` are tensors or scalars (Python numbers or
    scalar values, passed to `body` as values of their dtype in `dtypes`);
    `body(*scalars)` returns a value of `out_dtype`'s element type
    (default: the op's result dtype). Broadcasting follows the result's
    type: an operand dim of static size 1 against a result dim that is not 1
    is broadcast; other dims are taken to match (as torch requires)."""
    out_dtype = out_dtype or n.result_dtype(result)
    out_sizes = n.result_sizes(result)
    rank = len(out_sizes)
    tensors, maps, positions = [], [], []
    scalar_values = {}
    for i, (v, dt) in enumerate(zip(operands, dtypes)):
        if isinstance(v, ir.Value) and isinstance(v.type, ir.RankedTensorType):
            t = ir.RankedTensorType(v.type)
            offset = rank - t.rank
            exprs = []
            for j in range(t.rank):
                size = t.get_dim_size(j) if not t.is_dynamic_dim(j) else -1
                if size == 1 and out_sizes[offset + j] != 1:
                    exprs.append(("c", 0))
                else:
                    exprs.append(offset + j)
            tensors.append(v)
            maps.append(affine_map(rank, exprs))
            positions.append(i)
        else:
            scalar_values[i] = to_scalar(cx, v, dt)
    # Output sizes: static from the result type, dynamic from an operand
    # whose dim maps to it unbroadcast.
    out_dims = []
    for k, size in enumerate(out_sizes):
        if size != -1:
            out_dims.append(size)
            continue
        found = None
        for v, m in zip(tensors, maps):
            t = ir.RankedTensorType(v.type)
            offset = rank - t.rank
            j = k - offset
            if j >= 0 and str(m.results[j]) == f"d{k}":
                found = dim(v, j)
                break
        if found is None:
            raise Unsupported(f"cannot infer dynamic result dim {k}")
        out_dims.append(found)
    _assert_dims_agree(n, tensors, maps, out_dims)
    init = empty(out_dims, element_type(out_dtype))
    maps.append(identity_map(rank))

    def region(*args):
        scalars = list(args[:len(tensors)])
        full_args = []
        it = iter(scalars)
        for i in range(len(operands)):
            full_args.append(scalar_values[i] if i in scalar_values else next(it))
        return body(*full_args)

    return generic(tensors, [init], maps, [PARALLEL] * rank, region)[0]
