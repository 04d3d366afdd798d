"""softmax / log_softmax over every kind of dim (first, middle, last,
negative), static and dynamic shapes, large inputs (needs the max-subtracting
form), dtype= and float64, and the nn.Softmax / nn.LogSoftmax modules."""

import torch
import torch.nn.functional as F

from torch_mlir_e2e.registry import F64, Arg, e2e_test


_TOL = dict(rtol=1e-4, atol=1e-5)


@e2e_test(args=[Arg([3, 7])], inputs=lambda tu: (tu.randn(3, 7),), **_TOL)
def softmax_last_dim_static(x):
    return torch.softmax(x, dim=-1)


@e2e_test(args=[Arg([-1, -1])], inputs=lambda tu: (tu.randn(4, 9),), **_TOL)
def softmax_last_dim_dynamic(x):
    return F.softmax(x, dim=1)


@e2e_test(args=[Arg([-1, 5])], inputs=lambda tu: (tu.randn(6, 5),), **_TOL)
def softmax_dim0_dynamic(x):
    return x.softmax(0)


@e2e_test(args=[Arg([2, -1, 4])], inputs=lambda tu: (tu.randn(2, 6, 4),), **_TOL)
def softmax_middle_dim_dynamic(x):
    return torch.softmax(x, dim=1)


@e2e_test(args=[Arg([2, 3, 4, 5])], inputs=lambda tu: (tu.randn(2, 3, 4, 5),), **_TOL)
def softmax_negative_dim(x):
    return torch.softmax(x, dim=-3)


@e2e_test(args=[Arg([-1, 2, -1, -1])], inputs=lambda tu: (tu.randn(2, 2, 5, 5),), **_TOL)
def softmax_attention_scores(x):
    return torch.softmax(x / 8.0, dim=-1)


@e2e_test(args=[Arg([3, 6])], inputs=lambda tu: (tu.rand(3, 6, low=-100, high=100),), **_TOL)
def softmax_large_values(x):
    return torch.softmax(x, dim=1)


@e2e_test(args=[Arg([-1, 6])], inputs=lambda tu: (tu.randn(4, 6),))
def softmax_dtype_f64(x):
    return F.softmax(x, dim=-1, dtype=F64)


@e2e_test(args=[Arg([-1, 7], F64)], inputs=lambda tu: (tu.randn(3, 7, dtype=F64),))
def softmax_f64(x):
    return torch.softmax(x, -1)


@e2e_test(args=[Arg([4])], inputs=lambda tu: (tu.randn(4),), **_TOL)
def softmax_1d(x):
    return torch.softmax(x, 0)


@e2e_test(args=[Arg([3, 7])], inputs=lambda tu: (tu.randn(3, 7),), **_TOL)
def softmax_log_last_dim_static(x):
    return torch.log_softmax(x, dim=-1)


@e2e_test(args=[Arg([-1, -1])], inputs=lambda tu: (tu.randn(5, 8),), **_TOL)
def softmax_log_dynamic(x):
    return F.log_softmax(x, dim=1)


@e2e_test(args=[Arg([-1, 4, -1])], inputs=lambda tu: (tu.randn(3, 4, 5),), **_TOL)
def softmax_log_dim0_dynamic(x):
    return x.log_softmax(0)


@e2e_test(args=[Arg([2, 3, 4])], inputs=lambda tu: (tu.randn(2, 3, 4),), **_TOL)
def softmax_log_negative_middle_dim(x):
    return torch.log_softmax(x, dim=-2)


@e2e_test(args=[Arg([3, 6])], inputs=lambda tu: (tu.rand(3, 6, low=-100, high=100),),
          rtol=1e-4, atol=1e-4)
def softmax_log_large_values(x):
    return F.log_softmax(x, dim=1)


@e2e_test(args=[Arg([-1, 5], F64)], inputs=lambda tu: (tu.randn(4, 5, dtype=F64),))
def softmax_log_f64(x):
    return torch.log_softmax(x, dim=-1)


@e2e_test(args=[Arg([-1, 3, 4])], inputs=lambda tu: (tu.randn(2, 3, 4),), **_TOL)
class softmax_module(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.softmax = torch.nn.Softmax(dim=1)

    def forward(self, x):
        return self.softmax(x)


@e2e_test(args=[Arg([-1, -1])], inputs=lambda tu: (tu.randn(4, 6),), **_TOL)
class softmax_log_module(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.log_softmax = torch.nn.LogSoftmax(dim=-1)

    def forward(self, x):
        return self.log_softmax(x)
