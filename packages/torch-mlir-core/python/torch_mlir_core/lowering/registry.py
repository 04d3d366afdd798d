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

__all__ = ["TARGETS", "Unsupported", "rule", "lookup", "rules_for", "no_rule", "no_rule_reason"]

TARGETS = ("linalg", "tosa", "stablehlo")
SHARED = "*"

_RULES: dict[tuple[str, str], Callable] = {}
# Op name -> why no target has a rule for it (added to "no lowering rule").
_NO_RULE_REASONS: dict[str, str] = {}


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


def no_rule(*op_names: str, why: str) -> None:
    """Says why the ops `op_names` have no rule (they are decomposed before
    lowering, and one that is left is one the decomposition declined). Not a
    rule: `torch-decompose` still decomposes them, as ops with no rule."""
    for name in op_names:
        _NO_RULE_REASONS[name] = why


def no_rule_reason(op_name: str) -> str | None:
    return _NO_RULE_REASONS.get(op_name)


def lookup(target: str, op_name: str) -> Callable | None:
    return _RULES.get((target, op_name)) or _RULES.get((SHARED, op_name))


def rules_for(target: str) -> dict[str, Callable]:
    """Every op name `target` can lower (shared rules included) -> rule."""
    found = {name: fn for (t, name), fn in _RULES.items() if t == SHARED}
    found.update({name: fn for (t, name), fn in _RULES.items() if t == target})
    return found
