"""A program with several ops that cannot be lowered fails with ONE
LoweringError naming every one of them, each at its Python file:line,
whichever phase of the pipeline finds it:

- an op the Torch dialect does not define (`torch.operator`), found by the
  torch backend contract check;
- a mutation torch-maximize-value-semantics cannot convert (TorchScript:
  torch.export programs are functional, and their input and buffer
  mutations all become `torch.updates_argument` results);
- an op with no lowering rule for the target, or whose rule refuses it.

Each pass reports the ops it cannot handle at their locations and lets the
pipeline go on (later passes skip those ops and what depends on them); the
run then fails once. The summary is the exception's first line, not a
diagnostic located at `<unknown>`.
"""

import inspect

import pytest
import torch

from torch_mlir_core.pipelines import LoweringError

OUTPUT_TYPES = ["linalg-on-tensors", "tosa", "stablehlo"]


class ThreeUnsupported(torch.nn.Module):
    def forward(self, x):
        a = torch.igamma(x + 1.0, x)                          # unsupported 1
        b = torch.relu(a) + 1.0
        c = torch.igammac(b, x)                               # unsupported 2
        d = torch.special.airy_ai(c * 0.5).abs()              # unsupported 3
        return torch.tanh(d)


# An op no dialect will ever define (the dialect grows: aten.angle, the example
# before, got an op and a rule).
@torch.library.custom_op("torch_mlir_test::frob", mutates_args=())
def frob(x: torch.Tensor) -> torch.Tensor:
    return x.sin()


@frob.register_fake
def _(x):
    return torch.empty_like(x)


class PhasesFx(torch.nn.Module):
    def forward(self, x):
        a = torch.ops.torch_mlir_test.frob(x)  # not in the Torch dialect
        s = torch.igamma(x + a, x)             # no lowering rule
        i = torch.igammac(x, x)                # no lowering rule
        return torch.tanh(s), i


class PhasesScript(torch.nn.Module):
    def forward(self, x):
        a = torch.ops.torch_mlir_test.frob(x)  # not in the Torch dialect
        y = x * 2.0
        v = y[0]
        y.add_(1.0)                            # mutates what the view v aliases
        s = torch.special.airy_ai(x)           # no lowering rule
        return a, v + 1.0, s


def _line_of(fn, text: str) -> int:
    source, first = inspect.getsourcelines(fn)
    for i, line in enumerate(source):
        if text in line:
            return first + i
    raise AssertionError(text)


def _check_one_report(err: LoweringError, output_type: str, expected: dict) -> None:
    """`expected`: a text each diagnostic contains -> its line in this file."""
    message = str(err)
    assert "<unknown>" not in message, message
    assert len(err.diagnostics) == len(expected), message
    for text, line in expected.items():
        matching = [d for d in err.diagnostics if text in d.message]
        assert len(matching) == 1, (text, message)
        d = matching[0]
        assert (d.filename, d.line) == (__file__, line), (text, d.filename, d.line, message)
    assert len(err.ops) == len(expected), err.ops
    assert message.startswith(f"{len(expected)} op(s) could not be lowered to {output_type}: "), \
        message


@pytest.mark.parametrize("output_type", OUTPUT_TYPES)
def test_every_unsupported_op_is_reported_with_file_and_line(output_type):
    import torch_mlir_fx

    with pytest.raises(LoweringError) as info:
        torch_mlir_fx.export_and_import(ThreeUnsupported(), torch.rand(4, 5),
                                        output_type=output_type)
    err = info.value
    message = str(err)
    expected = {
        "torch.prims.igamma": _line_of(ThreeUnsupported.forward, "igamma("),
        "torch.prims.igammac": _line_of(ThreeUnsupported.forward, "igammac"),
        "torch.aten.special_airy_ai": _line_of(ThreeUnsupported.forward, "airy_ai"),
    }
    _check_one_report(err, output_type, {f"'{k}' could not be lowered": v
                                         for k, v in expected.items()})
    for d in err.diagnostics:
        assert "operand types: (!torch.vtensor<[4,5]," in d.message, d.message
    assert sorted(err.ops) == sorted(expected)
    # Supported ops around them (relu, add, mul, abs, tanh) are not reported.
    assert "torch.aten.relu" not in message and "torch.aten.tanh" not in message


@pytest.mark.parametrize("output_type", OUTPUT_TYPES)
def test_op_missing_from_the_dialect_is_reported_with_the_lowering_failures(output_type):
    import torch_mlir_fx

    with pytest.raises(LoweringError) as info:
        torch_mlir_fx.export_and_import(PhasesFx(), torch.rand(3, 4), output_type=output_type)
    err = info.value
    line = lambda text: _line_of(PhasesFx.forward, text)  # noqa: E731
    _check_one_report(err, output_type, {
        "unsupported op 'torch_mlir_test.frob': the Torch dialect has no op for it":
            line("frob"),
        f"'torch.prims.igamma' could not be lowered to {output_type}: no lowering rule":
            line("igamma("),
        f"'torch.prims.igammac' could not be lowered to {output_type}: "
        "no lowering rule": line("igammac"),
    })
    # The igamma uses the frob's result: reported all the same (no rule),
    # while the add between them, which only depends on it, is not.
    assert "torch.aten.add" not in str(err)
    assert sorted(err.ops) == ["torch.operator \"torch_mlir_test.frob\"", "torch.prims.igamma",
                               "torch.prims.igammac"]


@pytest.mark.parametrize("output_type", OUTPUT_TYPES + ["torch"])
def test_torchscript_mutation_missing_op_and_no_rule_in_one_report(output_type):
    torch_mlir_torchscript = pytest.importorskip("torch_mlir_torchscript")

    with pytest.raises(LoweringError) as info:
        torch_mlir_torchscript.compile(PhasesScript(), torch.rand(3, 4),
                                       output_type=output_type)
    line = lambda text: _line_of(PhasesScript.forward, text)  # noqa: E731
    expected = {
        "unsupported op 'torch_mlir_test.frob': the Torch dialect has no op for it":
            line("frob"),
        "in-place 'torch.aten.add_.Scalar' mutates a tensor that a view aliases":
            line("y.add_"),
    }
    if output_type != "torch":  # the torch backend contract has a special_airy_ai
        expected[f"'torch.aten.special_airy_ai' could not be lowered to {output_type}: "
                 "no lowering rule"] = line("airy_ai")
    _check_one_report(info.value, output_type, expected)


def test_a_pass_run_alone_still_fails_with_its_summary():
    """Outside a keep-going run (torch-mlir-opt, run_pipeline), a per-op
    failure fails the pass as before, summary included."""
    import mlir.ir

    from torch_mlir_core import ir, passes

    with ir.Context():
        m = mlir.ir.Module.parse("""
func.func @f(%x: !torch.vtensor<[2],f32>) -> !torch.vtensor<[2],f32> {
  %0 = torch.operator "aten.frobnicate"(%x) : (!torch.vtensor<[2],f32>) -> !torch.vtensor<[2],f32>
  return %0 : !torch.vtensor<[2],f32>
}""")
        with pytest.raises(mlir.ir.MLIRError) as info:
            passes.run_pipeline(m, "torch-backend-to-linalg-on-tensors-backend-pipeline")
    messages = [d.message for d in info.value.error_diagnostics]
    assert messages == ["unsupported op 'aten.frobnicate': the Torch dialect has no op for it",
                        "1 op(s) break the torch backend contract"]


class RfftOfRunTimeLength(torch.nn.Module):
    def forward(self, x):
        return torch.fft.rfft(x).abs()


def test_an_op_left_by_its_decomposition_says_why():
    """The FFT's DFT-matrix decomposition needs a static signal length: an
    rfft of a run-time length stays `_fft_r2c`, and the report says why
    instead of a bare "no lowering rule"."""
    import torch_mlir_fx

    n = torch.export.Dim("n", min=2)
    with pytest.raises(LoweringError) as info:
        torch_mlir_fx.export_and_import(RfftOfRunTimeLength(), torch.rand(3, 16),
                                        dynamic_shapes=({1: n},),
                                        output_type="linalg-on-tensors")
    _check_one_report(info.value, "linalg-on-tensors", {
        "'torch.aten._fft_r2c' could not be lowered to linalg-on-tensors: no lowering rule: an "
        "FFT is lowered as DFT matrix products decomposed before import, which needs static "
        "sizes of the transformed dims": _line_of(RfftOfRunTimeLength.forward, "rfft")})
