"""Dense linear-algebra factorizations as torch ops, for a static matrix size.

torch has no decomposition of LU, Cholesky or triangular solves (they call
LAPACK); the Torch dialect has no op for them either. For a matrix whose
size is known when the program is imported (batch dims allowed) the column
loop is unrolled here: partial pivoting takes the first largest |pivot|
(LAPACK's i?amax: |re| + |im| for complex) with argmax and gathers, so the values stay
data-dependent and the shapes static. `info` outputs are LAPACK's (0, or the
1-based index of the first zero pivot / not positive-definite minor); the
importer turns torch.export's `_linalg_check_errors` on them into a run-time
check. A matrix of symbolic size raises an error naming the op.
"""

from __future__ import annotations

import torch

__all__ = ["linalg_decompositions"]

aten = torch.ops.aten


def _static(op: str, a: torch.Tensor, dims=(-2, -1)) -> list[int]:
    sizes = []
    for d in dims:
        s = a.shape[d]
        if not isinstance(s, int):
            raise NotImplementedError(
                f"{op}: the matrix size must be static to decompose it (got {s})")
        sizes.append(s)
    return sizes


def _real(op: str, a: torch.Tensor) -> None:
    """The Cholesky forms are written for real matrices (a Hermitian one
    needs conjugates): a complex one is left to the lowering, which reports it."""
    if a.is_complex():
        raise NotImplementedError(f"{op} of a complex matrix is not supported")


def _col(a, j):
    return a[..., :, j:j + 1]  # (..., m, 1)


def _swap_index(rows, j, p):
    """rows with j and p (a tensor of shape (..., 1)) exchanged."""
    return torch.where(rows == j, p, torch.where(rows == p, j, rows))


def _lu(op: str, a: torch.Tensor):
    """(LU, pivots int32 1-based, info int32, perm) of `a` (..., m, n)."""
    m, n = _static(op, a)
    k = min(m, n)
    rows = torch.arange(m, device=a.device).reshape(m, 1)
    cols = torch.arange(n, device=a.device).reshape(1, n)
    batch = a.shape[:-2]
    perm = torch.arange(m, device=a.device).expand(*batch, m).reshape(*batch, m, 1)
    info = torch.zeros(batch, dtype=torch.int32, device=a.device)
    pivots = []
    lu = a
    for j in range(k):
        col = _col(lu, j)
        # LAPACK's i?amax: |x| of a real, |re| + |im| of a complex entry.
        col = col.real.abs() + col.imag.abs() if col.is_complex() else col.abs()
        col = torch.where(rows >= j, col, torch.full_like(col, -1.0))
        p = torch.argmax(col, dim=-2, keepdim=True)  # (..., 1, 1), the first max
        pivots.append(p.reshape(*batch, 1) + 1)
        idx = _swap_index(rows, j, p)  # (..., m, 1)
        lu = torch.gather(lu, -2, idx.expand(*batch, m, n))
        perm = torch.gather(perm, -2, idx)
        pivot = lu[..., j:j + 1, j:j + 1]
        zero = pivot == 0
        info = torch.where((info == 0) & zero.reshape(batch), j + 1, info)
        scale = torch.where(zero, torch.ones_like(pivot), pivot.reciprocal())
        below = rows > j
        l_col = torch.where(below, _col(lu, j) * scale, torch.zeros_like(pivot))
        u_row = torch.where(cols > j, lu[..., j:j + 1, :], torch.zeros_like(pivot))
        lu = torch.where(below & (cols == j), l_col, lu - l_col * u_row)
    piv = torch.cat(pivots, -1).to(torch.int32) if pivots else \
        torch.zeros(*batch, 0, dtype=torch.int32, device=a.device)
    return lu, piv, info.to(torch.int32), perm.reshape(*batch, m)


def _tri_solve(t: torch.Tensor, b: torch.Tensor, upper: bool, unit: bool):
    """X with T X = B, T (..., n, n) triangular (only that triangle read),
    B (..., n, k); batch dims broadcast."""
    n = t.shape[-1]
    order = range(n - 1, -1, -1) if upper else range(n)
    xs: dict[int, torch.Tensor] = {}
    for i in order:
        acc = b[..., i:i + 1, :]
        for q, xq in xs.items():
            acc = acc - t[..., i:i + 1, q:q + 1] * xq
        xs[i] = acc if unit else acc / t[..., i:i + 1, i:i + 1]
    return torch.cat([xs[i] for i in range(n)], -2) if n else b.clone()


def _broadcast_batch(a, b):
    batch = torch.broadcast_shapes(a.shape[:-2], b.shape[:-2])
    return a.expand(*batch, *a.shape[-2:]), b.expand(*batch, *b.shape[-2:])


def solve_triangular(a, b, *, upper, left=True, unitriangular=False):
    _static("linalg_solve_triangular", a)
    if not left:  # X A = B  <=>  A^T X^T = B^T
        return solve_triangular(a.mT, b.mT, upper=not upper, unitriangular=unitriangular).mT
    a, b = _broadcast_batch(a, b)
    return _tri_solve(a, b, upper, unitriangular)


def triangular_solve(b, a, upper=True, transpose=False, unitriangular=False):
    _static("triangular_solve", a)
    t = a.mT if transpose else a
    x = solve_triangular(t, b, upper=upper != transpose, unitriangular=unitriangular)
    batch = x.shape[:-2]
    return x, a.expand(*batch, *a.shape[-2:]).clone()


def _lu_solve(lu, perm, b):
    """X with A X = B, from A's LU and row permutation (A[perm] = L U)."""
    lu, b = _broadcast_batch(lu, b)
    batch = b.shape[:-2]
    idx = perm.expand(*batch, perm.shape[-1]).unsqueeze(-1).expand(b.shape)
    y = _tri_solve(lu, torch.gather(b, -2, idx), upper=False, unit=True)
    return _tri_solve(lu, y, upper=True, unit=False)


def _no_check_errors(op: str, check_errors: bool) -> None:
    """`check_errors=True` raises in eager on a singular input: a
    decomposition cannot (torch.export only keeps `_linalg_check_errors` as
    an effect when the op itself is the composite linalg.inv, ...)."""
    if check_errors:
        raise NotImplementedError(f"{op}: check_errors=True is not supported (call the op "
                                  "without _ex, whose error check is kept)")


def lu_factor_ex(a, pivot=True, check_errors=False):
    _no_check_errors("linalg_lu_factor_ex", check_errors)
    if not pivot:
        raise NotImplementedError("linalg_lu_factor_ex: pivot=False is not supported")
    lu, piv, info, _ = _lu("linalg_lu_factor_ex", a)
    return lu, piv, info


def inv_ex(a, *, check_errors=False):
    _no_check_errors("linalg_inv_ex", check_errors)
    lu, _, info, perm = _lu("linalg_inv_ex", a)
    n = a.shape[-1]
    eye = torch.eye(n, dtype=a.dtype, device=a.device)
    return _lu_solve(lu, perm, eye), info


def solve_ex(a, b, *, left=True, check_errors=False):
    _no_check_errors("_linalg_solve_ex", check_errors)
    _static("_linalg_solve_ex", a)
    vector = b.dim() == 1 or (b.dim() == a.dim() - 1 and b.shape == a.shape[:-1])
    a_ = a if left else a.mT
    lu, piv, info, perm = _lu("_linalg_solve_ex", a_)
    if vector:
        x = _lu_solve(lu, perm, b.unsqueeze(-1)).squeeze(-1)
    elif left:
        x = _lu_solve(lu, perm, b)
    else:  # X A = B  <=>  A^T X^T = B^T
        x = _lu_solve(lu, perm, b.mT).mT
    return x, lu, piv, info


def _perm_sign(piv, dtype):
    k = piv.shape[-1]
    swaps = (piv != torch.arange(1, k + 1, dtype=piv.dtype, device=piv.device)).sum(-1)
    return 1 - 2 * (swaps % 2).to(dtype)


def det(a):
    lu, piv, _, _ = _lu("_linalg_det", a)
    diag = torch.diagonal(lu, dim1=-2, dim2=-1)
    return diag.prod(-1) * _perm_sign(piv, a.dtype), lu, piv


def slogdet(a):
    lu, piv, _, _ = _lu("_linalg_slogdet", a)
    diag = torch.diagonal(lu, dim1=-2, dim2=-1)
    sign = torch.sgn(diag).prod(-1) * _perm_sign(piv, a.dtype)  # sgn: z / |z| if complex
    return sign, diag.abs().log().sum(-1), lu, piv


def _cholesky_lower(op: str, a):
    """(L, info) reading the lower triangle of `a` (LAPACK potrf, 'L')."""
    _real(op, a)
    n = _static(op, a)[0]
    batch = a.shape[:-2]
    info = torch.zeros(batch, dtype=torch.int32, device=a.device)
    cols: list[torch.Tensor] = []  # column j of L, (..., n, 1)
    rows = torch.arange(n, device=a.device).reshape(n, 1)
    for j in range(n):
        acc = _col(a, j)
        for lq in cols:
            acc = acc - lq * lq[..., j:j + 1, :]
        d = acc[..., j:j + 1, :]
        bad = ~(d > 0)  # not positive, or NaN
        info = torch.where((info == 0) & bad.reshape(batch), j + 1, info)
        root = d.sqrt()
        col = torch.where(rows > j, acc / root, torch.where(rows == j, root, 0.0))
        cols.append(col)
    if not cols:
        return a.clone(), info
    return torch.cat(cols, -1), info


def cholesky_ex(a, *, upper=False, check_errors=False):
    _no_check_errors("linalg_cholesky_ex", check_errors)
    low, info = _cholesky_lower("linalg_cholesky_ex", a.mT if upper else a)
    return (low.mT if upper else low), info


def cholesky_solve(b, l_factor, upper=False):
    _real("cholesky_solve", l_factor)
    _static("cholesky_solve", l_factor)
    u = l_factor if upper else l_factor.mT  # A = U^T U
    u, b = _broadcast_batch(u, b)
    y = _tri_solve(u.mT, b, upper=False, unit=False)
    return _tri_solve(u, y, upper=True, unit=False)


def cholesky_inverse(l_factor, upper=False):
    n = _static("cholesky_inverse", l_factor)[0]
    eye = torch.eye(n, dtype=l_factor.dtype, device=l_factor.device)
    return cholesky_solve(eye, l_factor, upper)


def _perm_matrix(perm, m, dtype):
    """P with A = P (A[perm]): P[r, i] = (perm[i] == r)."""
    rows = torch.arange(m, device=perm.device).reshape(m, 1)
    return (perm.unsqueeze(-2) == rows).to(dtype)


def _perm_from_pivots(op: str, piv, m: int):
    """The row order (A[perm] = L U) LAPACK's sequential swaps give."""
    k = _static(op, piv, dims=(-1,))[0]
    batch = piv.shape[:-1]
    rows = torch.arange(m, device=piv.device)
    perm = rows.expand(*batch, m)
    for i in range(k):
        p = piv[..., i:i + 1].to(torch.int64) - 1
        perm = torch.gather(perm, -1, _swap_index(rows, i, p))
    return perm


def linalg_lu(a, *, pivot=True):
    if not pivot:
        raise NotImplementedError("linalg_lu: pivot=False is not supported")
    m, n = _static("linalg_lu", a)
    lu, _, _, perm = _lu("linalg_lu", a)
    return (_perm_matrix(perm, m, a.dtype), *_unpack_lu(lu, m, n))


def _unpack_lu(lu, m, n):
    k = min(m, n)
    low = torch.tril(lu[..., :, :k], -1) + torch.eye(m, k, dtype=lu.dtype, device=lu.device)
    return low, torch.triu(lu[..., :k, :])


def lu_unpack(lu_data, lu_pivots, unpack_data=True, unpack_pivots=True):
    if not (unpack_data and unpack_pivots):
        raise NotImplementedError("lu_unpack: only unpack_data=unpack_pivots=True")
    m, n = _static("lu_unpack", lu_data)
    perm = _perm_from_pivots("lu_unpack", lu_pivots, m)
    return (_perm_matrix(perm, m, lu_data.dtype), *_unpack_lu(lu_data, m, n))


def lu_solve(lu, pivots, b, *, left=True, adjoint=False):
    n = _static("linalg_lu_solve", lu)[0]
    if not left:  # X A = B  <=>  A^H X^H = B^H
        return lu_solve(lu, pivots, b.mH, adjoint=not adjoint).mH
    perm = _perm_from_pivots("linalg_lu_solve", pivots, n)
    if not adjoint:
        return _lu_solve(lu, perm, b)
    lu, b = _broadcast_batch(lu, b)  # A^H = U^H L^H P^T
    z = _tri_solve(lu.mH, b, upper=False, unit=False)
    z = _tri_solve(lu.mH, z, upper=True, unit=True)
    return _perm_matrix(perm, n, b.dtype) @ z


def linalg_decompositions() -> dict:
    """{OpOverload: decomposition} of the factorizations above."""
    return {
        aten.linalg_lu_factor_ex.default: lu_factor_ex,
        aten.linalg_inv_ex.default: inv_ex,
        aten._linalg_solve_ex.default: solve_ex,
        aten._linalg_det.default: det,
        aten._linalg_slogdet.default: slogdet,
        aten.linalg_cholesky_ex.default: cholesky_ex,
        aten.linalg_solve_triangular.default: solve_triangular,
        aten.triangular_solve.default: triangular_solve,
        aten.cholesky_solve.default: cholesky_solve,
        aten.cholesky_inverse.default: cholesky_inverse,
        aten.linalg_lu.default: linalg_lu,
        aten.lu_unpack.default: lu_unpack,
        aten.linalg_lu_solve.default: lu_solve,
    }
