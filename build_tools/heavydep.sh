#!/usr/bin/env bash
# Heavydep tests: real `transformers` architectures (BERT, DistilBERT, GPT-2,
# Llama, Qwen2, T5 encoder, ViT, ResNet, ConvNeXt) with random weights from
# small configs (nothing is downloaded).
#
#   1. creates a separate venv (build/heavydep/venv) that sees the main .venv's
#      packages (torch==2.13.0 and torch-mlir, through a .pth) and adds the
#      pinned `transformers` (the main .venv never gets it);
#   2. serializes the models there with the harness's `serialize` command
#      (build/heavydep/tests/<name>/: program.pt2, inputs, golden outputs);
#   3. runs the serialized programs from the main .venv, without transformers,
#      under every FX-based config (and eager);
#   4. runs each model through torch.compile(backend=torch_mlir_fx.backend())
#      against eager in the heavydep venv, and checks that the interpreter
#      exits without a message (e2e_testing/heavydep/test_compile_heavydep.py).
#
# The serialized files are rebuilt when missing or when the model definitions
# or pins changed (a hash stamp); pass --rebuild to force it.
#
#   ./build_tools/heavydep.sh [--rebuild] [--skip-compile] [-f REGEX (step 3)]
set -uo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$REPO_ROOT/.venv"
HEAVY="$REPO_ROOT/build/heavydep"
HVENV="$HEAVY/venv"
TESTS="$HEAVY/tests"
# The pins of the heavydep venv (torch is the main venv's torch==2.13.0).
PINS=(transformers==5.25.0 torch==2.13.0)
# Every FX-based config (eager: the stored programs' own module(), a check of
# the serialization).
CONFIGS=(--config eager --config fx-linalg-refbackend)

log() { echo "[heavydep] $*"; }

rebuild=0 compile=1 filters=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --rebuild) rebuild=1 ;;
    --skip-compile) compile=0 ;;
    -f) filters+=(-f "$2"); shift ;;
    *) echo "usage: $0 [--rebuild] [--skip-compile] [-f REGEX]" >&2; exit 2 ;;
  esac
  shift
done

[[ -x "$VENV/bin/python" ]] || "$REPO_ROOT/build_tools/bootstrap.sh" \
  || { echo "[heavydep] bootstrap failed" >&2; exit 1; }

# 1. The heavydep venv: the main venv's site-packages (a .pth running
#    site.addsitedir, so its editable installs work too) + transformers.
pins_hash="$(printf '%s\n' "${PINS[@]}" | sha256sum | cut -d' ' -f1)"
if [[ ! -x "$HVENV/bin/python" || "$(cat "$HVENV/.pins" 2>/dev/null)" != "$pins_hash" ]]; then
  log "creating $HVENV (${PINS[*]})"
  rm -rf "$HVENV"
  base="$("$VENV/bin/python" -c 'import sys; print(sys.base_prefix)')/bin/python3"
  "$base" -m venv "$HVENV" || exit 1
  site="$("$HVENV/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"
  main_site="$("$VENV/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"
  echo "import site; site.addsitedir('$main_site')" > "$site/torch_mlir_main_venv.pth"
  "$HVENV/bin/python" -m pip install -q --disable-pip-version-check "${PINS[@]}" \
    || { echo "[heavydep] installing ${PINS[*]} failed" >&2; exit 1; }
  echo "$pins_hash" > "$HVENV/.pins"
fi

# 2. Serialize (when missing or stale).
models="$REPO_ROOT/e2e_testing/python/torch_mlir_e2e/heavydep_models.py"
stamp="$( (cat "$models" "$REPO_ROOT/e2e_testing/python/torch_mlir_e2e/serialization.py"; \
  echo "$pins_hash") | sha256sum | cut -d' ' -f1)"
if [[ $rebuild -eq 1 || ! -f "$TESTS/.stamp" || "$(cat "$TESTS/.stamp")" != "$stamp" ]]; then
  log "serializing the models to $TESTS"
  rm -rf "$TESTS"
  start=$SECONDS
  "$HVENV/bin/python" -m torch_mlir_e2e serialize \
    --tests-module torch_mlir_e2e.heavydep_models --output-dir "$TESTS" \
    || { echo "[heavydep] serialization failed" >&2; exit 1; }
  echo "$stamp" > "$TESTS/.stamp"
  log "serialized in $((SECONDS - start)) s"
else
  log "serialized models up to date in $TESTS"
fi

status=0
# 3. The serialized programs, from the main venv (no transformers there).
log "running the serialized models (main venv, no transformers)"
start=$SECONDS
"$VENV/bin/python" -m torch_mlir_e2e -j 2 --timeout 600 "${CONFIGS[@]}" \
  --serialized-test-dir "$TESTS" "${filters[@]}" || status=1
log "serialized models ran in $((SECONDS - start)) s"

# 4. torch.compile with the torch-mlir backend, in the heavydep venv.
if [[ $compile -eq 1 ]]; then
  log "torch.compile(backend=torch_mlir_fx.backend()) of each model (heavydep venv)"
  start=$SECONDS
  (cd "$REPO_ROOT" && "$HVENV/bin/python" -m pytest -q -n 2 -p no:cacheprovider \
    e2e_testing/heavydep/test_compile_heavydep.py) || status=1
  log "torch.compile tests ran in $((SECONDS - start)) s"
fi
exit $status
