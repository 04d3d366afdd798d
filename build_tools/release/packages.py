"""The packages of this repository, read from their pyproject.toml files.

Every directory `packages/*` and `e2e_testing` that has a pyproject.toml is a
package (a folder without one is reported, not built). A package whose build
backend is scikit-build-core is a platform package (a compiled extension, built
and repaired like cibuildwheel does); the others are pure Python.

    python build_tools/release/packages.py list      # dir, name, version, kind (tab-separated)
    python build_tools/release/packages.py missing   # package folders without a pyproject.toml
    python build_tools/release/packages.py repair DIR WHEEL DEST
        # runs the package's [tool.cibuildwheel.linux] repair-wheel-command
    python build_tools/release/packages.py for-tag torch-mlir-fx-v0.2.0
        # the package a release tag publishes (dir=, name=, kind=, import=
        # lines for $GITHUB_OUTPUT); fails unless the version matches

build_wheels.sh, test_wheels.sh and build_tools/tests use it.
"""

from __future__ import annotations

import shlex
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

try:
    import tomllib
except ImportError:  # Python 3.10
    import tomli as tomllib

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

REPO_ROOT = Path(__file__).resolve().parents[2]
PACKAGE_GLOBS = ("packages/*", "e2e_testing")
PLATFORM_BACKENDS = ("scikit_build_core.build",)


@dataclass
class Package:
    dir: Path  # relative to the repo root
    pyproject: dict
    name: str = field(init=False)
    version: str = field(init=False)

    def __post_init__(self):
        self.name = canonicalize_name(self.pyproject["project"]["name"])
        self.version = self.pyproject["project"]["version"]

    @property
    def kind(self) -> str:
        backend = self.pyproject.get("build-system", {}).get("build-backend", "")
        return "platform" if backend in PLATFORM_BACKENDS else "pure"

    @property
    def dependencies(self) -> list[Requirement]:
        return [Requirement(r) for r in self.pyproject["project"].get("dependencies", [])]

    @property
    def optional_dependencies(self) -> dict[str, list[Requirement]]:
        extras = self.pyproject["project"].get("optional-dependencies", {})
        return {k: [Requirement(r) for r in v] for k, v in extras.items()}

    @property
    def cibuildwheel(self) -> dict:
        return self.pyproject.get("tool", {}).get("cibuildwheel", {})


def package_dirs(root: Path = REPO_ROOT) -> list[Path]:
    return sorted(p for pattern in PACKAGE_GLOBS for p in root.glob(pattern) if p.is_dir())


def discover(root: Path = REPO_ROOT) -> list[Package]:
    """Every package of the repo, in a stable order."""
    found = []
    for d in package_dirs(root):
        if (d / "pyproject.toml").is_file():
            with open(d / "pyproject.toml", "rb") as f:
                found.append(Package(d.relative_to(root), tomllib.load(f)))
    return found


def missing(root: Path = REPO_ROOT) -> list[Path]:
    """Package folders that have no pyproject.toml (yet)."""
    return [d.relative_to(root) for d in package_dirs(root) if not (d / "pyproject.toml").is_file()]


def repair_command(package: Package, wheel: str, dest_dir: str) -> list[str]:
    """The Linux repair command cibuildwheel would run for `package`."""
    template = package.cibuildwheel.get("linux", {}).get("repair-wheel-command")
    if not template:
        raise SystemExit(f"{package.dir}: no [tool.cibuildwheel.linux] repair-wheel-command")
    return [a.replace("{wheel}", wheel).replace("{dest_dir}", dest_dir)
            for a in shlex.split(template)]


def for_tag(tag: str, root: Path = REPO_ROOT) -> Package:
    """The package release tag `<name>-v<version>` publishes; SystemExit if
    no package has that name or its pyproject version differs."""
    name, sep, version = tag.rpartition("-v")
    by_name = {p.name: p for p in discover(root)}
    package = by_name.get(canonicalize_name(name)) if sep else None
    if package is None:
        raise SystemExit(f"tag '{tag}' is not <package>-v<version> for a package of this repo "
                         f"({', '.join(sorted(by_name))})")
    if package.version != version:
        raise SystemExit(f"tag '{tag}' says version {version}, but {package.dir}/pyproject.toml "
                         f"says {package.version}")
    return package


def main(argv: list[str]) -> int:
    if argv[:1] == ["list"]:
        for p in discover():
            print(f"{p.dir}\t{p.name}\t{p.version}\t{p.kind}")
    elif argv[:1] == ["missing"]:
        for d in missing():
            print(d)
    elif argv[:1] == ["repair"] and len(argv) == 4:
        by_dir = {str(p.dir): p for p in discover()}
        command = repair_command(by_dir[argv[1]], argv[2], argv[3])
        print(f"[packages.py] {shlex.join(command)}", flush=True)
        return subprocess.run(command).returncode
    elif argv[:1] == ["for-tag"] and len(argv) == 2:
        p = for_tag(argv[1])
        print(f"dir={p.dir}\nname={p.name}\nkind={p.kind}\nimport={p.name.replace('-', '_')}")
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
