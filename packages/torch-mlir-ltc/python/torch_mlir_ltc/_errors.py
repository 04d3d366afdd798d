"""The report of what a lazy step could not compile, located at the user's
source lines."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["Problem", "UnsupportedOpsError"]

# Lazy Tensor Core runs an op eagerly (its "fallback") when its backend has no
# kernel for it; the op then never reaches the graph we compile.
NOT_CAPTURED = "Lazy Tensor Core has no lazy kernel for it (LTC would run it eagerly)"


@dataclass
class Problem:
    """One op the step could not compile: `op` as torch names it
    (`aten.where.self`), why, and the user's source lines where the step ran
    it (file, line), innermost user frame first."""

    op: str
    reason: str
    lines: list[tuple[str, int]] = field(default_factory=list)

    def __str__(self) -> str:
        where = ", ".join(f"{f}:{n}" for f, n in self.lines) or "(no source line recorded)"
        return f"{self.op} at {where}: {self.reason}"


class UnsupportedOpsError(RuntimeError):
    """Every op of a lazy step that could not be compiled through MLIR, at
    once. `.problems` lists them; `.detail` has the compiler's full report."""

    def __init__(self, problems: list[Problem], detail: str = ""):
        self.problems = problems
        self.detail = detail
        lines = "\n".join(f"  {p}" for p in problems)
        super().__init__(
            f"{len(problems)} op(s) of the lazy step cannot be compiled through MLIR:\n{lines}\n"
            "Pass fallback=True (torch_mlir_ltc.init, mark_step or compile) to run the step "
            "eagerly instead.")


# The op a core diagnostic is about: `'torch.aten.mm' ...`, `unsupported op
# 'aten.detach_copy' ...`, `no lowering for torch.aten.foo.bar ...`.
_OP_IN_MESSAGE = re.compile(
    r"(?:torch\.)?((?:aten|prims|prim)(?:\.|::)[A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)?)")
# Consequences, not causes: an op after an unsupported one has no known type.
_CONSEQUENCE = re.compile(r"has no known (dtype|rank)|op\(s\) break the|error\(s\)$")


def op_name(name: str) -> str:
    """`aten.t_copy.default`, `torch.aten.t_copy`, `aten::t_copy` -> `aten.t_copy`."""
    name = name.replace("::", ".")
    if name.startswith("torch."):
        name = name[len("torch."):]
    return name[: -len(".default")] if name.endswith(".default") else name


def problems_from_messages(messages: list[str]) -> list[tuple[str, str]]:
    """(op, reason) per op named in a compiler's error messages, each op once,
    leaving out errors that only follow from another one."""
    causes = [m for m in messages if not _CONSEQUENCE.search(m)] or messages
    seen: dict[str, str] = {}
    for message in causes:
        found = _OP_IN_MESSAGE.search(message)
        op = op_name(found.group(1)) if found else "(step)"
        seen.setdefault(op, message)
    return list(seen.items())
