"""One registry for passes and pipelines, Python and native alike.

Every pass is addressed by name in MLIR's textual pipeline syntax
(`builtin.module(canonicalize,func.func(cse),my-python-pass{opt=1})`):

* native passes: anything MLIR's own pass registry knows (upstream passes
  registered by the `mlir` package, and passes of our C++ library);
* Python passes: functions registered with `@register_pass`;
* pipelines: named pipelines registered with `register_pipeline`, whose
  text may mention both kinds and other pipelines.

`build_pass_manager(text)` turns such a pipeline into one `PassManager`
(so IR printing, timing and verification apply to Python and native passes
alike); `run_pipeline(module, text)` builds and runs it.

A Python pass is a function `fn(op: ir.Operation, **options)`; it reports a
problem by raising `PassError` (or calling `op.location.emit_error` and
raising), which becomes an error diagnostic at the op's location and fails
the pipeline. Options come from `{name=value ...}` and are converted with the
types declared in `register_pass(..., options=...)`.

Per-op problems (an op the dialect lacks, a mutation that cannot become
values, an op no rule lowers) are reported with `report_op`, which emits the
error at the op and marks it (`UNSUPPORTED_ATTR`), and the pass then raises
`PassError(summary, per_op=True)`. Run alone (or in `torch-mlir-opt`) such a
pass fails as any other. In a *keep-going* run (`run_pipeline(...,
failures=OpFailures())`, what `torch_mlir_core.lower` does) the pipeline goes
on instead, later passes leave marked ops (and what depends on them) alone,
and the run fails at its end with every op's diagnostic: one report for the
whole program, whichever pass found each problem.

    from torch_mlir_core import passes

    @passes.register_pass("torch-strip-debug-names")
    def strip(op):
        '''Drop debug names (the summary `--help` shows).'''
        ...

    passes.register_pipeline(
        "torch-cleanup", "builtin.module(canonicalize,torch-strip-debug-names,cse)",
        summary="...")
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass, field
from typing import Any, Callable

from mlir import ir
from mlir.passmanager import PassManager

__all__ = [
    "PassError",
    "PipelineError",
    "OpFailures",
    "UNSUPPORTED_ATTR",
    "report_op",
    "is_reported",
    "PythonPass",
    "Pipeline",
    "register_pass",
    "register_pipeline",
    "run_on_functions",
    "lookup",
    "list_passes",
    "parse_pipeline",
    "build_pass_manager",
    "run_pipeline",
]


class PassError(Exception):
    """Raised by a Python pass to fail with a diagnostic. `location` defaults
    to the location of the op the pass runs on. With no message, the pass
    fails without a further diagnostic (it emitted its own, e.g. one per
    offending op, with `Location.emit_error`). `per_op`: every problem was
    reported at its op with `report_op` and the IR is still valid, so a
    keep-going run continues (and `message`, a summary, is not emitted)."""

    def __init__(self, message: str | None = None, location: ir.Location | None = None,
                 *, per_op: bool = False):
        super().__init__(message or "")
        self.message = message
        self.location = location
        self.per_op = per_op


# The mark of an op reported by `report_op` (a unit attribute): later passes
# of a keep-going run neither report it again nor transform it.
UNSUPPORTED_ATTR = "torch.unsupported"


class OpFailures:
    """The ops reported by `report_op` during one keep-going pipeline run
    (`run_pipeline(..., failures=...)`): `names`, one per op, in report order."""

    def __init__(self):
        self.names: list[str] = []
        self.passes: list[str] = []  # the passes that reported ops and let the run go on


# The pipeline runs in progress, innermost last (None: not keep-going).
_ACTIVE: list[OpFailures | None] = []


def op_display_name(op: ir.Operation) -> str:
    """`torch.aten.sort`; `torch.operator "aten.angle"` for an op the dialect lacks."""
    if op.name == "torch.operator" and "name" in op.attributes:
        return f'torch.operator "{ir.StringAttr(op.attributes["name"]).value}"'
    return op.name


def report_op(op: ir.Operation, message: str) -> None:
    """Reports `op` as one a pass cannot handle: an error at its location, the
    op marked `UNSUPPORTED_ATTR`, and its name recorded for a keep-going run."""
    op.location.emit_error(message)
    op.attributes[UNSUPPORTED_ATTR] = ir.UnitAttr.get(op.context)
    if _ACTIVE and _ACTIVE[-1] is not None:
        _ACTIVE[-1].names.append(op_display_name(op))


def is_reported(op: ir.Operation) -> bool:
    """Whether `op` was reported by `report_op` (in this or an earlier pass)."""
    return UNSUPPORTED_ATTR in op.attributes


class PipelineError(ValueError):
    """A pipeline text that does not parse or names an unknown pass."""


@dataclass
class PassOption:
    type: Callable[[str], Any]
    default: Any = None
    help: str = ""


@dataclass
class PythonPass:
    name: str
    fn: Callable[..., None]
    summary: str
    op_name: str | None  # None: runs on whatever op it is scheduled on
    options: dict[str, PassOption] = field(default_factory=dict)
    # The pass creates ops of a dialect the context does not register (the
    # generic-form StableHLO of torch-lower-to-stablehlo): the context must
    # allow them before the pass manager runs (it cannot change while it does).
    emits_unregistered_ops: bool = False

    def parse_options(self, text: str) -> dict[str, Any]:
        values = {k: o.default for k, o in self.options.items()}
        for key, raw in _split_options(text):
            if key not in self.options:
                known = ", ".join(sorted(self.options)) or "none"
                raise PipelineError(
                    f"pass '{self.name}' has no option '{key}' (options: {known})"
                )
            opt = self.options[key]
            try:
                values[key] = _convert(opt.type, raw)
            except (TypeError, ValueError) as e:
                raise PipelineError(
                    f"pass '{self.name}': bad value '{raw}' for option '{key}': {e}"
                ) from None
        return values


@dataclass
class Pipeline:
    name: str
    text: str
    summary: str


_REGISTRY: dict[str, PythonPass | Pipeline] = {}


def _convert(type_: Callable[[str], Any], raw: str) -> Any:
    if type_ is bool:
        low = raw.lower()
        if low in ("1", "true", "on", ""):
            return True
        if low in ("0", "false", "off"):
            return False
        raise ValueError("expected true/false")
    if raw.startswith('"') and raw.endswith('"') and len(raw) >= 2:
        raw = raw[1:-1]
    return type_(raw)


def _check_new_name(name: str) -> None:
    if name in _REGISTRY:
        raise ValueError(f"'{name}' is already registered")
    if not name or any(c in name for c in "(){},= \t"):
        raise ValueError(f"invalid pass name '{name}'")


def register_pass(
    name: str,
    *,
    summary: str = "",
    op_name: str | None = None,
    options: dict[str, PassOption | type] | None = None,
    emits_unregistered_ops: bool = False,
):
    """Decorator registering `fn(op, **options)` as the Python pass `name`.

    `summary` (shown by `--help`) defaults to `fn`'s docstring, on one line.
    `op_name` (e.g. "func.func") restricts the pass to ops of that name: when
    scheduled on an enclosing op it runs on each nested op of that name.
    `options` maps option names to a `PassOption` or just a type.
    `emits_unregistered_ops`: the pass builds ops of dialects the context
    does not register; a pass manager scheduling it allows them.
    """
    _check_new_name(name)
    opts = {
        k: v if isinstance(v, PassOption) else PassOption(type=v)
        for k, v in (options or {}).items()
    }

    def wrap(fn):
        doc = " ".join((fn.__doc__ or "").split())
        _REGISTRY[name] = PythonPass(name, fn, summary or doc, op_name, opts,
                                     emits_unregistered_ops)
        return fn

    return wrap


def run_on_functions(module_op: ir.Operation, step: Callable[[ir.Operation], int],
                     message: Callable[[int], str] | None = None) -> None:
    """The driver of a pass that works function by function: runs `step(fn)` on each
    `func.func` with a body in `module_op`'s body, in order. A step reports each
    problem it finds with `report_op` and returns how many it reported; if any step
    did, the pass fails (per op) with `message(count)` (None: the located errors say
    all).
    """
    body = module_op.regions[0].blocks[0]
    functions = [op.operation for op in body.operations
                 if op.operation.name == "func.func" and len(op.operation.regions[0].blocks)]
    count = sum(step(fn) for fn in functions)
    if count:
        raise PassError(message(count) if message else None, per_op=True)


def register_pipeline(name: str, text: str, *, summary: str = "") -> None:
    """Registers `text` (a textual pipeline that may name Python passes,
    native passes and other pipelines) under `name`."""
    _check_new_name(name)
    _REGISTRY[name] = Pipeline(name, text, summary)


def unregister(name: str) -> None:
    """Removes a Python pass or pipeline (for tests and interactive use)."""
    _REGISTRY.pop(name, None)


def lookup(name: str) -> PythonPass | Pipeline | None:
    return _REGISTRY.get(name)


def list_passes() -> list[tuple[str, str, str]]:
    """(name, kind, summary) of every registered Python pass and pipeline.
    Native passes are not enumerable through the C API; any pass `mlir-opt`
    lists is usable by name."""
    out = []
    for name in sorted(_REGISTRY):
        entry = _REGISTRY[name]
        kind = "pipeline" if isinstance(entry, Pipeline) else "python pass"
        out.append((name, kind, entry.summary))
    return out


# --- textual pipelines --------------------------------------------------------


@dataclass
class Element:
    """One element of a textual pipeline: a pass `name{options}` or a nested
    pipeline `name(children)`."""

    name: str
    options: str | None = None  # text between the braces
    children: list["Element"] | None = None  # set for `op-name(...)`

    def to_text(self) -> str:
        if self.children is not None:
            return f"{self.name}({','.join(c.to_text() for c in self.children)})"
        if self.options is not None:
            return f"{self.name}{{{self.options}}}"
        return self.name


def _split_options(text: str) -> list[tuple[str, str]]:
    """`a=1 b="x y" c={n=2}` -> [(a, 1), (b, "x y"), (c, {n=2})]."""
    out = []
    i, n = 0, len(text)
    while i < n:
        while i < n and text[i].isspace():
            i += 1
        if i >= n:
            break
        start = i
        while i < n and text[i] not in "= \t":
            i += 1
        key = text[start:i]
        value = ""
        if i < n and text[i] == "=":
            i += 1
            vstart, depth, quote = i, 0, False
            while i < n:
                c = text[i]
                if c == '"':
                    quote = not quote
                elif not quote and c in "{[(":
                    depth += 1
                elif not quote and c in "}])":
                    depth -= 1
                elif not quote and depth == 0 and c.isspace():
                    break
                i += 1
            value = text[vstart:i]
        out.append((key, value))
    return out


def parse_pipeline(text: str) -> list[Element]:
    """Parses MLIR's textual pipeline syntax into elements."""
    pos = 0
    n = len(text)

    def error(msg: str):
        raise PipelineError(f"invalid pass pipeline at column {pos + 1}: {msg}\n  {text}\n"
                            f"  {' ' * pos}^")

    def skip_ws():
        nonlocal pos
        while pos < n and text[pos].isspace():
            pos += 1

    def parse_list(closing: str | None) -> list[Element]:
        nonlocal pos
        elements = []
        skip_ws()
        if closing and pos < n and text[pos] == closing:
            pos += 1
            return elements
        while True:
            elements.append(parse_element())
            skip_ws()
            if pos < n and text[pos] == ",":
                pos += 1
                continue
            if closing:
                if pos < n and text[pos] == closing:
                    pos += 1
                    return elements
                error(f"expected ',' or '{closing}'")
            if pos < n:
                error("expected ','")
            return elements

    def parse_element() -> Element:
        nonlocal pos
        skip_ws()
        start = pos
        while pos < n and (text[pos].isalnum() or text[pos] in "-_."):
            pos += 1
        name = text[start:pos]
        if not name:
            error("expected a pass or operation name")
        skip_ws()
        if pos < n and text[pos] == "(":
            pos += 1
            return Element(name, children=parse_list(")"))
        if pos < n and text[pos] == "{":
            depth, ostart = 0, pos + 1
            quote = False
            while pos < n:
                c = text[pos]
                if c == '"':
                    quote = not quote
                elif not quote and c == "{":
                    depth += 1
                elif not quote and c == "}":
                    depth -= 1
                    if depth == 0:
                        break
                pos += 1
            if pos >= n:
                error("unbalanced '{'")
            options = text[ostart:pos]
            pos += 1
            return Element(name, options=options)
        return Element(name)

    if not text.strip():
        return []
    return parse_list(None)


def _expand(elements: list[Element], seen: tuple[str, ...] = ()) -> list[Element]:
    """Replaces registered pipeline names by their (expanded) elements."""
    out = []
    for e in elements:
        entry = _REGISTRY.get(e.name)
        if e.children is not None:
            out.append(Element(e.name, children=_expand(e.children, seen)))
        elif isinstance(entry, Pipeline):
            if e.name in seen:
                raise PipelineError(f"pipeline '{e.name}' includes itself")
            if e.options:
                raise PipelineError(f"pipeline '{e.name}' takes no options")
            inner = parse_pipeline(entry.text)
            # A registered pipeline written for the module
            # (`builtin.module(...)`) is spliced in at the current level.
            if len(inner) == 1 and inner[0].name == "builtin.module" \
                    and inner[0].children is not None:
                inner = inner[0].children
            out.extend(_expand(inner, seen + (e.name,)))
        else:
            out.append(e)
    return out


def _contains_python(e: Element) -> bool:
    if e.children is not None:
        return any(_contains_python(c) for c in e.children)
    return isinstance(_REGISTRY.get(e.name), PythonPass)


def _python_pass_runner(p: PythonPass, options: dict[str, Any], scope: list[str],
                        failures: OpFailures | None = None):
    """The callable given to `PassManager.add`: runs `p` on the scheduled op,
    or on each nested op matching `scope` / `p.op_name`. With `failures` (a
    keep-going run), a per-op failure lets the pipeline go on."""
    targets = list(scope)
    if p.op_name and (not targets or targets[-1] != p.op_name):
        targets.append(p.op_name)

    def matching(op: ir.Operation) -> list[ir.Operation]:
        found = [op]
        for name in targets:
            nxt = []
            for parent in found:
                def visit(child, name=name, nxt=nxt, parent=parent):
                    if child.operation is parent:
                        return ir.WalkResult.ADVANCE
                    if child.name == name:
                        nxt.append(child.operation)
                        return ir.WalkResult.SKIP
                    return ir.WalkResult.ADVANCE

                parent.walk(visit, ir.WalkOrder.PRE_ORDER)
            found = nxt
        return found

    def run(op, pass_):
        for target in matching(op.operation):
            try:
                p.fn(target, **options)
            except PassError as e:
                if e.per_op and failures is not None:
                    failures.passes.append(p.name)
                    continue
                if e.message:
                    (e.location or target.location).emit_error(e.message)
                pass_.signal_pass_failure()
                return
            except Exception as e:  # a bug in the pass: say where it is
                frame = traceback.extract_tb(e.__traceback__)[-1]
                target.location.emit_error(
                    f"Python pass '{p.name}' raised {type(e).__name__}: {e} "
                    f"(at {frame.filename}:{frame.lineno})"
                )
                pass_.signal_pass_failure()
                return

    return run


def build_pass_manager(
    text: str,
    context: ir.Context | None = None,
    *,
    anchor: str = "builtin.module",
    failures: OpFailures | None = None,
) -> PassManager:
    """Builds one PassManager for `text`, mixing native and Python passes.

    `text` may be `builtin.module(...)` or a bare list of elements (then it is
    anchored on `anchor`). Unknown pass names raise `PipelineError` naming
    the pass. With `failures`, a keep-going pipeline: passes failing per op
    let it go on, and a last step fails it if any op was reported.
    """
    context = context or ir.Context.current
    elements = parse_pipeline(text)
    if len(elements) == 1 and elements[0].children is not None \
            and elements[0].name == anchor:
        elements = elements[0].children
    elements = _expand(elements)
    pm = PassManager(anchor, context=context)

    def add_native(e: Element):
        try:
            pm.add(e.to_text())
        except ValueError as err:
            raise PipelineError(_native_error(e, err, context)) from None

    def schedule(e: Element, scope: list[str]):
        """Adds `e` nested under `scope` (op names below the anchor)."""
        if not _contains_python(e):
            wrapped = e
            for name in reversed(scope):
                wrapped = Element(name, children=[wrapped])
            add_native(wrapped)
            return
        if e.children is not None:
            # Split the nested pipeline so the Python passes in it run at
            # the top level, on every op the nesting selects.
            for c in e.children:
                schedule(c, scope + [e.name])
            return
        p = _REGISTRY[e.name]
        assert isinstance(p, PythonPass)
        options = p.parse_options(e.options or "")
        if p.emits_unregistered_ops:
            context.allow_unregistered_dialects = True
        pm.add(_python_pass_runner(p, options, scope, failures), name=p.name,
               argument=p.name, description=p.summary)

    for e in elements:
        schedule(e, [])
    if failures is not None:
        def fail_if_reported(op, pass_):
            if failures.names or failures.passes:
                pass_.signal_pass_failure()  # the diagnostics are out already

        pm.add(fail_if_reported, name="torch-fail-on-reported-ops",
               argument="torch-fail-on-reported-ops",
               description="fail a keep-going pipeline that reported ops")
    return pm


def _native_error(e: Element, err: Exception, context: ir.Context) -> str:
    msg = str(err).strip()
    names = _leaf_names(e)
    unknown = [n for n in names if not _is_native_pass(n, context)]
    if unknown:
        return f"unknown pass or pipeline '{unknown[0]}'"
    return f"invalid pipeline element '{e.to_text()}': {msg}"


def _leaf_names(e: Element) -> list[str]:
    if e.children is None:
        return [e.name]
    return [n for c in e.children for n in _leaf_names(c)]


def _is_native_pass(name: str, context: ir.Context) -> bool:
    for anchor in ("builtin.module", "any", "func.func"):
        try:
            PassManager.parse(f"{anchor}({name})", context)
            return True
        except ValueError:
            pass
    return False


def run_pipeline(module, text: str, *, verify_each: bool = True,
                 failures: OpFailures | None = None) -> None:
    """Runs the textual pipeline `text` on `module` (an `ir.Module` or
    operation). Raises `PipelineError` for a bad pipeline and
    `mlir.ir.MLIRError` (with the diagnostics) when a pass fails. With
    `failures`, the run keeps going past ops passes report (see the module
    docstring) and fills `failures.names` with them."""
    op = module.operation
    pm = build_pass_manager(text, op.context, anchor=op.name, failures=failures)
    pm.enable_verifier(verify_each)
    _ACTIVE.append(failures)
    try:
        pm.run(op)
    finally:
        _ACTIVE.pop()


# Core's own Python passes register themselves on import.
from . import bool_storage, decompose, object_graph, refinement, torch_passes  # noqa: E402,F401
from ..lowering import passes as _lowering_passes  # noqa: E402,F401
from . import view_copies  # noqa: E402,F401
