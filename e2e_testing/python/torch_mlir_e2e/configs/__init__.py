"""Test configurations: a frontend + output type + backend, registered by name.

A config is a `Config` subclass decorated with `@register_config`:

    @register_config
    class MyConfig(Config):
        name = "fx-tosa-mybackend"
        required_modules = ("torch_mlir_fx", "my_backend")

        def compile(self, test, module, inputs):
            ...  # -> artifact
        def run(self, artifact, inputs):
            ...  # -> outputs (tensor, Python scalar, or nested tuple/list of them)

Every module in this package is imported when the package is, so adding a
file here is all a new built-in config needs. The runner instantiates a
config once per worker process and reuses it for every test it runs there.
"""

from __future__ import annotations

import importlib
import importlib.util
import pkgutil
from typing import Any, ClassVar

__all__ = ["Config", "RefBackendConfig", "register_config", "get_config", "all_configs",
           "config_spec"]


class Config:
    """Base class of a test configuration.

    Subclasses set `name` (unique, used on the command line and as the key of
    the xfail sets) and implement `compile` and `run`. `frontend`,
    `output_type` and `backend` are descriptive (shown by `--list-configs`).
    """

    name: ClassVar[str] = ""
    frontend: ClassVar[str] = ""
    output_type: ClassVar[str] = ""
    backend: ClassVar[str] = ""
    # Python modules the config imports; if one is missing the config is
    # reported as unavailable instead of failing every test.
    required_modules: ClassVar[tuple[str, ...]] = ()
    # The tensor dtypes the config can compile and run (None: all); the
    # OpInfo suite only generates samples of these.
    supported_dtypes: ClassVar[tuple | None] = None

    @classmethod
    def is_available(cls) -> tuple[bool, str]:
        """(True, "") if this config can run here, else (False, reason).

        The default checks that every module of `required_modules` imports.
        """
        for mod in cls.required_modules:
            try:
                if importlib.util.find_spec(mod) is None:
                    return False, f"Python package '{mod}' is not installed"
                importlib.import_module(mod)
            except Exception as e:  # noqa: BLE001 - any import failure means unavailable
                first = (str(e).splitlines() or [""])[0]
                return False, f"importing '{mod}' failed: {type(e).__name__}: {first}"
        return True, ""

    def warm_up(self) -> None:
        """Called once per worker before its first test (not counted against
        the per-test timeout): import heavy dependencies here."""
        for mod in self.required_modules:
            importlib.import_module(mod)

    def compile(self, test, module, inputs: tuple) -> Any:
        """Compiles `module` (an `nn.Module`, already in eval mode) for the
        example `inputs`; returns whatever `run` needs. `test` is the
        `E2ETest` (its `args` give the dynamic dims)."""
        raise NotImplementedError

    def run(self, artifact: Any, inputs: tuple) -> Any:
        """Runs the compiled artifact on `inputs`; returns the outputs."""
        raise NotImplementedError


class RefBackendConfig(Config):
    """Base of the configs that lower to linalg-on-tensors and run the result on the
    reference backend (`torch_mlir_refbackend`)."""

    output_type = "linalg-on-tensors"
    backend = "refbackend"

    @staticmethod
    def compile_on_refbackend(mlir_module) -> Any:
        """Compiles a linalg-on-tensors module with the reference backend."""
        import torch
        import torch_mlir_refbackend

        # A worker runs many tests: do not keep every earlier test's engine.
        torch_mlir_refbackend.clear_cache()
        # The runner gives each worker cpu_count // jobs threads.
        return torch_mlir_refbackend.compile(mlir_module, num_threads=torch.get_num_threads())


_CONFIGS: dict[str, type[Config]] = {}


def register_config(cls: type[Config]) -> type[Config]:
    """Class decorator: registers `cls` under `cls.name`."""
    if not (isinstance(cls, type) and issubclass(cls, Config)):
        raise TypeError(f"@register_config needs a Config subclass, not {cls!r}")
    if not cls.name:
        raise ValueError(f"config class {cls.__qualname__} has no `name`")
    old = _CONFIGS.get(cls.name)
    if old is not None and old.__qualname__ != cls.__qualname__:
        raise ValueError(f"duplicate config name '{cls.name}': {old.__module__}."
                         f"{old.__qualname__} and {cls.__module__}.{cls.__qualname__}")
    _CONFIGS[cls.name] = cls
    return cls


def get_config(name: str) -> type[Config]:
    try:
        return _CONFIGS[name]
    except KeyError:
        known = ", ".join(sorted(_CONFIGS)) or "(none)"
        raise KeyError(f"unknown config '{name}'; known configs: {known}") from None


def all_configs() -> list[type[Config]]:
    """Every registered config, in registration order."""
    return list(_CONFIGS.values())


def config_spec(cls: type[Config]) -> tuple[str, str]:
    """What a worker process needs to find the config: (name, module)."""
    return cls.name, cls.__module__


for _info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
    importlib.import_module(f"{__name__}.{_info.name}")
