"""Walking a module: the ops a rewrite collects before it changes any."""

from __future__ import annotations

import ctypes

from mlir import ir


def all_ops(module: ir.Module) -> list[ir.Operation]:
    """Every op of `module`, the module op included, in MLIR's walk order (post-order)."""
    found = []

    def visit(op):
        found.append(op)
        return ir.WalkResult.ADVANCE

    module.operation.walk(visit)
    return found


def ops_named(module: ir.Module, name: str) -> list[ir.Operation]:
    """Every op of `module` named `name`, in walk order."""
    return [op for op in all_ops(module) if op.name == name]


_capsule_pointer = ctypes.pythonapi.PyCapsule_GetPointer
_capsule_pointer.restype = ctypes.c_void_p
_capsule_pointer.argtypes = [ctypes.py_object, ctypes.c_char_p]


def ident(obj: ir.Operation | ir.Value) -> int:
    """The address of an op or value: a key for sets and dicts that stays valid while
    the IR changes (the bindings' hash of an op changes with its operands)."""
    obj = obj.operation if isinstance(obj, ir.OpView) else obj
    kind = b"mlir.ir.Operation._CAPIPtr" if isinstance(obj, ir.Operation) else \
        b"mlir.ir.Value._CAPIPtr"
    return _capsule_pointer(obj._CAPIPtr, kind)
