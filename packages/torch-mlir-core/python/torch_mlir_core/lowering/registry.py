"""The one registry of lowering rules: (target, Torch op name) -> rule.

A rule is a small function registered against the ops it lowers:

    @rule("torch.aten.mm", target="linalg")
    def mm(cx: FunctionLowering, n: Node):
        ...build linalg/tensor/arith ops...
        return result_value

Rules for every target live beside each other (lowering/<target>/*.py), so
`grep -rn '"torch.aten.mm"' lowering/` finds how mm reaches every target.
Rules registered with target="*" (constants, lists, scalar arithmetic, the
structural prim ops) are shared by all targets; a target-specific rule for
the same op wins over the shared one.

A rule raises `Unsupported(reason)` for a case it does not handle (a
non-constant dim, an unsupported dtype...): the driver reports it, located
at the op, with every other op that could not be lowered.
"""

from __future__ import annotations

from typing import Callable

__all__ = ["TARGETS", "Unsupported", "rule", "lookup", "rules_for"]

TARGETS = ("linalg", "tosa", "stablehlo")
SHARED = "*"

_RULES: dict[tuple[str, str], Callable] = {}


class Unsupported(Exception):
    """A rule cannot lower this op instance; the message says why."""


def rule(*op_names: str, target: str = "linalg"):
    """Registers the decorated function as the `target` lowering of each op
    in `op_names` (full MLIR names, e.g. "torch.aten.add.Tensor")."""
    if target != SHARED and target not in TARGETS:
        raise ValueError(f"unknown lowering target '{target}'")

    def register(fn: Callable) -> Callable:
        for name in op_names:
            if (target, name) in _RULES:
                other = _RULES[(target, name)]
                raise ValueError(f"two '{target}' rules for {name}: {other.__module__}."
                                 f"{other.__name__} and {fn.__module__}.{fn.__name__}")
            _RULES[(target, name)] = fn
        return fn

    return register


def lookup(target: str, op_name: str) -> Callable | None:
    return _RULES.get((target, op_name)) or _RULES.get((SHARED, op_name))


def rules_for(target: str) -> dict[str, Callable]:
    """Every op name `target` can lower (shared rules included) -> rule."""
    found = {name: fn for (t, name), fn in _RULES.items() if t == SHARED}
    found.update({name: fn for (t, name), fn in _RULES.items() if t == target})
    return found
