"""Decompositions `torch-decompose` uses beyond core ATen's table, for ops
the dialect defines but no linalg rule lowers:

* entries of torch's full decomposition table (not in the core-ATen one)
  whose result matches the CPU kernel: bilinear upsampling (align_corners,
  scale factors), `grid_sampler_2d` (every mode and padding mode);
* ours, following the CPU kernels: `_cdist_forward` (p-norms of the
  pairwise differences: p = 0 counts the nonzero ones, inf takes the
  largest; p = 2 through a matrix product, as the kernel does, when
  compute_mode asks for it or, by default, with more than 25 rows),
  `_pdist_forward` (the rows i < j of the same, in row-major order),
  `masked_scatter` (the source's elements taken in order through a cumsum
  of the mask), `diagonal_scatter` (a `where` on the diagonal's positions
  of a gather of the source; torch's own decomposition traces back to the
  op) and `as_strided_scatter` (an index_put at the strided positions of
  the flattened input; torch's goes to a prims op);
* `indexed_decompositions`: index_reduce, put, nonzero_static,
  segment_reduce.

Like the others they are traced with make_fx on fake tensors of the op's
static shapes, so an op with a dynamic shape is left to the lowering, which
reports it.
"""

from __future__ import annotations

import torch

aten = torch.ops.aten


def _pnorm(diff, p: float):
    """The p-norm over the last dim of the differences `diff`."""
    a = diff.abs()
    if p == 0:
        return (a != 0).to(diff.dtype).sum(-1)
    if p == float("inf"):
        return a.amax(-1)
    if p == 1:
        return a.sum(-1)
    if p == 2:
        return (a * a).sum(-1).sqrt()
    return a.pow(p).sum(-1).pow(1.0 / p)


def _euclidean_mm(x1, x2):
    """The CPU kernel's matrix-product path for p = 2: |a|^2 - 2 a.b + |b|^2."""
    n1 = x1.pow(2).sum(-1, keepdim=True)
    n2 = x2.pow(2).sum(-1, keepdim=True)
    a = torch.cat([-2 * x1, n1, torch.ones_like(n1)], -1)
    b = torch.cat([x2, torch.ones_like(n2), n2], -1)
    return a.matmul(b.transpose(-2, -1)).clamp_min(0).sqrt()


def cdist_forward(x1, x2, p: float, compute_mode=None):
    if p < 0:
        raise NotImplementedError("cdist with a negative p (torch raises)")
    r1, r2 = x1.shape[-2], x2.shape[-2]
    if x1.numel() == 0 or x2.numel() == 0:  # no distances, or sums of nothing
        batch = torch.broadcast_shapes(x1.shape[:-2], x2.shape[:-2])
        return x1.new_zeros((*batch, r1, r2))
    if p == 2 and (compute_mode == 1 or (compute_mode in (None, 0) and (r1 > 25 or r2 > 25))):
        batch = torch.broadcast_shapes(x1.shape[:-2], x2.shape[:-2])
        x1 = x1.expand(*batch, *x1.shape[-2:])
        x2 = x2.expand(*batch, *x2.shape[-2:])
        return _euclidean_mm(x1, x2)
    return _pnorm(x1.unsqueeze(-2) - x2.unsqueeze(-3), p)


def pdist_forward(x, p: float = 2.0):
    if p < 0:
        raise NotImplementedError("pdist with a negative p (torch raises)")
    rows = x.shape[0]
    first = [i for i in range(rows) for _ in range(i + 1, rows)]
    second = [j for i in range(rows) for j in range(i + 1, rows)]
    if not first or x.shape[1] == 0:
        return x.new_zeros((len(first),))
    a = x.index_select(0, torch.tensor(first))
    b = x.index_select(0, torch.tensor(second))
    return _pnorm(a - b, p)


def masked_scatter(self, mask, source):
    shape = torch.broadcast_shapes(self.shape, mask.shape)
    self, mask = self.expand(shape), mask.expand(shape)
    flat = mask.reshape(-1)
    position = (flat.to(torch.int64).cumsum(0) - 1).clamp_min(0)
    # More set elements than the source has: the index_select's run-time
    # check fails, as torch raises.
    taken = source.reshape(-1).index_select(0, position)
    return torch.where(mask, taken.reshape(shape), self)


def diagonal_scatter(self, src, offset: int = 0, dim1: int = 0, dim2: int = 1):
    x = self.movedim((dim1, dim2), (-2, -1))  # (..., A, B)
    rows, cols = x.shape[-2], x.shape[-1]
    length = src.shape[-1]
    if length == 0:
        return self.clone()
    i = torch.arange(rows).unsqueeze(1)
    j = torch.arange(cols).unsqueeze(0)
    on = (j - i) == offset
    # Position along the diagonal of (i, j): i, less the rows it skips.
    k = (i - max(0, -offset)).clamp(0, length - 1).expand(rows, cols)
    lead = list(x.shape[:-2])
    gathered = src.unsqueeze(-2).expand(*lead, rows, length).gather(
        -1, k.expand(*lead, rows, cols))
    return torch.where(on, gathered, x).movedim((-2, -1), (dim1, dim2))


def as_strided_scatter(self, src, size, stride, storage_offset=None):
    position = torch.full((), storage_offset or 0, dtype=torch.int64)
    for d, (n, st) in enumerate(zip(size, stride)):
        shape = [1] * len(size)
        shape[d] = n
        position = position + torch.arange(n).reshape(shape) * st
    position = position.expand(list(size)).reshape(-1)
    flat = self.reshape(-1).index_put((position,), src.reshape(-1))
    return flat.reshape(self.shape)


def extra_decompositions() -> dict:
    """OpOverload -> decomposition, for `torch-decompose`'s table."""
    from torch._decomp import decomposition_table

    table = {op: decomposition_table[op] for op in (
        aten.upsample_bilinear2d.default,
        aten.upsample_bilinear2d.vec,
        aten.grid_sampler_2d.default,
    ) if op in decomposition_table}
    table[aten._cdist_forward.default] = cdist_forward
    table[aten._pdist_forward.default] = pdist_forward
    table[aten.masked_scatter.default] = masked_scatter
    table[aten.diagonal_scatter.default] = diagonal_scatter
    table[aten.as_strided_scatter.default] = as_strided_scatter
    from .indexed_decompositions import indexed_decompositions
    table.update(indexed_decompositions())
    return table
