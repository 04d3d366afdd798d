"""Comparisons (eq/ne/lt/le/gt/ge, tensor-tensor and tensor-scalar, float and
int, mixed dtypes), logical and/or/xor/not, isnan/isinf/isfinite, where with
scalar branches and masked_fill with scalar and 0-d tensor values.

Float inputs for comparisons are integer-valued where ties matter, so eq/le/ge
see both equal and unequal pairs without depending on rounding."""

import torch

from torch_mlir_e2e.registry import F64, I64, I32, BOOL, Arg, e2e_test


def _int_valued(tu, *shape, dtype=torch.float32):
    """Floats that are small integers: plenty of exact ties."""
    return tu.randint(*shape, low=-3, high=4).to(dtype)


_OPS = {
    "eq": torch.eq, "ne": torch.ne, "lt": torch.lt,
    "le": torch.le, "gt": torch.gt, "ge": torch.ge,
}


def _register_compare(op, fn):
    def tensor_tensor(a, b):
        return fn(a, b)

    def tensor_scalar(a):
        return fn(a, 1.0)

    e2e_test(name=f"comparison_{op}_tensor_broadcast_dynamic", args=[Arg([-1, 6]), Arg([6])],
             inputs=lambda tu: (_int_valued(tu, 4, 6), _int_valued(tu, 6)))(tensor_tensor)
    e2e_test(name=f"comparison_{op}_scalar_dynamic", args=[Arg([-1, -1])],
             inputs=lambda tu: (_int_valued(tu, 4, 5),))(tensor_scalar)


for _op, _fn in _OPS.items():
    _register_compare(_op, _fn)


@e2e_test(args=[Arg([3, 5], I64), Arg([3, 5], I64)],
          inputs=lambda tu: (tu.randint(3, 5, low=-3, high=4), tu.randint(3, 5, low=-3, high=4)))
def comparison_all_ops_int64_static(a, b):
    return a == b, a != b, a < b, a <= b, a > b, a >= b


@e2e_test(args=[Arg([-1, 5], I32)],
          inputs=lambda tu: (tu.randint(3, 5, low=-1, high=5, dtype=I32),))
def comparison_all_ops_int32_scalar(x):
    return x == 2, x != 2, x < 2, x <= 2, x > 2, x >= 2


@e2e_test(args=[Arg([-1, 4]), Arg([4])], inputs=lambda tu: (tu.randn(5, 4), tu.randn(4)))
def comparison_operators_random_floats(a, b):
    return a < b, a >= b, a > 0.25, -0.5 >= a


@e2e_test(args=[Arg([3, 4], F64), Arg([3, 4], F64)],
          inputs=lambda tu: (_int_valued(tu, 3, 4, dtype=F64), _int_valued(tu, 3, 4, dtype=F64)))
def comparison_f64(a, b):
    return a == b, a <= b


@e2e_test(args=[Arg([-1, 4], I64), Arg([4])],
          inputs=lambda tu: (tu.randint(3, 4, low=-3, high=4), tu.rand(4, low=-3, high=3)))
def comparison_mixed_int_float(a, b):
    return a < b, torch.eq(a, b.round())


@e2e_test(args=[Arg([-1, 5], I64)], inputs=lambda tu: (tu.randint(3, 5, low=-3, high=4),))
def comparison_int_tensor_float_scalar(x):
    return x > 0.5, x <= -1.5


@e2e_test(args=[Arg([-1, 5], BOOL), Arg([5], BOOL)],
          inputs=lambda tu: (tu.randbool(3, 5), tu.randbool(5)))
def comparison_bool_tensors(a, b):
    return a == b, a != b


@e2e_test(args=[Arg([]), Arg([-1, 3])], inputs=lambda tu: (torch.tensor(0.3), tu.rand(4, 3)))
def comparison_zero_d_tensor(s, x):
    return x > s, torch.le(s, x)


# ------------------------------------------------------------------- logical


@e2e_test(args=[Arg([-1, 6], BOOL), Arg([6], BOOL)],
          inputs=lambda tu: (tu.randbool(4, 6), tu.randbool(6)))
def logical_and_or_xor_bool_broadcast(a, b):
    return torch.logical_and(a, b), torch.logical_or(a, b), torch.logical_xor(a, b)


@e2e_test(args=[Arg([3, 6], BOOL)], inputs=lambda tu: (tu.randbool(3, 6),))
def logical_not_bool(a):
    return torch.logical_not(a)


@e2e_test(args=[Arg([-1, -1], BOOL)], inputs=lambda tu: (tu.randbool(3, 6),))
def logical_not_bool_dynamic(a):
    return torch.logical_not(a)


@e2e_test(args=[Arg([-1, 5]), Arg([5])],
          inputs=lambda tu: (_int_valued(tu, 3, 5), _int_valued(tu, 5)))
def logical_ops_on_floats(a, b):
    # Nonzero is true; exact zeros are frequent in integer-valued floats.
    return torch.logical_and(a, b), torch.logical_or(a, b), torch.logical_xor(a, b), \
        torch.logical_not(a)


@e2e_test(args=[Arg([4, 5], I64), Arg([4, 5], I32)],
          inputs=lambda tu: (tu.randint(4, 5, low=-2, high=3),
                             tu.randint(4, 5, low=-2, high=3, dtype=I32)))
def logical_ops_on_ints(a, b):
    return torch.logical_and(a, b), torch.logical_xor(a, b), torch.logical_not(b)


@e2e_test(args=[Arg([-1, 5])], inputs=lambda tu: (tu.randn(4, 5),))
def logical_combined_masks(x):
    return (x > -0.5) & (x < 0.5) | ~(x > 1.0) & (x > 0.0)


# ---------------------------------------------------------- isnan / isinf / ...


def _with_specials(tu, *shape, dtype=torch.float32):
    x = tu.randn(*shape, dtype=dtype).flatten()
    x[1] = float("nan")
    x[3] = float("inf")
    x[4] = float("-inf")
    x[-2] = float("nan")
    return x.reshape(shape)


@e2e_test(args=[Arg([-1, 4])], inputs=lambda tu: (_with_specials(tu, 3, 4),))
def comparison_isnan(x):
    return torch.isnan(x)


@e2e_test(args=[Arg([-1, 4])], inputs=lambda tu: (_with_specials(tu, 3, 4),))
def comparison_isinf(x):
    return torch.isinf(x), torch.isposinf(x), torch.isneginf(x)


@e2e_test(args=[Arg([3, 4], F64)], inputs=lambda tu: (_with_specials(tu, 3, 4, dtype=F64),))
def comparison_isfinite_f64(x):
    return torch.isfinite(x)


@e2e_test(args=[Arg([-1, -1])], inputs=lambda tu: (_with_specials(tu, 3, 4),))
def comparison_nan_to_num_via_where(x):
    return torch.where(torch.isfinite(x), x, torch.zeros_like(x))


@e2e_test(args=[Arg([-1, 4])], inputs=lambda tu: (_with_specials(tu, 2, 4),))
def comparison_nan_compares_false(x):
    return x == x, x != x, x < 1.0e30


# ------------------------------------------------------ where with scalar branches


@e2e_test(args=[Arg([-1, -1])], inputs=lambda tu: (tu.randn(4, 5),))
def comparison_where_scalar_other(x):
    return torch.where(x > 0.25, x, 0.0)


@e2e_test(args=[Arg([-1, 5])], inputs=lambda tu: (tu.randn(4, 5),))
def comparison_where_scalar_self(x):
    return torch.where(x > 0.0, -1.5, x)


@e2e_test(args=[Arg([3, 5], BOOL)], inputs=lambda tu: (tu.randbool(3, 5),))
def comparison_where_both_scalars(c):
    return torch.where(c, 1.0, -1.0)


@e2e_test(args=[Arg([-1, 5], I64)], inputs=lambda tu: (tu.randint(3, 5, low=-5, high=5),))
def comparison_where_int_scalar_branch(x):
    return torch.where(x >= 0, x, 100)


@e2e_test(args=[Arg([-1, 5], BOOL)], inputs=lambda tu: (tu.randbool(4, 5),))
def comparison_where_both_int_scalars(c):
    return torch.where(c, 3, 7)


# ----------------------------------------------------------------- masked_fill


@e2e_test(args=[Arg([-1, -1])], inputs=lambda tu: (tu.randn(3, 6),))
def comparison_masked_fill_scalar(x):
    return x.masked_fill(x.abs() > 1.0, -1.0e9)


@e2e_test(args=[Arg([4, 6]), Arg([4, 6], BOOL)],
          inputs=lambda tu: (tu.randn(4, 6), tu.randbool(4, 6)))
def comparison_masked_fill_static(x, m):
    return torch.masked_fill(x, m, 2.5)


@e2e_test(args=[Arg([-1, 6]), Arg([6], BOOL)], inputs=lambda tu: (tu.randn(3, 6), tu.randbool(6)))
def comparison_masked_fill_broadcast_mask(x, m):
    return x.masked_fill(m, 0.0)


@e2e_test(args=[Arg([-1, 5]), Arg([])], inputs=lambda tu: (tu.randn(4, 5), torch.tensor(-3.25)))
def comparison_masked_fill_zero_d_tensor_value(x, v):
    return x.masked_fill(x < 0, v)


@e2e_test(args=[Arg([-1, 5], I64)], inputs=lambda tu: (tu.randint(4, 5, low=-9, high=9),))
def comparison_masked_fill_int64(x):
    return x.masked_fill(x > 3, -1)


@e2e_test(args=[Arg([2, -1, -1])], inputs=lambda tu: (tu.randn(2, 4, 4),))
def comparison_masked_fill_causal(x):
    mask = torch.ones(x.shape[-2], x.shape[-1], dtype=torch.bool).triu(1)
    return x.masked_fill(mask, float("-inf")).softmax(-1)
