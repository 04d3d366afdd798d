"""What each package's folder may import: core knows no frontend, backend or
harness; the refbackend knows no frontend (tests excepted: they may drive a
package through a frontend). Cross-package benchmarks live in benchmarks/."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]

FRONTENDS = {"torch_mlir_fx", "torch_mlir_torchscript", "torch_mlir_ltc", "torch_mlir_acap"}
FORBIDDEN = {
    "torch-mlir-core": FRONTENDS | {"torch_mlir_refbackend", "torch_mlir_e2e"},
    "torch-mlir-refbackend": FRONTENDS | {"torch_mlir_e2e"},
}
# Not the package's own code: its tests (pytest and lit) and the build tree.
SKIPPED_DIRS = {"tests", "test", "build"}


def imported_modules(source: str, filename: str) -> set[str]:
    """The top-level names of every module `source` imports (at any depth,
    including imports inside functions)."""
    names = set()
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def package_modules(package: str) -> list[Path]:
    root = REPO_ROOT / "packages" / package
    return sorted(p for p in root.rglob("*.py")
                  if not SKIPPED_DIRS & set(p.relative_to(root).parts[:-1]))


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_package_imports_only_what_it_may_know(package):
    modules = package_modules(package)
    assert modules, f"no modules found under packages/{package}"
    offending = []
    for path in modules:
        bad = imported_modules(path.read_text(), str(path)) & FORBIDDEN[package]
        if bad:
            offending.append(f"{path.relative_to(REPO_ROOT)}: {', '.join(sorted(bad))}")
    assert not offending, f"packages/{package} imports what it must not know:\n" + \
        "\n".join(offending)


def test_imported_modules_sees_every_form_of_import():
    source = (
        "import torch_mlir_fx.importer as fx\n"
        "from torch_mlir_torchscript import ScriptImporter\n"
        "from . import sibling\n"
        "def f():\n"
        "    import torch_mlir_e2e\n"
    )
    assert imported_modules(source, "<test>") == {
        "torch_mlir_fx", "torch_mlir_torchscript", "torch_mlir_e2e"}


def test_a_frontend_import_in_core_would_be_caught(tmp_path, monkeypatch):
    core = tmp_path / "packages" / "torch-mlir-core"
    (core / "benchmarks").mkdir(parents=True)
    (core / "benchmarks" / "bench.py").write_text("import torch_mlir_fx\n")
    (core / "tests").mkdir()
    (core / "tests" / "test_x.py").write_text("import torch_mlir_fx\n")
    monkeypatch.setitem(globals(), "REPO_ROOT", tmp_path)
    with pytest.raises(AssertionError, match="benchmarks/bench.py: torch_mlir_fx"):
        test_package_imports_only_what_it_may_know("torch-mlir-core")
