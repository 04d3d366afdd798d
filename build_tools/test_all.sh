#!/usr/bin/env bash
# Sets up (bootstrap.sh) and runs every test of every package: lit/FileCheck IR
# tests, then pytest. Exits non-zero if anything fails. `.ci/run` calls this.
set -uo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$REPO_ROOT/build_tools/bootstrap.sh" || { echo "[test_all] bootstrap failed" >&2; exit 1; }

VENV="$REPO_ROOT/.venv"
export PATH="$VENV/bin:$PATH"
cd "$REPO_ROOT"
status=0

echo "[test_all] ruff"
ruff check --quiet || status=1

echo "[test_all] lit"
lit -sv packages/torch-mlir-core/test packages/torch-mlir-fx/test \
  packages/torch-mlir-torchscript/test || status=1

echo "[test_all] pytest"
# testpaths: every package's tests/ (pyproject.toml); two workers (pytest-xdist).
python -m pytest -q -n 2 || status=1

# The e2e conformance suite against torch eager, for every frontend x backend
# config this repo has (exit 1 on any unexpected failure, crash or pass).
echo "[test_all] e2e"
python -m torch_mlir_e2e -j 2 --config eager --config fx-linalg-refbackend \
  --config torchscript-linalg-refbackend --config torchscript-trace-linalg-refbackend \
  || status=1

if [[ $status -ne 0 ]]; then
  echo "[test_all] FAILED"
else
  echo "[test_all] all tests passed"
fi
exit $status
