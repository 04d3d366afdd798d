#!/usr/bin/env bash
# Sets up the development environment: .venv at the repo root with the pinned
# toolchain (build_tools/requirements-dev.txt) and every package of the repo
# installed editable. Idempotent: a second run only redoes what changed
# (stamps in .venv/.bootstrap-stamps hash each step's inputs).
#
# This is the only place that knows how to install things.
#   PYTHON=python3.12 ./build_tools/bootstrap.sh   # pick the interpreter
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$REPO_ROOT/.venv"
STAMPS="$VENV/.bootstrap-stamps"
PYTHON="${PYTHON:-python3}"

log() { echo "[bootstrap] $*"; }

# Hash of a set of files/directories (content and names), for change detection.
tree_hash() {
  (cd "$REPO_ROOT" && find "$@" -type f \
      -not -path '*/build/*' -not -path '*/__pycache__/*' -not -name '*.pyc' \
      -print0 | sort -z | xargs -0 sha256sum) | sha256sum | cut -d' ' -f1
}

# Runs "$@" unless stamp $1 holds hash $2; records the hash on success.
step() {
  local name="$1" hash="$2"; shift 2
  if [[ -f "$STAMPS/$name" && "$(cat "$STAMPS/$name")" == "$hash" ]]; then
    log "$name: up to date"
    return 0
  fi
  log "$name: running"
  "$@"
  echo "$hash" > "$STAMPS/$name"
}

if [[ ! -x "$VENV/bin/python" ]]; then
  "$PYTHON" - <<'PY' || { echo "[bootstrap] need Python 3.10-3.13 (set PYTHON=...)" >&2; exit 1; }
import sys
sys.exit(0 if (3, 10) <= sys.version_info[:2] <= (3, 13) else 1)
PY
  log "creating $VENV with $("$PYTHON" --version)"
  "$PYTHON" -m venv "$VENV"
fi
mkdir -p "$STAMPS"
PIP=("$VENV/bin/python" -m pip --disable-pip-version-check)

install_toolchain() {
  "${PIP[@]}" install -q -r "$REPO_ROOT/build_tools/requirements-dev.txt"
}
step toolchain "$(tree_hash build_tools/requirements-dev.txt)" install_toolchain

# ccache is an optional prerequisite, never installed here (`apt-get install
# ccache`): when it is on PATH the core compiles through it, which makes
# rebuilds on a reused machine cheap. TORCH_MLIR_CCACHE=0 builds without it.
# CCACHE_BASEDIR makes paths relative to the repo, so other clones and
# worktrees of the repo on the machine hit the same cache entries.

# The C++ core builds against the toolchain in the venv, so no build isolation
# (it would download ~1.7 GB of build requirements for every build).
install_core() {
  local launcher=()
  if [[ "${TORCH_MLIR_CCACHE:-1}" != 0 ]] && command -v ccache >/dev/null 2>&1; then
    launcher=(--config-settings=cmake.define.CMAKE_CXX_COMPILER_LAUNCHER=ccache)
    export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$REPO_ROOT}"
    log "compiling through ccache (TORCH_MLIR_CCACHE=0 to disable)"
  else  # clear a launcher an earlier configure of the build directory cached
    launcher=(--config-settings=cmake.define.CMAKE_CXX_COMPILER_LAUNCHER=)
  fi
  local start=$SECONDS
  PATH="$VENV/bin:$PATH" CMAKE_BUILD_PARALLEL_LEVEL="${CMAKE_BUILD_PARALLEL_LEVEL:-$(nproc)}" \
    "${PIP[@]}" install -q --no-build-isolation --no-deps "${launcher[@]}" \
    -e "$REPO_ROOT/packages/torch-mlir-core"
  log "torch-mlir-core built and installed in $((SECONDS - start)) s"
}
step torch-mlir-core \
  "$(tree_hash packages/torch-mlir-core/CMakeLists.txt packages/torch-mlir-core/pyproject.toml \
      packages/torch-mlir-core/include packages/torch-mlir-core/lib \
      packages/torch-mlir-core/python/CMakeLists.txt \
      packages/torch-mlir-core/python/TorchMlirCoreModule.cpp)" \
  install_core

# Pure-Python packages: editable installs, redone only when their packaging
# metadata changes (their code is live).
install_python_package() {
  "${PIP[@]}" install -q --no-build-isolation --no-deps -e "$REPO_ROOT/$1"
}
for dir in packages/torch-mlir-fx packages/torch-mlir-torchscript \
    packages/torch-mlir-ltc packages/torch-mlir-acap packages/torch-mlir-refbackend \
    e2e_testing; do
  [[ -f "$REPO_ROOT/$dir/pyproject.toml" ]] || continue
  step "$(basename "$dir")" "$(tree_hash "$dir/pyproject.toml")" install_python_package "$dir"
done

log "ready: source $VENV/bin/activate"
