"""Expected outcomes (xfail / crashing sets) and their validation."""

from __future__ import annotations

import dataclasses
from typing import Callable, Iterable, Mapping

__all__ = ["Expectations", "ExpectationError"]


class ExpectationError(ValueError):
    pass


@dataclasses.dataclass
class Expectations:
    """xfail[config][test] = reason; crashing[config][test] = reason."""

    xfail: Mapping[str, Mapping[str, str]] = dataclasses.field(default_factory=dict)
    crashing: Mapping[str, Mapping[str, str]] = dataclasses.field(default_factory=dict)

    @classmethod
    def from_module(cls, module) -> Expectations:
        return cls(getattr(module, "XFAIL_SETS", {}) or {},
                   getattr(module, "CRASHING_SETS", {}) or {})

    @classmethod
    def default(cls) -> Expectations:
        from . import xfail_sets

        return cls.from_module(xfail_sets)

    def expected(self, config: str, test: str) -> tuple[str, str]:
        """("pass", "") or ("fail", reason) or ("crash", reason)."""
        reason = self.crashing.get(config, {}).get(test)
        if reason is not None:
            return "crash", reason
        reason = self.xfail.get(config, {}).get(test)
        if reason is not None:
            return "fail", reason
        return "pass", ""

    def check_format(self) -> list[str]:
        """Errors in the shape of the sets: missing/multi-line reasons, a
        test listed both as failing and crashing."""
        errors = []
        for label, sets in (("XFAIL_SETS", self.xfail), ("CRASHING_SETS", self.crashing)):
            if not isinstance(sets, Mapping):
                errors.append(f"{label} must be a dict config -> {{test: reason}}")
                continue
            for config, entries in sets.items():
                if not isinstance(entries, Mapping):
                    errors.append(f"{label}['{config}'] must be a dict test name -> reason "
                                  f"(got {type(entries).__name__})")
                    continue
                for test, reason in entries.items():
                    if not isinstance(reason, str) or not reason.strip():
                        errors.append(f"{label}['{config}']['{test}'] has no reason: "
                                      f"give a one-line reason")
                    elif "\n" in reason.strip():
                        errors.append(f"{label}['{config}']['{test}']: the reason must be "
                                      f"one line")
        for config, entries in self.crashing.items():
            both = sorted(set(entries or {}) & set(self.xfail.get(config, {}) or {}))
            for test in both:
                errors.append(f"'{test}' is in both XFAIL_SETS and CRASHING_SETS of "
                              f"'{config}'")
        return errors

    def check_names(self, test_names: Iterable[str] | Callable[[str], bool],
                    config_names: Iterable[str]) -> list[str]:
        """Errors for entries naming an unknown test or config. `test_names`
        is the known names, or a predicate saying whether a name is known."""
        known = test_names if callable(test_names) else set(test_names).__contains__
        configs = set(config_names)
        errors = []
        for label, sets in (("XFAIL_SETS", self.xfail), ("CRASHING_SETS", self.crashing)):
            for config, entries in sets.items():
                if config not in configs:
                    errors.append(f"{label} has an entry for config '{config}', which does "
                                  f"not exist")
                for test in sorted(entries or {}):
                    if not known(test):
                        errors.append(f"{label}['{config}'] names test '{test}', which does "
                                      f"not exist: remove the entry")
        return errors
