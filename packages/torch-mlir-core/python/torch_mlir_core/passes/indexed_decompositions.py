"""Decompositions of indexed reductions and flat-index ops into ops with
linalg rules, following the CPU kernels (torch._decomp has none of them):

* `index_reduce`: scatter_reduce with the index broadcast along the
  source (the same include_self, mean counts and floor division of
  integers, NaN-propagating amax/amin, sequential order);
* `put`: index_put on the flattened input (negative indices wrap; the
  last of duplicate indices wins unless accumulating);
* `nonzero_static`: the row-major coordinates of the first `size` nonzero
  elements (a one-hot of the running count of nonzeros), then fill_value;
* `segment_reduce` (lengths or offsets, any axis, `initial`): a masked
  reduction per segment, a sum of lengths other than the axis's size (or a
  negative length) failing index_select's run-time check, as torch raises.

Traced with make_fx at the op's static shapes, like the others.
"""

from __future__ import annotations

import torch

aten = torch.ops.aten


def index_reduce(self, dim: int, index, source, reduce: str, include_self: bool = True):
    if self.dim() == 0:
        return index_reduce(self.reshape(1), 0, index.reshape(-1), source.reshape(1), reduce,
                            include_self).reshape(())
    dim = dim % self.dim()
    shape = [1] * source.dim()
    shape[dim] = -1
    idx = index.reshape(shape).expand(source.shape)
    return self.scatter_reduce(dim, idx, source, reduce, include_self=include_self)


def put(self, index, source, accumulate: bool = False):
    flat = self.reshape(-1)
    return flat.index_put((index.reshape(-1),), source.reshape(-1), accumulate).reshape(
        self.shape)


def nonzero_static(self, *, size: int, fill_value: int = -1):
    rank = self.dim()
    flat = (self != 0).reshape(-1)
    count = flat.numel()
    if size == 0 or count == 0:
        return torch.full((size, rank), fill_value, dtype=torch.int64)
    order = flat.to(torch.int64).cumsum(0) - 1
    hit = (order.unsqueeze(0) == torch.arange(size).unsqueeze(1)) & flat.unsqueeze(0)
    found = hit.any(1, keepdim=True)
    at = (hit.to(torch.int64) * torch.arange(count)).sum(1, keepdim=True)  # (size, 1)
    coords, stride = [], count
    for n in self.shape:
        stride //= n
        coords.append((at // stride) % n)
    out = torch.cat(coords, 1) if coords else at[:, :0]
    return torch.where(found, out, torch.full_like(out, fill_value))


_INITIAL = {"sum": 0.0, "mean": 0.0, "prod": 1.0, "max": float("-inf"), "min": float("inf")}


def _check_lengths(lengths, total: int) -> None:
    """A run-time failure (index_select of index 1 in 1 element) when the
    lengths are negative or do not add up to the axis's size."""
    bad = (lengths < 0).any() | (lengths.sum(-1) != total).any()
    torch.zeros(1).index_select(0, bad.to(torch.int64).reshape(1))


def segment_reduce(data, reduce: str, *, lengths=None, indices=None, offsets=None,
                   axis: int = 0, unsafe: bool = False, initial=None):
    if indices is not None or reduce not in _INITIAL:
        raise NotImplementedError(f"segment_reduce with indices or reduce '{reduce}'")
    if not data.is_floating_point():
        raise NotImplementedError(f"segment_reduce of {data.dtype}")
    axis = axis % data.dim()
    size = data.shape[axis]
    if lengths is not None:
        if not unsafe:
            _check_lengths(lengths, size)
        ends = lengths.cumsum(-1)
        starts = ends - lengths
    else:
        starts, ends = offsets[..., :-1], offsets[..., 1:]
        lengths = ends - starts
    trail = [1] * (data.dim() - axis - 1)
    j = torch.arange(size)
    member = (starts.unsqueeze(-1) <= j) & (j < ends.unsqueeze(-1))  # lead + (S, N)
    member = member.reshape(*member.shape, *trail)
    x = data.unsqueeze(axis)  # lead + (1, N) + trail
    init = _INITIAL[reduce] if initial is None else float(initial)
    fill = {"sum": 0.0, "mean": 0.0, "prod": 1.0}.get(reduce, _INITIAL[reduce])
    masked = torch.where(member, x, torch.full((), fill, dtype=data.dtype))
    lengths = lengths.reshape(*lengths.shape, *trail)
    if reduce in ("sum", "mean"):
        out = masked.sum(axis + 1) + init
    elif reduce == "prod":
        out = masked.prod(axis + 1) * init
    else:
        red = masked.amax(axis + 1) if reduce == "max" else masked.amin(axis + 1)
        out = (torch.maximum if reduce == "max" else torch.minimum)(
            red, torch.full((), init, dtype=data.dtype))
    if reduce == "mean":
        empty = init if initial is not None else float("nan")
        out = torch.where(lengths > 0, out / lengths.clamp_min(1).to(data.dtype),
                          torch.full((), empty, dtype=data.dtype))
    return out


def indexed_decompositions() -> dict:
    return {
        aten.index_reduce.default: index_reduce,
        aten.put.default: put,
        aten.nonzero_static.default: nonzero_static,
        aten.segment_reduce.default: segment_reduce,
    }
