"""Decompositions torch does not ship, for the fused inference kernels that
scripted `nn.MultiheadAttention` and `nn.TransformerEncoderLayer` call on
their fast path (`aten._native_multi_head_attention`,
`aten._transformer_encoder_layer_fwd`: CPU/CUDA kernels only).

Written as torch code over ops that have decompositions or lowering rules,
following the kernels' semantics (aten/src/ATen/native/transformers):
masks are converted to bool (True = masked out), mask_type 0 is an (L, S)
mask, 1 a (B, S) key padding mask, 2 a mask of the scores' shape; a row
with every key masked is NaN, as in the CPU kernel and eager's slow path.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F


def _masked_softmax(scores: torch.Tensor, mask: torch.Tensor | None,
                    mask_type: int | None) -> torch.Tensor:
    if mask is None:
        return torch.softmax(scores, dim=-1)
    mask = mask.to(torch.bool)
    if mask_type == 1:  # (B, S) key padding -> (B, 1, 1, S)
        mask = mask.view(mask.shape[0], 1, 1, mask.shape[1])
    # mask_type 0 ((L, S)) and 2 (the scores' shape) broadcast as they are.
    return torch.softmax(scores.masked_fill(mask, float("-inf")), dim=-1)


def native_multi_head_attention(query, key, value, embed_dim: int, num_head: int,
                                qkv_weight, qkv_bias, proj_weight, proj_bias,
                                mask=None, need_weights: bool = True,
                                average_attn_weights: bool = True,
                                mask_type: int | None = None):
    batch, target_len, _ = query.shape
    head_dim = embed_dim // num_head
    w_q, w_k, w_v = qkv_weight.chunk(3, dim=0)
    b_q, b_k, b_v = qkv_bias.chunk(3, dim=0)

    def heads(x, w, b):  # (B, L, E) -> (B, H, L, D)
        return F.linear(x, w, b).view(batch, -1, num_head, head_dim).transpose(1, 2)

    q = heads(query, w_q, b_q) / (head_dim ** 0.5)
    k = heads(key, w_k, b_k)
    v = heads(value, w_v, b_v)
    weights = _masked_softmax(q @ k.transpose(-2, -1), mask, mask_type)
    attn = (weights @ v).transpose(1, 2).reshape(batch, target_len, embed_dim)
    out = F.linear(attn, proj_weight, proj_bias)
    if not need_weights:
        # The kernel returns an undefined tensor here; callers drop it.
        return out, torch.empty(0, dtype=query.dtype)
    if average_attn_weights:
        weights = weights.mean(dim=1)
    return out, weights


def transformer_encoder_layer_fwd(src, embed_dim: int, num_heads: int, qkv_weight, qkv_bias,
                                  proj_weight, proj_bias, use_gelu: bool, norm_first: bool,
                                  eps: float, norm_weight_1, norm_bias_1, norm_weight_2,
                                  norm_bias_2, ffn_weight_1, ffn_bias_1, ffn_weight_2,
                                  ffn_bias_2, mask=None, mask_type: int | None = None):
    def norm1(x):
        return F.layer_norm(x, [embed_dim], norm_weight_1, norm_bias_1, eps)

    def norm2(x):
        return F.layer_norm(x, [embed_dim], norm_weight_2, norm_bias_2, eps)

    x = norm1(src) if norm_first else src
    x = native_multi_head_attention(x, x, x, embed_dim, num_heads, qkv_weight, qkv_bias,
                                    proj_weight, proj_bias, mask, False, True,
                                    mask_type)[0] + src
    if not norm_first:
        x = norm1(x)
    residual = x
    hidden = F.linear(norm2(x) if norm_first else x, ffn_weight_1, ffn_bias_1)
    hidden = F.gelu(hidden) if use_gelu else F.relu(hidden)
    x = F.linear(hidden, ffn_weight_2, ffn_bias_2) + residual
    return x if norm_first else norm2(x)


def fused_decompositions() -> dict:
    aten = torch.ops.aten
    return {
        aten._native_multi_head_attention.default: native_multi_head_attention,
        aten._transformer_encoder_layer_fwd.default: transformer_encoder_layer_fwd,
    }
