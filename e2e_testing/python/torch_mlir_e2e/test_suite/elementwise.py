"""Elementwise math: unary ops (float and integer), pow in its three forms,
binary arithmetic (alpha, rounding modes, remainder/fmod, bitwise ops),
ternary ops (where, clamp with tensor bounds, lerp, addcmul/addcdiv), Python
scalar operands, broadcasting, dynamic dims and 0-d tensors.

Dynamic tests never give two arguments dims that must be equal (each -1 can be
exported as an independent `Dim`): same-shape dynamic operands come from one
stacked input (`x[0] + x[1]`), other dynamic cases broadcast."""

import torch

from torch_mlir_e2e.registry import F64, F16, I64, I32, U8, BOOL, Arg, e2e_test


# Polynomial approximations of transcendental functions are a few ulp off libm.
_TRANSCENDENTAL = dict(rtol=1e-4, atol=1e-5)


def _signed(tu, *shape, low=0.5, high=3.0, dtype=torch.float32):
    """Values with |x| in [low, high] and random sign: safe divisors."""
    mag = tu.rand(*shape, low=low, high=high, dtype=dtype)
    sign = tu.randint(*shape, low=0, high=2).to(dtype) * 2 - 1
    return mag * sign


def _signed_int(tu, *shape, low=1, high=7, dtype=I64):
    """Nonzero integers in [-high+1, -low] U [low, high-1]."""
    mag = tu.randint(*shape, low=low, high=high, dtype=dtype)
    sign = tu.randint(*shape, low=0, high=2, dtype=dtype) * 2 - 1
    return mag * sign


# ------------------------------------------------------------ unary float math

# name, function, input range, tolerances, extra variants ("static", "f64").
_UNARY = [
    ("abs", torch.abs, (-2, 2), {}, ("static",)),
    ("neg", torch.neg, (-2, 2), {}, ()),
    ("exp", torch.exp, (-3, 3), _TRANSCENDENTAL, ("static", "f64")),
    ("exp2", torch.exp2, (-3, 3), _TRANSCENDENTAL, ()),
    ("expm1", torch.expm1, (-2, 2), _TRANSCENDENTAL, ()),
    ("log", torch.log, (0.1, 5), _TRANSCENDENTAL, ("f64",)),
    ("log2", torch.log2, (0.1, 5), _TRANSCENDENTAL, ()),
    ("log10", torch.log10, (0.1, 5), _TRANSCENDENTAL, ()),
    ("log1p", torch.log1p, (-0.5, 3), _TRANSCENDENTAL, ()),
    ("sqrt", torch.sqrt, (0.1, 4), _TRANSCENDENTAL, ()),
    ("rsqrt", torch.rsqrt, (0.1, 4), _TRANSCENDENTAL, ()),
    ("sin", torch.sin, (-4, 4), _TRANSCENDENTAL, ("f64",)),
    ("cos", torch.cos, (-4, 4), _TRANSCENDENTAL, ()),
    ("tan", torch.tan, (-1.2, 1.2), _TRANSCENDENTAL, ()),
    ("asin", torch.asin, (-0.95, 0.95), _TRANSCENDENTAL, ()),
    ("acos", torch.acos, (-0.95, 0.95), _TRANSCENDENTAL, ()),
    ("atan", torch.atan, (-3, 3), _TRANSCENDENTAL, ()),
    ("sinh", torch.sinh, (-2, 2), _TRANSCENDENTAL, ()),
    ("cosh", torch.cosh, (-2, 2), _TRANSCENDENTAL, ()),
    ("tanh", torch.tanh, (-3, 3), _TRANSCENDENTAL, ("f64",)),
    ("asinh", torch.asinh, (-3, 3), _TRANSCENDENTAL, ()),
    ("acosh", torch.acosh, (1.1, 4), _TRANSCENDENTAL, ()),
    ("atanh", torch.atanh, (-0.9, 0.9), _TRANSCENDENTAL, ()),
    ("erf", torch.erf, (-2, 2), _TRANSCENDENTAL, ()),
    ("erfinv", torch.erfinv, (-0.9, 0.9), dict(rtol=1e-4, atol=1e-4), ()),
    ("floor", torch.floor, (-3, 3), {}, ("static",)),
    ("ceil", torch.ceil, (-3, 3), {}, ()),
    ("round", torch.round, (-3, 3), {}, ()),
    ("trunc", torch.trunc, (-3, 3), {}, ()),
    ("frac", torch.frac, (-3, 3), {}, ()),
    ("sign", torch.sign, (-2, 2), {}, ()),
    ("square", torch.square, (-2, 2), {}, ()),
]


def _register_unary(name, fn, low, high, tols, variants):
    def unary(x):
        return fn(x)

    e2e_test(name=f"elementwise_{name}_dynamic", args=[Arg([-1, -1])],
             inputs=lambda tu: (tu.rand(5, 7, low=low, high=high),), **tols)(unary)
    if "static" in variants:
        e2e_test(name=f"elementwise_{name}_static", args=[Arg([2, 3, 4])],
                 inputs=lambda tu: (tu.rand(2, 3, 4, low=low, high=high),), **tols)(unary)
    if "f64" in variants:
        e2e_test(name=f"elementwise_{name}_f64", args=[Arg([-1, 6], F64)],
                 inputs=lambda tu: (tu.rand(4, 6, low=low, high=high, dtype=F64),),
                 **tols)(unary)


for _name, _fn, (_low, _high), _tols, _variants in _UNARY:
    _register_unary(_name, _fn, _low, _high, _tols, _variants)


@e2e_test(args=[Arg([-1, 5])], inputs=lambda tu: (_signed(tu, 3, 5),))
def elementwise_reciprocal_dynamic(x):
    return torch.reciprocal(x)


@e2e_test(args=[Arg([-1, 8])], inputs=lambda tu: (tu.rand(3, 8, low=-5, high=5),))
def elementwise_round_decimals(x):
    return torch.round(x, decimals=2)


# 10**|decimals| overflows the dtype (f32 from 39, f64 from 309): torch scales
# by inf, and gives nan.
@e2e_test(args=[Arg([-1, 8])], inputs=lambda tu: (tu.rand(3, 8, low=-5, high=5),))
def elementwise_round_huge_decimals(x):
    return torch.round(x, decimals=400), torch.round(x, decimals=-39), \
        torch.round(x, decimals=38)


@e2e_test(args=[Arg([-1, -1])], inputs=lambda tu: (tu.rand(3, 4, low=-3, high=3),),
          **_TRANSCENDENTAL)
def elementwise_unary_chain(x):
    return torch.exp(torch.sin(x)) * torch.abs(x).sqrt() - torch.tanh(x)


# ---------------------------------------------------------- unary integer ops


@e2e_test(args=[Arg([-1, 6], I64)], inputs=lambda tu: (tu.randint(4, 6, low=-3, high=4),))
def elementwise_abs_sign_int64(x):
    return torch.abs(x), torch.sign(x)


@e2e_test(args=[Arg([3, 5], I32)],
          inputs=lambda tu: (tu.randint(3, 5, low=-50, high=50, dtype=I32),))
def elementwise_neg_int32(x):
    return -x


@e2e_test(args=[Arg([4, -1], I32)],
          inputs=lambda tu: (tu.randint(4, 5, low=-100, high=100, dtype=I32),))
def elementwise_square_int32(x):
    return torch.square(x)


@e2e_test(args=[Arg([-1, 4], I64)], inputs=lambda tu: (tu.randint(3, 4, low=-1000, high=1000),))
def elementwise_bitwise_not_int64(x):
    return torch.bitwise_not(x)


@e2e_test(args=[Arg([3, 4], I32), Arg([2, 8], U8)],
          inputs=lambda tu: (tu.randint(3, 4, low=-1000, high=1000, dtype=I32),
                             tu.randint(2, 8, low=0, high=256, dtype=U8)))
def elementwise_bitwise_not_int32_uint8(a, b):
    return ~a, ~b


@e2e_test(args=[Arg([-1, 5], BOOL)], inputs=lambda tu: (tu.randbool(3, 5),))
def elementwise_bitwise_not_bool(x):
    return ~x


# ------------------------------------------------------------------------ pow


@e2e_test(args=[Arg([-1, -1])], inputs=lambda tu: (tu.rand(3, 5, low=-2, high=2),))
def elementwise_pow_tensor_int_exponents(x):
    return x ** 2, torch.pow(x, 3.0)


@e2e_test(args=[Arg([-1, 5])], inputs=lambda tu: (tu.rand(3, 5, low=0.1, high=4),),
          **_TRANSCENDENTAL)
def elementwise_pow_tensor_fractional_exponents(x):
    return x ** 0.5, torch.pow(x, -1.5)


@e2e_test(args=[Arg([3, -1], F64)], inputs=lambda tu: (tu.rand(3, 4, low=0.5, high=3, dtype=F64),))
def elementwise_pow_tensor_scalar_f64(x):
    return x ** 2.5


@e2e_test(args=[Arg([-1, 4], I64)], inputs=lambda tu: (tu.randint(3, 4, low=-9, high=10),))
def elementwise_pow_int64_scalar(x):
    return x ** 3


@e2e_test(args=[Arg([-1, -1])], inputs=lambda tu: (tu.rand(4, 5, low=-3, high=3),),
          **_TRANSCENDENTAL)
def elementwise_pow_scalar_tensor(x):
    return 2.0 ** x, torch.pow(3.5, x)


@e2e_test(args=[Arg([-1, 4]), Arg([4])],
          inputs=lambda tu: (tu.rand(3, 4, low=0.5, high=2), tu.rand(4, low=-2, high=2)),
          **_TRANSCENDENTAL)
def elementwise_pow_tensor_tensor_broadcast(a, b):
    return torch.pow(a, b)


@e2e_test(args=[Arg([2, -1, 4])],
          inputs=lambda tu: (torch.stack([tu.rand(3, 4, low=0.5, high=2),
                                          tu.rand(3, 4, low=-2, high=2)]),),
          **_TRANSCENDENTAL)
def elementwise_pow_tensor_tensor_same_shape_dynamic(x):
    return x[0] ** x[1]


@e2e_test(args=[Arg([3, 4], I64), Arg([3, 4], I64)],
          inputs=lambda tu: (tu.randint(3, 4, low=-5, high=6), tu.randint(3, 4, low=0, high=5)))
def elementwise_pow_tensor_tensor_int64(a, b):
    return torch.pow(a, b)


# ---------------------------------------------------------- binary arithmetic


@e2e_test(args=[Arg([3, 4]), Arg([3, 4])], inputs=lambda tu: (tu.randn(3, 4), tu.randn(3, 4)))
def elementwise_add_static(a, b):
    return a + b


@e2e_test(args=[Arg([2, -1, -1])], inputs=lambda tu: (tu.randn(2, 5, 6),))
def elementwise_add_same_shape_dynamic(x):
    return x[0] + x[1]


@e2e_test(args=[Arg([-1, 4]), Arg([4])], inputs=lambda tu: (tu.randn(5, 4), tu.randn(4)))
def elementwise_add_alpha_broadcast(a, b):
    return torch.add(a, b, alpha=2.5)


@e2e_test(args=[Arg([3, -1], I64), Arg([3, 1], I64)],
          inputs=lambda tu: (tu.randint(3, 4, low=-100, high=100),
                             tu.randint(3, 1, low=-100, high=100)))
def elementwise_add_alpha_int64(a, b):
    return torch.add(a, b, alpha=3)


@e2e_test(args=[Arg([-1, 3]), Arg([1, 3])], inputs=lambda tu: (tu.randn(4, 3), tu.randn(1, 3)))
def elementwise_sub_alpha(a, b):
    return torch.sub(a, b, alpha=0.5)


@e2e_test(args=[Arg([2, -1], I64)], inputs=lambda tu: (tu.randint(2, 6, low=-100, high=100),))
def elementwise_sub_int64_dynamic(x):
    return x[0] - x[1]


@e2e_test(args=[Arg([3, 4], F64), Arg([4], F64)],
          inputs=lambda tu: (tu.randn(3, 4, dtype=F64), tu.randn(4, dtype=F64)))
def elementwise_sub_f64(a, b):
    return a - b


@e2e_test(args=[Arg([-1, 1]), Arg([1, -1])], inputs=lambda tu: (tu.randn(4, 1), tu.randn(1, 5)))
def elementwise_mul_outer_broadcast(a, b):
    return a * b


@e2e_test(args=[Arg([3, 5], I32), Arg([3, 5], I32)],
          inputs=lambda tu: (tu.randint(3, 5, low=-300, high=300, dtype=I32),
                             tu.randint(3, 5, low=-300, high=300, dtype=I32)))
def elementwise_int32_add_sub_mul(a, b):
    return a + b, a - b, torch.mul(a, b)


@e2e_test(args=[Arg([2, 8], F16), Arg([2, 8], F16)],
          inputs=lambda tu: (tu.randn(2, 8, dtype=F16), tu.randn(2, 8, dtype=F16)),
          rtol=1e-3, atol=1e-3)
def elementwise_mul_add_f16(a, b):
    return a * b + a


@e2e_test(args=[Arg([-1, 5]), Arg([5])], inputs=lambda tu: (tu.randn(3, 5), _signed(tu, 5)))
def elementwise_div_broadcast(a, b):
    return a / b


@e2e_test(args=[Arg([2, -1, 3], F64)],
          inputs=lambda tu: (torch.stack([tu.randn(4, 3, dtype=F64),
                                          _signed(tu, 4, 3, dtype=F64)]),))
def elementwise_div_f64_same_shape_dynamic(x):
    return torch.div(x[0], x[1])


@e2e_test(args=[Arg([4, 5]), Arg([4, 5])],
          inputs=lambda tu: (tu.rand(4, 5, low=-10, high=10), _signed(tu, 4, 5)))
def elementwise_div_rounding_trunc(a, b):
    return torch.div(a, b, rounding_mode="trunc")


@e2e_test(args=[Arg([-1, 5]), Arg([5])],
          inputs=lambda tu: (tu.rand(3, 5, low=-10, high=10), _signed(tu, 5)))
def elementwise_div_rounding_floor(a, b):
    return torch.div(a, b, rounding_mode="floor")


@e2e_test(args=[Arg([-1, 6], I64), Arg([6], I64)],
          inputs=lambda tu: (tu.randint(3, 6, low=-50, high=50), _signed_int(tu, 6)))
def elementwise_div_rounding_trunc_int64(a, b):
    return torch.div(a, b, rounding_mode="trunc")


@e2e_test(args=[Arg([3, 6], I64), Arg([3, 6], I64)],
          inputs=lambda tu: (tu.randint(3, 6, low=-50, high=50), _signed_int(tu, 3, 6)))
def elementwise_div_rounding_floor_int64(a, b):
    return torch.div(a, b, rounding_mode="floor")


@e2e_test(args=[Arg([3, 6], I32), Arg([3, 6], I32)],
          inputs=lambda tu: (tu.randint(3, 6, low=-50, high=50, dtype=I32),
                             _signed_int(tu, 3, 6, dtype=I32)))
def elementwise_floor_divide_int32(a, b):
    return torch.floor_divide(a, b)


@e2e_test(args=[Arg([-1, 4]), Arg([4])],
          inputs=lambda tu: (tu.rand(3, 4, low=-10, high=10), _signed(tu, 4)))
def elementwise_floor_divide_float(a, b):
    return a // b


@e2e_test(args=[Arg([-1, 5], I64)], inputs=lambda tu: (tu.randint(3, 5, low=-50, high=50),))
def elementwise_floor_divide_int64_scalar(x):
    return x // 4


@e2e_test(args=[Arg([-1, 5]), Arg([5])],
          inputs=lambda tu: (tu.rand(3, 5, low=-10, high=10), _signed(tu, 5, low=1, high=3)))
def elementwise_remainder_float(a, b):
    return torch.remainder(a, b)


@e2e_test(args=[Arg([4, 5], I64), Arg([4, 5], I64)],
          inputs=lambda tu: (tu.randint(4, 5, low=-50, high=50), _signed_int(tu, 4, 5)))
def elementwise_remainder_int64(a, b):
    return a % b


@e2e_test(args=[Arg([-1, 5], I32)],
          inputs=lambda tu: (tu.randint(3, 5, low=-50, high=50, dtype=I32),))
def elementwise_remainder_int32_scalar(x):
    return x % 7


@e2e_test(args=[Arg([-1, -1])], inputs=lambda tu: (tu.rand(3, 5, low=-10, high=10),))
def elementwise_remainder_fmod_float_scalar(x):
    return torch.remainder(x, 1.5), torch.fmod(x, 2.5)


@e2e_test(args=[Arg([4, 5]), Arg([4, 5])],
          inputs=lambda tu: (tu.rand(4, 5, low=-10, high=10), _signed(tu, 4, 5, low=1, high=3)))
def elementwise_fmod_float(a, b):
    return torch.fmod(a, b)


@e2e_test(args=[Arg([-1, 5], I64), Arg([5], I64)],
          inputs=lambda tu: (tu.randint(3, 5, low=-50, high=50), _signed_int(tu, 5)))
def elementwise_fmod_int64(a, b):
    return torch.fmod(a, b)


@e2e_test(args=[Arg([-1, 1]), Arg([1, -1])],
          inputs=lambda tu: (tu.randn(4, 1), tu.randn(1, 6)), **_TRANSCENDENTAL)
def elementwise_atan2_broadcast(a, b):
    return torch.atan2(a, b)


@e2e_test(args=[Arg([3, 4], F64), Arg([3, 4], F64)],
          inputs=lambda tu: (tu.randn(3, 4, dtype=F64), tu.randn(3, 4, dtype=F64)))
def elementwise_atan2_f64(a, b):
    return torch.atan2(a, b)


@e2e_test(args=[Arg([-1, 4]), Arg([4])], inputs=lambda tu: (tu.randn(5, 4), tu.randn(4)))
def elementwise_maximum_broadcast(a, b):
    return torch.maximum(a, b)


@e2e_test(args=[Arg([2, -1, -1])], inputs=lambda tu: (tu.randn(2, 3, 5),))
def elementwise_minimum_same_shape_dynamic(x):
    return torch.minimum(x[0], x[1])


@e2e_test(args=[Arg([3, 4], I64), Arg([3, 4], I64)],
          inputs=lambda tu: (tu.randint(3, 4, low=-20, high=20),
                             tu.randint(3, 4, low=-20, high=20)))
def elementwise_maximum_minimum_int64(a, b):
    return torch.maximum(a, b), torch.minimum(a, b)


@e2e_test(args=[Arg([-1, 5]), Arg([5])], inputs=lambda tu: (tu.randn(3, 5), tu.randn(5)),
          **_TRANSCENDENTAL)
def elementwise_hypot(a, b):
    return torch.hypot(a, b)


# ---------------------------------------------------------------- bitwise ops


@e2e_test(args=[Arg([-1, 6], I64), Arg([6], I64)],
          inputs=lambda tu: (tu.randint(3, 6, low=-1000, high=1000),
                             tu.randint(6, low=-1000, high=1000)))
def elementwise_bitwise_and_int64(a, b):
    return torch.bitwise_and(a, b), (a & 0x3C) | 1


@e2e_test(args=[Arg([3, 6], I32), Arg([3, 6], I32)],
          inputs=lambda tu: (tu.randint(3, 6, low=-1000, high=1000, dtype=I32),
                             tu.randint(3, 6, low=-1000, high=1000, dtype=I32)))
def elementwise_bitwise_or_int32(a, b):
    return a | b


@e2e_test(args=[Arg([-1, 6], I64), Arg([1, 6], I64)],
          inputs=lambda tu: (tu.randint(4, 6, low=-1000, high=1000),
                             tu.randint(1, 6, low=-1000, high=1000)))
def elementwise_bitwise_xor_int64(a, b):
    return a ^ b


@e2e_test(args=[Arg([2, 8], U8), Arg([2, 8], U8)],
          inputs=lambda tu: (tu.randint(2, 8, low=0, high=256, dtype=U8),
                             tu.randint(2, 8, low=0, high=256, dtype=U8)))
def elementwise_bitwise_and_or_xor_uint8(a, b):
    return a & b, a | b, a ^ b


@e2e_test(args=[Arg([-1, 5], BOOL), Arg([5], BOOL)],
          inputs=lambda tu: (tu.randbool(4, 5), tu.randbool(5)))
def elementwise_bitwise_bool(a, b):
    return a & b, a | b, a ^ b


# ------------------------------------------------------- lerp / addcmul / addcdiv


@e2e_test(args=[Arg([-1, 4]), Arg([4])], inputs=lambda tu: (tu.randn(3, 4), tu.randn(4)))
def elementwise_lerp_scalar_weight(a, b):
    return torch.lerp(a, b, 0.3)


@e2e_test(args=[Arg([3, 4]), Arg([3, 4]), Arg([3, 4])],
          inputs=lambda tu: (tu.randn(3, 4), tu.randn(3, 4), tu.rand(3, 4)))
def elementwise_lerp_tensor_weight(a, b, w):
    return torch.lerp(a, b, w)


@e2e_test(args=[Arg([-1, 1, 4]), Arg([1, -1, 4]), Arg([4])],
          inputs=lambda tu: (tu.randn(2, 1, 4), tu.randn(1, 3, 4), tu.rand(4)))
def elementwise_lerp_tensor_weight_broadcast(a, b, w):
    return torch.lerp(a, b, w)


@e2e_test(args=[Arg([-1, 5]), Arg([5]), Arg([1, 5])],
          inputs=lambda tu: (tu.randn(3, 5), tu.randn(5), tu.randn(1, 5)))
def elementwise_addcmul_broadcast(a, b, c):
    return torch.addcmul(a, b, c, value=0.5)


@e2e_test(args=[Arg([3, 4]), Arg([3, 4]), Arg([3, 4])],
          inputs=lambda tu: (tu.randn(3, 4), tu.randn(3, 4), tu.randn(3, 4)))
def elementwise_addcmul_static(a, b, c):
    return torch.addcmul(a, b, c)


@e2e_test(args=[Arg([-1, 4]), Arg([4]), Arg([4])],
          inputs=lambda tu: (tu.randn(3, 4), tu.randn(4), _signed(tu, 4)))
def elementwise_addcdiv(a, b, c):
    return torch.addcdiv(a, b, c, value=2.0)


@e2e_test(args=[Arg([3, 4], F64), Arg([3, 4], F64), Arg([3, 4], F64)],
          inputs=lambda tu: (tu.randn(3, 4, dtype=F64), tu.randn(3, 4, dtype=F64),
                             _signed(tu, 3, 4, dtype=F64)))
def elementwise_addcdiv_f64(a, b, c):
    return torch.addcdiv(a, b, c, value=-0.5)


# -------------------------------------------------------- where / clamp tensors


@e2e_test(args=[Arg([-1, 4], BOOL), Arg([4]), Arg([1, 4])],
          inputs=lambda tu: (tu.randbool(3, 4), tu.randn(4), tu.randn(1, 4)))
def elementwise_where_broadcast(c, a, b):
    return torch.where(c, a, b)


@e2e_test(args=[Arg([3, 5], BOOL), Arg([3, 5], I64), Arg([3, 5], I64)],
          inputs=lambda tu: (tu.randbool(3, 5), tu.randint(3, 5, low=-9, high=9),
                             tu.randint(3, 5, low=-9, high=9)))
def elementwise_where_int64(c, a, b):
    return torch.where(c, a, b)


@e2e_test(args=[Arg([-1, -1])], inputs=lambda tu: (tu.randn(4, 5),))
def elementwise_where_from_compare(x):
    return torch.where(x > 0, x, x * 0.1)


@e2e_test(args=[Arg([-1, 4]), Arg([4]), Arg([4])],
          inputs=lambda tu: (tu.randn(5, 4), tu.rand(4, low=-1, high=-0.2),
                             tu.rand(4, low=0.2, high=1)))
def elementwise_clamp_tensor_min_max(x, lo, hi):
    return torch.clamp(x, min=lo, max=hi)


@e2e_test(args=[Arg([3, 4]), Arg([3, 1])],
          inputs=lambda tu: (tu.randn(3, 4), tu.rand(3, 1, low=-0.5, high=0.5)))
def elementwise_clamp_tensor_min_only(x, lo):
    return torch.clamp(x, min=lo)


@e2e_test(args=[Arg([-1, 4], I64), Arg([4], I64)],
          inputs=lambda tu: (tu.randint(3, 4, low=-20, high=20), tu.randint(4, low=-5, high=5)))
def elementwise_clamp_tensor_max_int64(x, hi):
    return torch.clamp(x, max=hi)


# --------------------------------------------------------------- scalar operands


@e2e_test(args=[Arg([-1, -1])], inputs=lambda tu: (tu.randn(3, 4),))
def elementwise_python_scalar_operands(x):
    return x + 2.5, 3 * x, 1.5 - x


@e2e_test(args=[Arg([-1, 3])], inputs=lambda tu: (_signed(tu, 4, 3),))
def elementwise_scalar_div_tensor(x):
    return 2.0 / x + x / 4


@e2e_test(args=[Arg([-1, 5], I64)], inputs=lambda tu: (tu.randint(3, 5, low=-100, high=100),))
def elementwise_int64_scalar_arith(x):
    return (x + 3) * 2 - 7


@e2e_test(args=[Arg([2, 5], I32)],
          inputs=lambda tu: (tu.randint(2, 5, low=-100, high=100, dtype=I32),))
def elementwise_int32_scalar_arith_keeps_dtype(x):
    return x * 5 + 1


@e2e_test(args=[Arg([-1, 4]), Arg(None, float)], inputs=lambda tu: (tu.randn(3, 4), 0.75))
def elementwise_mul_scalar_arg_float(x, s: float):
    return x * s + s


@e2e_test(args=[Arg([-1, 4], I64), Arg(None, int)],
          inputs=lambda tu: (tu.randint(3, 4, low=-10, high=10), 4))
def elementwise_add_scalar_arg_int(x, n: int):
    return x + n


# ------------------------------------------------------------------ broadcasting


@e2e_test(args=[Arg([-1, 3, 4]), Arg([4])], inputs=lambda tu: (tu.randn(2, 3, 4), tu.randn(4)))
def elementwise_broadcast_rank_mismatch_dynamic(a, b):
    return a * b + b


@e2e_test(args=[Arg([2, 1, 4]), Arg([3, 1])], inputs=lambda tu: (tu.randn(2, 1, 4), tu.randn(3, 1)))
def elementwise_broadcast_size_one_dims(a, b):
    return a - b


@e2e_test(args=[Arg([-1, 1, -1]), Arg([1, 5, 1])],
          inputs=lambda tu: (tu.randn(2, 1, 3), tu.randn(1, 5, 1)))
def elementwise_broadcast_both_sides_dynamic(a, b):
    return a + b


@e2e_test(args=[Arg([1]), Arg([-1, -1])], inputs=lambda tu: (tu.randn(1), tu.randn(3, 4)))
def elementwise_broadcast_single_element(a, b):
    return a * b


@e2e_test(args=[Arg([4, 1, 3], I64), Arg([2, 1], I64)],
          inputs=lambda tu: (tu.randint(4, 1, 3, low=-9, high=9), tu.randint(2, 1, low=-9, high=9)))
def elementwise_broadcast_int64(a, b):
    return a * b - a


# ----------------------------------------------------------------- 0-d tensors


@e2e_test(args=[Arg([]), Arg([])], inputs=lambda tu: (tu.randn(()), tu.randn(())),
          **_TRANSCENDENTAL)
def elementwise_zero_d(a, b):
    return torch.sin(a) + torch.exp(b), a * b - a


@e2e_test(args=[Arg([]), Arg([-1, -1])], inputs=lambda tu: (tu.randn(()), tu.randn(3, 4)))
def elementwise_zero_d_broadcast(s, x):
    return x * s + s


@e2e_test(args=[Arg([], I64), Arg([-1], I64)],
          inputs=lambda tu: (torch.tensor(7), tu.randint(6, low=-30, high=30)))
def elementwise_zero_d_int64_broadcast(s, x):
    return x * s - s
