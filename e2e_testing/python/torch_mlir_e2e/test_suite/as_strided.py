"""as_strided (issue 17): it reads the storage of its input, so after a view it
sees the whole storage of the viewed tensor, at absolute offsets. Static and
dynamic shapes; the input is contiguous (a function argument), as the compiled
function receives it."""

import torch

from torch_mlir_e2e.registry import Arg, e2e_test


def _grid(tu):
    return (tu.randn(3, 4),)


@e2e_test(args=[Arg([3, 4])], inputs=_grid)
def as_strided_of_input(x):
    return torch.as_strided(x, (2, 2), (1, 2), 1)


@e2e_test(args=[Arg([3, 4])], inputs=_grid)
def as_strided_after_t(x):
    return torch.as_strided(x.t(), (2, 2), (1, 2), 1)


@e2e_test(args=[Arg([3, 4])], inputs=_grid)
def as_strided_after_transpose_permute(x):
    return torch.as_strided(x.unsqueeze(0).permute(2, 0, 1).transpose(0, 2), (3, 2), (2, 3), 2)


@e2e_test(args=[Arg([3, 4])], inputs=_grid)
def as_strided_after_narrow(x):
    return torch.as_strided(x.narrow(1, 1, 2), (2, 2), (1, 2), 1)


@e2e_test(args=[Arg([3, 4])], inputs=_grid)
def as_strided_after_select(x):
    return torch.as_strided(x[1], (2,), (2,), 0)


@e2e_test(args=[Arg([3, 4])], inputs=_grid)
def as_strided_after_slice_step(x):
    return torch.as_strided(x[:, ::2], (2, 2), (1, 3), 2)


@e2e_test(args=[Arg([3, 4])], inputs=_grid)
def as_strided_after_movedim_unfold_diagonal(x):
    a = torch.as_strided(x.movedim(0, 1), (2, 2), (1, 2), 1)
    b = torch.as_strided(x.unfold(1, 2, 1), (2, 2), (1, 3), 2)
    c = torch.as_strided(x.diagonal(), (2, 2), (1, 3), 2)
    return a, b, c


@e2e_test(args=[Arg([-1, 4])], inputs=_grid)
def as_strided_after_t_dynamic(x):
    return torch.as_strided(x.t(), (2, 3), (1, 4), 0)


@e2e_test(args=[Arg([3, 4])], inputs=_grid)
def as_strided_of_contiguous_copy(x):
    return torch.as_strided(x.t().contiguous(), (2, 2), (1, 2), 1)


@e2e_test(args=[Arg([3, 4])], inputs=_grid)
def as_strided_of_result_on_transposed_input(x):
    # eager lays `x.t() + 1` out like x.t() (strides (1, 4)): refused, never
    # answered from a contiguous layout
    return torch.as_strided(x.t() + 1, (2, 2), (1, 2), 1)
