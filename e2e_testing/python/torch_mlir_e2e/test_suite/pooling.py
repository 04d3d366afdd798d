"""Pooling: max_pool1d/2d/3d (kernel, stride, padding, dilation, ceil_mode,
return_indices), avg_pool1d/2d/3d (count_include_pad, ceil_mode,
divisor_override), adaptive avg/max pooling (output sizes dividing and not
dividing the input); static and dynamic batch/spatial dims.

Max pooling inputs come from `tu.rand` (continuous values, so no ties and the
returned indices are unique)."""

import torch
import torch.nn.functional as F

from torch_mlir_e2e.registry import F64, Arg, e2e_test


# ---------------------------------------------------------------- max_pool2d


@e2e_test(args=[Arg([1, 2, 8, 8])], inputs=lambda tu: (tu.randn(1, 2, 8, 8),))
def pool_max2d_basic(x):
    return F.max_pool2d(x, kernel_size=2)


@e2e_test(args=[Arg([2, 3, 9, 9])], inputs=lambda tu: (tu.randn(2, 3, 9, 9),))
def pool_max2d_stride_padding(x):
    return F.max_pool2d(x, kernel_size=3, stride=2, padding=1)


@e2e_test(args=[Arg([1, 2, 10, 9])], inputs=lambda tu: (tu.randn(1, 2, 10, 9),))
def pool_max2d_asymmetric(x):
    return F.max_pool2d(x, kernel_size=(3, 2), stride=(2, 3), padding=(1, 1))


@e2e_test(args=[Arg([1, 2, 11, 11])], inputs=lambda tu: (tu.randn(1, 2, 11, 11),))
def pool_max2d_dilation(x):
    return F.max_pool2d(x, kernel_size=3, stride=1, padding=1, dilation=2)


@e2e_test(args=[Arg([1, 2, 8, 7])], inputs=lambda tu: (tu.randn(1, 2, 8, 7),))
def pool_max2d_ceil_mode(x):
    return F.max_pool2d(x, kernel_size=3, stride=2, ceil_mode=True)


@e2e_test(args=[Arg([1, 1, 6, 6])], inputs=lambda tu: (-tu.rand(1, 1, 6, 6, low=1.0, high=2.0),))
def pool_max2d_padding_all_negative(x):
    # padding must act as -inf, not 0
    return F.max_pool2d(x, kernel_size=3, stride=2, padding=1)


@e2e_test(args=[Arg([-1, 3, 8, 8])], inputs=lambda tu: (tu.randn(3, 3, 8, 8),))
def pool_max2d_dynamic_batch(x):
    return F.max_pool2d(x, kernel_size=2, stride=2)


@e2e_test(args=[Arg([-1, 2, -1, -1])], inputs=lambda tu: (tu.randn(2, 2, 9, 7),))
def pool_max2d_dynamic_spatial(x):
    return F.max_pool2d(x, kernel_size=3, stride=2, padding=1)


@e2e_test(args=[Arg([2, 2, 6, 6], F64)], inputs=lambda tu: (tu.randn(2, 2, 6, 6, dtype=F64),))
def pool_max2d_f64(x):
    return F.max_pool2d(x, 2)


@e2e_test(args=[Arg([3, 7, 7])], inputs=lambda tu: (tu.randn(3, 7, 7),))
def pool_max2d_unbatched(x):
    return F.max_pool2d(x, kernel_size=2, stride=2, ceil_mode=True)


@e2e_test(args=[Arg([1, 2, 8, 8])], inputs=lambda tu: (tu.randn(1, 2, 8, 8),))
def pool_max2d_with_indices(x):
    return F.max_pool2d(x, kernel_size=2, return_indices=True)


@e2e_test(args=[Arg([1, 2, 9, 9])], inputs=lambda tu: (tu.randn(1, 2, 9, 9),))
def pool_max2d_with_indices_stride_padding(x):
    return F.max_pool2d(x, kernel_size=3, stride=2, padding=1, return_indices=True)


@e2e_test(args=[Arg([-1, 2, -1, 8])], inputs=lambda tu: (tu.randn(2, 2, 6, 8),))
def pool_max2d_with_indices_dynamic(x):
    return F.max_pool2d(x, kernel_size=2, return_indices=True)


@e2e_test(args=[Arg([2, 3, 8, 8])], inputs=lambda tu: (tu.randn(2, 3, 8, 8),))
class pool_max2d_module(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.pool = torch.nn.MaxPool2d(3, stride=2, padding=1)

    def forward(self, x):
        return self.pool(x)


# ---------------------------------------------------------------- max_pool1d / 3d


@e2e_test(args=[Arg([2, 3, 12])], inputs=lambda tu: (tu.randn(2, 3, 12),))
def pool_max1d_basic(x):
    return F.max_pool1d(x, kernel_size=3, stride=2, padding=1)


@e2e_test(args=[Arg([1, 2, 13])], inputs=lambda tu: (tu.randn(1, 2, 13),))
def pool_max1d_dilation_ceil(x):
    return F.max_pool1d(x, kernel_size=2, stride=3, dilation=2, ceil_mode=True)


# (a dynamic length does not export: torch's max_pool1d specializes it)
@e2e_test(args=[Arg([-1, 3, 10])], inputs=lambda tu: (tu.randn(2, 3, 10),))
def pool_max1d_dynamic_batch(x):
    return F.max_pool1d(x, kernel_size=2)


@e2e_test(args=[Arg([1, 2, 10])], inputs=lambda tu: (tu.randn(1, 2, 10),))
def pool_max1d_with_indices(x):
    return F.max_pool1d(x, kernel_size=3, stride=2, return_indices=True)


@e2e_test(args=[Arg([1, 2, 6, 6, 6])], inputs=lambda tu: (tu.randn(1, 2, 6, 6, 6),))
def pool_max3d_basic(x):
    return F.max_pool3d(x, kernel_size=2)


@e2e_test(args=[Arg([1, 2, 7, 6, 5])], inputs=lambda tu: (tu.randn(1, 2, 7, 6, 5),))
def pool_max3d_stride_padding_dilation(x):
    return F.max_pool3d(x, kernel_size=(3, 2, 2), stride=(2, 1, 2), padding=(1, 1, 0),
                        dilation=(1, 2, 1))


@e2e_test(args=[Arg([1, 1, 7, 7, 7])], inputs=lambda tu: (tu.randn(1, 1, 7, 7, 7),))
def pool_max3d_ceil_mode(x):
    return F.max_pool3d(x, kernel_size=2, stride=2, ceil_mode=True)


@e2e_test(args=[Arg([-1, 2, -1, 4, 4])], inputs=lambda tu: (tu.randn(2, 2, 6, 4, 4),))
def pool_max3d_dynamic(x):
    return F.max_pool3d(x, kernel_size=2)


@e2e_test(args=[Arg([1, 1, 4, 4, 4])], inputs=lambda tu: (tu.randn(1, 1, 4, 4, 4),))
def pool_max3d_with_indices(x):
    return F.max_pool3d(x, kernel_size=2, return_indices=True)


# ---------------------------------------------------------------- avg_pool2d


@e2e_test(args=[Arg([1, 2, 8, 8])], inputs=lambda tu: (tu.randn(1, 2, 8, 8),))
def pool_avg2d_basic(x):
    return F.avg_pool2d(x, kernel_size=2)


@e2e_test(args=[Arg([2, 2, 7, 7])], inputs=lambda tu: (tu.randn(2, 2, 7, 7),))
def pool_avg2d_padding_count_include_pad(x):
    return F.avg_pool2d(x, kernel_size=3, stride=2, padding=1, count_include_pad=True)


@e2e_test(args=[Arg([2, 2, 7, 7])], inputs=lambda tu: (tu.randn(2, 2, 7, 7),))
def pool_avg2d_padding_exclude_pad(x):
    return F.avg_pool2d(x, kernel_size=3, stride=2, padding=1, count_include_pad=False)


@e2e_test(args=[Arg([1, 2, 8, 7])], inputs=lambda tu: (tu.randn(1, 2, 8, 7),))
def pool_avg2d_ceil_mode(x):
    return F.avg_pool2d(x, kernel_size=3, stride=2, ceil_mode=True)


@e2e_test(args=[Arg([1, 2, 8, 7])], inputs=lambda tu: (tu.randn(1, 2, 8, 7),))
def pool_avg2d_ceil_mode_padding_exclude_pad(x):
    return F.avg_pool2d(x, kernel_size=3, stride=2, padding=1, ceil_mode=True,
                        count_include_pad=False)


@e2e_test(args=[Arg([1, 2, 6, 6])], inputs=lambda tu: (tu.randn(1, 2, 6, 6),))
def pool_avg2d_divisor_override(x):
    return F.avg_pool2d(x, kernel_size=2, divisor_override=3)


@e2e_test(args=[Arg([1, 2, 9, 8])], inputs=lambda tu: (tu.randn(1, 2, 9, 8),))
def pool_avg2d_asymmetric(x):
    return F.avg_pool2d(x, kernel_size=(3, 2), stride=(3, 1), padding=(1, 0))


@e2e_test(args=[Arg([-1, 3, -1, -1])], inputs=lambda tu: (tu.randn(2, 3, 8, 6),))
def pool_avg2d_dynamic(x):
    return F.avg_pool2d(x, kernel_size=2, stride=2)


@e2e_test(args=[Arg([-1, 2, 7, 7])], inputs=lambda tu: (tu.randn(3, 2, 7, 7),))
def pool_avg2d_dynamic_batch_padding(x):
    return F.avg_pool2d(x, kernel_size=3, stride=1, padding=1)


@e2e_test(args=[Arg([1, 2, 6, 6], F64)], inputs=lambda tu: (tu.randn(1, 2, 6, 6, dtype=F64),))
def pool_avg2d_f64(x):
    return F.avg_pool2d(x, kernel_size=3, stride=1)


# ---------------------------------------------------------------- avg_pool1d / 3d


@e2e_test(args=[Arg([2, 3, 11])], inputs=lambda tu: (tu.randn(2, 3, 11),))
def pool_avg1d_basic(x):
    return F.avg_pool1d(x, kernel_size=3, stride=2)


@e2e_test(args=[Arg([1, 2, 10])], inputs=lambda tu: (tu.randn(1, 2, 10),))
def pool_avg1d_padding_ceil_exclude_pad(x):
    return F.avg_pool1d(x, kernel_size=4, stride=3, padding=2, ceil_mode=True,
                        count_include_pad=False)


@e2e_test(args=[Arg([-1, 2, -1])], inputs=lambda tu: (tu.randn(3, 2, 9),))
def pool_avg1d_dynamic(x):
    return F.avg_pool1d(x, kernel_size=3, stride=3)


@e2e_test(args=[Arg([1, 2, 6, 6, 6])], inputs=lambda tu: (tu.randn(1, 2, 6, 6, 6),))
def pool_avg3d_basic(x):
    return F.avg_pool3d(x, kernel_size=2)


@e2e_test(args=[Arg([1, 1, 5, 6, 7])], inputs=lambda tu: (tu.randn(1, 1, 5, 6, 7),))
def pool_avg3d_padding_ceil(x):
    return F.avg_pool3d(x, kernel_size=3, stride=2, padding=1, ceil_mode=True)


@e2e_test(args=[Arg([1, 1, 4, 4, 4])], inputs=lambda tu: (tu.randn(1, 1, 4, 4, 4),))
def pool_avg3d_divisor_override_exclude_pad(x):
    return F.avg_pool3d(x, kernel_size=2, stride=1, padding=1, count_include_pad=False,
                        divisor_override=5)


@e2e_test(args=[Arg([-1, 2, 4, -1, 4])], inputs=lambda tu: (tu.randn(2, 2, 4, 6, 4),))
def pool_avg3d_dynamic(x):
    return F.avg_pool3d(x, kernel_size=2)


# ---------------------------------------------------------------- adaptive pooling


@e2e_test(args=[Arg([2, 3, 12])], inputs=lambda tu: (tu.randn(2, 3, 12),))
def pool_adaptive_avg1d_dividing(x):
    return F.adaptive_avg_pool1d(x, 4)


@e2e_test(args=[Arg([2, 3, 10])], inputs=lambda tu: (tu.randn(2, 3, 10),))
def pool_adaptive_avg1d_non_dividing(x):
    return F.adaptive_avg_pool1d(x, 4)


@e2e_test(args=[Arg([2, 3, 8, 8])], inputs=lambda tu: (tu.randn(2, 3, 8, 8),))
def pool_adaptive_avg2d_dividing(x):
    return F.adaptive_avg_pool2d(x, (4, 2))


@e2e_test(args=[Arg([1, 2, 7, 9])], inputs=lambda tu: (tu.randn(1, 2, 7, 9),))
def pool_adaptive_avg2d_non_dividing(x):
    return F.adaptive_avg_pool2d(x, (3, 4))


@e2e_test(args=[Arg([1, 2, 5, 5])], inputs=lambda tu: (tu.randn(1, 2, 5, 5),))
def pool_adaptive_avg2d_upsampling(x):
    # output larger than input: overlapping windows of size 1..2
    return F.adaptive_avg_pool2d(x, (7, 6))


@e2e_test(args=[Arg([-1, 4, -1, -1])], inputs=lambda tu: (tu.randn(2, 4, 6, 5),))
def pool_adaptive_avg2d_global_dynamic(x):
    return F.adaptive_avg_pool2d(x, 1)


@e2e_test(args=[Arg([-1, 3, 8, 8])], inputs=lambda tu: (tu.randn(3, 3, 8, 8),))
def pool_adaptive_avg2d_dynamic_batch(x):
    return F.adaptive_avg_pool2d(x, (2, 2))


@e2e_test(args=[Arg([1, 2, 6, 6])], inputs=lambda tu: (tu.randn(1, 2, 6, 6),))
def pool_adaptive_avg2d_none_dim(x):
    return F.adaptive_avg_pool2d(x, (3, None))


@e2e_test(args=[Arg([1, 2, 8, 8])], inputs=lambda tu: (tu.randn(1, 2, 8, 8),))
def pool_adaptive_max2d_dividing(x):
    return F.adaptive_max_pool2d(x, (2, 4))


@e2e_test(args=[Arg([1, 2, 7, 9])], inputs=lambda tu: (tu.randn(1, 2, 7, 9),))
def pool_adaptive_max2d_non_dividing_with_indices(x):
    return F.adaptive_max_pool2d(x, (3, 4), return_indices=True)


@e2e_test(args=[Arg([2, 3, 10])], inputs=lambda tu: (tu.randn(2, 3, 10),))
def pool_adaptive_max1d(x):
    return F.adaptive_max_pool1d(x, 3)


@e2e_test(args=[Arg([1, 2, 4, 6, 6])], inputs=lambda tu: (tu.randn(1, 2, 4, 6, 6),))
def pool_adaptive_avg3d(x):
    return F.adaptive_avg_pool3d(x, (2, 3, 2))


@e2e_test(args=[Arg([2, 3, 5, 5])], inputs=lambda tu: (tu.randn(2, 3, 5, 5),))
class pool_adaptive_avg2d_module_flatten(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.pool = torch.nn.AdaptiveAvgPool2d((1, 1))

    def forward(self, x):
        return torch.flatten(self.pool(x), 1)
