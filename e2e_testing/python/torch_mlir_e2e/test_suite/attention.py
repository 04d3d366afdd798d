"""Attention: F.scaled_dot_product_attention (no mask, boolean and additive
float masks, is_causal, dropout_p=0, scale=, different query/key lengths,
grouped-query heads) and nn.MultiheadAttention in eval mode (batch_first or
not, key_padding_mask, attn_mask, with and without returned weights); static
and dynamic batch/sequence dims.

Boolean masks always keep at least one key per query (a fully masked row is
NaN in eager)."""

import torch
import torch.nn.functional as F

from torch_mlir_e2e.registry import F64, BOOL, Arg, e2e_test

TOL = dict(atol=1e-4, rtol=1e-4)


def _qkv(tu, b, h, lq, lk, d, dv=None, dtype=torch.float32):
    return (tu.randn(b, h, lq, d, dtype=dtype), tu.randn(b, h, lk, d, dtype=dtype),
            tu.randn(b, h, lk, dv or d, dtype=dtype))


def _bool_mask(tu, *shape):
    m = tu.randbool(*shape)
    m[..., 0] = True  # every query sees key 0
    return m


# ---------------------------------------------------------------- scaled_dot_product_attention


@e2e_test(args=[Arg([2, 2, 5, 8])] * 3, inputs=lambda tu: _qkv(tu, 2, 2, 5, 5, 8), **TOL)
def attention_sdpa_basic(q, k, v):
    return F.scaled_dot_product_attention(q, k, v)


@e2e_test(args=[Arg([1, 2, 3, 8]), Arg([1, 2, 7, 8]), Arg([1, 2, 7, 4])],
          inputs=lambda tu: _qkv(tu, 1, 2, 3, 7, 8, dv=4), **TOL)
def attention_sdpa_different_lengths_value_dim(q, k, v):
    return F.scaled_dot_product_attention(q, k, v)


@e2e_test(args=[Arg([1, 2, 4, 8])] * 3, inputs=lambda tu: _qkv(tu, 1, 2, 4, 4, 8), **TOL)
def attention_sdpa_scale(q, k, v):
    return F.scaled_dot_product_attention(q, k, v, scale=0.05)


@e2e_test(args=[Arg([2, 2, 6, 4])] * 3, inputs=lambda tu: _qkv(tu, 2, 2, 6, 6, 4), **TOL)
def attention_sdpa_causal(q, k, v):
    return F.scaled_dot_product_attention(q, k, v, is_causal=True, dropout_p=0.0)


@e2e_test(args=[Arg([1, 2, 3, 4]), Arg([1, 2, 5, 4]), Arg([1, 2, 5, 4])],
          inputs=lambda tu: _qkv(tu, 1, 2, 3, 5, 4), **TOL)
def attention_sdpa_causal_shorter_query(q, k, v):
    # causal mask is aligned to the top left: query i sees keys 0..i
    return F.scaled_dot_product_attention(q, k, v, is_causal=True)


@e2e_test(args=[Arg([2, 2, 4, 8]), Arg([2, 2, 6, 8]), Arg([2, 2, 6, 8]), Arg([2, 1, 4, 6], BOOL)],
          inputs=lambda tu: (*_qkv(tu, 2, 2, 4, 6, 8), _bool_mask(tu, 2, 1, 4, 6)), **TOL)
def attention_sdpa_bool_mask(q, k, v, m):
    return F.scaled_dot_product_attention(q, k, v, attn_mask=m)


@e2e_test(args=[Arg([1, 2, 5, 4])] * 3 + [Arg([5, 5])],
          inputs=lambda tu: (*_qkv(tu, 1, 2, 5, 5, 4), tu.randn(5, 5)), **TOL)
def attention_sdpa_float_mask(q, k, v, m):
    return F.scaled_dot_product_attention(q, k, v, attn_mask=m)


@e2e_test(args=[Arg([1, 2, 3, 4])] * 3,
          inputs=lambda tu: _qkv(tu, 1, 2, 3, 3, 4), **TOL)
def attention_sdpa_float_mask_with_neg_inf(q, k, v):
    m = torch.tensor([[0.0, float("-inf"), 0.5],
                      [0.0, 0.0, float("-inf")],
                      [float("-inf"), -1.0, 0.0]])
    return F.scaled_dot_product_attention(q, k, v, attn_mask=m)


@e2e_test(args=[Arg([-1, 2, -1, 8]), Arg([-1, 2, -1, 8]), Arg([-1, 2, -1, 8])],
          inputs=lambda tu: _qkv(tu, 2, 2, 5, 7, 8), **TOL)
def attention_sdpa_dynamic_batch_and_lengths(q, k, v):
    return F.scaled_dot_product_attention(q, k, v)


@e2e_test(args=[Arg([-1, 2, -1, 4])] * 3, inputs=lambda tu: _qkv(tu, 2, 2, 6, 6, 4), **TOL)
def attention_sdpa_causal_dynamic(q, k, v):
    return F.scaled_dot_product_attention(q, k, v, is_causal=True)


@e2e_test(args=[Arg([-1, 2, 4, 8]), Arg([-1, 2, 6, 8]), Arg([-1, 2, 6, 8]),
                Arg([-1, 1, 1, 6], BOOL)],
          inputs=lambda tu: (*_qkv(tu, 3, 2, 4, 6, 8), _bool_mask(tu, 3, 1, 1, 6)), **TOL)
def attention_sdpa_padding_mask_dynamic_batch(q, k, v, m):
    return F.scaled_dot_product_attention(q, k, v, attn_mask=m)


@e2e_test(args=[Arg([1, 4, 3, 4]), Arg([1, 2, 5, 4]), Arg([1, 2, 5, 4])],
          inputs=lambda tu: (tu.randn(1, 4, 3, 4), tu.randn(1, 2, 5, 4), tu.randn(1, 2, 5, 4)),
          **TOL)
def attention_sdpa_grouped_query(q, k, v):
    return F.scaled_dot_product_attention(q, k, v, enable_gqa=True)


@e2e_test(args=[Arg([2, 5, 8]), Arg([2, 6, 8]), Arg([2, 6, 8])],
          inputs=lambda tu: (tu.randn(2, 5, 8), tu.randn(2, 6, 8), tu.randn(2, 6, 8)), **TOL)
def attention_sdpa_3d_no_heads(q, k, v):
    return F.scaled_dot_product_attention(q, k, v)


@e2e_test(args=[Arg([1, 2, 4, 4], F64)] * 3,
          inputs=lambda tu: _qkv(tu, 1, 2, 4, 4, 4, dtype=F64))
def attention_sdpa_f64_causal(q, k, v):
    return F.scaled_dot_product_attention(q, k, v, is_causal=True)


@e2e_test(args=[Arg([2, -1, 8]), Arg([2, -1, 8])],
          inputs=lambda tu: (tu.randn(2, 5, 8), tu.randn(2, 7, 8)), **TOL)
def attention_manual_softmax_dynamic(q, kv):
    scores = q @ kv.transpose(-2, -1) / 8 ** 0.5
    return scores.softmax(-1) @ kv


# ---------------------------------------------------------------- nn.MultiheadAttention (eval)


class _Mha(torch.nn.Module):
    batch_first = True
    kwargs = {}

    def __init__(self):
        super().__init__()
        self.mha = torch.nn.MultiheadAttention(16, 4, batch_first=self.batch_first,
                                               **self.kwargs)


@e2e_test(args=[Arg([2, 5, 16])], inputs=lambda tu: (tu.randn(2, 5, 16),), **TOL)
class attention_mha_self_batch_first(_Mha):
    def forward(self, x):
        out, weights = self.mha(x, x, x)
        return out, weights


@e2e_test(args=[Arg([2, 5, 16])], inputs=lambda tu: (tu.randn(2, 5, 16),), **TOL)
class attention_mha_self_no_weights(_Mha):
    def forward(self, x):
        return self.mha(x, x, x, need_weights=False)[0]


@e2e_test(args=[Arg([4, 2, 16]), Arg([6, 2, 16])],
          inputs=lambda tu: (tu.randn(4, 2, 16), tu.randn(6, 2, 16)), **TOL)
class attention_mha_cross_seq_first(_Mha):
    batch_first = False

    def forward(self, q, kv):
        out, weights = self.mha(q, kv, kv, average_attn_weights=False)
        return out, weights


@e2e_test(args=[Arg([2, 5, 16]), Arg([2, 5], BOOL)],
          inputs=lambda tu: (tu.randn(2, 5, 16),
                             torch.tensor([[False, False, False, True, True],
                                           [False, True, False, False, True]])), **TOL)
class attention_mha_key_padding_mask(_Mha):
    def forward(self, x, pad):
        out, weights = self.mha(x, x, x, key_padding_mask=pad)
        return out, weights


@e2e_test(args=[Arg([2, 4, 16]), Arg([4, 4])],
          inputs=lambda tu: (tu.randn(2, 4, 16), tu.randn(4, 4)), **TOL)
class attention_mha_float_attn_mask(_Mha):
    def forward(self, x, m):
        return self.mha(x, x, x, attn_mask=m, need_weights=False)[0]


@e2e_test(args=[Arg([2, 5, 16])], inputs=lambda tu: (tu.randn(2, 5, 16),), **TOL)
class attention_mha_causal_bool_attn_mask(_Mha):
    def forward(self, x):
        causal = torch.ones(5, 5, dtype=torch.bool).triu(1)  # True = not allowed
        out, weights = self.mha(x, x, x, attn_mask=causal)
        return out, weights


@e2e_test(args=[Arg([2, 6, 16]), Arg([2, 6], BOOL)],
          inputs=lambda tu: (tu.randn(2, 6, 16),
                             torch.tensor([[False] * 4 + [True] * 2, [False] * 6])), **TOL)
class attention_mha_padding_and_causal_no_bias(_Mha):
    kwargs = dict(bias=False)

    def forward(self, x, pad):
        causal = torch.ones(6, 6, dtype=torch.bool).triu(1)
        return self.mha(x, x, x, key_padding_mask=pad, attn_mask=causal, need_weights=False)[0]


@e2e_test(args=[Arg([-1, -1, 16])], inputs=lambda tu: (tu.randn(3, 5, 16),), **TOL)
class attention_mha_dynamic_batch_and_length(_Mha):
    def forward(self, x):
        out, weights = self.mha(x, x, x)
        return out, weights


@e2e_test(args=[Arg([2, 3, 16]), Arg([2, 5, 8]), Arg([2, 5, 12])],
          inputs=lambda tu: (tu.randn(2, 3, 16), tu.randn(2, 5, 8), tu.randn(2, 5, 12)), **TOL)
class attention_mha_kdim_vdim(_Mha):
    kwargs = dict(kdim=8, vdim=12)

    def forward(self, q, k, v):
        out, weights = self.mha(q, k, v)
        return out, weights
