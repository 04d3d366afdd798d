"""State a captured graph updates ends as eager leaves it (issue 17): a
module's buffers (BatchNorm's running stats in training mode, a counter),
mutated arguments (0-d ones too), in compile()'s replay and re-run paths and
in mark_step training; what cannot be updated is an error at capture."""

import copy

import pytest
import torch
import torch.nn.functional as F

import torch_mlir_ltc


def assert_same_buffers(module, reference):
    got, want = dict(module.named_buffers()), dict(reference.named_buffers())
    assert got.keys() == want.keys()
    for name in want:
        torch.testing.assert_close(got[name], want[name], rtol=1e-5, atol=1e-6, msg=name)


def test_compiled_training_batch_norm_updates_the_modules_buffers_like_eager():
    torch.manual_seed(0)
    bn = torch.nn.BatchNorm2d(4, momentum=0.3)
    model = torch.nn.Sequential(torch.nn.Conv2d(3, 4, 1), bn, torch.nn.Tanh()).train()
    eager = copy.deepcopy(model)
    fn = torch_mlir_ltc.compile(model, (torch.randn(2, 3, 5, 5),))
    assert fn.replays
    # Capturing ran a copy: the module's buffers are untouched until a call.
    assert bn.num_batches_tracked.item() == 0
    torch.testing.assert_close(bn.running_mean, torch.zeros(4))
    for _ in range(3):  # each call starts from the stats the previous one left
        x = torch.randn(2, 3, 5, 5) * 2 + 1
        with torch.no_grad():
            want = eager(x)
        torch.testing.assert_close(fn(x), want, rtol=1e-4, atol=1e-5)
        assert_same_buffers(model, eager)
    assert bn.num_batches_tracked.item() == 3
    assert not torch.equal(bn.running_var, torch.ones(4))


class DecayingAverage(torch.nn.Module):
    """An exponential average kept in a buffer (through a view of it) and a
    step count, both read after their update."""

    def __init__(self):
        super().__init__()
        self.register_buffer("average", torch.ones(2, 3))
        self.register_buffer("seen", torch.tensor(0, dtype=torch.int64))

    def forward(self, x):
        self.seen += 1
        self.average.view(6).mul_(0.5).add_(x.flatten(), alpha=0.5)
        return x - self.average, self.seen * 2


def test_compiled_module_buffers_read_after_their_update():
    model, eager = DecayingAverage(), DecayingAverage()
    fn = torch_mlir_ltc.compile(model, (torch.randn(2, 3),))
    for _ in range(2):
        x = torch.randn(2, 3)
        with torch.no_grad():
            want = eager(x)
        torch.testing.assert_close(fn(x), want)
        assert_same_buffers(model, eager)


def test_running_stats_and_0d_counter_passed_as_arguments_are_updated():
    def f(x, mean, var, steps):
        steps.add_(1)
        return F.batch_norm(x, mean, var, training=True, momentum=0.2)

    torch.manual_seed(0)
    examples = (torch.randn(4, 3), torch.zeros(3), torch.ones(3), torch.tensor(0))
    fn = torch_mlir_ltc.compile(f, examples)
    got_state = (torch.randn(3), torch.rand(3) + 1, torch.tensor(5))
    want_state = tuple(t.clone() for t in got_state)
    x = torch.randn(4, 3) + 3
    torch.testing.assert_close(fn(x, *got_state), f(x, *want_state))
    for got, want in zip(got_state, want_state):
        torch.testing.assert_close(got, want)
    assert got_state[2].item() == 6


class ScalesItsWeight(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.w = torch.nn.Parameter(torch.ones(3))

    def forward(self, x):
        self.w.mul_(x.mean())
        return x * self.w


def test_a_forward_mutating_a_parameter_is_refused_at_capture():
    model = ScalesItsWeight()
    with pytest.raises(NotImplementedError, match="mutates its parameter.*w"):
        torch_mlir_ltc.compile(model, (torch.randn(3),))
    torch.testing.assert_close(model.w.detach(), torch.ones(3))


def test_rerun_function_copies_its_mutations_back():
    def f(x, acc):
        acc.add_(x)
        if acc.sum() > 0:  # a host read: re-run at every call
            return acc * 2
        return acc

    fn = torch_mlir_ltc.compile(f, (torch.ones(3), torch.zeros(3)))
    assert not fn.replays
    acc = torch.zeros(3)
    torch.testing.assert_close(fn(torch.ones(3), acc), torch.full((3,), 2.0))
    torch.testing.assert_close(acc, torch.ones(3))


def test_out_into_an_argument_is_a_located_error():
    def f(x):
        torch.arange(4, out=x)
        return x + 1

    with pytest.raises(torch_mlir_ltc.UnsupportedOpsError) as info:
        torch_mlir_ltc.compile(f, (torch.zeros(4, dtype=torch.int64),))
    [problem] = info.value.problems
    assert "out=x" in problem.op and problem.lines[0][0] == __file__


def test_mark_step_training_updates_running_stats_like_eager(ltc):
    torch.manual_seed(0)
    model = torch.nn.Sequential(torch.nn.Conv2d(3, 4, 3), torch.nn.BatchNorm2d(4),
                                torch.nn.ReLU(), torch.nn.Flatten(), torch.nn.Linear(64, 2))
    eager, lazy = copy.deepcopy(model), copy.deepcopy(model).to("lazy")
    opts = [torch.optim.SGD(m.parameters(), lr=0.1) for m in (eager, lazy)]
    for _ in range(3):
        x, y = torch.randn(5, 3, 6, 6), torch.randint(0, 2, (5,))
        for m, opt, device in ((eager, opts[0], "cpu"), (lazy, opts[1], "lazy")):
            opt.zero_grad()
            F.cross_entropy(m(x.to(device)), y.to(device)).backward()
            opt.step()
        ltc.mark_step()
    for (name, got), want in zip(lazy.state_dict().items(), eager.state_dict().values()):
        torch.testing.assert_close(got.cpu(), want, rtol=1e-4, atol=1e-5, msg=name)


class BnThenHostRead(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.bn = torch.nn.BatchNorm1d(3)

    def forward(self, x):
        y = self.bn(x)
        return y * 2 if y.sum() > -100 else y  # a host read: re-run at every call


def test_rerun_module_updates_its_running_stats():
    torch.manual_seed(0)
    model = BnThenHostRead().train()
    eager = copy.deepcopy(model)
    fn = torch_mlir_ltc.compile(model, (torch.randn(4, 3),))
    assert not fn.replays
    for _ in range(2):
        x = torch.randn(4, 3) + 1
        with torch.no_grad():
            want = eager(x)
        torch.testing.assert_close(fn(x), want)
        assert_same_buffers(model, eager)
