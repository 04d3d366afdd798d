"""Progress display and the final summary."""

from __future__ import annotations

import os
import shutil
import sys
import time

from .runner import CATEGORIES, RunReport, TestResult

__all__ = ["Progress", "print_summary", "suggest_xfail_entries", "is_interactive"]


def is_interactive(stream) -> bool:
    """A terminal, and not under CI=true."""
    if os.environ.get("CI", "").strip().lower() in ("true", "1", "yes"):
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(0, width - 3)] + "..."


class Progress:
    """On a terminal: one line updated in place. Otherwise plain lines: every
    unexpected result as it happens, and the counts every 10%."""

    def __init__(self, stream=None, interactive: bool | None = None, verbose: bool = False):
        self.stream = stream or sys.stdout
        self.interactive = is_interactive(self.stream) if interactive is None else interactive
        self.verbose = verbose
        self.total = 0
        self.done = 0
        self.counts = {k: 0 for k in CATEGORIES}
        self.start_time = time.monotonic()
        self.next_report = 0
        self._line_len = 0

    def start(self, planned: dict[str, int]):
        self.total = sum(planned.values())
        self.start_time = time.monotonic()
        self.next_report = max(1, self.total // 10)
        if planned:
            parts = ", ".join(f"{c} ({n})" for c, n in planned.items())
            self._print(f"[e2e] running {self.total} test runs: {parts}")

    def _counts_text(self) -> str:
        shown = [f"{k} {v}" for k, v in self.counts.items() if v or k == "pass"]
        elapsed = time.monotonic() - self.start_time
        return f"{self.done}/{self.total}  " + "  ".join(shown) + f"  [{elapsed:.0f}s]"

    def _print(self, line: str):
        if self.interactive and self._line_len:
            self.stream.write("\r" + " " * self._line_len + "\r")
            self._line_len = 0
        self.stream.write(line + "\n")
        self.stream.flush()

    def result(self, r: TestResult):
        self.done += 1
        self.counts[r.category] += 1
        if r.unexpected:
            self._print(f"{r.category.upper()} [{r.config}] {r.test}: {r.summary}")
        elif self.verbose and not self.interactive:
            self._print(f"{r.category.upper()} [{r.config}] {r.test} ({r.duration:.2f}s)")
        if self.interactive:
            width = shutil.get_terminal_size((100, 20)).columns - 1
            line = _short(f"[e2e] {self._counts_text()}  {r.config}: {r.test}", width)
            pad = max(0, self._line_len - len(line))
            self.stream.write("\r" + line + " " * pad)
            self.stream.flush()
            self._line_len = len(line)
        elif self.done >= self.next_report or self.done == self.total:
            pct = 100 * self.done // max(1, self.total)
            self._print(f"[e2e] {pct:3d}% {self._counts_text()}")
            while self.next_report <= self.done:
                self.next_report += max(1, self.total // 10)

    def finish(self):
        if self.interactive and self._line_len:
            self.stream.write("\n")
            self.stream.flush()
            self._line_len = 0


def print_summary(report: RunReport, stream=None, verbose: bool = False):
    stream = stream or sys.stdout
    w = stream.write
    name_w = max([len("config")] + [len(c) for c in report.configs])
    header = f"{'config':<{name_w}}  " + "  ".join(f"{k:>7}" for k in CATEGORIES) \
        + f"  {'time':>8}"
    w("\n" + header + "\n" + "-" * len(header) + "\n")
    for config in report.configs:
        if config in report.unavailable:
            w(f"{config:<{name_w}}  unavailable: {report.unavailable[config]}\n")
            continue
        counts = report.counts(config)
        t = report.durations.get(config, 0.0)
        w(f"{config:<{name_w}}  " + "  ".join(f"{counts[k]:>7}" for k in CATEGORIES)
          + f"  {t:>7.1f}s\n")
    w(f"(time: summed per-test time; wall clock of the run {report.wall_time:.1f}s)\n")

    notes = [r for r in report.results if r.note and not r.unexpected]
    _listing(w, "note(s) on the expectation sets",
             [f"[{r.config}] {r.test}: {r.note}" for r in notes])
    _listing(w, "error(s) in the xfail/crashing sets", report.errors)
    unexpected = report.unexpected
    if unexpected:
        w(f"\n{len(unexpected)} unexpected result(s):\n")
        for r in unexpected:
            w(f"  {r.category.upper():<7} [{r.config}] {r.test}: {r.summary}\n")
            if r.note:
                w(f"          note: {r.note}\n")
            if verbose and r.error:
                w("    " + r.error.rstrip().replace("\n", "\n    ") + "\n")
    if report.ok:
        w("\nOK: every result as expected\n")
    else:
        w("\nFAILED" + ("" if verbose or not unexpected else
                        " (--verbose prints the full errors)") + "\n")
    stream.flush()


def _listing(w, title: str, lines) -> None:
    """A titled, counted, indented list of `lines`; nothing when there are none."""
    if lines:
        w(f"\n{len(lines)} {title}:\n")
        for line in lines:
            w(f"  {line}\n")


def _reason(summary: str) -> str:
    """A summary without the noise: "compile: LoweringError: lowering to 'x'
    failed with 2 error(s): loc: error: MESSAGE" -> "compile: MESSAGE"."""
    summary = summary.replace("\n", " ")
    phase, sep, rest = summary.partition(": ")
    if sep and "error: " in rest:
        return f"{phase}: {rest.split('error: ', 1)[1]}"
    return summary


def suggest_xfail_entries(report: RunReport) -> str:
    """Python source for xfail_sets/ entries covering the unexpected
    failures and crashes of `report` (reasons: the first line of the error)."""
    out = []
    for label, cats in (("XFAIL_SETS", ("fail",)), ("CRASHING_SETS", ("crash", "timeout"))):
        for config in report.configs:
            rs = [r for r in report.results if r.config == config and r.category in cats]
            if not rs:
                continue
            out.append(f"# {label}[{config!r}]:")
            for r in sorted(rs, key=lambda r: r.test):
                reason = _short(_reason(r.summary), 110)
                out.append(f"    {r.test!r}: {reason!r},")
    xpass = [r for r in report.results if r.category == "xpass"]
    if xpass:
        out.append("# remove (they pass now):")
        out += [f"#   [{r.config!r}] {r.test!r}" for r in xpass]
    return "\n".join(out) + ("\n" if out else "")
