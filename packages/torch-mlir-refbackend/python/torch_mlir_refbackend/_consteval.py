"""Compile-time evaluation of transposes of constants (the weights of every Linear).

The lowering emits `linalg.transpose(arith.constant W)` for `x @ W.T`; evaluating it
once at compile time (with the plain recipe, in one JIT module for all of them)
saves a transpose per call.
"""

from __future__ import annotations

from typing import Callable

import numpy as np
from mlir import ir

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


def fold_constant_transposes(module: ir.Module,
                             evaluate: Callable[[str], tuple]) -> int:
    """Replaces transposes of constants by constants; returns how many.
    `evaluate(text)` compiles and runs a module's `main`, returning its results."""
    ops = _foldable_transposes(module)
    if not ops:
        return 0
    from mlir.dialects import arith, func, tensor

    with module.context, ir.Location.unknown():
        consteval = ir.Module.create()
        with ir.InsertionPoint(consteval.body):
            ftype = ir.FunctionType.get([], [op.results[0].type for op in ops])
            f = func.FuncOp("main", ftype)
            block = f.add_entry_block()
            with ir.InsertionPoint(block):
                results = []
                for op in ops:
                    src_owner = op.operands[0].owner
                    value = src_owner.attributes["value"]
                    c = arith.ConstantOp(op.operands[0].type, value).result
                    rt = op.results[0].type
                    e = tensor.EmptyOp(list(rt.shape), rt.element_type).result
                    perm = op.attributes["permutation"]
                    t = ir.Operation.create(
                        "linalg.transpose", results=[rt], operands=[c, e],
                        attributes={"permutation": perm}, regions=1)
                    # linalg.transpose's region: a yield of the input element.
                    region_block = t.regions[0].blocks.append(rt.element_type, rt.element_type)
                    with ir.InsertionPoint(region_block):
                        ir.Operation.create("linalg.yield", operands=[region_block.arguments[0]])
                    results.append(t.results[0])
                func.ReturnOp(results)
        text = str(consteval)
    values = evaluate(text)
    if not isinstance(values, tuple):
        values = (values,)
    with module.context, ir.Location.unknown():
        for op, v in zip(ops, values):
            arr = np.ascontiguousarray(v.numpy())
            attr = ir.DenseElementsAttr.get(arr, type=op.results[0].type)
            with ir.InsertionPoint(op):
                c = arith.ConstantOp(op.results[0].type, attr)
            op.results[0].replace_all_uses_with(c.result)
            op.erase()
    return len(ops)
