"""Reductions: sum/mean (all dims, dim lists, keepdim, dtype=), amax/amin,
max/min (full and with dim: values and indices), argmax/argmin, prod,
var/std (correction, dims, keepdim), norm and linalg.vector_norm, logsumexp,
cumsum, any/all, count_nonzero; static and dynamic dims (including reducing
over dynamic dims), float and integer dtypes.

max/argmax-like tests use permutations, so there are no ties and the indices
are unique."""

import torch

from torch_mlir_e2e.registry import F64, I64, I32, BOOL, Arg, e2e_test


# Summation order differs between the backend and torch: allow reassociation.
_SUM_TOL = dict(rtol=1e-4, atol=1e-4)


def _perm(tu, *shape, dtype=torch.float32):
    """Distinct values (a permutation of 0..n-1, centered and scaled for floats)."""
    n = 1
    for d in shape:
        n *= d
    p = torch.randperm(n, generator=tu.gen).reshape(shape)
    if dtype.is_floating_point:
        return ((p.to(F64) - n / 2) / n * 4).to(dtype)
    return (p - n // 2).to(dtype)


# ------------------------------------------------------------------------- sum


@e2e_test(args=[Arg([3, 4, 5])], inputs=lambda tu: (tu.randn(3, 4, 5),), **_SUM_TOL)
def reduction_sum_all_static(x):
    return x.sum()


@e2e_test(args=[Arg([-1, -1])], inputs=lambda tu: (tu.randn(6, 7),), **_SUM_TOL)
def reduction_sum_all_dynamic(x):
    return torch.sum(x)


@e2e_test(args=[Arg([-1, 6, -1])], inputs=lambda tu: (tu.randn(3, 6, 4),), **_SUM_TOL)
def reduction_sum_dim(x):
    return x.sum(1)


@e2e_test(args=[Arg([2, -1, 4])], inputs=lambda tu: (tu.randn(2, 5, 4),), **_SUM_TOL)
def reduction_sum_dim_list_keepdim(x):
    return torch.sum(x, dim=(0, 2), keepdim=True)


@e2e_test(args=[Arg([-1, -1])], inputs=lambda tu: (tu.randn(4, 9),), **_SUM_TOL)
def reduction_sum_negative_dim_keepdim(x):
    return x.sum(dim=-1, keepdim=True)


@e2e_test(args=[Arg([3, -1])], inputs=lambda tu: (tu.randn(3, 8),))
def reduction_sum_dtype_f64(x):
    return torch.sum(x, dim=1, dtype=F64)


@e2e_test(args=[Arg([-1, 5], F64)], inputs=lambda tu: (tu.randn(4, 5, dtype=F64),))
def reduction_sum_f64(x):
    return x.sum(0)


@e2e_test(args=[Arg([-1, 5], I64)], inputs=lambda tu: (tu.randint(4, 5, low=-100, high=100),))
def reduction_sum_int64_dim(x):
    return x.sum(0)


@e2e_test(args=[Arg([3, 5], I32)],
          inputs=lambda tu: (tu.randint(3, 5, low=-100, high=100, dtype=I32),))
def reduction_sum_int32_promotes_to_int64(x):
    return x.sum(), x.sum(1, dtype=I32)


@e2e_test(args=[Arg([-1, 6], BOOL)], inputs=lambda tu: (tu.randbool(5, 6),))
def reduction_sum_bool_counts(x):
    return x.sum(), x.sum(1)


@e2e_test(args=[Arg([64, 48])], inputs=lambda tu: (tu.randn(64, 48),), rtol=1e-4, atol=1e-3)
def reduction_sum_larger(x):
    return x.sum(0), x.sum(1), x.sum()


@e2e_test(args=[Arg([])], inputs=lambda tu: (tu.randn(()),))
def reduction_sum_zero_d(x):
    return x.sum(), x.sum(0)


# ------------------------------------------------------------------------ mean


@e2e_test(args=[Arg([3, 4, 5])], inputs=lambda tu: (tu.randn(3, 4, 5),), **_SUM_TOL)
def reduction_mean_all_static(x):
    return x.mean()


@e2e_test(args=[Arg([-1, -1, -1])], inputs=lambda tu: (tu.randn(2, 3, 5),), **_SUM_TOL)
def reduction_mean_over_dynamic_dims(x):
    return x.mean(dim=(1, 2))


@e2e_test(args=[Arg([-1, -1])], inputs=lambda tu: (tu.randn(5, 6),), **_SUM_TOL)
def reduction_mean_all_dynamic(x):
    return torch.mean(x)


@e2e_test(args=[Arg([2, -1, 4, -1])], inputs=lambda tu: (tu.randn(2, 3, 4, 5),), **_SUM_TOL)
def reduction_mean_dim_list_keepdim(x):
    return x.mean(dim=[-1, 1], keepdim=True)


@e2e_test(args=[Arg([-1, 8])], inputs=lambda tu: (tu.randn(3, 8),))
def reduction_mean_dtype_f64(x):
    return torch.mean(x, dim=0, dtype=F64)


@e2e_test(args=[Arg([4, -1], F64)], inputs=lambda tu: (tu.randn(4, 6, dtype=F64),))
def reduction_mean_f64_keepdim(x):
    return x.mean(-1, keepdim=True)


# ----------------------------------------------------------------- amax / amin


@e2e_test(args=[Arg([-1, 4, 5])], inputs=lambda tu: (tu.randn(3, 4, 5),))
def reduction_amax_dim_list_keepdim(x):
    return torch.amax(x, dim=(1, 2), keepdim=True)


@e2e_test(args=[Arg([-1, -1])], inputs=lambda tu: (tu.randn(4, 6),))
def reduction_amin_last_dim_amax_all(x):
    return x.amin(-1), x.amax(dim=(0, 1))


@e2e_test(args=[Arg([3, 6], I64)], inputs=lambda tu: (tu.randint(3, 6, low=-100, high=100),))
def reduction_amax_amin_int64(x):
    return x.amax(0), x.amin(1)


# --------------------------------------------------------------------- max/min


@e2e_test(args=[Arg([-1, 7])], inputs=lambda tu: (_perm(tu, 4, 7),))
def reduction_max_dim_values_indices(x):
    values, indices = torch.max(x, dim=1)
    return values, indices


@e2e_test(args=[Arg([4, -1])], inputs=lambda tu: (_perm(tu, 4, 6),))
def reduction_max_dim0_keepdim(x):
    return x.max(dim=0, keepdim=True)


@e2e_test(args=[Arg([3, -1], I64)], inputs=lambda tu: (_perm(tu, 3, 5, dtype=I64),))
def reduction_min_dim_int64(x):
    values, indices = x.min(dim=-1)
    return values, indices


@e2e_test(args=[Arg([2, 3, 4], F64)], inputs=lambda tu: (_perm(tu, 2, 3, 4, dtype=F64),))
def reduction_min_dim_f64_keepdim(x):
    return torch.min(x, 1, keepdim=True)


@e2e_test(args=[Arg([-1, -1])], inputs=lambda tu: (_perm(tu, 5, 6),))
def reduction_max_min_full(x):
    return x.max(), x.min()


@e2e_test(args=[Arg([4, 5], I32)], inputs=lambda tu: (_perm(tu, 4, 5, dtype=I32),))
def reduction_max_min_full_int32(x):
    return torch.max(x), torch.min(x)


# --------------------------------------------------------------- argmax/argmin


@e2e_test(args=[Arg([-1, 6])], inputs=lambda tu: (_perm(tu, 4, 6),))
def reduction_argmax_no_dim(x):
    return torch.argmax(x)


@e2e_test(args=[Arg([3, -1])], inputs=lambda tu: (_perm(tu, 3, 8),))
def reduction_argmax_dim(x):
    return x.argmax(dim=1)


@e2e_test(args=[Arg([2, 3, 4])], inputs=lambda tu: (_perm(tu, 2, 3, 4),))
def reduction_argmax_keepdim(x):
    return x.argmax(dim=1, keepdim=True)


@e2e_test(args=[Arg([-1, -1])], inputs=lambda tu: (_perm(tu, 5, 3),))
def reduction_argmin_dim0(x):
    return torch.argmin(x, dim=0)


@e2e_test(args=[Arg([3, 5], I64)], inputs=lambda tu: (_perm(tu, 3, 5, dtype=I64),))
def reduction_argmin_no_dim_int64(x):
    return x.argmin(), x.argmax(-1)


# ------------------------------------------------------------------------ prod


@e2e_test(args=[Arg([3, 4])], inputs=lambda tu: (tu.rand(3, 4, low=0.5, high=1.5),), **_SUM_TOL)
def reduction_prod_all(x):
    return torch.prod(x)


@e2e_test(args=[Arg([-1, 5])], inputs=lambda tu: (tu.rand(3, 5, low=-1.5, high=1.5),),
          **_SUM_TOL)
def reduction_prod_dim_keepdim(x):
    return x.prod(dim=1, keepdim=True)


@e2e_test(args=[Arg([-1, 4], I64)], inputs=lambda tu: (tu.randint(3, 4, low=-5, high=6),))
def reduction_prod_int64_dim(x):
    return x.prod(0)


# --------------------------------------------------------------------- var/std


@e2e_test(args=[Arg([4, 6])], inputs=lambda tu: (tu.randn(4, 6),), **_SUM_TOL)
def reduction_var_all(x):
    return x.var(), torch.var(x, correction=0)


@e2e_test(args=[Arg([-1, 7])], inputs=lambda tu: (tu.randn(4, 7),), **_SUM_TOL)
def reduction_var_dim_correction(x):
    return torch.var(x, dim=1, correction=0), torch.var(x, dim=1, correction=1)


@e2e_test(args=[Arg([2, -1, 5])], inputs=lambda tu: (tu.randn(2, 3, 5),), **_SUM_TOL)
def reduction_var_dim_list_keepdim(x):
    return x.var(dim=(0, 2), keepdim=True)


@e2e_test(args=[Arg([-1, -1])], inputs=lambda tu: (tu.randn(5, 6),), **_SUM_TOL)
def reduction_std_all_dynamic(x):
    return x.std()


@e2e_test(args=[Arg([3, -1])], inputs=lambda tu: (tu.randn(3, 8),), **_SUM_TOL)
def reduction_std_dim_keepdim(x):
    return torch.std(x, dim=-1, correction=0, keepdim=True), torch.std(x, dim=0)


@e2e_test(args=[Arg([-1, 6], F64)], inputs=lambda tu: (tu.randn(4, 6, dtype=F64),))
def reduction_var_std_f64(x):
    return x.var(0, unbiased=False), x.std(1, unbiased=True)


@e2e_test(args=[Arg([-1, 8])], inputs=lambda tu: (tu.randn(3, 8),), **_SUM_TOL)
def reduction_var_mean(x):
    return torch.var_mean(x, dim=1, correction=0)


# ------------------------------------------------------------------------ norm


@e2e_test(args=[Arg([3, 4])], inputs=lambda tu: (tu.randn(3, 4),), **_SUM_TOL)
def reduction_norm_frobenius(x):
    return torch.norm(x)


@e2e_test(args=[Arg([-1, 6])], inputs=lambda tu: (tu.randn(4, 6),), **_SUM_TOL)
def reduction_norm_p1_dim(x):
    return torch.norm(x, p=1, dim=1)


@e2e_test(args=[Arg([-1, -1])], inputs=lambda tu: (tu.randn(4, 6),))
def reduction_norm_inf_dim(x):
    return torch.norm(x, p=float("inf"), dim=-1)


@e2e_test(args=[Arg([2, -1, 4])], inputs=lambda tu: (tu.randn(2, 3, 4),), **_SUM_TOL)
def reduction_norm_p2_dim_keepdim(x):
    return x.norm(p=2, dim=-1, keepdim=True)


@e2e_test(args=[Arg([-1, 5])], inputs=lambda tu: (tu.randn(4, 5),), **_SUM_TOL)
def reduction_vector_norm_default(x):
    return torch.linalg.vector_norm(x)


@e2e_test(args=[Arg([3, -1, 4])], inputs=lambda tu: (tu.randn(3, 2, 4),), **_SUM_TOL)
def reduction_vector_norm_ord3_dims(x):
    return torch.linalg.vector_norm(x, ord=3, dim=(0, 2))


@e2e_test(args=[Arg([-1, 5])], inputs=lambda tu: (tu.randn(4, 5),))
def reduction_vector_norm_inf_and_neg_inf(x):
    return (torch.linalg.vector_norm(x, ord=float("inf"), dim=1),
            torch.linalg.vector_norm(x, ord=float("-inf"), dim=1, keepdim=True))


@e2e_test(args=[Arg([4, 5], F64)], inputs=lambda tu: (tu.randn(4, 5, dtype=F64),))
def reduction_vector_norm_f64(x):
    return torch.linalg.vector_norm(x, ord=2, dim=0)


# ------------------------------------------------------------------- logsumexp


@e2e_test(args=[Arg([-1, -1])], inputs=lambda tu: (tu.randn(4, 7),), **_SUM_TOL)
def reduction_logsumexp_last_dim(x):
    return torch.logsumexp(x, dim=-1)


@e2e_test(args=[Arg([2, 3, -1])], inputs=lambda tu: (tu.randn(2, 3, 5),), **_SUM_TOL)
def reduction_logsumexp_dims_keepdim(x):
    return x.logsumexp(dim=(0, 1), keepdim=True)


@e2e_test(args=[Arg([3, 6])], inputs=lambda tu: (tu.rand(3, 6, low=80, high=120),), **_SUM_TOL)
def reduction_logsumexp_large_values(x):
    # exp(x) overflows float32 here: only the max-subtracting form works.
    return torch.logsumexp(x, dim=1)


# ---------------------------------------------------------------------- cumsum


@e2e_test(args=[Arg([4, 5])], inputs=lambda tu: (tu.randn(4, 5),), **_SUM_TOL)
def reduction_cumsum_dim0(x):
    return torch.cumsum(x, dim=0)


@e2e_test(args=[Arg([-1, -1])], inputs=lambda tu: (tu.randn(3, 9),), **_SUM_TOL)
def reduction_cumsum_last_dim_dynamic(x):
    return x.cumsum(-1)


@e2e_test(args=[Arg([2, -1, 3])], inputs=lambda tu: (tu.randn(2, 6, 3),), **_SUM_TOL)
def reduction_cumsum_middle_dim(x):
    return x.cumsum(1)


@e2e_test(args=[Arg([-1, 6], I64)], inputs=lambda tu: (tu.randint(3, 6, low=-100, high=100),))
def reduction_cumsum_int64(x):
    return torch.cumsum(x, 1)


@e2e_test(args=[Arg([3, 6], I32)],
          inputs=lambda tu: (tu.randint(3, 6, low=-100, high=100, dtype=I32),))
def reduction_cumsum_int32_promotes(x):
    return x.cumsum(0)


@e2e_test(args=[Arg([-1, 6])], inputs=lambda tu: (tu.randn(3, 6),))
def reduction_cumsum_dtype_f64(x):
    return torch.cumsum(x, dim=1, dtype=F64)


@e2e_test(args=[Arg([-1, 5], BOOL)], inputs=lambda tu: (tu.randbool(3, 5),))
def reduction_cumsum_bool(x):
    return x.cumsum(1)


# --------------------------------------------------------------------- any/all


@e2e_test(args=[Arg([-1, 5], BOOL)], inputs=lambda tu: (tu.randbool(4, 5),))
def reduction_any_all_full(x):
    # any() is true, all() false for random bits; the second pair flips both.
    return x.any(), x.all(), (x & False).any(), (x | True).all()


@e2e_test(args=[Arg([4, -1], BOOL)], inputs=lambda tu: (tu.rand(4, 3) > 0.2,))
def reduction_any_all_dim(x):
    return torch.any(x, dim=1), torch.all(x, dim=0, keepdim=True), torch.all(x, dim=1)


@e2e_test(args=[Arg([-1, 5])], inputs=lambda tu: (tu.randint(4, 5, low=0, high=3).float(),))
def reduction_any_all_on_float(x):
    return x.any(dim=0), x.all(dim=1)


@e2e_test(args=[Arg([3, 4], I64)], inputs=lambda tu: (tu.randint(3, 4, low=0, high=3),))
def reduction_any_all_on_int(x):
    return torch.any(x, 1), torch.all(x)


@e2e_test(args=[Arg([-1, 6])], inputs=lambda tu: (tu.randint(4, 6, low=-1, high=2).float(),))
def reduction_count_nonzero(x):
    return torch.count_nonzero(x, dim=1), torch.count_nonzero(x)
