#!/usr/bin/env bash
# Sets up (bootstrap.sh) and runs the project's main job on built-in examples:
# a PyTorch model imported to the Torch dialect with torch-mlir-fx; the same
# model lowered to linalg-on-tensors, compiled and run on torch-mlir-refbackend
# (and through torch.compile) against torch eager; and a Torch-dialect program
# built with core's Python API, verified and run through torch-mlir-opt; a
# training step on Lazy Tensor Core's "lazy" device compiled through MLIR
# (torch-mlir-ltc) against eager.
set -euo pipefail
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$REPO_ROOT/build_tools/bootstrap.sh"
export PATH="$REPO_ROOT/.venv/bin:$PATH"
echo "==> torch-mlir-fx: PyTorch model -> Torch dialect"
python "$REPO_ROOT/packages/torch-mlir-fx/examples/import_model.py"
echo "==> torch-mlir-fx + core + refbackend: model -> linalg-on-tensors -> native code, vs eager"
python "$REPO_ROOT/packages/torch-mlir-fx/examples/compile_and_run.py"
echo "==> torch-mlir-ltc: a lazy training step (forward, backward, SGD) -> one MLIR graph, vs eager"
python "$REPO_ROOT/packages/torch-mlir-ltc/examples/train_step.py"
echo "==> torch-mlir-core: Python API -> torch-mlir-opt"
exec python "$REPO_ROOT/packages/torch-mlir-core/examples/build_torch_module.py"
