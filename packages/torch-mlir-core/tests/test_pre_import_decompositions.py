"""The pre-import decompositions of ops torch._decomp has none for, run in
eager against the ATen kernels they replace (every result, every mode): the
FFT primitives as DFT matrix products and the embedding bags. The e2e suite
(complex_fft.py, embedding_bag.py) runs them compiled."""

from __future__ import annotations

import itertools

import pytest
import torch

from torch_mlir_core.passes import embedding_bag_decompositions as eb
from torch_mlir_core.passes import fft_decompositions as fd

aten = torch.ops.aten


def _close(got, want, tol):
    assert got.dtype == want.dtype and got.shape == want.shape
    scale = max(1.0, want.abs().max().item())
    assert (got - want).abs().max().item() <= tol * scale


@pytest.mark.parametrize("dtype,tol", [(torch.float32, 2e-5), (torch.float64, 1e-12)])
@pytest.mark.parametrize("dim", [[2], [1, 2], [0, 2], [2, 1], [0, 1, 2]])
@pytest.mark.parametrize("norm", [0, 1, 2])
def test_fft_r2c_c2c_c2r_match_aten(dtype, tol, dim, norm):
    g = torch.Generator().manual_seed(0)
    x = torch.randn(3, 8, 9, generator=g, dtype=dtype)
    for onesided in (True, False):
        _close(fd.fft_r2c(x, dim, norm, onesided), aten._fft_r2c(x, dim, norm, onesided), tol)
    c = aten._fft_r2c(x, dim, 0, False)
    for forward in (True, False):
        _close(fd.fft_c2c(c, dim, norm, forward), aten._fft_c2c(c, dim, norm, forward), tol)
    for n in (8, 9, 16, 17, 2):  # the signal length along the last dim, odd and even
        shape = [3, 8, 9]
        shape[dim[-1]] = n
        half = aten._fft_r2c(torch.randn(shape, generator=g, dtype=dtype), dim, 0, True)
        _close(fd.fft_c2r(half, dim, norm, n), aten._fft_c2r(half, dim, norm, n), tol)


@pytest.mark.parametrize("n", [1, 2, 1000, 4096])
def test_fft_lengths(n):
    """Length 1, 2 and long signals: computed in float64, the float32 result
    is within a few float32 ulps of pocketfft's at n = 4096 too."""
    x = torch.randn(2, n, generator=torch.Generator().manual_seed(n))
    _close(fd.fft_r2c(x, [1], 0, True), aten._fft_r2c(x, [1], 0, True), 2e-6)
    c = aten._fft_r2c(x, [1], 1, False)
    _close(fd.fft_c2c(c, [1], 1, True), aten._fft_c2c(c, [1], 1, True), 2e-6)


def test_fft_longer_than_the_matrix_limit_is_an_error():
    x = torch.randn(1, 5000)
    with pytest.raises(NotImplementedError, match="FFT of length 5000"):
        fd.fft_c2c(torch.complex(x, x), [1], 0, True)


def test_embedding_bag_every_mode_and_result_matches_aten():
    g = torch.Generator().manual_seed(0)
    weight = torch.randn(10, 3, generator=g)
    indices = torch.tensor([1, 2, 4, 5, 4, 3, 2, 9, 4])  # one entry past the last offset
    offsets = torch.tensor([0, 4, 4, 8])  # bag 1 empty
    for forward_only, mode, padding_idx, last, weighted in itertools.product(
            (False, True), (0, 1, 2), (-1, 4), (False, True), (False, True)):
        if weighted and mode != 0:
            continue
        psw = torch.rand(9, generator=g) if weighted else None
        op = aten._embedding_bag_forward_only if forward_only else aten._embedding_bag
        want = op(weight, indices, offsets, False, mode, False, psw, last, padding_idx)
        got = eb._embedding_bag(weight, indices, offsets, False, mode, False, psw, last,
                                padding_idx, forward_only=forward_only)
        for k, (a, b) in enumerate(zip(got, want)):
            case = (forward_only, mode, padding_idx, last, weighted, k)
            assert a.dtype == b.dtype and a.shape == b.shape, case
            assert torch.allclose(a, b, atol=1e-6), case


def test_embedding_bag_max_index_ties_take_the_first_entry():
    weight = torch.tensor([[1.0, 2.0], [1.0, 2.0], [3.0, 0.0], [3.0, 5.0]])
    indices, offsets = torch.tensor([0, 1, 2, 3, 1, 0]), torch.tensor([0, 2])
    want = aten._embedding_bag(weight, indices, offsets, False, 2)
    got = eb._embedding_bag(weight, indices, offsets, False, 2)
    assert torch.equal(got[3], want[3])
    assert torch.equal(got[0], want[0])


@pytest.mark.parametrize("dtype", [torch.complex64, torch.complex128])
def test_complex_lu_family_matches_lapack(dtype):
    """Complex LU pivots on |re| + |im| (LAPACK's izamax, not the modulus),
    adjoint solves use the conjugate transpose, slogdet's sign is z / |z|;
    the real-only Cholesky forms decline complex matrices."""
    from torch_mlir_core.passes import linalg_decompositions as ld

    g = torch.Generator().manual_seed(1)
    a = torch.randn(2, 4, 4, generator=g, dtype=dtype)
    b = torch.randn(2, 4, 3, generator=g, dtype=dtype)
    lu, piv, _ = torch.linalg.lu_factor_ex(a)
    got = ld.lu_factor_ex(a)
    assert torch.equal(got[1], piv)
    _close(got[0], lu, 1e-5)
    for left, adjoint in itertools.product((True, False), (False, True)):
        rhs = b if left else b.mT
        _close(ld.lu_solve(lu, piv, rhs, left=left, adjoint=adjoint),
               torch.linalg.lu_solve(lu, piv, rhs, left=left, adjoint=adjoint), 1e-4)
    sign, logabs = torch.linalg.slogdet(a)
    got = ld.slogdet(a)
    _close(got[0], sign, 1e-5)
    _close(got[1], logabs, 1e-5)
    _close(ld.inv_ex(a)[0], torch.linalg.inv(a), 1e-4)
    with pytest.raises(NotImplementedError, match="complex matrix"):
        ld.cholesky_ex(a @ a.mH)
