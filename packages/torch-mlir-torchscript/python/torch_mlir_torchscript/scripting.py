"""Scripting a plain Python function whose body reads constants it closes
over (or module globals): `torch.float64` bound to a name, an int, a float,
a bool, a string, a tuple of them (not None: the resolution callback gives
None for a name it does not know).

`torch.jit.script` resolves such names through a resolution callback that
only accepts modules, functions and classes ("python value of type 'dtype'
cannot be used as a value"), although the same values written as literals
are TorchScript constants. `script_function` binds each such name to a local
at the top of the function's body (`dst = torch.float64`), compiled from the
function's own source: the graph is the one the literal would give. Names the
function assigns itself, and values that are not constants, are left to
TorchScript (which reports them as before).
"""

from __future__ import annotations

import ast
import inspect
import math

import torch

# The name the bound dtypes read torch from (resolved by the wrapped callback,
# whatever the function's module calls torch).
_TORCH_ALIAS = "__torch_mlir_ts_torch"


def _literal(value):
    """The Python AST of `value` as a TorchScript literal, or None."""
    if isinstance(value, (bool, str)):
        return ast.Constant(value)
    if isinstance(value, (int, float)):
        if isinstance(value, float) and not math.isfinite(value):
            return None
        node = ast.Constant(abs(value))
        return ast.UnaryOp(ast.USub(), node) if value < 0 else node
    if isinstance(value, torch.dtype):
        return ast.Attribute(ast.Name(_TORCH_ALIAS, ast.Load()), str(value).split(".")[-1],
                             ast.Load())
    if isinstance(value, tuple):
        elements = [_literal(v) for v in value]
        if any(e is None for e in elements):
            return None
        return ast.Tuple(elements, ast.Load())
    return None


def _free_names(fn_def: ast.FunctionDef) -> list[str]:
    """Names the body reads and never binds (parameters, assignments,
    loop and comprehension targets), in order of first use."""
    bound = {a.arg for a in ast.walk(fn_def.args) if isinstance(a, ast.arg)}
    read: dict[str, None] = {}
    for node in ast.walk(fn_def):
        if isinstance(node, ast.Name):
            if isinstance(node.ctx, ast.Load):
                read.setdefault(node.id)
            else:
                bound.add(node.id)
    return [n for n in read if n not in bound]


def _bindings(fn_def: ast.FunctionDef, rcb) -> list[ast.stmt]:
    """`name = literal` for each free name whose value is a constant."""
    statements = []
    for name in _free_names(fn_def):
        value = rcb(name)
        literal = None if inspect.ismodule(value) else _literal(value)
        if literal is None:
            continue
        assign = ast.Assign([ast.Name(name, ast.Store())], literal)
        # Locate the binding on the `def` line (TorchScript needs a location;
        # an error in it is the function's).
        for node in ast.walk(assign):
            node.lineno = node.end_lineno = fn_def.lineno
            node.col_offset, node.end_col_offset = fn_def.col_offset, fn_def.col_offset + 3
        statements.append(assign)
    return statements


def script_function(fn):
    """`torch.jit.script(fn)` for a plain function, with its closed-over
    constants bound as locals (see the module docstring). Falls back to
    `torch.jit.script` when there is nothing to bind."""
    from torch._jit_internal import createResolutionCallbackFromClosure
    from torch._sources import parse_def
    from torch.jit.frontend import get_jit_def

    closure_rcb = createResolutionCallbackFromClosure(fn)
    parsed = parse_def(fn)
    fn_def = parsed.ast.body[0]
    bindings = _bindings(fn_def, closure_rcb)
    if not bindings or _TORCH_ALIAS in _free_names(fn_def):
        return torch.jit.script(fn)
    fn_def.body[:0] = bindings

    def rcb(name):
        return torch if name == _TORCH_ALIAS else closure_rcb(name)

    return torch._C._jit_script_compile(
        torch._jit_internal._qualified_name(fn), get_jit_def(parsed, fn.__name__), rcb,
        torch.jit._script.get_default_args(fn))


def script(model):
    """Scripts `model`: a plain function through `script_function`, anything
    else (modules, already scripted) through `torch.jit.script`."""
    if inspect.isfunction(model):
        return script_function(model)
    return torch.jit.script(model)
