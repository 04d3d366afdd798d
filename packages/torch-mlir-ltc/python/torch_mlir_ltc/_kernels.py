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

Ops LTC has no kernel for and whose decompositions are prims references
(`where`, `all`/`any` over a dim, `amax`/`amin`, `hardtanh`, `clamp_min`/
`clamp_max`, `dot`, `var`/`var_mean`, `isnan`/`isposinf`/`isneginf`,
`sign`, `bitwise_not`, `index.Tensor` with integer indices) get
formulas over ops LTC records, each exact (NaN, infinities, the sign of
zero: `where` fills the other side with -0.0 and adds, as x + -0.0 == x).

Only functional, non-view ops without a lazy or composite kernel get one
(a formula also replaces a CompositeExplicitAutograd kernel; `where.self_out`,
which ATen's composite kernels call, gets one too).
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


def _all_dim(self, dim, keepdim=False):
    # A NaN is nonzero (true), as in all(); uint8 in, uint8 out.
    out = (self == 0).sum(dim, keepdim=keepdim) == 0
    return out.to(torch.uint8) if self.dtype == torch.uint8 else out


def _any_dim(self, dim, keepdim=False):
    out = (self != 0).sum(dim, keepdim=keepdim) > 0
    return out.to(torch.uint8) if self.dtype == torch.uint8 else out


def _reduce_dims(self, dim) -> list[int]:
    dims = list(range(self.dim())) if dim is None or len(dim) == 0 else list(dim)
    return sorted({d % max(self.dim(), 1) for d in dims}, reverse=True)


def _extremum(which: str):
    """amax/amin over several dims: max.dim/min.dim one dim at a time
    (both propagate NaN, as amax/amin do)."""
    def kernel(self, dim=(), keepdim=False):
        out = self
        for d in _reduce_dims(self, dim):  # descending: later dims keep their index
            out = getattr(torch, which)(out, d, keepdim=keepdim).values
        return out
    return kernel


def _amin(self, dim=(), keepdim=False):
    """LTC has max.dim but not min.dim: for floats -amax(-x) (negation is
    exact); integers keep min.dim (-x would overflow at the minimum)."""
    if self.is_floating_point():
        return -_extremum("max")(-self, dim, keepdim)
    return _extremum("min")(self, dim, keepdim)


def _var_and_mean(self, dim=None, correction=None, keepdim=False):
    """Two-pass variance (no loss of precision on a large mean) with
    torch's divisor max(0, N - correction)."""
    dims = _reduce_dims(self, dim)
    n = 1
    for d in dims:
        n *= self.shape[d] if self.dim() else 1
    c = 1 if correction is None else correction
    mean = self.mean(dims, keepdim=True)
    diff = self - mean
    var = (diff * diff).sum(dims, keepdim=keepdim) / max(n - c, 0)
    if not keepdim:
        mean = mean.sum(dims) if dims else mean  # drops the kept size-1 dims
    return var, mean


def _where(condition, self, other):
    """Exact where(): each side with the other's positions filled with -0.0
    (x + -0.0 == x for every x, -0.0, inf and NaN included), then added."""
    dtype = torch.result_type(self, other)
    shape = torch.broadcast_shapes(condition.shape, self.shape, other.shape)
    shape = list(shape)
    # Below functionalization: the *_copy forms of views.
    condition = aten.expand_copy.default(condition, shape)
    fill = -0.0 if dtype.is_floating_point else 0
    ours = aten.expand_copy.default(self.to(dtype), shape).masked_fill(condition == 0, fill)
    theirs = aten.expand_copy.default(other.to(dtype), shape).masked_fill(condition, fill)
    return ours + theirs


def _where_out(condition, self, other, *, out):
    # ATen's composite kernels (sdpa's math path) call the out= form.
    return out.copy_(_where(condition, self, other))


def _index(self, indices):
    """Advanced indexing with integer index tensors as one index_select:
    the indexed dims are moved to the front and flattened, the broadcast
    indices (negative ones wrapped) become linear positions in them, and
    the gathered rows take torch's result layout (the index shape where the
    first indexed dim was when the indexed dims are adjacent, else first)."""
    indices = list(indices) + [None] * (self.dim() - len(indices))
    where = [d for d, i in enumerate(indices) if i is not None]
    if any(indices[d].dtype in (torch.bool, torch.uint8) for d in where):
        raise NotImplementedError(
            "torch_mlir_ltc: indexing with a boolean mask (its result size depends on the "
            "mask's values, which a lazy graph does not know)")
    shape = list(torch.broadcast_shapes(*[indices[d].shape for d in where]))
    rest = [d for d in range(self.dim()) if indices[d] is None]
    sizes = list(self.shape)
    linear = None
    for d in where:
        idx = aten.expand_copy.default(indices[d].to(torch.int64), shape)
        idx = idx + (idx < 0).to(torch.int64) * sizes[d]
        linear = idx if linear is None else linear * sizes[d] + idx
    rows = 1
    for d in where:
        rows *= sizes[d]
    flat = aten.view_copy.default(aten.permute_copy.default(self, where + rest),
                                  [rows] + [sizes[d] for d in rest])
    out = aten.index_select.default(flat, 0, aten.view_copy.default(linear, [-1]))
    out = aten.view_copy.default(out, shape + [sizes[d] for d in rest])
    if where == list(range(where[0], where[-1] + 1)) and where[0] > 0:
        # Adjacent indexed dims: the index dims go where the first one was.
        before, nb = where[0], len(shape)
        perm = list(range(nb, nb + before)) + list(range(nb)) + \
            list(range(nb + before, nb + len(rest)))
        out = aten.permute_copy.default(out, perm)
    return out


def _sign(self):
    # torch.sign(NaN) and sign(-0.0) are 0: so are these comparisons.
    if self.dtype == torch.bool:
        return self.clone()
    return (self > 0).to(self.dtype) - (self < 0).to(self.dtype)


def _bitwise_not(self):
    # Two's complement: ~x == -1 - x, wrapping as the integer type does.
    return self == 0 if self.dtype == torch.bool else -1 - self


def _var(self, dim=None, correction=None, keepdim=False):
    return _var_and_mean(self, dim, correction=correction, keepdim=keepdim)[0]


# Ops LTC has no lazy kernel for and whose decompositions are prims
# references, written from their definitions over ops LTC records (exact:
# no formula here changes a value, NaN and inf included).
_FORMULAS = {
    aten.all.dim: _all_dim, aten.any.dim: _any_dim,
    aten.amax.default: _extremum("max"), aten.amin.default: _amin,
    aten.hardtanh.default: lambda self, min_val=-1.0, max_val=1.0:
        torch.clamp(self, min_val, max_val),
    aten.clamp_max.default: lambda self, max: torch.clamp(self, max=max),
    aten.clamp_min.default: lambda self, min: torch.clamp(self, min=min),
    aten.dot.default: lambda self, tensor: (self * tensor).sum(),
    aten.var.correction: _var, aten.var_mean.correction: _var_and_mean,
    aten.where.self: _where,
    aten.index.Tensor: _index,
    aten.sign.default: _sign,
    aten.bitwise_not.default: _bitwise_not,
    aten.isnan.default: lambda self: self != self,
    aten.isneginf.default: lambda self: self == float("-inf"),
    aten.isposinf.default: lambda self: self == float("inf"),
}

# out= forms that ATen's own composite kernels call.
_OUT_FORMULAS = {aten.where.self_out: _where_out}

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
    # A formula of ours also replaces a CompositeExplicitAutograd kernel
    # (where.self's calls where.self_out, which LTC runs eagerly).
    keys = _KEYS if op not in _FORMULAS else ("Lazy", "CompositeImplicitAutograd")
    return not any(torch._C._dispatch_has_kernel_for_dispatch_key(name, k) for k in keys)


def register() -> tuple[torch.library.Library, list[str]]:
    """Registers the kernels; returns the library holding them (they exist
    as long as it does) and the names of the ops."""
    from torch._decomp import decomposition_table

    kernels = {op: fn for op, fn in decomposition_table.items()
               if getattr(fn, "__module__", "") == "torch._decomp.decompositions"}
    kernels.update(_FORMULAS)
    kernels.update(_OWN)
    lib = torch.library.Library("aten", "IMPL")
    names = []
    for op, fn in kernels.items():
        if isinstance(op, torch._ops.OpOverload) and _needs_kernel(op):
            lib.impl(op, fn, "Lazy")
            names.append(str(op))
    for op, fn in _OUT_FORMULAS.items():
        if not torch._C._dispatch_has_kernel_for_dispatch_key(op.name(), "Lazy"):
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
