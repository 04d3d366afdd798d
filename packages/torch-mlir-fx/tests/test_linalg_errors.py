"""A singular (or not positive-definite) input to a linalg op eager checks is
a ValueError from the compiled call naming the op, never a wrong value:
torch.export's effectful `_linalg_check_errors` becomes a run-time assert."""

import pytest
import torch

import torch_mlir_fx
import torch_mlir_refbackend

SINGULAR = torch.tensor([[1.0, 2.0, 3.0], [2.0, 4.0, 6.0], [1.0, 0.0, 1.0]])
NOT_PD = torch.tensor([[1.0, 2.0, 0.0], [2.0, 1.0, 0.0], [0.0, 0.0, 1.0]])

CASES = {
    # name: (function, bad input, what ours says, what eager says)
    "linalg.inv": (torch.linalg.inv, SINGULAR, "singular", "singular"),
    "linalg.solve": (lambda a: torch.linalg.solve(a, a[:, :1]), SINGULAR, "singular",
                     "singular"),
    "linalg.lu_factor": (lambda a: torch.linalg.lu_factor(a)[0], SINGULAR, "singular",
                         r"U\[3,3\] is zero"),
    "linalg.cholesky": (torch.linalg.cholesky, NOT_PD, "not positive-definite",
                        "not positive-definite"),
    "torch.cholesky": (torch.cholesky, NOT_PD, "not positive-definite",
                       "not positive-definite"),
    "linalg.inv_batched": (torch.linalg.inv, torch.stack([torch.eye(3), SINGULAR]),
                           "singular", "singular"),
}


class Fn(torch.nn.Module):
    def __init__(self, fn):
        super().__init__()
        self.fn = fn

    def forward(self, a):
        return self.fn(a)


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_input_is_a_clean_error(name):
    fn, bad, why, eager_why = CASES[name]
    good = torch.eye(bad.shape[-1]).expand(bad.shape) * 2 + 0.1
    module = torch_mlir_fx.export_and_import(Fn(fn), good, output_type="linalg-on-tensors")
    compiled = torch_mlir_refbackend.compile(module)
    torch.testing.assert_close(compiled.main(good), fn(good))
    with pytest.raises(RuntimeError, match=eager_why):
        fn(bad)
    op = name.removesuffix("_batched")
    with pytest.raises(ValueError, match=f"{op}.*{why}"):
        compiled.main(bad)


def test_other_effects_are_a_clear_error():
    from torch._higher_order_ops.effects import _EffectType, _register_effectful_op

    lib = torch.library.Library("linalgfact_test", "DEF")  # noqa: TOR901
    lib.define("log_it(Tensor x) -> ()")
    lib.impl("log_it", lambda x: None, "CompositeExplicitAutograd")
    _register_effectful_op(torch.ops.linalgfact_test.log_it.default, _EffectType.ORDERED)

    def fn(a):
        torch.ops.linalgfact_test.log_it(a)
        return a + 1

    with pytest.raises(Exception, match="side-effecting op linalgfact_test.log_it"):
        torch_mlir_fx.export_and_import(Fn(fn), torch.ones(2), output_type="raw")


@pytest.mark.parametrize("fn", [torch.linalg.qr, torch.geqrf, torch.linalg.matrix_exp],
                         ids=["linalg_qr", "geqrf", "linalg_matrix_exp"])
def test_dynamic_matrix_size_is_a_located_error(fn):
    """The factorizations are unrolled for a static size: a symbolic one is
    an error naming the op, not a wrong program."""
    n = torch.export.Dim("n", min=2, max=8)
    with pytest.raises(Exception, match=fn.__name__.removeprefix("linalg_")):
        torch_mlir_fx.export_and_import(Fn(fn), torch.ones(4, 4), output_type="linalg-on-tensors",
                                        dynamic_shapes=({0: n, 1: n},))


class Bags(torch.nn.Module):
    def __init__(self, mode):
        super().__init__()
        self.mode = mode

    def forward(self, w, i, o):
        return torch.nn.functional.embedding_bag(i, w, o, mode=self.mode)


@pytest.mark.parametrize("mode", ["sum", "mean", "max"])
def test_embedding_bag_offsets_eager_rejects_are_an_error(mode):
    """Offsets eager rejects (first not 0, last past the end of the indices)
    are a run-time error of the compiled embedding bag, never a value."""
    w, i = torch.randn(10, 3), torch.tensor([1, 2, 4, 5])
    module = torch_mlir_fx.export_and_import(Bags(mode), w, i, torch.tensor([0, 2]),
                                             output_type="linalg-on-tensors")
    compiled = torch_mlir_refbackend.compile(module)
    for good in ([0, 2], [0, 4], [0, 0]):
        o = torch.tensor(good)
        torch.testing.assert_close(compiled.main(w, i, o), Bags(mode)(w, i, o))
    for bad in ([1, 2], [0, 7]):
        o = torch.tensor(bad)
        with pytest.raises(RuntimeError):
            Bags(mode)(w, i, o)
        with pytest.raises(ValueError, match="index out of range"):
            compiled.main(w, i, o)
