"""Runs (test, config) pairs in a pool of worker processes and classifies the
results against the expected-failure sets.

Each worker is a "spawn" process that imports torch once and runs many tests;
a worker that crashes (segfault, abort, os._exit) or exceeds the per-test
timeout is killed and replaced, its test reported as CRASH / TIMEOUT, and the
run goes on.
"""

from __future__ import annotations

import collections
import dataclasses
import multiprocessing
import multiprocessing.connection
import os
import shutil
import signal
import tempfile
import time
from typing import Callable, Iterable, Sequence

from .configs import Config, config_spec, get_config
from .expectations import Expectations
from .registry import E2ETest
from .worker import test_spec, worker_main

__all__ = ["TestResult", "RunReport", "HarnessError", "run", "CATEGORIES", "UNEXPECTED"]

CATEGORIES = ("pass", "fail", "xfail", "xpass", "crash", "timeout")
UNEXPECTED = ("fail", "xpass", "crash", "timeout")
DEFAULT_TIMEOUT = 120.0


class HarnessError(RuntimeError):
    """The harness itself cannot run (workers fail to start, bad arguments)."""


@dataclasses.dataclass
class TestResult:
    __test__ = False  # not a pytest class

    test: str
    config: str
    category: str      # one of CATEGORIES
    outcome: str       # what happened: "pass", "fail", "crash", "timeout"
    summary: str = ""  # one line: why it failed
    error: str = ""    # the full error / captured output
    duration: float = 0.0
    expected_reason: str = ""  # the xfail/crashing set's reason
    note: str = ""     # advice, e.g. "move to XFAIL_SETS"

    @property
    def unexpected(self) -> bool:
        return self.category in UNEXPECTED


@dataclasses.dataclass
class RunReport:
    configs: list[str]
    results: list[TestResult] = dataclasses.field(default_factory=list)
    unavailable: dict[str, str] = dataclasses.field(default_factory=dict)
    errors: list[str] = dataclasses.field(default_factory=list)  # bad xfail sets, ...
    durations: dict[str, float] = dataclasses.field(default_factory=dict)
    wall_time: float = 0.0

    def counts(self, config: str) -> dict[str, int]:
        c = {k: 0 for k in CATEGORIES}
        for r in self.results:
            if r.config == config:
                c[r.category] += 1
        return c

    @property
    def unexpected(self) -> list[TestResult]:
        return [r for r in self.results if r.unexpected]

    @property
    def ok(self) -> bool:
        return not self.unexpected and not self.errors

    def result(self, config: str, test: str) -> TestResult:
        for r in self.results:
            if r.config == config and r.test == test:
                return r
        raise KeyError((config, test))


def classify(test: str, config: str, raw: dict, expectations: Expectations) -> TestResult:
    outcome = raw["outcome"]
    expected, reason = expectations.expected(config, test)
    r = TestResult(test, config, outcome, outcome, raw.get("summary", ""),
                   raw.get("error", ""), raw.get("duration", 0.0), reason)
    if outcome == "pass":
        if expected != "pass":
            r.category = "xpass"
            where = "XFAIL_SETS" if expected == "fail" else "CRASHING_SETS"
            r.summary = f"unexpectedly passed: remove it from {where}['{config}']"
    elif outcome == "fail":
        if expected == "fail":
            r.category = "xfail"
        elif expected == "crash":
            r.category = "xfail"
            r.note = (f"listed in CRASHING_SETS['{config}'] but failed without crashing: "
                      f"move it to XFAIL_SETS")
    else:  # crash / timeout
        if expected == "crash":
            r.category = "xfail"
        elif expected == "fail":
            r.note = f"listed in XFAIL_SETS['{config}'] but {outcome}ed: move it to CRASHING_SETS"
    return r


# --------------------------------------------------------------------------
# The worker pool.

class _Worker:
    def __init__(self, ctx, slot: int, log_dir: str, num_threads: int,
                 preload: list, config_specs: list):
        self.log_path = os.path.join(log_dir, f"worker{slot}-{time.monotonic_ns()}.log")
        parent, child = ctx.Pipe(duplex=True)
        self.proc = ctx.Process(target=worker_main, name=f"e2e-worker-{slot}",
                                args=(child, self.log_path, num_threads, preload, config_specs),
                                daemon=True)
        self.proc.start()
        child.close()
        self.conn = parent
        self.ready = False
        self.item = None       # (item_id, ...) being run
        self.deadline = None
        self.dispatched = None
        self.started = time.monotonic()

    def dispatch(self, item, timeout):
        self.item = item
        self.dispatched = time.monotonic()
        self.deadline = self.dispatched + timeout if timeout else None
        self.conn.send(("run", item[0], item[1], item[2], timeout))

    def kill(self):
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(10)
        self.conn.close()

    def log_tail(self, max_chars: int = 6000) -> str:
        try:
            with open(self.log_path, "rb") as f:
                f.seek(0, os.SEEK_END)
                size = f.tell()
                f.seek(max(0, size - max_chars))
                return f.read().decode("utf-8", "replace")
        except OSError:
            return ""


def _signal_name(exitcode) -> str:
    if exitcode is None:
        return "unknown exit"
    if exitcode < 0:
        try:
            return signal.Signals(-exitcode).name
        except ValueError:
            return f"signal {-exitcode}"
    return f"exit code {exitcode}"


def _crash_hint(log: str) -> str:
    """The most telling line of a crashed worker's output: the line before
    "Fatal Python error" (often an LLVM assertion), else the last line."""
    lines = [ln.strip() for ln in log.splitlines() if ln.strip()]
    for i, ln in enumerate(lines):
        if ln.startswith("Fatal Python error"):
            return lines[i - 1] if i > 0 else ln
    return lines[-1] if lines else ""


def _hang_location(log: str) -> str:
    """Where the hung worker was: the innermost frame of faulthandler's dump."""
    lines = log.splitlines()
    for i, ln in enumerate(lines):
        if ln.startswith("Thread ") and "most recent call first" in ln and i + 1 < len(lines):
            frame = lines[i + 1].strip()  # File "path", line N in func
            if frame.startswith("File "):
                parts = frame.split('"')
                path = parts[1] if len(parts) > 2 else ""
                rest = parts[-1].strip(", ")
                short = "/".join(path.split("/")[-2:])
                return f"{rest} ({short})"
    return ""


class _Pool:
    MAX_STARTUP_FAILURES = 3

    def __init__(self, jobs: int, preload: list, config_specs: list, startup_timeout: float):
        self.ctx = multiprocessing.get_context("spawn")
        self.jobs = jobs
        self.num_threads = max(1, (os.cpu_count() or 1) // jobs)
        self.preload = preload
        self.config_specs = config_specs
        self.startup_timeout = startup_timeout
        self.log_dir = tempfile.mkdtemp(prefix="torch-mlir-e2e-")
        self.workers: list[_Worker | None] = [None] * jobs
        self.startup_failures = 0

    def _start(self, slot: int):
        self.workers[slot] = _Worker(self.ctx, slot, self.log_dir, self.num_threads,
                                     self.preload, self.config_specs)

    def _startup_failed(self, slot: int, why: str):
        w = self.workers[slot]
        log = w.log_tail()
        w.kill()
        self.startup_failures += 1
        if self.startup_failures >= self.MAX_STARTUP_FAILURES:
            raise HarnessError(f"e2e worker processes fail to start ({why}); last output:\n{log}")
        self._start(slot)

    def run(self, items: Sequence[tuple], timeout: float | None,
            on_result: Callable[[tuple, dict], None]):
        pending = collections.deque(items)
        try:
            for slot in range(self.jobs):
                self._start(slot)
            while pending or any(w.item is not None for w in self.workers):
                for w in self.workers:
                    if w.ready and w.item is None and pending:
                        w.dispatch(pending.popleft(), timeout)
                waitables = []
                for w in self.workers:
                    waitables += [w.conn, w.proc.sentinel]
                now = time.monotonic()
                deadlines = [w.deadline for w in self.workers if w.deadline is not None]
                deadlines += [w.started + self.startup_timeout for w in self.workers
                              if not w.ready]
                wait_for = max(0.0, min(deadlines) - now) if deadlines else None
                ready = multiprocessing.connection.wait(waitables, timeout=wait_for)
                for slot, w in enumerate(self.workers):
                    if w.conn in ready:
                        try:
                            msg = w.conn.recv()
                        except (EOFError, OSError):
                            self._died(slot, on_result)
                            continue
                        self._message(slot, msg, on_result)
                    elif w.proc.sentinel in ready:
                        self._died(slot, on_result)
                now = time.monotonic()
                for slot, w in enumerate(self.workers):
                    if w.item is not None and w.deadline is not None and now > w.deadline:
                        item = w.item
                        w.kill()
                        log = w.log_tail()
                        where = _hang_location(log)
                        on_result(item, {"outcome": "timeout",
                                         "summary": f"timed out after {timeout:g} s"
                                                    + (f", {where}" if where else ""),
                                         "error": f"timed out after {timeout:g} s; worker "
                                                  f"output (with a Python stack dump):\n{log}",
                                         "duration": timeout})
                        self._start(slot)
                    elif not w.ready and now > w.started + self.startup_timeout:
                        self._startup_failed(slot, f"no sign of life after "
                                                   f"{self.startup_timeout:g} s")
        finally:
            self.close()

    def _message(self, slot, msg, on_result):
        w = self.workers[slot]
        if msg[0] == "ready":
            w.ready = True
            self.startup_failures = 0
        elif msg[0] == "startup-error":
            self._startup_failed(slot, msg[1].strip().splitlines()[-1])
        elif msg[0] == "result":
            item = w.item
            w.item = None
            w.deadline = None
            if item is not None and item[0] == msg[1]:
                on_result(item, msg[2])

    def _died(self, slot, on_result):
        w = self.workers[slot]
        w.proc.join(5)
        code = w.proc.exitcode
        if w.item is None:
            # Died while idle or starting up.
            self._startup_failed(slot, f"worker died: {_signal_name(code)}")
            return
        item = w.item
        log = w.log_tail()
        w.kill()
        hint = _crash_hint(log)
        summary = f"crashed ({_signal_name(code)})" + (f": {hint}" if hint else "")
        on_result(item, {"outcome": "crash", "summary": summary,
                         "error": f"worker process crashed ({_signal_name(code)}); "
                                  f"its output:\n{log}",
                         "duration": time.monotonic() - (w.dispatched or time.monotonic())})
        self._start(slot)

    def close(self):
        for w in self.workers:
            if w is None:
                continue
            try:
                if w.proc.is_alive() and w.item is None:
                    w.conn.send(None)
            except (OSError, ValueError):
                pass
        for w in self.workers:
            if w is None:
                continue
            w.proc.join(5)
            w.kill()
        shutil.rmtree(self.log_dir, ignore_errors=True)


# --------------------------------------------------------------------------

def _as_config_class(config) -> type[Config]:
    if isinstance(config, str):
        return get_config(config)
    if isinstance(config, type) and issubclass(config, Config):
        return config
    if isinstance(config, Config):
        return type(config)
    raise TypeError(f"not a config: {config!r}")


def run(tests: Iterable[E2ETest], configs: Iterable, *, jobs: int | None = None,
        timeout: float | None = DEFAULT_TIMEOUT, expectations: Expectations | None = None,
        known_test_names: Iterable[str] | None = None,
        on_start: Callable[[dict], None] | None = None,
        on_result: Callable[[TestResult], None] | None = None,
        startup_timeout: float = 300.0) -> RunReport:
    """Runs every test under every config (config names or Config classes).

    expectations: the xfail/crashing sets (default: `xfail_sets/`).
    known_test_names: if given, xfail/crashing entries naming a test outside
        this set (or an unknown config) are reported as errors (report.errors).
    on_start(planned) gets {config: number of tests} for the available
    configs; on_result is called with each TestResult as it finishes.
    """
    start = time.monotonic()
    tests = list(tests)
    names = [t.name for t in tests]
    dups = sorted({n for n in names if names.count(n) > 1})
    if dups:
        raise HarnessError(f"duplicate test names: {', '.join(dups)}")
    config_classes = [_as_config_class(c) for c in configs]
    expectations = expectations if expectations is not None else Expectations.default()
    report = RunReport([c.name for c in config_classes])
    report.errors += expectations.check_format()
    if known_test_names is not None:
        from .configs import all_configs

        report.errors += expectations.check_names(known_test_names,
                                                  [c.name for c in all_configs()])
    available = []
    for cls in config_classes:
        ok, reason = cls.is_available()
        if ok:
            available.append(cls)
        else:
            report.unavailable[cls.name] = reason or "unavailable"
    if on_start:
        on_start({c.name: len(tests) for c in available})
    if not available or not tests:
        report.wall_time = time.monotonic() - start
        return report

    by_id = {}
    items = []
    for cls in available:
        cspec = config_spec(cls)
        for t in tests:
            item = (len(items), test_spec(t), cspec)
            by_id[item[0]] = (t.name, cls.name)
            items.append(item)
    jobs = max(1, min(jobs or (os.cpu_count() or 1), len(items)))
    preload = sorted({t.file for t in tests if t.file and not getattr(t, "directory", None)}
                     | {cls.__module__ for cls in available})
    results: dict[int, TestResult] = {}

    def record(item, raw):
        test, config = by_id[item[0]]
        r = classify(test, config, raw, expectations)
        results[item[0]] = r
        report.durations[config] = report.durations.get(config, 0.0) + r.duration
        if on_result:
            on_result(r)

    pool = _Pool(jobs, preload, [config_spec(c) for c in available], startup_timeout)
    pool.run(items, timeout, record)
    report.results = [results[i] for i in sorted(results)]
    report.wall_time = time.monotonic() - start
    return report
