"""torch eager vs torch-mlir-refbackend: models and f32 matmul, on 1 and 2 threads.

    python benchmarks/refbackend_benchmark.py [--reps N] [--quick]

Needs torch-mlir-fx (the models are imported with it).

Times are medians of N runs after warm-up. For each workload it prints eager and
refbackend times and their ratio (ours / eager: lower is better), and GFLOP/s for
the matmuls. Models the lowering cannot handle yet print "skipped: <reason>".
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time

import torch

import torch_mlir_refbackend as rb


def median_time(fn, reps: int, warmup: int = 2) -> float:
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(reps):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


# ---------------------------------------------------------------- models
class MLP(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.net = torch.nn.Sequential(
            torch.nn.Linear(512, 512), torch.nn.ReLU(), torch.nn.Linear(512, 512),
            torch.nn.ReLU(), torch.nn.Linear(512, 512))

    def forward(self, x):
        return self.net(x)


class SmallCNN(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.c1 = torch.nn.Conv2d(3, 32, 3, padding=1)
        self.b1 = torch.nn.BatchNorm2d(32)
        self.c2 = torch.nn.Conv2d(32, 64, 3, padding=1)
        self.b2 = torch.nn.BatchNorm2d(64)
        self.fc = torch.nn.Linear(64 * 8 * 8, 10)

    def forward(self, x):
        x = torch.nn.functional.max_pool2d(torch.relu(self.b1(self.c1(x))), 2)
        x = torch.nn.functional.max_pool2d(torch.relu(self.b2(self.c2(x))), 2)
        return self.fc(x.flatten(1))


class Block(torch.nn.Module):
    def __init__(self, cin, cout, stride):
        super().__init__()
        self.c1 = torch.nn.Conv2d(cin, cout, 3, stride, 1, bias=False)
        self.b1 = torch.nn.BatchNorm2d(cout)
        self.c2 = torch.nn.Conv2d(cout, cout, 3, 1, 1, bias=False)
        self.b2 = torch.nn.BatchNorm2d(cout)
        self.down = None
        if stride != 1 or cin != cout:
            self.down = torch.nn.Sequential(torch.nn.Conv2d(cin, cout, 1, stride, bias=False),
                                            torch.nn.BatchNorm2d(cout))

    def forward(self, x):
        y = torch.relu(self.b1(self.c1(x)))
        y = self.b2(self.c2(y))
        return torch.relu(y + (x if self.down is None else self.down(x)))


class ResNet18(torch.nn.Module):
    """ResNet-18's layout (torchvision is not a dependency)."""

    def __init__(self, classes=1000):
        super().__init__()
        self.stem = torch.nn.Sequential(torch.nn.Conv2d(3, 64, 7, 2, 3, bias=False),
                                        torch.nn.BatchNorm2d(64), torch.nn.ReLU(),
                                        torch.nn.MaxPool2d(3, 2, 1))
        layers, cin = [], 64
        for cout, stride in [(64, 1), (128, 2), (256, 2), (512, 2)]:
            layers += [Block(cin, cout, stride), Block(cout, cout, 1)]
            cin = cout
        self.layers = torch.nn.Sequential(*layers)
        self.fc = torch.nn.Linear(512, classes)

    def forward(self, x):
        x = self.layers(self.stem(x))
        return self.fc(torch.flatten(torch.nn.functional.adaptive_avg_pool2d(x, 1), 1))


def _encoder():
    return torch.nn.TransformerEncoderLayer(d_model=256, nhead=4, dim_feedforward=1024,
                                            dropout=0.0, batch_first=True)


MODELS = [
    ("MLP 3x512, batch 64", MLP, (64, 512)),
    ("small CNN (2 conv+bn, 32x32)", SmallCNN, (8, 3, 32, 32)),
    ("transformer encoder (d256, 4 heads, seq 64)", _encoder, (1, 64, 256)),
    ("ResNet-18 (1x3x224x224)", ResNet18, (1, 3, 224, 224)),
]


def matmul_module(n: int) -> str:
    t = f"tensor<{n}x{n}xf32>"
    return f"""
func.func @main(%a: {t}, %b: {t}) -> {t} {{
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : {t}
  %f = linalg.fill ins(%z : f32) outs(%e : {t}) -> {t}
  %m = linalg.matmul ins(%a, %b : {t}, {t}) outs(%f : {t}) -> {t}
  return %m : {t}
}}"""


def lower_model(make, shape):
    import torch_mlir_fx

    torch.manual_seed(0)
    model = make().eval()
    x = torch.randn(*shape)
    module = torch_mlir_fx.export_and_import(model, x, output_type="linalg-on-tensors")
    return model, x, module


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=20, help="timed runs per workload")
    parser.add_argument("--threads", default="1,2", help="thread counts, comma separated")
    parser.add_argument("--quick", action="store_true", help="skip ResNet-18 and matmul 1024")
    args = parser.parse_args(argv)
    threads = [int(t) for t in args.threads.split(",")]
    import os

    print(f"load average before the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs "
          f"(wall-clock medians: other load on the machine skews them)")
    results = []

    lowered = {}
    for name, make, shape in MODELS:
        if args.quick and "ResNet" in name:
            continue
        try:
            t0 = time.perf_counter()
            lowered[name] = lower_model(make, shape) + (time.perf_counter() - t0,)
        except Exception as e:  # noqa: BLE001
            lowered[name] = f"{type(e).__name__}: {str(e).splitlines()[0][:200]}"

    for nt in threads:
        torch.set_num_threads(nt)
        print(f"\n=== {nt} thread(s) (torch.set_num_threads({nt}), "
              f"refbackend num_threads={nt}) ===", flush=True)
        print(f"{'workload':46s} {'eager ms':>9s} {'ours ms':>9s} {'ours/eager':>10s}  notes")
        for name, _make, _shape in MODELS:
            if name not in lowered:
                continue
            item = lowered[name]
            if isinstance(item, str):
                print(f"{name:46s} skipped: {item}", flush=True)
                continue
            model, x, module, _ = item
            try:
                t0 = time.perf_counter()
                cm = rb.compile(module, num_threads=nt, cache=False)  # a real compile
                ctime = time.perf_counter() - t0
                with torch.no_grad():
                    want = model(x)
                got = cm.main(x)
                err = (got - want).abs().max().item()
            except Exception as e:  # noqa: BLE001
                print(f"{name:46s} skipped: {type(e).__name__}: {str(e).splitlines()[0][:200]}")
                continue
            reps = max(3, args.reps // (10 if "ResNet" in name else 1))
            with torch.no_grad():
                te = median_time(lambda m=model, x=x: m(x), reps)
            to = median_time(lambda c=cm, x=x: c.main(x), reps)
            note = f"compile {ctime:.1f}s, max|err| {err:.1e}, recipe {cm.recipe}"
            print(f"{name:46s} {te * 1e3:9.3f} {to * 1e3:9.3f} {to / te:9.2f}x  {note}",
                  flush=True)
            results.append((nt, name, te, to))
        for n in (256, 512, 1024):
            if args.quick and n == 1024:
                continue
            cm = rb.compile(matmul_module(n), num_threads=nt)
            a, b = torch.randn(n, n), torch.randn(n, n)
            torch.testing.assert_close(cm.main(a, b), a @ b, rtol=1e-3, atol=1e-3)
            reps = args.reps
            te = median_time(lambda a=a, b=b: torch.mm(a, b), reps)
            to = median_time(lambda c=cm, a=a, b=b: c.main(a, b), reps)
            flop = 2 * n ** 3
            name = f"matmul f32 {n}^3"
            print(f"{name:46s} {te * 1e3:9.3f} {to * 1e3:9.3f} {to / te:9.2f}x  "
                  f"GFLOP/s: torch {flop / te / 1e9:.1f}, ours {flop / to / 1e9:.1f} "
                  f"({100 * te / to:.0f}% of torch)", flush=True)
            results.append((nt, name, te, to))
    return 0


if __name__ == "__main__":
    sys.exit(main())
