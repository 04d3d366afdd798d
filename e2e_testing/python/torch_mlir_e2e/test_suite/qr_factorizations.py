"""Householder QR (geqrf's reflectors and LAPACK's signs of R's diagonal;
modes reduced/complete/r; tall, wide, batched), householder_product, ormqr,
torch.cholesky and matrix_exp (scaling and squaring). Static matrix sizes:
the column loops are unrolled (torch_mlir_core.passes.qr_decompositions)."""

import torch

from torch_mlir_e2e.registry import F64, Arg, e2e_test

_TOL = dict(rtol=1e-4, atol=1e-4)


@e2e_test(args=[Arg([5, 3])], inputs=lambda tu: (tu.rand(5, 3, low=-1, high=1),), **_TOL)
def linalg_qr_tall(a):
    q, r = torch.linalg.qr(a)
    qc, rc = torch.linalg.qr(a, mode="complete")
    return q, r, qc, rc, torch.linalg.qr(a, mode="r")[1]


@e2e_test(args=[Arg([2, 3, 5])], inputs=lambda tu: (tu.rand(2, 3, 5, low=-1, high=1),),
          **_TOL)
def linalg_qr_wide_batched(a):
    q, r = torch.linalg.qr(a)
    return q, r


@e2e_test(args=[Arg([4, 4], F64)], inputs=lambda tu: (tu.rand(4, 4, low=-1, high=1).double(),))
def qr_f64(a):
    q, r = torch.qr(a)
    return q, r


@e2e_test(args=[Arg([2, 4, 3])], inputs=lambda tu: (tu.rand(2, 4, 3, low=-1, high=1),), **_TOL)
def geqrf_batched(a):
    h, tau = torch.geqrf(a)
    return h, tau


@e2e_test(args=[Arg([4, 4])], inputs=lambda tu: (tu.rand(4, 4, low=-1, high=1),), **_TOL)
def geqrf_zero_column(a):
    """A column already zero below the diagonal: tau = 0, R keeps its sign."""
    h, tau = torch.geqrf(torch.triu(a))
    return h, tau


@e2e_test(args=[Arg([5, 3]), Arg([2])],
          inputs=lambda tu: (tu.rand(5, 3, low=-1, high=1), tu.rand(2, low=0, high=2)),
          **_TOL)
def linalg_householder_product(a, tau):
    return torch.linalg.householder_product(a, tau)


@e2e_test(args=[Arg([2, 4, 4]), Arg([2, 4])],
          inputs=lambda tu: (tu.rand(2, 4, 4, low=-1, high=1), tu.rand(2, 4, low=0, high=2)),
          **_TOL)
def linalg_householder_product_batched(a, tau):
    return torch.linalg.householder_product(a, tau)


@e2e_test(args=[Arg([4, 3]), Arg([4, 2]), Arg([2, 4])],
          inputs=lambda tu: (tu.rand(4, 3, low=-1, high=1), tu.rand(4, 2, low=-1, high=1),
                             tu.rand(2, 4, low=-1, high=1)),
          **_TOL)
def ormqr_left_right(a, c_left, c_right):
    h, tau = torch.geqrf(a)
    return (torch.ormqr(h, tau, c_left), torch.ormqr(h, tau, c_left, transpose=True),
            torch.ormqr(h, tau, c_right, left=False),
            torch.ormqr(h, tau, c_right, left=False, transpose=True))


@e2e_test(args=[Arg([2, 3, 3]), Arg([2, 3]), Arg([2, 3, 2])],
          inputs=lambda tu: (tu.rand(2, 3, 3, low=-1, high=1), tu.rand(2, 3, low=0, high=2),
                             tu.rand(2, 3, 2, low=-1, high=1)),
          **_TOL)
def ormqr_batched(a, tau, c):
    return torch.ormqr(a, tau, c)


@e2e_test(args=[Arg([2, 4, 4])], inputs=lambda tu: (tu.rand(2, 4, 4, low=-1, high=1),),
          **_TOL)
def cholesky_upper_lower(a):
    pd = a @ a.mT + torch.eye(4)
    return torch.cholesky(pd), torch.cholesky(pd, upper=True)


@e2e_test(args=[Arg([3, 3], F64)],
          inputs=lambda tu: (tu.rand(3, 3, low=-1, high=1).double(),))
def cholesky_f64(a):
    return torch.cholesky(a @ a.mT + torch.eye(3, dtype=torch.float64))


@e2e_test(args=[Arg([3, 4, 4])], inputs=lambda tu: (tu.rand(3, 4, 4, low=-1, high=1),),
          **_TOL)
def matrix_exp_batched(a):
    """Norms from 0.1 to 8: zero to four squarings."""
    scales = torch.tensor([0.1, 1.0, 8.0]).reshape(3, 1, 1)
    return torch.linalg.matrix_exp(a * scales)


@e2e_test(args=[Arg([5, 5], F64)],
          inputs=lambda tu: (tu.rand(5, 5, low=-3, high=3).double(),), rtol=1e-10, atol=1e-10)
def matrix_exp_f64(a):
    return torch.matrix_exp(a)
