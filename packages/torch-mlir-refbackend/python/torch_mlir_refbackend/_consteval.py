"""Compile-time evaluation of transposes of constants (the weights of every Linear).

The lowering emits `linalg.transpose(arith.constant W)` for `x @ W.T`; transposing W
once at compile time (with numpy, from the constant's data: inline `dense<...>` or
a `dense_resource` blob, read in place) saves a transpose per call.
"""

from __future__ import annotations

import numpy as np
from mlir import ir

from ._resources import resource_data

MIN_ELEMENTS = 256  # smaller ones are not worth a constant of their own


def _foldable_transposes(module: ir.Module) -> list:
    found = []
    for fop in module.body.operations:
        if fop.operation.name != "func.func" or not fop.regions[0].blocks:
            continue
        for op in fop.regions[0].blocks[0].operations:
            op = op.operation
            if op.name != "linalg.transpose":
                continue
            src = op.operands[0]
            owner = src.owner
            if not isinstance(owner, ir.Operation) and hasattr(owner, "operation"):
                owner = owner.operation
            if not isinstance(owner, (ir.Operation, ir.OpView)) or owner.name != "arith.constant":
                continue
            t = src.type
            if not isinstance(t, ir.RankedTensorType) or not t.has_static_shape:
                continue
            if str(t.element_type) not in ("f32", "f64", "f16", "i64", "i32", "i8"):
                continue
            n = 1
            for d in t.shape:
                n *= d
            if n >= MIN_ELEMENTS:
                found.append(op)
    return found


_NUMPY_DTYPES = {"f32": np.float32, "f64": np.float64, "f16": np.float16,
                 "i64": np.int64, "i32": np.int32, "i8": np.int8}


def constant_array(value: ir.Attribute, t: ir.RankedTensorType):
    """The numpy array of an arith.constant's `value` of type `t` (a dense elements
    attribute, or a dense_resource with its blob), or None."""
    dtype = _NUMPY_DTYPES[str(t.element_type)]
    shape = tuple(t.shape)
    if isinstance(value, ir.DenseElementsAttr):
        if value.is_splat:
            return np.full(shape, np.array(value.get_splat_value().value, dtype=dtype))
        arr = np.array(value, copy=True)
        return arr.astype(dtype, copy=False).reshape(shape) if arr.size == np.prod(shape) else None
    blob = resource_data(value)
    if blob is None or blob.size != int(np.prod(shape)) * np.dtype(dtype).itemsize:
        return None
    return blob.view(dtype).reshape(shape)


def fold_constant_transposes(module: ir.Module) -> int:
    """Replaces transposes of constants by constants; returns how many."""
    from mlir.dialects import arith

    folded = 0
    with module.context, ir.Location.unknown():
        for op in _foldable_transposes(module):
            src = op.operands[0]
            arr = constant_array(src.owner.attributes["value"], src.type)
            if arr is None:
                continue
            perm = list(ir.DenseI64ArrayAttr(op.attributes["permutation"]))
            out = np.ascontiguousarray(np.transpose(arr, perm))
            attr = ir.DenseElementsAttr.get(out, type=op.results[0].type)
            with ir.InsertionPoint(op):
                c = arith.ConstantOp(op.results[0].type, attr)
            op.results[0].replace_all_uses_with(c.result)
            op.erase()
            folded += 1
    return folded
