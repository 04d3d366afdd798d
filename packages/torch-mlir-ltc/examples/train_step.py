"""A training step on Lazy Tensor Core's "lazy" device, compiled through MLIR.

A small CNN is trained for a few SGD steps twice from the same weights:
eagerly on CPU, and on the lazy device with `torch_mlir_ltc.mark_step()` after
each step. Each step (forward, backward, optimizer update) is one graph that
LTC records, torch-mlir lowers to linalg-on-tensors and the reference backend
runs. The first step also creates SGD's momentum buffers, so the second step
is a graph of its own; from the third on, every step reuses it. Prints the graph's
Torch-dialect form (excerpt), the figures and the largest parameter
difference against eager.
"""

import copy
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

import torch_mlir_ltc


class SmallCnn(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(1, 4, 3, padding=1)
        self.fc = nn.Linear(4 * 4 * 4, 10)

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.conv(x)), 2)
        return self.fc(torch.flatten(x, 1))


def train(model, batches, device, mark_step=None):
    model = copy.deepcopy(model).to(device)
    opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    for x, y in batches:
        opt.zero_grad()
        loss = F.cross_entropy(model(x.to(device)), y.to(device))
        loss.backward()
        opt.step()
        if mark_step:
            mark_step()
    return model, float(loss)


def main():
    torch.manual_seed(0)
    model = SmallCnn()
    batches = [(torch.randn(8, 1, 8, 8), torch.randint(0, 10, (8,))) for _ in range(5)]

    eager, eager_loss = train(model, batches, "cpu")
    torch_mlir_ltc.init()
    start = time.perf_counter()
    lazy, lazy_loss = train(model, batches, "lazy", torch_mlir_ltc.mark_step)
    seconds = time.perf_counter() - start

    graph = torch_mlir_ltc.last_graph()
    lines = graph.raw_mlir.splitlines()
    print(f"one training step = one graph: {len(lines)} lines of Torch dialect, e.g.")
    for line in lines:
        if "convolution_backward" in line or "max_pool2d_with_indices_backward" in line:
            print("   ", line.strip()[:150])
    stats = torch_mlir_ltc.stats()
    print(f"steps {stats.steps}: graphs compiled {stats.graphs_compiled}, cache hits "
          f"{stats.cache_hits}; compile {stats.compile_seconds:.2f} s, run "
          f"{stats.run_seconds * 1000:.1f} ms, wall {seconds:.2f} s")
    diff = max((a.detach() - b.detach().cpu()).abs().max().item()
               for a, b in zip(eager.parameters(), lazy.parameters()))
    print(f"final loss eager {eager_loss:.6f}, lazy+MLIR {lazy_loss:.6f}; "
          f"largest parameter difference {diff:.2e}")
    assert diff <= 1e-5, "the lazy training diverged from eager"
    # Step 1 (creates the momentum buffers) and step 2 (the steady state)
    # are compiled; steps 3.. are cache hits.
    assert stats.graphs_compiled == 2 and stats.cache_hits == len(batches) - 2
    torch_mlir_ltc.shutdown()


if __name__ == "__main__":
    main()
