"""Checks a `pip install --report` of test_wheels.sh: every torch-mlir package
came from the wheelhouse (not from an index), the EXPECTED packages were
installed (e.g. torch-mlir-core as a dependency of the frontends), and torch
is 2.13.0 with no CUDA packages.

    python check_install_report.py REPORT.json WHEELHOUSE EXPECTED...

Runs in the test venv (standard library only).
"""

import json
import os
import sys
from urllib.parse import unquote, urlparse


def main(report_path, wheelhouse, *expected):
    with open(report_path) as f:
        report = json.load(f)
    wheelhouse = os.path.realpath(wheelhouse)
    installed = {}
    errors = []
    for item in report["install"]:
        name = item["metadata"]["name"].lower().replace("_", "-")
        installed[name] = item["metadata"]["version"]
        url = item["download_info"]["url"]
        if name.startswith("torch-mlir-"):
            path = os.path.realpath(unquote(urlparse(url).path))
            if not path.startswith(wheelhouse + os.sep):
                errors.append(f"{name} came from {url}, not from the wheelhouse")
        if name.startswith("nvidia-"):
            errors.append(f"a CUDA package was pulled in: {name} {item['metadata']['version']}")
    for name in expected:
        if name not in installed:
            errors.append(f"{name} was not installed")
    if "torch" in installed and installed["torch"].split("+")[0] != "2.13.0":
        errors.append(f"torch {installed['torch']} installed, not 2.13.0")
    if errors:
        sys.exit("check_install_report: FAILED:\n  " + "\n  ".join(errors))
    ours = sorted(f"{n} {v}" for n, v in installed.items() if n.startswith("torch-mlir-"))
    print(f"check_install_report: {os.path.basename(report_path)}: from the wheelhouse: "
          f"{', '.join(ours)}; {len(installed)} distributions")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(*sys.argv[1:])
