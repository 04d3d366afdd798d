"""mark_step, host reads, stats, the MLIR dump and inference capture."""

import os

import pytest
import torch

import torch_mlir_ltc


def lazy(*tensors):
    return [t.to("lazy") for t in tensors]


def test_mark_step_updates_tensors_in_place_and_caches(ltc):
    torch.manual_seed(0)
    w0, x = torch.randn(4, 4), torch.randn(4, 4)
    (w, xl) = lazy(w0, x)
    want = w0.clone()
    for _ in range(3):
        w = w - 0.1 * torch.tanh(xl @ w)
        ltc.mark_step()
        want = want - 0.1 * torch.tanh(x @ want)
    # The first step also turns the uploaded inputs into LTC device data (they
    # are outputs of its graph); from the second on, the graph is the same.
    stats = ltc.stats()
    assert (stats.steps, stats.graphs_run, stats.graphs_compiled, stats.cache_hits) == (3, 3, 2, 1)
    # w is data now: reading it computes nothing.
    torch.testing.assert_close(w.cpu(), want)
    assert ltc.stats().graphs_run == 3


def test_torch_lazy_mark_step_is_ours_while_initialized(ltc):
    x = lazy(torch.ones(2))[0] * 3
    torch._lazy.mark_step()
    torch.testing.assert_close(x.cpu(), torch.full((2,), 3.0))
    assert ltc.stats().graphs_run == 1
    ltc.shutdown()
    assert torch._lazy.mark_step.__module__ == "torch._lazy"


def test_host_reads_are_computed_through_mlir(ltc):
    """.item(), .cpu(), bool(), torch.equal on lazy tensors: values computed
    by a compiled graph, not by LTC's TorchScript backend."""
    (x,) = lazy(torch.arange(6.0).reshape(2, 3))
    y = (x * 2).sum()
    assert y.item() == 30.0
    z = torch.relu(x - 2)
    assert torch.equal(z.cpu(), torch.relu(torch.arange(6.0).reshape(2, 3) - 2))
    assert bool((x > 4).any())
    assert torch.equal(x + 1, x + 1)
    stats = ltc.stats()
    # One compiled graph per read, each run before LTC reads the value.
    assert stats.graphs_run == 4 and stats.graphs_compiled == 4


def test_last_graph_and_dump_dir(tmp_path):
    torch_mlir_ltc.init(dump_dir=str(tmp_path))
    try:
        (a, b) = lazy(torch.randn(2, 3), torch.randn(3, 2))
        c = torch.relu(a @ b).t()
        torch_mlir_ltc.mark_step()
        graph = torch_mlir_ltc.last_graph()
        assert "aten::mm" in graph.torchscript and "aten::t_copy" in graph.torchscript
        assert "torch.aten.t_copy" in graph.raw_mlir
        assert "linalg.matmul" in graph.mlir and "torch.aten" not in graph.mlir
        files = sorted(os.listdir(tmp_path))
        assert [f.split(".", 1)[1] for f in files] == [
            "linalg-on-tensors.mlir", "torch-raw.mlir", "torchscript.txt"]
        assert c.shape == (2, 2)
    finally:
        torch_mlir_ltc.shutdown()


def test_not_initialized():
    torch_mlir_ltc.shutdown()
    with pytest.raises(RuntimeError, match="call torch_mlir_ltc.init"):
        torch_mlir_ltc.mark_step()


class Block(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = torch.nn.Linear(5, 4)
        self.register_buffer("scale", torch.tensor(2.0))

    def forward(self, x, bias, alpha: float):
        # (alpha scales a float32 tensor with dims: a 0-d tensor * alpha would
        # compute in float64 in LTC's graph, which compile() refuses.)
        return torch.softmax((self.fc(x) * self.scale + bias) * alpha, dim=-1), x.shape[0]


def test_compile_module_replays_the_graph_on_new_inputs():
    torch.manual_seed(0)
    model = Block().eval()
    x, bias = torch.randn(3, 5), torch.tensor(0.5)  # a 0-d tensor argument
    fn = torch_mlir_ltc.compile(model, (x, bias, 1.5))
    assert fn.replays and "aten::_softmax" in fn.graph.torchscript
    for value in (0.0, 1.0, -3.0):  # LTC folds 0-d 0 and 1 into graphs: not here
        x2, b2 = torch.randn(3, 5), torch.tensor(value)
        got, n = fn(x2, b2, 1.5)
        with torch.no_grad():
            want, _ = model(x2, b2, 1.5)
        torch.testing.assert_close(got, want)
        assert n == 3
    with pytest.raises(ValueError, match="non-tensor argument 1.5"):
        fn(x, bias, 2.0)
    with pytest.raises(ValueError, match="dtype|shape|dim"):
        fn(torch.randn(4, 5), bias, 1.5)


def test_compile_function_with_mutated_argument_and_identity_output():
    def f(x, y):
        y.add_(x)
        return x, y * 2

    x, y = torch.randn(4), torch.randn(4)
    fn = torch_mlir_ltc.compile(f, (x, y))
    x2, y2 = torch.randn(4), torch.randn(4)
    y2_before = y2.clone()
    a, b = fn(x2, y2)
    assert a is x2
    torch.testing.assert_close(y2, y2_before + x2)
    torch.testing.assert_close(b, (y2_before + x2) * 2)


def test_compile_reruns_a_function_that_reads_values():
    def f(x):
        if x.sum() > 0:  # data-dependent control flow: not one graph
            return x * 2
        return x - 1

    fn = torch_mlir_ltc.compile(f, (torch.ones(3),))
    assert not fn.replays
    torch.testing.assert_close(fn(torch.ones(3)), torch.full((3,), 2.0))
    torch.testing.assert_close(fn(-torch.ones(3)), torch.full((3,), -2.0))
