#!/usr/bin/env bash
# Fresh-install test of the release wheels (build_tools/test_all.sh runs it):
#  1. build_wheels.sh builds every package's wheel into a wheelhouse outside
#     the repo (reusing the core's build directory: nothing recompiles when
#     bootstrap.sh has built the tree);
#  2. check_wheelhouse.py: one wheel per package at its version, pure ones
#     py3-none-any, the core manylinux-tagged with no vendored MLIR/LLVM;
#  3. two new venvs of the base interpreter (not the editable .venv), run from
#     a directory outside the repo with no PYTHONPATH:
#     - "frontends": `pip install --find-links WHEELHOUSE torch-mlir-fx
#       torch-mlir-refbackend` (core must come in as their dependency), the
#       README's three lines on a conv net against eager (smoke_example.py) and
#       `torch-mlir-opt --help`; then every other wheel of the wheelhouse,
#       `pip check`, each package imported, and a few e2e tests run by the
#       installed harness;
#     - "core": `pip install --find-links WHEELHOUSE torch-mlir-core` alone (a
#       vendor's view): lower a Torch-dialect module to linalg-on-tensors with
#       the API and torch-mlir-opt (smoke_core.py), and no frontend installed.
#     pip's install reports must show our packages taken from the wheelhouse
#     and torch 2.13.0 without CUDA packages.
#
#   ./build_tools/test_wheels.sh        # KEEP=1 keeps the work directory
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DEV_PY="$REPO_ROOT/.venv/bin/python"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/torch-mlir-wheels.XXXXXX")"
if [[ "${KEEP:-0}" == 1 ]]; then
  echo "[test_wheels] keeping $WORK"
else
  trap 'rm -rf "$WORK"' EXIT
fi
WHEELHOUSE="$WORK/wheelhouse"
log() { echo "[test_wheels] $*"; }
elapsed() { echo "$((SECONDS - $1)) s"; }

start=$SECONDS
"$REPO_ROOT/build_tools/build_wheels.sh" "$WHEELHOUSE"
log "wheels built in $(elapsed "$start")"
"$DEV_PY" "$REPO_ROOT/build_tools/release/check_wheelhouse.py" "$WHEELHOUSE"

# Nothing of the repo is visible from here on: scripts copied out, a working
# directory outside the repo, no PYTHONPATH or user site.
cp "$REPO_ROOT"/build_tools/release/{smoke_core.py,smoke_example.py,check_install_report.py} "$WORK/"
cd "$WORK"
unset PYTHONPATH
# pip installs with --no-compile (byte-compiling all of torch would cost
# minutes); the first import writes .pyc files for what it imports, which the
# later processes reuse, so bytecode writing must not be off.
unset PYTHONDONTWRITEBYTECODE
export PYTHONNOUSERSITE=1 PIP_DISABLE_PIP_VERSION_CHECK=1
BASE_PY="$("$DEV_PY" -c 'import sys; print(sys._base_executable)')"

# `pip install --find-links WHEELHOUSE PACKAGE...` into venv VENV (created if
# needed), then check its report (LABEL.json): EXPECTED (space-separated) must
# have been installed. --no-compile: byte-compiling torch would cost minutes.
install() {  # label venv "expected..." package...
  local label="$1" venv="$WORK/$2" expected="$3"; shift 3
  [[ -x "$venv/bin/python" ]] || "$BASE_PY" -m venv "$venv"
  "$venv/bin/python" -m pip install -q --no-compile --find-links "$WHEELHOUSE" \
    --report "$WORK/$label.json" "$@" > "$WORK/$label.log" 2>&1 \
    || { cat "$WORK/$label.log"; return 1; }
  # shellcheck disable=SC2086  # EXPECTED is a list
  "$venv/bin/python" check_install_report.py "$WORK/$label.json" "$WHEELHOUSE" $expected
}

start=$SECONDS
# The two installs are independent (mostly unzipping torch): run them together.
install frontends frontends "torch-mlir-fx torch-mlir-refbackend torch-mlir-core" \
  torch-mlir-fx torch-mlir-refbackend & frontends_pid=$!
install core core torch-mlir-core torch-mlir-core & core_pid=$!
wait "$frontends_pid" || { log "FAILED: installing torch-mlir-fx torch-mlir-refbackend"; exit 1; }
wait "$core_pid" || { log "FAILED: installing torch-mlir-core alone"; exit 1; }
log "two venvs installed in $(elapsed "$start")"

# The core-only checks run meanwhile (the machine has two cores).
C="$WORK/core/bin"
core_check() {
  "$C/python" smoke_core.py || return 1
  if "$C/python" -c "import torch_mlir_fx" 2> /dev/null; then
    echo "torch_mlir_fx importable in the core-only venv"; return 1
  fi
}
start=$SECONDS
core_check > "$WORK/core-check.log" 2>&1 & core_pid=$!

F="$WORK/frontends/bin"
"$F/python" smoke_example.py
"$F/torch-mlir-opt" --help > /dev/null
mapfile -t others < <("$DEV_PY" "$REPO_ROOT/build_tools/release/packages.py" list | cut -f2 \
  | grep -v -x -e torch-mlir-fx -e torch-mlir-refbackend -e torch-mlir-core)
install others frontends "${others[*]}" "${others[@]}"
"$F/python" -m pip check
imports=(torch-mlir-core torch-mlir-fx torch-mlir-refbackend "${others[@]}")
imports=("${imports[@]//-/_}")
"$F/python" -c "import $(IFS=,; echo "${imports[*]}")"
"$F/torch-mlir-e2e" --config fx-linalg-refbackend -j 1 -f '^SanityLinearRelu$' -f '^conv1d_basic$'
log "frontends venv: example, all wheels, e2e in $(elapsed "$start")"

if ! wait "$core_pid"; then
  cat "$WORK/core-check.log"; log "FAILED: core-only venv"; exit 1
fi
cat "$WORK/core-check.log"
log "core-only venv checked (in parallel) by $(elapsed "$start")"
log "all wheel checks passed"
