"""Ops a step cannot compile are reported together, at the user's lines;
with fallback=True the step runs eagerly instead (with a warning)."""

import inspect

import pytest
import torch

import torch_mlir_ltc


def step(x, w):
    h = torch.roll(x * 0.1, 1, 0)        # LTC has no lazy kernel for roll
    p = h @ w
    c = p.to(torch.complex32)  # LTC records it; core's lowering refuses complex32
    return torch.tanh(p), c


def _line(fn, text):
    source, first = inspect.getsourcelines(fn)
    return first + next(i for i, s in enumerate(source) if text in s)


def test_every_unsupported_op_is_reported_at_its_line(ltc):
    x, w = torch.randn(4, 3).to("lazy"), torch.randn(3, 5).to("lazy")
    y = step(x, w)
    with pytest.raises(torch_mlir_ltc.UnsupportedOpsError) as info:
        ltc.mark_step()
    problems = {p.op: p for p in info.value.problems}
    assert set(problems) == {"aten.roll", "aten._to_copy"}
    assert problems["aten.roll"].lines == [(__file__, _line(step, "torch.roll"))]
    assert "no lazy kernel" in problems["aten.roll"].reason
    to_complex = problems["aten._to_copy"]
    assert to_complex.lines == [(__file__, _line(step, "complex32"))]
    assert "could not be lowered to linalg-on-tensors" in to_complex.reason, to_complex.reason
    message = str(info.value)
    assert f"test_unsupported.py:{_line(step, 'complex32')}" in message
    assert "fallback=True" in message
    del y


def test_fallback_runs_the_step_eagerly_with_a_warning():
    torch_mlir_ltc.init(fallback=True)
    try:
        torch.manual_seed(0)
        x, w = torch.randn(4, 3), torch.randn(3, 5)
        y = step(x.to("lazy"), w.to("lazy"))
        with pytest.warns(RuntimeWarning, match="aten._to_copy"):
            torch_mlir_ltc.mark_step()
        torch.testing.assert_close([t.cpu() for t in y], list(step(x, w)))
        stats = torch_mlir_ltc.stats()
        # roll ran eagerly on its input, computed through MLIR (x * 0.1);
        # the rest, with the complex copy, on LTC's TorchScript backend.
        assert stats.eager_ops == 1 and stats.eager_graphs == 1
        assert stats.graphs_run == 1
    finally:
        torch_mlir_ltc.shutdown()


def test_compile_reports_unsupported_ops_at_capture():
    with pytest.raises(torch_mlir_ltc.UnsupportedOpsError) as info:
        torch_mlir_ltc.compile(step, (torch.randn(4, 3), torch.randn(3, 5)))
    assert {p.op for p in info.value.problems} == {"aten.roll"}
    fn = torch_mlir_ltc.compile(lambda x: torch.roll(x, 1, 0).abs().sum(1),
                                (torch.randn(3, 4),), fallback=True)
    assert not fn.replays
    x = torch.randn(3, 4)
    torch.testing.assert_close(fn(x), x.abs().sum(1)[[2, 0, 1]])


def test_python_number_promotion_is_reported_not_returned():
    # LTC passes 1.5 as a 0-d float64 tensor: in the imported graph
    # int64 * float64 is float64, where eager's int64 * 1.5 is float32.
    x = torch.randint(0, 5, (3, 5))
    with pytest.raises(torch_mlir_ltc.UnsupportedOpsError, match="type promotion.*aten.mul.*"
                       r"computes in float64 \(eager: float32\)"):
        torch_mlir_ltc.compile(lambda a: a * 1.5, (x,))

    # Also when only an intermediate differs: the outputs' dtypes agree, but
    # in float64 3 * 0.1 > 0.3 (a wrong answer for element 3).
    def above(a):
        return (a * 0.1) > 0.3

    with pytest.raises(torch_mlir_ltc.UnsupportedOpsError) as info:
        torch_mlir_ltc.compile(above, (torch.arange(6),))
    [problem] = info.value.problems
    assert problem.op == "type promotion" and problem.lines[0][0] == __file__
    # A 0-d float32 tensor times a number: float64 in the graph, float32 in
    # eager (0-d with 0-d promotes to the wider): refused too.
    with pytest.raises(torch_mlir_ltc.UnsupportedOpsError, match="the number 1.5 with float32"):
        torch_mlir_ltc.compile(lambda s, a: a + s * 1.5, (torch.tensor(2.0), torch.randn(3)))
    y = torch.randn(3, 5)  # float32 * 1.5 stays float32: compiled
    torch.testing.assert_close(torch_mlir_ltc.compile(lambda a: a * 1.5, (y,))(y), y * 1.5)
