"""`FunctionTable`: a compiled module's public functions as attributes.

The base of `torch_mlir_refbackend.CompiledModule`, and of any other backend's
compiled module that wants the same calling surface (the e2e harness's IREE
backend uses it): the subclass fills `self.functions` (name -> callable), and
`cm.main(...)` then calls `cm.functions["main"]`.
"""

from __future__ import annotations

from typing import Callable


class FunctionTable:
    """`self.functions` (name -> callable, set by the subclass) read as
    attributes; an unknown name is an AttributeError that lists the names."""

    functions: dict[str, Callable]

    def __getattr__(self, name):
        functions = self.__dict__.get("functions", {})
        if name in functions:
            return functions[name]
        raise AttributeError(f"compiled module has no public function '{name}' "
                             f"(it has: {', '.join(functions) or 'none'})")

    def __dir__(self):
        return sorted(set(super().__dir__()) | set(self.functions))
