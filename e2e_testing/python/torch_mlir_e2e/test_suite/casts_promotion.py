"""Dtype conversions (.to among f32/f64/f16/bf16/i64/i32/i8/uint8/bool and the
.float()/.long()/... methods) and type promotion: int with float, int / int
true division, bool arithmetic, 0-d tensors mixed with higher-rank tensors of
other dtypes, Python scalars with int tensors. Values stay in range of every
target type (no overflow, no negative -> uint8, no NaN -> int)."""

import torch

from torch_mlir_e2e.registry import F32, F64, F16, BF16, I64, I32, I16, I8, U8, BOOL, Arg, e2e_test


def _source(tu, shape, dtype):
    """Inputs representable in every cast target: |x| < 100, and >= 0 when
    uint8 may be involved (see the callers); bools half true."""
    if dtype == BOOL:
        return tu.randbool(*shape)
    if dtype.is_floating_point:
        return tu.rand(*shape, low=-100, high=100, dtype=dtype)
    return tu.randint(*shape, low=-100, high=100, dtype=dtype)


def _source_nonneg(tu, shape, dtype):
    if dtype.is_floating_point:
        return tu.rand(*shape, low=0, high=200, dtype=dtype)
    return tu.randint(*shape, low=0, high=100, dtype=dtype)


def _short(dtype):
    return str(dtype).replace("torch.", "").replace("float", "f").replace("uint", "u") \
        .replace("int", "i")


# (source, target, dynamic): float -> int truncates toward zero.
_CASTS = [
    (F32, F64, True), (F64, F32, True), (F32, F16, False), (F16, F32, True),
    (F32, BF16, False), (BF16, F32, False),
    (F32, I64, True), (F32, I32, False), (F32, I8, False), (F64, I64, False),
    (F32, BOOL, True),
    (I64, F32, True), (I64, F64, False), (I8, F32, False),
    (I64, I32, True), (I32, I64, False), (I8, I64, True), (I64, I16, False),
    (I64, BOOL, True),
    (BOOL, F32, True), (BOOL, I64, False),
    (U8, F32, False), (U8, I64, True),
]


def _register_cast(src, dst, dynamic):
    def cast(x):
        return x.to(dst)

    def inputs(tu):
        if src == U8:
            return (_source_nonneg(tu, (3, 5), src),)
        if dst == BOOL and src != BOOL:  # many exact zeros
            return (tu.randint(3, 5, low=-2, high=3).to(src),)
        return (_source(tu, (3, 5), src),)

    shape = [-1, 5] if dynamic else [3, 5]
    e2e_test(name=f"cast_{_short(src)}_to_{_short(dst)}", args=[Arg(shape, src)],
             inputs=inputs)(cast)


for _src, _dst, _dynamic in _CASTS:
    _register_cast(_src, _dst, _dynamic)


@e2e_test(args=[Arg([-1, 5])], inputs=lambda tu: (_source_nonneg(tu, (3, 5), F32),))
def cast_f32_to_u8(x):
    return x.to(U8)


@e2e_test(args=[Arg([3, 5], I64)], inputs=lambda tu: (_source_nonneg(tu, (3, 5), I64),))
def cast_i64_to_u8(x):
    return x.to(U8)


@e2e_test(args=[Arg([-1, 4])], inputs=lambda tu: (tu.rand(3, 4, low=-50, high=50),))
def cast_methods(x):
    return x.double(), x.half(), x.long(), x.int(), x.bool(), x.long().float()


@e2e_test(args=[Arg([-1, 4], I32), Arg([4], F64)],
          inputs=lambda tu: (tu.randint(3, 4, low=-50, high=50, dtype=I32), tu.randn(4, dtype=F64)))
def cast_type_as(a, b):
    return a.type_as(b) * b


@e2e_test(args=[Arg([-1, 4])], inputs=lambda tu: (tu.rand(3, 4, low=-3, high=3),))
def cast_float_roundtrip_through_int(x):
    # trunc toward zero, then back: the fractional part is dropped.
    return x - x.to(I32).to(F32)


@e2e_test(args=[Arg([4, 4])], inputs=lambda tu: (tu.randn(4, 4),), rtol=1e-3, atol=1e-3)
def cast_compute_in_f16(x):
    return (x.half() * 2 + 1).float()


# ----------------------------------------------------------- type promotion


@e2e_test(args=[Arg([-1, 4], I64), Arg([4])],
          inputs=lambda tu: (tu.randint(3, 4, low=-9, high=9), tu.randn(4)))
def promotion_int64_plus_f32(a, b):
    return a + b


@e2e_test(args=[Arg([3, 4], I32), Arg([3, 4], F64)],
          inputs=lambda tu: (tu.randint(3, 4, low=-9, high=9, dtype=I32),
                             tu.randn(3, 4, dtype=F64)))
def promotion_int32_times_f64(a, b):
    return a * b


@e2e_test(args=[Arg([-1, 4], I32), Arg([4], I64)],
          inputs=lambda tu: (tu.randint(3, 4, low=-99, high=99, dtype=I32),
                             tu.randint(4, low=-99, high=99)))
def promotion_int32_plus_int64(a, b):
    return a + b


@e2e_test(args=[Arg([3, 4], I8), Arg([3, 4], U8)],
          inputs=lambda tu: (tu.randint(3, 4, low=-100, high=100, dtype=I8),
                             tu.randint(3, 4, low=0, high=200, dtype=U8)))
def promotion_int8_plus_uint8_is_int16(a, b):
    return a + b


@e2e_test(args=[Arg([-1, 4], F16), Arg([4])],
          inputs=lambda tu: (tu.randn(3, 4, dtype=F16), tu.randn(4)))
def promotion_f16_plus_f32(a, b):
    return a + b


@e2e_test(args=[Arg([3, 4]), Arg([3, 4], F64)],
          inputs=lambda tu: (tu.randn(3, 4), tu.randn(3, 4, dtype=F64)))
def promotion_f32_plus_f64(a, b):
    return a - b


@e2e_test(args=[Arg([-1, 4], I64), Arg([4], I64)],
          inputs=lambda tu: (tu.randint(3, 4, low=-50, high=50),
                             tu.randint(4, low=1, high=9) * (1 - 2 * tu.randint(4, high=2))))
def promotion_int_true_division(a, b):
    return a / b


@e2e_test(args=[Arg([-1, 5], I32)],
          inputs=lambda tu: (tu.randint(3, 5, low=-50, high=50, dtype=I32),))
def promotion_int_div_python_int(x):
    return x / 4


@e2e_test(args=[Arg([-1, 5], I64)], inputs=lambda tu: (tu.randint(3, 5, low=-50, high=50),))
def promotion_int_times_python_float(x):
    return x * 2.5 + 1


@e2e_test(args=[Arg([3, 5], U8)], inputs=lambda tu: (tu.randint(3, 5, low=0, high=100, dtype=U8),))
def promotion_uint8_plus_python_int_keeps_uint8(x):
    return x + 7


@e2e_test(args=[Arg([3, 5], I8)], inputs=lambda tu: (tu.randint(3, 5, low=-10, high=10, dtype=I8),))
def promotion_int8_arith_no_overflow(x):
    return x * 3 - 2


@e2e_test(args=[Arg([-1, 5], BOOL), Arg([5], BOOL)],
          inputs=lambda tu: (tu.randbool(3, 5), tu.randbool(5)))
def promotion_bool_add_mul(a, b):
    # bool + bool and bool * bool stay bool (logical or / and).
    return a + b, a * b


@e2e_test(args=[Arg([-1, 5], BOOL), Arg([5], I64)],
          inputs=lambda tu: (tu.randbool(3, 5), tu.randint(5, low=-9, high=9)))
def promotion_bool_plus_int64(a, b):
    return a + b, a * 3


@e2e_test(args=[Arg([-1, 5], BOOL), Arg([5])],
          inputs=lambda tu: (tu.randbool(3, 5), tu.randn(5)))
def promotion_bool_times_float(a, b):
    return a * b, a + 0.5


# -------------------------------------------- 0-d tensors with other dtypes


@e2e_test(args=[Arg([], F64), Arg([-1, 4])],
          inputs=lambda tu: (torch.tensor(1.25, dtype=F64), tu.randn(3, 4)))
def promotion_zero_d_f64_with_f32_tensor(s, x):
    return x * s


@e2e_test(args=[Arg([], I64), Arg([-1, 4])], inputs=lambda tu: (torch.tensor(3), tu.randn(3, 4)))
def promotion_zero_d_int64_with_f32_tensor(s, x):
    return x + s


@e2e_test(args=[Arg([]), Arg([-1, 4], I64)],
          inputs=lambda tu: (torch.tensor(0.5), tu.randint(3, 4, low=-9, high=9)))
def promotion_zero_d_f32_with_int64_tensor(s, x):
    return x * s


@e2e_test(args=[Arg([], F64), Arg([3, 4], I32)],
          inputs=lambda tu: (torch.tensor(-0.75, dtype=F64),
                             tu.randint(3, 4, low=-9, high=9, dtype=I32)))
def promotion_zero_d_f64_with_int32_tensor(s, x):
    return x - s


@e2e_test(args=[Arg([], I64), Arg([3, 4], I8)],
          inputs=lambda tu: (torch.tensor(5), tu.randint(3, 4, low=-20, high=20, dtype=I8)))
def promotion_zero_d_int64_with_int8_tensor(s, x):
    return x + s


@e2e_test(args=[Arg([], I64), Arg([], F64)],
          inputs=lambda tu: (torch.tensor(4), torch.tensor(0.5, dtype=F64)))
def promotion_zero_d_both(a, b):
    return a * b, a / 3


@e2e_test(args=[Arg([], BOOL), Arg([-1, 3], I32)],
          inputs=lambda tu: (torch.tensor(True), tu.randint(2, 3, low=-9, high=9, dtype=I32)))
def promotion_zero_d_bool_with_int32(s, x):
    return x + s, torch.where(s, x, -x)
