#!/usr/bin/env bash
# Sets up (bootstrap.sh) and runs every test of every package: lit/FileCheck IR
# tests, then pytest. Exits non-zero if anything fails. `.ci/run` calls this.
set -uo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$REPO_ROOT/build_tools/bootstrap.sh" || { echo "[test_all] bootstrap failed" >&2; exit 1; }

VENV="$REPO_ROOT/.venv"
export PATH="$VENV/bin:$PATH"
# The refbackend's persistent compile cache (lit, pytest, e2e runs all compile through
# it): a fresh temporary directory per run, so CI never reuses nor leaves entries, and
# never writes to ~/.cache.
TORCH_MLIR_REFBACKEND_CACHE_DIR="$(mktemp -d -t torch-mlir-refbackend-cache.XXXXXX)"
export TORCH_MLIR_REFBACKEND_CACHE_DIR
trap 'rm -rf "$TORCH_MLIR_REFBACKEND_CACHE_DIR"' EXIT
cd "$REPO_ROOT"
status=0

echo "[test_all] ruff"
ruff check --quiet || status=1

echo "[test_all] lit"
lit -sv packages/torch-mlir-core/tests/lit packages/torch-mlir-fx/tests/lit \
  packages/torch-mlir-torchscript/tests/lit packages/torch-mlir-ltc/tests/lit \
  packages/torch-mlir-acap/tests/lit packages/torch-mlir-refbackend/tests/lit || status=1

echo "[test_all] pytest"
# testpaths: every package's tests/ and fuzz/ (pyproject.toml); two workers (pytest-xdist).
# fuzz/: the IR fuzzer (seed 0, 500 mutants x plain/pipeline) and the API fuzzer.
python -m pytest -q -n 2 || status=1
# Lazy Tensor Core's tests on their own: torch's LTC backend is process-global
# (initialized once, never torn down), and after a training step on it an
# unrelated torch.export program in the same process no longer loads back
# from its serialization (wrap_with_set_grad_enabled without val).
python -m pytest -q -n 2 packages/torch-mlir-ltc/tests || status=1

# The e2e conformance suite against torch eager, for every frontend x backend
# config this repo has (exit 1 on any unexpected failure, crash or pass).
echo "[test_all] e2e"
python -m torch_mlir_e2e -j 2 --config eager --config fx-linalg-refbackend \
  --config torchscript-linalg-refbackend --config torchscript-trace-linalg-refbackend \
  || status=1

# Lazy Tensor Core and the ACAP shim: a fixed CI subset of the suite, the
# families whole programs are made of (models, attention, convolutions,
# pooling, norms, activations, softmax, matmul, sanity: 316 of 786 tests).
# The full suite: drop the -f (figures in the LTC and ACAP READMEs).
echo "[test_all] e2e ltc, acap (CI subset)"
python -m torch_mlir_e2e -j 2 --config ltc-linalg-refbackend --config acap-linalg-refbackend \
  -f '^(model|attention|conv|pool|norm|activation|softmax|matmul|sanity|Sanity)' || status=1

# The TOSA output type, numerically: TOSA -> MLIR's tosa-to-linalg -> the
# refbackend, the whole suite.
echo "[test_all] e2e tosa"
python -m torch_mlir_e2e -j 2 --config fx-tosa-refbackend || status=1

# IREE, the second backend: fx-linalg-iree (the same linalg-on-tensors as
# fx-linalg-refbackend, compiled by iree-compile for this CPU), fx-tosa-iree
# and fx-stablehlo-iree. iree-compile takes about a second per test, so CI
# runs a fixed subset: every eighth test by name (--subset 8, 134 of 1068; a
# subset of --subset 4, which each session before 2026-12-07 ran), plus the
# five standard models. Full-suite figures: e2e_testing/README.md.
echo "[test_all] e2e iree (CI subset)"
python -m torch_mlir_e2e -j 2 --config fx-linalg-iree --config fx-tosa-iree \
  --config fx-stablehlo-iree --subset 8 || status=1
python -m torch_mlir_e2e -j 2 --config fx-linalg-iree --config fx-tosa-iree \
  --config fx-stablehlo-iree \
  -f '^model_(mlp_dynamic_batch|cnn_batch_norm|resnet_basic_blocks|transformer_encoder_layer|attention_block_masks)$' \
  || status=1

# The OpInfo suite (tests generated from PyTorch's op database), its fixed CI
# subset: the first float32 sample of every OpInfo (677 tests; the full suite:
# --opinfo-samples all --opinfo-dtypes all, see e2e_testing/README.md).
echo "[test_all] e2e opinfo"
python -m torch_mlir_e2e -j 2 --suite opinfo --config fx-linalg-refbackend || status=1

# Heavydep: transformers models built in a separate venv, serialized, run here
# without transformers, and through torch.compile (build_tools/heavydep.sh).
echo "[test_all] heavydep"
"$REPO_ROOT/build_tools/heavydep.sh" || status=1

# The release wheels of every package, installed in new venvs outside the repo
# (reuses the core's build directory: no second compile of the core).
echo "[test_all] wheels"
"$REPO_ROOT/build_tools/test_wheels.sh" || status=1

if [[ $status -ne 0 ]]; then
  echo "[test_all] FAILED"
else
  echo "[test_all] all tests passed"
fi
exit $status
