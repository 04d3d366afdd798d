"""Assorted ops the OpInfo suite found unlowered (issue 17): bilinear
upsampling, grid_sample, cdist/pdist, diagonal_scatter, as_strided_scatter,
masked_scatter (torch-decompose applies torch's or our decompositions, static
shapes), and the 0-d corners of index_select and unfold."""

import torch
import torch.nn.functional as F

from torch_mlir_e2e.registry import BOOL, I64, Arg, e2e_test


@e2e_test(args=[Arg([2, 3, 4, 5])], inputs=lambda tu: (tu.randn(2, 3, 4, 5),))
def upsample_bilinear2d_size(x):
    return F.interpolate(x, size=(7, 3), mode="bilinear")


@e2e_test(args=[Arg([1, 2, 4, 4])], inputs=lambda tu: (tu.randn(1, 2, 4, 4),))
def upsample_bilinear2d_align_corners(x):
    return F.interpolate(x, size=(9, 6), mode="bilinear", align_corners=True)


@e2e_test(args=[Arg([1, 2, 3, 5])], inputs=lambda tu: (tu.randn(1, 2, 3, 5),))
def upsample_bilinear2d_scale_factor(x):
    return F.interpolate(x, scale_factor=(1.7, 0.6), mode="bilinear")


@e2e_test(args=[Arg([1, 2, 3, 5])], inputs=lambda tu: (tu.randn(1, 2, 3, 5),))
def upsample_bilinear2d_scale_recompute(x):
    return F.interpolate(x, scale_factor=1.7, mode="bilinear", recompute_scale_factor=True)


def _grid(tu, n, h, w):
    return (tu.rand(n, h, w, 2) * 2.6 - 1.3,)  # some points outside [-1, 1]


@e2e_test(args=[Arg([2, 3, 4, 5]), Arg([2, 3, 6, 2])],
          inputs=lambda tu: (tu.randn(2, 3, 4, 5),) + _grid(tu, 2, 3, 6))
def grid_sample_bilinear_zeros(x, grid):
    return F.grid_sample(x, grid, mode="bilinear", padding_mode="zeros", align_corners=False)


@e2e_test(args=[Arg([1, 2, 4, 5]), Arg([1, 3, 3, 2])],
          inputs=lambda tu: (tu.randn(1, 2, 4, 5),) + _grid(tu, 1, 3, 3))
def grid_sample_nearest_border(x, grid):
    return F.grid_sample(x, grid, mode="nearest", padding_mode="border", align_corners=True)


@e2e_test(args=[Arg([1, 2, 4, 5]), Arg([1, 3, 3, 2])],
          inputs=lambda tu: (tu.randn(1, 2, 4, 5),) + _grid(tu, 1, 3, 3), atol=1e-4)
def grid_sample_bicubic_reflection(x, grid):
    return F.grid_sample(x, grid, mode="bicubic", padding_mode="reflection", align_corners=False)


@e2e_test(args=[Arg([2, 4, 3]), Arg([2, 5, 3])],
          inputs=lambda tu: (tu.randn(2, 4, 3), tu.randn(2, 5, 3)))
class CdistPNorms(torch.nn.Module):
    def forward(self, a, b):
        return tuple(torch.cdist(a, b, p=p) for p in (0.0, 1.0, 2.0, 1.5, float("inf")))


@e2e_test(args=[Arg([30, 3]), Arg([4, 3])], inputs=lambda tu: (tu.randn(30, 3), tu.randn(4, 3)),
          atol=1e-4)
def cdist_euclidean_mm_path(a, b):
    return torch.cdist(a, b)  # more than 25 rows: the kernel's matrix-product path


@e2e_test(args=[Arg([5, 3])], inputs=lambda tu: (tu.randn(5, 3),))
class PdistPNorms(torch.nn.Module):
    def forward(self, x):
        return tuple(F.pdist(x, p=p) for p in (0.0, 1.0, 2.0, 3.0, float("inf")))


@e2e_test(args=[Arg([1, 3])], inputs=lambda tu: (tu.randn(1, 3),))
def pdist_one_row(x):
    return F.pdist(x)


@e2e_test(args=[Arg([4, 5]), Arg([3])], inputs=lambda tu: (tu.randn(4, 5), tu.randn(3)))
def diagonal_scatter_offset(x, src):
    return torch.diagonal_scatter(x, src, 2)


@e2e_test(args=[Arg([3, 4]), Arg([2, 2])], inputs=lambda tu: (tu.randn(3, 4), tu.randn(2, 2)))
def as_strided_scatter_2d(x, src):
    return torch.as_strided_scatter(x, src, (2, 2), (1, 2), 1)


@e2e_test(args=[Arg([3, 4]), Arg([3, 4], BOOL), Arg([15])],
          inputs=lambda tu: (tu.randn(3, 4), tu.randbool(3, 4), tu.randn(15)))
def masked_scatter_2d(x, mask, src):
    return x.masked_scatter(mask, src)


@e2e_test(args=[Arg([3, 4]), Arg([4], BOOL), Arg([3, 4])],
          inputs=lambda tu: (tu.randn(3, 4), tu.randbool(4), tu.randn(3, 4)))
def masked_scatter_broadcast_mask(x, mask, src):
    return x.masked_scatter(mask, src)


@e2e_test(args=[Arg([]), Arg([1], I64)],
          inputs=lambda tu: (tu.randn(), torch.zeros(1, dtype=torch.int64)))
def index_select_0d_source(x, i):
    return torch.index_select(x, 0, i)


@e2e_test(args=[Arg([])], inputs=lambda tu: (tu.randn(),))
class Unfold0d(torch.nn.Module):
    def forward(self, x):
        return x.unfold(0, 1, 1), x.unfold(0, 0, 2)


@e2e_test(args=[Arg([3, 4]), Arg([4, 3])], inputs=lambda tu: (tu.randn(3, 4), tu.randn(4, 3)))
def resize_as_same_numel(x, y):
    return x.clone().resize_as_(y)


@e2e_test(args=[Arg([3, 4])], inputs=lambda tu: (tu.randn(3, 4),))
def resize_smaller(x):
    return x.clone().resize_(2, 5)


@e2e_test(args=[Arg([]), Arg([])], inputs=lambda tu: (tu.randn(), tu.randn()))
def resize_as_0d(x, y):
    return x.clone().resize_as_(y)
