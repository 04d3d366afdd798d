"""Where eager's answer cannot be reproduced (an index among ties picked by
an unstable sort) or eager raises (histc's range not finite), the compiled
call fails with an error naming the op, never another value."""

import pytest
import torch

import torch_mlir_fx
import torch_mlir_refbackend

NAN = float("nan")

CASES = {
    # name: (function, good input, bad input, message of ours)
    "mode_tie_in_long_row": (
        lambda x: torch.mode(x), torch.arange(20.0), torch.ones(20), "mode: .*repeats"),
    "mode_nan": (
        lambda x: torch.mode(x), torch.tensor([1.0, 2.0, 2.0]), torch.tensor([1.0, NAN, 2.0]),
        "mode: a row holds NaN"),
    "nanmedian_tie_in_long_row": (
        lambda x: torch.nanmedian(x, 0), torch.arange(6.0), torch.tensor([1.0, 2, 2, 3, NAN, 9]),
        "nanmedian: .*equal element"),
    "median_dim_index_tie": (
        lambda x: torch.median(x, 1), torch.randn(2, 8),
        torch.tensor([[3.0, 1, 2, 1, 5, 1, 7, 1]] * 2), "median: .*equal element"),
    "kthvalue_index_tie": (
        lambda x: torch.kthvalue(x, 1, 1), torch.randn(2, 8),
        torch.tensor([[3.0, 1, 2, 1, 5, 1, 7, 1]] * 2), "kthvalue: .*equal element"),
    "histc_nan_data": (
        lambda x: torch.histc(x, bins=3), torch.arange(6.0), torch.tensor([1.0, NAN, 2, 3, 4, 5]),
        "histc: range .* not finite"),
}


class Fn(torch.nn.Module):
    def __init__(self, fn):
        super().__init__()
        self.fn = fn

    def forward(self, *args):
        return self.fn(*args)


def _compiled(fn, *good):
    """fn compiled for the shapes of `good`, checked on it."""
    module = torch_mlir_fx.export_and_import(Fn(fn), *good, output_type="linalg-on-tensors")
    compiled = torch_mlir_refbackend.compile(module)
    torch.testing.assert_close(compiled.main(*good), fn(*good))
    return compiled


@pytest.mark.parametrize("name", sorted(CASES))
def test_unreproducible_or_bad_input_is_a_clear_error(name):
    fn, good, bad, why = CASES[name]
    compiled = _compiled(fn, good)
    with pytest.raises(ValueError, match=why):
        compiled.main(bad)


def test_median_values_alone_are_exact_on_ties():
    """No index used: no tie check (values are the same whatever the index)."""
    x = torch.tensor([[3.0, 1, 2, 1, 5, 1, 7, 1]] * 2)
    f = _compiled(lambda t: torch.median(t, 1).values * 2, x)
    torch.testing.assert_close(f.main(x), torch.median(x, 1).values * 2)


def test_segment_reduce_bad_lengths_fail():
    def fn(x, lengths):
        return torch.segment_reduce(x, "sum", lengths=lengths)

    x = torch.arange(5.0)
    compiled = _compiled(fn, x, torch.tensor([2, 3]))
    with pytest.raises(RuntimeError):
        fn(x, torch.tensor([2, 2]))
    with pytest.raises(ValueError):
        compiled.main(x, torch.tensor([2, 2]))
