"""Indexing ops lowered to linalg-on-tensors, run on the reference backend
and compared with torch eager: advanced indexing (several index tensors,
None entries, broadcast and negative indices, boolean masks and
masked_select with data-dependent sizes), index_put (with and without
accumulate, repeated indices), gather, scatter (src, value, add, every
scatter_reduce reduction with and without include_self), index_select,
embedding, and scaled_dot_product_attention (what torch.export decomposes
it into); static and dynamic dims."""

import pytest
import torch
import torch.nn.functional as F
import torch_mlir_fx
from harness import compare, module, run, to_llvm

_g = torch.Generator().manual_seed(0)


def f32(*shape, dtype=torch.float32):
    return torch.randn(*shape, generator=_g).to(dtype)


def ints(*shape, lo=-10, hi=10, dtype=torch.int64):
    return torch.randint(lo, hi, shape, generator=_g).to(dtype)


def idx(*values, dtype=torch.int64):
    return torch.tensor(values, dtype=dtype)


def run_shared(fn, *inputs, dynamic, rtol=1e-5, atol=1e-5):
    """Like run, with dynamic dims named ({arg: {dim: name}}): dims of one
    name are one symbol (operands torch requires to match)."""
    m = module(fn, len(inputs))
    names, spec = {}, []
    for i in range(len(inputs)):
        want = dynamic.get(i)
        spec.append(None if want is None else {
            d: names.setdefault(name, torch.export.Dim(name, min=2)) for d, name in want.items()})
    lowered = torch_mlir_fx.export_and_import(m.eval(), *inputs, output_type="linalg-on-tensors",
                                              dynamic_shapes=tuple(spec))
    assert "?" in str(lowered), "no dynamic dim reached the lowering"
    to_llvm(lowered)
    import torch_mlir_refbackend

    got = torch_mlir_refbackend.compile(lowered).main(*inputs)
    compare(got, fn(*inputs), rtol, atol)


# --- advanced indexing ----------------------------------------------------------------

INDEX = [
    ("first", lambda a, i: a[i], (idx(1, 0, -1),)),
    ("middle", lambda a, i: a[:, i], (idx(2, 0, 2, -2),)),
    ("two_adjacent", lambda a, i, j: a[:, i, j], (idx(1, 0), idx(3, -1))),
    ("non_adjacent", lambda a, i, j: a[i, :, j], (idx([1], [0]), idx(0, 3, -1))),
    ("broadcast", lambda a, i, j: a[i, j], (idx([0], [1]), idx(2, 1, 0))),
    ("2d_index", lambda a, i: a[i], (idx([1, 0], [0, 0], [1, 1]),)),
    ("int32", lambda a, i: a[:, :, i], (idx(3, 0, -4, dtype=torch.int32),)),
]


@pytest.mark.parametrize("name,fn,indices", INDEX, ids=[c[0] for c in INDEX])
def test_index(name, fn, indices):
    run(fn, f32(2, 3, 4), *indices)


def test_index_int_source():
    run(lambda a, i: a[i], ints(4, 3), idx(3, 3, 0))


def test_index_dynamic():
    run(lambda a, i: a[:, i], f32(3, 4, 5), idx(2, 0, 1), dynamic={0: [0, 2], 1: [0]})


MASKS = [
    ("rows", lambda a: a[a[:, 0, 0] > 0], f32(3, 4, 5), None),
    ("all", lambda a: a[a > 0], f32(3, 4, 5), None),
    ("inner", lambda a: a[:, a[0, :, 0] > 0], f32(3, 4, 5), None),
    ("int", lambda a: a[a > 0], ints(4, 3), None),
    ("none_selected", lambda a: a[a > 100], f32(3, 4), None),
    ("dynamic", lambda a: a[a > 0], f32(3, 4), {0: [0]}),
    ("masked_select", lambda a: torch.masked_select(a, a > 0.5), f32(3, 4), None),
    ("masked_select_dyn", lambda a: torch.masked_select(a, a > 0.5), f32(3, 4), {0: [0, 1]}),
]


@pytest.mark.parametrize("name,fn,x,dynamic", MASKS, ids=[c[0] for c in MASKS])
def test_bool_mask(name, fn, x, dynamic):
    run(fn, x, dynamic=dynamic)


def test_masked_select_broadcast():
    run(lambda a, m: torch.masked_select(a, m), f32(4), torch.rand(3, 4, generator=_g) > 0.5)


INDEX_PUT = [
    ("put", lambda a, i, v: a.index_put((i,), v), (idx(1, 0), f32(2, 4))),
    ("put_broadcast", lambda a, i, v: a.index_put((i,), v), (idx(2, 0), f32(4))),
    ("accumulate", lambda a, i, v: a.index_put((i,), v, accumulate=True),
     (idx(1, 0, 1, -1), f32(4, 4))),
    ("two_indices", lambda a, i, j, v: a.index_put((i, j), v),
     (idx(1, 0), idx(2, -1), f32(2))),
    ("none_entry", lambda a, i, v: torch.ops.aten.index_put(a, [None, i], v, True),
     (idx(1, 1, 3), f32(3, 3))),
    ("setitem", lambda a, i: torch.ops.aten.index_put(a, [i], torch.tensor(-1.0)),
     (idx(0, 2),)),
]


@pytest.mark.parametrize("name,fn,args", INDEX_PUT, ids=[c[0] for c in INDEX_PUT])
def test_index_put(name, fn, args):
    run(fn, f32(3, 4), *args)


def _mask_put(a, v, accumulate):
    return torch.ops.aten.index_put(a, [a[:, 0] > 0], v, accumulate)


def _mask_put_all(a, v):
    return torch.ops.aten.index_put(a, [a > 0], v)


@pytest.mark.parametrize("name,fn,v", [
    ("scalar", _mask_put_all, torch.tensor(0.5)),
    ("rows", lambda a, v: _mask_put(a, v, False), f32(4)),
    ("rows_accumulate", lambda a, v: _mask_put(a, v, True), f32(4)),
    ("scalar_accumulate", lambda a, v: _mask_put(a, v, True), torch.tensor(2.0)),
], ids=["scalar", "rows", "rows_accumulate", "scalar_accumulate"])
def test_index_put_bool_mask(name, fn, v):
    run(fn, f32(5, 4), v)


def test_index_put_int_accumulate():
    run(lambda a, i, v: a.index_put((i,), v, accumulate=True), ints(5, 2), idx(4, 4, 0),
        ints(3, 2))


def test_index_put_dynamic():
    run(lambda a, i, v: a.index_put((i,), v, accumulate=True), f32(5, 3), idx(1, 1, 4),
        f32(3, 3), dynamic={0: [0], 1: [0]})


# --- gathers ---------------------------------------------------------------------------


@pytest.mark.parametrize("dim", [0, 1, -1])
def test_gather(dim):
    x = f32(3, 4, 5)
    index = torch.randint(0, x.shape[dim], (2, 3, 4), generator=_g)
    run(lambda a, i: a.gather(dim, i), x, index)


def test_gather_dynamic():
    run_shared(lambda a, i: a.gather(1, i), f32(3, 6), torch.randint(0, 6, (3, 4), generator=_g),
               dynamic={0: {0: "n", 1: "m"}, 1: {0: "n", 1: "k"}})


@pytest.mark.parametrize("dtype", [torch.float32, torch.int64, torch.float64])
def test_index_select(dtype):
    run(lambda a, i: (a.index_select(1, i), a.index_select(0, i[:1])),
        ints(3, 4).to(dtype), idx(2, 0, 2, 1))


def test_index_select_dynamic():
    run(lambda a, i: a.index_select(0, i), f32(3, 4), idx(1, 0, 1, 2),
        dynamic={0: [0, 1], 1: [0]})


def test_embedding():
    run(lambda w, i: F.embedding(i, w), f32(10, 3), idx([1, 2], [9, 4]))


def test_embedding_dynamic():
    run(lambda w, i: F.embedding(i, w), f32(10, 3), idx([1, 2], [9, 4], [0, 0]),
        dynamic={1: [0]})


# --- scatters ----------------------------------------------------------------------------

_SCATTER_INDEX = torch.tensor([[0, 1, 2, 0], [2, 2, 1, 0]])


def test_scatter_src():
    run(lambda a, i, s: a.scatter(0, i, s), f32(3, 4), _SCATTER_INDEX, f32(2, 5))


def test_scatter_value():
    run(lambda a, i: a.scatter(1, i, 2.5), f32(3, 4), idx([0, 3], [1, 1]))


@pytest.mark.parametrize("dtype", [torch.float32, torch.int32])
def test_scatter_add(dtype):
    run(lambda a, i, s: a.scatter_add(0, i, s), ints(3, 4).to(dtype), _SCATTER_INDEX,
        ints(2, 4).to(dtype))


def test_scatter_add_dynamic():
    run(lambda a, i, s: a.scatter_add(0, i, s), f32(5, 3),
        torch.randint(0, 5, (7, 3), generator=_g), f32(7, 3), dynamic={0: [0], 1: [0], 2: [0]})


@pytest.mark.parametrize("include_self", [True, False])
@pytest.mark.parametrize("reduce", ["sum", "prod", "mean", "amax", "amin"])
def test_scatter_reduce(reduce, include_self):
    run(lambda a, i, s: a.scatter_reduce(0, i, s, reduce, include_self=include_self),
        f32(5, 3), torch.randint(0, 5, (7, 3), generator=_g), f32(7, 3))


@pytest.mark.parametrize("reduce", ["mean", "amax"])
def test_scatter_reduce_int(reduce):
    run(lambda a, i, s: a.scatter_reduce(1, i, s, reduce, include_self=False),
        ints(3, 5), torch.randint(0, 5, (3, 4), generator=_g), ints(3, 4))


# --- scaled_dot_product_attention -----------------------------------------------------------


def _qkv(b=1, h=2, lq=3, lk=5, d=4):
    return f32(b, h, lq, d), f32(b, h, lk, d), f32(b, h, lk, d)


SDPA = [
    pytest.param(lambda q, k, v: F.scaled_dot_product_attention(q, k, v), (), id="plain"),
    pytest.param(lambda q, k, v: F.scaled_dot_product_attention(q, k, v, is_causal=True), (),
                 id="causal"),
    pytest.param(lambda q, k, v, m: F.scaled_dot_product_attention(q, k, v, attn_mask=m),
                 (f32(3, 5),), id="float_mask"),
    pytest.param(lambda q, k, v, m: F.scaled_dot_product_attention(q, k, v, attn_mask=m),
                 (torch.rand(3, 5, generator=_g) > 0.3,), id="bool_mask"),
    pytest.param(lambda q, k, v: F.scaled_dot_product_attention(q, k, v, scale=0.3), (),
                 id="scale"),
]


@pytest.mark.parametrize("fn,extra", SDPA)
def test_sdpa(request, fn, extra):
    q, k, v = _qkv(lk=3) if "causal" in request.node.name else _qkv()
    run(fn, q, k, v, *extra)


def test_sdpa_dynamic():
    q, k, v = _qkv(b=2, lq=4, lk=6)
    run_shared(lambda q, k, v: F.scaled_dot_product_attention(q, k, v), q, k, v,
               dynamic={0: {0: "b", 2: "lq"}, 1: {0: "b", 2: "lk"}, 2: {0: "b", 2: "lk"}})


# The op itself (frontends without torch.export's decompositions emit it):
# hand-written Torch IR through core's pipeline.

def _vt(shape, dt="f32"):
    return f"!torch.vtensor<[{','.join('?' if s is None else str(s) for s in shape)}],{dt}>"


def _sdpa_ir(qs, ks, vs, mask, causal, scale):
    args = [f"%q: {_vt(qs)}", f"%k: {_vt(ks)}", f"%v: {_vt(vs)}"]
    m, mty = "%none", "!torch.none"
    if mask is not None:
        mty = _vt(mask.shape, "i1" if mask.dtype == torch.bool else "f32")
        args.append(f"%m: {mty}")
        m = "%m"
    out = _vt(list(qs[:-1]) + [vs[-1]])
    sc, scty = ("%none", "!torch.none") if scale is None else ("%scale", "!torch.float")
    return f"""
func.func @main({', '.join(args)}) -> {out} {{
  %none = torch.constant.none
  %p = torch.constant.float 0.0
  %scale = torch.constant.float {scale or 1.0}
  %causal = torch.constant.bool {'true' if causal else 'false'}
  %gqa = torch.constant.bool false
  %0 = torch.aten.scaled_dot_product_attention %q, %k, %v, {m}, %p, %causal, {sc}, %gqa : \
{_vt(qs)}, {_vt(ks)}, {_vt(vs)}, {mty}, !torch.float, !torch.bool, {scty}, !torch.bool -> {out}
  return %0 : {out}
}}"""


_ROW_MASK = torch.rand(3, 5, generator=_g) > 0.5
_ROW_MASK[1] = False  # a fully masked row: 0, as torch's safe softmax gives


@pytest.mark.parametrize("mask,causal,scale,dynamic", [
    (None, False, None, False), (None, False, 0.2, False), (f32(3, 5), False, None, False),
    (_ROW_MASK, False, None, False), (None, True, None, False), (None, False, None, True),
], ids=["plain", "scale", "float_mask", "bool_mask", "causal", "dynamic"])
def test_sdpa_op(mask, causal, scale, dynamic):
    from mlir import ir

    import torch_mlir_core.ir as tir
    import torch_mlir_refbackend
    from torch_mlir_core import pipelines

    q, k, v = f32(2, 3, 4), f32(2, 5, 4), f32(2, 5, 6)
    if causal:
        k, v = k[:, :3], v[:, :3]
    shapes = [[None if dynamic and i == 0 else s for i, s in enumerate(x.shape)]
              for x in (q, k, v)]
    with tir.Context():
        module = ir.Module.parse(_sdpa_ir(*shapes, mask, causal, scale))
        pipelines.lower(module, "linalg-on-tensors")
        text = str(module)
        assert "torch.aten" not in text and "linalg.generic" in text
        to_llvm(module)
        got = torch_mlir_refbackend.compile(module).main(
            *[x for x in (q, k, v, mask) if x is not None])
    want = F.scaled_dot_product_attention(q, k, v, attn_mask=mask, is_causal=causal, scale=scale)
    compare(got, want, 1e-5, 1e-5)
