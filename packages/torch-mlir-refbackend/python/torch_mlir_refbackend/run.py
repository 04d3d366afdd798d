"""`torch-mlir-refback-run`: runs one function of an .mlir file on the reference backend.

    torch-mlir-refback-run model.mlir --arg "tensor<2x3xf32>=1.0" --arg-file x.npy
    torch-mlir-refback-run - --entry scale --arg "tensor<3xi64>=[1,2,3]" --arg 7 < in.mlir

The module is linalg-on-tensors or Torch dialect (lowered first), as `compile()` takes it.
Arguments are given in order, inline (`--arg`) or from .npy files (`--arg-file`); each
result is printed on a line of its own, `tensor<2x2xf32>=[[1.5, 2.0], [3.0, 4.0]]`
(floats in their shortest round-trip form, `true`/`false`, `nan`, `inf`), or written to
`--out-dir` as result0.npy, result1.npy, ... Any bad input is one error message on
stderr and exit status 1.
"""

from __future__ import annotations

import argparse
import os
import re
import sys

import numpy as np

__all__ = ["main", "parse_arg", "format_value", "ArgError"]

PROG = "torch-mlir-refback-run"

# Element types an inline tensor argument may have -> numpy dtype (bf16 via float32).
_NUMPY = {"f64": np.float64, "f32": np.float32, "f16": np.float16, "bf16": np.float32,
          "i64": np.int64, "i32": np.int32, "i16": np.int16, "i8": np.int8, "ui8": np.uint8,
          "si64": np.int64, "si32": np.int32, "si16": np.int16, "si8": np.int8,
          "i1": np.bool_}

_TENSOR_RE = re.compile(r"tensor<((?:\d+x)*)([a-z]+\d*)>$")
_TOKEN_RE = re.compile(r"\s*(\[|\]|,|[^\s\[\],]+)")


class ArgError(ValueError):
    """An argument that does not parse or does not fit the function."""


class _Fail(Exception):
    """An error already formatted for stderr; `located`: it is MLIR diagnostics
    (`file:line:col: error: ...`), printed as they are."""

    def __init__(self, message: str, located: bool = False):
        super().__init__(message)
        self.located = located


def _parse_scalar(token: str, where: str):
    low = token.lower()
    if low in ("true", "false"):
        return low == "true"
    try:
        return int(token, 0) if re.fullmatch(r"[+-]?(0[xob])?[0-9a-f_]+", low) else float(token)
    except ValueError:
        raise ArgError(f"{where}: '{token}' is not a number, true or false") from None


def _parse_value(text: str, where: str):
    """`1.5`, `[1, 2]`, `[[true, false]]` -> a Python scalar or nested lists."""
    tokens = []
    pos = 0
    for m in _TOKEN_RE.finditer(text):
        if m.start() != pos:
            break
        tokens.append((m.group(1), m.start(1)))
        pos = m.end()
    if text[pos:].strip():
        raise ArgError(f"{where}: cannot read '{text[pos:].strip()}' at column {pos + 1} "
                       f"of the value")
    if not tokens:
        raise ArgError(f"{where}: no value after '='")
    i = 0

    def element():
        nonlocal i
        if i >= len(tokens):
            raise ArgError(f"{where}: the value ends early (missing ']'?)")
        tok, col = tokens[i]
        i += 1
        if tok != "[":
            if tok in ("]", ","):
                raise ArgError(f"{where}: unexpected '{tok}' at column {col + 1} of the value")
            return _parse_scalar(tok, where)
        items = []
        while i < len(tokens) and tokens[i][0] != "]":
            items.append(element())
            if i < len(tokens) and tokens[i][0] == ",":
                i += 1
            elif i < len(tokens) and tokens[i][0] != "]":
                raise ArgError(f"{where}: expected ',' or ']' at column {tokens[i][1] + 1} "
                               f"of the value")
        if i >= len(tokens):
            raise ArgError(f"{where}: missing ']' for the '[' at column {col + 1} of the value")
        i += 1
        return items

    value = element()
    if i != len(tokens):
        raise ArgError(f"{where}: unexpected '{tokens[i][0]}' at column {tokens[i][1] + 1} "
                       f"of the value")
    return value


def parse_arg(text: str, where: str = "--arg"):
    """An inline argument -> (declared type text or None, value).

    `tensor<2x3xf32>=1.0` (splat), `tensor<2xi64>=[1,2]` give a numpy array of that type;
    `3`, `2.5`, `true` give a Python int/float/bool."""
    text = text.strip()
    if not text.startswith("tensor"):
        value = _parse_value(text, where)
        if isinstance(value, list):
            raise ArgError(f"{where}: a list needs its type, e.g. 'tensor<2xf32>={text}'")
        return None, value
    type_text, eq, value_text = text.partition("=")
    type_text = type_text.strip()
    m = _TENSOR_RE.match(type_text)
    if not m or not eq:
        raise ArgError(f"{where}: expected 'tensor<DIMSxTYPE>=VALUE' with static dims, "
                       f"e.g. 'tensor<2x3xf32>=1.0', got '{text}'")
    shape = tuple(int(d) for d in m.group(1).split("x") if d)
    element = m.group(2)
    if element not in _NUMPY:
        raise ArgError(f"{where}: element type '{element}' is not one of "
                       f"{', '.join(sorted(_NUMPY))}")
    value = _parse_value(value_text, where)
    try:
        array = np.array(value, dtype=_NUMPY[element])
    except (ValueError, OverflowError, TypeError) as e:
        raise ArgError(f"{where}: the value does not fit {type_text}: {e}") from None
    if array.ndim == 0:
        array = np.full(shape, array[()], dtype=array.dtype)
    elif array.shape != shape:
        raise ArgError(f"{where}: the value has shape {list(array.shape)}, {type_text} "
                       f"needs {list(shape)}")
    return type_text, array


def _format_scalar(v, element: str) -> str:
    if isinstance(v, (bool, np.bool_)):
        return "true" if v else "false"
    if isinstance(v, (int, np.integer)):
        return str(int(v))
    f = float(v)
    if f != f:
        return "nan"
    if f in (float("inf"), float("-inf")):
        return "inf" if f > 0 else "-inf"
    # Shortest text that reads back to the same value of the element type.
    if element == "f64":
        return repr(f)
    if element == "f16":
        return str(np.float16(f))
    return str(np.float32(f))


def _nested(a: np.ndarray, element: str) -> str:
    if a.ndim == 0:
        return _format_scalar(a[()], element)
    return "[" + ", ".join(_nested(x, element) for x in a) + "]"


def format_value(value, element: str) -> str:
    """`tensor<2x2xf32>=[[...]]` for a tensor (a torch tensor), `f64=2.5` for a scalar."""
    import torch

    if isinstance(value, torch.Tensor):
        t = value.detach()
        if t.dtype is torch.bfloat16:
            t = t.float()
        a = t.numpy()
        dims = "".join(f"{d}x" for d in a.shape)
        return f"tensor<{dims}{element}>={_nested(a, element)}"
    return f"{element}={_format_scalar(value, element)}"


# --- the command ------------------------------------------------------------------


class _OrderedArgs(argparse.Action):
    """--arg and --arg-file append to one list, in command-line order."""

    def __call__(self, parser, namespace, value, option_string=None):
        items = getattr(namespace, "inputs", None) or []
        items.append((option_string, value))
        namespace.inputs = items


def _build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog=PROG, description="Run one function of an MLIR module (linalg-on-tensors or "
        "Torch dialect) on the torch-mlir reference CPU backend and print its results.")
    p.add_argument("input", help="the .mlir file ('-' for stdin)")
    p.add_argument("--entry", metavar="NAME",
                   help="the public function to run (default: the only one, or 'main')")
    p.add_argument("--arg", action=_OrderedArgs, dest="inputs", metavar="VALUE",
                   help="next argument: 'tensor<2x3xf32>=1.0' (splat), "
                   "'tensor<2xi64>=[1,2]', '3', '2.5', 'true'")
    p.add_argument("--arg-file", action=_OrderedArgs, dest="inputs", metavar="FILE.npy",
                   help="next argument from a .npy file")
    p.add_argument("--out-dir", metavar="DIR",
                   help="write the results as DIR/result0.npy, ... instead of printing them")
    p.add_argument("--threads", type=int, metavar="N",
                   help="threads for large ops (default: compile()'s default)")
    p.add_argument("--recipe", choices=("auto", "fast", "plain"), default="auto")
    return p


def _read_input(path: str) -> tuple[str, str]:
    if path == "-":
        return "<stdin>", sys.stdin.read()
    try:
        with open(path, encoding="utf-8") as f:
            return path, f.read()
    except OSError as e:
        raise _Fail(f"cannot read '{path}': {e.strerror}") from None
    except UnicodeDecodeError as e:
        raise _Fail(f"'{path}' is not UTF-8 text: {e}") from None


def _located(diags, filename: str, text: str) -> str:
    """Diagnostics as `file:line:col: error: ...` with the source line."""
    from torch_mlir_core import diagnostics

    out = []
    for d in diags:
        for x in [d, *d.notes]:
            if x.filename in ("-", "<stdin>"):
                x.filename = filename
        out.append(diagnostics.format_diagnostic(d, {filename: text}))
    return "".join(out).rstrip("\n")


def _check_parses(filename: str, text: str) -> None:
    """A parse error as a located error before compile() sees the text."""
    from mlir import ir
    from torch_mlir_core import diagnostics

    from . import _compiler

    ctx = _compiler.make_context()
    try:
        ir.Module.parse(text, ctx)
    except ir.MLIRError as e:
        diags: list = []
        diagnostics.extend_from_error(diags, e)
        raise _Fail(_located(diags, filename, text), located=True) from None


def _compile(filename: str, text: str, args):
    import torch_mlir_refbackend as rb

    _check_parses(filename, text)
    try:
        return rb.compile(text, num_threads=args.threads, recipe=args.recipe)
    except rb.CompileError as e:
        raise _Fail(str(e)) from None
    except ValueError as e:  # bad --threads, env overrides
        raise _Fail(str(e)) from None
    except Exception as e:
        diags = getattr(e, "diagnostics", None)
        if diags is None:  # not a torch_mlir_core LoweringError: a bug, say what it is
            raise _Fail(f"compilation failed: {type(e).__name__}: {e}") from None
        head = str(e).splitlines()[0]
        raise _Fail(f"{head}\n{_located(diags, filename, text)}") from None


def _pick_entry(cm, entry: str | None):
    names = list(cm.functions)
    if entry is not None:
        if entry not in cm.functions:
            raise _Fail(f"no public function '{entry}' (the module has: "
                        f"{', '.join(names) or 'none'})")
        return cm.functions[entry]
    if len(names) == 1:
        return cm.functions[names[0]]
    if "main" in cm.functions:
        return cm.functions["main"]
    raise _Fail(f"the module has {len(names)} public functions ({', '.join(names) or 'none'}) "
                f"and none is 'main': pick one with --entry")


def _load_inputs(inputs, fn) -> list:
    spec = fn.spec
    if len(inputs) != len(spec.args):
        raise _Fail(f"@{spec.name} takes {len(spec.args)} argument(s) ("
                    f"{', '.join(a.mlir_type for a in spec.args) or 'none'}), "
                    f"{len(inputs)} given")
    values = []
    for i, (option, raw) in enumerate(inputs):
        where = f"{option} {raw!r} (argument {i} of @{spec.name})"
        if option == "--arg-file":
            values.append(_load_npy(raw, where))
            continue
        try:
            declared, value = parse_arg(raw, where)
        except ArgError as e:
            raise _Fail(str(e)) from None
        if declared is not None:
            _check_declared(declared, spec.args[i], where)
        values.append(value)
    return values


def _check_declared(declared: str, want, where: str) -> None:
    m = _TENSOR_RE.match(declared)
    shape = tuple(int(d) for d in m.group(1).split("x") if d)
    ok = want.is_tensor and m.group(2) == want.element and len(shape) == want.rank and all(
        w is None or w == g for w, g in zip(want.shape, shape))
    if not ok:
        raise _Fail(f"{where}: {declared} given, the function takes {want.mlir_type}")


def _load_npy(path: str, where: str):
    try:
        return np.load(path, allow_pickle=False)
    except OSError as e:
        raise _Fail(f"{where}: cannot read '{path}': {e.strerror or e}") from None
    except ValueError as e:
        raise _Fail(f"{where}: '{path}' is not a .npy array file: {e}") from None


def _results(fn, out) -> list:
    kept = [r for k, r in enumerate(fn.spec.results) if k not in fn.spec.updates]
    if out is None:
        values = []
    elif len(kept) == 1:
        values = [out]
    else:
        values = list(out)
    return list(zip(kept, values))


def _write_results(results, out_dir: str) -> None:
    try:
        os.makedirs(out_dir, exist_ok=True)
        for k, (_spec, value) in enumerate(results):
            path = os.path.join(out_dir, f"result{k}.npy")
            if hasattr(value, "numpy"):
                t = value.detach()
                value = (t.float() if str(t.dtype) == "torch.bfloat16" else t).numpy()
            np.save(path, np.asarray(value))
            print(path)
    except OSError as e:
        raise _Fail(f"cannot write to '{out_dir}': {e.strerror or e}") from None


def _run(argv) -> int:
    args = _build_parser().parse_args(argv)
    filename, text = _read_input(args.input)
    cm = _compile(filename, text, args)
    fn = _pick_entry(cm, args.entry)
    values = _load_inputs(getattr(args, "inputs", None) or [], fn)
    try:
        out = fn(*values)
    except (TypeError, ValueError) as e:
        raise _Fail(str(e)) from None
    results = _results(fn, out)
    if args.out_dir:
        _write_results(results, args.out_dir)
    else:
        for spec, value in results:
            print(format_value(value, spec.element))
    return 0


def main(argv: list[str] | None = None) -> int:
    try:
        return _run(sys.argv[1:] if argv is None else argv)
    except _Fail as e:
        print(e if e.located else f"{PROG}: error: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
