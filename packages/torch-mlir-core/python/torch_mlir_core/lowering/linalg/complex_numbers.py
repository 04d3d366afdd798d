"""Complex numbers. A complex64 / complex128 tensor is a tensor of
`complex<f32>` / `complex<f64>` (torch's memory layout, so the refbackend
passes them as they are); the complex dialect computes on its elements.

* `view_as_real` / `view_as_complex`, `complex`, `polar` and the conjugates
  (`_conj`, `_conj_physical`: on value semantics the conjugate bit is
  the conjugated value) are rules of their own here;
* the elementwise ops that take complex operands register their complex
  body in `COMPLEX_BODIES`: `ew` (elementwise.py) uses it when torch's
  promotion computes in a complex dtype, and fails naming the op when an op
  has none (never an integer or float body on complex values).

The FFT primitives are decomposed before lowering
(passes/fft_decompositions.py) into real matrix products and `complex`.
"""

from __future__ import annotations

from mlir import ir
from mlir.dialects import arith, math
from mlir.dialects import complex as cplx

from ..registry import Unsupported, no_rule, rule
from .common import (COMPLEX_BODIES, PARALLEL, affine_map, component_dtype, convert_scalar,
                     dims, element_type, elementwise, empty, generic, identity_map,
                     is_complex, loop_index, scalar_constant)


def _unary(op_cls):
    return lambda n: lambda dt, x: op_cls(x).result


def _binary(op_cls):
    return lambda n: lambda dt, x, y: op_cls(x, y).result


def _add_sub(op_cls, reverse: bool = False):
    def make(n):
        alpha = n.operands[2] if len(n.operands) > 2 else 1
        if isinstance(alpha, ir.Value):
            raise Unsupported("a run-time alpha with complex operands")

        def fn(dt, x, y):
            if reverse:
                x, y = y, x
            if alpha != 1:
                y = cplx.MulOp(y, scalar_constant(alpha, element_type(dt))).result
            return op_cls(x, y).result
        return fn
    return make


def _reciprocal(n):
    return lambda dt, x: cplx.DivOp(scalar_constant(1.0, element_type(dt)), x).result


def _sigmoid(n):
    def fn(dt, x):
        one = scalar_constant(1.0, element_type(dt))
        e = cplx.ExpOp(cplx.NegOp(x).result).result
        return cplx.DivOp(one, cplx.AddOp(one, e).result).result
    return fn


COMPLEX_BODIES.update({
    "torch.aten.add.Tensor": _add_sub(cplx.AddOp), "torch.aten.add.Scalar": _add_sub(cplx.AddOp),
    "torch.aten.sub.Tensor": _add_sub(cplx.SubOp), "torch.aten.sub.Scalar": _add_sub(cplx.SubOp),
    "torch.aten.rsub.Scalar": _add_sub(cplx.SubOp, reverse=True),
    "torch.aten.rsub.Tensor": _add_sub(cplx.SubOp, reverse=True),
    "torch.aten.mul.Tensor": _binary(cplx.MulOp), "torch.aten.mul.Scalar": _binary(cplx.MulOp),
    "torch.aten.div.Tensor": _binary(cplx.DivOp), "torch.aten.div.Scalar": _binary(cplx.DivOp),
    "torch.aten.eq.Tensor": _binary(cplx.EqualOp), "torch.aten.eq.Scalar": _binary(cplx.EqualOp),
    "torch.aten.ne.Tensor": _binary(cplx.NotEqualOp),
    "torch.aten.ne.Scalar": _binary(cplx.NotEqualOp),
    "torch.aten.neg": _unary(cplx.NegOp), "torch.aten.abs": _unary(cplx.AbsOp),
    "torch.aten.angle": _unary(cplx.AngleOp), "torch.aten.sgn": _unary(cplx.SignOp),
    "torch.aten.exp": _unary(cplx.ExpOp), "torch.aten.expm1": _unary(cplx.Expm1Op),
    "torch.aten.log": _unary(cplx.LogOp), "torch.aten.log1p": _unary(cplx.Log1pOp),
    "torch.aten.sqrt": _unary(cplx.SqrtOp), "torch.aten.rsqrt": _unary(cplx.RsqrtOp),
    "torch.aten.sin": _unary(cplx.SinOp), "torch.aten.cos": _unary(cplx.CosOp),
    "torch.aten.tan": _unary(cplx.TanOp), "torch.aten.tanh": _unary(cplx.TanhOp),
    "torch.aten.reciprocal": _reciprocal, "torch.aten.sigmoid": _sigmoid,
    "torch.aten.pow.Tensor_Scalar": _binary(cplx.PowOp),
    "torch.aten.pow.Tensor_Tensor": _binary(cplx.PowOp),
    "torch.aten.pow.Scalar": _binary(cplx.PowOp),
})


@rule("torch.aten._conj", "torch.aten._conj_physical")
def conj(cx, n):
    """The conjugate's value (a real tensor is its own conjugate)."""
    x = n.operands[0]
    if not is_complex(n.dtype(0)):
        return x
    return elementwise(cx, n, [x], [n.dtype(0)], lambda v: cplx.ConjOp(v).result)


@rule("torch.aten.view_as_real")
def view_as_real(cx, n):
    """(..., ) complex -> (..., 2) real: element [..., 0] the real part, [..., 1]
    the imaginary one."""
    x = n.operands[0]
    src = n.dtype(0)
    if not is_complex(src):
        raise Unsupported(f"view_as_real of a {src} tensor (torch needs a complex one)")
    sizes = dims(x)
    rank = len(sizes)
    part = element_type(component_dtype(src))
    init = empty(sizes + [2], part)

    def body(v, _o):
        is_re = arith.CmpIOp(arith.CmpIPredicate.eq, loop_index(rank),
                             arith.ConstantOp(ir.IndexType.get(), 0).result).result
        return arith.SelectOp(is_re, cplx.ReOp(v).result, cplx.ImOp(v).result).result
    return generic([x], [init], [affine_map(rank + 1, list(range(rank))),
                                 identity_map(rank + 1)], [PARALLEL] * (rank + 1), body)[0]


@rule("torch.aten.view_as_complex")
def view_as_complex(cx, n):
    """(..., 2) real -> (...) complex."""
    x = n.operands[0]
    out = n.result_dtype()
    sizes = dims(x)
    if not sizes or sizes[-1] != 2:
        raise Unsupported("view_as_complex needs a last dim of size 2")
    rank = len(sizes) - 1
    init = empty(sizes[:-1], element_type(out))
    parts = [affine_map(rank, list(range(rank)) + [("c", k)]) for k in (0, 1)]

    def body(re, im, _o):
        return cplx.CreateOp(element_type(out), re, im).result
    return generic([x, x], [init], parts + [identity_map(rank)], [PARALLEL] * rank, body)[0]


@rule("torch.aten.complex")
def complex_(cx, n):
    """complex(real, imag), broadcasting; both parts have the same float dtype."""
    out = n.result_dtype()
    part = component_dtype(out)
    return elementwise(cx, n, n.operands[:2], [n.dtype(0), n.dtype(1)], lambda re, im: (
        cplx.CreateOp(element_type(out), convert_scalar(re, n.dtype(0), part),
                      convert_scalar(im, n.dtype(1), part)).result))


@rule("torch.aten.polar")
def polar(cx, n):
    """polar(abs, angle) = abs cos(angle) + i abs sin(angle)."""
    out = n.result_dtype()

    def body(r, theta):
        re = arith.MulFOp(r, math.CosOp(theta).result).result
        im = arith.MulFOp(r, math.SinOp(theta).result).result
        return cplx.CreateOp(element_type(out), re, im).result
    return elementwise(cx, n, n.operands[:2], [n.dtype(0), n.dtype(1)], body)


# The FFT primitives are decomposed before import (and by torch-decompose);
# one that reaches the lowering is one the decomposition declined.
no_rule("torch.aten._fft_r2c", "torch.aten._fft_c2c", "torch.aten._fft_c2r", why=(
    "an FFT is lowered as DFT matrix products decomposed before import, which needs static "
    "sizes of the transformed dims (and of the output) and at most 2^24 matrix elements "
    "(a length of 4096); this one has a run-time size or is longer"))
