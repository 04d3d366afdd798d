# shellcheck shell=bash
# Everyday commands for working on torch-mlir. Source it (bash):
#
#   source build_tools/bash_helpers.sh
#
#   tm_activate              activate the repo's .venv
#   tm_rebuild               ./build_tools/bootstrap.sh (rebuilds the C++ core if it changed)
#   tm_opt ARGS...           torch-mlir-opt ARGS...
#   tm_lit [PATH...]         lit -sv on files/folders (default: the lit folders test_all.sh runs)
#   tm_pytest [ARGS...]      pytest on two workers (default: every package's tests)
#   tm_e2e CONFIG [REGEX...] the e2e suite under CONFIG, only tests matching a REGEX
#   tm_wheels [WHEELHOUSE]   ./build_tools/build_wheels.sh
#   tm_test_all              ./build_tools/test_all.sh
#
# Each runs the venv's tools directly, from any directory; none needs the venv
# activated.

TM_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export TM_ROOT

# shellcheck disable=SC1091  # the venv bootstrap.sh creates
tm_activate() { source "$TM_ROOT/.venv/bin/activate"; }
tm_rebuild() { "$TM_ROOT/build_tools/bootstrap.sh"; }
tm_opt() { "$TM_ROOT/.venv/bin/torch-mlir-opt" "$@"; }

tm_lit() {
  if [[ $# -eq 0 ]]; then
    local pkg
    for pkg in core fx torchscript; do set -- "$@" "$TM_ROOT/packages/torch-mlir-$pkg/tests/lit"; done
  fi
  "$TM_ROOT/.venv/bin/lit" -sv "$@"
}

tm_pytest() { (cd "$TM_ROOT" && .venv/bin/python -m pytest -q -n 2 "$@"); }

tm_e2e() {
  if [[ $# -lt 1 ]]; then
    echo "usage: tm_e2e CONFIG [REGEX...]   (configs: tm_e2e --list-configs)" >&2
    return 2
  fi
  if [[ "$1" == --* ]]; then "$TM_ROOT/.venv/bin/python" -m torch_mlir_e2e "$@"; return; fi
  local config="$1" filters=() regex
  shift
  for regex in "$@"; do filters+=(-f "$regex"); done
  "$TM_ROOT/.venv/bin/python" -m torch_mlir_e2e --config "$config" -j 2 "${filters[@]}"
}

tm_wheels() { "$TM_ROOT/build_tools/build_wheels.sh" "$@"; }
tm_test_all() { "$TM_ROOT/build_tools/test_all.sh"; }
