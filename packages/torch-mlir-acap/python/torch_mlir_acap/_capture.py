"""`ModuleBuilder.capture_function`: a dispatch mode records the ATen ops a
block runs; core's `TorchBuilder` builds them into a `func.func`.

What becomes what:
* the given input tensors are the function's arguments (`!torch.vtensor`
  of their shapes and dtypes);
* an op with an operand that depends on the inputs is recorded, at the
  user's source line; an in-place op is recorded as its functional form and
  the mutated tensor then stands for the result;
* every other tensor (parameters, tensors created in the block, results of
  ops on constants only) is a constant of its value when the block used it,
  and Python scalars feeding ops are constants too;
* what cannot be a static function is reported, all at once when the block
  ends: an op whose result is a Python value computed from the inputs (the
  block's control flow would depend on it), a mutation of a tensor that a
  view aliases, ops with `out=`.
"""

from __future__ import annotations

import contextlib
import sys
import warnings
from typing import Any, Sequence

import torch
from torch.utils import _pytree as pytree
from torch.utils._python_dispatch import TorchDispatchMode

import mlir.ir as ir
from mlir.dialects import func as func_d

from torch_mlir_core.builder import BuildError, TorchBuilder, value_type
from torch_mlir_core.diagnostics import package_dirs, user_frame
from torch_mlir_core.passes.refinement.argument_updates import UPDATES_ARGUMENT
from torch_mlir_core.ir import Context

__all__ = ["AcapCaptureError", "FunctionCapture", "ModuleBuilder"]

DEPRECATION = ("torch_mlir_acap is deprecated: capture programs with "
               "torch_mlir_fx.export_and_import(model, *example_inputs) instead "
               "(the torch-mlir-acap README shows the migration)")

_SKIPPED_DIRS = package_dirs(torch, sys.modules[__package__])


class AcapCaptureError(Exception):
    """Everything a captured block did that cannot be a static function,
    each with the user's file:line."""

    def __init__(self, function: str, problems: list[str]):
        self.problems = problems
        lines = "\n".join(f"  {p}" for p in problems)
        super().__init__(f"capture_function('{function}'): {len(problems)} problem(s):\n{lines}")


def _user_frame() -> tuple[str, int] | None:
    return user_frame(_SKIPPED_DIRS, depth=1)


def _location(where: tuple[str, int] | None) -> ir.Location:
    return ir.Location.file(where[0], where[1], 0) if where else ir.Location.unknown()


def _functional(func: torch._ops.OpOverload):
    """`aten.add_.Tensor` -> `aten.add.Tensor` (None if torch has none)."""
    packet = getattr(torch.ops.aten, func.overloadpacket.__name__.rstrip("_"), None)
    return getattr(packet, func._overloadname, None) if packet is not None else None


class ModuleBuilder:
    """Holds `.module` (an `mlir.ir.Module`); each `capture_function` block
    adds one public function to it."""

    def __init__(self, context: ir.Context | None = None):
        warnings.warn(DEPRECATION, DeprecationWarning, stacklevel=2)
        self.context = context or Context()
        with self.context, ir.Location.unknown():
            self.module = ir.Module.create()

    @contextlib.contextmanager
    def capture_function(self, name: str, inputs: Sequence[torch.Tensor]):
        """Records the block (run under `torch.no_grad()`) into
        `func.func @name(inputs...)`; the block must call `.returns([...])`
        on the object it gets."""
        capture = FunctionCapture(self, name, list(inputs))
        try:
            # Without autograd: it would save and detach tensors of its own.
            with torch.no_grad(), _Recorder(capture):
                yield capture
        except BaseException:
            capture.discard()
            raise
        capture.finish()


class FunctionCapture:
    def __init__(self, builder: ModuleBuilder, name: str, inputs: list[torch.Tensor]):
        if any(not isinstance(t, torch.Tensor) for t in inputs):
            raise TypeError("capture_function: inputs must be tensors")
        symbols = {op.name.value for op in builder.module.body.operations
                   if isinstance(op, func_d.FuncOp)}
        if name in symbols:
            raise ValueError(f"capture_function: the module already has a function @{name}")
        self.name = name
        self.context = builder.context
        self._inputs = list(inputs)
        self._keep: list[torch.Tensor] = list(inputs)  # ids stay unique while capturing
        # The inputs and every tensor an op of the block returned: a
        # mutation of any other (a module's buffer, a global) is reported.
        self._owned: set[int] = {id(t) for t in inputs}
        self._values: dict[int, ir.Value] = {}
        self._traced: set[int] = set()
        self._aliased: set[int] = set()
        # Memory a recorded in-place op wrote: (storage pointer, element
        # offsets, site). Another tensor over that memory no longer holds
        # what its recorded value says.
        self._written: list[tuple[int, torch.Tensor, str]] = []
        self._stale: dict[int, str] = {}  # id -> the site of the write
        self._problems: list[str] = []
        self._returns: list[Any] | None = None
        self._constants = 0
        with self.context, ir.Location.unknown():
            arg_types = [value_type(t) for t in inputs]
            with ir.InsertionPoint(builder.module.body):
                self.fn = func_d.FuncOp(name, ir.FunctionType.get(arg_types, []))
            self.block = self.fn.add_entry_block()
        for t, arg in zip(inputs, self.block.arguments):
            self._bind(t, arg, traced=True)
        self._b = TorchBuilder(self.context, self._resolve)

    # -- values --

    def _bind(self, t: torch.Tensor, value: ir.Value, *, traced: bool) -> None:
        self._keep.append(t)
        self._values[id(t)] = value
        if traced:
            self._traced.add(id(t))

    def _resolve(self, obj: Any) -> ir.Value | None:
        """Tensors as values: recorded ones as themselves, any other as a
        constant (inserted at the function's start)."""
        if not isinstance(obj, torch.Tensor):
            return None
        if id(obj) in self._stale:
            self._problems.append(
                f"a tensor is used after the in-place op at {self._stale.pop(id(obj))} "
                "changed memory it shares (unsafe_split/unsafe_chunk results, views): the "
                "capture cannot tell its new value")
        if id(obj) not in self._values:
            site = self._written_site(obj)
            if site is not None:
                self._problems.append(
                    f"a tensor is used as a constant after the in-place op at {site} wrote "
                    "input-dependent values into memory it shares: the capture cannot "
                    "make it a constant")
            self._constants += 1
            with ir.InsertionPoint.at_block_begin(self.block), ir.Location.unknown():
                literal = self._b.literal(obj, f"{self.name}.constant{self._constants}")
            self._bind(obj, literal, traced=False)
        return self._values[id(obj)]

    def returns(self, values: Sequence[torch.Tensor]) -> None:
        """The function's results (tensors; an input or a constant too)."""
        if isinstance(values, torch.Tensor):
            values = [values]
        self._returns = list(values)

    # -- recording --

    def record(self, func: torch._ops.OpOverload, args: tuple, kwargs: dict, out: Any,
               where: tuple[str, int] | None) -> None:
        """Records one op the block ran (it has run: `out` is its result)."""
        tensors = [a for a in pytree.tree_leaves((args, kwargs)) if isinstance(a, torch.Tensor)]
        outs = pytree.tree_leaves(out)
        mutated = [a for a, s in zip(args, func._schema.arguments)
                   if s.alias_info is not None and s.alias_info.is_write]
        stats = _running_stats(func, args)
        self._note_views(func, args, outs)
        site = f"{where[0]}:{where[1]}" if where else "(unknown line)"
        self._note_external_writes(func, mutated + stats, site)
        self._keep.extend(o for o in outs if isinstance(o, torch.Tensor))
        self._owned.update(id(o) for o in outs if isinstance(o, torch.Tensor))
        if not any(id(t) in self._traced for t in tensors):
            # Computed from constants only: its results are constants; a
            # constant it changed gets a new literal at its next use.
            for m in mutated + stats:
                self._values.pop(id(m), None)
            return
        if any(not isinstance(o, torch.Tensor) for o in outs):
            self._problems.append(
                f"{func} at {site}: returns a Python value computed from the inputs; the "
                "block's Python code would depend on it (a capture records tensor ops only)")
            return
        if func in _READS_STORAGE and _not_own_storage(args[0]):
            self._problems.append(
                f"{func} at {site}: reads the storage of a view or of a tensor laid out "
                f"non-contiguously (strides {tuple(args[0].stride())}, storage offset "
                f"{args[0].storage_offset()}); a capture records values, not storage: call "
                "`.contiguous()` on its input first")
            return
        if stats:
            # Batch norm in training mode: the running stats it updated stand
            # for the functional op's new ones from now on.
            func, out = _BATCH_NORM_FUNCTIONAL, (*out, *stats)
            outs = list(out)
        elif mutated:
            # In-place: the functional op, whose result the mutated tensor
            # stands for from now on.
            func = self._functional_for(func, mutated, site)
            if func is None:
                return
            outs = mutated
        try:
            with ir.InsertionPoint(self.block), _location(where):
                results = self._emit(func, args, kwargs, out if not mutated else mutated[0])
        except BuildError as e:
            self._problems.append(f"{func} at {site}: {e}")
            return
        for o, r in zip(outs, results):
            self._bind(o, r, traced=True)
        for m in stats or mutated[:1]:
            self._note_write(m, site)

    def snapshot_mutated(self, func: torch._ops.OpOverload, args: tuple, kwargs: dict) -> None:
        """Before an in-place op that will be recorded runs: a tensor it
        mutates that is not a value yet becomes a constant of its value
        now, before the op changes it."""
        tensors = [a for a in pytree.tree_leaves((args, kwargs)) if isinstance(a, torch.Tensor)]
        if not any(id(t) in self._traced for t in tensors):
            return
        written = [a for a, s in zip(args, func._schema.arguments)
                   if s.alias_info is not None and s.alias_info.is_write]
        for a in written + _running_stats(func, args):
            if isinstance(a, torch.Tensor) and id(a) not in self._values:
                with ir.InsertionPoint.at_block_begin(self.block), ir.Location.unknown():
                    self._resolve(a)

    def _note_external_writes(self, func, mutated: list, site: str) -> None:
        """An in-place op on a tensor the block did not create and that is
        not an input (a module's buffer or parameter, a global; a view of
        one): the block changed it while capturing, but the function cannot
        change it at its calls as eager would. Reported."""
        for m in mutated:
            if not isinstance(m, torch.Tensor):
                continue
            root = m._base if m._base is not None else m
            if id(root) not in self._owned:
                self._problems.append(
                    f"{func} at {site}: mutates a tensor that is not an input of the function "
                    f"(a module's buffer or parameter, a global; shape {list(m.shape)}): the "
                    "function could not update it as eager does; pass it in `inputs` (the "
                    "function then updates it in place)")

    def _note_write(self, t: torch.Tensor, site: str) -> None:
        """`t` was written by a recorded in-place op: every other tensor
        over the same memory is stale, and constants may not be taken of
        that memory any more."""
        ptr = t.untyped_storage().data_ptr()
        written = _element_offsets(t)
        self._written.append((ptr, written, site))
        for other in self._keep:
            if other is not t and id(other) in self._values \
                    and other.untyped_storage().data_ptr() == ptr \
                    and _overlaps(_element_offsets(other), written):
                self._stale[id(other)] = site

    def _written_site(self, t: torch.Tensor) -> str | None:
        ptr = t.untyped_storage().data_ptr()
        for wptr, written, site in self._written:
            if wptr == ptr and _overlaps(_element_offsets(t), written):
                return site
        return None

    def _note_views(self, func, args, outs) -> None:
        """Marks the tensors a view op (result aliasing an argument) ties."""
        for i, arg in enumerate(func._schema.arguments):
            alias = arg.alias_info
            if alias is not None and not alias.is_write and i < len(args) \
                    and isinstance(args[i], torch.Tensor):
                self._keep.append(args[i])
                self._keep.extend(outs)
                self._aliased.add(id(args[i]))
                self._aliased.update(id(o) for o in outs)

    def _functional_for(self, func, mutated: list, site: str):
        """The functional op recording the in-place `func`, or None (and a
        problem) if it cannot be."""
        functional = _functional(func)
        if functional is None or functional._schema.is_mutable or len(mutated) != 1:
            self._problems.append(f"{func} at {site}: an in-place or out= op with no "
                                  "functional form to record")
            return None
        if id(mutated[0]) in self._aliased or mutated[0]._is_view():
            self._problems.append(f"{func} at {site}: mutates a tensor that a view aliases "
                                  "(the capture cannot see the other alias change)")
            return None
        return functional

    def _emit(self, func, args, kwargs, out) -> list[ir.Value]:
        """The op for `func(*args, **kwargs)`, typed by its result `out`;
        its results, a list of tensors unpacked."""
        schema = func._schema
        outs = list(out) if isinstance(out, (tuple, list)) else [out]
        is_list = len(schema.returns) == 1 and isinstance(out, (tuple, list))
        result_types = [value_type(list(outs))] if is_list else [value_type(o) for o in outs]
        results = list(self._b.schema_op(schema, args, kwargs, result_types).results)
        if is_list:
            results = list(self._b.op("torch.prim.ListUnpack", [value_type(o) for o in outs],
                                      results).results)
        return results

    # -- the end of the block --

    def discard(self) -> None:
        self.fn.operation.erase()

    def finish(self) -> None:
        if self._returns is None:
            self._problems.append("the block did not call .returns([...])")
        if self._problems:
            self.discard()
            raise AcapCaptureError(self.name, self._problems)
        with self.context, ir.Location.unknown(), ir.InsertionPoint(self.block):
            values = [self._resolve(t) for t in self._returns]
            # Inputs the block mutated: extra results carrying
            # `torch.updates_argument` (core README, "Mutated arguments"),
            # which a backend copies into the caller's tensors.
            updated = [(i, self._values[id(t)])
                       for i, (t, arg) in enumerate(zip(self._inputs, self.block.arguments))
                       if self._values[id(t)] != arg]
            func_d.ReturnOp(values + [v for _, v in updated])
            self.fn.attributes["function_type"] = ir.TypeAttr.get(ir.FunctionType.get(
                [a.type for a in self.block.arguments],
                [v.type for v in values] + [v.type for _, v in updated]))
            if updated:
                i64 = ir.IntegerType.get_signless(64)
                self.fn.attributes["res_attrs"] = ir.ArrayAttr.get(
                    [ir.DictAttr.get({})] * len(values)
                    + [ir.DictAttr.get({UPDATES_ARGUMENT: ir.IntegerAttr.get(i64, i)})
                       for i, _ in updated])
        self.fn.operation.verify()


# Batch norm in training mode updates its running_mean/running_var operands
# (3, 4) in place although its schema does not mark them written; recorded
# as the functional op returning the new stats.
_RUNNING_STATS_OPS = (torch.ops.aten.native_batch_norm.default,)
_BATCH_NORM_FUNCTIONAL = torch.ops.aten._native_batch_norm_legit_functional.default


def _running_stats(func, args: tuple) -> list[torch.Tensor]:
    if func in _RUNNING_STATS_OPS and len(args) > 5 and args[5] \
            and isinstance(args[3], torch.Tensor) and isinstance(args[4], torch.Tensor):
        return [args[3], args[4]]
    return []


# Ops that read their input's storage rather than its elements.
_READS_STORAGE = (torch.ops.aten.as_strided.default, torch.ops.aten.as_strided_copy.default)


def _not_own_storage(t: torch.Tensor) -> bool:
    """Whether `t`'s storage holds more, or otherwise, than its contiguous
    elements (a view, a permuted layout, an offset)."""
    return t._base is not None or not t.is_contiguous() or t.storage_offset() != 0


class _Recorder(TorchDispatchMode):
    def __init__(self, capture: FunctionCapture):
        super().__init__()
        self.capture = capture

    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        kwargs = kwargs or {}
        if func._schema.is_mutable or func in _RUNNING_STATS_OPS:
            self.capture.snapshot_mutated(func, args, kwargs)
        out = func(*args, **kwargs)
        self.capture.record(func, args, kwargs, out, _user_frame())
        return out


def _element_offsets(t: torch.Tensor) -> torch.Tensor:
    """The storage offsets (in elements) of every element of `t`."""
    offsets = torch.tensor(t.storage_offset(), dtype=torch.int64)
    for size, stride in zip(t.shape, t.stride()):
        offsets = offsets.unsqueeze(-1) + torch.arange(size, dtype=torch.int64) * stride
    return offsets.reshape(-1)


def _overlaps(a: torch.Tensor, b: torch.Tensor) -> bool:
    if a.numel() == 0 or b.numel() == 0:
        return False
    return bool(torch.isin(a, b).any())
