"""Control flow: torch.cond (torch.prim.If -> scf.if) and while_loop
(torch.prim.Loop -> scf.while) lowered to linalg-on-tensors, run on the
reference backend and compared with torch eager for every path."""

import pytest
import torch
from test_elementwise import f32, run


def _cond(flag, x, y):
    return torch.cond(flag > 0, lambda a, b: torch.sin(a) + b, lambda a, b: a * b - 1.0, (x, y))


@pytest.mark.parametrize("flag", [1.0, -1.0], ids=["then", "else"])
def test_cond(flag):
    module = run(_cond, torch.tensor(flag), f32(3, 4), f32(4))
    assert "scf.if" in str(module)


@pytest.mark.parametrize("flag", [1.0, -1.0], ids=["then", "else"])
def test_cond_dynamic(flag):
    run(_cond, torch.tensor(flag), f32(3, 4), f32(3, 4),
        dynamic={1: {0: "n", 1: "m"}, 2: {0: "n", 1: "m"}})


def _cond_two_results(flag, x):
    def then(a):
        return torch.exp(a), (a > 0).to(torch.int32)

    def other(a):
        return -a, (a < 0).to(torch.int32)
    return torch.cond(flag, then, other, (x,))


@pytest.mark.parametrize("flag", [True, False], ids=["then", "else"])
def test_cond_bool_pred_two_results(flag):
    run(_cond_two_results, torch.tensor(flag), f32(5))


def _nested(flag, x):
    def outer_then(a):
        return torch.cond(a.shape[0] > 3, lambda b: b * 2.0, lambda b: b + 2.0, (a,))
    return torch.cond(flag > 0, outer_then, lambda a: torch.cos(a), (x,))


@pytest.mark.parametrize("flag", [1.0, -1.0], ids=["then", "else"])
def test_cond_nested_and_static_pred(flag):
    run(_nested, torch.tensor(flag), f32(5))


def _while(limit, x):
    def cond_fn(i, t):
        return i < limit

    def body_fn(i, t):
        return i + 1, t * 2.0 - 0.5
    return torch._higher_order_ops.while_loop(cond_fn, body_fn, (torch.tensor(0), x))


@pytest.mark.parametrize("trips", [0, 1, 5])
def test_while_loop(trips):
    module = run(_while, torch.tensor(trips), f32(3))
    assert "scf.while" in str(module)


def test_while_loop_dynamic():
    run(_while, torch.tensor(3), f32(4, 2), dynamic={1: [0]})


# --- loops written in the Torch dialect (TorchScript `for` loops; bounded while) ----

_FOR_LOOP = """
func.func @main(%n: !torch.int, %x: !torch.vtensor<[?],f32>) -> (!torch.vtensor<[?],f32>, !torch.int) {
  %true = torch.constant.bool true
  %int1 = torch.constant.int 1
  %int0 = torch.constant.int 0
  %0:2 = torch.prim.Loop %n, %true, init(%x, %int0) {
  ^bb0(%i: !torch.int, %acc: !torch.vtensor<[?],f32>, %s: !torch.int):
    %f = torch.aten.Float.Scalar %i : !torch.int -> !torch.float
    %1 = torch.aten.mul.Scalar %acc, %f : !torch.vtensor<[?],f32>, !torch.float -> !torch.vtensor<[?],f32>
    %2 = torch.aten.add.Scalar %1, %int1, %int1 : !torch.vtensor<[?],f32>, !torch.int, !torch.int -> !torch.vtensor<[?],f32>
    %3 = torch.aten.add.int %s, %i : !torch.int, !torch.int -> !torch.int
    torch.prim.Loop.condition %true, iter(%2, %3 : !torch.vtensor<[?],f32>, !torch.int)
  } : (!torch.int, !torch.bool, !torch.vtensor<[?],f32>, !torch.int) -> (!torch.vtensor<[?],f32>, !torch.int)
  return %0#0, %0#1 : !torch.vtensor<[?],f32>, !torch.int
}
"""  # noqa: E501

_BOUNDED_WHILE = """
func.func @main(%c: !torch.bool, %limit: !torch.int) -> (!torch.int, !torch.int) {
  %int5 = torch.constant.int 5
  %int1 = torch.constant.int 1
  %int3 = torch.constant.int 3
  %0:2 = torch.prim.Loop %int5, %c, init(%int1, %int1) {
  ^bb0(%i: !torch.int, %s: !torch.int, %t: !torch.int):
    %1 = torch.aten.mul.int %s, %int3 : !torch.int, !torch.int -> !torch.int
    %2 = torch.aten.add.int %t, %i : !torch.int, !torch.int -> !torch.int
    %3 = torch.aten.lt.int %1, %limit : !torch.int, !torch.int -> !torch.bool
    torch.prim.Loop.condition %3, iter(%1, %2 : !torch.int, !torch.int)
  } : (!torch.int, !torch.bool, !torch.int, !torch.int) -> (!torch.int, !torch.int)
  return %0#0, %0#1 : !torch.int, !torch.int
}
"""


def _compile_torch_ir(text, op):
    import torch_mlir_refbackend
    from harness import to_llvm

    from torch_mlir_core import ir as tir
    from torch_mlir_core.pipelines import lower

    with tir.Context():
        module = tir.Module.parse(text)
        lower(module, "linalg-on-tensors")
        lowered = str(module)
        assert op in lowered, lowered
        to_llvm(module)
    return torch_mlir_refbackend.compile(lowered)


@pytest.mark.parametrize("n", [0, 1, 4])
def test_for_loop(n):
    x = torch.tensor([1.0, -2.0, 0.5])
    want, s = x.clone(), 0
    for i in range(n):
        want, s = want * i + 1, s + i
    got, got_s = _compile_torch_ir(_FOR_LOOP, "scf.for").main(n, x)
    torch.testing.assert_close(got, want)
    assert got_s == s


@pytest.mark.parametrize("c,limit", [(True, 1000), (True, 10), (False, 1000)])
def test_bounded_while_loop(c, limit):
    s, t, i = 1, 1, 0
    go = c
    while go and i < 5:
        s, t = s * 3, t + i
        go = s < limit
        i += 1
    assert tuple(_compile_torch_ir(_BOUNDED_WHILE, "scf.while").main(c, limit)) == (s, t)
