"""Indexing: advanced indexing with index tensors (aten.index.Tensor: one or
several index tensors, broadcast indices, slices before/between, negative
indices), index_put (x[idx] = v out of place, accumulate=True), gather,
scatter/scatter_add/scatter_reduce, index_select/index_add/index_fill,
embedding (padding_idx), masked_fill, take_along_dim, where with boolean masks;
static and dynamic dims.

Indices for writes without accumulation are permutations (argsort of distinct
random values), so no position is written twice and the result is defined."""

import torch
import torch.nn.functional as F

from torch_mlir_e2e.registry import F64, I64, I32, BOOL, Arg, e2e_test


def _perm(tu, n, k=None, rows=None):
    """Distinct indices in [0, n): a permutation (prefix of length k); with
    rows, one independent permutation per row (shape [rows, k])."""
    if rows is None:
        return tu.rand(n).argsort()[: k or n]
    return tu.rand(rows, n).argsort(dim=1)[:, : k or n].contiguous()


# ---------------------------------------------------------------- x[idx] (aten.index.Tensor)


@e2e_test(args=[Arg([5, 3]), Arg([4], I64)],
          inputs=lambda tu: (tu.rand(5, 3), tu.randint(4, high=5)))
def index_tensor_dim0(x, i):
    return x[i]


@e2e_test(args=[Arg([6]), Arg([2, 3], I64)],
          inputs=lambda tu: (tu.rand(6), tu.randint(2, 3, high=6)))
def index_tensor_2d_index_into_1d(x, i):
    return x[i]


@e2e_test(args=[Arg([5, 4]), Arg([3], I64)],
          inputs=lambda tu: (tu.rand(5, 4), torch.tensor([-1, 0, -5])))
def index_tensor_negative_indices(x, i):
    return x[i]


@e2e_test(args=[Arg([4, 5]), Arg([3], I64), Arg([3], I64)],
          inputs=lambda tu: (tu.rand(4, 5), tu.randint(3, high=4), tu.randint(3, high=5)))
def index_tensor_two_indices(x, i, j):
    return x[i, j]


@e2e_test(args=[Arg([4, 5]), Arg([3], I64), Arg([2], I64)],
          inputs=lambda tu: (tu.rand(4, 5), tu.randint(3, high=4), tu.randint(2, high=5)))
def index_tensor_broadcast_indices(x, i, j):
    return x[i[:, None], j[None, :]]


@e2e_test(args=[Arg([3, 6, 2]), Arg([4], I64)],
          inputs=lambda tu: (tu.rand(3, 6, 2), tu.randint(4, high=6)))
def index_tensor_slice_before(x, i):
    return x[:, i]


@e2e_test(args=[Arg([2, 4, 5, 3]), Arg([2, 3], I64), Arg([2, 3], I64)],
          inputs=lambda tu: (tu.rand(2, 4, 5, 3), tu.randint(2, 3, high=4),
                             tu.randint(2, 3, high=5)))
def index_tensor_slice_before_adjacent_pair(x, i, j):
    return x[:, i, j]


@e2e_test(args=[Arg([4, 3, 5]), Arg([2], I64), Arg([2], I64)],
          inputs=lambda tu: (tu.rand(4, 3, 5), tu.randint(2, high=4), tu.randint(2, high=5)))
def index_tensor_non_adjacent(x, i, j):
    # advanced indices separated by a slice: the indexed dims go first
    return x[i, :, j]


@e2e_test(args=[Arg([4, 6]), Arg([3], I64)],
          inputs=lambda tu: (tu.rand(4, 6), tu.randint(3, high=4)))
def index_tensor_with_sliced_other_dim(x, i):
    return x[i, 1:5:2]


@e2e_test(args=[Arg([-1, 4]), Arg([-1], I64)],
          inputs=lambda tu: (tu.rand(6, 4), tu.randint(5, high=6)))
def index_tensor_dynamic(x, i):
    return x[i]


@e2e_test(args=[Arg([3, -1]), Arg([-1], I64)],
          inputs=lambda tu: (tu.rand(3, 7), tu.randint(4, high=7)))
def index_tensor_dynamic_slice_before(x, i):
    return x[:, i]


@e2e_test(args=[Arg([5, 3], I64), Arg([4], I32)],
          inputs=lambda tu: (tu.randint(5, 3, high=100), tu.randint(4, high=5, dtype=I32)))
def index_tensor_int64_values_int32_index(x, i):
    return x[i]


@e2e_test(args=[Arg([4, 3])], inputs=lambda tu: (tu.rand(4, 3),))
def index_tensor_constant_index(x):
    return x[torch.tensor([3, 0, 0, 2])]


# ---------------------------------------------------------------- index_put


@e2e_test(args=[Arg([6, 3]), Arg([4], I64), Arg([4, 3])],
          inputs=lambda tu: (tu.rand(6, 3), _perm(tu, 6, 4), tu.rand(4, 3)))
def index_put_rows(x, i, v):
    y = x.clone()
    y[i] = v
    return y


@e2e_test(args=[Arg([5, 4]), Arg([3], I64), Arg([3], I64), Arg([3])],
          inputs=lambda tu: (tu.rand(5, 4), torch.tensor([0, 2, 4]), torch.tensor([3, 1, 1]),
                             tu.rand(3)))
def index_put_two_indices(x, i, j, v):
    y = x.clone()
    y[i, j] = v
    return y


@e2e_test(args=[Arg([5, 4]), Arg([3], I64)],
          inputs=lambda tu: (tu.rand(5, 4), _perm(tu, 5, 3)))
def index_put_scalar_broadcast(x, i):
    y = x.clone()
    y[i] = -2.0
    return y


@e2e_test(args=[Arg([3, 6]), Arg([4], I64), Arg([4])],
          inputs=lambda tu: (tu.rand(3, 6), _perm(tu, 6, 4), tu.rand(4)))
def index_put_slice_before_broadcast_value(x, i, v):
    y = x.clone()
    y[:, i] = v
    return y


@e2e_test(args=[Arg([5]), Arg([7], I64), Arg([7])],
          inputs=lambda tu: (tu.rand(5), torch.tensor([0, 3, 3, 1, 3, 0, 4]), tu.rand(7)))
def index_put_accumulate_duplicates(x, i, v):
    return torch.index_put(x, (i,), v, accumulate=True)


@e2e_test(args=[Arg([4, 3], I64), Arg([6], I64), Arg([6, 3], I64)],
          inputs=lambda tu: (tu.randint(4, 3), tu.randint(6, high=4), tu.randint(6, 3)))
def index_put_accumulate_int64_rows(x, i, v):
    return x.index_put((i,), v, accumulate=True)


@e2e_test(args=[Arg([-1, 3]), Arg([-1], I64), Arg([-1, 3])],
          inputs=lambda tu: (tu.rand(6, 3), tu.randint(4, high=6), tu.rand(4, 3)))
def index_put_accumulate_dynamic(x, i, v):
    return torch.index_put(x, (i,), v, accumulate=True)


@e2e_test(args=[Arg([-1, 4]), Arg([3], I64), Arg([3, 4])],
          inputs=lambda tu: (tu.rand(5, 4), _perm(tu, 5, 3), tu.rand(3, 4)))
def index_put_dynamic(x, i, v):
    return torch.index_put(x, (i,), v)


# ---------------------------------------------------------------- gather / take_along_dim


@e2e_test(args=[Arg([3, 5]), Arg([3, 4], I64)],
          inputs=lambda tu: (tu.rand(3, 5), tu.randint(3, 4, high=5)))
def index_gather_dim1(x, i):
    return torch.gather(x, 1, i)


@e2e_test(args=[Arg([4, 3]), Arg([2, 3], I64)],
          inputs=lambda tu: (tu.rand(4, 3), tu.randint(2, 3, high=4)))
def index_gather_dim0(x, i):
    return x.gather(0, i)


@e2e_test(args=[Arg([2, 4, 3]), Arg([2, 2, 3], I64)],
          inputs=lambda tu: (tu.rand(2, 4, 3), tu.randint(2, 2, 3, high=4)))
def index_gather_3d_middle_smaller_index(x, i):
    return torch.gather(x, 1, i)


@e2e_test(args=[Arg([-1, 6]), Arg([-1, 2], I64)],
          inputs=lambda tu: (tu.rand(4, 6), tu.randint(4, 2, high=6)))
def index_gather_dynamic(x, i):
    return torch.gather(x, 1, i)


@e2e_test(args=[Arg([3, 5])], inputs=lambda tu: (tu.rand(3, 5),))
def index_take_along_dim_sort(x):
    i = x.argsort(dim=1, descending=True)
    return torch.take_along_dim(x, i, dim=1)


@e2e_test(args=[Arg([4, 3]), Arg([1, 3], I64)],
          inputs=lambda tu: (tu.rand(4, 3), tu.randint(1, 3, high=4)))
def index_take_along_dim_broadcast(x, i):
    return torch.take_along_dim(x, i, dim=0)


# ---------------------------------------------------------------- scatter family


@e2e_test(args=[Arg([3, 5]), Arg([3, 3], I64), Arg([3, 3])],
          inputs=lambda tu: (tu.rand(3, 5), _perm(tu, 5, 3, rows=3), tu.rand(3, 3)))
def index_scatter_src_dim1(x, i, src):
    return torch.scatter(x, 1, i, src)


@e2e_test(args=[Arg([4, 3]), Arg([2, 3], I64), Arg([2, 3])],
          inputs=lambda tu: (tu.rand(4, 3), _perm(tu, 4, 2, rows=3).t().contiguous(),
                             tu.rand(2, 3)))
def index_scatter_src_dim0(x, i, src):
    return x.scatter(0, i, src)


@e2e_test(args=[Arg([3, 6]), Arg([3, 2], I64)],
          inputs=lambda tu: (tu.rand(3, 6), _perm(tu, 6, 2, rows=3)))
def index_scatter_value(x, i):
    return x.scatter(1, i, 5.0)


@e2e_test(args=[Arg([-1, 5]), Arg([-1, 2], I64), Arg([-1, 2])],
          inputs=lambda tu: (tu.rand(3, 5), _perm(tu, 5, 2, rows=3), tu.rand(3, 2)))
def index_scatter_dynamic(x, i, src):
    return torch.scatter(x, 1, i, src)


@e2e_test(args=[Arg([3, 4]), Arg([3, 6], I64), Arg([3, 6])],
          inputs=lambda tu: (tu.rand(3, 4), tu.randint(3, 6, high=4), tu.rand(3, 6)))
def index_scatter_add_duplicates(x, i, src):
    return torch.scatter_add(x, 1, i, src)


@e2e_test(args=[Arg([5], I64), Arg([8], I64), Arg([8], I64)],
          inputs=lambda tu: (tu.randint(5), tu.randint(8, high=5), tu.randint(8)))
def index_scatter_add_int64(x, i, src):
    return x.scatter_add(0, i, src)


@e2e_test(args=[Arg([3, 4]), Arg([3, 6], I64), Arg([3, 6])],
          inputs=lambda tu: (tu.rand(3, 4), tu.randint(3, 6, high=4), tu.rand(3, 6)))
def index_scatter_reduce_amax(x, i, src):
    return x.scatter_reduce(1, i, src, reduce="amax", include_self=True)


@e2e_test(args=[Arg([4]), Arg([6], I64), Arg([6])],
          inputs=lambda tu: (tu.rand(4), tu.randint(6, high=4), tu.rand(6)))
def index_scatter_reduce_sum_exclude_self(x, i, src):
    return x.scatter_reduce(0, i, src, reduce="sum", include_self=False)


# ------------------------------------------------ index_select / index_add / index_fill


@e2e_test(args=[Arg([5, 3]), Arg([4], I64)],
          inputs=lambda tu: (tu.rand(5, 3), tu.randint(4, high=5)))
def index_select_dim0(x, i):
    return torch.index_select(x, 0, i)


@e2e_test(args=[Arg([2, 6, 3]), Arg([3], I64)],
          inputs=lambda tu: (tu.rand(2, 6, 3), tu.randint(3, high=6)))
def index_select_dim1(x, i):
    return x.index_select(1, i)


@e2e_test(args=[Arg([-1, 4]), Arg([-1], I64)],
          inputs=lambda tu: (tu.rand(3, 4), tu.randint(5, high=4)))
def index_select_dynamic(x, i):
    return x.index_select(-1, i)


@e2e_test(args=[Arg([4, 3], F64), Arg([2], I32)],
          inputs=lambda tu: (tu.rand(4, 3, dtype=F64), tu.randint(2, high=4, dtype=I32)))
def index_select_f64_int32_index(x, i):
    return torch.index_select(x, 0, i)


@e2e_test(args=[Arg([5, 3]), Arg([4], I64), Arg([4, 3])],
          inputs=lambda tu: (tu.rand(5, 3), torch.tensor([1, 4, 1, 0]), tu.rand(4, 3)))
def index_add_duplicates_alpha(x, i, src):
    return x.index_add(0, i, src, alpha=2.0)


@e2e_test(args=[Arg([3, 5]), Arg([2], I64)],
          inputs=lambda tu: (tu.rand(3, 5), _perm(tu, 5, 2)))
def index_fill(x, i):
    return x.index_fill(1, i, -1.0)


# ---------------------------------------------------------------- embedding


@e2e_test(args=[Arg([2, 5], I64)], inputs=lambda tu: (tu.randint(2, 5, high=10),))
class index_embedding_module(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = torch.nn.Embedding(10, 4)

    def forward(self, ids):
        return self.emb(ids)


@e2e_test(args=[Arg([-1, -1], I64)], inputs=lambda tu: (tu.randint(3, 4, high=8),))
class index_embedding_padding_idx_dynamic(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = torch.nn.Embedding(8, 6, padding_idx=0)

    def forward(self, ids):
        return self.emb(ids)


@e2e_test(args=[Arg([7, 3]), Arg([4], I64)],
          inputs=lambda tu: (tu.rand(7, 3), tu.randint(4, high=7)))
def index_embedding_functional(w, ids):
    return F.embedding(ids, w)


@e2e_test(args=[Arg([6], I32)], inputs=lambda tu: (tu.randint(6, high=5, dtype=I32),))
class index_embedding_int32_ids(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = torch.nn.Embedding(5, 3, padding_idx=2)

    def forward(self, ids):
        return self.emb(ids)


# ---------------------------------------------------------------- masked_fill / where


@e2e_test(args=[Arg([3, 4]), Arg([3, 4], BOOL)],
          inputs=lambda tu: (tu.rand(3, 4), tu.randbool(3, 4)))
def index_masked_fill_scalar(x, m):
    return x.masked_fill(m, -3.5)


@e2e_test(args=[Arg([2, 3, 4]), Arg([3, 1], BOOL)],
          inputs=lambda tu: (tu.rand(2, 3, 4), torch.tensor([[True], [False], [True]])))
def index_masked_fill_broadcast_mask(x, m):
    return torch.masked_fill(x, m, 0.0)


@e2e_test(args=[Arg([-1, 4]), Arg([-1, 4], BOOL)],
          inputs=lambda tu: (tu.rand(3, 4), tu.randbool(3, 4)))
def index_masked_fill_dynamic_neg_inf(x, m):
    return x.masked_fill(m, float("-inf"))


@e2e_test(args=[Arg([3, 4], I64), Arg([3, 4], BOOL)],
          inputs=lambda tu: (tu.randint(3, 4), tu.randbool(3, 4)))
def index_masked_fill_int64(x, m):
    return x.masked_fill(m, 42)


@e2e_test(args=[Arg([4, 3]), Arg([4, 3], BOOL)],
          inputs=lambda tu: (tu.rand(4, 3), tu.randbool(4, 3)))
def index_masked_fill_tensor_value(x, m):
    return x.masked_fill(m, x.amax())


@e2e_test(args=[Arg([3, 4]), Arg([3, 4]), Arg([3, 4], BOOL)],
          inputs=lambda tu: (tu.rand(3, 4), tu.rand(3, 4), tu.randbool(3, 4)))
def index_where_bool_mask(x, y, m):
    return torch.where(m, x, y)


@e2e_test(args=[Arg([-1, 5])], inputs=lambda tu: (tu.randn(4, 5),))
def index_where_computed_mask_scalar_dynamic(x):
    return torch.where(x > 0.2, x, 0.0)


@e2e_test(args=[Arg([4, 1]), Arg([3]), Arg([4, 3], BOOL)],
          inputs=lambda tu: (tu.rand(4, 1), tu.rand(3), tu.randbool(4, 3)))
def index_where_broadcast(x, y, m):
    return torch.where(m, x, y)


@e2e_test(args=[Arg([3, 5]), Arg([3, 5], BOOL)],
          inputs=lambda tu: (tu.randn(3, 5), tu.randbool(3, 5)))
def index_boolean_mask_multiply(x, m):
    # the static-shape replacement for masked_select: zero out, then reduce
    return (x * m).sum(1), m.sum(1)
