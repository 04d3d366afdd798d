"""Test definition: a test is an `nn.Module` (or a function, wrapped in one)
plus a generator of inputs, registered under a unique name.

    from torch_mlir_e2e.registry import Arg, e2e_test

    @e2e_test(args=[Arg([-1, 4]), Arg([4])],
              inputs=lambda tu: (tu.rand(3, 4), tu.rand(4)))
    def add_broadcast(a, b):
        return a + b

    @e2e_test(args=[Arg([2, 3, 8, 8])], inputs=lambda tu: (tu.rand(2, 3, 8, 8),),
              atol=1e-4)
    class SmallCnn(torch.nn.Module):
        ...

`Arg(shape, dtype)` annotates one positional argument: its rank, its static
dims, `-1` for a dim that must be compiled as dynamic, and its dtype (a
Python scalar argument is `Arg(None, int)` / `Arg(None, float)`). The inputs
function gets a `TestUtils` (seeded random tensors) and returns the argument
tuple; the harness calls it once for the golden (eager) run and the same
values go to the config under test.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Callable

import torch

__all__ = ["Arg", "TestUtils", "E2ETest", "FunctionModule", "e2e_test", "all_tests", "get_test",
           "F32", "F64", "F16", "BF16", "C64", "C128", "I64", "I32", "I16", "I8", "U8", "BOOL"]

# Short dtype names for the test suite's Arg specs (`Arg([3, 4], F64)`).
F32, F64, F16, BF16 = torch.float32, torch.float64, torch.float16, torch.bfloat16
C64, C128 = torch.complex64, torch.complex128
I64, I32, I16, I8, U8, BOOL = (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8,
                               torch.bool)


@dataclasses.dataclass(frozen=True)
class Arg:
    """shape: list of dims (-1 = dynamic), or None for a Python scalar."""
    shape: list[int] | None
    dtype: Any = torch.float32

    @property
    def dynamic_dims(self) -> list[int]:
        return [i for i, d in enumerate(self.shape or []) if d == -1]


def _size(shape: tuple) -> tuple:
    """`rand(2, 3)`, `rand((2, 3))` and `rand()` (0-d) all work."""
    if len(shape) == 1 and isinstance(shape[0], (tuple, list, torch.Size)):
        return tuple(shape[0])
    return tuple(shape)


class TestUtils:
    """Deterministic input builders (one seeded generator per test)."""

    def __init__(self, seed: int = 0):
        self.gen = torch.Generator().manual_seed(seed)

    def rand(self, *shape, low: float = 0.0, high: float = 1.0,
             dtype=torch.float32) -> torch.Tensor:
        t = torch.rand(_size(shape), generator=self.gen, dtype=torch.float64)
        return (low + (high - low) * t).to(dtype)

    def randn(self, *shape, dtype=torch.float32) -> torch.Tensor:
        """Standard normal; a complex dtype draws both parts (variance 1/2 each)."""
        wide = torch.complex128 if dtype.is_complex else torch.float64
        return torch.randn(_size(shape), generator=self.gen, dtype=wide).to(dtype)

    def randint(self, *shape, low: int = 0, high: int = 10,
                dtype=torch.int64) -> torch.Tensor:
        return torch.randint(low, high, _size(shape), generator=self.gen,
                             dtype=torch.int64).to(dtype)

    def randbool(self, *shape) -> torch.Tensor:
        return torch.rand(_size(shape), generator=self.gen) > 0.5


class FunctionModule(torch.nn.Module):
    """A plain function as a module: `forward(*args)` calls it (tests written
    as functions, and the configs and fuzz cases that wrap one)."""

    def __init__(self, fn):
        super().__init__()
        self.fn = fn

    def forward(self, *args):
        return self.fn(*args)


@dataclasses.dataclass
class E2ETest:
    name: str
    module_factory: Callable[[], torch.nn.Module]
    args: list[Arg]
    inputs: Callable[[TestUtils], tuple]
    rtol: float = 1e-5
    atol: float = 1e-5
    seed: int = 0
    file: str = ""

    def make_module(self) -> torch.nn.Module:
        torch.manual_seed(self.seed)  # parameters are deterministic too
        module = self.module_factory()
        return module.eval()

    def make_inputs(self) -> tuple:
        args = self.inputs(TestUtils(self.seed))
        return tuple(args) if isinstance(args, (tuple, list)) else (args,)


_REGISTRY: dict[str, E2ETest] = {}


def e2e_test(*, args: list[Arg], inputs: Callable[[TestUtils], tuple],
             name: str | None = None, rtol: float = 1e-5, atol: float = 1e-5,
             seed: int = 0):
    """Registers the decorated nn.Module subclass (constructed with no
    arguments) or function as a test named `name` (default: its own name)."""

    def register(obj):
        test_name = name or obj.__name__
        if test_name in _REGISTRY:
            raise ValueError(f"duplicate e2e test name '{test_name}' "
                             f"({_REGISTRY[test_name].file} and {obj.__module__})")
        if isinstance(obj, type) and issubclass(obj, torch.nn.Module):
            factory = obj
        elif callable(obj):
            def factory(fn=obj):
                return FunctionModule(fn)
        else:
            raise TypeError(f"@e2e_test needs an nn.Module class or a function, not {obj!r}")
        _REGISTRY[test_name] = E2ETest(test_name, factory, list(args), inputs,
                                       rtol=rtol, atol=atol, seed=seed, file=obj.__module__)
        return obj

    return register


def all_tests() -> list[E2ETest]:
    """Every registered test (importing the test suite first), sorted by name."""
    from . import test_suite  # noqa: F401 (registers on import)

    return sorted(_REGISTRY.values(), key=lambda t: t.name)


def get_test(name: str) -> E2ETest:
    all_tests()
    return _REGISTRY[name]
