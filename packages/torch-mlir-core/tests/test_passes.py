"""The pass/pipeline registry: Python and native passes by name, together."""

import re

import pytest

import mlir.ir

from torch_mlir_core import ir, passes

MODULE = """
func.func @f() -> !torch.int {
  %0 = torch.constant.int 3
  %1 = torch.aten.neg.int %0 : !torch.int -> !torch.int
  return %1 : !torch.int
}
func.func @g() {
  return
}
"""


@pytest.fixture
def ctx():
    with ir.Context() as c:
        yield c


@pytest.fixture
def registered():
    """Registers test passes; unregisters them afterwards."""
    seen = []

    @passes.register_pass("test-record", summary="records the ops it runs on",
                          options={"tag": passes.PassOption(str, "t"), "n": int,
                                   "flag": bool})
    def record(op, tag, n, flag):
        seen.append((op.name, tag, n, flag, "torch.aten.neg.int" in str(op)))

    @passes.register_pass("test-record-funcs", op_name="func.func")
    def record_funcs(op):
        seen.append((op.name, ir.StringAttr(op.attributes["sym_name"]).value))

    @passes.register_pass("test-fail")
    def fail(op):
        raise passes.PassError("nothing to see here")

    @passes.register_pass("test-bug")
    def bug(op):
        return {}["missing"]

    passes.register_pipeline("test-pipe", "builtin.module(canonicalize,test-record{tag=p})")
    passes.register_pipeline("test-outer", "test-pipe,cse")
    passes.register_pipeline("test-loop", "test-loop")
    yield seen
    for name in ("test-record", "test-record-funcs", "test-fail", "test-bug", "test-pipe",
                 "test-outer", "test-loop"):
        passes.unregister(name)


def test_native_and_python_passes_share_a_pipeline(ctx, registered):
    m = ir.Module.parse(MODULE)
    passes.run_pipeline(
        m, "builtin.module(test-record,canonicalize,test-record{tag=x n=2 flag=true})")
    # Before canonicalize the neg is there, after it is folded away.
    assert registered == [
        ("builtin.module", "t", None, None, True),
        ("builtin.module", "x", 2, True, False),
    ]


def test_pipelines_expand_recursively(ctx, registered):
    m = ir.Module.parse(MODULE)
    passes.run_pipeline(m, "test-outer")
    assert registered == [("builtin.module", "p", None, None, False)]


def test_op_name_restricted_pass_runs_on_each_nested_op(ctx, registered):
    m = ir.Module.parse(MODULE)
    passes.run_pipeline(m, "builtin.module(test-record-funcs)")
    passes.run_pipeline(m, "builtin.module(func.func(cse,test-record-funcs))")
    assert registered == [("func.func", "f"), ("func.func", "g")] * 2


def test_pass_error_is_a_located_diagnostic(ctx, registered):
    m = ir.Module.parse(MODULE)
    with pytest.raises(mlir.ir.MLIRError) as info:
        passes.run_pipeline(m, "test-fail")
    messages = [d.message for d in info.value.error_diagnostics]
    assert messages == ["nothing to see here"]


def test_pass_bug_reports_exception_and_source_line(ctx, registered):
    m = ir.Module.parse(MODULE)
    with pytest.raises(mlir.ir.MLIRError) as info:
        passes.run_pipeline(m, "test-bug")
    msg = info.value.error_diagnostics[0].message
    assert "Python pass 'test-bug' raised KeyError: 'missing'" in msg
    assert "test_passes.py:" in msg


@pytest.mark.parametrize(
    "pipeline, message",
    [
        ("builtin.module(no-such-pass)", "unknown pass or pipeline 'no-such-pass'"),
        ("builtin.module(func.func(cse,typo-pass))", "unknown pass or pipeline 'typo-pass'"),
        ("builtin.module(cse", "expected ',' or ')'"),
        ("test-record{colour=red}", "has no option 'colour'"),
        ("test-record{n=abc}", "bad value 'abc' for option 'n'"),
        ("test-loop", "pipeline 'test-loop' includes itself"),
    ],
)
def test_bad_pipelines_raise_pipeline_error(ctx, registered, pipeline, message):
    with pytest.raises(passes.PipelineError, match=re.escape(message)):
        passes.build_pass_manager(pipeline)


def test_registering_twice_is_an_error(registered):
    with pytest.raises(ValueError, match="already registered"):
        passes.register_pipeline("test-pipe", "cse")


def test_list_passes_includes_python_passes_and_pipelines(registered):
    listed = {name: kind for name, kind, _ in passes.list_passes()}
    assert listed["test-record"] == "python pass"
    assert listed["test-pipe"] == "pipeline"
    assert listed["torch-verify-no-unknown-ops"] == "python pass"


def test_parse_pipeline_round_trips_text():
    text = ("builtin.module(func.func(cse,canonicalize{max-iterations=3 "
            "region-simplify=disabled}),x)")
    elements = passes.parse_pipeline(text)
    assert ",".join(e.to_text() for e in elements) == text


def test_verify_no_unknown_ops_reports_every_unknown_op(ctx):
    m = ir.Module.parse("""
func.func @f() {
  %0 = torch.operator "aten.foo"() : () -> !torch.int
  %1 = torch.operator "aten.bar"(%0) : (!torch.int) -> !torch.int
  %2 = torch.operator "aten.foo"() : () -> !torch.int
  return
}""")
    with pytest.raises(mlir.ir.MLIRError) as info:
        passes.run_pipeline(m, "torch-verify-no-unknown-ops")
    messages = [d.message for d in info.value.error_diagnostics]
    assert messages[:3] == [
        "unsupported op 'aten.foo': the Torch dialect has no op for it",
        "unsupported op 'aten.bar': the Torch dialect has no op for it",
        "unsupported op 'aten.foo': the Torch dialect has no op for it",
    ]
    assert messages[3] == "3 unsupported op(s): aten.bar, aten.foo (x2)"


CONTRACT_BREAKERS = """
func.func @f(%x: !torch.vtensor<[2],f32>) -> !torch.vtensor<[2],f32> {
  %0 = torch.operator "aten.foo"(%x) : (!torch.vtensor<[2],f32>) -> !torch.vtensor
  %1 = torch.aten.relu %0 : !torch.vtensor -> !torch.vtensor
  %2 = torch.aten.abs %x : !torch.vtensor<[2],f32> -> !torch.vtensor<[2],unk>
  %3 = torch.aten.neg %x : !torch.vtensor<[2],f32> -> !torch.vtensor<[2],f32>
  return %3 : !torch.vtensor<[2],f32>
}"""


def test_backend_contract_reports_each_op_once_and_skips_dependents(ctx):
    m = ir.Module.parse(CONTRACT_BREAKERS)
    with pytest.raises(mlir.ir.MLIRError) as info:
        passes.run_pipeline(m, "torch-verify-backend-contract")
    messages = [d.message for d in info.value.error_diagnostics]
    # The relu only uses the unknown op's result: not reported again.
    assert messages == [
        "unsupported op 'aten.foo': the Torch dialect has no op for it",
        "'torch.aten.abs': tensor !torch.vtensor<[2],unk> has no known dtype",
        "2 op(s) break the torch backend contract",
    ]
    ops = [op for op in m.body.operations[0].regions[0].blocks[0].operations]
    assert [passes.is_reported(op.operation) for op in ops] == [
        True, False, True, False, False]


def test_keep_going_run_continues_past_per_op_failures_and_fails_once(ctx):
    """A keep-going run (what lower() does): the contract check reports its
    ops without a summary, the next pass still runs (and skips them), and
    the run fails at its end naming every reported op."""
    seen = []

    @passes.register_pass("test-after-contract")
    def after(op):
        seen.append(sum(passes.is_reported(o.operation) for o in
                        op.regions[0].blocks[0].operations[0].regions[0].blocks[0].operations))

    try:
        m = ir.Module.parse(CONTRACT_BREAKERS)
        failures = passes.OpFailures()
        with pytest.raises(mlir.ir.MLIRError) as info:
            passes.run_pipeline(m, "torch-verify-backend-contract,test-after-contract",
                                failures=failures)
    finally:
        passes.unregister("test-after-contract")
    assert seen == [2]
    assert failures.names == ['torch.operator "aten.foo"', "torch.aten.abs"]
    assert failures.passes == ["torch-verify-backend-contract"]
    messages = [d.message for d in info.value.error_diagnostics]
    assert len(messages) == 2 and not any("break the torch" in m for m in messages)
    # Without a reported op, a keep-going run succeeds.
    ok = ir.Module.parse(MODULE)
    passes.run_pipeline(ok, "torch-verify-backend-contract", failures=passes.OpFailures())


def test_run_pipeline_needs_no_ambient_context():
    # Errors about unknown passes must not depend on `with Context():`.
    m = mlir.ir.Module.parse("func.func @f() { return }", ir.Context())
    with pytest.raises(passes.PipelineError, match="unknown pass or pipeline 'nope'"):
        passes.run_pipeline(m, "builtin.module(func.func(nope))")
    passes.run_pipeline(m, "builtin.module(func.func(canonicalize))")
