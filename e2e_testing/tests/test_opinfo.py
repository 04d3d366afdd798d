"""The OpInfo suite: names, tolerances, sample determinism, triage, and a few
samples through the runner (real worker processes)."""

import os
import subprocess
import sys

import pytest
import torch

from torch_mlir_e2e.compare import compare_outputs
from torch_mlir_e2e.expectations import Expectations
from torch_mlir_e2e.opinfo import names, suite, tolerances, triage
from torch_mlir_e2e.runner import TestResult, run

pytest.importorskip("expecttest", reason="torch's op database needs expecttest")


def test_names_round_trip():
    assert names.test_name("add.default", "float32", 3) == "opinfo.add.default.3"
    assert names.test_name("nn.functional.conv2d.default", "int64", 0) == \
        "opinfo.nn.functional.conv2d.default.int64.0"
    for key, dtype, i in [("add.default", "float32", 3), ("max.reduction_with_dim", "bool", 1),
                          ("nn.functional.interpolate.nearest-exact", "bfloat16", 12)]:
        assert names.parse_name(names.test_name(key, dtype, i)) == (key, dtype, i)
    for bad in ("add_broadcast", "opinfo.add", "opinfo.add.default.x", "opinfo.3"):
        assert names.parse_name(bad) is None


def test_compact_rows():
    rows = [("sort.default", "0-2,5", "no rule"), ("sort.default", "int64:1", "no rule")]
    assert names.expand_rows(rows) == {
        "opinfo.sort.default.0": "no rule", "opinfo.sort.default.1": "no rule",
        "opinfo.sort.default.2": "no rule", "opinfo.sort.default.5": "no rule",
        "opinfo.sort.default.int64.1": "no rule"}
    assert names.format_indices([5, 0, 1, 2, 7, 8]) == "0-2,5,7-8"
    with pytest.raises(ValueError, match="unknown dtype 'int7'"):
        names.expand_rows([("sort.default", "int7:0", "x")])


def test_tolerances_and_comparability():
    ops = suite.ops()
    assert tolerances.tolerances(ops["add.default"], torch.float32) == (1.3e-6, 1e-5)
    assert tolerances.tolerances(ops["add.default"], torch.int64) == (0.0, 0.0)
    # special.i1 declares tol(atol=1e-4, rtol=0) for float32 on every test.
    rtol, atol = tolerances.tolerances(ops["special.i1.default"], torch.float32)
    assert atol == 1e-4 and rtol == 1.3e-6
    assert tolerances.values_comparable(ops["add.default"])
    # empty_strided says "not comparable" on test_operator and on every test,
    # not on test_compare_cpu (its values are whatever the allocator held).
    for key in ("empty.default", "empty_strided.default", "bernoulli.default",
                "nn.functional.dropout.default"):
        assert not tolerances.values_comparable(ops[key]), key
    # A TestDecomp skip about an op inside a decomposition says nothing.
    assert tolerances.values_comparable(ops["nn.functional.pad.circular"])


def test_samples_are_reproducible():
    a, b = suite.OpInfoTest("addmm.default", "float32", 1), \
        suite.OpInfoTest("addmm.default", "float32", 1)
    suite._SAMPLES.clear()
    xa = a.make_inputs()
    suite._SAMPLES.clear()
    xb = b.make_inputs()
    assert len(xa) == 3 and all(torch.equal(x, y) for x, y in zip(xa, xb))
    assert [arg.shape for arg in a.args] == [list(x.shape) for x in xa]
    torch.testing.assert_close(a.golden_outputs(), torch.addmm(*xa, **_kwargs(a)))


def _kwargs(test):
    return dict(suite.samples(test.key, test.dtype, test.index + 1)[test.index].kwargs)


def test_random_ops_are_compared_on_metadata_only():
    mode = suite._SeededOpsSeen()
    with mode:
        torch.rand(3)
    assert mode.seen
    assert compare_outputs(torch.zeros(3), torch.ones(3), rtol=0, atol=0, values=False) is None
    assert "shape mismatch" in compare_outputs(torch.zeros(2), torch.ones(3), rtol=0, atol=0,
                                               values=False)
    assert "dtype mismatch" in compare_outputs(torch.zeros(3, dtype=torch.int64),
                                               torch.ones(3), rtol=0, atol=0, values=False)


def _result(summary, error="", outcome="fail"):
    return TestResult("opinfo.x.default.0", "cfg", "fail", outcome, summary, error)


def test_triage_causes():
    cases = [
        (_result("export: UserError: data dependent"), "export failure", []),
        (_result("mismatch: output: values differ"), "wrong answer", []),
        (_result("crashed (SIGSEGV)", outcome="crash"), "crash", []),
        (_result("compile: LoweringError: ...", "error: unsupported op 'aten.angle': the Torch "
                 "dialect has no op for it\nerror: 'torch.aten.sort' could not be lowered to "
                 "linalg-on-tensors: no lowering rule (operand types: ...)"),
         "op missing from the dialect", ["aten.angle"]),
        (_result("compile: LoweringError: ...", "error: 'torch.aten.sort' could not be lowered "
                 "to linalg-on-tensors: no lowering rule (operand types: (x))"),
         "no lowering rule", ["aten.sort"]),
        (_result("compile: CompileError: LLVM JIT compilation failed"), "refbackend compile",
         []),
    ]
    for result, cause, ops in cases:
        got = triage.cause_of(result)
        assert got[:2] == (cause, ops), (result.summary, got)


def test_triage_of_one_lowering_error_with_several_phases():
    """A LoweringError's summary line names the ops; the worker's summary
    joins it with the first diagnostic, which triage classifies."""
    from torch_mlir_core.pipelines import LoweringError
    from torch_mlir_e2e.worker import _exception_result

    err = LoweringError("linalg-on-tensors", [
        "t.py:3:0: error: in-place 'torch.aten.add_.Scalar' mutates a tensor that a view "
        "aliases; write it out of place",
        "t.py:4:0: error: 'torch.aten.sort' could not be lowered to linalg-on-tensors: no "
        "lowering rule (operand types: (x))"], ["torch.aten.add_.Scalar", "torch.aten.sort"])
    raw = _exception_result("compile", err)
    assert raw["summary"].startswith("compile: LoweringError: 2 op(s) could not be lowered")
    assert "mutates a tensor that a view aliases" in raw["summary"]
    result = _result(raw["summary"], raw["error"])
    assert triage.cause_of(result)[:2] == ("no lowering rule", ["aten.sort"])


def test_samples_through_the_runner():
    tests = [suite.OpInfoTest("add.default", "float32", 0),
             suite.OpInfoTest("allclose.default", "float32", 0),
             suite.OpInfoTest("empty_like.default", "float32", 0)]
    report = run(tests, ["fx-linalg-refbackend"], jobs=1, timeout=300,
                 expectations=Expectations())
    by = {r.test: r for r in report.results}
    assert by["opinfo.add.default.0"].outcome == "pass", by["opinfo.add.default.0"].error
    # torch.export cannot export allclose (a data-dependent Python bool).
    allclose = by["opinfo.allclose.default.0"]
    assert allclose.summary.startswith("export:"), allclose.summary
    assert triage.cause_of(allclose)[0] == "export failure"
    # empty_like: uninitialized values, compared on dtype and shape.
    assert by["opinfo.empty_like.default.0"].outcome == "pass", \
        by["opinfo.empty_like.default.0"].error
    figures = triage.opinfo_figures(report, "fx-linalg-refbackend")
    assert figures["float32"] == (3, 1, 2)


def _cli(*args):
    env = dict(os.environ, CI="true")
    return subprocess.run([sys.executable, "-m", "torch_mlir_e2e", *args], env=env,
                          capture_output=True, text=True, timeout=600)


def test_cli_lists_and_checks_options():
    proc = _cli("--suite", "opinfo", "--config", "fx-linalg-refbackend", "--list",
                "-f", r"^opinfo\.addmm\.default\.", "--opinfo-dtypes", "float32,int64,complex64",
                "--opinfo-samples", "2")
    assert proc.returncode == 0, proc.stderr
    listed = proc.stdout.split()
    assert listed == ["opinfo.addmm.default.0", "opinfo.addmm.default.1",
                      "opinfo.addmm.default.complex64.0", "opinfo.addmm.default.complex64.1",
                      "opinfo.addmm.default.int64.0", "opinfo.addmm.default.int64.1"]
    # Only the dtypes the config supports: IREE's StableHLO input has no
    # float64 or complex tensors.
    proc = _cli("--suite", "opinfo", "--config", "fx-stablehlo-iree", "--list",
                "-f", r"^opinfo\.addmm\.default\.", "--opinfo-dtypes", "float32,float64,complex64",
                "--opinfo-samples", "2")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["opinfo.addmm.default.0", "opinfo.addmm.default.1"]
    proc = _cli("--suite", "opinfo", "--opinfo-dtypes", "float7", "--list")
    assert proc.returncode == 2 and "unknown --opinfo-dtypes" in proc.stderr
