"""torch eager vs torch-mlir-refbackend: models and f32 matmul, on 1 and 2 threads.

    python benchmarks/refbackend_benchmark.py [--reps N] [--quick]

Needs torch-mlir-fx (the models are imported with it).

Times are medians of N runs after warm-up. For each workload it prints eager and
refbackend times and their ratio (ours / eager: lower is better), the compile time
(a real compile: the disk cache is off), and GFLOP/s for the matmuls (square and
one odd-sized). The transformer layer and the small CNN run at batch 1, 2, 4 and 8
so that a cliff with the batch size shows. It ends with the worst model ratio and
the slowest compile. Models the lowering cannot handle yet print "skipped: <reason>".
Last, the persistent compile cache: ResNet-18 compiled in a new process with an empty
cache directory (cold) and again in another new process (warm: a disk-cache hit),
given as an `ir.Module` (what an importer hands over) and as text; the time is that
of the `compile()` call alone.
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
    """Linear layers of the given widths with a ReLU between each two."""

    def __init__(self, widths=(512, 512, 512, 512)):
        super().__init__()
        layers = []
        for cin, cout in zip(widths, widths[1:]):
            layers += [torch.nn.Linear(cin, cout), torch.nn.ReLU()]
        self.net = torch.nn.Sequential(*layers[:-1])

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


class GPTBlock(torch.nn.Module):
    """Pre-norm GPT block: causal SDPA, GELU MLP."""

    def __init__(self, d=256, heads=4):
        super().__init__()
        self.heads = heads
        self.ln1, self.ln2 = torch.nn.LayerNorm(d), torch.nn.LayerNorm(d)
        self.qkv, self.proj = torch.nn.Linear(d, 3 * d), torch.nn.Linear(d, d)
        self.fc1, self.fc2 = torch.nn.Linear(d, 4 * d), torch.nn.Linear(4 * d, d)

    def forward(self, x):
        b, t, d = x.shape
        q, k, v = self.qkv(self.ln1(x)).split(d, dim=-1)
        q, k, v = (y.view(b, t, self.heads, d // self.heads).transpose(1, 2) for y in (q, k, v))
        a = torch.nn.functional.scaled_dot_product_attention(q, k, v, is_causal=True)
        x = x + self.proj(a.transpose(1, 2).reshape(b, t, d))
        return x + self.fc2(torch.nn.functional.gelu(self.fc1(self.ln2(x))))


class LSTM(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = torch.nn.LSTM(64, 128, num_layers=2, batch_first=True)

    def forward(self, x):
        return self.lstm(x)[0]


class DepthwiseCNN(torch.nn.Module):
    """Depthwise-separable blocks (MobileNet style: groups = channels)."""

    def __init__(self):
        super().__init__()
        layers, c = [torch.nn.Conv2d(3, 32, 3, 2, 1), torch.nn.ReLU()], 32
        for cout, stride in [(64, 1), (128, 2), (128, 1), (256, 2)]:
            layers += [torch.nn.Conv2d(c, c, 3, stride, 1, groups=c), torch.nn.BatchNorm2d(c),
                       torch.nn.ReLU(), torch.nn.Conv2d(c, cout, 1), torch.nn.BatchNorm2d(cout),
                       torch.nn.ReLU()]
            c = cout
        self.body = torch.nn.Sequential(*layers)
        self.fc = torch.nn.Linear(c, 10)

    def forward(self, x):
        return self.fc(self.body(x).mean((2, 3)))


# (name, model factory, input shape without the batch dim, batch sizes).
MODELS = [
    ("MLP 784-512-256-10", lambda: MLP((784, 512, 256, 10)), (784,), (32,)),
    ("MLP 3x512", MLP, (512,), (64,)),
    ("small CNN (2 conv+bn, 32x32)", SmallCNN, (3, 32, 32), (1, 2, 4, 8)),
    ("transformer encoder (d256, 4 heads, seq 64)", _encoder, (64, 256), (1, 2, 4, 8)),
    ("GPT block (causal SDPA, GELU MLP, seq 64)", GPTBlock, (64, 256), (1, 2)),
    ("LSTM(64, 128, 2 layers), seq 32", LSTM, (32, 64), (1,)),
    ("depthwise-separable CNN (64x64)", DepthwiseCNN, (3, 64, 64), (1,)),
    ("ResNet-18 (3x224x224)", ResNet18, (3, 224, 224), (1,)),
]


def matmul_module(m: int, k: int, n: int) -> str:
    a, b, c = (f"tensor<{x}x{y}xf32>" for x, y in ((m, k), (k, n), (m, n)))
    return f"""
func.func @main(%a: {a}, %b: {b}) -> {c} {{
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : {c}
  %f = linalg.fill ins(%z : f32) outs(%e : {c}) -> {c}
  %m = linalg.matmul ins(%a, %b : {a}, {b}) outs(%f : {c}) -> {c}
  return %m : {c}
}}"""


MATMULS = [(256, 256, 256), (512, 512, 512), (1024, 1024, 1024), (333, 517, 129)]


def lower_model(make, shape):
    import torch_mlir_fx

    torch.manual_seed(0)
    model = make().eval()
    x = torch.randn(*shape)
    module = torch_mlir_fx.export_and_import(model, x, output_type="linalg-on-tensors")
    return model, x, module


def _line(name, te, to, note):
    print(f"{name:52s} {te * 1e3:9.3f} {to * 1e3:9.3f} {to / te:9.2f}x  {note}", flush=True)


def bench_model(name, model, x, module, nt, reps, results):
    """Compiles `module` (no cache: a real compile) for `nt` threads, checks it
    against eager and prints eager and refbackend medians and the compile time."""
    t0 = time.perf_counter()
    cm = rb.compile(module, num_threads=nt, cache=False)
    ctime = time.perf_counter() - t0
    with torch.no_grad():
        want = model(x)
        got = cm.main(x)
        err = (got - want).abs().max().item()
        te = median_time(lambda: model(x), reps)
    to = median_time(lambda: cm.main(x), reps)
    _line(name, te, to, f"compile {ctime:.1f}s, max|err| {err:.1e}, recipe {cm.recipe}")
    results.append((nt, name, te, to, ctime))


def bench_matmul(m, k, n, nt, reps, results):
    cm = rb.compile(matmul_module(m, k, n), num_threads=nt, cache=False)
    a, b = torch.randn(m, k), torch.randn(k, n)
    torch.testing.assert_close(cm.main(a, b), a @ b, rtol=1e-3, atol=1e-3)
    te = median_time(lambda: torch.mm(a, b), reps)
    to = median_time(lambda: cm.main(a, b), reps)
    flop = 2 * m * k * n
    name = f"matmul f32 {m}x{k}x{n}"
    _line(name, te, to, f"GFLOP/s: torch {flop / te / 1e9:.1f}, ours {flop / to / 1e9:.1f} "
          f"({100 * te / to:.0f}% of torch)")
    results.append((nt, name, te, to, None))


def lower_all(quick: bool) -> list:
    """(label, model, input, module) per model and batch size, or (label, error)."""
    out = []
    for name, make, shape, batches in MODELS:
        if quick and ("ResNet" in name or "LSTM" in name):
            continue
        for b in (batches[:2] if quick else batches):
            label = f"{name}, batch {b}"
            try:
                out.append((label,) + lower_model(make, (b,) + shape))
            except Exception as e:  # noqa: BLE001
                out.append((label, f"{type(e).__name__}: {str(e).splitlines()[0][:200]}"))
    return out


_CACHE_PROBE = """
import sys, time
import torch_mlir_refbackend as rb
module = open(sys.argv[1]).read()
if sys.argv[3] == "module":  # what an importer hands over (parsed before the timing)
    from torch_mlir_refbackend._compiler import make_context
    from mlir import ir
    module = ir.Module.parse(module, make_context())
t0 = time.perf_counter()
cm = rb.compile(module, num_threads=int(sys.argv[2]))
print(time.perf_counter() - t0, cm.from_disk_cache)
"""


def bench_disk_cache(lowered, nt: int) -> None:
    """Cold compile, then a warm disk-cache hit, of ResNet-18 (else the biggest
    model), each in a new process sharing a fresh cache directory."""
    import os
    import subprocess
    import tempfile

    models = [item for item in lowered if len(item) == 4]
    if not models:
        return
    item = next((i for i in models if "ResNet" in i[0]), None) or max(
        models, key=lambda i: len(str(i[3])))
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "model.mlir")
        with open(path, "w") as f:
            f.write(str(item[3]))
        env = dict(os.environ, TORCH_MLIR_REFBACKEND_CACHE_DIR=os.path.join(d, "cache"))
        print()
        for given in ("module", "text"):
            runs = []
            for _ in range(2):
                out = subprocess.run([sys.executable, "-c", _CACHE_PROBE, path, str(nt), given],
                                     env=env, capture_output=True, text=True)
                if out.returncode != 0:
                    print(f"disk cache: the probe failed: {out.stderr.strip()[-300:]}")
                    return
                seconds, hit = out.stdout.split()[-2:]
                runs.append((float(seconds), hit == "True"))
            (cold, cold_hit), (warm, warm_hit) = runs
            print(f"disk cache, {item[0]} as {'an ir.Module' if given == 'module' else 'text'}, "
                  f"{nt} thread(s), each in a new process: cold compile {cold:.2f}s "
                  f"(hit: {cold_hit}), warm {warm:.2f}s (hit: {warm_hit})", flush=True)


def summary(results) -> None:
    models = [r for r in results if r[4] is not None]
    worst = max(models, key=lambda r: r[3] / r[2], default=None)
    slowest = max(models, key=lambda r: r[4], default=None)
    if worst:
        print(f"\nworst model ratio: {worst[3] / worst[2]:.2f}x ({worst[1]}, "
              f"{worst[0]} thread(s)); slowest compile: {slowest[4]:.1f}s ({slowest[1]})")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=20, help="timed runs per workload")
    parser.add_argument("--threads", default="1,2", help="thread counts, comma separated")
    parser.add_argument("--quick", action="store_true",
                        help="two batch sizes, no ResNet-18, LSTM or matmul 1024")
    args = parser.parse_args(argv)
    import os

    print(f"load average before the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs "
          f"(wall-clock medians: other load on the machine skews them)")
    lowered = lower_all(args.quick)
    results = []
    for nt in (int(t) for t in args.threads.split(",")):
        torch.set_num_threads(nt)
        print(f"\n=== {nt} thread(s) (torch.set_num_threads({nt}), "
              f"refbackend num_threads={nt}) ===", flush=True)
        print(f"{'workload':52s} {'eager ms':>9s} {'ours ms':>9s} {'ours/eager':>10s}  notes")
        for item in lowered:
            if len(item) == 2:
                print(f"{item[0]:52s} skipped: {item[1]}", flush=True)
                continue
            reps = max(3, args.reps // (10 if "ResNet" in item[0] else 1))
            try:
                bench_model(*item, nt, reps, results)
            except Exception as e:  # noqa: BLE001
                print(f"{item[0]:52s} skipped: {type(e).__name__}: "
                      f"{str(e).splitlines()[0][:200]}", flush=True)
        for m, k, n in MATMULS:
            if not (args.quick and m == 1024):
                bench_matmul(m, k, n, nt, args.reps, results)
    summary(results)
    bench_disk_cache(lowered, int(args.threads.split(",")[0]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
