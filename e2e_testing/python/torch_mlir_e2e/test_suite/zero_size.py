"""Zero-size tensors (issue 14): a dim of size 0 in cat, mm/bmm/matmul (K = 0
too), reductions, pooling and indexing must compile and match eager. Static
shapes."""

import torch
import torch.nn.functional as F

from torch_mlir_e2e.registry import I64, Arg, e2e_test


@e2e_test(args=[Arg([0, 3]), Arg([0, 3])], inputs=lambda tu: (tu.randn(0, 3), tu.randn(0, 3)))
def zero_size_cat_both_empty(a, b):
    return torch.cat([a, b], 0)


@e2e_test(args=[Arg([0, 3]), Arg([2, 3])], inputs=lambda tu: (tu.randn(0, 3), tu.randn(2, 3)))
def zero_size_cat_one_empty(a, b):
    return torch.cat([a, b], 0)


@e2e_test(args=[Arg([2, 0]), Arg([2, 3])], inputs=lambda tu: (tu.randn(2, 0), tu.randn(2, 3)))
def zero_size_cat_inner_dim(a, b):
    return torch.cat([a, b], 1)


@e2e_test(args=[Arg([3, 0]), Arg([0, 4])], inputs=lambda tu: (tu.randn(3, 0), tu.randn(0, 4)))
def zero_size_mm_k0(a, b):
    return torch.mm(a, b)


@e2e_test(args=[Arg([0, 4]), Arg([4, 5])], inputs=lambda tu: (tu.randn(0, 4), tu.randn(4, 5)))
def zero_size_mm_m0(a, b):
    return torch.mm(a, b)


@e2e_test(args=[Arg([2, 3, 0]), Arg([2, 0, 4])],
          inputs=lambda tu: (tu.randn(2, 3, 0), tu.randn(2, 0, 4)))
def zero_size_bmm_k0(a, b):
    return torch.bmm(a, b)


@e2e_test(args=[Arg([0, 3, 4]), Arg([0, 4, 2])],
          inputs=lambda tu: (tu.randn(0, 3, 4), tu.randn(0, 4, 2)))
def zero_size_bmm_batch0(a, b):
    return torch.bmm(a, b)


@e2e_test(args=[Arg([0, 3]), Arg([3, 2])], inputs=lambda tu: (tu.randn(0, 3), tu.randn(3, 2)))
def zero_size_matmul_m0(a, b):
    return torch.matmul(a, b)


@e2e_test(args=[Arg([4, 0]), Arg([0])], inputs=lambda tu: (tu.randn(4, 0), tu.randn(0)))
def zero_size_matmul_mv_k0(a, b):
    return torch.matmul(a, b)


@e2e_test(args=[Arg([0, 3])], inputs=lambda tu: (tu.randn(0, 3),))
def zero_size_sum_over_empty_dim(x):
    return torch.sum(x, 0)


@e2e_test(args=[Arg([0, 3])], inputs=lambda tu: (tu.randn(0, 3),))
def zero_size_sum_all(x):
    return torch.sum(x)


@e2e_test(args=[Arg([0, 3])], inputs=lambda tu: (tu.randn(0, 3),))
def zero_size_mean_keeps_empty_dim(x):
    return torch.mean(x, 1)


@e2e_test(args=[Arg([0, 3])], inputs=lambda tu: (tu.randn(0, 3),))
def zero_size_amax_keeps_empty_dim(x):
    return torch.amax(x, 1)


@e2e_test(args=[Arg([0, 2, 4, 4])], inputs=lambda tu: (tu.randn(0, 2, 4, 4),))
def zero_size_max_pool2d_batch0(x):
    return F.max_pool2d(x, 2)


@e2e_test(args=[Arg([4, 3]), Arg([0], I64)],
          inputs=lambda tu: (tu.randn(4, 3), torch.zeros(0, dtype=torch.int64)))
def zero_size_index_select_empty_index(x, i):
    return torch.index_select(x, 0, i)


@e2e_test(args=[Arg([0, 3]), Arg([2], I64)],
          inputs=lambda tu: (tu.randn(0, 3), torch.tensor([0, 2])))
def zero_size_index_select_empty_input(x, i):
    return torch.index_select(x, 1, i)


@e2e_test(args=[Arg([2, 3, 8, -1])], inputs=lambda tu: (tu.randn(2, 3, 8, 10),))
def zero_size_adaptive_max_pool2d_empty_output(x):
    return F.adaptive_max_pool2d(x, (0, 5))


@e2e_test(args=[Arg([2, 3, 8, 8])], inputs=lambda tu: (tu.randn(2, 3, 8, 8),))
def zero_size_adaptive_avg_pool2d_empty_output(x):
    return F.adaptive_avg_pool2d(x, (2, 0))


@e2e_test(args=[Arg([2, 0])], inputs=lambda tu: (tu.randn(2, 0),))
def zero_size_roll(x):
    return torch.roll(x, (1, 2), (0, 1))


# The size 0 known only at run time: the shift modulo the size divides by nothing.
@e2e_test(args=[Arg([2, -1])], inputs=lambda tu: (tu.randn(2, 0),))
def zero_size_roll_dynamic(x):
    return torch.roll(x, 3, 1)


@e2e_test(args=[Arg([0, 3])], inputs=lambda tu: (tu.randn(0, 3),))
def zero_size_roll_flat(x):
    return torch.roll(x, 2)


# A zero-size piece (the fuzzer's unsafe_split_with_sizes of [0, 4]).
@e2e_test(args=[Arg([3, 4])], inputs=lambda tu: (tu.randn(3, 4),))
def zero_size_split_with_sizes(x):
    a, b = torch.split(x, [0, 4], 1)
    return a, b


@e2e_test(args=[Arg([-1, 4])], inputs=lambda tu: (tu.randn(3, 4),))
def zero_size_split_with_sizes_dynamic(x):
    a, b, c = torch.split(x, [2, 0, 2], 1)
    return a, b, c


# A head dim of 0: every score is 0 (torch scales q and k, not the scores),
# the output the mean of v.
@e2e_test(args=[Arg([2, 3, 0]), Arg([2, 4, 0]), Arg([2, 4, 5])],
          inputs=lambda tu: (tu.randn(2, 3, 0), tu.randn(2, 4, 0), tu.randn(2, 4, 5)))
def zero_size_attention_head_dim(q, k, v):
    return F.scaled_dot_product_attention(q, k, v)
