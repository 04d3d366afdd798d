"""Training on the lazy device through MLIR ends with eager's parameters.

An MLP and a small CNN (conv, relu, max pooling, linear, cross entropy) are
trained for several steps with SGD (momentum) and Adam, on CPU eagerly and on
the lazy device with one `mark_step()` per step; every step is one graph
compiled through MLIR, and the steps after the first reuse the compiled graph
(Adam's second step too: its first step creates the optimizer state)."""

import copy

import pytest
import torch
import torch.nn as nn
import torch.nn.functional as F

STEPS = 4


class SmallCnn(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 4, 3, padding=1)
        self.conv2 = nn.Conv2d(4, 6, 3, stride=2)
        self.fc = nn.Linear(6 * 2 * 2, 5)

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.conv1(x)), 2)
        x = F.relu(self.conv2(x))
        return self.fc(torch.flatten(x, 1))


def mlp():
    model = nn.Sequential(nn.Linear(6, 16), nn.ReLU(), nn.Linear(16, 16), nn.Tanh(),
                          nn.Linear(16, 3))
    data = [(torch.randn(8, 6), torch.randn(8, 3)) for _ in range(2)]
    return model, data, F.mse_loss


def cnn():
    data = [(torch.randn(4, 3, 10, 10), torch.randint(0, 5, (4,))) for _ in range(2)]
    return SmallCnn(), data, F.cross_entropy


OPTIMIZERS = {
    "sgd": lambda params: torch.optim.SGD(params, lr=0.05, momentum=0.9),
    "adam": lambda params: torch.optim.Adam(params, lr=0.01),
}


def train(model, data, loss_fn, make_opt, device, ltc=None):
    """Trains for STEPS steps; returns the parameters, the losses and, on
    the lazy device, the figures right after the last step."""
    model = copy.deepcopy(model).to(device)
    opt = make_opt(model.parameters())
    losses = []
    for step in range(STEPS):
        x, y = data[step % len(data)]
        opt.zero_grad()
        loss = loss_fn(model(x.to(device)), y.to(device))
        loss.backward()
        opt.step()
        if ltc:
            ltc.mark_step()
        losses.append(loss)
    stats = ltc.stats() if ltc else None
    return [p.detach().to("cpu") for p in model.parameters()], [float(v) for v in losses], stats


@pytest.mark.slow
@pytest.mark.parametrize("opt", sorted(OPTIMIZERS))
@pytest.mark.parametrize("make", [mlp, cnn], ids=["mlp", "cnn"])
def test_training_matches_eager(ltc, make, opt):
    torch.manual_seed(0)
    model, data, loss_fn = make()
    want, want_losses, _ = train(model, data, loss_fn, OPTIMIZERS[opt], "cpu")
    got, got_losses, stats = train(model, data, loss_fn, OPTIMIZERS[opt], "lazy", ltc)
    errors = [(w - g).abs().max().item() for w, g in zip(want, got)]
    assert max(errors) <= 1e-5, errors
    torch.testing.assert_close(got_losses, want_losses, rtol=1e-5, atol=1e-5)

    # One graph per step, computed through MLIR: LTC's own backend computed
    # nothing and nothing ran eagerly.
    assert stats.steps == stats.graphs_run == STEPS
    assert stats.missed_graphs == stats.eager_graphs == stats.eager_ops == 0
    # Step 1 creates the optimizer's state (momentum buffer, Adam's moments),
    # so step 2 is a new graph too; every later step reuses it.
    assert stats.graphs_compiled == 2
    assert stats.cache_hits == STEPS - 2


@pytest.mark.slow
def test_plain_sgd_reuses_the_first_steps_graph(ltc):
    """Without optimizer state the graph of every step is the first one's,
    except for the inputs LTC uploads in the first step."""
    torch.manual_seed(0)
    model, data, loss_fn = mlp()
    plain = lambda params: torch.optim.SGD(params, lr=0.1)  # noqa: E731
    want, _, _ = train(model, data, loss_fn, plain, "cpu")
    got, _, stats = train(model, data, loss_fn, plain, "lazy", ltc)
    assert max((w - g).abs().max().item() for w, g in zip(want, got)) <= 1e-5
    assert (stats.graphs_compiled, stats.cache_hits) == (2, STEPS - 2)
