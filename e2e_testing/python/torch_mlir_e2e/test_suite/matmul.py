"""Matrix-multiply family: mm, bmm, matmul (every rank combination), addmm,
baddbmm, addmv, linear, einsum, dot/mv/outer; static and dynamic dims,
float32/float64 and integer dtypes."""

import torch
import torch.nn.functional as F

from torch_mlir_e2e.registry import F64, I64, I32, Arg, e2e_test


# ---------------------------------------------------------------- mm / bmm


@e2e_test(args=[Arg([3, 4]), Arg([4, 5])], inputs=lambda tu: (tu.randn(3, 4), tu.randn(4, 5)))
def matmul_mm_static(a, b):
    return torch.mm(a, b)


@e2e_test(args=[Arg([-1, 8]), Arg([8, -1])],
          inputs=lambda tu: (tu.randn(5, 8), tu.randn(8, 6)))
def matmul_mm_dynamic_mn(a, b):
    return torch.mm(a, b)


@e2e_test(args=[Arg([-1, -1]), Arg([-1, -1])],
          inputs=lambda tu: (tu.randn(4, 7), tu.randn(7, 3)))
def matmul_mm_dynamic_mkn(a, b):
    return torch.mm(a, b)


@e2e_test(args=[Arg([6, 5], F64), Arg([5, 4], F64)],
          inputs=lambda tu: (tu.randn(6, 5, dtype=F64), tu.randn(5, 4, dtype=F64)))
def matmul_mm_f64(a, b):
    return torch.mm(a, b)


@e2e_test(args=[Arg([3, 4], I64), Arg([4, 5], I64)],
          inputs=lambda tu: (tu.randint(3, 4, low=-5, high=5), tu.randint(4, 5, low=-5, high=5)))
def matmul_mm_int64(a, b):
    return torch.mm(a, b)


@e2e_test(args=[Arg([-1, 4], I32), Arg([4, 3], I32)],
          inputs=lambda tu: (tu.randint(5, 4, low=-9, high=9, dtype=I32),
                             tu.randint(4, 3, low=-9, high=9, dtype=I32)))
def matmul_mm_int32_dynamic(a, b):
    return torch.mm(a, b)


@e2e_test(args=[Arg([64, 48]), Arg([48, 32])],
          inputs=lambda tu: (tu.randn(64, 48), tu.randn(48, 32)), atol=1e-4, rtol=1e-4)
def matmul_mm_larger(a, b):
    return torch.mm(a, b)


@e2e_test(args=[Arg([5, 3]), Arg([5, 4])], inputs=lambda tu: (tu.randn(5, 3), tu.randn(5, 4)))
def matmul_mm_transposed_lhs(a, b):
    return torch.mm(a.t(), b)


@e2e_test(args=[Arg([3, 5]), Arg([4, 5])], inputs=lambda tu: (tu.randn(3, 5), tu.randn(4, 5)))
def matmul_mm_transposed_rhs(a, b):
    return a @ b.t()


@e2e_test(args=[Arg([2, 3, 4]), Arg([2, 4, 5])],
          inputs=lambda tu: (tu.randn(2, 3, 4), tu.randn(2, 4, 5)))
def matmul_bmm_static(a, b):
    return torch.bmm(a, b)


@e2e_test(args=[Arg([-1, -1, 6]), Arg([-1, 6, -1])],
          inputs=lambda tu: (tu.randn(3, 4, 6), tu.randn(3, 6, 5)))
def matmul_bmm_dynamic(a, b):
    return torch.bmm(a, b)


@e2e_test(args=[Arg([2, 4, 3], F64), Arg([2, 3, 2], F64)],
          inputs=lambda tu: (tu.randn(2, 4, 3, dtype=F64), tu.randn(2, 3, 2, dtype=F64)))
def matmul_bmm_f64(a, b):
    return torch.bmm(a, b)


@e2e_test(args=[Arg([-1, 3, 4], I64), Arg([-1, 4, 2], I64)],
          inputs=lambda tu: (tu.randint(2, 3, 4, low=-4, high=4),
                             tu.randint(2, 4, 2, low=-4, high=4)))
def matmul_bmm_int64_dynamic(a, b):
    return torch.bmm(a, b)


# ---------------------------------------------------------------- matmul (all ranks)


@e2e_test(args=[Arg([7]), Arg([7])], inputs=lambda tu: (tu.randn(7), tu.randn(7)))
def matmul_1d_1d(a, b):
    return torch.matmul(a, b)


@e2e_test(args=[Arg([-1]), Arg([-1])], inputs=lambda tu: (tu.randn(9), tu.randn(9)))
def matmul_1d_1d_dynamic(a, b):
    return torch.matmul(a, b)


@e2e_test(args=[Arg([4]), Arg([4, 6])], inputs=lambda tu: (tu.randn(4), tu.randn(4, 6)))
def matmul_1d_2d(a, b):
    return torch.matmul(a, b)


@e2e_test(args=[Arg([5, 4]), Arg([4])], inputs=lambda tu: (tu.randn(5, 4), tu.randn(4)))
def matmul_2d_1d(a, b):
    return torch.matmul(a, b)


@e2e_test(args=[Arg([-1, -1]), Arg([-1])], inputs=lambda tu: (tu.randn(5, 3), tu.randn(3)))
def matmul_2d_1d_dynamic(a, b):
    return a @ b


@e2e_test(args=[Arg([2, 3, 4]), Arg([4, 5])],
          inputs=lambda tu: (tu.randn(2, 3, 4), tu.randn(4, 5)))
def matmul_3d_2d_broadcast(a, b):
    return torch.matmul(a, b)


@e2e_test(args=[Arg([-1, -1, 4]), Arg([4, 5])],
          inputs=lambda tu: (tu.randn(3, 6, 4), tu.randn(4, 5)))
def matmul_3d_2d_broadcast_dynamic(a, b):
    return torch.matmul(a, b)


# A permuted 3-D input cannot be viewed as 2-D, so torch's matmul expands the
# matrix along the batch and calls bmm (what nn.MultiheadAttention does for
# batch_first inputs with batch > 1); the lowering makes it one matmul.
@e2e_test(args=[Arg([3, 5, 8]), Arg([8, 6])],
          inputs=lambda tu: (tu.randn(3, 5, 8), tu.randn(8, 6)))
def matmul_permuted_3d_by_matrix(a, b):
    return torch.matmul(a.permute(1, 0, 2), b)


@e2e_test(args=[Arg([-1, -1, 8]), Arg([6, 8]), Arg([6])],
          inputs=lambda tu: (tu.randn(2, 7, 8), tu.randn(6, 8), tu.randn(6)))
def matmul_permuted_3d_linear_dynamic(x, w, b):
    return F.linear(x.transpose(0, 1), w, b)


@e2e_test(args=[Arg([-1, 4, 3], I64), Arg([3, 5], I64)],
          inputs=lambda tu: (tu.randint(2, 4, 3, low=-5, high=5),
                             tu.randint(3, 5, low=-5, high=5)))
def matmul_permuted_3d_by_matrix_int64(a, b):
    return torch.matmul(a.transpose(0, 1), b)


@e2e_test(args=[Arg([4, 5]), Arg([3, 5, 2])],
          inputs=lambda tu: (tu.randn(4, 5), tu.randn(3, 5, 2)))
def matmul_2d_3d_broadcast(a, b):
    return torch.matmul(a, b)


@e2e_test(args=[Arg([2, 3, 4]), Arg([4])], inputs=lambda tu: (tu.randn(2, 3, 4), tu.randn(4)))
def matmul_3d_1d(a, b):
    return torch.matmul(a, b)


@e2e_test(args=[Arg([3]), Arg([2, 3, 4])], inputs=lambda tu: (tu.randn(3), tu.randn(2, 3, 4)))
def matmul_1d_3d(a, b):
    return torch.matmul(a, b)


@e2e_test(args=[Arg([2, 3, 4, 5]), Arg([2, 3, 5, 6])],
          inputs=lambda tu: (tu.randn(2, 3, 4, 5), tu.randn(2, 3, 5, 6)))
def matmul_4d_4d(a, b):
    return torch.matmul(a, b)


@e2e_test(args=[Arg([2, 1, 4, 5]), Arg([1, 3, 5, 6])],
          inputs=lambda tu: (tu.randn(2, 1, 4, 5), tu.randn(1, 3, 5, 6)))
def matmul_4d_4d_batch_broadcast(a, b):
    return torch.matmul(a, b)


@e2e_test(args=[Arg([-1, 2, -1, 8]), Arg([-1, 2, 8, -1])],
          inputs=lambda tu: (tu.randn(3, 2, 4, 8), tu.randn(3, 2, 8, 5)))
def matmul_4d_4d_dynamic(a, b):
    return torch.matmul(a, b)


@e2e_test(args=[Arg([2, 3, 4, 5]), Arg([5, 2])],
          inputs=lambda tu: (tu.randn(2, 3, 4, 5), tu.randn(5, 2)))
def matmul_4d_2d(a, b):
    return a @ b


@e2e_test(args=[Arg([3, 1, 4, 5], F64), Arg([2, 5, 3], F64)],
          inputs=lambda tu: (tu.randn(3, 1, 4, 5, dtype=F64), tu.randn(2, 5, 3, dtype=F64)))
def matmul_4d_3d_broadcast_f64(a, b):
    return torch.matmul(a, b)


@e2e_test(args=[Arg([2, 3, 4], I64), Arg([4, 2], I64)],
          inputs=lambda tu: (tu.randint(2, 3, 4, low=-5, high=5),
                             tu.randint(4, 2, low=-5, high=5)))
def matmul_3d_2d_int64(a, b):
    return torch.matmul(a, b)


# ---------------------------------------------------------------- addmm / baddbmm / addmv


@e2e_test(args=[Arg([3, 5]), Arg([3, 4]), Arg([4, 5])],
          inputs=lambda tu: (tu.randn(3, 5), tu.randn(3, 4), tu.randn(4, 5)))
def matmul_addmm(c, a, b):
    return torch.addmm(c, a, b)


@e2e_test(args=[Arg([5]), Arg([3, 4]), Arg([4, 5])],
          inputs=lambda tu: (tu.randn(5), tu.randn(3, 4), tu.randn(4, 5)))
def matmul_addmm_bias_broadcast_beta_alpha(c, a, b):
    return torch.addmm(c, a, b, beta=0.5, alpha=2.0)


@e2e_test(args=[Arg([-1, 1]), Arg([-1, 6]), Arg([6, -1])],
          inputs=lambda tu: (tu.randn(4, 1), tu.randn(4, 6), tu.randn(6, 3)))
def matmul_addmm_dynamic_column_bias(c, a, b):
    return torch.addmm(c, a, b, beta=-1.5, alpha=0.25)


@e2e_test(args=[Arg([3, 2], F64), Arg([3, 4], F64), Arg([4, 2], F64)],
          inputs=lambda tu: (tu.randn(3, 2, dtype=F64), tu.randn(3, 4, dtype=F64),
                             tu.randn(4, 2, dtype=F64)))
def matmul_addmm_f64_beta0(c, a, b):
    return torch.addmm(c, a, b, beta=0.0, alpha=3.0)


@e2e_test(args=[Arg([2, 3, 5]), Arg([2, 3, 4]), Arg([2, 4, 5])],
          inputs=lambda tu: (tu.randn(2, 3, 5), tu.randn(2, 3, 4), tu.randn(2, 4, 5)))
def matmul_baddbmm(c, a, b):
    return torch.baddbmm(c, a, b, beta=0.75, alpha=1.5)


@e2e_test(args=[Arg([5]), Arg([-1, 3, 4]), Arg([-1, 4, 5])],
          inputs=lambda tu: (tu.randn(5), tu.randn(3, 3, 4), tu.randn(3, 4, 5)))
def matmul_baddbmm_broadcast_dynamic(c, a, b):
    return torch.baddbmm(c, a, b)


@e2e_test(args=[Arg([3]), Arg([3, 4]), Arg([4])],
          inputs=lambda tu: (tu.randn(3), tu.randn(3, 4), tu.randn(4)))
def matmul_addmv(c, m, v):
    return torch.addmv(c, m, v, beta=2.0, alpha=0.5)


# ---------------------------------------------------------------- linear


@e2e_test(args=[Arg([4, 6]), Arg([3, 6]), Arg([3])],
          inputs=lambda tu: (tu.randn(4, 6), tu.randn(3, 6), tu.randn(3)))
def matmul_linear_bias(x, w, b):
    return F.linear(x, w, b)


@e2e_test(args=[Arg([4, 6]), Arg([3, 6])], inputs=lambda tu: (tu.randn(4, 6), tu.randn(3, 6)))
def matmul_linear_no_bias(x, w):
    return F.linear(x, w)


@e2e_test(args=[Arg([2, -1, 6]), Arg([5, 6]), Arg([5])],
          inputs=lambda tu: (tu.randn(2, 3, 6), tu.randn(5, 6), tu.randn(5)))
def matmul_linear_3d_dynamic(x, w, b):
    return F.linear(x, w, b)


@e2e_test(args=[Arg([6]), Arg([4, 6]), Arg([4])],
          inputs=lambda tu: (tu.randn(6), tu.randn(4, 6), tu.randn(4)))
def matmul_linear_1d_input(x, w, b):
    return F.linear(x, w, b)


@e2e_test(args=[Arg([-1, 16])], inputs=lambda tu: (tu.randn(5, 16),), atol=1e-5, rtol=1e-5)
class matmul_nn_linear_dynamic_batch(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = torch.nn.Linear(16, 8)

    def forward(self, x):
        return self.fc(x)


@e2e_test(args=[Arg([2, 3, 10])], inputs=lambda tu: (tu.randn(2, 3, 10),))
class matmul_nn_linear_no_bias_3d(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = torch.nn.Linear(10, 4, bias=False)

    def forward(self, x):
        return self.fc(x)


@e2e_test(args=[Arg([3, 5], F64)], inputs=lambda tu: (tu.randn(3, 5, dtype=F64),))
class matmul_nn_linear_f64(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = torch.nn.Linear(5, 2, dtype=F64)

    def forward(self, x):
        return self.fc(x)


# ---------------------------------------------------------------- einsum


@e2e_test(args=[Arg([3, 4]), Arg([4, 5])], inputs=lambda tu: (tu.randn(3, 4), tu.randn(4, 5)))
def matmul_einsum_ij_jk(a, b):
    return torch.einsum("ij,jk->ik", a, b)


@e2e_test(args=[Arg([-1, 3, 4]), Arg([-1, 4, 5])],
          inputs=lambda tu: (tu.randn(2, 3, 4), tu.randn(2, 4, 5)))
def matmul_einsum_bmm_dynamic(a, b):
    return torch.einsum("bij,bjk->bik", a, b)


@e2e_test(args=[Arg([2, 2, 5, 4]), Arg([2, 2, 6, 4])],
          inputs=lambda tu: (tu.randn(2, 2, 5, 4), tu.randn(2, 2, 6, 4)))
def matmul_einsum_attention_scores(q, k):
    return torch.einsum("bhqd,bhkd->bhqk", q, k)


@e2e_test(args=[Arg([5]), Arg([4])], inputs=lambda tu: (tu.randn(5), tu.randn(4)))
def matmul_einsum_outer(a, b):
    return torch.einsum("i,j->ij", a, b)


@e2e_test(args=[Arg([6]), Arg([6])], inputs=lambda tu: (tu.randn(6), tu.randn(6)))
def matmul_einsum_dot(a, b):
    return torch.einsum("i,i->", a, b)


@e2e_test(args=[Arg([2, 3, 4])], inputs=lambda tu: (tu.randn(2, 3, 4),))
def matmul_einsum_permute(a):
    return torch.einsum("ijk->kji", a)


@e2e_test(args=[Arg([3, 4]), Arg([2, 4, 5]), Arg([3, 5])],
          inputs=lambda tu: (tu.randn(3, 4), tu.randn(2, 4, 5), tu.randn(3, 5)))
def matmul_einsum_bilinear(x1, w, x2):
    return torch.einsum("bn,anm,bm->ba", x1, w, x2)


@e2e_test(args=[Arg([2, 3, 4, 5]), Arg([2, 3, 5, 2])],
          inputs=lambda tu: (tu.randn(2, 3, 4, 5), tu.randn(2, 3, 5, 2)))
def matmul_einsum_ellipsis(a, b):
    return torch.einsum("...ij,...jk->...ik", a, b)


@e2e_test(args=[Arg([3, 4]), Arg([3, 4])], inputs=lambda tu: (tu.randn(3, 4), tu.randn(3, 4)))
def matmul_einsum_rowwise_dot(a, b):
    return torch.einsum("ij,ij->i", a, b)


@e2e_test(args=[Arg([3, 4], F64), Arg([5, 4], F64)],
          inputs=lambda tu: (tu.randn(3, 4, dtype=F64), tu.randn(5, 4, dtype=F64)))
def matmul_einsum_ik_jk_f64(a, b):
    return torch.einsum("ik,jk->ij", a, b)


# ---------------------------------------------------------------- dot / mv / outer / vecdot


@e2e_test(args=[Arg([8]), Arg([8])], inputs=lambda tu: (tu.randn(8), tu.randn(8)))
def matmul_dot(a, b):
    return torch.dot(a, b)


@e2e_test(args=[Arg([-1], I64), Arg([-1], I64)],
          inputs=lambda tu: (tu.randint(6, low=-5, high=5), tu.randint(6, low=-5, high=5)))
def matmul_dot_int64_dynamic(a, b):
    return torch.dot(a, b)


@e2e_test(args=[Arg([4, 6]), Arg([6])], inputs=lambda tu: (tu.randn(4, 6), tu.randn(6)))
def matmul_mv(m, v):
    return torch.mv(m, v)


@e2e_test(args=[Arg([-1, 5], F64), Arg([5], F64)],
          inputs=lambda tu: (tu.randn(3, 5, dtype=F64), tu.randn(5, dtype=F64)))
def matmul_mv_f64_dynamic(m, v):
    return torch.mv(m, v)


@e2e_test(args=[Arg([4]), Arg([-1])], inputs=lambda tu: (tu.randn(4), tu.randn(3)))
def matmul_outer_dynamic(a, b):
    return torch.outer(a, b)


@e2e_test(args=[Arg([3, 4]), Arg([4, 5]), Arg([5, 2])],
          inputs=lambda tu: (tu.randn(3, 4), tu.randn(4, 5), tu.randn(5, 2)))
def matmul_chain(a, b, c):
    return torch.linalg.multi_dot([a, b, c])


@e2e_test(args=[Arg([4, 4])], inputs=lambda tu: (tu.randn(4, 4),))
def matmul_self_gram(a):
    return a @ a.t() + a.t() @ a


# ---------------------------------------------------------------- bilinear (_trilinear) / _int_mm

@e2e_test(args=[Arg([4, 3]), Arg([4, 5]), Arg([2, 3, 5]), Arg([2])],
          inputs=lambda tu: (tu.randn(4, 3), tu.randn(4, 5), tu.randn(2, 3, 5), tu.randn(2)))
def bilinear_basic(x1, x2, w, b):
    return F.bilinear(x1, x2, w, b)


@e2e_test(args=[Arg([-1, 2, 3]), Arg([-1, 2, 4]), Arg([5, 3, 4])],
          inputs=lambda tu: (tu.randn(3, 2, 3), tu.randn(3, 2, 4), tu.randn(5, 3, 4)))
def bilinear_dynamic_no_bias(x1, x2, w):
    return F.bilinear(x1, x2, w)


@e2e_test(args=[Arg([32, 16], torch.int8), Arg([16, 8], torch.int8)],
          inputs=lambda tu: (tu.randint(32, 16, low=-128, high=128).to(torch.int8),
                             tu.randint(16, 8, low=-128, high=128).to(torch.int8)))
def int_mm_basic(a, b):
    return torch._int_mm(a, b)


@e2e_test(args=[Arg([-1, 8], torch.int8), Arg([8, -1], torch.int8)],
          inputs=lambda tu: (tu.randint(17, 8, low=-128, high=128).to(torch.int8),
                             tu.randint(8, 24, low=-128, high=128).to(torch.int8)))
def int_mm_dynamic(a, b):
    return torch._int_mm(a, b)
