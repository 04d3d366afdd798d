#!/usr/bin/env bash
# Sets up (bootstrap.sh) and runs the project's main job on a built-in example:
# build a Torch-dialect program in Python, verify it, and run it through
# torch-mlir-opt. (Model -> MLIR -> execution replaces this once the FX
# frontend, the lowering and the reference backend exist.)
set -euo pipefail
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$REPO_ROOT/build_tools/bootstrap.sh"
export PATH="$REPO_ROOT/.venv/bin:$PATH"
exec python "$REPO_ROOT/packages/torch-mlir-core/examples/build_torch_module.py"
