"""The fuzzers' worker process: import torch + MLIR once, then run many jobs.

Started by `fuzz_runner.Worker` as `python fuzz_worker.py CAPTURE_FILE`. Importing torch
and the MLIR bindings costs seconds, so this process (the "zygote") imports
everything and warms the backend pipeline once, then forks a child that runs
jobs in-process, one at a time: it reads one JSON job per line from stdin and
writes one JSON result per line. When a child dies (abort, segfault, the
parent's SIGKILL after a timeout) the zygote reports it and forks a fresh,
already-warm child: the job the child died on is the culprit.

The child's fds 1 and 2 point at CAPTURE_FILE (truncated before each job), so
whatever native code prints (an LLVM assertion, "LLVM ERROR") is read back,
both after a normal job and after a death. The protocol uses a private
duplicate of the original stdout.

Jobs:
  {"id": ..., "kind": "opt", "argv": [...], "text": "..."}  torch-mlir-opt main(argv)
      with `text` on stdin -> {"rc", "stdout", "stderr", "native", "exc"}
  {"id": ..., "kind": "api", "case": "name"}  api_cases.run(name)
      -> {"outcome": ..., "detail": ..., "native", "exc"}
"""

from __future__ import annotations

import io
import json
import os
import sys
import time
import traceback

JOBS_PER_CHILD = 300  # a fresh child now and then bounds memory growth
_OUT_LIMIT = 20000

_WARM_IR = """
func.func @f(%a: !torch.vtensor<[2,3],f32>) -> !torch.vtensor<[2,3],f32> {
  %0 = torch.aten.exp %a : !torch.vtensor<[2,3],f32> -> !torch.vtensor<[2,3],f32>
  return %0 : !torch.vtensor<[2,3],f32>
}
"""
PIPELINE = "builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)"


def run_opt(argv: list[str], text: str) -> dict:
    from torch_mlir_core.tools import opt

    saved = sys.stdin, sys.stdout, sys.stderr
    out, err = io.StringIO(), io.StringIO()
    sys.stdin, sys.stdout, sys.stderr = io.StringIO(text), out, err
    exc = None
    try:
        rc = opt.main(list(argv))
    except SystemExit as e:
        rc = e.code if isinstance(e.code, int) else 1
    except BaseException:  # noqa: B036 - an escaped exception is a finding
        rc, exc = None, traceback.format_exc()
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved
    return {"rc": rc, "stdout": out.getvalue()[:_OUT_LIMIT],
            "stderr": err.getvalue()[:_OUT_LIMIT], "exc": exc}


def run_api(case: str) -> dict:
    import api_cases

    try:
        outcome, detail = api_cases.run(case)
        return {"outcome": outcome, "detail": detail[:_OUT_LIMIT], "exc": None}
    except BaseException:  # noqa: B036
        return {"outcome": "escaped", "detail": "", "exc": traceback.format_exc()}


def _read_line(fd: int, buf: bytearray) -> bytes | None:
    while b"\n" not in buf:
        chunk = os.read(fd, 1 << 16)
        if not chunk:
            return None
        buf.extend(chunk)
    i = buf.index(b"\n")
    line = bytes(buf[:i])
    del buf[:i + 1]
    return line


def _send(proto: int, msg: dict) -> None:
    data = (json.dumps(msg) + "\n").encode()
    while data:
        data = data[os.write(proto, data):]


def _read_capture(capture: int) -> str:
    os.lseek(capture, 0, os.SEEK_SET)
    data = os.read(capture, _OUT_LIMIT)
    return data.decode("utf-8", "replace")


def _serve(proto: int, capture: int) -> int:
    """The child: run jobs until stdin closes (exit 0) or the quota is used (3)."""
    buf = bytearray()
    for _ in range(JOBS_PER_CHILD):
        line = _read_line(0, buf)
        if line is None:
            return 0
        job = json.loads(line)
        os.ftruncate(capture, 0)
        os.lseek(capture, 0, os.SEEK_SET)
        start = time.monotonic()
        if job["kind"] == "opt":
            res = run_opt(job["argv"], job["text"])
        else:
            res = run_api(job["case"])
        sys.stdout.flush()
        sys.stderr.flush()
        res["native"] = _read_capture(capture)
        res["secs"] = round(time.monotonic() - start, 3)
        res["id"] = job["id"]
        _send(proto, {"event": "result", **res})
    return 3


def main() -> int:
    capture_path = sys.argv[1]
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    proto = os.dup(1)
    capture = os.open(capture_path, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o644)
    os.dup2(capture, 1)
    os.dup2(capture, 2)
    # Import and warm up once; every child inherits it.
    import torch  # noqa: F401

    import api_cases  # noqa: F401

    run_opt(["-", f"--pass-pipeline={PIPELINE}", "--mlir-disable-threading"], _WARM_IR)
    _send(proto, {"event": "ready"})
    while True:
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                code = _serve(proto, capture)
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(code)
        _send(proto, {"event": "child", "pid": pid})
        _, status = os.waitpid(pid, 0)
        if os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0:
            return 0  # stdin closed
        if os.WIFEXITED(status) and os.WEXITSTATUS(status) == 3:
            continue  # quota used: a fresh child
        sig = os.WTERMSIG(status) if os.WIFSIGNALED(status) else None
        code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else None
        _send(proto, {"event": "died", "signal": sig, "exit": code,
                      "native": _read_capture(capture)})


if __name__ == "__main__":
    sys.exit(main())
