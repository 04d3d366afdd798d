"""Matrix products lowered to linalg-on-tensors, run on the reference
backend and compared with torch eager: mm, bmm, matmul (every rank
combination, broadcast batch dims), addmm/baddbmm/addbmm/addmv (beta,
alpha), linear, dot, mv, outer, einsum; f32/f64/f16/bf16/int dtypes;
static and dynamic dims. `run` (shared with test_conv/test_pooling) also
checks that the expected linalg op is in the lowered IR."""

import pytest
import torch
import torch.nn.functional as F
import torch_mlir_fx
from harness import compare, module, to_llvm

_g = torch.Generator().manual_seed(0)


def rnd(*shape, dtype=torch.float32):
    if dtype.is_floating_point:
        return torch.randn(*shape, generator=_g).to(dtype)
    lo = 0 if dtype == torch.uint8 else -8
    return torch.randint(lo, 8, shape, generator=_g).to(dtype)


def run(fn, *inputs, dynamic=None, expect=(), rtol=1e-5, atol=1e-5, min_size=2):
    """Export `fn` (dynamic={arg: [dims]} or {arg: {dim: "name"}}; one name
    is one symbol; dims but the first have at least `min_size`, which
    export's guards on window counts need), lower to linalg-on-tensors, check the `expect` op names
    are in the IR, lower to LLVM, run on the refbackend, compare with eager."""
    names, spec = {}, []
    for i, _ in enumerate(inputs):
        want = (dynamic or {}).get(i)
        if want is None:
            spec.append(None)
            continue
        if not isinstance(want, dict):
            want = {d: f"a{i}d{d}" for d in want}
        spec.append({d: names.setdefault(name, torch.export.Dim(
            name, min=2 if d == 0 else min_size)) for d, name in want.items()})
    lowered = torch_mlir_fx.export_and_import(
        module(fn, len(inputs)).eval(), *inputs, output_type="linalg-on-tensors",
        dynamic_shapes=tuple(spec) if dynamic else None)
    text = str(lowered)
    assert "torch." not in text.replace("torch.arg_dtypes", "").replace(
        "torch.result_dtypes", ""), text
    if dynamic:
        assert "?" in text, "no dynamic dim reached the lowering"
    for op in [expect] if isinstance(expect, str) else expect:
        assert op in text, f"{op} not in\n{text}"
    to_llvm(lowered)
    import torch_mlir_refbackend

    got = torch_mlir_refbackend.compile(lowered).main(*inputs)
    compare(got, fn(*inputs), rtol, atol)
    return lowered


_TOL = {torch.float16: 2e-2, torch.bfloat16: 5e-2, torch.float32: 1e-4, torch.float64: 1e-9}
DTYPES = [torch.float32, torch.float64, torch.float16, torch.bfloat16, torch.int64, torch.int32,
          torch.int8, torch.uint8]


def _tol(dtype):
    t = _TOL.get(dtype, 0)
    return dict(rtol=t, atol=t)


def _id(d):
    return str(d).split(".")[-1]


# --- mm / bmm ---------------------------------------------------------------------


@pytest.mark.parametrize("dtype", DTYPES, ids=_id)
def test_mm_dtypes(dtype):
    run(torch.mm, rnd(3, 5, dtype=dtype), rnd(5, 4, dtype=dtype), expect="linalg.matmul",
        **_tol(dtype))


@pytest.mark.parametrize("dynamic", [{0: [0]}, {1: [1]}, {0: [0, 1], 1: {0: "a0d1"}}],
                         ids=["m", "n", "mk"])
def test_mm_dynamic(dynamic):
    run(torch.mm, rnd(3, 5), rnd(5, 4), dynamic=dynamic, expect="linalg.matmul")


def test_mm_f16_accumulates_in_f32():
    # 4096 products of 1s: exact in f32, not representable step by step in f16 (2048 + 1).
    m = run(torch.mm, torch.ones(2, 4096, dtype=torch.float16),
            torch.ones(4096, 2, dtype=torch.float16), rtol=0, atol=0)
    assert "tensor<2x2xf32>" in str(m) and "arith.truncf" in str(m)


@pytest.mark.parametrize("dtype", [torch.float32, torch.float16, torch.int64], ids=_id)
def test_bmm(dtype):
    run(torch.bmm, rnd(3, 2, 5, dtype=dtype), rnd(3, 5, 4, dtype=dtype),
        expect="linalg.batch_matmul", **_tol(dtype))


def test_bmm_dynamic():
    run(torch.bmm, rnd(3, 2, 5), rnd(3, 5, 4),
        dynamic={0: {0: "b", 1: "m"}, 1: {0: "b", 2: "n"}}, expect="linalg.batch_matmul")


# --- matmul: every rank combination -------------------------------------------------

MATMUL = [
    ("1x1", (5,), (5,), None),
    ("2x1", (3, 5), (5,), {0: [0]}),
    ("1x2", (5,), (5, 4), {1: [1]}),
    ("2x2", (3, 5), (5, 4), None),
    ("3x1", (2, 3, 5), (5,), {0: [0]}),
    ("1x3", (5,), (2, 5, 4), None),
    ("3x2", (2, 3, 5), (5, 4), {0: [0, 1]}),
    ("2x3", (3, 5), (2, 5, 4), None),
    ("3x3", (2, 3, 5), (2, 5, 4), None),
    ("4x4", (2, 3, 2, 5), (2, 3, 5, 4), {0: {0: "b"}, 1: {0: "b"}}),
    ("4x3_broadcast", (2, 1, 3, 5), (4, 5, 2), {0: [0]}),
    ("3x4_broadcast", (1, 3, 5), (2, 4, 5, 2), None),
    ("4x2", (2, 2, 3, 5), (5, 4), None),
    ("1x4", (5,), (2, 3, 5, 4), None),
]


@pytest.mark.parametrize("name,a,b,dynamic", MATMUL, ids=[m[0] for m in MATMUL])
def test_matmul(name, a, b, dynamic):
    run(torch.matmul, rnd(*a), rnd(*b), dynamic=dynamic)


@pytest.mark.parametrize("dtype", [torch.float16, torch.int32], ids=_id)
def test_matmul_broadcast_dtypes(dtype):
    run(torch.matmul, rnd(2, 1, 3, 5, dtype=dtype), rnd(4, 5, 2, dtype=dtype), **_tol(dtype))


# --- addmm family -------------------------------------------------------------------


@pytest.mark.parametrize("beta,alpha", [(1, 1), (0.5, 2.0), (0, 1.5), (2, 0)],
                         ids=["plain", "scaled", "beta0", "alpha0"])
def test_addmm(beta, alpha):
    run(lambda c, a, b: torch.addmm(c, a, b, beta=beta, alpha=alpha),
        rnd(4), rnd(3, 5), rnd(5, 4), expect="linalg.matmul")


def test_addmm_beta0_ignores_nan():
    run(lambda c, a, b: torch.addmm(c, a, b, beta=0), torch.full((3, 4), float("nan")),
        rnd(3, 5), rnd(5, 4))


def test_addmm_column_bias_dynamic():
    run(lambda c, a, b: torch.addmm(c, a, b, beta=0.5), rnd(1, 4), rnd(3, 5), rnd(5, 4),
        dynamic={1: [0]})


def test_addmm_int():
    run(lambda c, a, b: torch.addmm(c, a, b, beta=2, alpha=3), rnd(3, 4, dtype=torch.int64),
        rnd(3, 5, dtype=torch.int64), rnd(5, 4, dtype=torch.int64))


def test_addmm_f16():
    run(torch.addmm, rnd(4, dtype=torch.float16), rnd(3, 5, dtype=torch.float16),
        rnd(5, 4, dtype=torch.float16), **_tol(torch.float16))


def test_baddbmm():
    run(lambda c, a, b: torch.baddbmm(c, a, b, beta=0.5, alpha=1.5), rnd(2, 3, 4),
        rnd(2, 3, 5), rnd(2, 5, 4), expect="linalg.batch_matmul")


def test_addbmm():
    run(lambda c, a, b: torch.addbmm(c, a, b, beta=0.5, alpha=2.0), rnd(3, 4), rnd(2, 3, 5),
        rnd(2, 5, 4))


def test_addmv():
    run(lambda c, a, b: torch.addmv(c, a, b, beta=2.0, alpha=0.5), rnd(3), rnd(3, 5), rnd(5))


# --- linear, dot, mv, outer ------------------------------------------------------------

LINEAR = [
    ("2d", (3, 5), True, None),
    ("2d_dynamic", (3, 5), True, {0: [0]}),
    ("3d_dynamic", (2, 3, 5), True, {0: [0, 1]}),
    ("4d", (2, 2, 3, 5), True, None),
    ("no_bias", (3, 5), False, {0: [0]}),
    ("1d_input", (5,), True, None),
]


@pytest.mark.parametrize("name,shape,bias,dynamic", LINEAR, ids=[x[0] for x in LINEAR])
def test_linear(name, shape, bias, dynamic):
    args = (rnd(*shape), rnd(4, 5)) + ((rnd(4),) if bias else ())
    run(F.linear, *args, dynamic=dynamic)


def test_linear_bf16():
    run(F.linear, rnd(3, 5, dtype=torch.bfloat16), rnd(4, 5, dtype=torch.bfloat16),
        rnd(4, dtype=torch.bfloat16), **_tol(torch.bfloat16))


@pytest.mark.parametrize("dtype", [torch.float32, torch.int64], ids=_id)
def test_dot(dtype):
    run(torch.dot, rnd(7, dtype=dtype), rnd(7, dtype=dtype))


def test_dot_dynamic():
    run(torch.dot, rnd(7), rnd(7), dynamic={0: {0: "n"}, 1: {0: "n"}})


def test_mv():
    run(torch.mv, rnd(3, 7), rnd(7), dynamic={0: [0]})


def test_outer():
    run(torch.outer, rnd(3), rnd(4))


# --- einsum ---------------------------------------------------------------------

EINSUM = [
    ("bmm", "bij,bjk->bik", [(2, 3, 4), (2, 4, 5)]),
    ("attention", "bhqd,bhkd->bhqk", [(2, 2, 3, 4), (2, 2, 5, 4)]),
    ("transpose_b", "ij,kj->ik", [(3, 4), (5, 4)]),
    ("outer", "i,j->ij", [(3,), (4,)]),
    ("trace", "ii->", [(3, 3)]),
    ("column_sum", "ij->j", [(3, 4)]),
    ("ellipsis", "...ij,...jk->...ik", [(2, 3, 4), (2, 4, 5)]),
    ("chain", "ij,jk,kl->il", [(2, 3), (3, 4), (4, 5)]),
    ("implicit", "ij,jk", [(2, 3), (3, 4)]),
    ("bilinear", "bn,anm,bm->ba", [(2, 3), (4, 3, 5), (2, 5)]),
]


@pytest.mark.parametrize("name,eq,shapes", EINSUM, ids=[e[0] for e in EINSUM])
def test_einsum(name, eq, shapes):
    run(lambda *xs: torch.einsum(eq, *xs), *[rnd(*s) for s in shapes])


def test_einsum_dynamic():
    run(lambda a, b: torch.einsum("bij,bjk->bik", a, b), rnd(2, 3, 4), rnd(2, 4, 5),
        dynamic={0: {0: "b", 1: "m"}, 1: {0: "b"}})
