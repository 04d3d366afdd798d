"""Checks a wheelhouse built by build_wheels.sh against the packages of the repo:
exactly one wheel per package at its pyproject version; pure packages are
`py3-none-any`; platform packages carry a manylinux tag (on Linux) and vendor
no MLIR/LLVM library (those load from the xtc wheels); every wheel's
Requires-Dist is its pyproject's dependencies.

    python build_tools/release/check_wheelhouse.py WHEELHOUSE
"""

from __future__ import annotations

import email.parser
import sys
import zipfile
from pathlib import Path

from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import parse_wheel_filename

sys.path.insert(0, str(Path(__file__).resolve().parent))
from packages import Package, discover  # noqa: E402

VENDORED_FORBIDDEN = ("libMLIR", "libLLVM", "libmlir")


def metadata_requirements(wheel: zipfile.ZipFile) -> set[str]:
    name = next(n for n in wheel.namelist() if n.endswith(".dist-info/METADATA"))
    meta = email.parser.Parser().parsestr(wheel.read(name).decode())
    return {str(Requirement(r)) for r in meta.get_all("Requires-Dist") or []}


def declared_requirements(package: Package) -> set[str]:
    reqs = {str(r) for r in package.dependencies}
    for extra, extra_reqs in package.optional_dependencies.items():
        for r in extra_reqs:
            own = "" if r.marker is None else f"({r.marker}) and "
            r.marker = Marker(f'{own}extra == "{extra}"')
            reqs.add(str(r))
    return reqs


def check_package(package: Package, wheels: list[Path]) -> list[str]:
    mine = [w for w in wheels if parse_wheel_filename(w.name)[0] == package.name]
    if len(mine) != 1:
        return [f"{package.name}: expected one wheel, found {[w.name for w in mine]}"]
    wheel = mine[0]
    _, version, _, tags = parse_wheel_filename(wheel.name)
    errors = []
    if str(version) != package.version:
        errors.append(f"{wheel.name}: version {version}, pyproject says {package.version}")
    platforms = {t.platform for t in tags}
    if package.kind == "pure" and {str(t) for t in tags} != {"py3-none-any"}:
        errors.append(f"{wheel.name}: a pure package must be py3-none-any")
    if package.kind == "platform":
        if sys.platform == "linux" and not all(p.startswith("manylinux_") for p in platforms):
            errors.append(f"{wheel.name}: not repaired to a manylinux tag")
        with zipfile.ZipFile(wheel) as z:
            vendored = [n for n in z.namelist()
                        if any(Path(n).name.startswith(v) for v in VENDORED_FORBIDDEN)]
        if vendored:
            errors.append(f"{wheel.name}: vendors MLIR/LLVM libraries {vendored}")
    with zipfile.ZipFile(wheel) as z:
        got, want = metadata_requirements(z), declared_requirements(package)
    if got != want:
        errors.append(f"{wheel.name}: Requires-Dist {sorted(got)} != pyproject {sorted(want)}")
    return errors


def main(wheelhouse: str) -> int:
    wheels = sorted(Path(wheelhouse).glob("*.whl"))
    packages = discover()
    errors = [e for p in packages for e in check_package(p, wheels)]
    known = {p.name for p in packages}
    errors += [f"{w.name}: no package of the repo" for w in wheels
               if parse_wheel_filename(w.name)[0] not in known]
    if errors:
        print("check_wheelhouse: FAILED:\n  " + "\n  ".join(errors), file=sys.stderr)
        return 1
    print(f"check_wheelhouse: {len(wheels)} wheels, one per package: "
          + ", ".join(w.name for w in wheels))
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))
