"""Decompositions of the backward kernels that training graphs (Lazy Tensor
Core's recorded steps) contain and core ATen's decomposition table lacks.

`torch-decompose` uses them like torch's own: traced with make_fx on fake
tensors of the op's static shapes. Written as torch code over ops that have
lowering rules (convolution, matmul, reductions, comparisons):

* `convolution_backward`: grad_input is the transposed convolution of
  grad_output with the weight; grad_weight a convolution of the input with
  grad_output in which the batch is the channel dimension (stride and
  dilation swap roles), cut to the kernel size; grad_bias a sum. Transposed
  convolutions are not decomposed (the op is then reported unsupported).
* `avg_pool2d_backward`, `_adaptive_avg_pool2d_backward`: average pooling is
  separable, so its gradient is `M_h^T @ (grad / divisor) @ M_w`, with 0/1
  window-membership matrices built from `arange` (CPU kernel semantics for
  padding, ceil_mode, count_include_pad and divisor_override).
* the entries of torch's full decomposition table for the other backward
  kernels these graphs use (max pooling with indices).
"""

from __future__ import annotations

import torch

aten = torch.ops.aten


def _per_dim(values, nd: int) -> list[int]:
    values = list(values)
    return values * nd if len(values) == 1 else values


def convolution_backward(grad_output, input, weight, bias_sizes, stride, padding, dilation,
                         transposed, output_padding, groups, output_mask):
    if transposed:
        raise NotImplementedError("the backward of a transposed convolution")
    nd = input.dim() - 2
    stride, padding, dilation = (_per_dim(v, nd) for v in (stride, padding, dilation))
    kernel = list(weight.shape[2:])
    out_size, in_size = list(grad_output.shape[2:]), list(input.shape[2:])
    # The rows of the input the forward's last window did not reach come back
    # as the transposed convolution's output padding.
    extra = [in_size[i] - ((out_size[i] - 1) * stride[i] - 2 * padding[i]
                           + dilation[i] * (kernel[i] - 1) + 1) for i in range(nd)]
    grad_input = aten.convolution(grad_output, weight, None, stride, padding, dilation,
                                  True, extra, groups)
    n, cin = input.shape[0], input.shape[1]
    spatial = list(range(3, 3 + nd))
    # (N, C, *S) -> (C/g, g*N, *S): per group, the batch is the channel axis.
    x = input.reshape([n, groups, cin // groups] + in_size).permute([2, 1, 0] + spatial)
    x = x.reshape([cin // groups, groups * n] + in_size)
    w = grad_output.transpose(0, 1)  # (Cout, N, *S_out): a kernel over the batch
    grad_weight = aten.convolution(x, w, None, dilation, padding, stride, False, [0] * nd,
                                   groups).transpose(0, 1)
    for i, k in enumerate(kernel):
        grad_weight = grad_weight.narrow(2 + i, 0, k)
    grad_bias = grad_output.sum([0] + list(range(2, 2 + nd)))
    return grad_input, grad_weight.contiguous(), grad_bias


def _windows(size: int, starts, ends, dtype):
    """(len(starts), size) 0/1 matrix: row i marks [starts[i], ends[i])."""
    pos = torch.arange(size).unsqueeze(0)
    return ((pos >= starts.unsqueeze(1)) & (pos < ends.unsqueeze(1))).to(dtype)


def _pool_backward(grad_output, rows, cols, divisor):
    """grad_input[..., h, w] = sum_ij rows[i, h] cols[j, w] grad[..., i, j] / divisor[i, j]."""
    return rows.t().matmul(grad_output / divisor).matmul(cols)


def adaptive_avg_pool2d_backward(grad_output, self):
    dtype = grad_output.dtype
    mats, lengths = [], []
    for size, out in zip(self.shape[-2:], grad_output.shape[-2:]):
        i = torch.arange(out)
        starts, ends = (i * size) // out, ((i + 1) * size + out - 1) // out
        mats.append(_windows(size, starts, ends, dtype))
        lengths.append((ends - starts).to(dtype))
    divisor = lengths[0].unsqueeze(1) * lengths[1].unsqueeze(0)
    return _pool_backward(grad_output, mats[0], mats[1], divisor)


def avg_pool2d_backward(grad_output, self, kernel_size, stride, padding, ceil_mode,
                        count_include_pad, divisor_override):
    dtype = grad_output.dtype
    kernel_size = _per_dim(kernel_size, 2)
    stride = _per_dim(stride, 2) if len(stride) else kernel_size
    padding = _per_dim(padding, 2)
    mats, padded, clipped = [], [], []
    for d in range(2):
        size, out = self.shape[-2 + d], grad_output.shape[-2 + d]
        starts = torch.arange(out) * stride[d] - padding[d]
        ends = torch.clamp(starts + kernel_size[d], max=size + padding[d])
        padded.append((ends - starts).to(dtype))
        starts, ends = torch.clamp(starts, min=0), torch.clamp(ends, max=size)
        clipped.append((ends - starts).to(dtype))
        mats.append(_windows(size, starts, ends, dtype))
    if divisor_override:
        divisor = torch.full((), float(divisor_override), dtype=dtype)
    else:
        counts = padded if count_include_pad else clipped
        divisor = counts[0].unsqueeze(1) * counts[1].unsqueeze(0)
    return _pool_backward(grad_output, mats[0], mats[1], divisor)


def training_decompositions() -> dict:
    """OpOverload -> decomposition, for `torch-decompose`'s table."""
    from torch._decomp import decomposition_table

    table = {op: decomposition_table[op] for op in (
        aten.max_pool2d_with_indices_backward.default,
    ) if op in decomposition_table}
    table[aten.convolution_backward.default] = convolution_backward
    table[aten._adaptive_avg_pool2d_backward.default] = adaptive_avg_pool2d_backward
    table[aten.avg_pool2d_backward.default] = avg_pool2d_backward
    return table
