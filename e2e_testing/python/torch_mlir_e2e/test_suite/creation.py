"""Tensor creation inside forward, mostly sized from the input's (possibly
dynamic) shape: zeros/ones/full/empty(+fill_), arange (int and float,
start/end/step), *_like, new_*, eye, tril/triu with diagonal offsets,
linspace, and constants captured from Python. Every created tensor is combined
with or compared against the input so that a wrong shape or value shows."""

import torch

from torch_mlir_e2e.registry import F64, I64, I32, BOOL, Arg, e2e_test


# ---------------------------------------------------------- zeros/ones/full/empty


@e2e_test(args=[Arg([-1, 4])], inputs=lambda tu: (tu.randn(3, 4),))
def creation_zeros_from_dynamic_shape(x):
    return x + torch.zeros(x.shape[0], 4), torch.zeros(x.shape[0], 2)


@e2e_test(args=[Arg([-1, -1])], inputs=lambda tu: (tu.randn(3, 5),))
def creation_ones_from_size(x):
    return x * 2 + torch.ones(x.size())


@e2e_test(args=[Arg([3, 4])], inputs=lambda tu: (tu.randn(3, 4),))
def creation_ones_static_int64(x):
    return torch.ones(3, 4, dtype=I64), torch.ones(2, dtype=BOOL)


@e2e_test(args=[Arg([-1, 6])], inputs=lambda tu: (tu.randn(2, 6),))
def creation_full_float(x):
    return torch.full((x.shape[0], 6), 2.5) * x


@e2e_test(args=[Arg([-1, 3], I64)], inputs=lambda tu: (tu.randint(4, 3, low=-9, high=9),))
def creation_full_int(x):
    return torch.full((x.shape[0], 1), 7) + x, torch.full((2, 2), -3, dtype=I32)


@e2e_test(args=[Arg([2, 5])], inputs=lambda tu: (tu.randn(2, 5),))
def creation_full_bool_and_f64(x):
    return torch.full((2, 5), True), torch.full((5,), 0.125, dtype=F64)


@e2e_test(args=[Arg([-1, 4])], inputs=lambda tu: (tu.randn(3, 4),))
def creation_empty_then_fill(x):
    return torch.empty(x.shape[0], 4).fill_(3.0) - x


@e2e_test(args=[Arg([-1, -1], I64)], inputs=lambda tu: (tu.randint(3, 5, low=-9, high=9),))
def creation_empty_like_then_fill(x):
    return torch.empty_like(x).fill_(-4) * x


@e2e_test(args=[Arg([2, -1])], inputs=lambda tu: (tu.randn(2, 5),))
def creation_zeros_broadcast_add(x):
    return torch.zeros(3, 1, x.shape[1]) + x


@e2e_test(args=[Arg([])], inputs=lambda tu: (tu.randn(()),))
def creation_zero_d_full(x):
    return x + torch.full((), 1.5), torch.scalar_tensor(2.0) * x


# --------------------------------------------------------------------- *_like


@e2e_test(args=[Arg([-1, 5])], inputs=lambda tu: (tu.randn(4, 5),))
def creation_zeros_ones_like(x):
    return torch.zeros_like(x) + x, torch.ones_like(x) - x


@e2e_test(args=[Arg([-1, 3, -1])], inputs=lambda tu: (tu.randn(2, 3, 4),))
def creation_full_like(x):
    return torch.full_like(x, -0.75) * x


@e2e_test(args=[Arg([3, 4])], inputs=lambda tu: (tu.randn(3, 4),))
def creation_like_with_dtype(x):
    return torch.ones_like(x, dtype=I64), torch.zeros_like(x, dtype=BOOL), \
        torch.full_like(x, 5, dtype=I32)


@e2e_test(args=[Arg([-1, 4], I32)],
          inputs=lambda tu: (tu.randint(3, 4, low=-9, high=9, dtype=I32),))
def creation_like_int32(x):
    return torch.ones_like(x) + x, torch.full_like(x, 9) - x


# ---------------------------------------------------------------------- new_*


@e2e_test(args=[Arg([-1, 4], F64)], inputs=lambda tu: (tu.randn(3, 4, dtype=F64),))
def creation_new_zeros_ones(x):
    n = x.shape[0]
    return x.new_zeros(n, 4) + x, x.new_ones((2, n))


@e2e_test(args=[Arg([-1, 3], I64)], inputs=lambda tu: (tu.randint(4, 3, low=-9, high=9),))
def creation_new_full_empty(x):
    return x.new_full((x.shape[0], 3), 11) - x, x.new_empty(2, 3).fill_(5)


@e2e_test(args=[Arg([2, 3])], inputs=lambda tu: (tu.randn(2, 3),))
def creation_new_ones_dtype(x):
    return x.new_ones(2, 3, dtype=I64), x.new_zeros(4)


# --------------------------------------------------------------------- arange


@e2e_test(args=[Arg([-1, -1])], inputs=lambda tu: (tu.randn(3, 5),))
def creation_arange_from_dynamic_dim(x):
    return x + torch.arange(x.shape[1]), torch.arange(x.shape[0])


@e2e_test(args=[Arg([2, 3])], inputs=lambda tu: (tu.randn(2, 3),))
def creation_arange_start_end_step_int(x):
    return torch.arange(2, 20, 3), torch.arange(10, -5, -4), torch.arange(-3, 3, dtype=I32)


@e2e_test(args=[Arg([3, 10])], inputs=lambda tu: (tu.randn(3, 10),))
def creation_arange_float(x):
    return x * torch.arange(0.0, 1.0, 0.1), torch.arange(1.5, -1.0, -0.5)


@e2e_test(args=[Arg([-1, 4])], inputs=lambda tu: (tu.randn(5, 4),))
def creation_arange_float_dtype_dynamic(x):
    return x * torch.arange(x.shape[0], dtype=torch.float32).unsqueeze(1)


@e2e_test(args=[Arg([-1], I64)], inputs=lambda tu: (tu.randint(6, low=0, high=6),))
def creation_arange_compare_positions(x):
    # A position-based mask, as in sequence masking: i < x[i].
    return torch.arange(x.shape[0]) < x


@e2e_test(args=[Arg([-1, 6])], inputs=lambda tu: (tu.randn(4, 6),))
def creation_arange_start_offset_dynamic(x):
    return torch.arange(1, x.shape[0] + 1) * 2, torch.arange(x.shape[0], 0, -1)


# ------------------------------------------------------------------------- eye


@e2e_test(args=[Arg([4, 4])], inputs=lambda tu: (tu.randn(4, 4),))
def creation_eye_square(x):
    return x * torch.eye(4), torch.eye(3, dtype=I64)


@e2e_test(args=[Arg([3, 5])], inputs=lambda tu: (tu.randn(3, 5),))
def creation_eye_rectangular(x):
    return x + torch.eye(3, 5), torch.eye(5, 2, dtype=BOOL)


@e2e_test(args=[Arg([-1, 6])], inputs=lambda tu: (tu.randn(4, 6),))
def creation_eye_dynamic_size(x):
    return torch.eye(x.shape[0]) + x[:, :1], torch.eye(x.shape[0], 6) * x


# ------------------------------------------------------------------ tril / triu


@e2e_test(args=[Arg([5, 5])], inputs=lambda tu: (tu.randn(5, 5),))
def creation_tril_triu_static(x):
    return torch.tril(x), torch.triu(x)


@e2e_test(args=[Arg([-1, -1])], inputs=lambda tu: (tu.randn(4, 6),))
def creation_tril_triu_dynamic(x):
    return x.tril(), x.triu()


@e2e_test(args=[Arg([4, 6])], inputs=lambda tu: (tu.randn(4, 6),))
def creation_tril_triu_diagonal_offsets(x):
    return torch.tril(x, 1), torch.tril(x, -1), torch.triu(x, 2), torch.triu(x, -2)


@e2e_test(args=[Arg([2, -1, -1])], inputs=lambda tu: (tu.randn(2, 5, 3),))
def creation_tril_batched_dynamic(x):
    return torch.tril(x, diagonal=-1), torch.triu(x, diagonal=1)


@e2e_test(args=[Arg([-1, 5], I64)], inputs=lambda tu: (tu.randint(4, 5, low=-9, high=9),))
def creation_triu_int64(x):
    return x.triu(1)


@e2e_test(args=[Arg([-1, 3, -1])], inputs=lambda tu: (tu.randn(2, 3, 4),))
def creation_causal_mask_from_ones(x):
    mask = torch.ones(x.shape[1], x.shape[2], dtype=BOOL).tril()
    return torch.where(mask, x, torch.zeros_like(x))


# ------------------------------------------------------------------ linspace


@e2e_test(args=[Arg([3, 5])], inputs=lambda tu: (tu.randn(3, 5),))
def creation_linspace(x):
    return x + torch.linspace(0.0, 1.0, steps=5), torch.linspace(-2.0, 3.0, 11)


@e2e_test(args=[Arg([-1, 4], F64)], inputs=lambda tu: (tu.randn(3, 4, dtype=F64),))
def creation_linspace_f64(x):
    return x * torch.linspace(1.0, -1.0, 4, dtype=F64)


# ----------------------------------------------------------------- constants


@e2e_test(args=[Arg([-1, 4])], inputs=lambda tu: (tu.randn(3, 4),))
def creation_tensor_constant(x):
    return x * torch.tensor([1.0, -2.0, 0.5, 4.0]) + torch.tensor(0.25)


@e2e_test(args=[Arg([-1, 3], I64)], inputs=lambda tu: (tu.randint(4, 3, low=-9, high=9),))
def creation_tensor_constant_int(x):
    return x + torch.tensor([10, 20, 30]), x * torch.tensor(3)
