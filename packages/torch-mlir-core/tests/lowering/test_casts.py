"""dtype conversions (aten._to_copy and friends) among f16/bf16/f32/f64,
i8/u8/i16/i32/i64 and bool, and type promotion, lowered to linalg and
compared with torch eager."""

import pytest
import torch
from test_elementwise import run

DTYPES = [torch.float16, torch.bfloat16, torch.float32, torch.float64, torch.int8,
          torch.uint8, torch.int16, torch.int32, torch.int64, torch.bool]
_NAMES = {d: str(d).split(".")[-1] for d in DTYPES}

# Values every dtype can hold exactly (no out-of-range float->int casts,
# which are undefined behaviour in torch too); fractions check truncation.
_SRC = torch.tensor([0.0, 1.0, -1.0, 2.75, -2.75, 100.0, 0.5, -0.5])


def _source(dtype):
    x = _SRC
    if dtype == torch.uint8:
        x = x.abs()
    return x.to(dtype)


@pytest.mark.parametrize("src", DTYPES, ids=[_NAMES[d] for d in DTYPES])
def test_cast_to_every_dtype(src):
    # One function casting to each of the other nine dtypes (one result each).
    targets = [d for d in DTYPES if d != src]
    run(lambda x: tuple(x.to(d) for d in targets), _source(src))


def test_cast_dynamic():
    run(lambda x: x.to(torch.int32), torch.tensor([[1.5, -2.5], [3.9, -0.1]]), dynamic={0: [0, 1]})


def test_cast_0d():
    run(lambda x: x.to(torch.float64), torch.tensor(3))


def test_cast_i64_to_f32_large():
    run(lambda x: x.float(), torch.tensor([2**40 + 1, -(2**50), 123456789]))


def test_cast_u8_to_i64_wide_values():
    run(lambda x: x.long() * 2, torch.tensor([255, 128, 0], dtype=torch.uint8))


def test_cast_i64_to_i8_truncates():
    run(lambda x: x.to(torch.int8), torch.tensor([300, -129, 127, -128]))


def test_type_as():
    run(lambda x, y: x.type_as(y) + y, torch.tensor([1.7, -2.2]), torch.tensor([1, 2]))


def test_clone_and_detach():
    run(lambda x: x.clone().detach() * 2.0, torch.tensor([[1.0, 2.0]]))


# --- type promotion ---------------------------------------------------------------

PROMOTIONS = [
    (torch.int32, torch.float16), (torch.int64, torch.float64), (torch.uint8, torch.int8),
    (torch.bool, torch.int32), (torch.bool, torch.float32), (torch.float16, torch.bfloat16),
    (torch.float16, torch.float32), (torch.int16, torch.int64), (torch.uint8, torch.bool),
]


@pytest.mark.parametrize("a,b", PROMOTIONS, ids=[f"{_NAMES[a]}+{_NAMES[b]}" for a, b in PROMOTIONS])
def test_promotion_add(a, b):
    run(torch.mul, _source(a), _source(b))


_WITH_SCALAR = [(d, s) for d in (torch.int32, torch.float16, torch.uint8, torch.bool)
                for s in (2, 2.5, True) if not (d == torch.bool and s is True)]


@pytest.mark.parametrize("dtype,scalar", _WITH_SCALAR,
                         ids=[f"{_NAMES[d]}*{s!r}" for d, s in _WITH_SCALAR])
def test_promotion_python_scalar(dtype, scalar):
    run(lambda x: x * scalar, _source(dtype))


def test_promotion_0d_int_tensor_keeps_dtype():
    run(torch.add, torch.tensor([1, 2], dtype=torch.int8), torch.tensor(1000))


def test_promotion_0d_float_tensor_with_int8():
    run(torch.add, torch.tensor([1, 2], dtype=torch.int8), torch.tensor(2.5, dtype=torch.float64))


def test_true_div_int_int_0d():
    run(torch.div, torch.tensor(7), torch.tensor(2))


def test_true_div_int_by_python_int():
    run(lambda x: x / 4, torch.tensor([7, -7, 1]))
