"""Import speed of torch-mlir-fx, against torch.export in the same run.

    python packages/torch-mlir-fx/benchmarks/import_benchmark.py [--model resnet18]

Prints, best of --repeats (after a warm-up): torch.export, run_decompositions,
the import alone (FxImporter.import_program), and export_and_import end to
end; the import's ratio to torch.export; op count and peak RSS.
The target for the ResNet-18-sized model is an import under 3 s (upstream
torch-mlir's FX importer takes ~33 s on the same machine).
"""

import argparse
import os
import resource
import sys
import time

import torch

sys.path.insert(0, os.path.dirname(__file__))
from models import MODELS  # noqa: E402

import torch_mlir_fx  # noqa: E402


def best_of(repeats, fn):
    fn()  # warm-up
    times, result = [], None
    for _ in range(repeats):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return min(times), result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", choices=sorted(MODELS), default="resnet18")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()

    torch.manual_seed(0)
    model = MODELS[args.model]().eval()
    inputs = model.example_inputs()
    params = sum(p.numel() for p in model.parameters())

    t_export, ep = best_of(args.repeats, lambda: torch.export.export(model, inputs))
    t_decomp, ep_core = best_of(args.repeats, lambda: ep.run_decompositions())

    def import_only():
        importer = torch_mlir_fx.FxImporter()
        importer.import_program(ep_core)
        return importer.module

    t_import, module = best_of(args.repeats, import_only)
    t_e2e, _ = best_of(args.repeats, lambda: torch_mlir_fx.export_and_import(
        model, *inputs, output_type="raw"))
    assert module.operation.verify()
    n_ops = sum(1 for _ in _walk(module.operation))
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"model: {args.model}, {params / 1e6:.2f} M parameters, "
          f"best of {args.repeats}, torch {torch.__version__}")
    print(f"  torch.export.export          {t_export:8.3f} s")
    print(f"  run_decompositions           {t_decomp:8.3f} s")
    print(f"  import (FxImporter)          {t_import:8.3f} s   "
          f"= {t_import / t_export:.2f} x torch.export")
    print(f"  export_and_import (raw)      {t_e2e:8.3f} s")
    print(f"  ops in module                {n_ops:8d}")
    print(f"  peak RSS                     {rss_mb:8.0f} MB")


def _walk(op):
    yield op
    for region in op.regions:
        for block in region.blocks:
            for child in block.operations:
                yield from _walk(child.operation)


if __name__ == "__main__":
    main()
