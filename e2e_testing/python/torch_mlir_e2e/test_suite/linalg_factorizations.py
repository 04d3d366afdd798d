"""Dense linear-algebra factorizations and what is built on them: inverse,
solve (matrix and vector right-hand sides, batched), det/slogdet/logdet (a
negative determinant, batched), Cholesky (lower, upper), triangular solves
(upper/lower, left/right, unitriangular) and LU with its pivots. Static
matrix sizes: the factorizations are unrolled over the columns."""

import torch

from torch_mlir_e2e.registry import Arg, e2e_test

_TOL = dict(rtol=1e-4, atol=1e-4)


def _pd(a):
    """A symmetric positive-definite matrix from any square `a`."""
    return a @ a.mT + torch.eye(a.shape[-1])


@e2e_test(args=[Arg([4, 4])], inputs=lambda tu: (tu.rand(4, 4, low=-1, high=1),), **_TOL)
def linalg_inv(a):
    return torch.linalg.inv(a)


@e2e_test(args=[Arg([2, 3, 3])], inputs=lambda tu: (tu.rand(2, 3, 3, low=-1, high=1),),
          **_TOL)
def linalg_inv_batched(a):
    return torch.linalg.inv(a)


@e2e_test(args=[Arg([4, 4]), Arg([4, 2])],
          inputs=lambda tu: (tu.rand(4, 4, low=-1, high=1), tu.rand(4, 2, low=-1, high=1)),
          **_TOL)
def linalg_solve(a, b):
    return torch.linalg.solve(a, b)


@e2e_test(args=[Arg([2, 3, 3]), Arg([2, 3])],
          inputs=lambda tu: (tu.rand(2, 3, 3, low=-1, high=1), tu.rand(2, 3, low=-1, high=1)),
          **_TOL)
def linalg_solve_vector_batched(a, b):
    return torch.linalg.solve(a, b)


@e2e_test(args=[Arg([3, 3]), Arg([2, 3])],
          inputs=lambda tu: (tu.rand(3, 3, low=-1, high=1), tu.rand(2, 3, low=-1, high=1)),
          **_TOL)
def linalg_solve_right(a, b):
    return torch.linalg.solve(a, b, left=False)


@e2e_test(args=[Arg([3, 4, 4])], inputs=lambda tu: (tu.rand(3, 4, 4, low=-1, high=1),),
          **_TOL)
def linalg_det_batched(a):
    return torch.linalg.det(a)


@e2e_test(args=[Arg([3, 3])], inputs=lambda tu: (tu.rand(3, 3, low=-1, high=1),), **_TOL)
def linalg_det_sign(a):
    """A row swap flips the determinant's sign: one of the two is negative."""
    return torch.linalg.det(a), torch.linalg.det(a.flip(0))


@e2e_test(args=[Arg([3, 4, 4])], inputs=lambda tu: (tu.rand(3, 4, 4, low=-1, high=1),),
          **_TOL)
def linalg_slogdet_batched(a):
    sign, logabsdet = torch.linalg.slogdet(torch.cat([a, a.flip(-2)]))
    return sign, logabsdet


@e2e_test(args=[Arg([4, 4])], inputs=lambda tu: (tu.rand(4, 4, low=-1, high=1),), **_TOL)
def logdet_pd(a):
    return torch.logdet(_pd(a))


@e2e_test(args=[Arg([2, 4, 4])], inputs=lambda tu: (tu.rand(2, 4, 4, low=-1, high=1),),
          **_TOL)
def linalg_cholesky(a):
    return torch.linalg.cholesky(_pd(a)), torch.linalg.cholesky(_pd(a), upper=True)


@e2e_test(args=[Arg([4, 4]), Arg([4, 3])],
          inputs=lambda tu: (tu.rand(4, 4, low=1, high=2), tu.rand(4, 3, low=-1, high=1)),
          **_TOL)
def linalg_solve_triangular_left(a, b):
    return (torch.linalg.solve_triangular(a, b, upper=True),
            torch.linalg.solve_triangular(a, b, upper=False),
            torch.linalg.solve_triangular(a, b, upper=True, unitriangular=True))


@e2e_test(args=[Arg([4, 4]), Arg([3, 4])],
          inputs=lambda tu: (tu.rand(4, 4, low=1, high=2), tu.rand(3, 4, low=-1, high=1)),
          **_TOL)
def linalg_solve_triangular_right(a, b):
    return (torch.linalg.solve_triangular(a, b, upper=True, left=False),
            torch.linalg.solve_triangular(a, b, upper=False, left=False, unitriangular=True))


@e2e_test(args=[Arg([2, 4, 4])], inputs=lambda tu: (tu.rand(2, 4, 4, low=-1, high=1),),
          **_TOL)
def linalg_lu_factor(a):
    """Partial pivoting as LAPACK: the same rows picked, 1-based int32 pivots."""
    lu, pivots = torch.linalg.lu_factor(a)
    return lu, pivots


@e2e_test(args=[Arg([3, 5])], inputs=lambda tu: (tu.rand(3, 5, low=-1, high=1),), **_TOL)
def linalg_lu_factor_ex_wide(a):
    lu, pivots, info = torch.linalg.lu_factor_ex(a)
    return lu, pivots, info
