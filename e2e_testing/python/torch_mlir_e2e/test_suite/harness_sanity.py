"""A few small tests of the harness's own plumbing across configs: dynamic
dims, broadcasting, parameters, tuple/list results, integer and bool
results, Python scalar arguments."""

import torch

from torch_mlir_e2e.registry import Arg, e2e_test


@e2e_test(args=[Arg([-1, -1]), Arg([-1])],
          inputs=lambda tu: (tu.rand(3, 4), tu.rand(4)))
def sanity_add_broadcast_dynamic(a, b):
    return a + b


@e2e_test(args=[Arg([4, 5]), Arg([5, 3])],
          inputs=lambda tu: (tu.randn(4, 5), tu.randn(5, 3)), atol=1e-5)
def sanity_matmul_static(a, b):
    return torch.mm(a, b)


@e2e_test(args=[Arg([-1, 8])], inputs=lambda tu: (tu.randn(5, 8),), atol=1e-5)
class SanityLinearRelu(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.linear = torch.nn.Linear(8, 6)

    def forward(self, x):
        return torch.relu(self.linear(x))


@e2e_test(args=[Arg([-1, 6])], inputs=lambda tu: (tu.randn(4, 6),))
def sanity_tuple_results(x):
    return x * 2.0, x.sum(dim=1), (x - 1.0,)


@e2e_test(args=[Arg([-1], torch.int64), Arg([-1], torch.int64)],
          inputs=lambda tu: (tu.randint(7, low=-50, high=50), tu.randint(7, low=1, high=9)))
def sanity_int64_arith(a, b):
    return a * b + a


@e2e_test(args=[Arg([3, -1]), Arg([3, -1])],
          inputs=lambda tu: (tu.randn(3, 5), tu.randn(3, 5)))
def sanity_compare_bool(a, b):
    return a > b


@e2e_test(args=[Arg([-1, 4]), Arg(None, float)],
          inputs=lambda tu: (tu.rand(2, 4), 0.5))
def sanity_scalar_arg(a, s: float):
    return a * s


@e2e_test(args=[Arg([2, 3, -1])], inputs=lambda tu: (tu.rand(2, 3, 4, low=-2.0, high=2.0),),
          atol=1e-5)
def sanity_reduce_mean(x):
    return x.mean(dim=(0, 2), keepdim=True)
