"""Lowering Torch-dialect IR at the torch backend contract to a target.

registry   the one registry of rules: (target, Torch op name) -> rule
convert    the driver: type conversion, value map, every-failure report
passes     the lowering passes (torch-lower-to-linalg, torch-lower-to-tosa,
           the backend contract checks) and the linalg-on-tensors and tosa
           pipelines
shared     rules every target shares (constants, lists, scalar arithmetic,
           compile-time facts about a tensor)
linalg/    the linalg-on-tensors rules, one module per op family, and
           linalg/common.py, the helpers they share
tosa/      the TOSA rules, one module per op family, and tosa/common.py
stablehlo/ the StableHLO rules, one module per op family, on a small typed
           emitter of generic-form StableHLO ops (stablehlo/emitter.py)

Every registration spells its full op name, so
`grep -rn '"torch.aten.mm"' lowering/` finds how an op is lowered.
"""

from __future__ import annotations

from .registry import TARGETS, Unsupported, lookup, rule, rules_for  # noqa: F401

_loaded = False


def load_rules() -> None:
    """Imports every rule module (registering the rules) once."""
    global _loaded
    if _loaded:
        return
    import importlib
    import pkgutil

    from . import linalg, shared, stablehlo, tosa  # noqa: F401

    for package in (linalg, tosa, stablehlo):
        for info in pkgutil.iter_modules(package.__path__):
            importlib.import_module(f"{package.__name__}.{info.name}")
    _loaded = True
