"""The `dense_resource` blobs of a module's text, and constant globals made flat.

A module's weights are `dense_resource<key>` attributes whose data is a hex string in
the text's trailing `{-# dialect_resources ... #-}` section. The MLIR Python bindings
cannot read a resource's data back, so the compiler finds it in the text: one pass
over the section's line starts (memchr-fast; a multi-line regex over megabytes of
hex took ~0.7 s per scan on ResNet-18).

`constant_globals_as_bytes` makes every constant memref.global a global of bytes.
LLVM builds a nested global (`[64 x [3 x [7 x [7 x float]]]]`) as one constant per
innermost row, and ResNet-18's 3x3 kernels made millions of them (about 12 s of its
17 s in the JIT); and it emits a float array element by element (~0.1 us each:
1.2 s for ResNet-18's 11.7 M weights) where it copies a byte array whole. A global
of `N x i8` is both flat and bytes; its users see the original type through a
`memref.view` (no copy).
"""

from __future__ import annotations

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

    def blob(self, key: str) -> bytes | None:
        """The data of `dense_resource<key>` (without the 4-byte alignment header)."""
        span = self._spans.get(key)
        if span is None or span[1] - span[0] < 8:
            return None
        return bytes.fromhex(self.text[span[0] + 8:span[1]])


RESOURCE_ATTR_RE = re.compile(r'dense_resource<("(?:[^"\\]|\\.)*"|[^>\s]+)>')


def resource_key(attr: ir.Attribute) -> str | None:
    """The key of a dense_resource attribute (as printed), or None."""
    m = RESOURCE_ATTR_RE.match(str(attr))
    return m.group(1) if m else None


_BYTES = {"f16": 2, "bf16": 2, "f32": 4, "f64": 8, "i8": 1, "i16": 2, "i32": 4, "i64": 8}


def _data(value: ir.Attribute, resources: Resources, size: int, elem: str) -> bytes | None:
    """The bytes of `value` (a dense_resource, or a non-splat dense elements attribute
    of `size` elements of type `elem`), or None when they are not at hand."""
    value = value.maybe_downcast()
    if isinstance(value, ir.DenseElementsAttr):  # (not printed: it may be megabytes)
        if value.is_splat:
            return None
        try:
            import numpy as np

            data = np.array(value).tobytes()
        except (TypeError, ValueError, RuntimeError):
            return None  # an element type numpy does not hold
    else:
        key = resource_key(value)
        data = None if key is None else resources.blob(key)
    return data if data is not None and len(data) == size * _BYTES[elem] else None


def constant_globals_as_bytes(module: ir.Module, resources: Resources) -> int:
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
            data = _data(init, resources, size, elem)
            if data is None:
                continue
            name = ir.StringAttr(g.attributes["sym_name"]).value
            raw = ir.MemRefType.get([len(data)], i8, memory_space=t.memory_space)
            g.attributes["type"] = ir.TypeAttr.get(raw)
            g.attributes["initial_value"] = ir.DenseResourceElementsAttr.get_from_buffer(
                memoryview(data), f"{name}_bytes", ir.RankedTensorType.get([len(data)], i8),
                alignment=64)
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
