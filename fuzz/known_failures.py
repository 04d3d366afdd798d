# ruff: noqa: E501  (signature patterns quote messages verbatim)
"""Known, catalogued fuzz failures (empty today: every finding so far is fixed).

Like the e2e xfail sets: a finding whose signature matches an entry here is
expected; any other finding fails the fuzz tests. Each entry also names a
checked-in reproducer (fuzz/reproducers/), which test_fuzz_ir.py runs on every
CI run: an entry whose reproducer stops failing that way fails the test too
("no longer fails: remove it"), so the list shrinks as the bugs are fixed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Known:
    id: str
    pattern: str      # regex searched in the finding's signature
    reproducer: str   # file under fuzz/reproducers/
    mode: str         # the mode the reproducer fails in
    where: str        # where the fix belongs
    reason: str

    def matches(self, signature: str) -> bool:
        return re.search(self.pattern, signature) is not None


def _ir(id, reproducer, where, reason, pattern, mode="pipeline"):  # noqa: A002
    return Known(id, pattern, reproducer, mode, where, reason)


def _api(id, case, outcome, family, reason):  # noqa: A002
    return Known(id, rf"^api:{re.escape(case)}:{outcome}$", case, "api", family, reason)


KNOWN: list[Known] = [
    # None known. The 14 IR findings of seeds 0 and 1 (declared types the
    # operands contradict, out-of-range dims, bad sizes, zero-size adaptive pooling,
    # a complex scalar, int64 overflow, two hangs) are fixed; their reproducers are
    # lit tests now (Passes/refine-types-verify.mlir, Lowering/bad-arguments.mlir,
    # Lowering/scalars.mlir); the API finding (a None result) is fixed too.
]


def match(finding) -> Known | None:
    for k in KNOWN:
        if k.matches(finding.signature):
            return k
    return None
