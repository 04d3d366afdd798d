"""Matrix products: mm, bmm, matmul (every rank combination, broadcast
batch dims), addmm/addmv/addbmm/baddbmm (beta, alpha), linear, dot, mv,
outer and einsum.

Products lower to linalg named ops (matmul, batch_matmul, matvec, vecmat,
dot, batch_reduce_matmul) where one fits, with a linalg.generic contraction
for the rest (broadcast batch dims, einsum). f16/bf16 products accumulate in
f32 and are rounded once at the end, as torch does on CPU; integer products
accumulate in their own type (wrapping, like torch). The helpers here (named
ops, fast fills, reshapes, dtype epilogues) are shared by conv.py and
pooling.py."""

from __future__ import annotations

import string
from typing import Sequence

import torch
from mlir import ir
from mlir.dialects import arith, linalg

from ..convert import torch_dtype
from ..registry import Unsupported, rule
from .common import (PARALLEL, REDUCTION, acc_dtype, affine_map, collapse, convert_scalar,
                     convert_tensor, dim, dims, element_type, empty, expand, generic, identity_map,
                     is_float, named, rank, tensor_type, to_scalar, zeros)

def _add(dt, x, y):
    return (arith.AddFOp if is_float(dt) else arith.AddIOp)(x, y).result


def _mul(dt, x, y):
    return (arith.MulFOp if is_float(dt) else arith.MulIOp)(x, y).result


def epilogue(cx, x: ir.Value, x_dt: torch.dtype, out_dt: torch.dtype, bias=None,
             bias_dt=None, alpha=1, beta=1) -> ir.Value:
    """beta * bias + alpha * x in x's dtype, converted to `out_dt`; `bias`
    broadcasts against x (trailing dims; static 1s broadcast). beta == 0
    ignores bias (nan in it included), as torch does."""
    if beta is None:
        beta = 1
    if alpha is None:
        alpha = 1
    r = rank(x)
    xt = tensor_type(x)
    if bias is not None:  # torch checks it even when beta == 0
        bt = tensor_type(bias)
        off = r - bt.rank
        if off < 0 or any(
                not bt.is_dynamic_dim(j) and not xt.is_dynamic_dim(off + j) and
                bt.get_dim_size(j) not in (1, xt.get_dim_size(off + j)) for j in range(bt.rank)):
            raise Unsupported(f"the added tensor of type {bt} does not broadcast to the "
                              f"product's {xt}")
    if isinstance(beta, (int, float)) and not isinstance(beta, bool) and beta == 0:
        bias = None
    if bias is None and isinstance(alpha, (int, float)) and alpha == 1:
        return convert_tensor(x, x_dt, out_dt)
    ins, maps = [x], [identity_map(r)]
    if bias is not None:
        exprs = []
        for j in range(bt.rank):
            static_one = not bt.is_dynamic_dim(j) and bt.get_dim_size(j) == 1
            x_one = not xt.is_dynamic_dim(off + j) and xt.get_dim_size(off + j) == 1
            exprs.append(("c", 0) if static_one and not x_one else off + j)
        ins.append(bias)
        maps.append(affine_map(r, exprs))
    a = None if isinstance(alpha, (int, float)) and alpha == 1 else to_scalar(cx, alpha, x_dt)
    b = None if isinstance(beta, (int, float)) and beta == 1 else to_scalar(cx, beta, x_dt)
    init = empty(dims(x), element_type(out_dt))
    maps.append(identity_map(r))

    def body(*args):
        v = args[0]
        if a is not None:
            v = _mul(x_dt, v, a)
        if bias is not None:
            c = convert_scalar(args[1], bias_dt, x_dt)
            if b is not None:
                c = _mul(x_dt, c, b)
            v = _add(x_dt, c, v)
        return convert_scalar(v, x_dt, out_dt)

    return generic(ins, [init], maps, [PARALLEL] * r, body)[0]


# --- products ----------------------------------------------------------------


def _same_dtype(n, i, j):
    if n.dtype(i) != n.dtype(j):
        raise Unsupported(f"operands of different dtypes ({n.dtype(i)}, {n.dtype(j)})")
    if n.dtype(i) == torch.bool:
        raise Unsupported("products of bool tensors (torch does not implement them)")
    return n.dtype(i)


def _product(op_cls, a, b, out_sizes, in_dt, acc):
    if acc != in_dt and not is_float(in_dt) and in_dt == torch.uint8:
        raise Unsupported("widening product of unsigned integers")
    return named(op_cls, [a, b], zeros(out_sizes, acc))


def mm_value(a, b, in_dt, acc):
    return _product(linalg.MatmulOp, a, b, [dim(a, 0), dim(b, 1)], in_dt, acc)


def bmm_value(a, b, in_dt, acc):
    w = _batch_invariant_matrix(b)
    batch = _batch_dim(a, b)
    # (Only when the batch or the row count is static: an expand_shape group
    # with two dynamic sizes cannot be lowered to memrefs.)
    if w is not None and (isinstance(batch, int) or not tensor_type(a).is_dynamic_dim(1)):
        # Every batch multiplies by the same matrix (torch's matmul of an N-D by a
        # 2-D tensor that cannot be viewed as 2-D expands the 2-D one): one matmul
        # over the batch's rows instead of a batch_matmul of thin slices against a
        # materialized broadcast of the matrix. The sums are the same.
        r = mm_value(collapse(a, [[0, 1], [2]]), w, in_dt, acc)
        return expand(r, [[0, 1], [2]], [batch, dim(a, 1), dim(w, 1)])
    return _product(linalg.BatchMatmulOp, a, b, [batch, dim(a, 1), dim(b, 2)],
                    in_dt, acc)


def _batch_invariant_matrix(b: ir.Value) -> ir.Value | None:
    """The 2-D tensor `b` broadcasts along its batch dim, when `b` is such a
    linalg.broadcast (what aten.expand of a matrix to [B, K, N] lowers to)."""
    owner = b.owner
    if isinstance(owner, ir.Block) or owner.name != "linalg.broadcast":
        return None
    src = owner.operands[0]
    if list(ir.DenseI64ArrayAttr(owner.attributes["dimensions"])) != [0] or rank(src) != 2:
        return None
    return src


def _batch_dim(a, b):
    """The batch size, static if either operand knows it."""
    for x in (a, b):
        if not tensor_type(x).is_dynamic_dim(0):
            return tensor_type(x).get_dim_size(0)
    return dim(a, 0)


def _product_of_operands(n, product):
    """`product` (mm_value or bmm_value) of operands 0 and 1, accumulated in
    the result's accumulation dtype and converted to the result dtype."""
    dt = _same_dtype(n, 0, 1)
    acc = acc_dtype(n.result_dtype())
    r = product(n.operands[0], n.operands[1], dt, acc)
    return convert_tensor(r, acc, n.result_dtype())


@rule("torch.aten.mm", "torch.aten.mm.dtype")
def mm(cx, n):
    return _product_of_operands(n, mm_value)


@rule("torch.aten.bmm", "torch.aten.bmm.dtype")
def bmm(cx, n):
    return _product_of_operands(n, bmm_value)


@rule("torch.aten.dot", "torch.aten.vdot", "torch.aten.inner")
def dot(cx, n):
    dt = _same_dtype(n, 0, 1)
    if len(n.sizes(0)) != 1 or len(n.sizes(1)) != 1:
        raise Unsupported("only 1-D operands")
    acc = acc_dtype(n.result_dtype())
    r = _product(linalg.DotOp, n.operands[0], n.operands[1], [], dt, acc)
    return convert_tensor(r, acc, n.result_dtype())


@rule("torch.aten.mv")
def mv(cx, n):
    dt = _same_dtype(n, 0, 1)
    acc = acc_dtype(n.result_dtype())
    a = n.operands[0]
    r = _product(linalg.MatvecOp, a, n.operands[1], [dim(a, 0)], dt, acc)
    return convert_tensor(r, acc, n.result_dtype())


@rule("torch.aten.outer")
def outer(cx, n):
    dt = _same_dtype(n, 0, 1)
    out = n.result_dtype()
    a, b = n.operands[0], n.operands[1]
    init = empty([dim(a, 0), dim(b, 0)], element_type(out))
    return generic([a, b], [init], [affine_map(2, [0]), affine_map(2, [1]), identity_map(2)],
                   [PARALLEL] * 2,
                   lambda x, y, _o: convert_scalar(_mul(dt, x, y), dt, out))[0]


def _scaled_product_plus(cx, n, product):
    """beta * self + alpha * product(mat1, mat2), for addmm/baddbmm and their
    .dtype overloads (which take the out dtype as operand 3)."""
    dt = _same_dtype(n, 1, 2)
    k = 1 if n.name.endswith(".dtype") else 0
    beta, alpha = n.operands[3 + k], n.operands[4 + k]
    acc = acc_dtype(n.result_dtype())
    r = product(n.operands[1], n.operands[2], dt, acc)
    if product is bmm_value and len(n.result_sizes()) != 3:
        raise Unsupported(f"a declared result of rank {len(n.result_sizes())} for a batched "
                          "product (rank 3)")
    return epilogue(cx, r, acc, n.result_dtype(), n.operands[0], n.dtype(0), alpha, beta)


@rule("torch.aten.addmm", "torch.aten.addmm.dtype")
def addmm(cx, n):
    return _scaled_product_plus(cx, n, mm_value)


@rule("torch.aten.baddbmm", "torch.aten.baddbmm.dtype")
def baddbmm(cx, n):
    return _scaled_product_plus(cx, n, bmm_value)


@rule("torch.aten.addbmm")
def addbmm(cx, n):
    dt = _same_dtype(n, 1, 2)
    a, b = n.operands[1], n.operands[2]
    acc = acc_dtype(n.result_dtype())
    r = _product(linalg.BatchReduceMatmulOp, a, b, [dim(a, 1), dim(b, 2)], dt, acc)
    return epilogue(cx, r, acc, n.result_dtype(), n.operands[0], n.dtype(0),
                    n.operands[4], n.operands[3])


@rule("torch.aten.addmv")
def addmv(cx, n):
    dt = _same_dtype(n, 1, 2)
    a = n.operands[1]
    acc = acc_dtype(n.result_dtype())
    r = _product(linalg.MatvecOp, a, n.operands[2], [dim(a, 0)], dt, acc)
    return epilogue(cx, r, acc, n.result_dtype(), n.operands[0], n.dtype(0),
                    n.operands[4], n.operands[3])


def _transposed_b_maps():
    m, nn, k = (ir.AffineDimExpr.get(i) for i in range(3))
    return ir.ArrayAttr.get([ir.AffineMapAttr.get(ir.AffineMap.get(3, 0, e))
                             for e in ([m, k], [nn, k], [m, nn])])


@rule("torch.aten.linear")
def linear(cx, n):
    """x[..., K] @ w[N, K]^T (+ b[N]): a linalg.matmul reading w transposed
    (no copy), leading dims of x collapsed into M."""
    dt = _same_dtype(n, 0, 1)
    x, w, bias = n.operands[0], n.operands[1], n.operands[2]
    out = n.result_dtype()
    acc = acc_dtype(out)
    xr, wr = rank(x), rank(w)
    if wr == 1:
        return matmul_value(cx, x, w, dt, out, bias, n.dtype(2))
    if wr != 2:
        raise Unsupported("weight must be 1-D or 2-D")
    if xr == 1:
        r = _product(linalg.MatvecOp, w, x, [dim(w, 0)], dt, acc)
        return epilogue(cx, r, acc, out, bias, n.dtype(2))
    lead = dims(x)[:-1]
    x2 = collapse(x, [list(range(xr - 1)), [xr - 1]]) if xr > 2 else x
    m = dim(x2, 0)
    r = named(linalg.MatmulOp, [x2, w], zeros([m, dim(w, 0)], acc),
              indexing_maps=_transposed_b_maps())
    r = epilogue(cx, r, acc, out, bias, n.dtype(2))
    if xr > 2:
        r = expand(r, [list(range(xr - 1)), [xr - 1]], lead + [dim(w, 0)])
    return r


def matmul_value(cx, a, b, dt, out, bias=None, bias_dt=None):
    """torch.matmul of a and b (any ranks >= 1), converted to `out`."""
    acc = acc_dtype(out)
    ra, rb = rank(a), rank(b)
    if ra == 0 or rb == 0:
        raise Unsupported("matmul of a 0-d tensor")

    def done(r):
        return epilogue(cx, r, acc, out, bias, bias_dt)

    if ra == 1 and rb == 1:
        return done(_product(linalg.DotOp, a, b, [], dt, acc))
    if ra == 2 and rb == 1:
        return done(_product(linalg.MatvecOp, a, b, [dim(a, 0)], dt, acc))
    if ra == 1 and rb == 2:
        return done(_product(linalg.VecmatOp, a, b, [dim(b, 1)], dt, acc))
    if ra == 2 and rb == 2:
        return done(mm_value(a, b, dt, acc))
    if rb <= 2:
        # Fold a's batch dims into its rows: [B.., M, K] -> [B..*M, K].
        lead = dims(a)[:-1]
        a2 = collapse(a, [list(range(ra - 1)), [ra - 1]])
        if rb == 2:
            r = mm_value(a2, b, dt, acc)
            r = expand(r, [list(range(ra - 1)), [ra - 1]], lead + [dim(b, 1)])
        else:
            r = _product(linalg.MatvecOp, a2, b, [dim(a2, 0)], dt, acc)
            r = expand(r, [list(range(ra - 1))], lead)
        return done(r)
    if ra == rb and _same_batch(a, b):
        nb = ra - 2
        a3 = collapse(a, [list(range(nb)), [nb], [nb + 1]]) if nb > 1 else a
        b3 = collapse(b, [list(range(nb)), [nb], [nb + 1]]) if nb > 1 else b
        r = bmm_value(a3, b3, dt, acc)
        if nb > 1:
            batch = [_pick(dim(a, i), dim(b, i)) for i in range(nb)]
            r = expand(r, [list(range(nb)), [nb], [nb + 1]], batch + [dim(a, -2), dim(b, -1)])
        return done(r)
    return done(_broadcast_matmul(a, b, dt, acc))


def _pick(x, y):
    return x if isinstance(x, int) else y


def _same_batch(a, b) -> bool:
    """Batch dims equal (dynamic dims are taken to match, as torch requires
    unless one is 1; a static 1 against another size is a broadcast)."""
    ta, tb = tensor_type(a), tensor_type(b)
    for i in range(ta.rank - 2):
        sa = -1 if ta.is_dynamic_dim(i) else ta.get_dim_size(i)
        sb = -1 if tb.is_dynamic_dim(i) else tb.get_dim_size(i)
        if sa != sb and (sa == 1 or sb == 1):
            return False
        if sa != sb and sa != -1 and sb != -1:
            return False
    return True


def _broadcast_matmul(a, b, dt, acc):
    """A linalg.generic contraction for batched matmul with broadcast batch
    dims (a vector operand has no row/column dim)."""
    ra, rb = rank(a), rank(b)
    ba, bb = max(ra - 2, 0), max(rb - 2, 0)
    nb = max(ba, bb)
    ta, tb = tensor_type(a), tensor_type(b)
    has_m, has_n = ra >= 2, rb >= 2
    # loop dims: batch..., [m], [n], k
    d = nb
    m_dim = d if has_m else None
    d += 1 if has_m else 0
    n_dim = d if has_n else None
    d += 1 if has_n else 0
    k_dim = d
    nloops = d + 1

    def size(t, i):
        return -1 if t.is_dynamic_dim(i) else t.get_dim_size(i)

    out_dims, a_exprs, b_exprs = [], [], []
    for i in range(nb):
        ia, ib = i - (nb - ba), i - (nb - bb)
        sa = size(ta, ia) if ia >= 0 else None
        sb = size(tb, ib) if ib >= 0 else None
        a_bcast = sa is None or (sa == 1 and sb not in (None, 1))
        b_bcast = sb is None or (sb == 1 and sa not in (None, 1))
        if ia >= 0:
            a_exprs.append(("c", 0) if a_bcast else i)
        if ib >= 0:
            b_exprs.append(("c", 0) if b_bcast else i)
        if not a_bcast:
            out_dims.append(dim(a, ia))
        elif not b_bcast:
            out_dims.append(dim(b, ib))
        else:
            out_dims.append(1)
    if has_m:
        a_exprs.append(m_dim)
        out_dims.append(dim(a, -2))
    a_exprs.append(k_dim)
    b_exprs.append(k_dim)
    if has_n:
        b_exprs.append(n_dim)
        out_dims.append(dim(b, -1))
    out_exprs = list(range(nb)) + ([m_dim] if has_m else []) + ([n_dim] if has_n else [])
    init = zeros(out_dims, acc)
    maps = [affine_map(nloops, a_exprs), affine_map(nloops, b_exprs),
            affine_map(nloops, out_exprs)]

    def body(x, y, o):
        x, y = convert_scalar(x, dt, acc), convert_scalar(y, dt, acc)
        return _add(acc, o, _mul(acc, x, y))

    return generic([a, b], [init], maps, [PARALLEL] * (nloops - 1) + [REDUCTION], body)[0]


@rule("torch.aten.matmul")
def matmul(cx, n):
    dt = _same_dtype(n, 0, 1)
    return matmul_value(cx, n.operands[0], n.operands[1], dt, n.result_dtype())


# --- einsum --------------------------------------------------------------------


def _parse_einsum(eq: str, ranks: Sequence[int]):
    """Equation -> (per-operand subscripts, output subscripts), with '...'
    replaced by fresh upper-case-free labels (right-aligned)."""
    eq = eq.replace(" ", "")
    lhs, arrow, rhs = eq.partition("->")
    terms = lhs.split(",")
    if len(terms) != len(ranks):
        raise Unsupported(f"einsum equation has {len(terms)} operands, got {len(ranks)}")
    used = set(c for c in eq if c.isalpha())
    fresh = [c for c in string.ascii_letters if c not in used]
    n_ell = max([r - (len(t) - 3) for t, r in zip(terms, ranks) if "..." in t] or [0])
    ell = fresh[:n_ell]
    subs = []
    for t, r in zip(terms, ranks):
        if "..." in t:
            k = r - (len(t) - 3)
            t = t.replace("...", "".join(ell[n_ell - k:]))
        if len(t) != r:
            raise Unsupported(f"einsum subscripts '{t}' do not match an operand of rank {r}")
        subs.append(t)
    if arrow:
        out = rhs.replace("...", "".join(ell))
    else:
        counts = {}
        for t in subs:
            for c in t:
                counts[c] = counts.get(c, 0) + 1
        out = "".join(ell) + "".join(sorted(c for c in counts if counts[c] == 1 and c not in ell))
    return subs, out


@rule("torch.aten.einsum")
def einsum(cx, n):
    """One linalg.generic: output labels are parallel loops, the others
    reductions; size-1 dims against larger ones broadcast."""
    eq = n.const(0, "equation")
    xs = n.operands[1]
    if not isinstance(xs, list) or not xs:
        raise Unsupported("operands must be a list of tensors")
    op_list = n.op.operands[1].owner
    dts = [torch_dtype(v.type) for v in op_list.operands] \
        if op_list.name == "torch.prim.ListConstruct" else [n.result_dtype()] * len(xs)
    if any(d != dts[0] for d in dts):
        raise Unsupported("einsum operands of different dtypes")
    subs, out = _parse_einsum(eq, [rank(x) for x in xs])
    labels = list(out) + sorted(set("".join(subs)) - set(out))
    pos = {c: i for i, c in enumerate(labels)}
    nloops = len(labels)
    sizes = {}
    for x, s in zip(xs, subs):
        t = tensor_type(x)
        for j, c in enumerate(s):
            sz = -1 if t.is_dynamic_dim(j) else t.get_dim_size(j)
            if c not in sizes or sizes[c][0] == 1:
                sizes[c] = (sz, x, j)
    maps = []
    for x, s in zip(xs, subs):
        t = tensor_type(x)
        exprs = []
        for j, c in enumerate(s):
            one = not t.is_dynamic_dim(j) and t.get_dim_size(j) == 1
            exprs.append(("c", 0) if one and sizes[c][0] != 1 else pos[c])
        maps.append(affine_map(nloops, exprs))
    out_dt = n.result_dtype()
    acc = acc_dtype(out_dt)
    dt = dts[0]
    out_dims = [dim(sizes[c][1], sizes[c][2]) for c in out]
    init = zeros(out_dims, acc)
    maps.append(affine_map(nloops, [pos[c] for c in out]))

    def body(*args):
        *vals, o = args
        p = convert_scalar(vals[0], dt, acc)
        for v in vals[1:]:
            p = _mul(acc, p, convert_scalar(v, dt, acc))
        return _add(acc, o, p)

    iters = [PARALLEL] * len(out) + [REDUCTION] * (nloops - len(out))
    r = generic(xs, [init], maps, iters, body)[0]
    return convert_tensor(r, acc, out_dt)


