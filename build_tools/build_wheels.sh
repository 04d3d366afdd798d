#!/usr/bin/env bash
# Builds a wheel of every package of the repo (build_tools/release/packages.py
# finds them: packages/* and e2e_testing, each with a pyproject.toml) into
# WHEELHOUSE (default: build/wheelhouse, emptied first).
#
#   ./build_tools/build_wheels.sh [WHEELHOUSE]
#
# - Platform packages (scikit-build-core: torch-mlir-core) are built with the
#   configuration cibuildwheel uses ([tool.cibuildwheel] in their pyproject)
#   and repaired with its Linux repair-wheel-command (auditwheel, with the
#   xtc MLIR/LLVM libraries excluded: they load from the xtc wheels at run
#   time). cibuildwheel itself needs a container engine for Linux builds, so
#   here the same build and repair steps run directly on the host: the tag is
#   what auditwheel proves from the symbols (manylinux_2_27 on Debian 12), for
#   this interpreter only. .github/workflows/release.yml runs cibuildwheel.
# - Pure-Python packages: `pip wheel` of a clean copy of the package folder
#   (no stale build/ left by an earlier build), giving py3-none-any wheels.
#
# Build isolation is off (--no-build-isolation): the build requirements are
# the pinned toolchain bootstrap.sh installs into .venv (an isolated build
# would install the ~1.7 GB of xtc dev wheels again). The core is built in the
# same scikit-build-core build directory (build/{wheel_tag}) as the editable
# install of bootstrap.sh, so an up-to-date tree compiles nothing here.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WHEELHOUSE="$(realpath -m "${1:-$REPO_ROOT/build/wheelhouse}")"
VENV="$REPO_ROOT/.venv"
PY="$VENV/bin/python"
PACKAGES=("$PY" "$REPO_ROOT/build_tools/release/packages.py")

log() { echo "[build_wheels] $*"; }

"$REPO_ROOT/build_tools/bootstrap.sh"
export PATH="$VENV/bin:$PATH"

rm -rf "$WHEELHOUSE"
mkdir -p "$WHEELHOUSE"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

build_platform() {  # dir
  local raw="$WORK/raw/${1##*/}"
  CMAKE_BUILD_PARALLEL_LEVEL="${CMAKE_BUILD_PARALLEL_LEVEL:-$(nproc)}" \
    "$PY" -m pip wheel -q --disable-pip-version-check --no-build-isolation --no-deps \
    -w "$raw" "$REPO_ROOT/$1"
  if [[ "$(uname -s)" == Linux ]]; then
    "${PACKAGES[@]}" repair "$1" "$raw"/*.whl "$WHEELHOUSE"
  else
    log "$1: not Linux, wheel left unrepaired (cibuildwheel runs delocate on macOS)"
    cp "$raw"/*.whl "$WHEELHOUSE"
  fi
}

copy_pure() {  # dir: a clean copy of the package folder, for `pip wheel`
  local copy="$WORK/src/${1##*/}"
  mkdir -p "$copy"
  tar -C "$REPO_ROOT/$1" --exclude=./build --exclude='*.egg-info' --exclude=__pycache__ \
    --exclude=.pytest_cache -cf - . | tar -C "$copy" -xf -
  PURE_COPIES+=("$copy")
}

while read -r dir; do
  log "WARNING: $dir has no pyproject.toml: no wheel"
done < <("${PACKAGES[@]}" missing)

total=$SECONDS
PURE_COPIES=()
while IFS=$'\t' read -r dir name version kind; do
  if [[ "$kind" == platform ]]; then
    start=$SECONDS
    build_platform "$dir"
    log "$name $version (platform) in $((SECONDS - start)) s"
  else
    copy_pure "$dir"
  fi
done < <("${PACKAGES[@]}" list)
# The pure packages in one pip run.
start=$SECONDS
"$PY" -m pip wheel -q --disable-pip-version-check --no-build-isolation --no-deps \
  -w "$WHEELHOUSE" "${PURE_COPIES[@]}"
log "${#PURE_COPIES[@]} pure packages in $((SECONDS - start)) s"

log "wheelhouse $WHEELHOUSE ($((SECONDS - total)) s):"
find "$WHEELHOUSE" -name '*.whl' -printf '  %6k KiB  %f\n' | sort -k3
