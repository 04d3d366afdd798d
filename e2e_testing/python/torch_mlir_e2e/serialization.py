"""Serialized ("heavydep") tests: a test exported once, where its
dependencies are installed, and run anywhere from files.

Layout: DIR/<test name>/
    program.pt2   torch.export.save of torch.export.export(module, inputs, dynamic_shapes)
    inputs.pt     torch.save of the input tuple
    golden.pt     torch.save of the eager outputs
    test.json     {"name", "rtol", "atol", "args": [[shape or null, dtype], ...], "format"}
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
from pathlib import Path

import torch

from .exporting import export_test_program
from .registry import Arg, E2ETest

__all__ = ["SerializedTest", "serialize_test", "load_serialized_tests"]

FORMAT_VERSION = 1
_FILES = ("program.pt2", "inputs.pt", "golden.pt", "test.json")


def _dtype_name(dtype) -> str:
    if isinstance(dtype, torch.dtype):
        return str(dtype)  # "torch.float32"
    return getattr(dtype, "__name__", str(dtype))  # int / float / bool


def _dtype_from_name(name: str):
    if name.startswith("torch."):
        dtype = getattr(torch, name[len("torch."):], None)
        if isinstance(dtype, torch.dtype):
            return dtype
    return {"int": int, "float": float, "bool": bool}.get(name, name)


def serialize_test(test: E2ETest, output_dir: str | os.PathLike) -> Path:
    """Writes `test` under output_dir/<name>/; returns that directory."""
    if not re.fullmatch(r"[A-Za-z0-9_.\-]+", test.name):
        raise ValueError(f"test name '{test.name}' cannot be a directory name")
    inputs = test.make_inputs()
    with torch.no_grad():
        golden = test.make_module()(*clone_values(inputs))
    program = export_test_program(test, test.make_module(), clone_values(inputs))
    directory = Path(output_dir) / test.name
    directory.mkdir(parents=True, exist_ok=True)
    torch.export.save(program, directory / "program.pt2")
    torch.save(inputs, directory / "inputs.pt")
    torch.save(golden, directory / "golden.pt")
    meta = {
        "format": FORMAT_VERSION,
        "name": test.name,
        "rtol": test.rtol,
        "atol": test.atol,
        "args": [[a.shape, _dtype_name(a.dtype)] for a in test.args],
    }
    (directory / "test.json").write_text(json.dumps(meta, indent=1) + "\n")
    return directory


def clone_values(value):
    """`value` with every tensor (also inside tuples/lists) cloned: each
    phase of a test gets inputs no earlier phase could have mutated."""
    if isinstance(value, torch.Tensor):
        return value.clone()
    if isinstance(value, (tuple, list)):
        return type(value)(clone_values(v) for v in value)
    return value


@dataclasses.dataclass
class SerializedTest(E2ETest):
    """A test loaded from a serialized directory. `make_module()` is the
    program's `module()`; configs that import an ExportedProgram call
    `exported_program()`; the golden outputs are the stored ones."""

    directory: str = ""

    def exported_program(self) -> torch.export.ExportedProgram:
        return torch.export.load(os.path.join(self.directory, "program.pt2"))

    def make_module(self):
        return self.exported_program().module()

    def make_inputs(self) -> tuple:
        inputs = torch.load(os.path.join(self.directory, "inputs.pt"), weights_only=True)
        return tuple(inputs) if isinstance(inputs, (tuple, list)) else (inputs,)

    def golden_outputs(self):
        return torch.load(os.path.join(self.directory, "golden.pt"), weights_only=True)


def load_serialized_test(directory: str | os.PathLike) -> SerializedTest:
    directory = Path(directory)
    missing = [f for f in _FILES if not (directory / f).is_file()]
    if missing:
        raise ValueError(f"{directory} is not a serialized e2e test: missing "
                         f"{', '.join(missing)}")
    try:
        meta = json.loads((directory / "test.json").read_text())
        args = [Arg(shape, _dtype_from_name(dtype)) for shape, dtype in meta.get("args", [])]
        return SerializedTest(
            name=meta["name"], module_factory=_no_factory, args=args,
            inputs=_no_inputs, rtol=float(meta["rtol"]), atol=float(meta["atol"]),
            file="", directory=str(directory.resolve()))
    except (KeyError, TypeError, ValueError) as e:
        raise ValueError(f"{directory / 'test.json'} is malformed: {e}") from None


def load_serialized_tests(root: str | os.PathLike) -> list[SerializedTest]:
    """Every serialized test under `root` (each subdirectory with a
    test.json), sorted by name."""
    root = Path(root)
    if not root.is_dir():
        raise ValueError(f"serialized test directory '{root}' does not exist")
    tests = [load_serialized_test(d) for d in sorted(root.iterdir())
             if (d / "test.json").is_file()]
    names = [t.name for t in tests]
    dups = sorted({n for n in names if names.count(n) > 1})
    if dups:
        raise ValueError(f"duplicate serialized test names in {root}: {', '.join(dups)}")
    return sorted(tests, key=lambda t: t.name)


def _no_factory():
    raise RuntimeError("a serialized test's module comes from its program")


def _no_inputs(tu):
    raise RuntimeError("a serialized test's inputs come from inputs.pt")
