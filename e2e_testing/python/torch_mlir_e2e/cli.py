"""Command line: `python -m torch_mlir_e2e` (or `torch-mlir-e2e`).

    torch-mlir-e2e [--config NAME ...] [-f REGEX] [-j N] [--timeout S] [--verbose]
                   [--tests-module MODULE | --serialized-test-dir DIR]
    torch-mlir-e2e serialize [-f REGEX] --output-dir DIR [--tests-module MODULE]

Exit status: 0 if every result is as expected; 1 on an unexpected failure,
crash, timeout or pass, or an invalid xfail/crashing set entry; 2 on a usage
error (unknown config, bad regex, no test selected, harness failure).
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
import traceback

from . import configs as configs_mod
from .expectations import Expectations

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

# The OpInfo suite's default bound (what CI runs): see e2e_testing/README.md.
OPINFO_SAMPLES = 1
OPINFO_DTYPES = ("float32",)


def _samples_arg(text: str) -> int | None:
    if text == "all":
        return None
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a positive int or 'all', got {text!r}") \
            from None
    if n < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return n


def _subset_arg(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a positive int, got {text!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return n


def _add_selection_args(p: argparse.ArgumentParser):
    p.add_argument("-f", "--filter", action="append", default=[], metavar="REGEX",
                   help="run only tests whose name matches REGEX (re.search; repeatable: "
                        "any match)")
    p.add_argument("--subset", type=_subset_arg, default=None, metavar="N",
                   help="run every N-th of the selected tests in name order (the 1st, "
                        "N+1-th, ...): a fixed, smaller sample, the same on every run of "
                        "the same suite")
    p.add_argument("--suite", choices=("default", "opinfo"), default="default",
                   help="default: the hand-written suite; opinfo: tests generated from "
                        "PyTorch's OpInfo database (see --opinfo-samples, --opinfo-dtypes)")
    p.add_argument("--opinfo-samples", type=_samples_arg, default=OPINFO_SAMPLES,
                   metavar="N|all",
                   help=f"OpInfo suite: the first N samples of each OpInfo and dtype "
                        f"(default {OPINFO_SAMPLES}; 'all': every sample)")
    p.add_argument("--opinfo-dtypes", default=",".join(OPINFO_DTYPES), metavar="LIST",
                   help=f"OpInfo suite: comma-separated dtypes, or 'all' (default "
                        f"{','.join(OPINFO_DTYPES)}); only those every selected config "
                        f"supports are generated")
    p.add_argument("--tests-module", metavar="MODULE",
                   help="take the tests from this importable module instead of the suite: "
                        "its E2E_TESTS list, else the tests it registers with @e2e_test; "
                        "its XFAIL_SETS/CRASHING_SETS (if any) replace xfail_sets/")


def _run_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="torch-mlir-e2e",
        description="Run the torch-mlir e2e conformance suite against torch eager. "
                    "(`torch-mlir-e2e serialize -h`: write serialized tests.)")
    p.add_argument("--config", action="append", default=[], metavar="NAME",
                   help="config to run (repeatable, or comma-separated; 'all' = every "
                        "registered config; default: all)")
    _add_selection_args(p)
    p.add_argument("--serialized-test-dir", metavar="DIR",
                   help="run the serialized tests in DIR (see `serialize`) instead of the suite")
    p.add_argument("-j", "--jobs", type=int, default=None,
                   help="worker processes (default: the number of CPUs)")
    p.add_argument("--timeout", type=float, default=120.0, metavar="S",
                   help="per-test timeout in seconds, compile + run (default 120; 0 = none)")
    p.add_argument("-v", "--verbose", action="store_true",
                   help="print the full error of every unexpected result")
    p.add_argument("--list", action="store_true", help="list the selected tests and exit")
    p.add_argument("--list-configs", action="store_true",
                   help="list the configs and their availability and exit")
    p.add_argument("--suggest-xfail", action="store_true",
                   help="after the run, print xfail_sets/ entries for the unexpected results")
    p.add_argument("--failure-table", metavar="FILE",
                   help="write a Markdown table of the run's failures by cause and op "
                        "(every non-passing result, expected or not) to FILE")
    return p


def _serialize_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="torch-mlir-e2e serialize",
        description="Serialize tests (program via torch.export.save, inputs, golden outputs, "
                    "test.json) for `torch-mlir-e2e --serialized-test-dir DIR`.")
    _add_selection_args(p)
    p.add_argument("--output-dir", required=True, metavar="DIR")
    return p


class _UsageError(Exception):
    pass


def _opinfo_tests(args, configs):
    from .opinfo import names, suite

    wanted = names.DTYPE_NAMES if args.opinfo_dtypes == "all" else \
        [d.strip() for d in args.opinfo_dtypes.split(",") if d.strip()]
    unknown = [d for d in wanted if d not in names.DTYPE_NAMES]
    if unknown:
        raise _UsageError(f"unknown --opinfo-dtypes {unknown}; known: "
                          f"{', '.join(names.DTYPE_NAMES)}")
    for cls in configs:
        if cls.supported_dtypes is not None:
            wanted = [d for d in wanted if d in cls.supported_dtypes]
    try:
        return suite.opinfo_tests(args.opinfo_samples, wanted)
    except RuntimeError as e:
        raise _UsageError(str(e)) from None


def _known_names(suite_names: list[str], check_opinfo_ops: bool):
    """Whether an xfail-set entry names a test: one of the hand-written suite,
    a heavydep test, or an OpInfo test (its OpInfo and dtype are checked when
    the OpInfo suite runs; otherwise only the name's form)."""
    from .heavydep_models import MODELS
    from .opinfo import names

    known = set(suite_names) | set(MODELS)

    def is_known(name: str) -> bool:
        if name in known:
            return True
        if not check_opinfo_ops:
            return names.parse_name(name) is not None
        from .opinfo.suite import is_known_name

        return is_known_name(name)

    return is_known


def _select_tests(args, configs=()):
    """(tests, known test names for the stale-entry check or None, expectations)."""
    if getattr(args, "serialized_test_dir", None):
        if args.tests_module:
            raise _UsageError("--serialized-test-dir and --tests-module are exclusive")
        from .serialization import load_serialized_tests

        try:
            tests = load_serialized_tests(args.serialized_test_dir)
        except ValueError as e:
            raise _UsageError(str(e)) from None
        known, expectations = None, Expectations.default()
    elif args.tests_module:
        from . import registry

        try:
            module = importlib.import_module(args.tests_module)
        except ImportError as e:
            raise _UsageError(f"cannot import --tests-module '{args.tests_module}': {e}") from None
        if hasattr(module, "E2E_TESTS"):
            tests = module.E2E_TESTS
            tests = list(tests.values()) if isinstance(tests, dict) else list(tests)
        else:
            prefix = args.tests_module
            tests = [t for t in registry._REGISTRY.values()
                     if t.file == prefix or t.file.startswith(prefix + ".")]
        tests = sorted(tests, key=lambda t: t.name)
        known = [t.name for t in tests]
        expectations = Expectations.from_module(module)
    else:
        from .registry import all_tests

        suite_names = [t.name for t in all_tests()]
        opinfo = args.suite == "opinfo"
        tests = _opinfo_tests(args, configs) if opinfo else all_tests()
        known = _known_names(suite_names, check_opinfo_ops=opinfo)
        expectations = Expectations.default()
    patterns = []
    for f in args.filter:
        try:
            patterns.append(re.compile(f))
        except re.error as e:
            raise _UsageError(f"bad -f regex {f!r}: {e}") from None
    if patterns:
        tests = [t for t in tests if any(p.search(t.name) for p in patterns)]
    if args.subset:
        tests = sorted(tests, key=lambda t: t.name)[::args.subset]
    return tests, known, expectations


def _select_configs(names: list[str]):
    wanted = []
    for n in names:
        wanted += [x.strip() for x in n.split(",") if x.strip()]
    if not wanted or "all" in wanted:
        return configs_mod.all_configs()
    out = []
    for n in wanted:
        try:
            cls = configs_mod.get_config(n)
        except KeyError as e:
            raise _UsageError(e.args[0]) from None
        if cls not in out:
            out.append(cls)
    return out


def _main_run(argv) -> int:
    args = _run_parser().parse_args(argv)
    if args.jobs is not None and args.jobs < 1:
        raise _UsageError("-j must be at least 1")
    if args.suite == "opinfo":
        if args.serialized_test_dir or args.tests_module:
            raise _UsageError("--suite opinfo cannot be combined with --serialized-test-dir "
                              "or --tests-module")
        configs = _select_configs(args.config)  # their dtypes select the samples
        tests, known, expectations = _select_tests(args, configs)
    else:
        # A --tests-module may register configs: import it first.
        tests, known, expectations = _select_tests(args)
        configs = _select_configs(args.config)
    if args.list_configs:
        for cls in configs_mod.all_configs():
            ok, reason = cls.is_available()
            status = "available" if ok else f"unavailable: {reason}"
            print(f"{cls.name:<28} {cls.frontend or '-'} -> {cls.output_type or '-'} -> "
                  f"{cls.backend or '-'}  [{status}]")
        return EXIT_OK
    if args.list:
        for t in tests:
            print(t.name)
        return EXIT_OK
    if not tests:
        raise _UsageError("no test selected" + (f" (filters: {args.filter})"
                                                 if args.filter else ""))

    from .reporting import Progress, print_summary, suggest_xfail_entries
    from .runner import run

    progress = Progress(verbose=args.verbose)
    report = run(tests, configs, jobs=args.jobs, timeout=args.timeout or None,
                 expectations=expectations, known_test_names=known,
                 on_start=progress.start, on_result=progress.result)
    progress.finish()
    print_summary(report, verbose=args.verbose)
    if args.suite == "opinfo":
        from .opinfo.triage import print_opinfo_summary

        print_opinfo_summary(report)
    if args.failure_table:
        from .opinfo.triage import write_failure_table

        write_failure_table(report, args.failure_table)
        print(f"failure table written to {args.failure_table}")
    if args.suggest_xfail:
        print("\n# Suggested xfail_sets/ entries:")
        if args.suite == "opinfo":
            from .opinfo.triage import suggest_opinfo_rows

            print(suggest_opinfo_rows(report), end="")
        else:
            print(suggest_xfail_entries(report), end="")
    return EXIT_OK if report.ok else EXIT_FAILED


def _main_serialize(argv) -> int:
    args = _serialize_parser().parse_args(argv)
    tests, _, _ = _select_tests(args)
    if not tests:
        raise _UsageError("no test selected" + (f" (filters: {args.filter})"
                                                 if args.filter else ""))
    from .serialization import serialize_test

    failed = 0
    for t in tests:
        try:
            path = serialize_test(t, args.output_dir)
            print(f"serialized {t.name} -> {path}")
        except Exception as e:  # noqa: BLE001 - report and go on
            failed += 1
            print(f"FAILED to serialize {t.name}: {type(e).__name__}: {e}", file=sys.stderr)
    print(f"{len(tests) - failed} of {len(tests)} test(s) serialized to {args.output_dir}")
    return EXIT_FAILED if failed else EXIT_OK


def main(argv=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] == "serialize":
            return _main_serialize(argv[1:])
        if argv and argv[0] == "run":
            argv = argv[1:]
        return _main_run(argv)
    except _UsageError as e:
        print(f"torch-mlir-e2e: error: {e}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("torch-mlir-e2e: interrupted", file=sys.stderr)
        return 130
    except Exception as e:  # noqa: BLE001 - a harness failure, not a test failure
        from .runner import HarnessError

        if isinstance(e, HarnessError):
            print(f"torch-mlir-e2e: error: {e}", file=sys.stderr)
        else:
            traceback.print_exc()
        return EXIT_USAGE
