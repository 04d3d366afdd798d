"""torch's decompositions of the ops the Torch dialect does not lower.

torch.export's default decompositions (the core ATen opset) keep some ops that
the Torch dialect has no op, or no linalg lowering rule, for (`aten.dist`,
`aten.ldexp.Tensor`, `aten.special_i0e`, `aten.nextafter`, ...).
torch._decomp has a decomposition for many of them; a frontend that adds
these to its table imports their decomposition instead of an op that could
only be reported as unknown. Ops with a linalg rule are left alone, and so
are those `torch-decompose` has its own decomposition for (it applies them
after import, at static shapes); `torch-decompose` also uses this table for
IR that arrives undecomposed (TorchScript).
"""

from __future__ import annotations

import functools

__all__ = ["missing_op_decompositions"]


@functools.cache
def _missing(names: tuple[str, ...]) -> frozenset[str]:
    """The names (`aten.special_i1e`) the dialect lacks or has no linalg rule for."""
    from ..builder import TorchBuilder
    from ..ir import Context
    from ..lowering import load_rules, rules_for

    load_rules()
    lowered = rules_for("linalg")
    builder = TorchBuilder(Context())
    return frozenset(name for name in names
                     if not builder.is_defined(name) or f"torch.{name}" not in lowered)


def _ours() -> frozenset:
    """The ops `torch-decompose` decomposes with its own functions."""
    from .extra_decompositions import extra_decompositions
    from .fused_decompositions import fused_decompositions
    from .training_decompositions import training_decompositions

    return frozenset({**extra_decompositions(), **fused_decompositions(),
                      **training_decompositions()})


# torch._decomp entries export cannot trace (they write a complex result in
# place through a view: aot_autograd's functionalization asserts).
_UNTRACEABLE = frozenset({"aten.complex.default", "aten.polar.default"})


def _mismatched(op, fn) -> bool:
    """torch 2.13 registers some torch._refs loss functions, which take
    `reduction` as a string, as decompositions of aten ops that pass it as an
    int (hinge_embedding_loss, margin_ranking_loss): they raise on every call."""
    return fn.__module__.startswith("torch._refs") and any(
        a.name == "reduction" and str(a.type) == "int" for a in op._schema.arguments)


def _mutating_ref(op, fn) -> bool:
    """torch._refs' entries for in-place and out= ops (`sigmoid_`, `tanh.out`)
    rewrite them into prims, which have no lowering rules; `torch-decompose`
    functionalizes such ops into their functional form (`sigmoid`), which
    lowers. (lstm's decomposition calls `sigmoid_`.)"""
    return fn.__module__.startswith("torch._refs") and op._schema.is_mutable


def _composite(op) -> bool:
    """Ops with a CompositeImplicitAutograd kernel never reach an exported
    graph (export runs that kernel); torch._decomp's entry for them can be
    worse (meshgrid's uses an aliasing prim export cannot functionalize)."""
    import torch

    return torch._C._dispatch_has_kernel_for_dispatch_key(op.name(), "CompositeImplicitAutograd")


def missing_op_decompositions() -> dict:
    """{OpOverload: decomposition} for every op of torch._decomp's table
    whose `torch.<ns>.<name>[.<overload>]` op the dialect does not define or
    has no linalg rule for (but composite ops, `torch-decompose`'s own, and
    those whose decomposition cannot be called on
    the op's arguments), plus this package's unrolled linear-algebra
    factorizations (`linalg_decompositions`: LU, Cholesky, solves,
    determinants; `qr_decompositions`: Householder QR, torch.cholesky,
    matrix_exp), the FFT primitives as DFT matrix products
    (`fft_decompositions`), its quantize/dequantize/fake-quantize ones
    (`quantized_decompositions`), `_trilinear` and `_int_mm`
    (`product_decompositions`), rrelu's in evaluation mode
    (`rrelu_decompositions`) and the embedding bags
    (`embedding_bag_decompositions`) that torch._decomp has none of."""
    from torch._decomp import decomposition_table

    from ..builder import schema_op_name
    from .embedding_bag_decompositions import embedding_bag_decompositions
    from .fft_decompositions import fft_decompositions
    from .linalg_decompositions import linalg_decompositions
    from .product_decompositions import product_decompositions
    from .qr_decompositions import qr_decompositions
    from .quantized_decompositions import quantized_decompositions
    from .rrelu_decompositions import rrelu_decompositions

    names = {op: schema_op_name(op._schema) for op in decomposition_table
             if hasattr(op, "_schema")}
    missing = _missing(tuple(sorted(set(names.values()))))
    ours = _ours()
    table = {op: fn for op, fn in decomposition_table.items()
             if names.get(op) in missing and op not in ours and not _mismatched(op, fn)
             and not _mutating_ref(op, fn)
             and not _composite(op) and str(op) not in _UNTRACEABLE}
    table.update(linalg_decompositions())
    table.update(qr_decompositions())
    table.update(fft_decompositions())
    table.update(quantized_decompositions())
    table.update(product_decompositions())
    table.update(rrelu_decompositions())
    table.update(embedding_bag_decompositions())
    return table
