"""Comparison of a config's outputs with the golden (eager) outputs."""

from __future__ import annotations

import math

import torch

__all__ = ["compare_outputs", "compare_inputs", "describe"]


def describe(value) -> str:
    """A short description of a value's structure, dtype and shape."""
    if isinstance(value, torch.Tensor):
        return f"tensor<{list(value.shape)}, {value.dtype}>"
    if isinstance(value, (tuple, list)):
        inner = ", ".join(describe(v) for v in value)
        return f"{type(value).__name__}({inner})"
    return f"{type(value).__name__} {value!r}"


def compare_outputs(actual, golden, *, rtol: float, atol: float,
                    values: bool = True) -> str | None:
    """None if `actual` matches `golden`, else a one-line reason (then details).

    Same structure (tuple and list are interchangeable: compiled code does not
    distinguish them), same tensor dtype and shape, floating/complex values
    within `torch.allclose(rtol, atol, equal_nan=True)`, integer and bool
    values exactly equal. A Python scalar must come back as a Python scalar of
    the same kind (bool, int, float).

    values=False compares structure, kinds, dtypes and shapes only (outputs
    of random ops, uninitialized memory).
    """
    return _compare(actual, golden, "output", rtol, atol, values)


def compare_inputs(actual: tuple, golden: tuple, *, rtol: float, atol: float) -> str | None:
    """None if the inputs a config's run left behind match those eager left
    behind (`input[i]`): a program that mutates its inputs (`x.add_(y)`,
    `x[:, 1:] = y`) must mutate them as eager does, and one that does not
    must leave them alone. Compared like outputs."""
    return _compare(tuple(actual), tuple(golden), "input", rtol, atol)


def _compare(actual, golden, path, rtol, atol, values=True) -> str | None:
    if isinstance(golden, (tuple, list)):
        if not isinstance(actual, (tuple, list)):
            return f"{path}: expected a {type(golden).__name__} of {len(golden)}, " \
                   f"got {describe(actual)}"
        if len(actual) != len(golden):
            return f"{path}: expected {len(golden)} results, got {len(actual)} " \
                   f"(expected {describe(golden)}, got {describe(actual)})"
        for i, (a, g) in enumerate(zip(actual, golden)):
            msg = _compare(a, g, f"{path}[{i}]", rtol, atol, values)
            if msg:
                return msg
        return None
    if isinstance(golden, torch.Tensor):
        if not isinstance(actual, torch.Tensor):
            return f"{path}: expected {describe(golden)}, got {describe(actual)}"
        return _compare_tensors(actual, golden, path, rtol, atol, values)
    if isinstance(golden, (bool, int, float, complex)) or golden is None:
        if not values and _scalar_kind(actual) == _scalar_kind(golden):
            return None
        return _compare_scalars(actual, golden, path, rtol, atol)
    return f"{path}: the golden output has a type the harness cannot compare: " \
           f"{type(golden).__name__}"


def _scalar_kind(v):
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, int):
        return "int"
    if isinstance(v, float):
        return "float"
    if isinstance(v, complex):
        return "complex"
    if v is None:
        return "None"
    return None


def _compare_scalars(actual, golden, path, rtol, atol):
    kind = _scalar_kind(golden)
    if _scalar_kind(actual) != kind:
        return f"{path}: expected Python {kind} {golden!r}, got {describe(actual)}"
    if kind in ("float", "complex"):
        if _isnan(golden) and _isnan(actual):
            return None
        if abs(actual - golden) <= atol + rtol * abs(golden):
            return None
    elif actual == golden:
        return None
    return f"{path}: expected {golden!r}, got {actual!r}"


def _isnan(v) -> bool:
    if isinstance(v, complex):
        return math.isnan(v.real) or math.isnan(v.imag)
    return math.isnan(v)


def _compare_tensors(actual: torch.Tensor, golden: torch.Tensor, path, rtol, atol, values):
    if actual.dtype != golden.dtype:
        return f"{path}: dtype mismatch: expected {golden.dtype}, got {actual.dtype} " \
               f"(shape expected {list(golden.shape)}, got {list(actual.shape)})"
    if actual.shape != golden.shape:
        return f"{path}: shape mismatch: expected {list(golden.shape)}, " \
               f"got {list(actual.shape)} ({golden.dtype})"
    if not values:
        return None
    actual = actual.detach().cpu()
    golden = golden.detach().cpu()
    if golden.is_floating_point() or golden.is_complex():
        if torch.allclose(actual, golden, rtol=rtol, atol=atol, equal_nan=True):
            return None
        return _value_mismatch(actual, golden, path, rtol, atol)
    if torch.equal(actual, golden):
        return None
    return _value_mismatch(actual, golden, path, rtol, atol)


def _value_mismatch(actual, golden, path, rtol, atol) -> str:
    exact = not (golden.is_floating_point() or golden.is_complex())
    if golden.dtype == torch.bool:
        a, g = actual.to(torch.int8), golden.to(torch.int8)
    elif golden.is_complex():
        a, g = actual.to(torch.complex128), golden.to(torch.complex128)
    elif exact:
        a, g = actual.to(torch.int64), golden.to(torch.int64)
    else:
        a, g = actual.to(torch.float64), golden.to(torch.float64)
    if exact:
        bad = a != g
        diff = (a - g).abs().to(torch.float64)
    else:
        diff = (a - g).abs()
        both_nan = torch.isnan(a) & torch.isnan(g)
        diff = torch.where(both_nan, torch.zeros_like(diff), diff)
        diff = torch.where(torch.isnan(diff), torch.full_like(diff, math.inf), diff)
        # (An infinity on either side must match exactly: rtol * inf would accept
        # any finite value next to an expected inf.)
        inf = torch.isinf(a) | torch.isinf(g)
        bad = torch.where(inf, (a != g) & ~both_nan, diff > atol + rtol * g.abs())
    n_bad = int(bad.sum())
    flat = torch.where(bad, diff, torch.full_like(diff, -1.0)).reshape(-1)
    worst = int(flat.argmax()) if flat.numel() else 0
    index = _unravel(worst, list(golden.shape))
    tol = "exact" if exact else f"rtol={rtol:g}, atol={atol:g}"
    gv = g.reshape(-1)[worst].item() if g.numel() else None
    av = a.reshape(-1)[worst].item() if a.numel() else None
    return (f"{path}: values differ ({tol}): {n_bad} of {golden.numel()} elements of "
            f"{list(golden.shape)} {golden.dtype}; worst at {index}: expected {gv!r}, got "
            f"{av!r} (abs diff {float(diff.reshape(-1)[worst]):.3g})")


def _unravel(flat: int, shape: list[int]) -> list[int]:
    index = []
    for size in reversed(shape):
        index.append(flat % size if size else 0)
        flat = flat // size if size else 0
    return list(reversed(index))
