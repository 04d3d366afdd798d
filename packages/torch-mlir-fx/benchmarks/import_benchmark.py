"""Import speed of torch-mlir-fx, against torch.export in the same run.

    python packages/torch-mlir-fx/benchmarks/import_benchmark.py [--model resnet18] [--repeats 3]

Times, best of --repeats after one warm-up each:
  (a) torch.export.export(model, args)
  (b) ep.run_decompositions()            (torch's default table: core ATen)
  (c) FxImporter().import_program(ep_decomposed), the import alone
  (d) export_and_import(model, *args, output_type="raw"), end to end
and prints them with the import's ratio to torch.export and to the end-to-end
time, the number of ops in the module, whether it verifies, and peak RSS.

The target for the ResNet-18-sized model is an import under 3 s (upstream
torch-mlir's FX importer takes ~33 s on the same machine).
"""

import argparse
import collections
import os
import resource
import sys
import time
import warnings

import torch

import mlir.ir as ir

import torch_mlir_fx

# The models live with the tests, which reuse them.
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests"))
from models import MODELS, num_parameters  # noqa: E402

# torch 2.13's run_decompositions deep-copies pytree specs, which trips its own
# deprecation warning once per call; it says nothing about this package.
warnings.filterwarnings("ignore", message=r"`isinstance\(treespec, LeafSpec\)` is deprecated",
                        category=FutureWarning)

RESNET18_PARAMS = (11.6e6, 11.8e6)
IMPORT_TARGET_S = 3.0


def best_of(repeats, fn):
    """(best wall time in s, result of the last call), after one warm-up call."""
    fn()
    times, result = [], None
    for _ in range(repeats):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return min(times), result


def op_counts(module: ir.Module) -> collections.Counter:
    """Op name -> count, over every op nested in the module (not the module)."""
    counts = collections.Counter()

    def visit(op):
        counts[op.name] += 1
        return ir.WalkResult.ADVANCE

    module.operation.walk(visit)
    counts[module.operation.name] -= 1
    return +counts


def peak_rss_mb() -> float:
    # ru_maxrss is in KiB on Linux, bytes on macOS.
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024 if sys.platform == "darwin" else 1024)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", choices=list(MODELS), default="resnet18")
    parser.add_argument("--repeats", type=int, default=3,
                        help="timed runs per stage, after one warm-up (best is shown)")
    args = parser.parse_args(argv)
    if args.repeats < 1:
        parser.error("--repeats must be at least 1")

    torch.manual_seed(0)
    model = MODELS[args.model]().eval()
    inputs = model.example_inputs()
    params = num_parameters(model)
    if args.model == "resnet18":
        lo, hi = RESNET18_PARAMS
        assert lo <= params <= hi, f"ResNet-18 layout has {params} parameters"
    rss_model = peak_rss_mb()

    t_export, ep = best_of(args.repeats, lambda: torch.export.export(model, inputs))
    t_decomp, ep_core = best_of(args.repeats, lambda: ep.run_decompositions())

    def import_only():
        importer = torch_mlir_fx.FxImporter()
        importer.import_program(ep_core)
        return importer.module

    t_import, module = best_of(args.repeats, import_only)
    t_e2e, e2e_module = best_of(args.repeats, lambda: torch_mlir_fx.export_and_import(
        model, *inputs, output_type="raw"))

    start = time.perf_counter()
    verified = module.operation.verify() and e2e_module.operation.verify()
    t_verify = time.perf_counter() - start
    counts = op_counts(module)
    e2e_ops = sum(op_counts(e2e_module).values())
    n_ops = sum(counts.values())
    n_aten = sum(n for name, n in counts.items() if name.startswith("torch.aten."))
    n_literals = counts.get("torch.vtensor.literal", 0)
    fx_nodes = sum(1 for n in ep_core.graph.nodes if n.op == "call_function")

    print(f"model: {args.model} ({type(model).__name__}), {params / 1e6:.2f} M parameters; "
          f"best of {args.repeats} after a warm-up; torch {torch.__version__}, "
          f"{os.cpu_count()} CPUs")
    print(f"  {'stage':<36}{'time':>10}{'/ export':>10}")
    rows = [
        ("(a) torch.export.export", t_export),
        ("(b) run_decompositions", t_decomp),
        ("(c) import (FxImporter)", t_import),
        ("(d) export_and_import (raw)", t_e2e),
    ]
    for label, t in rows:
        print(f"  {label:<36}{t:>8.3f} s{t / t_export:>9.2f}x")
    print(f"  import = {t_import / t_export:.2f} x torch.export, "
          f"{100 * t_import / t_e2e:.1f} % of export_and_import; "
          f"a+b+c = {t_export + t_decomp + t_import:.3f} s vs d = {t_e2e:.3f} s")
    print(f"  verify                              {t_verify:>8.3f} s   "
          f"{'ok' if verified else 'FAILED'}")
    print(f"  ops in module: {n_ops} ({n_aten} torch.aten.*, {n_literals} literals; "
          f"{fx_nodes} FX call_function nodes after decompositions)")
    print(f"  peak RSS: {peak_rss_mb():.0f} MB ({rss_model:.0f} MB after building the model)")
    if args.model == "resnet18":
        verdict = "met" if t_import < IMPORT_TARGET_S else "MISSED"
        print(f"  target import < {IMPORT_TARGET_S:.0f} s: {verdict}")
    if e2e_ops != n_ops:
        print(f"  note: export_and_import's module has {e2e_ops} ops, the import alone {n_ops}")
    if not verified:
        sys.exit("module does not verify")


if __name__ == "__main__":
    main()
