"""In-process unit tests: output comparison, expectation sets, dynamic
shapes, progress display."""

import io
import math

import pytest
import torch

from torch_mlir_e2e.compare import compare_outputs
from torch_mlir_e2e.expectations import Expectations
from torch_mlir_e2e.exporting import dynamic_shapes_for, export_test_program
from torch_mlir_e2e.registry import Arg, E2ETest, FunctionModule
from torch_mlir_e2e.reporting import Progress, is_interactive
from torch_mlir_e2e.runner import TestResult, classify


def cmp(actual, golden, rtol=1e-5, atol=1e-5):
    return compare_outputs(actual, golden, rtol=rtol, atol=atol)


def test_compare_equal_and_within_tolerance():
    g = torch.tensor([1.0, 2.0, float("nan")])
    assert cmp(g.clone(), g) is None  # NaN == NaN
    assert cmp(g + 5e-6, g) is None
    assert cmp((g, [g, 3]), (g, (g, 3))) is None  # tuple/list interchangeable


def test_compare_value_mismatch_reports_worst_element():
    g = torch.zeros(2, 3)
    a = g.clone()
    a[1, 2] = 0.5
    a[0, 0] = 1e-3
    msg = cmp(a, g)
    assert "2 of 6 elements" in msg and "worst at [1, 2]" in msg and "got 0.5" in msg
    assert cmp(a, g, atol=1.0) is None


def test_compare_infinities_must_match():
    g = torch.tensor([1.0, math.inf, -math.inf, math.inf])
    assert cmp(g.clone(), g) is None
    msg = cmp(torch.tensor([1.0, 3e38, -math.inf, -math.inf]), g)
    assert "2 of 4 elements" in msg and "expected inf" in msg


def test_compare_dtype_shape_structure():
    g = torch.ones(2, 3)
    assert "dtype mismatch: expected torch.float32, got torch.float64" in cmp(g.double(), g)
    assert "shape mismatch: expected [2, 3], got [3, 2]" in cmp(torch.ones(3, 2), g)
    assert "expected 2 results, got 1" in cmp((g,), (g, g))
    assert "expected a tuple" in cmp(g, (g, g))
    assert "output[1]: shape mismatch" in cmp((g, g[0]), (g, g))
    assert "expected tensor" in cmp(1.0, g)


def test_compare_integers_and_bools_exact():
    g = torch.tensor([1, 2, 3])
    assert cmp(g.clone(), g) is None
    assert "values differ (exact)" in cmp(torch.tensor([1, 2, 4]), g)
    b = torch.tensor([True, False])
    assert "values differ (exact)" in cmp(torch.tensor([True, True]), b)
    assert "dtype mismatch" in cmp(torch.tensor([1, 2, 3], dtype=torch.int32), g)


def test_compare_python_scalars():
    assert cmp(2.0 + 1e-7, 2.0) is None
    assert cmp(math.nan, math.nan) is None
    assert "expected 2.0, got 2.5" in cmp(2.5, 2.0)
    assert "expected Python float 2.0, got int 2" in cmp(2, 2.0)
    assert "expected Python int" in cmp(torch.tensor(3), 3)
    assert "expected Python bool" in cmp(1, True)
    assert cmp(7, 7) is None and cmp(6, 7) is not None


def test_expectations_format_errors():
    e = Expectations(xfail={"c": {"t1": "", "t2": "two\nlines", "t3": "ok"}},
                     crashing={"c": {"t3": "also crashing"}})
    errors = e.check_format()
    assert any("'t1'" in x and "no reason" in x for x in errors)
    assert any("'t2'" in x and "one line" in x for x in errors)
    assert any("'t3'" in x and "both" in x for x in errors)
    assert Expectations(xfail={"c": {"t": "why"}}).check_format() == []
    assert Expectations(xfail={"c": {"t"}}).check_format()  # a set, not a dict


def test_expectations_unknown_names():
    e = Expectations(xfail={"c": {"gone": "why", "here": "why"}}, crashing={"nocfg": {}})
    errors = e.check_names(["here"], ["c"])
    assert len(errors) == 2
    assert any("'gone'" in x for x in errors) and any("'nocfg'" in x for x in errors)


def test_classification():
    e = Expectations(xfail={"c": {"xf": "r"}}, crashing={"c": {"cr": "r"}})

    def cat(test, outcome):
        return classify(test, "c", {"outcome": outcome}, e)

    assert cat("t", "pass").category == "pass"
    assert cat("t", "fail").category == "fail"
    assert cat("t", "crash").category == "crash"
    assert cat("t", "timeout").category == "timeout"
    assert cat("xf", "fail").category == "xfail"
    assert cat("xf", "pass").category == "xpass"
    r = cat("xf", "crash")
    assert r.category == "crash" and "CRASHING_SETS" in r.note
    assert cat("cr", "crash").category == "xfail"
    assert cat("cr", "timeout").category == "xfail"
    assert cat("cr", "pass").category == "xpass"
    r = cat("cr", "fail")
    assert r.category == "xfail" and "move it to XFAIL_SETS" in r.note


def test_checked_in_xfail_sets_are_valid():
    from torch_mlir_e2e.configs import all_configs
    from torch_mlir_e2e.registry import all_tests

    from torch_mlir_e2e.cli import _known_names

    e = Expectations.default()
    assert e.check_format() == []
    # Hand-written tests, heavydep tests and OpInfo samples (their OpInfo and
    # dtype checked against torch's op database).
    known = _known_names([t.name for t in all_tests()], check_opinfo_ops=True)
    assert e.check_names(known, [c.name for c in all_configs()]) == []
    assert not known("opinfo.no_such_op.default.0") and not known("no_such_test")


def _test(args, fn=lambda a, b: a + b):
    return E2ETest("t", lambda: FunctionModule(fn), args, lambda tu: ())


def test_dynamic_shapes_from_args():
    D = torch.export.Dim
    t = _test([Arg([-1, 4]), Arg([4]), Arg(None, int)])
    ds = dynamic_shapes_for(t, (torch.rand(3, 4), torch.rand(4), 2))
    assert ds == [{0: D.DYNAMIC}, None, None]
    # Size 0/1 examples cannot be dynamic in torch.export: AUTO (static).
    ds = dynamic_shapes_for(t, (torch.rand(1, 4), torch.rand(4), 2))
    assert ds == [{0: D.AUTO}, None, None]
    assert dynamic_shapes_for(_test([Arg([3])]), (torch.rand(3),)) is None
    with pytest.raises(ValueError, match="declares 1 Arg"):
        dynamic_shapes_for(_test([Arg([3])]), (torch.rand(3), torch.rand(3)))
    with pytest.raises(ValueError, match="rank 1"):
        dynamic_shapes_for(_test([Arg([-1])]), (torch.rand(3, 3),))


def test_export_with_shared_and_forced_static_dims():
    # Broadcast partners share a dim: DYNAMIC lets torch infer the equality.
    t = _test([Arg([-1, -1]), Arg([-1])])
    ep = export_test_program(t, t.make_module(), (torch.rand(3, 4), torch.rand(4)))
    shapes = [n.meta["val"].shape for n in ep.graph.nodes if n.op == "placeholder"]
    assert all(isinstance(d, torch.SymInt) for d in shapes[0])
    assert str(shapes[0][1]) == str(shapes[1][0])
    # A program that forces a declared-dynamic dim static still exports.
    t = _test([Arg([-1, 4])], fn=lambda a: a.reshape(12))
    ep = export_test_program(t, t.make_module(), (torch.rand(3, 4),))
    out = ep.module()(torch.rand(3, 4))
    assert out.shape == (12,)


def _result(cat, name="t"):
    return TestResult(name, "cfg", cat, cat, summary="why")


def test_progress_plain_lines():
    out = io.StringIO()
    p = Progress(out, interactive=False)
    p.start({"cfg": 20})
    for i in range(20):
        p.result(_result("fail" if i == 3 else "pass", f"t{i}"))
    p.finish()
    text = out.getvalue()
    assert "\r" not in text
    assert "FAIL [cfg] t3: why" in text
    assert text.count("[e2e]") == 1 + 10  # header + every 10%
    assert "[e2e] 100% 20/20  pass 19  fail 1" in text


def test_progress_interactive_single_line():
    out = io.StringIO()
    p = Progress(out, interactive=True)
    p.start({"cfg": 3})
    for cat in ("pass", "xpass", "pass"):
        p.result(_result(cat))
    p.finish()
    text = out.getvalue()
    assert text.count("\r") >= 3
    assert "XPASS [cfg] t: why\n" in text
    assert text.rstrip("\n").split("\r")[-1].startswith("[e2e] 3/3  pass 2  xpass 1")


def test_ci_env_disables_interactive(monkeypatch):
    class Tty(io.StringIO):
        def isatty(self):
            return True

    monkeypatch.setenv("CI", "true")
    assert not is_interactive(Tty())
    monkeypatch.delenv("CI")
    assert is_interactive(Tty())
    assert not is_interactive(io.StringIO())


def test_suggest_xfail_entries():
    from torch_mlir_e2e.reporting import suggest_xfail_entries
    from torch_mlir_e2e.runner import RunReport

    rep = RunReport(["cfg"], results=[
        TestResult("a", "cfg", "fail", "fail", summary="compile: LoweringError: lowering to "
                   "'x' failed with 1 error(s): f.py:3:0: error: 'torch.aten.sort' has no rule"),
        TestResult("b", "cfg", "crash", "crash", summary="crashed (SIGSEGV)"),
        TestResult("c", "cfg", "xpass", "pass", summary="unexpectedly passed"),
        TestResult("d", "cfg", "pass", "pass"),
    ])
    text = suggest_xfail_entries(rep)
    assert "# XFAIL_SETS['cfg']:\n    'a': \"compile: 'torch.aten.sort' has no rule\",\n" in text
    assert "# CRASHING_SETS['cfg']:\n    'b': 'crashed (SIGSEGV)',\n" in text
    assert "#   ['cfg'] 'c'" in text and "'d'" not in text
