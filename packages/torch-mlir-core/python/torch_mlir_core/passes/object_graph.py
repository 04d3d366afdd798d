"""torch-freeze-object-graph: a raw TorchScript object graph -> plain functions.

A scripted module imports as classes (`torch.class_type`), instances
(`torch.nn_module`, one `torch.slot` per attribute) and methods (private
`func.func`s taking the instance first, reading attributes with
`torch.prim.GetAttr` and calling methods with `torch.prim.CallMethod`). The
backend pipeline works on functions only, so this pass inlines and freezes:

* the root instance (the `torch.nn_module` no slot holds) gets one public
  function per non-private method, named by the method (`@forward`), without
  `self`;
* every attribute read on a statically known instance becomes the attribute's
  value: a submodule resolves to that instance, anything else to a copy of the
  slot's initializer (tensor literal, constants, containers) at the start of
  the exported function (one copy per function and value, so tied weights stay
  one tensor); a slot more refined than the attribute's declared type is cast
  back with `torch.tensor_static_info_cast` (`torch.derefine` where the
  attribute is an optional or a union);
* method calls on known instances and calls of private functions
  (`func.call`, TorchScript free functions) are inlined, in nested regions
  too; calls of private functions are also inlined into functions that were
  public already (an imported ScriptFunction);
* `torch.type_bound` on an exported argument becomes its type (cast back to
  the declared type at the entry);
* classes, instances, method functions, private functions no longer called and
  unused slot initializers are erased.

What cannot be frozen is reported, one error per op: assigning an attribute
(`torch.prim.SetAttr`), updating a tensor attribute in place (a buffer
updated in forward: the frozen copy would lose the update), a module whose
identity is not known statically (put in a list, yielded from `prim.If`,
passed to a function, returned from an exported method), attribute reads and
method calls on such a module.

IR without an object graph and without calls of private functions (the FX
importer's) is left unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mlir import ir

from .. import types as ttypes
from . import PassError, register_pass
from .refinement.control_flow import fold_constant_ifs
from .refinement.value_semantics import in_place_writer

_GET_ATTR = "torch.prim.GetAttr"
_SET_ATTR = "torch.prim.SetAttr"
_CALL_METHOD = "torch.prim.CallMethod"
_CALL = "func.call"
_TYPE_BOUND = "torch.type_bound"


@dataclass
class _Class:
    name: str
    op: ir.Operation
    methods: dict[str, tuple[str, bool]] = field(default_factory=dict)  # -> (symbol, private)


@dataclass
class _Instance:
    cls: _Class
    op: ir.Operation
    slots: dict[str, ir.Value] = field(default_factory=dict)


@dataclass
class _Target:
    """The function ops are inlined into: where attribute values are
    materialized, and the module values to check for escapes."""

    entry: ir.Block
    materialized: dict[ir.Value, ir.Value] = field(default_factory=dict)
    casts: dict[tuple[ir.Value, ir.Type], ir.Value] = field(default_factory=dict)
    last: ir.Operation | None = None  # the last materialized op
    self_arg: ir.Value | None = None
    submodules: list[ir.Operation] = field(default_factory=list)  # GetAttr of a module
    # (attribute name, the frozen tensor its reads became)
    frozen_tensors: list[tuple[str, ir.Value]] = field(default_factory=list)


def _string(op: ir.Operation, name: str) -> str:
    return ir.StringAttr(op.attributes[name]).value


def _symbol(op: ir.Operation) -> str:
    return _string(op, "sym_name")


# Ops updating their running_mean/running_var operands (3, 4) in training
# mode (operand 5) although their schema does not mark them as written.
_RUNNING_STATS_OPS = ("torch.aten.batch_norm", "torch.aten.native_batch_norm",
                      "torch.aten.instance_norm")


def _tensor_updater(value: ir.Value) -> ir.Operation | None:
    """The op that updates the tensor `value` in place, if any: an in-place
    op (through views too) or a norm in training mode given it as running
    stats."""
    writer = in_place_writer(value)
    if writer is not None:
        return writer
    uses = list(value.uses)
    for use in uses:
        user = use.owner.operation if hasattr(use.owner, "operation") else use.owner
        if user.name == "torch.derefine":  # passed as an Optional
            uses.extend(user.results[0].uses)
        elif user.name in _RUNNING_STATS_OPS and use.operand_number in (3, 4):
            training = user.operands[5].owner
            training = training.operation if hasattr(training, "operation") else None
            if training is None or training.name != "torch.constant.bool" or \
                    ir.BoolAttr(training.attributes["value"]).value:
                return user
    return None


def _is_private(fn: ir.Operation) -> bool:
    return "sym_visibility" in fn.attributes and _string(fn, "sym_visibility") == "private"


def _has_uses(value: ir.Value) -> bool:
    return next(iter(value.uses), None) is not None


def _callees(root: ir.Operation) -> set[str]:
    """The functions `func.call`s in `root` call."""
    found: set[str] = set()

    def visit(op):
        if op.name == _CALL:
            found.add(ir.FlatSymbolRefAttr(op.attributes["callee"]).value)
        return ir.WalkResult.ADVANCE

    root.walk(visit, ir.WalkOrder.PRE_ORDER)
    return found


def _body(op: ir.Operation) -> list[ir.Operation]:
    return [o.operation for o in op.regions[0].blocks[0].operations]


class _Freezer:
    def __init__(self, module: ir.Operation):
        self.module = module
        self.body = module.regions[0].blocks[0]
        self.classes: dict[ir.Type, _Class] = {}
        self.instances: dict[ir.Value, _Instance] = {}  # nn_module result -> instance
        self.functions: dict[str, ir.Operation] = {}
        self.called: set[str] = set()  # private functions some func.call names
        self.known: dict[ir.Value, _Instance] = {}  # module values resolved so far
        self.errors: list[tuple[ir.Location, str]] = []
        self._reported: set[tuple[str, str]] = set()

    # -- diagnostics --

    def error(self, op: ir.Operation, message: str) -> None:
        # A method inlined twice reports its problems once.
        key = (str(op.location), message)
        if key not in self._reported:
            self._reported.add(key)
            self.errors.append((op.location, message))

    def fail_if_errors(self) -> None:
        if self.errors:
            for location, message in self.errors:
                location.emit_error(message)
            raise PassError(f"{len(self.errors)} error(s) freezing the TorchScript object graph")

    # -- the object graph --

    def scan(self) -> bool:
        """Collects classes, instances and functions; False when there is
        nothing to do."""
        top = {"torch.class_type": [], "torch.nn_module": [], "func.func": []}
        for op in self.body.operations:
            op = op.operation
            if op.name in top:
                top[op.name].append(op)
        class_ops, module_ops = top["torch.class_type"], top["torch.nn_module"]
        for op in top["func.func"]:
            self.functions[_symbol(op)] = op
        for op in class_ops:
            cls = _Class(_symbol(op), op)
            for member in _body(op):
                if member.name == "torch.method":
                    function = ir.FlatSymbolRefAttr(member.attributes["function"]).value
                    cls.methods[_string(member, "name")] = (
                        function, "isPrivate" in member.attributes)
            self.classes[ttypes.nn_module(cls.name)] = cls
        for op in module_ops:
            cls = self.classes[op.result.type]
            inst = _Instance(cls, op)
            for slot in _body(op):
                if slot.name == "torch.slot":
                    inst.slots[_string(slot, "name")] = slot.operands[0]
            self.instances[op.result] = inst

        self.called = {s for s in _callees(self.module)
                       if s in self.functions and _is_private(self.functions[s])}
        return bool(class_ops or module_ops or self.called)

    def roots(self) -> list[_Instance]:
        return [inst for value, inst in self.instances.items()
                if not any(use.owner.name == "torch.slot" for use in value.uses)]

    # -- resolving one function --

    def resolve(self, fn: ir.Operation, target: _Target, stack: tuple[str, ...]) -> None:
        """Freezes attribute reads and inlines calls in `fn` (a function or
        a detached copy of one being inlined into `target`)."""
        handlers = {
            _GET_ATTR: lambda op: self.get_attr(op, target),
            _SET_ATTR: self.set_attr,
            _CALL_METHOD: lambda op: self.call_method(op, target, stack),
            _CALL: lambda op: self.call_function(op, target, stack),
        }
        ops: list[ir.Operation] = []

        def visit(op):
            if op.name in handlers:
                ops.append(op.operation)
            return ir.WalkResult.ADVANCE

        fn.walk(visit, ir.WalkOrder.PRE_ORDER)
        for op in ops:
            handlers[op.name](op)

    def set_attr(self, op: ir.Operation) -> None:
        self.error(op, f"assigning attribute '{_string(op, 'name')}' of a module is "
                   "not supported by the backend pipeline: module attributes are "
                   "frozen to their values at import")

    def receiver(self, op: ir.Operation, what: str) -> _Instance | None:
        inst = self.known.get(op.operands[0])
        if inst is None:
            self.error(op, f"cannot resolve {what}: the module it is applied to is not "
                       "known statically (only modules read from attributes can be)")
        return inst

    def get_attr(self, op: ir.Operation, target: _Target) -> None:
        name = _string(op, "name")
        inst = self.receiver(op, f"attribute '{name}'")
        if inst is None:
            return
        value = inst.slots[name]
        if value in self.instances:  # a submodule
            self.known[op.result] = self.instances[value]
            target.submodules.append(op)
            return
        frozen = self.materialize(value, target, op, name)
        if frozen is None:
            return
        want = op.result.type
        if frozen.type != want:
            # A refined tensor where the attribute is an unrefined one; a
            # value where it is an optional or union.
            both_tensors = ttypes.is_tensor_type(frozen.type) and ttypes.is_tensor_type(want)
            key = (value, want)
            if key not in target.casts:
                cast = ir.Operation.create(
                    "torch.tensor_static_info_cast" if both_tensors else "torch.derefine",
                    results=[want], operands=[frozen],
                    loc=op.location, ip=ir.InsertionPoint.after(target.last))
                target.last = cast
                target.casts[key] = cast.result
            frozen = target.casts[key]
        op.result.replace_all_uses_with(frozen)
        op.erase()
        if ttypes.is_tensor_type(frozen.type) and \
                not any(v == frozen for _, v in target.frozen_tensors):
            target.frozen_tensors.append((name, frozen))

    def check_updated_attributes(self, target: _Target) -> None:
        """A frozen tensor attribute updated in place (a buffer updated in
        forward): the update would act on a copy of the slot value and be
        lost after the call, a wrong answer from the next call on. Branches
        decided by frozen attributes (`if self.training:`) are folded first,
        so an update in a dead branch is not reported."""
        if not target.frozen_tensors:
            return
        fold_constant_ifs(target.entry)
        for name, value in target.frozen_tensors:
            writer = _tensor_updater(value)
            if writer is not None:
                self.error(writer, f"'{writer.name}' updates attribute '{name}' in place (a "
                           "buffer updated in forward, e.g. BatchNorm's running stats in "
                           "training mode): TorchScript attributes are frozen to constants, "
                           "which cannot carry the update to the next call; the FX frontend "
                           "(torch_mlir_fx) updates mutated buffers")

    def materialize(self, value: ir.Value, target: _Target, user: ir.Operation,
                    name: str) -> ir.Value | None:
        """A copy of the initializer of `value` (a slot's value) at the start
        of the target's entry block."""
        if value in target.materialized:
            return target.materialized[value]
        owner = value.owner
        if isinstance(owner, ir.Block):
            self.error(user, f"attribute '{name}' holds a block argument")
            return None
        owner = owner.operation
        if owner.name == "torch.nn_module":
            self.error(user, f"attribute '{name}' holds a module inside a container, whose "
                       "identity cannot be known statically")
            return None
        operands = []
        for operand in owner.operands:
            frozen = self.materialize(operand, target, user, name)
            if frozen is None:
                return None
            operands.append(frozen)
        ip = (ir.InsertionPoint.after(target.last) if target.last is not None
              else ir.InsertionPoint.at_block_begin(target.entry))
        clone = owner.clone(ip=ip)
        target.last = clone
        for i, operand in enumerate(operands):
            clone.operands[i] = operand
        for old, new in zip(owner.results, clone.results):
            target.materialized[old] = new
        return target.materialized[value]

    def call_method(self, op: ir.Operation, target: _Target, stack: tuple[str, ...]) -> None:
        name = _string(op, "name")
        inst = self.receiver(op, f"the call of method '{name}'")
        if inst is None:
            return
        symbol = inst.cls.methods[name][0]
        callee = self.copy_callee(op, symbol, stack)
        if callee is not None:
            self.inline(callee, op, target, stack + (symbol,))

    def call_function(self, op: ir.Operation, target: _Target, stack: tuple[str, ...]) -> None:
        symbol = ir.FlatSymbolRefAttr(op.attributes["callee"]).value
        fn = self.functions.get(symbol)
        if fn is None or not _is_private(fn):
            return
        if any(v.type in self.classes for v in op.operands):
            return  # a module passed to a function: reported as an escape
        callee = self.copy_callee(op, symbol, stack)
        if callee is not None:
            self.inline(callee, op, target, stack + (symbol,))

    def copy_callee(self, call: ir.Operation, symbol: str,
                    stack: tuple[str, ...]) -> ir.Operation | None:
        if symbol in stack:
            self.error(call, f"cannot inline the recursive call of '@{symbol}'")
            return None
        fn = self.functions.get(symbol)
        if fn is None or len(fn.regions[0].blocks) != 1:
            self.error(call, f"cannot inline '@{symbol}': it is not a function of one block")
            return None
        return fn.clone(ip=False)

    def inline(self, callee: ir.Operation, call: ir.Operation, target: _Target,
               stack: tuple[str, ...]) -> None:
        """Replaces `call` by the body of `callee` (a detached copy of the
        called function), resolved with its arguments bound to the call's
        operands (so `self` is the receiver, a known module)."""
        block = callee.regions[0].blocks[0]
        for arg, operand in zip(block.arguments, call.operands):
            arg.replace_all_uses_with(operand)
        self.resolve(callee, target, stack)
        ops = _body(callee)
        for op in ops[:-1]:
            op.move_before(call)
        for result, value in zip(call.results, ops[-1].operands):
            result.replace_all_uses_with(value)
        call.erase()
        callee.erase()

    def check_escapes(self, target: _Target) -> None:
        """Erases the reads of submodules; any other use of a module value
        means its identity cannot be known statically."""
        kept = []
        for op in reversed(target.submodules):
            if _has_uses(op.result):
                kept.append(op)
            else:
                del self.known[op.result]
                op.erase()
        values = [op.result for op in kept]
        if target.self_arg is not None:
            values.append(target.self_arg)
        for value in values:
            cls = self.known[value].cls.name
            for use in value.uses:
                user = use.owner.operation
                if user.name == _SET_ATTR or (
                        user.name in (_GET_ATTR, _CALL_METHOD) and use.operand_number == 0):
                    continue  # a submodule read kept for its uses, or reported already
                self.error(user, f"a module (instance of '{cls}') cannot be used by "
                           f"'{user.name}': its identity must be known statically, so "
                           "modules may only have attributes read and methods called")

    # -- exported functions --

    def export(self, root: _Instance, method: str, symbol: str) -> ir.Operation | None:
        existing = self.functions.get(method)
        if existing is not None:
            self.error(existing, f"cannot export method '{method}' of '{root.cls.name}': "
                       f"a function '@{method}' exists already")
            return None
        fn = self.functions[symbol].clone(ip=ir.InsertionPoint(self.body))
        fn.attributes["sym_name"] = ir.StringAttr.get(method)
        if "sym_visibility" in fn.attributes:
            del fn.attributes["sym_visibility"]
        entry = fn.regions[0].blocks[0]
        target = _Target(entry, self_arg=entry.arguments[0])
        self.known[target.self_arg] = root
        self.resolve(fn, target, (symbol,))
        self.check_escapes(target)
        self.check_updated_attributes(target)
        return fn

    @staticmethod
    def finish_signature(fn: ir.Operation) -> None:
        """Drops `self`; a `torch.type_bound` argument gets that type, cast
        back to the declared type for the body."""
        entry = fn.regions[0].blocks[0]
        fn_type = ir.FunctionType(ir.TypeAttr(fn.attributes["function_type"]).value)
        n = len(entry.arguments)
        arg_attrs = (list(ir.ArrayAttr(fn.attributes["arg_attrs"]))
                     if "arg_attrs" in fn.attributes else [ir.DictAttr.get({})] * n)
        entry.erase_argument(0)
        arg_attrs.pop(0)
        for i, arg in enumerate(entry.arguments):
            attrs = ir.DictAttr(arg_attrs[i])
            if _TYPE_BOUND not in attrs:
                continue
            bound = ir.TypeAttr(attrs[_TYPE_BOUND]).value
            # An Optional[Tensor] argument given a tensor: derefined.
            cast_op = "torch.tensor_static_info_cast" if ttypes.is_tensor_type(arg.type) \
                else "torch.derefine"
            cast = ir.Operation.create(
                cast_op, results=[arg.type], operands=[arg],
                loc=fn.location, ip=ir.InsertionPoint.at_block_begin(entry))
            arg.replace_all_uses_except(cast.result, cast)
            arg.set_type(bound)
            arg_attrs[i] = ir.DictAttr.get(
                {attrs[j].name: attrs[j].attr for j in range(len(attrs))
                 if attrs[j].name != _TYPE_BOUND})
        fn.attributes["function_type"] = ir.TypeAttr.get(ir.FunctionType.get(
            [a.type for a in entry.arguments], fn_type.results))
        if any(len(ir.DictAttr(a)) for a in arg_attrs):
            fn.attributes["arg_attrs"] = ir.ArrayAttr.get(arg_attrs)
        elif "arg_attrs" in fn.attributes:
            del fn.attributes["arg_attrs"]

    # -- the pass --

    def run(self) -> None:
        if not self.scan():
            return
        roots = self.roots()
        if len(roots) > 1:
            for inst in roots:
                self.error(inst.op, "more than one root module (a torch.nn_module that no "
                           "torch.slot holds): cannot tell which one to export")
            self.fail_if_errors()
        methods = {s for cls in self.classes.values() for s, _ in cls.methods.values()}
        originally_public = [fn for name, fn in self.functions.items()
                             if not _is_private(fn) and name not in methods]
        exported = []
        if roots:
            root = roots[0]
            for method, (symbol, private) in root.cls.methods.items():
                if not private:
                    fn = self.export(root, method, symbol)
                    if fn is not None:
                        exported.append(fn)
        for fn in originally_public:
            target = _Target(fn.regions[0].blocks[0])
            self.resolve(fn, target, (_symbol(fn),))
            self.check_updated_attributes(target)
        self.fail_if_errors()
        for fn in exported:
            self.finish_signature(fn)
        self.erase_object_graph(methods)

    def erase_object_graph(self, methods: set[str]) -> None:
        initializers: list[ir.Operation] = []
        seen: set[ir.Operation] = set()

        def collect(value: ir.Value) -> None:
            owner = value.owner
            if isinstance(owner, ir.Block):
                return
            owner = owner.operation
            if owner in seen or owner.name == "torch.nn_module":
                return
            seen.add(owner)
            for operand in owner.operands:
                collect(operand)
            initializers.append(owner)

        for inst in self.instances.values():
            for value in inst.slots.values():
                collect(value)
        for cls in self.classes.values():
            cls.op.erase()
        pending = [inst.op for inst in self.instances.values()]
        while pending:
            unused = [op for op in pending if not _has_uses(op.result)]
            if not unused:
                for op in pending:
                    use = next(iter(op.result.uses)).owner
                    op.location.emit_error(f"module instance still used by '{use.name}'")
                raise PassError(f"{len(pending)} module instance(s) could not be erased")
            for op in unused:
                pending.remove(op)
                op.erase()
        for name in methods:
            if name in self.functions:
                self.functions.pop(name).erase()
        # Private functions that were called and no longer are.
        while True:
            still_called = _callees(self.module)
            dead = [s for s in self.called if s in self.functions and s not in still_called]
            if not dead:
                break
            for s in dead:
                self.functions.pop(s).erase()
        for op in reversed(initializers):
            if not any(_has_uses(r) for r in op.results):
                op.erase()


@register_pass("torch-freeze-object-graph")
def freeze_object_graph(op: ir.Operation) -> None:
    """TorchScript object graph -> plain functions: export the root module's methods as
    public functions, inline method and private function calls, freeze attribute reads
    to their values, erase classes and instances"""
    with op.context:
        _Freezer(op.operation).run()
