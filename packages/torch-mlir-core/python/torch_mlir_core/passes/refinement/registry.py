"""The registries of type refinement: one function per op (or op family),
registered against full op names, like the lowering rules. The drivers
(`driver.py`, `control_flow.py`, `values.py`) look an op up here; no driver
tests op names itself.

FACTS         op -> fn(op, hint): the compile-time Python value of the op's
              result (sizes, dtypes, scalar arithmetic on them); `hint` stands
              in for dynamic dims (None: exact evaluation).
SOURCES       op -> fn(op, value, hint): the Python value of a constant or of
              a value built from constants (lists, tuples, derefines).
RETYPE        op -> fn(op) -> bool: ops whose result type is rebuilt from their
              operands' types even when it is known (tuples).
STRUCTURAL    op -> fn(op) -> bool: ops that pass tensors through; gives the
              results their sources' types (tried before the meta runs).
STATIC_BOOLS  op -> fn(op) -> bool | None: a !torch.bool known at compile time.
BLOCK_RULES   op -> fn(op, work) -> bool: ops the block walk treats specially
              (control flow, list appends); True if handled.
VALUE_FORMS   op -> fn(op, problems): the value-semantics rewrite of an op with
              a non-value form (tensor literals, copies).
"""

from __future__ import annotations

from collections.abc import Callable


class Registry(dict):
    """A dict of op name -> function; registering a name twice is an error."""

    def __init__(self, what: str):
        super().__init__()
        self.what = what

    def register(self, *names: str) -> Callable:
        def wrap(fn):
            for name in names:
                self.add(name, fn)
            return fn
        return wrap

    def add(self, name: str, fn: Callable) -> None:
        if name in self:
            raise ValueError(f"{self.what}: '{name}' registered twice ({self[name].__name__} "
                             f"and {fn.__name__})")
        self[name] = fn


FACTS = Registry("refinement fact")
SOURCES = Registry("refinement source")
RETYPE = Registry("retype")
STRUCTURAL = Registry("structural refinement")
STATIC_BOOLS = Registry("static bool")
BLOCK_RULES = Registry("block rule")
VALUE_FORMS = Registry("value form")
