"""Elementwise ops lowered to linalg-on-tensors, run on the reference backend
and compared with torch eager: unary math, binary arithmetic (broadcasting,
scalars, alpha, rounding modes, type promotion), comparisons, logical and
bitwise ops, where/masked_fill/clamp/lerp/addcmul/addcdiv, 0-d tensors and
dynamic dims."""

import math

import pytest
import torch
import torch_mlir_fx
from harness import module, to_llvm
from harness import run as harness_run

_g = torch.Generator().manual_seed(0)


def f32(*shape, lo=-3.0, hi=3.0, dtype=torch.float32):
    return (torch.rand(*shape, generator=_g) * (hi - lo) + lo).to(dtype)


def ints(*shape, lo=-10, hi=10, dtype=torch.int64):
    return torch.randint(lo, hi, shape, generator=_g).to(dtype)




def run(fn, *inputs, dynamic=None, rtol=1e-5, atol=1e-5):
    """harness.run: dynamic={arg: {dim: "name"}} (dims of one name share a
    symbol, as equal-shaped operands need) or {arg: [dims]}."""
    return harness_run(fn, *inputs, dynamic=dynamic, rtol=rtol, atol=atol)


# --- unary math -------------------------------------------------------------------

_POS = dict(lo=0.1, hi=4.0)
_UNIT = dict(lo=-0.9, hi=0.9)
UNARY_FLOAT = [
    ("exp", torch.exp, {}), ("exp2", torch.exp2, {}), ("expm1", torch.expm1, {}),
    ("log", torch.log, _POS), ("log2", torch.log2, _POS), ("log10", torch.log10, _POS),
    ("log1p", torch.log1p, _POS), ("sqrt", torch.sqrt, _POS), ("rsqrt", torch.rsqrt, _POS),
    ("sin", torch.sin, {}), ("cos", torch.cos, {}), ("tan", torch.tan, _UNIT),
    ("asin", torch.asin, _UNIT), ("acos", torch.acos, _UNIT), ("atan", torch.atan, {}),
    ("sinh", torch.sinh, {}), ("cosh", torch.cosh, {}), ("tanh", torch.tanh, {}),
    ("asinh", torch.asinh, {}), ("acosh", torch.acosh, dict(lo=1.0, hi=5.0)),
    ("atanh", torch.atanh, _UNIT), ("erf", torch.erf, {}), ("sigmoid", torch.sigmoid, {}),
    ("abs", torch.abs, {}), ("neg", torch.neg, {}), ("sign", torch.sign, {}),
    ("floor", torch.floor, {}), ("ceil", torch.ceil, {}), ("round", torch.round, {}),
    ("trunc", torch.trunc, {}), ("frac", torch.frac, {}), ("reciprocal", torch.reciprocal, _POS),
    ("square", torch.square, {}), ("relu", torch.relu, {}),
]


@pytest.mark.parametrize("name,fn,rng", UNARY_FLOAT, ids=[c[0] for c in UNARY_FLOAT])
def test_unary_float(name, fn, rng):
    run(fn, f32(3, 5, **rng), rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize("name,fn", [("exp", torch.exp), ("log", torch.log),
                                     ("tanh", torch.tanh), ("sqrt", torch.sqrt)])
def test_unary_float_dynamic(name, fn):
    run(fn, f32(4, 6, lo=0.2, hi=2.0), dynamic={0: [0, 1]})


@pytest.mark.parametrize("dtype", [torch.float64, torch.float16, torch.bfloat16])
def test_unary_other_float_dtypes(dtype):
    tol = 1e-6 if dtype == torch.float64 else 1e-2
    run(lambda x: torch.exp(x) + torch.sin(x), f32(2, 7, dtype=dtype), rtol=tol, atol=tol)


def test_round_half_to_even():
    x = torch.tensor([-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 3.5, 0.49999997])
    run(torch.round, x)


def test_special_values():
    x = torch.tensor([0.0, -0.0, float("inf"), float("-inf"), float("nan"), 1.0, -2.0])
    run(lambda t: (torch.sign(t), torch.relu(t), torch.isnan(t), torch.isinf(t),
                   torch.abs(t)), x)


@pytest.mark.parametrize("name,fn", [
    ("abs", torch.abs), ("neg", torch.neg), ("sign", torch.sign), ("square", torch.square),
    ("relu", torch.relu), ("floor", torch.floor), ("bitwise_not", torch.bitwise_not),
])
@pytest.mark.parametrize("dtype", [torch.int32, torch.int64])
def test_unary_int(name, fn, dtype):
    run(fn, ints(3, 4, dtype=dtype))


@pytest.mark.parametrize("name,fn", [("exp", torch.exp), ("sqrt", torch.sqrt),
                                     ("sigmoid", torch.sigmoid)])
def test_unary_int_to_float(name, fn):
    run(fn, ints(3, 4, lo=0, hi=9))


def test_abs_uint8():
    run(lambda x: torch.abs(x) + x, ints(8, lo=0, hi=100, dtype=torch.uint8))


def test_bitwise_not_bool():
    run(torch.bitwise_not, torch.tensor([True, False, True]))


@pytest.mark.parametrize("dtype", [torch.float32, torch.int32, torch.bool])
def test_logical_not(dtype):
    run(torch.logical_not, ints(3, 4, lo=-2, hi=3).to(dtype))


# --- binary arithmetic ---------------------------------------------------------------

def test_add_broadcast():
    run(torch.add, f32(3, 1, 5), f32(4, 1))


def test_add_alpha_float():
    run(lambda x, y: torch.add(x, y, alpha=2.5), f32(3, 4), f32(3, 4))


def test_sub_alpha_int():
    run(lambda x, y: torch.sub(x, y, alpha=3), ints(3, 4), ints(4))


def test_rsub_scalar():
    run(lambda x: torch.rsub(x, 2.0), f32(5))


def test_add_scalar_int_to_float():
    run(lambda x: x + 1.5, ints(2, 3))


def test_add_int_float_tensors():
    run(torch.add, ints(2, 3, dtype=torch.int32), f32(2, 3))


def test_add_0d_float_to_int_tensor():
    # A 0-d float tensor promotes an int tensor to float (the default dtype).
    run(torch.add, ints(2, 3), torch.tensor(0.5))


def test_add_0d_double_to_float_tensor():
    # A 0-d tensor of the same kind does not change the dtype.
    run(torch.add, f32(2, 3), torch.tensor(0.5, dtype=torch.float64))


def test_add_0d_tensors():
    run(torch.add, torch.tensor(2.0), torch.tensor(3.5))


def test_add_bool():
    run(torch.add, torch.tensor([True, False, False]), torch.tensor([True, True, False]))


def test_add_int8_wraps():
    run(torch.add, torch.tensor([100, -100, 5], dtype=torch.int8),
        torch.tensor([100, -100, 5], dtype=torch.int8))


def test_add_uint8_int8_promotes_to_int16():
    run(torch.add, torch.tensor([200, 3], dtype=torch.uint8),
        torch.tensor([-100, 4], dtype=torch.int8))


def test_mul_broadcast_dynamic():
    run(torch.mul, f32(4, 5), f32(5), dynamic={0: {0: "n", 1: "m"}, 1: {0: "m"}})


def test_mul_dynamic_broadcast_of_size_one():
    run(torch.mul, f32(4, 1), f32(1, 5), dynamic={0: [0], 1: [1]})


def test_mul_scalar_int():
    run(lambda x: x * 3, ints(6, dtype=torch.int16))


def test_mul_bool():
    run(torch.mul, torch.tensor([True, False, True]), torch.tensor([True, True, False]))


def test_div_true_int_int():
    run(torch.div, ints(3, 4), ints(3, 4, lo=1, hi=5))


def test_div_float_broadcast():
    run(torch.div, f32(2, 3), f32(3, lo=0.5, hi=2.0))


_NEG = torch.tensor([-7, -6, -1, 0, 1, 6, 7, -9])
_DEN = torch.tensor([2, -4, 3, -3, -2, 4, -3, 3])


@pytest.mark.parametrize("mode", ["trunc", "floor"])
@pytest.mark.parametrize("dtype", [torch.int64, torch.int32, torch.float32])
def test_div_rounding_modes(mode, dtype):
    run(lambda x, y: torch.div(x, y, rounding_mode=mode), _NEG.to(dtype), _DEN.to(dtype))


@pytest.mark.parametrize("mode", ["trunc", "floor"])
def test_div_rounding_mode_scalar(mode):
    run(lambda x: torch.div(x, -3, rounding_mode=mode), _NEG)


def test_floor_divide_int():
    run(torch.floor_divide, _NEG, _DEN)


def test_floor_divide_float_scalar():
    run(lambda x: torch.floor_divide(x, 0.75), f32(9))


@pytest.mark.parametrize("dtype", [torch.int64, torch.int32, torch.float32])
def test_remainder_negatives(dtype):
    run(torch.remainder, _NEG.to(dtype), _DEN.to(dtype))


def test_remainder_scalar():
    run(lambda x: x % 2.5, f32(10, lo=-6, hi=6))


def test_remainder_uint8():
    run(torch.remainder, torch.tensor([7, 200, 9], dtype=torch.uint8),
        torch.tensor([3, 7, 10], dtype=torch.uint8))


@pytest.mark.parametrize("dtype", [torch.int64, torch.float32])
def test_fmod_negatives(dtype):
    run(torch.fmod, _NEG.to(dtype), _DEN.to(dtype))


def test_fmod_scalar():
    run(lambda x: torch.fmod(x, -1.5), f32(10, lo=-6, hi=6))


@pytest.mark.parametrize("exponent", [2, 3, 0.5, -1, 2.5, -2, 0])
def test_pow_tensor_scalar(exponent):
    run(lambda x: x ** exponent, f32(3, 4, lo=0.5, hi=2.0), rtol=1e-5)


def test_pow_tensor_tensor():
    run(torch.pow, f32(3, 4, lo=0.5, hi=2.0), f32(4, lo=-2, hi=2))


def test_pow_int_tensor_int_scalar():
    run(lambda x: x ** 3, ints(3, 4))


def test_pow_int_tensor_float_scalar():
    run(lambda x: x ** 0.5, ints(3, 4, lo=0, hi=9))


def test_pow_scalar_tensor():
    run(lambda x: 2.0 ** x, f32(3, 4))


def test_pow_int_int_tensors():
    run(torch.pow, ints(5, lo=-3, hi=4), ints(5, lo=0, hi=4))


def test_atan2():
    run(torch.atan2, f32(3, 4), f32(3, 4))


@pytest.mark.parametrize("fn", [torch.maximum, torch.minimum], ids=["maximum", "minimum"])
def test_maximum_minimum_nan(fn):
    x = torch.tensor([1.0, float("nan"), -2.0, 3.0])
    y = torch.tensor([2.0, 0.0, float("nan"), -1.0])
    run(fn, x, y)


@pytest.mark.parametrize("fn", [torch.maximum, torch.minimum], ids=["maximum", "minimum"])
def test_maximum_minimum_uint8(fn):
    run(fn, torch.tensor([0, 200, 7], dtype=torch.uint8),
        torch.tensor([255, 100, 7], dtype=torch.uint8))


# --- comparisons, logical and bitwise ----------------------------------------------------

_CMPS = [("eq", torch.eq), ("ne", torch.ne), ("lt", torch.lt), ("le", torch.le),
         ("gt", torch.gt), ("ge", torch.ge)]


@pytest.mark.parametrize("name,fn", _CMPS, ids=[c[0] for c in _CMPS])
def test_compare_float_tensor(name, fn):
    x = torch.tensor([1.0, 2.0, float("nan"), -1.0, 3.0])
    y = torch.tensor([1.0, 3.0, float("nan"), -2.0, float("nan")])
    run(fn, x, y)


@pytest.mark.parametrize("name,fn", _CMPS, ids=[c[0] for c in _CMPS])
def test_compare_int_scalar(name, fn):
    run(lambda x: fn(x, 2), ints(3, 4, lo=-3, hi=5))


def test_compare_int_tensor_float_scalar():
    run(lambda x: x < 2.5, ints(8, lo=0, hi=5))


def test_compare_uint8_unsigned():
    run(torch.lt, torch.tensor([200, 1, 128], dtype=torch.uint8),
        torch.tensor([100, 2, 127], dtype=torch.uint8))


def test_compare_broadcast_dynamic():
    run(torch.ge, f32(4, 3), f32(3), dynamic={0: [0]})


@pytest.mark.parametrize("op", ["and", "or", "xor"])
def test_bitwise_int(op):
    run(getattr(torch, f"bitwise_{op}"), ints(3, 4, lo=-50, hi=50), ints(4, lo=-50, hi=50))


@pytest.mark.parametrize("op", ["and", "or", "xor"])
def test_bitwise_bool(op):
    run(getattr(torch, f"bitwise_{op}"), torch.tensor([True, True, False, False]),
        torch.tensor([True, False, True, False]))


def test_bitwise_scalar():
    run(lambda x: (x & 6) | 1, ints(6, lo=0, hi=20, dtype=torch.int32))


@pytest.mark.parametrize("op", ["and", "or", "xor"])
def test_logical_mixed_dtypes(op):
    run(getattr(torch, f"logical_{op}"), torch.tensor([0.0, 1.5, 0.0, -2.0]),
        torch.tensor([0, 0, 3, 4]))


# --- where, masked_fill, clamp, lerp, addcmul, addcdiv ------------------------------------

def test_where_broadcast():
    run(lambda c, x, y: torch.where(c, x, y), torch.tensor([True, False, True]), f32(2, 3), f32(1))


def test_where_promotes():
    run(lambda c, x, y: torch.where(c, x, y), torch.tensor([True, False]), ints(2),
        f32(2, dtype=torch.float64))


def test_where_scalar_other():
    run(lambda x: torch.where(x > 0, x, 0.5), f32(3, 4))


def test_where_dynamic():
    run(lambda x, y: torch.where(x > y, x, y), f32(4, 3), f32(4, 3),
        dynamic={0: {0: "n"}, 1: {0: "n"}})


def test_masked_fill_scalar():
    run(lambda x: x.masked_fill(x > 0, -1.0), f32(3, 4))


def test_masked_fill_int():
    run(lambda x, m: x.masked_fill(m, 7), ints(3, 4), torch.tensor([True, False, True, False]))


def test_masked_fill_0d_tensor_value():
    run(lambda x, v: x.masked_fill(x < 0, v), f32(3, 4), torch.tensor(9.0))


@pytest.mark.parametrize("lo,hi", [(-1.0, 1.0), (None, 0.5), (-0.5, None)])
def test_clamp_float(lo, hi):
    run(lambda x: torch.clamp(x, lo, hi), f32(3, 4))


def test_clamp_nan_propagates():
    run(lambda x: torch.clamp(x, -1.0, 1.0), torch.tensor([float("nan"), 2.0, -3.0, 0.5]))


def test_clamp_int():
    run(lambda x: torch.clamp(x, -3, 4), ints(3, 4))


def test_clamp_int_float_bounds():
    run(lambda x: torch.clamp(x, -2.5, 4.5), ints(3, 4))


def test_clamp_tensor_bounds():
    run(lambda x, lo, hi: torch.clamp(x, lo, hi), f32(3, 4), f32(4, lo=-2, hi=0),
        f32(3, 1, lo=0, hi=2))


def test_clamp_min_max_tensor():
    run(lambda x, y: torch.clamp_max(torch.clamp_min(x, y), y + 1.0), f32(3, 4), f32(4))


def test_lerp_scalar_weight():
    run(lambda a, b: torch.lerp(a, b, 0.3), f32(3, 4), f32(3, 4))


def test_lerp_tensor_weight():
    run(torch.lerp, f32(3, 4), f32(3, 4), f32(4, lo=0, hi=1))


def test_addcmul():
    run(lambda x, a, b: torch.addcmul(x, a, b, value=0.5), f32(3, 4), f32(4), f32(3, 1))


def test_addcdiv():
    run(lambda x, a, b: torch.addcdiv(x, a, b, value=-2), f32(3, 4), f32(3, 4),
        f32(3, 4, lo=0.5, hi=2.0))


def test_chain_dynamic():
    run(lambda x, y: torch.tanh(x * y + 1.0) - torch.exp(-x), f32(3, 5), f32(3, 5),
        dynamic={0: {0: "n", 1: "m"}, 1: {0: "n", 1: "m"}})


def test_0d_unary():
    run(lambda x: torch.exp(x) * 2.0, torch.tensor(math.pi))


# --- more unary/binary math ----------------------------------------------------------

def test_erfc():
    run(torch.erfc, f32(3, 4))


def test_signbit():
    run(lambda x, i: (torch.signbit(x), torch.signbit(i)),
        torch.tensor([-0.0, 0.0, float("nan"), -float("nan"), -1.0, 2.0]), ints(5))


@pytest.mark.parametrize("decimals", [2, 0, -2])
def test_round_decimals(decimals):
    run(lambda x: torch.round(x, decimals=decimals),
        torch.tensor([1.2345, -2.5551, 125.0, 1234.5, -2551.0, 0.125]))


@pytest.mark.parametrize("fn", [torch.fmax, torch.fmin], ids=["fmax", "fmin"])
def test_fmax_fmin_ignore_nan(fn):
    x = torch.tensor([1.0, float("nan"), -2.0, float("nan")])
    y = torch.tensor([2.0, 0.0, float("nan"), float("nan")])
    run(fn, x, y)


def test_copysign():
    run(torch.copysign, f32(3, 4), torch.tensor([-1.0, 0.0, -0.0, 2.0]))


def test_hypot():
    run(torch.hypot, torch.tensor([3.0, 0.0, 1e30, -5.0, float("inf"), 1e-30]),
        torch.tensor([4.0, 0.0, 1e30, 12.0, float("nan"), 1e-30]))


@pytest.mark.parametrize("dtype", [torch.int64, torch.int8])
def test_shifts(dtype):
    a = torch.tensor([1, -8, 5, -1, 100, 3]).to(dtype)
    b = torch.tensor([7, 9, -1, 8, 2, 0]).to(dtype)
    run(lambda x, y: (x << y, x >> y), a, b)


def test_shifts_uint8_and_scalar():
    run(lambda x, y: (x >> y, x << y, x >> 1),
        torch.tensor([200, 3, 255], dtype=torch.uint8), torch.tensor([1, 9, 7], dtype=torch.uint8))


# --- scalar arithmetic at run time (the shared rules) ------------------------------------

_SCALARS = """
func.func @main(%a: !torch.int, %b: !torch.int, %x: !torch.float) -> (!torch.int, !torch.int, !torch.float, !torch.float, !torch.bool, !torch.int) {
  %0 = torch.aten.floordiv.int %a, %b : !torch.int, !torch.int -> !torch.int
  %1 = torch.aten.remainder.int %a, %b : !torch.int, !torch.int -> !torch.int
  %2 = torch.aten.remainder.float %x, %x : !torch.float, !torch.float -> !torch.float
  %3 = torch.aten.div.int %a, %b : !torch.int, !torch.int -> !torch.float
  %4 = torch.aten.le.float_int %x, %a : !torch.float, !torch.int -> !torch.bool
  %5 = torch.aten.floor.float %x : !torch.float -> !torch.int
  %6 = torch.aten.remainder.float %x, %3 : !torch.float, !torch.float -> !torch.float
  return %0, %1, %6, %3, %4, %5 : !torch.int, !torch.int, !torch.float, !torch.float, !torch.bool, !torch.int
}
"""  # noqa: E501


@pytest.mark.parametrize("a,b,x", [(7, 2, 2.5), (-7, 2, -2.5), (7, -2, 0.75), (-7, -2, -7.0),
                                   (6, 3, 3.0)])
def test_scalar_arithmetic_runtime(a, b, x):
    import torch_mlir_refbackend

    from torch_mlir_core import ir as tir
    from torch_mlir_core.pipelines import lower

    with tir.Context():
        module = tir.Module.parse(_SCALARS)
        lower(module, "linalg-on-tensors")
        lowered = str(module)
    to_llvm(tir.Module.parse(lowered, tir.Context()))
    got = torch_mlir_refbackend.compile(lowered).main(a, b, x)
    want = (a // b, a % b, x % (a / b), a / b, x <= a, math.floor(x))
    assert len(got) == len(want)
    for g, w in zip(got, want):
        assert g == pytest.approx(w) and type(g) is type(w), (got, want)


def test_floor_divide_float_like_python():
    # 1.0 // 0.1 == 9.0 (floor(1.0 / 0.1) would be 10).
    run(lambda x, y: (torch.floor_divide(x, y), torch.div(x, y, rounding_mode="floor")),
        torch.tensor([1.0, -1.0, 0.3, -0.0, 5.0, 7.5, 0.0]),
        torch.tensor([0.1, 0.1, -0.1, 2.0, 0.0, -2.5, -3.0]))


@pytest.mark.parametrize("op", [torch.remainder, torch.fmod, torch.floor_divide,
                                lambda x, y: torch.div(x, y, rounding_mode="trunc")],
                         ids=["remainder", "fmod", "floor_divide", "div_trunc"])
def test_integer_division_by_zero_does_not_trap(op):
    # torch raises; the compiled code gives an unspecified value where the
    # divisor is 0, but must not kill the process (SIGFPE).
    import torch_mlir_refbackend

    x, y = torch.tensor([5, -6, 7]), torch.tensor([0, 4, -2])
    lowered = torch_mlir_fx.export_and_import(module(op, 2), x, y,
                                              output_type="linalg-on-tensors")
    got = torch_mlir_refbackend.compile(lowered).main(x, y)
    assert torch.equal(got[1:], op(x[1:], y[1:]))
