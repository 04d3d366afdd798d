"""Ops a step cannot compile are reported together, at the user's lines;
with fallback=True the step runs eagerly instead (with a warning)."""

import inspect

import pytest
import torch

import torch_mlir_ltc


def step(x, w):
    h = torch.where(x > 0, x, x * 0.1)   # LTC has no lazy kernel for where.self
    s = torch.sort(h @ w, dim=1)[0]      # LTC records sort; core has no lowering for it
    return torch.tanh(s)


def _line(fn, text):
    source, first = inspect.getsourcelines(fn)
    return first + next(i for i, s in enumerate(source) if text in s)


def test_every_unsupported_op_is_reported_at_its_line(ltc):
    x, w = torch.randn(4, 3).to("lazy"), torch.randn(3, 5).to("lazy")
    y = step(x, w)
    with pytest.raises(torch_mlir_ltc.UnsupportedOpsError) as info:
        ltc.mark_step()
    problems = {p.op: p for p in info.value.problems}
    assert set(problems) == {"aten.where.self", "aten.sort"}
    assert problems["aten.where.self"].lines == [(__file__, _line(step, "torch.where"))]
    assert "no lazy kernel" in problems["aten.where.self"].reason
    assert problems["aten.sort"].lines == [(__file__, _line(step, "torch.sort"))]
    assert "no lowering" in problems["aten.sort"].reason
    message = str(info.value)
    assert f"test_unsupported.py:{_line(step, 'torch.sort')}" in message
    assert "fallback=True" in message
    del y


def test_fallback_runs_the_step_eagerly_with_a_warning():
    torch_mlir_ltc.init(fallback=True)
    try:
        torch.manual_seed(0)
        x, w = torch.randn(4, 3), torch.randn(3, 5)
        y = step(x.to("lazy"), w.to("lazy"))
        with pytest.warns(RuntimeWarning, match="aten.sort"):
            torch_mlir_ltc.mark_step()
        torch.testing.assert_close(y.cpu(), step(x, w))
        stats = torch_mlir_ltc.stats()
        # where ran eagerly on its inputs, computed through MLIR (x > 0 and
        # x * 0.1); the rest, with sort, on LTC's TorchScript backend.
        assert stats.eager_ops == 1 and stats.eager_graphs == 1
        assert stats.graphs_run == 1
    finally:
        torch_mlir_ltc.shutdown()


def test_compile_reports_unsupported_ops_at_capture():
    with pytest.raises(torch_mlir_ltc.UnsupportedOpsError) as info:
        torch_mlir_ltc.compile(step, (torch.randn(4, 3), torch.randn(3, 5)))
    assert {p.op for p in info.value.problems} == {"aten.where.self"}
    fn = torch_mlir_ltc.compile(lambda x: torch.where(x > 0, x, -x).sum(1), (torch.randn(3, 4),),
                                fallback=True)
    assert not fn.replays
    x = torch.randn(3, 4)
    torch.testing.assert_close(fn(x), x.abs().sum(1))
