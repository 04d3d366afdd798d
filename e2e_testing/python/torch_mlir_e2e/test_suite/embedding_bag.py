"""nn.EmbeddingBag / F.embedding_bag (`_embedding_bag_forward_only`,
`_embedding_bag`): sum, mean and max bags, empty bags, padding_idx,
per_sample_weights, include_last_offset, 2-D input, and the auxiliary
results (offset2bag, bag_size, max_indices) read directly
(torch_mlir_core.passes.embedding_bag_decompositions)."""

import torch
import torch.nn.functional as F

from torch_mlir_e2e.registry import I64, Arg, e2e_test

_INDICES = [1, 2, 4, 5, 4, 3, 2, 9, 0, 7]
_OFFSETS = [0, 4, 4, 7]  # bag 1 is empty


def _bags(tu):
    return torch.tensor(_INDICES), torch.tensor(_OFFSETS)


class EmbeddingBagModes(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.sum = torch.nn.EmbeddingBag(10, 6, mode="sum")
        self.mean = torch.nn.EmbeddingBag(10, 6, mode="mean")
        self.max = torch.nn.EmbeddingBag(10, 6, mode="max")

    def forward(self, indices, offsets):
        return (self.sum(indices, offsets), self.mean(indices, offsets),
                self.max(indices, offsets))


e2e_test(args=[Arg([10], I64), Arg([4], I64)], inputs=_bags,
         name="embedding_bag_modes")(EmbeddingBagModes)


@e2e_test(args=[Arg([10, 5]), Arg([10], I64), Arg([4], I64), Arg([10])],
          inputs=lambda tu: (tu.randn(10, 5), *_bags(tu), tu.rand(10)))
def embedding_bag_padding_weights(weight, indices, offsets, psw):
    return (F.embedding_bag(indices, weight, offsets, mode="sum", per_sample_weights=psw),
            F.embedding_bag(indices, weight, offsets, mode="mean", padding_idx=4),
            F.embedding_bag(indices, weight, offsets, mode="max", padding_idx=2),
            F.embedding_bag(indices, weight, offsets, mode="sum", padding_idx=4,
                            per_sample_weights=psw))


@e2e_test(args=[Arg([10, 5]), Arg([10], I64)],
          inputs=lambda tu: (tu.randn(10, 5), torch.tensor(_INDICES)))
def embedding_bag_last_offset_and_2d(weight, indices):
    ends = torch.tensor([0, 3, 3, 10])
    return (F.embedding_bag(indices, weight, ends, mode="mean", include_last_offset=True),
            F.embedding_bag(indices.reshape(5, 2), weight, mode="max"),
            F.embedding_bag(indices.reshape(2, 5), weight, mode="sum"))


@e2e_test(args=[Arg([-1, 5]), Arg([-1], I64), Arg([-1], I64)],
          inputs=lambda tu: (tu.randn(10, 5), *_bags(tu)))
def embedding_bag_dynamic(weight, indices, offsets):
    return F.embedding_bag(indices, weight, offsets, mode="mean")


@e2e_test(args=[Arg([10, 3]), Arg([10], I64), Arg([4], I64)],
          inputs=lambda tu: (tu.randn(10, 3), *_bags(tu)))
def embedding_bag_auxiliary_results(weight, indices, offsets):
    """The op's four results, as the CPU kernel gives them."""
    results = []
    for mode in (0, 1, 2):
        results += torch.ops.aten._embedding_bag(weight, indices, offsets, False, mode)
        results += torch.ops.aten._embedding_bag_forward_only(
            weight, indices, offsets, False, mode, False, None, False, 4)
    return tuple(results)
