"""The `dense_resource` blobs of a module, and constant globals made flat.

A module's weights are `dense_resource<key>` attributes. In text their data is a hex
string in the trailing `{-# dialect_resources ... #-}` section (`Resources` indexes
it, for the line numbers of `_compiler.check_resources`: one pass over the section's
line starts, memchr-fast; a multi-line regex over megabytes of hex took ~0.7 s per
scan on ResNet-18). Once parsed, a blob's bytes are read in place through
torch-mlir-core (`resource_data`; the MLIR Python bindings cannot read them back).

`constant_globals_as_bytes` makes every constant memref.global a global of bytes.
LLVM builds a nested global (`[64 x [3 x [7 x [7 x float]]]]`) as one constant per
innermost row, and ResNet-18's 3x3 kernels made millions of them (about 12 s of its
17 s in the JIT); and it emits a float array element by element (~0.1 us each:
1.2 s for ResNet-18's 11.7 M weights) where it copies a byte array whole. A global
of `N x i8` is both flat and bytes; its users see the original type through a
`memref.view` (no copy).
"""

from __future__ import annotations

import ctypes
import re

from mlir import ir

_ENTRY_RE = re.compile(r'[ \t]*("(?:[^"\\]|\\.)*"|[A-Za-z0-9_.$\-]+)[ \t]*:[ \t]*"0x')


def section_start(text: str) -> int:
    """Where `text`'s trailing `{-# ... #-}` (dialect_resources) section starts, or -1.
    Searched forward, as a line start: the IR before it is small next to the blobs (a
    backward search crossed ResNet-18's 90 MB of hex, 55 ms a call), and the printer
    escapes newlines inside strings, so only the section starts a line with it."""
    if text.startswith("{-#"):
        return 0
    start = text.find("\n{-#")
    return start if start < 0 else start + 1


def module_head(text: str) -> str:
    """`text` without its trailing dialect_resources section: the IR, to search
    without scanning megabytes of weights."""
    start = section_start(text)
    return text if start < 0 else text[:start]


class Resources:
    """The blobs of `text`'s dialect_resources section, by key (as the text spells it)."""

    def __init__(self, text: str):
        self.text = text
        self.section_start = section_start(text)
        self._spans: dict[str, tuple[int, int]] = {}
        if self.section_start < 0:
            return
        pos = self.section_start
        while (nl := text.find("\n", pos)) >= 0:
            pos = nl + 1
            m = _ENTRY_RE.match(text, pos)
            if m is None:
                continue
            end = text.find('"', m.end())
            if end < 0:
                break
            self._spans[m.group(1)] = (m.end(), end)
            pos = end

    def keys(self) -> set[str]:
        return set(self._spans)


RESOURCE_ATTR_RE = re.compile(r'dense_resource<("(?:[^"\\]|\\.)*"|[^>\s]+)>')


def resource_key(attr: ir.Attribute) -> str | None:
    """The key of a dense_resource attribute (as printed), or None."""
    m = RESOURCE_ATTR_RE.match(str(attr))
    return m.group(1) if m else None


_BYTES = {"f16": 2, "bf16": 2, "f32": 4, "f64": 8, "i8": 1, "i16": 2, "i32": 4, "i64": 8}


def resource_data(attr: ir.Attribute):
    """The bytes of the blob of the dense resource `attr` as a read-only uint8 numpy
    array viewing the blob (no copy; valid while the context holds it), or None if
    `attr` is not a dense resource or has no blob."""
    import numpy as np
    from torch_mlir_core import _native

    found = _native.dense_resource_data(attr)
    if found is None:
        return None
    address, size = found
    if size == 0:
        return np.zeros(0, np.uint8)
    view = np.ctypeslib.as_array((ctypes.c_uint8 * size).from_address(address))
    view.flags.writeable = False
    return view


def _data(value: ir.Attribute, size: int, elem: str):
    """The bytes of `value` (a dense_resource, or a non-splat dense elements attribute
    of `size` elements of type `elem`) as a uint8 array, or None when they are not at
    hand."""
    import numpy as np

    value = value.maybe_downcast()
    if isinstance(value, ir.DenseElementsAttr):  # (not printed: it may be megabytes)
        if value.is_splat:
            return None
        try:
            data = np.frombuffer(np.array(value).tobytes(), np.uint8)
        except (TypeError, ValueError, RuntimeError):
            return None  # an element type numpy does not hold
    else:
        data = resource_data(value)
    return data if data is not None and data.size == size * _BYTES[elem] else None


def constant_globals_as_bytes(module: ir.Module) -> int:
    """Makes each constant memref.global with a non-splat initial value a global of
    bytes (`memref<N x i8>`, the same data), its memref.get_global users a
    `memref.view` of it with the original type; returns how many."""
    from mlir.dialects import arith, memref

    from ._walk import ops_named

    changed = {}
    with module.context, ir.Location.unknown():
        i8 = ir.IntegerType.get_signless(8)
        for g in module.body.operations:
            g = g.operation
            if g.name != "memref.global" or "constant" not in g.attributes:
                continue
            t = ir.MemRefType(ir.TypeAttr(g.attributes["type"]).value)
            elem = str(t.element_type)
            # (The element type first: the bindings cannot even read a complex
            # initial value back; reading it raises.)
            if (elem not in _BYTES or not t.has_static_shape or t.rank == 0
                    or "initial_value" not in g.attributes):
                continue
            if t != ir.MemRefType.get(list(t.shape), t.element_type,
                                      memory_space=t.memory_space):
                continue  # a layout: memref.view makes identity layouts only
            init = g.attributes["initial_value"]
            size = 1
            for d in t.shape:
                size *= d
            data = _data(init, size, elem)
            if data is None:
                continue
            name = ir.StringAttr(g.attributes["sym_name"]).value
            raw = ir.MemRefType.get([data.size], i8, memory_space=t.memory_space)
            raw_tensor = ir.RankedTensorType.get([data.size], i8)
            if isinstance(init.maybe_downcast(), ir.DenseResourceElementsAttr):
                from torch_mlir_core import _native

                # The same blob seen as bytes: no copy.
                bytes_attr = _native.retype_dense_resource(init, raw_tensor)
            else:
                bytes_attr = ir.DenseResourceElementsAttr.get_from_buffer(
                    memoryview(data), f"{name}_bytes", raw_tensor, alignment=64)
            g.attributes["type"] = ir.TypeAttr.get(raw)
            g.attributes["initial_value"] = bytes_attr
            changed[name] = (t, raw)
        if not changed:
            return 0
        for op in ops_named(module, "memref.get_global"):
            name = ir.FlatSymbolRefAttr(op.attributes["name"]).value
            if name not in changed:
                continue
            shaped, raw = changed[name]
            with ir.InsertionPoint(op), op.location:
                data = memref.GetGlobalOp(raw, name).result
                zero = arith.ConstantOp(ir.IndexType.get(), 0).result
                view = memref.ViewOp(shaped, data, zero, []).result
            op.results[0].replace_all_uses_with(view)
            op.erase()
    return len(changed)
