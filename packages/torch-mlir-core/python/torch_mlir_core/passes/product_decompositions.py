"""Decompositions, applied before FX import (missing_op_decompositions), of
products torch._decomp has none for:

* `_trilinear` (what `nn.functional.bilinear` exports to): each input
  unsqueezed at its `expand` dims to the common rank, the broadcast product
  summed over `sumdim` (the CPU kernel's pairwise sum-products, in another
  order: equal up to float rounding);
* `_int_mm`: the int8 matrix product accumulated in int32, as
  `mm` of the operands widened to int32 (int32 wraps alike).
"""

from __future__ import annotations

import torch

aten = torch.ops.aten


def trilinear(i1, i2, i3, expand1, expand2, expand3, sumdim, unroll_dim: int = 1):
    def unsqueezed(x, dims):
        for d in sorted(dims):
            x = x.unsqueeze(d)
        return x

    product = unsqueezed(i1, expand1) * unsqueezed(i2, expand2) * unsqueezed(i3, expand3)
    return product.sum(list(sumdim)) if sumdim else product


def int_mm(a, b):
    if a.dtype != torch.int8 or b.dtype != torch.int8:
        raise NotImplementedError(f"aten._int_mm on {a.dtype} x {b.dtype} (torch takes int8)")
    return torch.mm(a.to(torch.int32), b.to(torch.int32))


def product_decompositions() -> dict:
    """OpOverload -> decomposition, for the pre-import table."""
    return {aten._trilinear.default: trilinear, aten._int_mm.default: int_mm}
