"""Failures of a run by cause: the figures of the OpInfo suite and the table
that says which op families to work on.

Each non-passing result gets one *cause* (the first that applies):

    export failure        torch.export cannot export the sample (not ours)
    eager failure         the sample fails in eager itself
    crash / timeout       the worker died or hung
    op missing from the dialect   "the Torch dialect has no op for it"
    no lowering rule      the op is in the dialect, no linalg rule
    lowering rule failed  a rule exists but rejected this use of the op
    refinement failure    shapes/dtypes could not be inferred
    value semantics       mutation the pipeline cannot convert
    import failure        the FX importer rejected the graph
    other lowering error  any other LoweringError
    refbackend compile    the refbackend could not compile the lowered module
    run error             the compiled code raised
    wrong answer          it ran, and the outputs differ from eager

and the ops it names (the ATen ops of the errors; the OpInfo key when the
error names none).
"""

from __future__ import annotations

import collections
import re

from .names import format_indices, parse_name

__all__ = ["cause_of", "failure_table", "write_failure_table", "print_opinfo_summary",
           "suggest_opinfo_rows", "CAUSES"]

CAUSES = ("export failure", "eager failure", "crash", "timeout",
          "op missing from the dialect", "no lowering rule", "lowering rule failed",
          "refinement failure", "value semantics", "import failure",
          "other lowering error", "refbackend compile", "run error", "wrong answer")

_MISSING = re.compile(r"unsupported op '([\w.]+)': the Torch dialect has no op for it")
_NO_RULE = re.compile(r"'torch\.([\w.]+)' could not be lowered to [\w-]+: no lowering rule")
_RULE_FAILED = re.compile(r"'torch\.([\w.]+)' could not be lowered to [\w-]+: (.*?)"
                          r"(?: \(operand types|$)", re.M)
_ERROR_OP = re.compile(r"error: '(?:torch\.)?([\w.]+)' op (.*)")
_REFINE = re.compile(r"refin|could not infer|meta kernel|fake tensor", re.I)
_VALUE_SEMANTICS = re.compile(r"value semantics|overwrite", re.I)


def cause_of(result) -> tuple[str, list[str], str]:
    """(cause, ops, detail) of one non-passing result."""
    summary = result.summary or ""
    error = result.error or ""
    if result.outcome in ("crash", "timeout"):
        return result.outcome, [], summary
    if summary.startswith("export:"):
        return "export failure", [], _short(summary[len("export:"):])
    if summary.startswith("golden (eager):"):
        return "eager failure", [], _short(summary[len("golden (eager):"):])
    if summary.startswith("mismatch:"):
        return "wrong answer", [], _short(summary[len("mismatch:"):])
    if summary.startswith("run:"):
        return "run error", [], _short(summary[len("run:"):])
    text = error or summary
    missing = sorted(set(_MISSING.findall(text)))
    if missing:
        return "op missing from the dialect", missing, ""
    no_rule = sorted(set(_NO_RULE.findall(text)))
    if no_rule:
        return "no lowering rule", no_rule, ""
    failed = [(op, why) for op, why in _RULE_FAILED.findall(text) if why != "no lowering rule"]
    if failed:
        return "lowering rule failed", sorted({op for op, _ in failed}), _short(failed[0][1])
    if "CompileError" in summary:
        return "refbackend compile", [], _short(summary.split("CompileError:", 1)[1])
    if "ImportError_" in summary or "UnsupportedNodesError" in summary:
        return "import failure", [], _short(summary.split(":", 2)[-1])
    if _VALUE_SEMANTICS.search(summary):
        return "value semantics", [], _last_error(summary)
    if _REFINE.search(summary):
        return "refinement failure", [], _last_error(summary)
    ops = sorted({op for op, _ in _ERROR_OP.findall(text)})
    return "other lowering error", ops, _last_error(summary)


def _last_error(summary: str) -> str:
    """The message of the last `error: ...` of a summary, else all of it but the phase."""
    if "error: " in summary:
        return _short(summary.rsplit("error: ", 1)[1])
    return _short(summary.split(":", 1)[-1])


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    text = re.sub(r"/\S+/(\w+\.py):\d+:\d+: ", "", text)  # paths of the test harness
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _key(result) -> str:
    parsed = parse_name(result.test)
    return f"{parsed[0]}" + ("" if parsed[1] == "float32" else f" ({parsed[1]})") \
        if parsed else result.test


def failure_table(report, config: str | None = None) -> str:
    """Markdown: counts per cause, then per cause the ops (or OpInfos) with
    their number of failing samples and the OpInfos they come from."""
    config = config or (report.configs[0] if report.configs else "")
    results = [r for r in report.results if r.config == config]
    failing = [r for r in results if r.outcome != "pass"]
    by_cause: dict[str, list] = collections.defaultdict(list)
    for r in failing:
        cause, ops, detail = cause_of(r)
        by_cause[cause].append((r, ops, detail))
    lines = [f"# Failures under {config}: {len(failing)} of {len(results)} samples", "",
             "| cause | samples | OpInfos |", "|---|---:|---:|"]
    for cause in CAUSES:
        rows = by_cause.get(cause, [])
        if rows:
            lines.append(f"| {cause} | {len(rows)} | {len({_key(r) for r, _, _ in rows})} |")
    for cause in CAUSES:
        rows = by_cause.get(cause, [])
        if not rows:
            continue
        lines += ["", f"## {cause} ({len(rows)} samples)", ""]
        per: dict[str, list] = collections.defaultdict(list)
        for r, ops, detail in rows:
            for op in ops or [_key(r)]:
                per[op].append((r, detail))
        named = any(ops for _, ops, _ in rows)
        lines += [f"| {'op' if named else 'OpInfo'} | samples | OpInfos / first error |",
                  "|---|---:|---|"]
        for op, items in sorted(per.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            keys = sorted({_key(r) for r, _ in items})
            where = ", ".join(keys[:8]) + (f" (+{len(keys) - 8})" if len(keys) > 8 else "")
            detail = items[0][1]
            if not named:
                where = detail.replace("|", "\\|")
            elif detail:
                where += " — " + detail.replace("|", "\\|")
            lines.append(f"| `{op}` | {len(items)} | {where} |")
    return "\n".join(lines) + "\n"


def write_failure_table(report, path: str) -> None:
    with open(path, "w") as f:
        for config in report.configs:
            if any(r.config == config for r in report.results):
                f.write(failure_table(report, config) + "\n")


def opinfo_figures(report, config: str) -> dict:
    """Pass rates of the OpInfo samples of `config`: all, and those torch.export
    can export; float32 apart."""
    figures = {}
    for label, want in (("float32", lambda d: d == "float32"), ("all dtypes", lambda d: True)):
        rs = [r for r in report.results if r.config == config
              and parse_name(r.test) and want(parse_name(r.test)[1])]
        export = [r for r in rs if r.outcome != "pass" and cause_of(r)[0] == "export failure"]
        passed = [r for r in rs if r.outcome == "pass"]
        figures[label] = (len(rs), len(export), len(passed))
    return figures


def print_opinfo_summary(report) -> None:
    for config in report.configs:
        figures = opinfo_figures(report, config)
        for label, (n, export, passed) in figures.items():
            if not n or label != "float32" and n == figures["float32"][0]:
                continue  # no sample of that kind, or only float32 ones
            exportable = n - export
            rate = 100.0 * passed / exportable if exportable else 0.0
            print(f"[opinfo] {config} {label}: {n} samples, {export} not exportable by "
                  f"torch.export, {passed} of {exportable} exportable pass ({rate:.1f} %)")


def suggest_opinfo_rows(report) -> str:
    """xfail_sets/ rows `(key, samples, reason)` for the unexpected failures
    of the run, grouped by OpInfo, dtype and reason: export failures under
    OPINFO_EXPORT_FAILURES, the others under OPINFO_XFAILS[config]."""
    groups: dict[tuple, list[int]] = collections.defaultdict(list)
    for r in report.unexpected:
        parsed = parse_name(r.test)
        if parsed is None or r.outcome == "pass":
            continue
        key, dtype, index = parsed
        cause, ops, detail = cause_of(r)
        reason = f"{cause}: {', '.join(ops)}" if ops else f"{cause}: {detail}"
        section = "OPINFO_EXPORT_FAILURES" if cause == "export failure" else \
            f"OPINFO_XFAILS[{r.config!r}]"
        groups[(section, key, dtype, reason)].append(index)
    out, last = [], None
    for (section, key, dtype, reason), idx in sorted(groups.items()):
        if section != last:
            out.append(f"# {section}:\n")
            last = section
        samples = format_indices(idx) if dtype == "float32" else \
            f"{dtype}:{format_indices(idx)}"
        out.append(f"    ({key!r}, {samples!r}, {reason!r}),\n")
    return "".join(out)
