"""Reductions, scans and softmax lowered to linalg-on-tensors, run on the
reference backend and compared with torch eager: sum/mean/prod (dims,
keepdim, negative dims, dtype, int promotion, f16), amax/amin, max/min with
indices (first index on ties, NaN), argmax/argmin, var/std/var_mean, vector
norms, logsumexp, cumsum/cumprod, any/all, softmax/log_softmax; static,
0-d and dynamic shapes."""

import pytest
import torch
from harness import check, module

_g = torch.Generator().manual_seed(0)


def f32(*shape, lo=-3.0, hi=3.0, dtype=torch.float32):
    return (torch.rand(shape, generator=_g) * (hi - lo) + lo).to(dtype)


def ints(*shape, lo=-10, hi=10, dtype=torch.int64):
    return torch.randint(lo, hi, shape, generator=_g).to(dtype)




def run(fn, *inputs, dynamic=None, **kw):
    return check(module(fn, len(inputs)), *inputs, dynamic=dynamic, **kw)


def with_nan(x, *idx):
    x = x.clone()
    for i in idx:
        x[i] = float("nan")
    return x


F16 = dict(rtol=1e-2, atol=1e-2)

# (id, fn, inputs, tolerances)
STATIC = [
    # sum
    ("sum_dim", lambda a: a.sum(1), [f32(3, 4, 5)], {}),
    ("sum_keepdim", lambda a: a.sum(1, keepdim=True), [f32(3, 4, 5)], {}),
    ("sum_neg_dims", lambda a: a.sum((-1, -3)), [f32(3, 4, 5)], {}),
    ("sum_full", lambda a: a.sum(), [f32(3, 4, 5)], {}),
    ("sum_empty_dims", lambda a: torch.sum(a, dim=[]), [f32(3, 4)], {}),
    ("sum_dtype_f64", lambda a: a.sum(1, dtype=torch.float64), [f32(3, 4, 5)], {}),
    ("sum_int32_to_int64", lambda a: a.sum(0), [ints(5, 4, dtype=torch.int32)], {}),
    ("sum_int64_full", lambda a: a.sum(), [ints(5, 4)], {}),
    ("sum_uint8", lambda a: a.sum(1), [ints(3, 7, lo=0, hi=255, dtype=torch.uint8)], {}),
    ("sum_int_to_float", lambda a: a.sum(1, dtype=torch.float32), [ints(3, 4)], {}),
    ("sum_bool", lambda a: (a > 0).sum(1), [f32(3, 6)], {}),
    ("sum_f16", lambda a: a.sum(1), [f32(4, 64, dtype=torch.float16)], F16),
    ("sum_0d", lambda a: a.sum(), [f32()], {}),
    # mean
    ("mean_dims_keepdim", lambda a: a.mean((0, 2), keepdim=True), [f32(3, 4, 5)], {}),
    ("mean_neg_dim", lambda a: a.mean(-1), [f32(3, 4, 5)], {}),
    ("mean_full", lambda a: a.mean(), [f32(3, 4, 5)], {}),
    ("mean_f16", lambda a: a.mean(0), [f32(64, 3, dtype=torch.float16)], F16),
    ("mean_f64", lambda a: a.mean(1), [f32(3, 9, dtype=torch.float64)], {}),
    ("mean_int_dtype", lambda a: a.mean(1, dtype=torch.float32), [ints(3, 4)], {}),
    # amax / amin / max / min
    ("amax", lambda a: a.amax(1), [f32(3, 4, 5)], {}),
    ("amin_dims_keepdim", lambda a: a.amin((0, -1), keepdim=True), [f32(3, 4, 5)], {}),
    ("amax_int32", lambda a: a.amax(0), [ints(5, 4, dtype=torch.int32)], {}),
    ("amin_uint8", lambda a: a.amin(1), [ints(3, 7, lo=0, hi=255, dtype=torch.uint8)], {}),
    ("amax_nan", lambda a: a.amax(1), [with_nan(f32(3, 4), (1, 2))], {}),
    ("max_full", lambda a: a.max(), [f32(3, 4, 5)], {}),
    ("min_full_int", lambda a: a.min(), [ints(4, 5)], {}),
    ("max_full_int8", lambda a: a.max(), [ints(4, 5, lo=-128, hi=127, dtype=torch.int8)], {}),
    ("max_dim", lambda a: a.max(1), [f32(3, 4, 5)], {}),
    ("min_dim_keepdim", lambda a: a.min(-1, keepdim=True), [f32(3, 4, 5)], {}),
    ("max_dim_ties", lambda a: a.max(1), [ints(4, 9, lo=0, hi=3)], {}),
    ("min_dim_ties_float", lambda a: a.min(0), [ints(9, 4, lo=0, hi=2).float()], {}),
    ("max_dim_nan", lambda a: a.max(1), [with_nan(f32(3, 5), (0, 1), (0, 3), (2, 4))], {}),
    ("min_dim_uint8", lambda a: a.min(1), [ints(3, 8, lo=0, hi=255, dtype=torch.uint8)], {}),
    ("max_dim_neg_inf", lambda a: a.max(1), [torch.full((2, 3), float("-inf"))], {}),
    # argmax / argmin
    ("argmax_dim", lambda a: a.argmax(1), [f32(3, 4, 5)], {}),
    ("argmin_neg_keepdim", lambda a: a.argmin(-1, keepdim=True), [f32(3, 4, 5)], {}),
    ("argmax_full", lambda a: a.argmax(), [f32(3, 4, 5)], {}),
    ("argmin_full_keepdim", lambda a: torch.argmin(a, keepdim=True), [f32(3, 4)], {}),
    ("argmax_ties", lambda a: a.argmax(0), [ints(9, 5, lo=0, hi=2)], {}),
    ("argmax_full_ties", lambda a: a.argmax(), [ints(4, 5, lo=0, hi=2)], {}),
    ("argmin_nan", lambda a: a.argmin(1), [with_nan(f32(2, 6), (1, 4), (1, 5))], {}),
    ("argmax_0d", lambda a: a.argmax(), [f32()], {}),
    # prod
    ("prod_dim", lambda a: a.prod(1), [f32(3, 4, 5, lo=0.5, hi=1.5)], {}),
    ("prod_keepdim", lambda a: a.prod(-1, keepdim=True), [f32(3, 4, lo=0.5, hi=1.5)], {}),
    ("prod_full", lambda a: a.prod(), [f32(3, 4, lo=0.7, hi=1.3)], {}),
    ("prod_int32", lambda a: a.prod(1), [ints(3, 4, lo=-3, hi=4, dtype=torch.int32)], {}),
    ("prod_dtype", lambda a: a.prod(0, dtype=torch.float64), [f32(3, 4)], {}),
    # var / std
    ("var_dim", lambda a: a.var(1), [f32(3, 4, 5)], {}),
    ("var_full", lambda a: a.var(), [f32(3, 4, 5)], {}),
    ("var_correction0_keepdim", lambda a: a.var((0, 2), correction=0, keepdim=True),
     [f32(3, 4, 5)], {}),
    ("var_correction2", lambda a: torch.var(a, -1, correction=2), [f32(3, 6)], {}),
    ("var_single_elem", lambda a: a.var(1), [f32(3, 1)], {}),
    ("std_dim", lambda a: a.std(1), [f32(3, 4, 5)], {}),
    ("std_unbiased_false", lambda a: a.std(unbiased=False), [f32(3, 4)], {}),
    ("var_mean", lambda a: torch.var_mean(a, 1), [f32(3, 4, 5)], {}),
    ("var_mean_keepdim", lambda a: torch.var_mean(a, (0, 1), keepdim=True, correction=0),
     [f32(3, 4, 5)], {}),
    ("var_f64", lambda a: a.var(0), [f32(7, 3, dtype=torch.float64)], {}),
    ("var_f16", lambda a: a.var(1), [f32(3, 64, dtype=torch.float16)], F16),
    # norms
    ("norm_p2", lambda a: torch.linalg.vector_norm(a, dim=1), [f32(3, 4, 5)], {}),
    ("norm_p1", lambda a: torch.linalg.vector_norm(a, 1, dim=(0, 2)), [f32(3, 4, 5)], {}),
    ("norm_inf", lambda a: torch.linalg.vector_norm(a, float("inf"), dim=-1), [f32(3, 4)], {}),
    ("norm_neg_inf", lambda a: torch.linalg.vector_norm(a, float("-inf"), dim=0),
     [f32(3, 4)], {}),
    ("norm_p3_full", lambda a: torch.linalg.vector_norm(a, 3), [f32(3, 4)], {}),
    ("norm_p0", lambda a: torch.linalg.vector_norm(a, 0, dim=1),
     [torch.tensor([[0.0, 1.0, 0.0, -2.0], [3.0, 0.0, 0.0, 0.0]])], {}),
    ("norm_keepdim", lambda a: a.norm(dim=1, keepdim=True), [f32(3, 4, 5)], {}),
    ("norm_p_half", lambda a: torch.linalg.vector_norm(a, 0.5, dim=1), [f32(3, 4)],
     dict(rtol=1e-4, atol=1e-4)),
    ("norm_f64", lambda a: a.norm(), [f32(3, 4, dtype=torch.float64)], {}),
    # logsumexp
    ("logsumexp", lambda a: torch.logsumexp(a, 1), [f32(3, 4, 5)], {}),
    ("logsumexp_keepdim_large", lambda a: torch.logsumexp(a, -1, keepdim=True),
     [f32(3, 4, lo=500.0, hi=900.0)], dict(rtol=1e-5, atol=1e-3)),
    ("logsumexp_neg_inf_row", lambda a: torch.logsumexp(a, 1),
     [torch.tensor([[float("-inf"), float("-inf")], [1.0, 2.0]])], {}),
    # cumsum / cumprod
    ("cumsum_dim1", lambda a: torch.cumsum(a, 1), [f32(3, 4, 5)], {}),
    ("cumsum_neg_dim", lambda a: torch.cumsum(a, -1), [f32(3, 4, 5)], {}),
    ("cumsum_dim0", lambda a: torch.cumsum(a, 0), [f32(6, 3)], {}),
    ("cumsum_int32", lambda a: torch.cumsum(a, 0), [ints(4, 3, dtype=torch.int32)], {}),
    ("cumsum_dtype", lambda a: torch.cumsum(a, 1, dtype=torch.float64), [f32(3, 4)], {}),
    ("cumsum_f16", lambda a: torch.cumsum(a, 1), [f32(2, 40, dtype=torch.float16)], F16),
    ("cumsum_1d", lambda a: torch.cumsum(a, 0), [f32(7)], {}),
    ("cumprod", lambda a: torch.cumprod(a, 1), [f32(3, 5, lo=0.5, hi=1.5)], {}),
    # softmax
    ("softmax_dim1", lambda a: torch.softmax(a, 1), [f32(3, 4, 5)], {}),
    ("softmax_neg_dim", lambda a: torch.softmax(a, -1), [f32(3, 4, 5)], {}),
    ("softmax_dim0", lambda a: torch.softmax(a, 0), [f32(3, 4)], {}),
    ("softmax_large", lambda a: torch.softmax(a, -1), [f32(3, 4, lo=500.0, hi=900.0)], {}),
    ("softmax_dtype", lambda a: torch.softmax(a, 1, dtype=torch.float64), [f32(3, 4)], {}),
    ("softmax_f16", lambda a: torch.softmax(a, -1), [f32(3, 33, dtype=torch.float16)], F16),
    ("log_softmax", lambda a: torch.log_softmax(a, -1), [f32(3, 4, 5)], {}),
    ("log_softmax_large", lambda a: torch.log_softmax(a, 1), [f32(3, 4, lo=-900.0, hi=900.0)],
     dict(rtol=1e-5, atol=1e-3)),
    ("log_softmax_dim0_f64", lambda a: torch.log_softmax(a, 0), [f32(5, 3, dtype=torch.float64)],
     {}),
    ("softmax_0d", lambda a: torch.softmax(a, 0), [f32()], {}),
]


@pytest.mark.parametrize("name,fn,inputs,tol", STATIC, ids=[c[0] for c in STATIC])
def test_static(name, fn, inputs, tol):
    run(fn, *inputs, **tol)


# (id, fn, inputs, dynamic dims of input 0)
DYNAMIC = [
    ("sum_dyn_reduced", lambda a: a.sum(1), [f32(3, 5)], [0, 1]),
    ("sum_dyn_keepdim", lambda a: a.sum(0, keepdim=True), [f32(3, 5)], [0]),
    ("sum_dyn_full_int32", lambda a: a.sum(), [ints(3, 5, dtype=torch.int32)], [0, 1]),
    ("mean_dyn", lambda a: a.mean(-1), [f32(3, 5)], [1]),
    ("mean_dyn_full", lambda a: a.mean(), [f32(3, 4, 5)], [0, 2]),
    ("amax_dyn", lambda a: a.amax(0), [f32(3, 5)], [0, 1]),
    ("max_dim_dyn", lambda a: a.max(1), [f32(3, 5)], [0, 1]),
    ("argmax_full_dyn", lambda a: a.argmax(), [f32(3, 4, 5)], [0, 2]),
    ("argmin_dyn_keepdim", lambda a: a.argmin(0, keepdim=True), [f32(4, 3)], [0]),
    ("prod_dyn", lambda a: a.prod(0), [f32(4, 3, lo=0.5, hi=1.5)], [0]),
    ("var_dyn", lambda a: a.var(1), [f32(3, 5)], [0, 1]),
    ("var_mean_dyn_full", lambda a: torch.var_mean(a, correction=0), [f32(3, 5)], [0, 1]),
    ("std_dyn", lambda a: a.std(0), [f32(6, 3)], [0]),
    ("norm_dyn", lambda a: torch.linalg.vector_norm(a, dim=1), [f32(3, 5)], [1]),
    ("norm_inf_dyn", lambda a: torch.linalg.vector_norm(a, float("inf")), [f32(3, 5)], [0]),
    ("logsumexp_dyn", lambda a: torch.logsumexp(a, 1), [f32(3, 5)], [0, 1]),
    ("cumsum_dyn", lambda a: torch.cumsum(a, 1), [f32(3, 5)], [0, 1]),
    ("cumsum_dyn_other_dim", lambda a: torch.cumsum(a, 0), [f32(4, 3)], [1]),
    ("softmax_dyn", lambda a: torch.softmax(a, -1), [f32(3, 5)], [0, 1]),
    ("log_softmax_dyn", lambda a: torch.log_softmax(a, 0), [f32(3, 5)], [0]),
]


@pytest.mark.parametrize("name,fn,inputs,dyn", DYNAMIC, ids=[c[0] for c in DYNAMIC])
def test_dynamic(name, fn, inputs, dyn):
    m = run(fn, *inputs, dynamic={0: dyn})
    signature = str(m).split("func.func @main(")[1].split(")")[0]
    assert "?" in signature, signature


# Bool results (any/all): stored as bytes by the bool-widening pass.
BOOL = [
    ("any_full", lambda a: torch.any(a > 0.5), [f32(3, 4)]),
    ("any_dim", lambda a: torch.any(a > 2.0, 1), [f32(3, 4)]),
    ("all_dim_keepdim", lambda a: torch.all(a > -2.0, 0, keepdim=True), [f32(3, 4)]),
    ("all_full_int", lambda a: torch.all(a), [ints(3, 4, lo=1, hi=3)]),
    ("any_dims", lambda a: torch.any(a, (0, 2)), [ints(3, 4, 2, lo=0, hi=2)]),
    ("any_float", lambda a: torch.any(a, 1),
     [torch.tensor([[0.0, 0.0], [0.0, -1.5], [float("nan"), 0.0]])]),
    ("any_uint8", lambda a: torch.any(a, 1), [ints(3, 4, lo=0, hi=2, dtype=torch.uint8)]),
    ("all_bool", lambda a: torch.all(a, -1),
     [torch.tensor([[True, True], [True, False], [False, False]])]),
]


@pytest.mark.parametrize("name,fn,inputs", BOOL, ids=[c[0] for c in BOOL])
def test_bool_results(name, fn, inputs):
    run(fn, *inputs)


def test_any_dynamic():
    run(lambda a: torch.any(a > 0, 0), f32(3, 5), dynamic={0: [0, 1]})


def test_sum_int32_result_type_is_i64():
    m = run(lambda a: a.sum(1), ints(3, 4, dtype=torch.int32))
    text = str(m)
    assert "-> tensor<3xi64>" in text, text
    assert "arith.extsi" in text and "arith.addi" in text, text


def test_f16_accumulates_in_f32():
    m = run(lambda a: a.sum(0), f32(8, 3, dtype=torch.float16), **F16)
    text = str(m)
    assert "arith.extf" in text and "arith.truncf" in text, text
    assert "addf %" in text and "f32" in text


def test_softmax_subtracts_max():
    text = str(run(lambda a: torch.softmax(a, -1), f32(2, 3)))
    assert "arith.maximumf" in text and "arith.subf" in text and "math.exp" in text, text


def test_cumsum_is_a_loop():
    text = str(run(lambda a: torch.cumsum(a, 1), f32(2, 3)))
    assert "scf.for" in text and "tensor.insert_slice" in text, text


# --- what cannot be lowered is reported, not crashed on -------------------------------------

def _lower_text(text):
    from torch_mlir_core import ir as tir
    from torch_mlir_core.pipelines import LoweringError, lower
    from mlir import ir

    with tir.Context() as ctx, ir.Location.unknown():
        module = ir.Module.parse(text, ctx)
        with pytest.raises(LoweringError) as info:
            lower(module, "linalg-on-tensors")
    return str(info.value)


def test_runtime_dim_is_reported():
    message = _lower_text("""
    func.func @main(%x: !torch.vtensor<[3,4],f32>, %d: !torch.int) -> !torch.vtensor<[3],f32> {
      %false = torch.constant.bool false
      %none = torch.constant.none
      %dims = torch.prim.ListConstruct %d : (!torch.int) -> !torch.list<int>
      %0 = torch.aten.sum.dim_IntList %x, %dims, %false, %none : !torch.vtensor<[3,4],f32>,
          !torch.list<int>, !torch.bool, !torch.none -> !torch.vtensor<[3],f32>
      return %0 : !torch.vtensor<[3],f32>
    }""")
    assert "'torch.aten.sum.dim_IntList' could not be lowered" in message, message
    assert "dim must be a constant int" in message, message


def test_out_of_range_dim_is_reported():
    message = _lower_text("""
    func.func @main(%x: !torch.vtensor<[3,4],f32>) -> !torch.vtensor<[3,4],f32> {
      %int5 = torch.constant.int 5
      %false = torch.constant.bool false
      %0 = torch.aten._softmax %x, %int5, %false : !torch.vtensor<[3,4],f32>, !torch.int,
          !torch.bool -> !torch.vtensor<[3,4],f32>
      return %0 : !torch.vtensor<[3,4],f32>
    }""")
    assert "dim 5 is out of range for a tensor of rank 2" in message, message


def test_mean_of_int_is_reported():
    message = _lower_text("""
    func.func @main(%x: !torch.vtensor<[3,4],si64>) -> !torch.vtensor<[],si64> {
      %none = torch.constant.none
      %0 = torch.aten.mean %x, %none : !torch.vtensor<[3,4],si64>, !torch.none
          -> !torch.vtensor<[],si64>
      return %0 : !torch.vtensor<[],si64>
    }""")
    # Refinement's verification reports it at the op with torch's own words.
    assert "'torch.aten.mean': torch rejects the op's arguments" in message, message
    assert "Got: torch.int64" in message, message
