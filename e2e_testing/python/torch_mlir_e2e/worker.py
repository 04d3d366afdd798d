"""What runs inside a worker process: find the test and config, compute the
golden outputs in eager mode, compile + run under the config, compare.

Workers are started with the "spawn" multiprocessing context, so tests and
configs travel as specs (names + the module defining them) and are looked up
again in the worker.
"""

from __future__ import annotations

import faulthandler
import importlib
import os
import re
import sys
import time
import traceback

__all__ = ["test_spec", "resolve_test", "resolve_config", "run_one", "worker_main"]


def test_spec(test) -> tuple:
    """A picklable reference to `test` that `resolve_test` turns back into it."""
    directory = getattr(test, "directory", None)
    if directory:
        return ("serialized", directory, test.name)
    return ("module", test.file, test.name)


_SERIALIZED_CACHE: dict = {}


def resolve_test(spec: tuple):
    kind, where, name = spec
    if kind == "serialized":
        from .serialization import load_serialized_test

        key = (where, name)
        if key not in _SERIALIZED_CACHE:
            _SERIALIZED_CACHE[key] = load_serialized_test(where)
        return _SERIALIZED_CACHE[key]
    from . import registry

    module = None
    if where and where not in ("__main__", "__mp_main__"):
        module = importlib.import_module(where)
    elif where:
        module = sys.modules.get("__mp_main__") or sys.modules.get("__main__")
    finder = getattr(module, "find_test", None)
    if finder is not None:  # a generated suite (the OpInfo suite)
        return finder(name)
    for test in _module_tests(module):
        if test.name == name:
            return test
    if name not in registry._REGISTRY:
        registry.all_tests()  # the suite
    try:
        return registry._REGISTRY[name]
    except KeyError:
        raise LookupError(f"test '{name}' not found (module '{where}')") from None


def _module_tests(module) -> list:
    tests = getattr(module, "E2E_TESTS", None) if module is not None else None
    if tests is None:
        return []
    return list(tests.values()) if isinstance(tests, dict) else list(tests)


_CONFIG_CACHE: dict = {}


def resolve_config(spec: tuple):
    """An instance of the config (one per worker)."""
    name, module = spec
    if spec not in _CONFIG_CACHE:
        from . import configs

        if module and module not in ("__main__", "__mp_main__"):
            importlib.import_module(module)
        _CONFIG_CACHE[spec] = configs.get_config(name)()
    return _CONFIG_CACHE[spec]


MAX_SUMMARY = 400
MAX_ERROR = 30000


def _truncate(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return text[:limit] + f"... [{len(text) - limit} more characters]"


def _first_line(text: str) -> str:
    """The first non-empty line; a line ending in ':' (e.g. "failed with 1
    error(s):") or a LoweringError's summary ("2 op(s) could not be lowered to
    x: ops") is joined with the next one, which says what went wrong."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    if not lines:
        return ""
    if len(lines) > 1 and (lines[0].endswith(":") or _LOWERING_SUMMARY.search(lines[0])):
        return f"{lines[0]} {lines[1]}"
    return lines[0]


_LOWERING_SUMMARY = re.compile(r"^LoweringError: \d+ op\(s\) could not be lowered to ")


def _exception_result(phase: str, exc: BaseException) -> dict:
    tb = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    head = _first_line(f"{type(exc).__name__}: {exc}") or type(exc).__name__
    return {"outcome": "fail", "summary": f"{phase}: {head}", "error": f"{phase} failed:\n{tb}"}


def run_one(test, config) -> dict:
    """Runs one test under one config instance; returns a result dict with
    outcome "pass" or "fail", a one-line summary and the full error."""
    import torch

    from .compare import compare_inputs, compare_outputs
    from .exporting import ExportFailure
    from .serialization import clone_values as _clone

    phase = "golden (eager)"
    golden_inputs = None  # what eager left in the inputs (a program may mutate them)
    try:
        if hasattr(test, "golden_outputs"):
            golden = test.golden_outputs()
        else:
            golden_inputs = _clone(test.make_inputs())
            golden_module = test.make_module()
            buffers_before = {n: b.clone() for n, b in golden_module.named_buffers()}
            with torch.no_grad():
                golden = golden_module(*golden_inputs)
        phase = "compile"
        inputs = test.make_inputs()
        module = test.make_module()
        artifact = config.compile(test, module, _clone(inputs))
        phase = "run"
        run_inputs = _clone(inputs)
        outputs = config.run(artifact, run_inputs)
    except ExportFailure as e:  # torch.export itself: told apart from our failures
        return _exception_result("export", e.__cause__ or e)
    except Exception as e:  # noqa: BLE001 - every failure is a test result
        return _exception_result(phase, e)
    try:
        mismatch = compare_outputs(outputs, golden, rtol=test.rtol, atol=test.atol,
                                   values=getattr(test, "values_comparable", True))
        if not mismatch and golden_inputs is not None:
            mismatch = compare_inputs(run_inputs, golden_inputs, rtol=test.rtol, atol=test.atol)
        if not mismatch and golden_inputs is not None:
            mismatch = _compare_mutated_buffers(module, golden_module, buffers_before, test)
    except Exception as e:  # noqa: BLE001
        return _exception_result("compare", e)
    if mismatch:
        return {"outcome": "fail", "summary": f"mismatch: {_first_line(mismatch)}",
                "error": f"outputs (or mutated inputs) differ from eager:\n{mismatch}"}
    return {"outcome": "pass", "summary": "", "error": ""}


def _compare_mutated_buffers(module, golden_module, before: dict, test) -> str | None:
    """The buffers eager's forward changed (BatchNorm's running stats in
    training mode) must have changed the same way in the module the config
    compiled and ran: compiled calls see the state eager calls would see."""
    import torch

    from .compare import compare_outputs

    compiled_buffers = dict(module.named_buffers())
    for name, value in golden_module.named_buffers():
        if torch.equal(value, before[name]):
            continue
        mismatch = compare_outputs(compiled_buffers.get(name), value, rtol=test.rtol,
                                   atol=test.atol)
        if mismatch:
            return mismatch.replace("output", f"buffer '{name}'", 1)
    return None


def worker_main(conn, log_path: str, num_threads: int, preload: list, config_specs: list):
    """Worker loop: sends ("ready",), then for each ("run", id, test_spec,
    config_spec, timeout) sends ("result", id, result_dict); exits on None."""
    fd = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    os.dup2(fd, 1)
    os.dup2(fd, 2)
    faulthandler.enable(file=sys.stderr, all_threads=True)
    try:
        import torch

        torch.set_num_threads(max(1, num_threads))
        for module in preload:
            if module and module not in ("__main__", "__mp_main__"):
                warm_up = getattr(importlib.import_module(module), "warm_up", None)
                if callable(warm_up):  # e.g. the OpInfo suite imports torch's op database
                    warm_up()
        configs = [resolve_config(spec) for spec in config_specs]
    except Exception:  # noqa: BLE001 - report and die: the pool gives up on startup errors
        traceback.print_exc()
        sys.stderr.flush()
        conn.send(("startup-error", traceback.format_exc()))
        return
    for config in configs:
        try:
            config.warm_up()
        except Exception:  # noqa: BLE001 - the tests of that config will fail and say why
            traceback.print_exc()
    conn.send(("ready",))
    while True:
        try:
            msg = conn.recv()
        except EOFError:
            return
        if msg is None:
            return
        _, item_id, tspec, cspec, timeout = msg
        sys.stdout.flush()
        sys.stderr.flush()
        os.ftruncate(fd, 0)
        if timeout:
            # A Python stack of a hang lands in the log just before the kill.
            faulthandler.dump_traceback_later(max(0.5, timeout * 0.9), file=sys.stderr)
        start = time.monotonic()
        try:
            test = resolve_test(tspec)
            config = resolve_config(cspec)
        except Exception as e:  # noqa: BLE001
            result = _exception_result("harness: loading the test/config", e)
        else:
            result = run_one(test, config)
        result["duration"] = time.monotonic() - start
        result["summary"] = _truncate(result["summary"], MAX_SUMMARY)
        result["error"] = _truncate(result["error"], MAX_ERROR)
        faulthandler.cancel_dump_traceback_later()
        sys.stdout.flush()
        sys.stderr.flush()
        conn.send(("result", item_id, result))
