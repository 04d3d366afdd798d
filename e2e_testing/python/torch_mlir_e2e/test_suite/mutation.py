"""Mutation of user inputs and buffers (issue 17): in-place ops on function
arguments (`copy_`, `fill_`, `zero_`, `add_`, `index_put_`, `out=`, slice
assignment) and buffers updated in `forward` (BatchNorm's running stats in
training mode). The harness compares the inputs (and the buffers eager
changed) after the call with what eager left in them, so a missing or wrong
mutation fails. Static and dynamic shapes."""

import torch

from torch_mlir_e2e.registry import I64, Arg, e2e_test


@e2e_test(args=[Arg([3, 4]), Arg([3, 4])], inputs=lambda tu: (tu.randn(3, 4), tu.randn(3, 4)))
def mutation_copy_(x, y):
    x.copy_(y)
    return y * 2


@e2e_test(args=[Arg([-1, -1]), Arg([-1, -1])],
          inputs=lambda tu: (tu.randn(3, 4), tu.randn(3, 4)))
def mutation_copy_dynamic(x, y):
    x.copy_(y * 3)
    return y + 1


@e2e_test(args=[Arg([3, 4]), Arg([4], I64)],
          inputs=lambda tu: (tu.randn(3, 4), tu.randint(4, high=100)))
def mutation_copy_broadcast_cast(x, y):
    # copy_ broadcasts and converts the dtype, as eager does.
    x.copy_(y)
    return x.sum()


@e2e_test(args=[Arg([2, 5])], inputs=lambda tu: (tu.randn(2, 5),))
def mutation_fill_(x):
    x.fill_(1.5)
    return x + 1


@e2e_test(args=[Arg([-1, 5])], inputs=lambda tu: (tu.randn(4, 5),))
def mutation_fill_dynamic(x):
    x.fill_(-2.0)
    return x * x


@e2e_test(args=[Arg([3, 3])], inputs=lambda tu: (tu.randn(3, 3),))
def mutation_zero_(x):
    y = x * 2  # read before the write: the old contents
    x.zero_()
    return y


@e2e_test(args=[Arg([-1]), Arg([-1])], inputs=lambda tu: (tu.randn(6), tu.randn(6)))
def mutation_zero_dynamic(x, y):
    x.zero_()
    return x + y


@e2e_test(args=[Arg([3, 4]), Arg([3, 4])], inputs=lambda tu: (tu.randn(3, 4), tu.randn(3, 4)))
def mutation_add_(x, y):
    x.add_(y)
    return x * 2  # a read after the write: the new contents


@e2e_test(args=[Arg([-1, 4]), Arg([-1, 4])],
          inputs=lambda tu: (tu.randn(5, 4), tu.randn(5, 4)))
def mutation_add_dynamic(x, y):
    x.add_(y, alpha=2.0)
    x.mul_(y)
    return x.sum(0)


@e2e_test(args=[Arg([3, 4]), Arg([3, 4])], inputs=lambda tu: (tu.randn(3, 4), tu.randn(3, 4)))
def mutation_two_inputs(x, y):
    # Both inputs mutated; nothing returned but a scalar tensor.
    x.add_(1.0)
    y.mul_(x)
    return (x + y).sum()


@e2e_test(args=[Arg([3, 4]), Arg([3, 4])], inputs=lambda tu: (tu.randn(3, 4), tu.randn(3, 4)))
def mutation_returns_other_input(x, y):
    # The mutation is the program's only computation; it returns an input.
    x.sub_(0.25)
    return y


@e2e_test(args=[Arg([5, 3]), Arg([2], I64), Arg([2, 3])],
          inputs=lambda tu: (tu.randn(5, 3), torch.tensor([4, 1]), tu.randn(2, 3)))
def mutation_index_put_(x, idx, v):
    x.index_put_((idx,), v)
    return x.sum(1)


@e2e_test(args=[Arg([-1, 3]), Arg([2], I64), Arg([2, 3])],
          inputs=lambda tu: (tu.randn(6, 3), torch.tensor([0, 5]), tu.randn(2, 3)))
def mutation_index_put_accumulate_dynamic(x, idx, v):
    x.index_put_((idx,), v, accumulate=True)
    return x


@e2e_test(args=[Arg([6])], inputs=lambda tu: (tu.randn(6),))
def mutation_arange_out(x):
    torch.arange(0.0, 3.0, 0.5, out=x)
    return x * 2


@e2e_test(args=[Arg([4], I64)], inputs=lambda tu: (tu.randint(4),))
def mutation_arange_out_int(x):
    torch.arange(4, out=x)
    return x + 1


@e2e_test(args=[Arg([3, 5]), Arg([3, 4])], inputs=lambda tu: (tu.randn(3, 5), tu.randn(3, 4)))
def mutation_slice_assign(x, y):
    x[:, 1:] = y
    return x.sum()


@e2e_test(args=[Arg([-1, 5]), Arg([-1, 2])],
          inputs=lambda tu: (tu.randn(4, 5), tu.randn(4, 2)))
def mutation_slice_assign_dynamic(x, y):
    x[:, 1:5:2] = y
    return x


@e2e_test(args=[Arg([4, 3])], inputs=lambda tu: (tu.randn(4, 3),))
def mutation_select_assign(x):
    x[2] = 7.0
    x[:, 0] += 1.0
    return x.mean()


@e2e_test(args=[Arg([3, 4]), Arg([3, 4])], inputs=lambda tu: (tu.randn(3, 4), tu.randn(3, 4)))
def mutation_input_returned(x, y):
    # The mutated input is also the result (eager returns x itself).
    return x.mul_(y)


class _TrainModeBatchNorm(torch.nn.Module):
    """Stays in training mode (the harness puts modules in eval mode)."""

    def train(self, mode: bool = True):
        return super().train(True)


@e2e_test(args=[Arg([4, 3])], inputs=lambda tu: (tu.randn(4, 3),))
class mutation_batchnorm1d_train(_TrainModeBatchNorm):
    def __init__(self):
        super().__init__()
        self.bn = torch.nn.BatchNorm1d(3)

    def forward(self, x):
        return self.bn(x)


@e2e_test(args=[Arg([-1, 3, 4, 4])], inputs=lambda tu: (tu.randn(2, 3, 4, 4),), atol=1e-4)
class mutation_batchnorm2d_train_dynamic(_TrainModeBatchNorm):
    def __init__(self):
        super().__init__()
        self.conv = torch.nn.Conv2d(3, 3, 1)
        self.bn = torch.nn.BatchNorm2d(3, momentum=0.3)

    def forward(self, x):
        return torch.relu(self.bn(self.conv(x)))


@e2e_test(args=[Arg([2, 4])], inputs=lambda tu: (tu.randn(2, 4),))
class mutation_buffer_counter(torch.nn.Module):
    """A buffer updated in forward (a running sum), read after the update."""

    def __init__(self):
        super().__init__()
        self.register_buffer("total", torch.zeros(4))

    def forward(self, x):
        self.total.add_(x.sum(0))
        return x * self.total
