"""MLIR diagnostics as plain Python values: collect, format, verify.

`collect(context)` gathers every diagnostic the context emits (parse errors,
verifier failures, pass diagnostics) as `Diagnostic` records;
`format_diagnostic` prints one the way `mlir-opt` does
(`file:line:col: error: message` plus the source line and a caret);
`verify_expected` implements `--verify-diagnostics`: it checks the emitted
diagnostics against `// expected-error {{...}}` comments in the source.

Nothing here imports torch.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
from dataclasses import dataclass, field
from typing import Iterator

from mlir import ir

__all__ = [
    "Diagnostic",
    "collect",
    "from_mlir",
    "format_diagnostic",
    "package_dirs",
    "user_frame",
    "verify_expected",
]

def package_dirs(*modules) -> tuple[str, ...]:
    """The directories of `modules` (packages or modules), each ending in a
    separator: what `user_frame` skips."""
    return tuple(os.path.dirname(os.path.abspath(m.__file__)) + os.sep for m in modules)


def user_frame(skip_dirs: tuple[str, ...], depth: int = 1) -> tuple[str, int] | None:
    """(file, line) of the innermost frame of the caller's stack, starting
    `depth` frames up, whose file is under none of `skip_dirs` (nor frozen
    importlib): the user's source line for a capture frontend's location."""
    frame = sys._getframe(depth + 1)
    while frame is not None:
        filename = frame.f_code.co_filename
        if not filename.startswith(skip_dirs) and not filename.startswith("<frozen"):
            return filename, frame.f_lineno
        frame = frame.f_back
    return None


_SEVERITY_NAMES = {
    ir.DiagnosticSeverity.ERROR: "error",
    ir.DiagnosticSeverity.WARNING: "warning",
    ir.DiagnosticSeverity.NOTE: "note",
    ir.DiagnosticSeverity.REMARK: "remark",
}


@dataclass
class Diagnostic:
    """One diagnostic. `filename`/`line`/`col` are None when the location has
    no file position (e.g. `loc(unknown)`); `line`/`col` are 1-based."""

    severity: str
    message: str
    filename: str | None = None
    line: int | None = None
    col: int | None = None
    notes: list["Diagnostic"] = field(default_factory=list)

    @property
    def location(self) -> str:
        if self.filename is None:
            return "<unknown>"
        if not self.line:  # e.g. the implicit module of a parsed file
            return self.filename
        return f"{self.filename}:{self.line}:{self.col}"

    def __str__(self) -> str:
        return f"{self.location}: {self.severity}: {self.message}"


def _file_position(loc: ir.Location):
    """The first file:line:col inside `loc`, looking through name, callsite
    and fused locations; None if there is none."""
    pending = [loc]
    while pending:
        cur = pending.pop(0)
        if cur.is_a_file():
            return cur.filename, cur.start_line, cur.start_col
        if cur.is_a_name():
            pending.append(cur.child_loc)
        elif cur.is_a_callsite():
            pending.extend([cur.callee, cur.caller])
        elif cur.is_a_fused():
            pending.extend(cur.locations)
    return None


def from_mlir(diag) -> Diagnostic:
    """Converts an `mlir.ir.Diagnostic` (live, inside a handler) or a
    `DiagnosticInfo` (from `MLIRError.error_diagnostics`)."""
    pos = _file_position(diag.location)
    filename, line, col = pos if pos else (None, None, None)
    return Diagnostic(
        severity=_SEVERITY_NAMES.get(diag.severity, str(diag.severity)),
        message=str(diag.message),
        filename=filename,
        line=line,
        col=col,
        notes=[from_mlir(n) for n in diag.notes],
    )


@contextlib.contextmanager
def collect(context: ir.Context) -> Iterator[list[Diagnostic]]:
    """Collects (and swallows) every diagnostic `context` emits inside the
    `with` block into the yielded list, in emission order.

    Operations that raise `MLIRError` (e.g. `PassManager.run`) capture their
    errors before handlers see them; pass those to `extend_from_error`.
    """
    diags: list[Diagnostic] = []

    def handler(d):
        diags.append(from_mlir(d))
        return True

    h = context.attach_diagnostic_handler(handler)
    try:
        yield diags
    finally:
        h.detach()


def extend_from_error(diags: list[Diagnostic], error: Exception) -> None:
    """Appends the diagnostics an `mlir.ir.MLIRError` carries to `diags`, or
    a located-nowhere error with its message for any other exception."""
    infos = getattr(error, "error_diagnostics", None)
    if infos:
        diags.extend(from_mlir(d) for d in infos)
    else:
        diags.append(Diagnostic("error", str(error)))


def _source_excerpt(source_lines: list[str], d: Diagnostic) -> str:
    if d.line is None or not (1 <= d.line <= len(source_lines)):
        return ""
    text = source_lines[d.line - 1].rstrip("\n").replace("\t", " ")
    caret = " " * max((d.col or 1) - 1, 0) + "^"
    return f"{text}\n{caret}\n"


def format_diagnostic(d: Diagnostic, sources: dict[str, str] | None = None) -> str:
    """`file:line:col: severity: message`, then the source line and a caret
    when `sources` (filename -> text) has the file, then the notes."""
    split_sources = {k: v.splitlines() for k, v in (sources or {}).items()}

    def one(x: Diagnostic) -> str:
        out = f"{x}\n"
        if x.filename in split_sources:
            out += _source_excerpt(split_sources[x.filename], x)
        return out

    return one(d) + "".join(one(n) for n in d.notes)


# --- --verify-diagnostics ---------------------------------------------------

# `expected-error @+1 {{message}}`, `expected-warning-re {{a {{[0-9]+}} b}}`,
# `expected-note @above`, `@below`, `@-2`, `@unknown`.
_EXPECTED = re.compile(
    r"expected-(error|warning|note|remark)(-re)?"
    r"\s*(@([+-][0-9]+|above|below|unknown))?\s*\{\{(.*)\}\}\s*$"
)


@dataclass
class _Expected:
    severity: str
    pattern: re.Pattern | str
    line: int | None  # None: @unknown
    comment_line: int
    comment_col: int
    text: str
    matched: bool = False

    def matches(self, message: str) -> bool:
        if isinstance(self.pattern, str):
            return self.pattern in message
        return self.pattern.search(message) is not None


def _regex_from_re_message(text: str) -> re.Pattern:
    """`-re` messages: literal text with `{{regex}}` blocks."""
    parts = re.split(r"(\{\{.*?\}\})", text)
    out = []
    for p in parts:
        if p.startswith("{{") and p.endswith("}}"):
            out.append(f"(?:{p[2:-2]})")
        else:
            out.append(re.escape(p))
    return re.compile("".join(out))


def _parse_expected(
    text: str, filename: str, errors: list[Diagnostic]
) -> list[_Expected]:
    expected: list[_Expected] = []
    # Lines of pending `@below` expectations, resolved at the next
    # non-comment line.
    pending_below: list[_Expected] = []
    last_code_line = None
    for lineno, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        idx = line.find("expected-")
        m = _EXPECTED.search(line, idx) if idx >= 0 and "//" in line[:idx] else None
        if m:
            severity, is_re, _, where, msg = m.groups()
            pattern: re.Pattern | str
            try:
                pattern = _regex_from_re_message(msg) if is_re else msg
            except re.error as e:
                errors.append(
                    Diagnostic("error", f"invalid regex in expected diagnostic: {e}",
                               filename, lineno, idx + 1)
                )
                continue
            exp = _Expected(severity, pattern, lineno, lineno, idx + 1, msg)
            if where is None:
                pass
            elif where == "unknown":
                exp.line = None
            elif where == "above":
                if last_code_line is None:
                    errors.append(Diagnostic(
                        "error", "'@above' with no code line above it",
                        filename, lineno, idx + 1))
                    continue
                exp.line = last_code_line
            elif where == "below":
                pending_below.append(exp)
            else:
                exp.line = lineno + int(where)
            expected.append(exp)
            if not stripped.startswith("//"):
                last_code_line = lineno
            continue
        if stripped and not stripped.startswith("//"):
            for exp in pending_below:
                exp.line = lineno
            pending_below.clear()
            last_code_line = lineno
    for exp in pending_below:
        errors.append(Diagnostic(
            "error", "'@below' with no code line below it",
            filename, exp.comment_line, exp.comment_col))
    return expected


def _flatten(diags: list[Diagnostic]) -> list[Diagnostic]:
    out = []
    for d in diags:
        out.append(d)
        out.extend(_flatten(d.notes))
    return out


def verify_expected(
    text: str, filename: str, diags: list[Diagnostic]
) -> list[Diagnostic]:
    """Checks `diags` against the `expected-*` comments of `text`.

    Returns the problems as error diagnostics (empty when everything matched):
    diagnostics that were emitted but not expected, and expectations that
    nothing produced. Diagnostics located in other files count as unexpected.
    """
    problems: list[Diagnostic] = []
    expected = _parse_expected(text, filename, problems)
    for d in _flatten(diags):
        # Line 0 (e.g. the implicit module of a file) is no source line.
        line = d.line if d.filename == filename and d.line else None
        if d.filename not in (None, filename):
            problems.append(Diagnostic(
                "error", f"unexpected {d.severity}: {d.message}",
                d.filename, d.line, d.col))
            continue
        for exp in expected:
            if (not exp.matched and exp.severity == d.severity
                    and exp.line == line and exp.matches(d.message)):
                exp.matched = True
                break
        else:
            problems.append(Diagnostic(
                "error", f"unexpected {d.severity}: {d.message}",
                d.filename, d.line, d.col))
    for exp in expected:
        if not exp.matched:
            problems.append(Diagnostic(
                "error", f'expected {exp.severity} "{exp.text}" was not produced',
                filename, exp.comment_line, exp.comment_col))
    return problems
