"""The parent side: worker processes, timeouts, and turning results into findings.

`Pool(n).run(jobs)` sends each job to one of n `fuzz_worker.py` processes and
yields (job, result) as they finish. A result is the worker's JSON answer, or
{"died": ...} when the child running the job died (signal or exit code, plus
whatever it printed), or {"hang": True} when it ran past the timeout (the
parent kills the child; the worker forks a new one).

`classify_opt` decides whether one torch-mlir-opt result is a finding:
death, assertion text, hang, an exception that escaped `main`, an exit code
other than 0/1, exit 1 without a located diagnostic, or a diagnostic that
reports an internal exception instead of a statement about the input.
"""

from __future__ import annotations

import json
import os
import re
import selectors
import signal
import subprocess
import sys
import tempfile
import time
from collections import deque
from dataclasses import dataclass

HERE = os.path.dirname(os.path.abspath(__file__))
PIPELINE = "builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)"
MODES = {
    "plain": ["-", "--mlir-disable-threading"],
    "pipeline": ["-", f"--pass-pipeline={PIPELINE}", "--mlir-disable-threading"],
}


class WorkerError(RuntimeError):
    pass


class Worker:
    """One fuzz_worker.py process (a warm zygote forking job-running children)."""

    def __init__(self, startup_timeout: float = 300.0):
        fd, self.capture = tempfile.mkstemp(prefix="fuzz-capture-", suffix=".txt")
        os.close(fd)
        self.proc = subprocess.Popen(
            [sys.executable, os.path.join(HERE, "fuzz_worker.py"), self.capture],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=HERE)
        self.buf = b""
        self.child = None
        self.restarts = 0
        msg = self._next(startup_timeout)
        if msg is None or msg.get("event") != "ready":
            self.close()
            raise WorkerError(f"fuzz worker did not start: {msg}; see {self.capture}")
        self.child = self._expect_child(startup_timeout)

    def _next(self, timeout: float) -> dict | None:
        """The next protocol message; None on EOF; {"event": "timeout"}."""
        deadline = time.monotonic() + timeout
        sel = selectors.DefaultSelector()
        sel.register(self.proc.stdout, selectors.EVENT_READ)
        try:
            while b"\n" not in self.buf:
                left = deadline - time.monotonic()
                if left <= 0 or not sel.select(left):
                    return {"event": "timeout"}
                chunk = os.read(self.proc.stdout.fileno(), 1 << 16)
                if not chunk:
                    return None
                self.buf += chunk
        finally:
            sel.close()
        line, _, self.buf = self.buf.partition(b"\n")
        return json.loads(line)

    def _expect_child(self, timeout: float) -> int:
        msg = self._next(timeout)
        if msg is None or msg.get("event") != "child":
            raise WorkerError(f"fuzz worker sent {msg} instead of a child pid")
        return msg["pid"]

    def run(self, job: dict, timeout: float) -> dict:
        self.proc.stdin.write((json.dumps(job) + "\n").encode())
        self.proc.stdin.flush()
        while True:
            msg = self._next(timeout)
            if msg is None:
                raise WorkerError("fuzz worker exited")
            ev = msg.pop("event")
            if ev == "child":  # the previous child used its quota
                self.child = msg["pid"]
                continue
            if ev == "result":
                return msg
            if ev == "timeout":
                os.kill(self.child, signal.SIGKILL)
                died = self._next(60.0)
                self.child = self._expect_child(60.0)
                self.restarts += 1
                return {"hang": True, "timeout": timeout,
                        "native": (died or {}).get("native", "")}
            if ev == "died":
                self.child = self._expect_child(60.0)
                self.restarts += 1
                return {"died": True, "signal": msg["signal"], "exit": msg["exit"],
                        "native": msg["native"]}
            raise WorkerError(f"unexpected message {ev}")

    def close(self) -> None:
        try:
            self.proc.stdin.close()
            self.proc.wait(timeout=30)
        except Exception:
            self.proc.kill()
            self.proc.wait()
        try:
            os.unlink(self.capture)
        except OSError:
            pass


class Pool:
    """n workers; `run(jobs, timeout)` yields (job, result) in completion order."""

    def __init__(self, n: int = 1):
        self.workers = [Worker() for _ in range(max(1, n))]

    def run(self, jobs, timeout: float):
        import threading
        from queue import Queue

        pending = deque(jobs)
        lock = threading.Lock()
        out: Queue = Queue()

        def loop(w):
            while True:
                with lock:
                    if not pending:
                        break
                    job = pending.popleft()
                try:
                    out.put((job, w.run(job, timeout)))
                except Exception as e:  # the worker itself is gone
                    out.put((job, {"worker_error": str(e)}))
                    break
            out.put(None)

        threads = [threading.Thread(target=loop, args=(w,), daemon=True) for w in self.workers]
        for t in threads:
            t.start()
        done = 0
        while done < len(threads):
            item = out.get()
            if item is None:
                done += 1
            else:
                yield item
        for t in threads:
            t.join()

    @property
    def restarts(self) -> int:
        return sum(w.restarts for w in self.workers)

    def close(self) -> None:
        for w in self.workers:
            w.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


# --- classification ---------------------------------------------------------------

@dataclass(frozen=True)
class Finding:
    kind: str       # crash | hang | escaped | exit-code | unlocated | internal
    mode: str       # plain | pipeline | api
    signature: str  # normalized: findings with one signature are one bug
    message: str    # the evidence (first lines)


_CRASH_TEXT = re.compile(r"Assertion .* failed|LLVM ERROR:.*|PLEASE submit a bug report.*|"
                         r"Stack dump:|Segmentation fault|terminate called.*")
_ERROR_LINE = re.compile(r"^(?P<loc>\S[^\n]*?): error: (?P<msg>.*)$", re.M)
_LOCATED = re.compile(r":\d+:\d+$")
# Text that shows an exception of ours (or a rule's self-check) instead of a
# statement about the input.
_INTERNAL = re.compile(
    r"internal error|rule produced a value of type|rule returned .* expected|"
    r"Python pass '[^']+' raised|Traceback \(most recent call last\)|"
    r"\b(IndexError|KeyError|AttributeError|AssertionError|NameError|UnboundLocalError|"
    r"ZeroDivisionError|RecursionError|UnicodeError|StopIteration)\b")


def normalize(text: str) -> str:
    """A message with its incidental parts (SSA names, numbers, types, paths,
    source positions) replaced, so one bug gives one signature."""
    t = re.sub(r"\(at [^)]*\)", "", text)
    t = re.sub(r"/[\w./-]+\.(py|cpp|h|td):\d+", "<src>", t)
    t = re.sub(r"!torch\.[\w.]+(<[^ :,]*>)?", "!T", t)
    t = re.sub(r"\b(tensor|memref|vector)<[^>]*>", "T", t)
    t = re.sub(r"%[\w.$#-]+", "%v", t)
    t = re.sub(r"@[\w.$-]+", "@f", t)
    t = re.sub(r"'[^']{0,80}'", "'_'", t)
    t = re.sub(r"-?\b\d+(\.\d+)?(e[+-]?\d+)?\b", "N", t)
    return re.sub(r"\s+", " ", t).strip()[:200]


def _op_of(msg: str) -> str:
    m = re.search(r"\b(torch\.(?:aten|prim|prims|constant)\.[\w.]+)", msg)
    return m.group(1) if m else ""


_RULE_ERROR = re.compile(r"internal error in lowering rule (?P<where>[\w.<>]+): "
                         r"(?P<exc>\w+): (?P<detail>.*?)(?: \(at |$)")
_PASS_ERROR = re.compile(r"Python pass '(?P<where>[^']+)' raised (?P<exc>\w+): "
                         r"(?P<detail>.*?)(?: \(at |$)")


def _internal_key(msg: str) -> str:
    """`op:where:ExceptionType:detail` for a diagnostic reporting an exception."""
    for pat in (_RULE_ERROR, _PASS_ERROR):
        m = pat.search(msg)
        if m:
            where = m.group("where").replace("torch_mlir_core.lowering.", "")
            return (f"{_op_of(msg)}:{where}:{m.group('exc')}:"
                    f"{normalize(m.group('detail'))[:60]}")
    exc = _INTERNAL.search(msg).group()
    return f"{_op_of(msg)}:{exc}:{normalize(msg)[:100]}"


def classify_opt(mode: str, res: dict) -> Finding | None:
    """The finding one torch-mlir-opt run is, or None if it behaved."""
    native = res.get("native", "") or ""
    if res.get("worker_error"):
        return Finding("crash", mode, f"crash:{mode}:worker lost", res["worker_error"])
    if res.get("hang"):
        return Finding("hang", mode, f"hang:{mode}", f"no answer after {res['timeout']} s")
    crash = _CRASH_TEXT.search(native + (res.get("stderr") or ""))
    if res.get("died") or crash:
        how = (f"signal {res['signal']}" if res.get("signal") else
               f"exit {res.get('exit')}" if res.get("died") else "printed")
        what = crash.group() if crash else how
        return Finding("crash", mode, f"crash:{mode}:{normalize(what)}", f"{how}: {native[-1500:]}")
    if res.get("exc"):
        last = res["exc"].strip().splitlines()[-1]
        return Finding("escaped", mode, f"escaped:{mode}:{normalize(last)}", res["exc"][-1500:])
    rc = res.get("rc")
    if rc not in (0, 1):
        return Finding("exit-code", mode, f"exit-code:{mode}:{rc}", res.get("stderr", "")[-1500:])
    errors = list(_ERROR_LINE.finditer(res.get("stderr", "")))
    for m in errors:
        if _INTERNAL.search(m.group("msg")):
            msg = m.group("msg")
            return Finding("internal", mode, f"internal:{mode}:{_internal_key(msg)}", msg[:1500])
    if _INTERNAL.search(res.get("stderr", "")):
        return Finding("internal", mode, f"internal:{mode}:{normalize(res['stderr'])[:160]}",
                       res["stderr"][-1500:])
    if rc == 1 and not any(_LOCATED.search(m.group("loc")) for m in errors):
        text = res.get("stderr", "").strip()
        return Finding("unlocated", mode, f"unlocated:{mode}:{normalize(text)[:160]}",
                       text[-1500:])
    return None
