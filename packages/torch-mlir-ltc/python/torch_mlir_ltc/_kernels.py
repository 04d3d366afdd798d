"""Lazy kernels from torch's decompositions.

torch 2.13's LTC (TorchScript backend) has lazy kernels for a fixed set of
ops and runs every other op eagerly (computing its inputs first). For the
ops torch decomposes into ATen ops (`torch._decomp.decompositions`), the
decomposition itself, registered as the op's "Lazy" kernel, runs on the lazy
tensors, so LTC records the ops it decomposes into and the step stays one
graph. (The decompositions written as references over prims cannot run on
lazy tensors: prims compute their metadata eagerly on the device.)

`lerp` is Adam's moment update and has only a prims reference: its kernel
here is the formula of torch's CPU kernel (`weight < 0.5`: `self + weight *
(end - self)`, else `end - (end - self) * (1 - weight)`). Likewise the
functional `copy` (an assignment into a view) and the `*_copy` forms of
`split` and `unbind`, from their definitions (with `slice_copy` and
`select_copy`: a kernel below functionalization cannot use views).

Only functional, non-view ops without a lazy or composite kernel get one.
"""

from __future__ import annotations

import torch

aten = torch.ops.aten
_KEYS = ("Lazy", "CompositeExplicitAutograd", "CompositeImplicitAutograd")


def _lerp_scalar(self, end, weight):
    if abs(weight) < 0.5:
        return self + weight * (end - self)
    return end - (end - self) * (1 - weight)


def _lerp_tensor(self, end, weight):
    diff = end - self
    return torch.where(weight.abs() < 0.5, self + weight * diff, end - diff * (1 - weight))


def _copy(self, src, non_blocking=False):
    """The functional copy_ (`x[i] = y` on a view): src in self's shape,
    dtype and device."""
    return aten.expand_copy.default(src.to(device=self.device, dtype=self.dtype),
                                    list(self.shape))


def _split_with_sizes_copy(self, split_sizes, dim=0):
    starts = [sum(split_sizes[:i]) for i in range(len(split_sizes))]
    return [aten.slice_copy.Tensor(self, dim, start, start + size)
            for start, size in zip(starts, split_sizes)]


def _split_copy(self, split_size, dim=0):
    size = self.shape[dim]
    sizes = [split_size] * (size // split_size) + ([size % split_size] if size % split_size
                                                    else [])
    return _split_with_sizes_copy(self, sizes or [0], dim)


def _unbind_copy(self, dim=0):
    return [aten.select_copy.int(self, dim, i) for i in range(self.shape[dim])]


# Ops LTC's functionalization produces whose decompositions are prims
# references (see the module docstring): written from their definitions.
_OWN = {aten.lerp.Scalar: _lerp_scalar, aten.lerp.Tensor: _lerp_tensor,
        aten.copy.default: _copy, aten.split_copy.Tensor: _split_copy,
        aten.split_with_sizes_copy.default: _split_with_sizes_copy,
        aten.unbind_copy.int: _unbind_copy}


def _needs_kernel(op: torch._ops.OpOverload) -> bool:
    if op.namespace != "aten" or op._schema.is_mutable:
        return False
    if any(r.alias_info is not None for r in op._schema.returns):
        return False  # views: functionalization gives LTC their *_copy forms
    name = op.name()
    return not any(torch._C._dispatch_has_kernel_for_dispatch_key(name, k) for k in _KEYS)


def register() -> tuple[torch.library.Library, list[str]]:
    """Registers the kernels; returns the library holding them (they exist
    as long as it does) and the names of the ops."""
    from torch._decomp import decomposition_table

    kernels = {op: fn for op, fn in decomposition_table.items()
               if getattr(fn, "__module__", "") == "torch._decomp.decompositions"}
    kernels.update(_OWN)
    lib = torch.library.Library("aten", "IMPL")
    names = []
    for op, fn in kernels.items():
        if isinstance(op, torch._ops.OpOverload) and _needs_kernel(op):
            lib.impl(op, fn, "Lazy")
            names.append(str(op))
    return lib, sorted(names)


_LIBRARY: torch.library.Library | None = None


def ensure_registered() -> None:
    global _LIBRARY
    if _LIBRARY is None:
        _LIBRARY, _ = register()


def unregister() -> None:
    global _LIBRARY
    if _LIBRARY is not None:
        _LIBRARY._destroy()
        _LIBRARY = None
