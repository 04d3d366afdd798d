#!/usr/bin/env bash
# Writes the environment an IDE needs into .env at the repo root (or FILE):
# PYTHONPATH with every package's Python sources (packages/*/python,
# e2e_testing/python) and PATH with the venv's tools and the MLIR/LLVM tools of
# the xtc wheels (FileCheck, mlir-opt, ...). VS Code's Python extension reads
# .env for the interpreter it runs tests and debug sessions with
# (.vscode/settings.json points it there). Run it after bootstrap.sh.
#
#   ./build_tools/write_env_file.sh [FILE]
#
# The venv's editable installs already make every package importable; the
# PYTHONPATH entries are for tools that do not run the venv's site hooks
# (static analysis, a bare interpreter). The core's compiled parts
# (_native, the generated op builders) resolve through the editable install.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="${1:-$REPO_ROOT/.env}"
VENV="$REPO_ROOT/.venv"
if [[ ! -x "$VENV/bin/python" ]]; then
  echo "[write_env_file] no $VENV: run ./build_tools/bootstrap.sh first" >&2
  exit 1
fi

python_dirs=()
for dir in "$REPO_ROOT"/packages/*/python "$REPO_ROOT"/e2e_testing/python; do
  [[ -d "$dir" ]] && python_dirs+=("$dir")
done

# The bin/ folders of the `llvm` and `mlir` packages (xtc wheels).
tool_dirs="$("$VENV/bin/python" -c '
import os, llvm, mlir
print(":".join(os.path.join(list(m.__path__)[0], "bin") for m in (llvm, mlir)))')"

{
  echo "# Written by build_tools/write_env_file.sh; rerun it after adding a package."
  echo "PYTHONPATH=$(IFS=:; echo "${python_dirs[*]}")"
  echo "PATH=$VENV/bin:$tool_dirs:\${PATH}"
} > "$OUT"
echo "[write_env_file] wrote $OUT"
