"""Lowering speed of torch-mlir-core: torch -> linalg-on-tensors.

    python benchmarks/lowering_benchmark.py [--model resnet18]

The model is exported once (torch.export, torch's default decompositions);
each measurement imports it afresh with the FX frontend (at the torch backend
contract; the import time is subtracted) then, best of --repeats after one
warm-up each:
  (a) torch-lower-to-linalg alone (the rules)
  (b) the whole torch-backend-to-linalg-on-tensors-backend-pipeline
      (contract check, rules, canonicalize/cse, linalg contract check)
and, for scale, (c) torch.export and the FX import themselves. Prints the op counts before/after
and the ratio to the 2 s target (upstream torch-mlir's lowering of the
same model takes ~16 s on this machine class).

Models come from the FX frontend's test models (the same ResNet-18 its import
benchmark uses); this script needs torch-mlir-fx installed.
"""

import argparse
import collections
import os
import sys
import time
import warnings

import torch
from mlir import ir

import torch_mlir_fx
from torch_mlir_core import passes

_FX_TESTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "packages",
                         "torch-mlir-fx", "tests")
sys.path.insert(0, _FX_TESTS)
from models import MODELS  # noqa: E402

warnings.filterwarnings("ignore", message=r"`isinstance\(treespec, LeafSpec\)` is deprecated",
                        category=FutureWarning)

TARGET_S = 2.0
PIPELINE = "torch-backend-to-linalg-on-tensors-backend-pipeline"


def best_of(repeats, fn):
    fn()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def op_counts(module) -> collections.Counter:
    counts = collections.Counter()

    def visit(op):
        counts[op.name.split(".")[0]] += 1
        return ir.WalkResult.ADVANCE

    module.operation.walk(visit)
    return counts


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", default="resnet18", choices=sorted(MODELS))
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)

    model = MODELS[args.model]()
    inputs = model.example_inputs()
    torch.set_num_threads(1)

    start = time.perf_counter()
    program = torch.export.export(model, inputs).run_decompositions()
    export_s = time.perf_counter() - start

    def fresh():
        importer = torch_mlir_fx.FxImporter()
        importer.import_program(program)
        return torch_mlir_fx.lower(importer.module, "torch")

    import_s = best_of(args.repeats, fresh)

    def rules_only():
        m = fresh()
        passes.run_pipeline(m, "builtin.module(torch-lower-to-linalg)")
        return m

    def pipeline():
        m = fresh()
        passes.run_pipeline(m, f"builtin.module({PIPELINE})")
        return m

    # The import that makes each fresh copy is part of neither figure.
    rules_s = best_of(args.repeats, rules_only) - import_s
    pipeline_s = best_of(args.repeats, pipeline) - import_s
    lowered = pipeline()
    before, after = op_counts(fresh()), op_counts(lowered)

    print(f"model: {args.model} ({sum(p.numel() for p in model.parameters()) / 1e6:.1f} M "
          f"parameters), input {tuple(inputs[0].shape)}")
    print(f"ops at the torch contract: {sum(before.values())} "
          f"({dict(before.most_common())})")
    print(f"ops in linalg-on-tensors:  {sum(after.values())} ({dict(after.most_common())})")
    print(f"(c) torch.export + decompositions:             {export_s:8.3f} s")
    print(f"    FX import to 'torch':                      {import_s:8.3f} s")
    print(f"(a) torch-lower-to-linalg (rules only):        {rules_s:8.3f} s")
    print(f"(b) {PIPELINE}: {pipeline_s:8.3f} s")
    print(f"target < {TARGET_S:.1f} s: {'met' if pipeline_s < TARGET_S else 'NOT met'} "
          f"({pipeline_s / TARGET_S:.2f}x of the target; upstream ~16 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
