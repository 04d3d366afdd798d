"""Names of OpInfo tests, and the compact form of their expected failures.

A test is one sample of one OpInfo at one dtype:

    opinfo.<op name>.<variant>.<i>            float32 sample i
    opinfo.<op name>.<variant>.<dtype>.<i>    sample i at another dtype

`<variant>` is the OpInfo's `variant_test_name`, `default` when it has none
(`opinfo.max.reduction_with_dim.0`, `opinfo.add.default.int64.2`). `<op
name>.<variant>` is the OpInfo's *key*.

This module does not import torch's test database: xfail_sets/ uses it.
"""

from __future__ import annotations

__all__ = ["DTYPE_NAMES", "PREFIX", "test_name", "parse_name", "expand_rows", "format_indices"]

PREFIX = "opinfo."

# The dtypes the suite tries, in this order: float32 first.
DTYPE_NAMES = ("float32", "float64", "int64", "int32", "bool", "float16", "bfloat16",
               "complex64")


def test_name(key: str, dtype: str, index: int) -> str:
    if dtype == "float32":
        return f"{PREFIX}{key}.{index}"
    return f"{PREFIX}{key}.{dtype}.{index}"


def parse_name(name: str) -> tuple[str, str, int] | None:
    """(key, dtype name, sample index), or None if `name` is not an OpInfo
    test name."""
    if not name.startswith(PREFIX):
        return None
    head, _, index = name[len(PREFIX):].rpartition(".")
    if not index.isdigit() or not head:
        return None
    key, _, last = head.rpartition(".")
    if last in DTYPE_NAMES and "." in key:
        return key, last, int(index)
    if "." not in head:
        return None
    return head, "float32", int(index)


def _indices(spec: str) -> list[int]:
    out = []
    for part in spec.split(","):
        lo, _, hi = part.strip().partition("-")
        out += list(range(int(lo), int(hi or lo) + 1))
    return out


def expand_rows(rows) -> dict[str, str]:
    """{test name: reason} from compact rows `(key, samples, reason)`.

    samples: "0-3,7" (float32 samples 0 to 3 and 7) or "int64:0-2" (samples
    of another dtype)."""
    out = {}
    for key, samples, reason in rows:
        dtype, _, spec = samples.rpartition(":")
        dtype = dtype or "float32"
        if dtype not in DTYPE_NAMES:
            raise ValueError(f"OpInfo xfail row for '{key}': unknown dtype '{dtype}'")
        for i in _indices(spec):
            out[test_name(key, dtype, i)] = reason
    return out


def format_indices(indices) -> str:
    """[0, 1, 2, 5] -> "0-2,5"."""
    indices = sorted(set(indices))
    parts = []
    start = prev = None
    for i in indices:
        if start is None:
            start = prev = i
        elif i == prev + 1:
            prev = i
        else:
            parts.append(f"{start}" if start == prev else f"{start}-{prev}")
            start = prev = i
    if start is not None:
        parts.append(f"{start}" if start == prev else f"{start}-{prev}")
    return ",".join(parts)
