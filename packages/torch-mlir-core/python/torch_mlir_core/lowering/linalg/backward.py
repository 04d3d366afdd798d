"""Backward kernels that need a rule of their own: torch's decomposition
(what `torch-decompose` uses for the others) applies only to constant
scalars, and training graphs recorded by Lazy Tensor Core pass every Python
number as a run-time input (one compiled step for every learning rate)."""

from __future__ import annotations

from mlir.dialects import arith

from ..registry import rule
from .common import (convert_scalar, element_type, elementwise, is_float, scalar_constant,
                     scalar_dtype)


@rule("torch.aten.threshold_backward")
def threshold_backward(cx, n):
    """grad_output where self > threshold, else 0 (relu's gradient)."""
    grad, x, threshold = n.operands
    dt, out = n.dtype(1), n.result_dtype()
    th_dt = n.dtype(2) or scalar_dtype(threshold)

    def body(g, v, t):
        t = convert_scalar(t, th_dt, dt)
        below = arith.CmpFOp(arith.CmpFPredicate.OLE, v, t).result if is_float(dt) else \
            arith.CmpIOp(arith.CmpIPredicate.sle, v, t).result
        return arith.SelectOp(below, scalar_constant(0, element_type(out)),
                              convert_scalar(g, n.dtype(0), out)).result

    return elementwise(cx, n, [grad, x, threshold], [n.dtype(0), dt, th_dt], body)
