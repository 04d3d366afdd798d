"""Tests generated from PyTorch's own op database (`op_db` of
`torch.testing._internal.common_methods_invocations`).

One test per (OpInfo, dtype, sample): the module calls the OpInfo's function
variant with the sample's non-tensor arguments as constants; every tensor of
the sample (input, args, kwargs, also inside lists) is an argument of
`forward`, with static shapes. Samples are made with every random generator
seeded, so a worker process regenerates exactly the sample the test names.

Comparison: the OpInfo's tolerances (see `tolerances.py`); outputs the
OpInfo marks as non-comparable (random ops, `empty*`) are compared on
structure, dtype and shape only.
"""

from __future__ import annotations

import functools
import itertools
import random

import torch

from ..registry import E2ETest
from . import tolerances
from .names import DTYPE_NAMES, parse_name, test_name

__all__ = ["OpInfoTest", "ops", "op_key", "opinfo_tests", "find_test", "is_known_name",
           "warm_up"]

DTYPES = {name: getattr(torch, name) for name in DTYPE_NAMES}


def op_key(op) -> str:
    return f"{op.name}.{op.variant_test_name or 'default'}"


@functools.lru_cache(maxsize=1)
def ops() -> dict:
    """{key: OpInfo} for every OpInfo of op_db (needs `expecttest`)."""
    try:
        from torch.testing._internal.common_methods_invocations import op_db
    except ImportError as e:
        raise RuntimeError(f"the OpInfo suite needs torch's test database, which failed to "
                           f"import ({e}); is `expecttest` installed "
                           f"(build_tools/requirements-dev.txt)?") from None
    return {op_key(op): op for op in op_db}


def warm_up():
    """Worker start-up (not counted against a test's timeout): import op_db."""
    ops()


def _seed():
    torch.manual_seed(0)
    random.seed(0)
    try:
        import numpy

        numpy.random.seed(0)
    except ImportError:  # pragma: no cover - numpy is a dependency
        pass


_SAMPLES: dict[tuple[str, str], list] = {}


def samples(key: str, dtype: str, count: int | None) -> list:
    """The first `count` (None: all) samples of OpInfo `key` at `dtype`,
    generated with every random generator seeded (cached per process)."""
    cached = _SAMPLES.get((key, dtype))
    if cached is not None and (count is not None and len(cached) >= count
                               or cached and cached[-1] is _END):
        return [s for s in cached[:count] if s is not _END]
    _seed()
    gen = ops()[key].sample_inputs("cpu", DTYPES[dtype], requires_grad=False)
    got = list(itertools.islice(gen, count)) if count is not None else list(gen)
    complete = count is None or len(got) < count
    _SAMPLES[(key, dtype)] = got + ([_END] if complete else [])
    return got


_END = object()  # marks a cached sample list as complete


def _supported(op, dtype: str) -> bool:
    return DTYPES[dtype] in op.supported_dtypes("cpu")


class _OpModule(torch.nn.Module):
    """Calls `fn(input, *args, **kwargs)` of a sample, its tensors replaced by
    the arguments of `forward`."""

    def __init__(self, fn, leaves: list, tensor_positions: list[int], spec):
        super().__init__()
        self.fn = fn
        self.leaves = leaves
        self.tensor_positions = tensor_positions
        self.spec = spec

    def forward(self, *tensors):
        from torch.utils import _pytree as pytree

        leaves = list(self.leaves)
        for pos, t in zip(self.tensor_positions, tensors):
            leaves[pos] = t
        inp, args, kwargs = pytree.tree_unflatten(leaves, self.spec)
        return self.fn(inp, *args, **kwargs)


class _SeededOpsSeen(torch.utils._python_dispatch.TorchDispatchMode):
    """Records whether an ATen op tagged `nondeterministic_seeded` ran."""

    seen = False

    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        if torch.Tag.nondeterministic_seeded in getattr(func, "tags", ()):
            self.seen = True
        return func(*args, **(kwargs or {}))


class OpInfoTest(E2ETest):
    """One sample of one OpInfo at one dtype (see `names.py` for the name)."""

    def __init__(self, key: str, dtype: str, index: int):
        op = ops()[key]
        rtol, atol = tolerances.tolerances(op, DTYPES[dtype])
        super().__init__(name=test_name(key, dtype, index), module_factory=self._factory,
                         args=None, inputs=None, rtol=rtol, atol=atol, file=__name__)
        self.key, self.dtype, self.index = key, dtype, index
        self.values_comparable = tolerances.values_comparable(op)

    def _sample(self):
        got = samples(self.key, self.dtype, self.index + 1)
        if len(got) <= self.index:
            raise LookupError(f"OpInfo '{self.key}' has only {len(got)} {self.dtype} "
                              f"sample(s), not {self.index + 1}")
        return got[self.index]

    def _flat(self):
        from torch.utils import _pytree as pytree

        s = self._sample()
        leaves, spec = pytree.tree_flatten((s.input, tuple(s.args), dict(s.kwargs)))
        positions = [i for i, v in enumerate(leaves) if isinstance(v, torch.Tensor)]
        return leaves, positions, spec

    def _factory(self):
        leaves, positions, spec = self._flat()
        constants = [None if i in positions else v for i, v in enumerate(leaves)]
        return _OpModule(ops()[self.key].op, constants, positions, spec)

    def make_module(self):
        _seed()
        return self._factory().eval()

    def make_inputs(self) -> tuple:
        from ..registry import Arg

        leaves, positions, _ = self._flat()
        tensors = tuple(leaves[i].detach().clone() for i in positions)
        self.args = [Arg(list(t.shape), t.dtype) for t in tensors]
        return tensors

    def golden_outputs(self):
        """The eager outputs; a sample that runs a random op is compared on
        structure, dtype and shape only."""
        inputs = self.make_inputs()
        module = self.make_module()
        mode = _SeededOpsSeen()
        with torch.no_grad(), mode:
            out = module(*inputs)
        if mode.seen:
            self.values_comparable = False
        return out

    def __repr__(self):
        return f"OpInfoTest({self.name!r})"


def opinfo_tests(samples_per_op: int | None, dtypes, keys=None) -> list[OpInfoTest]:
    """Tests for the first `samples_per_op` samples (None: all) of every
    OpInfo (or of `keys`) at each of `dtypes` (names) it supports on the CPU;
    float32 first."""
    out = []
    wanted = [d for d in DTYPE_NAMES if d in set(dtypes)]
    for key, op in ops().items():
        if keys is not None and key not in keys:
            continue
        for dtype in wanted:
            if not _supported(op, dtype):
                continue
            try:
                n = len(samples(key, dtype, samples_per_op))
            except Exception:  # noqa: BLE001 - an OpInfo that cannot make samples here
                continue
            out += [OpInfoTest(key, dtype, i) for i in range(n)]
            _SAMPLES.pop((key, dtype), None)  # the workers regenerate them
    return sorted(out, key=lambda t: t.name)


def find_test(name: str) -> OpInfoTest:
    """The test named `name` (for a worker process)."""
    parsed = parse_name(name)
    if parsed is None or parsed[0] not in ops():
        raise LookupError(f"'{name}' is not an OpInfo test name")
    return OpInfoTest(*parsed)


def is_known_name(name: str, check_ops: bool = True) -> bool:
    """Whether `name` can name an OpInfo test (its OpInfo exists and supports
    the dtype); the sample index is not checked."""
    parsed = parse_name(name)
    if parsed is None:
        return False
    if not check_ops:
        return True
    op = ops().get(parsed[0])
    return op is not None and _supported(op, parsed[1])
