"""A private test list and configs for testing the harness itself (not part
of the suite: the tests are in E2E_TESTS, not the global registry).

The `fixture-eager` config runs the module in torch but misbehaves on purpose
according to the test name's prefix:
  abort_*      os.abort() in compile        segv_*     segfault in compile
  exit_*       os._exit(3) in compile       hang_*     sleeps in compile
  raise_*      RuntimeError in compile      wrongdtype_*  result cast to float64
  wrongshape_* result unsqueezed            wrongvalue_*  result + 1
  wrongstruct_* result wrapped in a tuple   scalarwrong_* Python int instead of float
  nomutate_*   runs on copies of the inputs and of the module (no mutation reaches them)
  wrongmutate_* adds 1 to the first input after the run
"""

import copy
import ctypes
import os
import time

import torch

from torch_mlir_e2e.configs import Config, register_config
from torch_mlir_e2e.registry import Arg, E2ETest, FunctionModule


def _fn_factory(fn):
    def factory():
        return FunctionModule(fn)

    return factory


def _add(a, b):
    return a + b


def _halfsum(a):
    return float(a.sum()) * 0.5


def _make(name, fn=_add, args=None, inputs=None, **kw):
    args = args if args is not None else [Arg([-1, 3]), Arg([-1, 3])]
    inputs = inputs or (lambda tu: (tu.rand(4, 3), tu.rand(4, 3)))
    return E2ETest(name, _fn_factory(fn), args, inputs, file=__name__, **kw)


def _add_inplace(a, b):
    a.add_(b)
    return a * 2


class _RunningSum(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer("total", torch.zeros(3))

    def forward(self, x):
        self.total.add_(x.sum(0))
        return x + 1


def _buffer_test(name):
    return E2ETest(name, _RunningSum, [Arg([-1, 3])], lambda tu: (tu.rand(4, 3),),
                   file=__name__)


E2E_TESTS = [
    _make("ok_add"),
    _make("okmutate_add_", fn=_add_inplace),
    _make("nomutate_add_", fn=_add_inplace),
    _make("wrongmutate_add_", fn=_add_inplace),
    _buffer_test("okmutate_buffer"),
    _buffer_test("nomutate_buffer"),
    _make("ok_add2"),
    _make("abort_in_compile"),
    _make("after_abort_ok"),
    _make("segv_in_compile"),
    _make("exit_in_compile"),
    _make("hang_in_compile"),
    _make("raise_in_compile"),
    _make("wrongdtype_add"),
    _make("wrongshape_add"),
    _make("wrongvalue_add"),
    _make("wrongstruct_add"),
    _make("scalarwrong_halfsum", fn=_halfsum, args=[Arg([-1])],
          inputs=lambda tu: (tu.rand(6),)),
    _make("ok_scalar_halfsum", fn=_halfsum, args=[Arg([-1])],
          inputs=lambda tu: (tu.rand(6),)),
    _make("xfail_raise_listed"),       # raise_ behaviour via the name check below
    _make("xpass_ok_listed"),
    _make("crash_listed_abort"),
    _make("crash_listed_but_raises"),
]

_BEHAVIOUR = {
    "xfail_raise_listed": "raise_",
    "crash_listed_abort": "abort_",
    "crash_listed_but_raises": "raise_",
}


def _prefix(name):
    return _BEHAVIOUR.get(name, name.split("_", 1)[0] + "_")


@register_config
class FixtureEagerConfig(Config):
    name = "fixture-eager"

    def compile(self, test, module, inputs):
        p = _prefix(test.name)
        if p == "abort_":
            os.abort()
        if p == "segv_":
            ctypes.string_at(0)
        if p == "exit_":
            os._exit(3)
        if p == "hang_":
            time.sleep(600)
        if p == "raise_":
            raise RuntimeError(f"boom in compile of {test.name}\nsecond line of the error")
        return (p, module)

    def run(self, artifact, inputs):
        p, module = artifact
        if p == "nomutate_":
            module = copy.deepcopy(module)
            inputs = [x.clone() for x in inputs]
        with torch.no_grad():
            out = module(*inputs)
        if p == "wrongmutate_":
            inputs[0].add_(1)
        if p == "wrongdtype_":
            return out.to(torch.float64)
        if p == "wrongshape_":
            return out.unsqueeze(0)
        if p == "wrongvalue_":
            return out + 1
        if p == "wrongstruct_":
            return (out, out)
        if p == "scalarwrong_":
            return int(out)
        return out


@register_config
class FixtureUnavailableConfig(Config):
    name = "fixture-unavailable"
    required_modules = ("no_such_package_for_e2e_tests",)

    def compile(self, test, module, inputs):
        raise AssertionError("an unavailable config must never compile")

    def run(self, artifact, inputs):
        raise AssertionError("an unavailable config must never run")


XFAIL_SETS = {
    "fixture-eager": {
        "xfail_raise_listed": "raises on purpose",
        "xpass_ok_listed": "listed but passes: must be reported as XPASS",
    },
}
CRASHING_SETS = {
    "fixture-eager": {
        "crash_listed_abort": "aborts on purpose",
        "crash_listed_but_raises": "listed as crashing but only raises",
    },
}
