"""The runner with real worker processes, on the private fixture test list
(e2e_harness_fixtures), never the real suite."""

import os
import subprocess
import sys
import textwrap

import pytest
import torch

import e2e_harness_fixtures as fx
from torch_mlir_e2e.expectations import Expectations
from torch_mlir_e2e.registry import Arg, E2ETest, FunctionModule
from torch_mlir_e2e.runner import run
from torch_mlir_e2e.serialization import load_serialized_tests, serialize_test

HERE = os.path.dirname(os.path.abspath(__file__))
PYTHON_DIR = os.path.join(os.path.dirname(HERE), "python")
TIMEOUT = 6.0


def _tests(*names):
    by_name = {t.name: t for t in fx.E2E_TESTS}
    return [by_name[n] for n in names]


@pytest.fixture(scope="module")
def report():
    """One run of every fixture test under both fixture configs."""
    return run(fx.E2E_TESTS, ["fixture-eager", "fixture-unavailable"], jobs=2,
               timeout=TIMEOUT, expectations=Expectations.from_module(fx),
               known_test_names=[t.name for t in fx.E2E_TESTS])


def _cat(report, test):
    return report.result("fixture-eager", test).category


def _assert_fails_with(report, expected: dict[str, str]):
    """Each test fails, with its text in the one-line summary."""
    for test, text in expected.items():
        res = report.result("fixture-eager", test)
        assert res.category == "fail", test
        assert text in res.summary, (test, res.summary)


def test_crash_is_isolated_and_next_test_passes():
    # One worker: the abort kills it, a new one runs the next test.
    r = run(_tests("ok_add", "abort_in_compile", "after_abort_ok"),
            ["fixture-eager"], jobs=1, timeout=TIMEOUT, expectations=Expectations())
    cats = [(x.test, x.category) for x in r.results]
    assert cats == [("ok_add", "pass"), ("abort_in_compile", "crash"),
                    ("after_abort_ok", "pass")]
    assert "SIGABRT" in r.results[1].summary
    # faulthandler's dump of the crashing Python stack is kept.
    assert "in compile" in r.results[1].error
    assert not r.ok


def test_crashes_and_exit(report):
    assert _cat(report, "abort_in_compile") == "crash"
    res = report.result("fixture-eager", "segv_in_compile")
    assert res.category == "crash" and "SIGSEGV" in res.summary
    res = report.result("fixture-eager", "exit_in_compile")
    assert res.category == "crash" and "exit code 3" in res.summary


def test_timeout(report):
    res = report.result("fixture-eager", "hang_in_compile")
    assert res.category == "timeout"
    # Where it hung: the innermost frame of faulthandler's stack dump.
    assert res.summary.startswith(f"timed out after {TIMEOUT:g} s, line ")
    assert res.summary.endswith(" in compile (tests/e2e_harness_fixtures.py)")
    assert "Timeout" in res.error and "time.sleep" not in res.summary


def test_exceptions_and_mismatches(report):
    res = report.result("fixture-eager", "raise_in_compile")
    assert res.category == "fail"
    assert res.summary == "compile: RuntimeError: boom in compile of raise_in_compile"
    assert "second line of the error" in res.error and "Traceback" in res.error
    expected = {
        "wrongdtype_add": "dtype mismatch: expected torch.float32, got torch.float64",
        "wrongshape_add": "shape mismatch: expected [4, 3], got [1, 4, 3]",
        "wrongvalue_add": "values differ",
        "wrongstruct_add": "expected tensor<[4, 3], torch.float32>, got tuple(",
        "scalarwrong_halfsum": "expected Python float",
    }
    _assert_fails_with(report, expected)


def test_mutations_are_compared(report):
    # A program mutating its inputs / buffers: a run that leaves them as they
    # were, or mutates them differently from eager, fails.
    expected = {
        "nomutate_add_": "input[0]: values differ",
        "wrongmutate_add_": "input[0]: values differ",
        "nomutate_buffer": "buffer 'total': values differ",
    }
    _assert_fails_with(report, expected)
    for test in ("okmutate_add_", "okmutate_buffer"):
        assert _cat(report, test) == "pass", report.result("fixture-eager", test)


def test_passes(report):
    for test in ("ok_add", "ok_add2", "after_abort_ok", "ok_scalar_halfsum"):
        assert _cat(report, test) == "pass", report.result("fixture-eager", test)


def test_xfail_xpass(report):
    assert _cat(report, "xfail_raise_listed") == "xfail"
    assert _cat(report, "xpass_ok_listed") == "xpass"
    assert _cat(report, "crash_listed_abort") == "xfail"
    res = report.result("fixture-eager", "crash_listed_but_raises")
    assert res.category == "xfail" and "move it to XFAIL_SETS" in res.note
    assert not report.ok
    assert report.errors == []
    counts = report.counts("fixture-eager")
    assert counts == {"pass": 6, "fail": 9, "xfail": 3, "xpass": 1, "crash": 3, "timeout": 1}


def test_unavailable_config(report):
    assert "no_such_package_for_e2e_tests" in report.unavailable["fixture-unavailable"]
    assert not [r for r in report.results if r.config == "fixture-unavailable"]


def test_xpass_alone_fails_the_run_and_clean_run_is_ok():
    e = Expectations(xfail={"fixture-eager": {"ok_add": "listed"}})
    r = run(_tests("ok_add", "ok_add2"), ["fixture-eager"], jobs=1, timeout=TIMEOUT,
            expectations=e)
    assert [x.category for x in r.results] == ["xpass", "pass"]
    assert not r.ok
    e = Expectations(xfail={"fixture-eager": {"raise_in_compile": "raises"}})
    r = run(_tests("ok_add", "raise_in_compile"), ["fixture-eager", "eager"], jobs=1,
            timeout=TIMEOUT, expectations=e)
    assert [(x.config, x.category) for x in r.results] == [
        ("fixture-eager", "pass"), ("fixture-eager", "xfail"),
        ("eager", "pass"), ("eager", "pass")]
    assert r.ok


def _tuple_fn(a, s):
    return a * s, [a.sum(dim=0), a.shape[0] * 2]


def test_serialize_round_trip(tmp_path):
    tests = [
        E2ETest("ser_add", lambda: FunctionModule(lambda a, b: a + b),
                [Arg([-1, 3]), Arg([-1, 3])],
                lambda tu: (tu.rand(4, 3), tu.rand(4, 3)), file=__name__),
        E2ETest("ser_tuple", lambda: FunctionModule(_tuple_fn),
                [Arg([-1, 2]), Arg(None, float)], lambda tu: (tu.rand(5, 2), 1.5),
                atol=1e-4, file=__name__),
    ]
    for t in tests:
        serialize_test(t, tmp_path)
    loaded = load_serialized_tests(tmp_path)
    assert [t.name for t in loaded] == ["ser_add", "ser_tuple"]
    assert loaded[1].atol == 1e-4 and loaded[1].args[1] == Arg(None, float)
    program = loaded[0].exported_program()
    assert isinstance(program, torch.export.ExportedProgram)
    dims = [n.meta["val"].shape[0] for n in program.graph.nodes if n.op == "placeholder"]
    assert all(isinstance(d, torch.SymInt) for d in dims)  # dynamic dim kept
    # A copy whose stored golden outputs are off: the run compares with them.
    tampered = tmp_path / "tampered"
    serialize_test(tests[0], tampered)
    meta = (tampered / "ser_add" / "test.json").read_text()
    (tampered / "ser_add" / "test.json").write_text(meta.replace('"ser_add"', '"ser_bad"'))
    golden = torch.load(tampered / "ser_add" / "golden.pt")
    torch.save(golden + 1, tampered / "ser_add" / "golden.pt")
    r = run(loaded + load_serialized_tests(tampered), ["eager"], jobs=1, timeout=60,
            expectations=Expectations())
    assert [(x.test, x.category) for x in r.results] == [
        ("ser_add", "pass"), ("ser_tuple", "pass"), ("ser_bad", "fail")], r.results
    assert "values differ" in r.result("eager", "ser_bad").summary
    with pytest.raises(ValueError, match="missing"):
        (tmp_path / "ser_tuple" / "inputs.pt").unlink()
        load_serialized_tests(tmp_path)


# ---------------------------------------------------------------------------
# The command line (subprocesses).

def _cli(args, tmp_path, module_source=None):
    env = dict(os.environ)
    paths = [str(tmp_path), HERE, PYTHON_DIR]
    env["PYTHONPATH"] = os.pathsep.join(paths + [env.get("PYTHONPATH", "")])
    env["CI"] = "true"
    if module_source is not None:
        (tmp_path / "e2e_cli_tests.py").write_text(textwrap.dedent(module_source))
    return subprocess.run([sys.executable, "-m", "torch_mlir_e2e", *args], env=env,
                          capture_output=True, text=True, timeout=300)


CLI_MODULE = """
    import torch
    import e2e_harness_fixtures  # registers the fixture-eager config
    from torch_mlir_e2e.registry import Arg, e2e_test

    @e2e_test(args=[Arg([-1])], inputs=lambda tu: (tu.rand(5),))
    def cli_ok(a):
        return a * 2

    @e2e_test(args=[Arg([-1])], inputs=lambda tu: (tu.rand(5),))
    def raise_cli(a):  # raises under fixture-eager (name prefix)
        return a

    @e2e_test(args=[Arg([-1])], inputs=lambda tu: (tu.rand(5),))
    def abort_cli(a):  # aborts under fixture-eager (name prefix)
        return a

    XFAIL_SETS = {"fixture-eager": {"raise_cli": "raises on purpose"%s}}
    CRASHING_SETS = {"fixture-eager": {"abort_cli": "aborts on purpose"}}
"""


def test_cli_exit_codes(tmp_path):
    common = ["--tests-module", "e2e_cli_tests", "--config", "fixture-eager", "-j", "1",
              "--timeout", "30"]
    # Everything as expected: 0, with plain progress lines (CI=true) and the table.
    p = _cli(common, tmp_path, CLI_MODULE % "")
    assert p.returncode == 0, p.stdout + p.stderr
    assert "[e2e] 100% 3/3  pass 1  xfail 2" in p.stdout
    assert "\r" not in p.stdout
    assert "fixture-eager" in p.stdout and "OK: every result as expected" in p.stdout
    # A stale entry (a test that does not exist): 1, even if nothing else ran.
    p = _cli(common[:2] + ["--config", "fixture-unavailable"], tmp_path,
             CLI_MODULE % ', "no_such_test": "stale"')
    assert p.returncode == 1, p.stdout + p.stderr
    assert "names test 'no_such_test', which does not exist" in p.stdout
    # An unexpected pass: 1; and an unexpected failure with --verbose: 1.
    p = _cli(common + ["-f", "cli_ok|raise", "--verbose"], tmp_path,
             CLI_MODULE % ', "cli_ok": "listed but passes"')
    assert p.returncode == 1, p.stdout + p.stderr
    assert "XPASS   [fixture-eager] cli_ok" in p.stdout
    # Usage errors: 2.
    p = _cli(common[:2] + ["--config", "no-such-config"], tmp_path)
    assert p.returncode == 2 and "unknown config 'no-such-config'" in p.stderr
    p = _cli(common + ["-f", "matches_nothing"], tmp_path)
    assert p.returncode == 2 and "no test selected" in p.stderr


def test_cli_unexpected_failure_and_unavailable(tmp_path):
    p = _cli(["--tests-module", "e2e_harness_fixtures", "-f", "^raise_in_compile$",
              "--config", "fixture-eager,fixture-unavailable", "-j", "1", "--verbose"],
             tmp_path)
    assert p.returncode == 1, p.stdout + p.stderr
    assert "FAIL    [fixture-eager] raise_in_compile: compile: RuntimeError: boom" in p.stdout
    assert "second line of the error" in p.stdout  # --verbose: the full error
    assert "fixture-unavailable" in p.stdout and "unavailable: Python package" in p.stdout
    # Only the unavailable config: nothing ran, nothing failed.
    p = _cli(["--tests-module", "e2e_harness_fixtures", "-f", "^ok_add$",
              "--config", "fixture-unavailable"], tmp_path)
    assert p.returncode == 0, p.stdout + p.stderr
    assert "unavailable: Python package 'no_such_package_for_e2e_tests'" in p.stdout


def test_cli_serialize_and_run(tmp_path):
    out = tmp_path / "serialized"
    # ok_scalar_halfsum cannot be exported (float() of a tensor): reported, exit 1.
    p = _cli(["serialize", "--tests-module", "e2e_harness_fixtures", "-f", "^ok_",
              "--output-dir", str(out)], tmp_path)
    assert p.returncode == 1, p.stdout + p.stderr
    assert "FAILED to serialize ok_scalar_halfsum: GuardOnDataDependentSymNode" in p.stderr
    assert "2 of 3 test(s) serialized" in p.stdout
    assert sorted(os.listdir(out)) == ["ok_add", "ok_add2"]
    assert sorted(os.listdir(out / "ok_add")) == ["golden.pt", "inputs.pt", "program.pt2",
                                                  "test.json"]
    p = _cli(["--serialized-test-dir", str(out), "--config", "eager", "-j", "1"], tmp_path)
    assert p.returncode == 0, p.stdout + p.stderr
    assert "[e2e] 100% 2/2  pass 2" in p.stdout


def test_cli_subset_is_every_nth_by_name(capsys):
    from torch_mlir_e2e.cli import main

    assert main(["--list", "-f", "^activation_"]) == 0
    every = capsys.readouterr().out.split()
    assert main(["--list", "-f", "^activation_", "--subset", "4"]) == 0
    subset = capsys.readouterr().out.split()
    assert len(every) > 8 and subset == sorted(every)[::4]
    with pytest.raises(SystemExit) as e:  # argparse's usage error
        main(["--list", "--subset", "0"])
    assert e.value.code == 2
    assert "--subset: must be at least 1" in capsys.readouterr().err
