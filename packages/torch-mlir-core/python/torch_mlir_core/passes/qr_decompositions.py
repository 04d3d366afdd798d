"""Householder QR, `torch.cholesky` and the matrix exponential as torch ops,
for a static matrix size (the companion of `linalg_decompositions`).

QR follows LAPACK's geqrf (dgeqr2 / dlarfg) column by column: for the
column x = A[j:, j] the reflector H = I - tau v v^T (v[0] = 1) maps x to
beta e1 with beta = -sign(x[0]) ||x||, so R's diagonal has LAPACK's signs;
a column already zero below the diagonal gets tau = 0 (H = I). Q is built
as geqrf's caller orgqr does (H1 H2 ... Hk applied to the identity) and
ormqr applies the same reflectors to another matrix. The loops are unrolled
for the static size and every step is a masked whole-matrix update, so the
shapes stay static. Complex inputs and a symbolic matrix size raise an
error naming the op.
"""

from __future__ import annotations

import torch

from .linalg_decompositions import _cholesky_lower, _static

__all__ = ["qr_decompositions"]

aten = torch.ops.aten


def _real(op: str, *tensors: torch.Tensor) -> None:
    for t in tensors:
        if t.dtype.is_complex:
            raise NotImplementedError(f"{op}: complex inputs are not supported")


def _reflector(a, j: int, rows):
    """(v, tau, beta, zero) of dlarfg on column j of `a` below row j - 1:
    v (..., m, 1) is zero above row j and 1 at row j."""
    x = a[..., :, j:j + 1]
    alpha = a[..., j:j + 1, j:j + 1]
    tail = torch.where(rows > j, x, torch.zeros_like(x))
    # ||x|| scaled by max |x| so that squaring neither overflows nor underflows
    scale = torch.where(rows >= j, x, torch.zeros_like(x)).abs().amax(-2, keepdim=True)
    safe = torch.where(scale == 0, torch.ones_like(scale), scale)
    norm = safe * ((torch.where(rows >= j, x, torch.zeros_like(x)) / safe) ** 2).sum(
        -2, keepdim=True).sqrt()
    zero = (tail == 0).all(-2, keepdim=True)
    beta = torch.where(alpha >= 0, -norm, norm)
    safe_beta = torch.where(zero, torch.ones_like(beta), beta)
    tau = torch.where(zero, torch.zeros_like(beta), (beta - alpha) / safe_beta)
    denom = torch.where(zero, torch.ones_like(beta), alpha - beta)
    v = torch.where(rows > j, tail / denom, (rows == j).to(a.dtype))
    return v, tau, torch.where(zero, alpha, beta)


def _geqrf(op: str, a):
    """(a holding R and the reflectors below the diagonal, tau (..., k))."""
    _real(op, a)
    m, n = _static(op, a)
    rows = torch.arange(m, device=a.device).reshape(m, 1)
    cols = torch.arange(n, device=a.device).reshape(1, n)
    taus = []
    for j in range(min(m, n)):
        v, tau, diag = _reflector(a, j, rows)
        updated = a - tau * v * (v * a).sum(-2, keepdim=True)
        col_j = torch.where(rows > j, v, torch.where(rows == j, diag, a[..., :, j:j + 1]))
        a = torch.where(cols > j, updated, torch.where(cols == j, col_j, a))
        taus.append(tau.reshape(*a.shape[:-2], 1))
    tau = torch.cat(taus, -1) if taus else a.new_zeros(*a.shape[:-2], 0)
    return a, tau


def geqrf(a):
    return _geqrf("geqrf", a)


def _vectors(op: str, a, tau):
    """[(v_i, tau_i)] of the reflectors stored in `a` (..., m, *) and `tau`."""
    m = _static(op, a)[0]
    k = _static(op, tau, dims=(-1,))[0]
    rows = torch.arange(m, device=a.device).reshape(m, 1)
    out = []
    for i in range(k):
        col = a[..., :, i:i + 1]
        v = torch.where(rows > i, col, (rows == i).to(a.dtype))
        out.append((v, tau[..., i:i + 1].unsqueeze(-1)))
    return out


def _apply_left(c, reflectors):
    """H_r ... H_1 C for reflectors [(v_1, tau_1), ...] applied in order."""
    for v, tau in reflectors:
        c = c - tau * v * (v * c).sum(-2, keepdim=True)
    return c


def householder_product(a, tau):
    _real("linalg_householder_product", a, tau)
    m, n = _static("linalg_householder_product", a)
    k = tau.shape[-1]
    if not (m >= n >= k):
        raise RuntimeError("linalg_householder_product: needs rows >= columns >= len(tau)")
    batch = torch.broadcast_shapes(a.shape[:-2], tau.shape[:-1])
    a = a.expand(*batch, m, n)
    tau = tau.expand(*batch, k)
    eye = torch.eye(m, n, dtype=a.dtype, device=a.device).expand(*batch, m, n)
    return _apply_left(eye, reversed(_vectors("linalg_householder_product", a, tau)))


def ormqr(a, tau, other, left=True, transpose=False):
    """op(Q) C (left) or C op(Q), Q = H_1 ... H_k from geqrf's output."""
    _real("ormqr", a, tau, other)
    batch = torch.broadcast_shapes(a.shape[:-2], tau.shape[:-1], other.shape[:-2])
    a = a.expand(*batch, *a.shape[-2:])
    tau = tau.expand(*batch, tau.shape[-1])
    c = other.expand(*batch, *other.shape[-2:])
    reflectors = _vectors("ormqr", a, tau)
    # Q C = H_1 (... (H_k C)); Q^T C = H_k ... H_1 C; C Q = (Q^T C^T)^T
    forward = transpose if left else not transpose
    order = reflectors if forward else list(reversed(reflectors))
    if left:
        return _apply_left(c, order)
    return _apply_left(c.mT, order).mT


def linalg_qr(a, mode="reduced"):
    if mode not in ("reduced", "complete", "r"):
        raise RuntimeError(f"linalg_qr: unknown mode {mode!r}")
    m, n = _static("linalg_qr", a)
    k = min(m, n)
    h, tau = _geqrf("linalg_qr", a)
    if mode == "r":
        return a.new_zeros(0), torch.triu(h[..., :k, :])
    if mode == "complete" and m > n:
        pad = h.new_zeros(*h.shape[:-2], m, m - n)
        q = householder_product(torch.cat([h, pad], -1), tau)
        return q, torch.triu(h)
    return householder_product(h[..., :, :k], tau), torch.triu(h[..., :k, :])


def cholesky(a, upper=False):
    """torch.cholesky: potrf on the lower triangle; eager raises on a matrix
    that is not positive-definite, kept as `_linalg_check_errors`."""
    _real("cholesky", a)
    low, info = _cholesky_lower("cholesky", a)
    aten._linalg_check_errors(info, "torch.cholesky", is_matrix=a.dim() == 2)
    return low.mT if upper else low


# scaling and squaring: exp(A) = T(A / 2^s)^(2^s), T the degree-18 Taylor
# polynomial, s the least with ||A||_1 / 2^s <= 1 (the truncation error is
# then below 1/19! ~ 8e-18 relative); up to _MAX_SQUARINGS squarings.
_TAYLOR_DEGREE = 18
_MAX_SQUARINGS = 40


def matrix_exp(a):
    _real("linalg_matrix_exp", a)
    n = _static("linalg_matrix_exp", a)[0]
    eye = torch.eye(n, dtype=a.dtype, device=a.device)
    norm = a.abs().sum(-2).amax(-1, keepdim=True).unsqueeze(-1)  # (..., 1, 1)
    s = torch.ceil(torch.log2(norm)).clamp(min=0)
    too_big = ~(s <= _MAX_SQUARINGS)  # also NaN
    s = torch.where(too_big, torch.zeros_like(s), s)
    x = a * torch.exp2(-s)
    result = eye + x / _TAYLOR_DEGREE
    for d in range(_TAYLOR_DEGREE - 1, 0, -1):  # Horner: I + x/1 (I + x/2 (...))
        result = eye + (x @ result) / d
    for i in range(_MAX_SQUARINGS):
        result = torch.where(s > i, result @ result, result)
    return torch.where(too_big, torch.full_like(result, float("nan")), result)


def qr_decompositions() -> dict:
    """{OpOverload: decomposition} of the factorizations above."""
    return {
        aten.geqrf.default: geqrf,
        aten.linalg_householder_product.default: householder_product,
        aten.ormqr.default: ormqr,
        aten.linalg_qr.default: linalg_qr,
        aten.cholesky.default: cholesky,
        aten.linalg_matrix_exp.default: matrix_exp,
    }
