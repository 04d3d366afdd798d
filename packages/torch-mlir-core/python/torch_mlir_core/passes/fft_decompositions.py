"""The FFT primitives torch.fft exports to (`_fft_r2c`, `_fft_c2c`,
`_fft_c2r`) as discrete Fourier transforms by matrix products, for a static
size of every transformed dim (the other dims may be dynamic).

A transform of length n along a dim is the product with the n x m matrix of
cos / sin of 2 pi (j k mod n) / n (the angle reduced in integers), on the
real and imaginary parts kept as two real tensors, all in float64 whatever
the input's precision; the result is rounded to the input's precision once
and rebuilt with `torch.complex`. That is O(n^2) work per transformed vector
where an FFT does O(n log n). A sum of n products has a rounding error of
up to n ulps of the inputs' magnitude: in float64 that is below float32's
rounding for every length allowed (longer transforms, whose matrices would
pass MAX_MATRIX_ELEMENTS, are an error), so complex64 results are as exact
as pocketfft's.

Multi-dim transforms follow pocketfft's order: `_fft_r2c` transforms the
last listed dim real-to-complex, then the others complex-to-complex;
`_fft_c2r` the others first, then the last one complex-to-real, reading
the n // 2 + 1 half spectrum with weights 1 (DC, and Nyquist for an even n)
and 2 (the rest) and ignoring the imaginary parts of DC and Nyquist as
pocketfft does. `normalization` is torch's: 0 none, 1 by 1 / sqrt(n),
2 by 1 / n, n the product of the signal sizes.
"""

from __future__ import annotations

import math

import torch

aten = torch.ops.aten

__all__ = ["fft_decompositions"]


def _sizes(op: str, x, dims) -> list[int]:
    sizes = []
    for d in dims:
        s = x.shape[d]
        if not isinstance(s, int):
            raise NotImplementedError(
                f"{op}: the size of transformed dim {d} must be static to decompose it "
                f"(got {s})")
        sizes.append(s)
    return sizes


# The largest DFT matrix (rows x columns) built: 2^24 elements (n = 4096 for
# a full transform) is 128 MiB in float64. Longer signals are a located
# error rather than gigabytes of constants.
MAX_MATRIX_ELEMENTS = 1 << 24


def _angles(rows: int, cols: int, n: int, device):
    """(rows, cols) float64 angles 2 pi (j k mod n) / n."""
    if rows * cols > MAX_MATRIX_ELEMENTS:
        raise NotImplementedError(
            f"an FFT of length {n} as a {rows} x {cols} DFT matrix (more than "
            f"{MAX_MATRIX_ELEMENTS} elements): longer than this decomposition handles")
    j = torch.arange(rows, device=device).reshape(rows, 1)
    k = torch.arange(cols, device=device).reshape(1, cols)
    return torch.remainder(j * k, n).to(torch.float64) * (2 * math.pi / n)


def _along(x, d: int, mat):
    """x with dim d contracted against `mat` (x.shape[d], m): dim d becomes m."""
    return torch.matmul(x.movedim(d, -1), mat).movedim(-1, d)


def _dft(re, im, d: int, n_out: int, inverse: bool):
    """(re, im) of the DFT along d of re + i im (im None: a real input),
    exp(-i angle) forward and exp(+i angle) inverse, unnormalized; the first
    n_out frequencies."""
    n = re.shape[d]
    angles = _angles(n, n_out, n, re.device)
    cos, sin = angles.cos(), angles.sin()
    if inverse:
        sin = -sin
    re_cos, re_sin = _along(re, d, cos), _along(re, d, sin)
    if im is None:
        return re_cos, -re_sin
    im_cos, im_sin = _along(im, d, cos), _along(im, d, sin)
    return re_cos + im_sin, im_cos - re_sin


def _parts(x):
    """The real and imaginary parts of x, in float64."""
    pair = torch.view_as_real(x).to(torch.float64)
    return pair[..., 0], pair[..., 1]


def _complex(re, im, like):
    """re + i im rounded to the complex dtype of real or complex `like`."""
    part = like.real.dtype if like.is_complex() else like.dtype
    return torch.complex(re.to(part), im.to(part))


def _dims(x, dim) -> list[int]:
    return [d % x.dim() for d in dim]


def _normalized(re, im, normalization: int, n: int):
    if normalization == 0 or n == 1:
        return re, im
    scale = 1 / math.sqrt(n) if normalization == 1 else 1 / n
    return re * scale, (None if im is None else im * scale)


def fft_r2c(x, dim, normalization: int, onesided: bool):
    dims = _dims(x, dim)
    sizes = _sizes("aten._fft_r2c", x, dims)
    last = dims[-1]
    n = sizes[-1]
    re, im = _dft(x.to(torch.float64), None, last, n // 2 + 1 if onesided else n, inverse=False)
    for d in dims[:-1]:
        re, im = _dft(re, im, d, re.shape[d], inverse=False)
    re, im = _normalized(re, im, normalization, math.prod(sizes))
    return _complex(re, im, x)


def fft_c2c(x, dim, normalization: int, forward: bool):
    dims = _dims(x, dim)
    sizes = _sizes("aten._fft_c2c", x, dims)
    re, im = _parts(x)
    for d in dims:
        re, im = _dft(re, im, d, re.shape[d], inverse=not forward)
    re, im = _normalized(re, im, normalization, math.prod(sizes))
    return _complex(re, im, x)


def fft_c2r(x, dim, normalization: int, last_dim_size: int):
    dims = _dims(x, dim)
    sizes = _sizes("aten._fft_c2r", x, dims)
    n = last_dim_size
    if not isinstance(n, int):
        raise NotImplementedError(
            f"aten._fft_c2r: the output size must be static to decompose it (got {n})")
    re, im = _parts(x)
    for d in dims[:-1]:
        re, im = _dft(re, im, d, re.shape[d], inverse=True)
    last = dims[-1]
    half = min(sizes[-1], n // 2 + 1)
    re, im = re.narrow(last, 0, half), im.narrow(last, 0, half)
    angles = _angles(half, n, n, x.device)
    k = torch.arange(half, device=x.device).reshape(half, 1)
    weights = torch.where((k == 0) | (2 * k == n), 1.0, 2.0).to(torch.float64)
    cos = angles.cos() * weights
    sin = angles.sin() * weights
    out = _along(re, last, cos) - _along(im, last, sin)
    out, _ = _normalized(out, None, normalization, math.prod(sizes[:-1]) * n)
    return out.to(x.real.dtype)


def fft_decompositions() -> dict:
    """OpOverload -> decomposition, for the pre-import table."""
    return {aten._fft_r2c.default: fft_r2c, aten._fft_c2c.default: fft_c2c,
            aten._fft_c2r.default: fft_c2r}
