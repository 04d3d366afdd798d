"""The one module of helpers the linalg-on-tensors rules share: dims,
empty/fill, scalar casts between torch dtypes, linalg.generic with a Python
body, the broadcasting elementwise builder most rules are made of, index
arithmetic on ints or `index` values (iadd/isub/imul/ifloordiv..., folded in
Python when static), accumulator dtypes (acc_dtype), tensor dtype conversion
(convert_tensor), the max-reduction initial value (lowest), named linalg ops
and reshapes. Each helper is defined here once; rule modules import it from
here rather than from each other."""

from __future__ import annotations

from typing import Callable, Sequence

import torch
from mlir import ir
from mlir.dialects import arith, linalg, tensor
from mlir.dialects import complex as cplx

from ..convert import torch_dtype
from ..registry import Unsupported


PARALLEL = "parallel"
REDUCTION = "reduction"

_FLOATS = {torch.float16: "f16", torch.bfloat16: "bf16", torch.float32: "f32",
           torch.float64: "f64"}
# complex64 is complex<f32>: torch's layout (real, imaginary) is the complex
# dialect's, so tensors pass to and from compiled code as they are.
_COMPONENTS = {torch.complex64: torch.float32,
               torch.complex128: torch.float64}
_INTS = {torch.bool: 1, torch.uint8: 8, torch.int8: 8, torch.int16: 16, torch.int32: 32,
         torch.int64: 64}


def element_type(dtype: torch.dtype) -> ir.Type:
    """The builtin (signless) element type of a torch dtype."""
    if dtype in _FLOATS:
        return ir.Type.parse(_FLOATS[dtype])
    if dtype in _INTS:
        return ir.IntegerType.get_signless(_INTS[dtype])
    if dtype in _COMPONENTS:
        return ir.ComplexType.get(element_type(_COMPONENTS[dtype]))
    raise Unsupported(f"dtype {dtype} is not supported by the linalg lowering")


def is_float(dtype) -> bool:
    return dtype is not None and dtype.is_floating_point


# Op name -> make(node) -> body(dtype, *scalars): the op's elementwise body on
# complex operands (complex_numbers.py fills it; `ew` uses it).
COMPLEX_BODIES: dict[str, Callable] = {}


def is_complex(dtype) -> bool:
    return dtype is not None and dtype.is_complex


def component_dtype(dtype: torch.dtype) -> torch.dtype:
    """The real dtype of a complex dtype's parts (complex64 -> float32)."""
    return _COMPONENTS[dtype]


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
    """A Python number as an arith.constant of `elem` (a complex.constant of
    a complex `elem`)."""
    if isinstance(elem, ir.ComplexType):
        part = ir.ComplexType(elem).element_type
        z = complex(value)
        return cplx.ConstantOp(elem, ir.ArrayAttr.get(
            [ir.FloatAttr.get(part, z.real), ir.FloatAttr.get(part, z.imag)])).result
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
    if src.is_complex or dst.is_complex:
        return _convert_complex(v, src, dst)
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
    if src not in _INTS or dst not in _INTS:
        raise Unsupported(f"conversion of a {src} scalar to {dst}")
    src_w, dst_w = _INTS[src], _INTS[dst]
    if src_w == dst_w:
        return v
    if dst_w < src_w:
        return arith.TruncIOp(to, v).result
    return (arith.ExtUIOp if is_unsigned(src) else arith.ExtSIOp)(to, v).result


def _convert_complex(v: ir.Value, src: torch.dtype, dst: torch.dtype) -> ir.Value:
    """Real -> complex (imaginary part 0) and complex -> complex conversions;
    complex -> real is not an implicit conversion in torch."""
    if not dst.is_complex:
        raise Unsupported(f"conversion of a {src} scalar to {dst}")
    part = component_dtype(dst)
    if src.is_complex:
        re = convert_scalar(cplx.ReOp(v).result, component_dtype(src), part)
        im = convert_scalar(cplx.ImOp(v).result, component_dtype(src), part)
    else:
        re = convert_scalar(v, src, part)
        im = scalar_constant(0.0, element_type(part))
    return cplx.CreateOp(element_type(dst), re, im).result


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
            cf.AssertOp(same, f"{n.name.removeprefix('torch.')}: operand dim {j} does not "
                        f"match the size of "
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
            if offset < 0:  # an affine map with negative dims would abort
                raise Unsupported(f"operand {i} of type {t} has a higher rank than the declared "
                                  f"result ({rank})")
            exprs = []
            for j in range(t.rank):
                size = t.get_dim_size(j) if not t.is_dynamic_dim(j) else -1
                if size not in (-1, 1) and out_sizes[offset + j] not in (-1, size):
                    raise Unsupported(f"operand {i} of type {t} does not broadcast to the "
                                      f"declared result's sizes {list(out_sizes)}")
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


DYN = ir.ShapedType.get_dynamic_size()
INT64_MAX = 2**63 - 1

# --- index arithmetic on ints / index values (folds when static) ------------------


def is_static(v) -> bool:
    return isinstance(v, int)


def _index_op(a, b, fold: Callable, op_cls, unit: int, commutes: bool):
    """`fold(a, b)` when both are ints; `a` when `b` is the static `unit` (and
    `b` when `a` is and the op `commutes`); else `op_cls` on index values."""
    if is_static(a) and is_static(b):
        return fold(a, b)
    if is_static(b) and b == unit:
        return a
    if commutes and is_static(a) and a == unit:
        return b
    return op_cls(as_index(a), as_index(b)).result


def iadd(a, b):
    return _index_op(a, b, lambda x, y: x + y, arith.AddIOp, 0, True)


def isub(a, b):
    return _index_op(a, b, lambda x, y: x - y, arith.SubIOp, 0, False)


def imul(a, b):
    return _index_op(a, b, lambda x, y: x * y, arith.MulIOp, 1, True)


def ifloordiv(a, b):
    return _index_op(a, b, lambda x, y: x // y, arith.FloorDivSIOp, 1, False)


def iceildiv(a, b):
    return _index_op(a, b, lambda x, y: -(-x // y), arith.CeilDivSIOp, 1, False)


def imod(a, b):
    """Python's a % b (the sign of b) for b > 0."""
    if is_static(a) and is_static(b):
        return a % b
    r = arith.RemSIOp(as_index(a), as_index(b)).result
    neg = arith.CmpIOp(arith.CmpIPredicate.slt, r, as_index(0)).result
    return arith.SelectOp(neg, arith.AddIOp(r, as_index(b)).result, r).result


def imax(a, b):
    if is_static(a) and is_static(b):
        return max(a, b)
    return arith.MaxSIOp(as_index(a), as_index(b)).result


def imin(a, b):
    if is_static(a) and is_static(b):
        return min(a, b)
    return arith.MinSIOp(as_index(a), as_index(b)).result


def iprod(values: Sequence):
    out = 1
    for v in values:
        out = imul(out, v)
    return out


def icmp(pred: str, a, b) -> ir.Value:
    return arith.CmpIOp(getattr(arith.CmpIPredicate, pred), as_index(a), as_index(b)).result


def iselect(c: ir.Value, a, b):
    return arith.SelectOp(c, as_index(a), as_index(b)).result


def wrap_index(i, size):
    """A possibly negative index into a dim of `size` (i + size if i < 0)."""
    if is_static(i) and (i >= 0 or is_static(size)):
        return i + size if i < 0 else i
    if is_static(i):
        return iadd(i, size)
    i = as_index(i)
    return iselect(icmp("slt", i, 0), iadd(i, size), i)


def to_index(v) -> "int | ir.Value":
    """A compile-time int, or an i64/index/iN value as `index` (sign-extended)."""
    if isinstance(v, bool):
        return int(v)
    if is_static(v):
        return v
    if isinstance(v.type, ir.IndexType):
        return v
    if isinstance(v.type, ir.IntegerType):
        return arith.IndexCastOp(ir.IndexType.get(), v).result
    raise Unsupported(f"expected an integer, got a value of type {v.type}")


def norm_dim(d, rank: int) -> int:
    if not isinstance(d, int):
        raise Unsupported("dim must be a constant")
    if not -max(rank, 1) <= d < max(rank, 1):
        raise Unsupported(f"dim {d} out of range for rank {rank}")
    return d + rank if d < 0 else d


def dims_and_dim(n, x: ir.Value, i: int, what: str = "dim") -> tuple[list, int]:
    """`x`'s dims, and node operand `i` as a dim of `x` (a constant; negative counts
    from the end)."""
    xd = dims(x)
    return xd, norm_dim(n.const(i, what), len(xd))


def replaced_at(values: Sequence, d: int, value) -> list:
    """`values` as a new list with entry `d` set to `value` (sizes, offsets or
    strides that differ from a default along one dim)."""
    out = list(values)
    out[d] = value
    return out


def tensor_type(x: ir.Value) -> ir.RankedTensorType:
    return ir.RankedTensorType(x.type)


def shape(x: ir.Value) -> list[int]:
    return list(tensor_type(x).shape)


def static_of(ds: Sequence) -> list[int]:
    return [d if is_static(d) else DYN for d in ds]


def result_dims(n, computed: Sequence, i: int = 0) -> list:
    """`computed` dims with the static sizes of result `i`'s type filled in."""
    want = n.result_sizes(i)
    if len(want) != len(computed):
        raise Unsupported(f"result rank {len(want)} differs from the computed rank "
                          f"{len(computed)}")
    return [w if w != -1 else c for w, c in zip(want, computed)]


def cast_to(x: ir.Value, t: ir.Type) -> ir.Value:
    return x if x.type == t else tensor.CastOp(t, x).result


def convert_tensor(x: ir.Value, src: torch.dtype, dst: torch.dtype) -> ir.Value:
    """`x` converted elementwise from torch dtype `src` to `dst`."""
    if src == dst or src is None:
        return x
    rank = tensor_type(x).rank
    init = empty(dims(x), element_type(dst))
    return generic([x], [init], [identity_map(rank)] * 2, [PARALLEL] * rank,
                   lambda a, _: convert_scalar(a, src, dst))[0]


# --- named ops, accumulators, reshapes (matmul, conv, pooling) -------------------


def acc_dtype(dt: torch.dtype) -> torch.dtype:
    """The accumulator dtype of a product or sum producing `dt`."""
    return torch.float32 if dt in (torch.float16, torch.bfloat16) else dt


def named(op_cls, ins: Sequence[ir.Value], init: ir.Value, **attrs) -> ir.Value:
    """A linalg named op (its region filled natively: cheap to build)."""
    op = op_cls([init.type], list(ins), [init], **attrs)
    linalg.fill_builtin_region(op.operation)
    return op.results[0]


def filled(ds: Sequence, value: ir.Value) -> ir.Value:
    """linalg.fill of `value` into a tensor.empty of sizes `ds`."""
    return named(linalg.FillOp, [value], empty(ds, value.type))


def zeros(ds: Sequence, dtype: torch.dtype) -> ir.Value:
    return filled(ds, scalar_constant(0, element_type(dtype)))


def lowest(dtype: torch.dtype):
    """The initial value of a max reduction: -inf, or the type's minimum."""
    if is_float(dtype):
        return float("-inf")
    if dtype in (torch.uint8, torch.bool):
        return 0
    return torch.iinfo(dtype).min


def rank(x: ir.Value) -> int:
    return tensor_type(x).rank


def collapse(x: ir.Value, groups: Sequence[Sequence[int]]) -> ir.Value:
    """tensor.collapse_shape of `x` by `groups` of consecutive dims."""
    t = tensor_type(x)
    dyn = ir.ShapedType.get_dynamic_size()
    sizes = []
    for g in groups:
        size = 1
        for d in g:
            if t.is_dynamic_dim(d):
                size = dyn
                break
            size *= t.get_dim_size(d)
        sizes.append(size)
    rt = ir.RankedTensorType.get(sizes, t.element_type)
    reassoc = ir.ArrayAttr.get([
        ir.ArrayAttr.get([ir.IntegerAttr.get(ir.IntegerType.get_signless(64), d) for d in g])
        for g in groups])
    return tensor.CollapseShapeOp(rt, x, reassoc).result


def expand(x: ir.Value, groups: Sequence[Sequence[int]], out_dims: Sequence) -> ir.Value:
    """tensor.expand_shape of `x` to sizes `out_dims` (ints / index values)."""
    t = tensor_type(x)
    static = static_sizes(out_dims)
    rt = ir.RankedTensorType.get(static, t.element_type)
    reassoc = ir.ArrayAttr.get([
        ir.ArrayAttr.get([ir.IntegerAttr.get(ir.IntegerType.get_signless(64), d) for d in g])
        for g in groups])
    dynamic = [as_index(d) for d in out_dims if not isinstance(d, int)]
    return tensor.ExpandShapeOp(rt, x, reassoc, dynamic, static).result


def list_dtypes(n, i: int) -> list:
    """The torch dtypes of the tensors in list operand `i`: from the
    torch.prim.ListConstruct that builds it, else (a list from another op,
    e.g. split) None for each: the element types are then taken as they are."""
    owner = n.op.operands[i].owner
    if not hasattr(owner, "name") or owner.name != "torch.prim.ListConstruct":
        return [None] * len(n.operands[i])
    return [torch_dtype(v.type) for v in owner.operands]


def op_result(r) -> ir.Value:
    """The result of a builder that returns a Value, an OpView or an Operation."""
    if isinstance(r, ir.Value):
        return r
    return r.results[0] if hasattr(r, "results") else r.result


def variance_correction(n) -> float:
    """The correction of a var/std/var_mean op (the .correction, .dim and
    unbiased forms): a constant, else Unsupported."""
    name = n.name
    if name.endswith(".correction"):
        c = n.operands[2]
        if c is None:
            return 1.0
        if isinstance(c, ir.Value):
            raise Unsupported("correction must be a constant")
        return float(c)
    unbiased = n.operands[2] if name.endswith(".dim") else n.operands[1]
    if isinstance(unbiased, ir.Value):
        raise Unsupported("unbiased must be a constant")
    return 1.0 if unbiased else 0.0
