"""`_embedding_bag` and `_embedding_bag_forward_only` (what
`nn.EmbeddingBag` / `F.embedding_bag` export to), decomposed before FX import
(missing_op_decompositions) into a row gather and a per-bag scatter
reduction; torch._decomp has no entry for either.

The bags: `offsets` (1-D indices; 2-D input is flattened by
`F.embedding_bag` before the op) starts bag b at offsets[b]; with
`include_last_offset` the last offset only ends the last bag. Entries equal to
`padding_idx` contribute nothing and are not counted. An empty bag gives 0
in every mode. Offsets eager rejects (a first offset that is not 0, a last
one past the end of `indices`) are a run-time index error.

The three auxiliary results follow the CPU kernel, quirks included, so a
graph that reads them gets eager's values:

* offset2bag: the bag of every index entry; empty (0 elements) in sum mode
  without a padding index;
* bag_size: the number of counted entries of each bag (mean, max); zeros in
  sum mode, with one entry per offset for `_embedding_bag_forward_only` with
  `include_last_offset` (one per bag otherwise);
* max_indices: in max mode the weight row each maximum came from (the first
  entry of the bag that reaches it), 0 for an empty bag; bag_size in mean
  mode; zeros like bag_size in sum mode.
"""

from __future__ import annotations

import torch

aten = torch.ops.aten

_SUM, _MEAN, _MAX = 0, 1, 2


def _bags(indices, offsets, include_last_offset: bool):
    """(number of bags, the bag of each entry)."""
    starts = offsets[:-1] if include_last_offset else offsets
    entry = torch.arange(indices.shape[0], device=indices.device, dtype=offsets.dtype)
    return starts.shape[0], torch.searchsorted(starts, entry, right=True) - 1


def _embedding_bag(weight, indices, offsets, scale_grad_by_freq=False, mode=0, sparse=False,
                   per_sample_weights=None, include_last_offset=False, padding_idx=-1,
                   forward_only=False):
    if indices.dim() != 1 or offsets.dim() != 1:
        raise NotImplementedError("_embedding_bag with indices that are not 1-D and offsets")
    if per_sample_weights is not None and mode != _SUM:
        raise NotImplementedError("_embedding_bag: per_sample_weights need mode sum (torch's rule)")
    num_bags, bag = _bags(indices, offsets, include_last_offset)
    if indices.shape[0] != 0 and offsets.shape[0] != 0:
        # Offsets eager rejects (the first not 0, the last past the end):
        # every entry's bag goes out of range, so the compiled scatter's
        # run-time index check raises instead of returning a value.
        bad = (offsets[0] != 0) | (offsets[-1] > indices.shape[0])
        bag = torch.where(bad, num_bags, bag)
    kept = (indices != padding_idx if padding_idx >= 0
            else torch.ones_like(indices, dtype=torch.bool))
    counted = kept
    if include_last_offset:
        # Entries from the last offset on add nothing, yet count in the last
        # bag's size (and so divide its mean), as on CPU.
        counted = kept & (torch.arange(indices.shape[0], device=indices.device) < offsets[-1])
    rows = weight.index_select(0, indices)
    if per_sample_weights is not None:
        rows = rows * per_sample_weights.unsqueeze(1).to(rows.dtype)
    rows = torch.where(counted.unsqueeze(1), rows, torch.zeros_like(rows))
    count = torch.zeros(num_bags, dtype=indices.dtype, device=indices.device).index_add(
        0, bag, kept.to(indices.dtype))
    zeros = weight.new_zeros(num_bags, weight.shape[1])
    if mode == _MAX:
        lowest = torch.full_like(rows, torch.finfo(rows.dtype).min)
        peak = zeros.scatter_reduce(0, bag.unsqueeze(1).expand_as(rows),
                                    torch.where(counted.unsqueeze(1), rows, lowest), "amax",
                                    include_self=False)
        output = torch.where((count > 0).unsqueeze(1), peak, zeros)
        entry = torch.arange(indices.shape[0], device=indices.device).unsqueeze(1)
        hit = counted.unsqueeze(1) & (rows == peak.index_select(0, bag))
        first = torch.full((num_bags, weight.shape[1]), indices.shape[0], dtype=torch.int64,
                           device=indices.device).scatter_reduce(
            0, bag.unsqueeze(1).expand_as(rows).to(torch.int64),
            torch.where(hit, entry, indices.shape[0]), "amin")
        padded = torch.cat([indices, indices.new_zeros(1)])
        max_indices = torch.where((count > 0).unsqueeze(1), padded[first], 0)
    else:
        output = zeros.index_add(0, bag, rows)
        if mode == _MEAN:
            output = output / count.clamp(min=1).unsqueeze(1).to(output.dtype)
    if mode == _SUM:
        sizes = offsets.shape[0] if forward_only and include_last_offset else num_bags
        bag_size = torch.zeros(sizes, dtype=indices.dtype, device=indices.device)
        max_indices = bag_size.clone()
        offset2bag = bag if padding_idx >= 0 else indices.new_zeros(0)
    else:
        bag_size = count
        offset2bag = bag
        if mode == _MEAN:
            max_indices = count.clone()
    return output, offset2bag.to(indices.dtype), bag_size, max_indices.to(indices.dtype)


def _forward_only(*args, **kwargs):
    return _embedding_bag(*args, **kwargs, forward_only=True)


def embedding_bag_decompositions() -> dict:
    """OpOverload -> decomposition, for the pre-import table."""
    return {aten._embedding_bag.default: _embedding_bag,
            aten._embedding_bag_forward_only.default: _forward_only}
