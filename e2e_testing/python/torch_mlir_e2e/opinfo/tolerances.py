"""What an OpInfo says about comparing its outputs: tolerances per dtype, and
whether its values can be compared at all.

Tolerances: torch.testing's defaults for the dtype (`assert_close`: float32
rtol 1.3e-6 / atol 1e-5, float64 1e-7 / 1e-7, float16 1e-3 / 1e-5, bfloat16
1.6e-2 / 1e-5, integers and bool exact), loosened by the OpInfo's own
`toleranceOverride` / `precisionOverride` decorators for that dtype: the
loosest atol and rtol among those that apply on the CPU (device_type None or
"cpu") to a test of the op's values, i.e. not to a gradient test
(grad/jvp/vjp/forward_ad/backward in the test name, or a gradient test class).

Comparability: an OpInfo whose `TestCommon.test_compare_cpu` (the test that
compares the op on two devices) is skipped because its output is
"non-deterministic" or "not comparable" (random ops, `empty*`), or whose order
is undefined (`unique` with sorted=False), is compared on structure, dtype and
shape only. So is any sample whose eager run executes an ATen op tagged
`nondeterministic_seeded` (see `suite.OpInfoTest.golden_outputs`).
"""

from __future__ import annotations

import torch

__all__ = ["tolerances", "values_comparable"]

_GRADIENT_WORDS = ("grad", "jvp", "vjp", "forward_ad", "backward", "fwgrad", "bwgrad")
_GRADIENT_CLASSES = ("TestGradients", "TestFwdGradients", "TestBwdGradients",
                     "TestOperators")
_VALUE_TESTS = (None, "test_compare_cpu", "test_operator")
_INCOMPARABLE = ("non-deterministic", "not comparable", "undefined when sorted=false")


def _default(dtype: torch.dtype) -> tuple[float, float]:
    if dtype.is_floating_point or dtype.is_complex:
        from torch.testing._comparison import default_tolerances

        return default_tolerances(dtype)
    return 0.0, 0.0


def _decorate_infos(op):
    """(cls_name, test_name, device_type, decorator) for each decorator of the
    OpInfo (a bare decorator applies to every test)."""
    for info in op.decorators:
        if hasattr(info, "decorators"):
            if not info.active_if:
                continue
            for d in info.decorators:
                yield info.cls_name, info.test_name, info.device_type, d
        else:
            yield None, None, None, info


def _about_values(cls_name, test_name, device_type) -> bool:
    if device_type not in (None, "cpu"):
        return False
    if cls_name in _GRADIENT_CLASSES:
        return False
    return not any(w in (test_name or "") for w in _GRADIENT_WORDS)


def tolerances(op, dtype: torch.dtype) -> tuple[float, float]:
    """(rtol, atol) for `op`'s outputs when its inputs have `dtype`."""
    from torch.testing._internal.common_device_type import (
        precisionOverride,
        toleranceOverride,
    )

    rtol, atol = _default(dtype)
    for cls_name, test_name, device_type, d in _decorate_infos(op):
        if not _about_values(cls_name, test_name, device_type):
            continue
        if isinstance(d, toleranceOverride) and dtype in d.d:
            rtol, atol = max(rtol, d.d[dtype].rtol), max(atol, d.d[dtype].atol)
        elif isinstance(d, precisionOverride) and dtype in d.d:
            atol = max(atol, d.d[dtype])
    return rtol, atol


def _skip_reason(decorator) -> str | None:
    """The reason of a `unittest.skip(reason)` decorator, else None."""
    if not getattr(decorator, "__qualname__", "").startswith("skip"):
        return None
    for cell in getattr(decorator, "__closure__", None) or ():
        if isinstance(cell.cell_contents, str):
            return cell.cell_contents
    return None


def values_comparable(op) -> bool:
    """False if the OpInfo says its outputs cannot be compared across runs:
    a skip of `test_compare_cpu`, of `test_operator` or of every test whose
    reason says so (`empty_strided` says it only on `test_operator` and on
    every test; its values are whatever memory held)."""
    for _cls, test_name, device_type, d in _decorate_infos(op):
        if test_name not in _VALUE_TESTS or device_type not in (None, "cpu"):
            continue
        reason = (_skip_reason(d) or "").lower()
        if any(word in reason for word in _INCOMPARABLE):
            return False
    return True
