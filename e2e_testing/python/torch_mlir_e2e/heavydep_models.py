"""Heavydep tests: real `transformers` architectures with random weights from
small configs (nothing is downloaded). This module needs `transformers`: it is
imported only where `build_tools/heavydep.sh` installed it, to serialize the
tests (`python -m torch_mlir_e2e serialize --tests-module
torch_mlir_e2e.heavydep_models`); the main suite runs the serialized programs
with no `transformers` installed.

Every model is wrapped so that it takes and returns plain tensors: a
serialized program must not refer to `transformers`' output classes.
"""

from __future__ import annotations

import torch

from .registry import Arg, E2ETest

__all__ = ["E2E_TESTS", "MODELS"]

VOCAB = 512
HIDDEN = 64
LAYERS = 2
HEADS = 4
SEQ = 16
IMAGE = 32


class _Wrapped(torch.nn.Module):
    """`model(x)` -> the first tensor of its outputs (logits or last hidden state)."""

    def __init__(self, model, output: str):
        super().__init__()
        self.model = model
        self.output = output

    def forward(self, x):
        return getattr(self.model(x, return_dict=True), self.output)


def _text(config_cls, model_cls, output="last_hidden_state", **config):
    def factory():
        # Default settings otherwise (use_cache stays on, as users run them).
        return _Wrapped(model_cls(config_cls(**config)), output)

    return factory


def _bert():
    from transformers import BertConfig, BertModel

    return _text(BertConfig, BertModel, vocab_size=VOCAB, hidden_size=HIDDEN,
                 num_hidden_layers=LAYERS, num_attention_heads=HEADS,
                 intermediate_size=2 * HIDDEN, max_position_embeddings=128)()


def _distilbert():
    from transformers import DistilBertConfig, DistilBertModel

    return _text(DistilBertConfig, DistilBertModel, vocab_size=VOCAB, dim=HIDDEN,
                 n_layers=LAYERS, n_heads=HEADS, hidden_dim=2 * HIDDEN,
                 max_position_embeddings=128)()


def _gpt2():
    from transformers import GPT2Config, GPT2LMHeadModel

    return _text(GPT2Config, GPT2LMHeadModel, output="logits", vocab_size=VOCAB,
                 n_embd=HIDDEN, n_layer=LAYERS, n_head=HEADS, n_positions=128,
                 bos_token_id=0, eos_token_id=0)()


def _llama():
    from transformers import LlamaConfig, LlamaForCausalLM

    return _text(LlamaConfig, LlamaForCausalLM, output="logits", vocab_size=VOCAB,
                 hidden_size=HIDDEN, intermediate_size=2 * HIDDEN, num_hidden_layers=LAYERS,
                 num_attention_heads=HEADS, num_key_value_heads=2,
                 max_position_embeddings=128)()


def _qwen2():
    from transformers import Qwen2Config, Qwen2ForCausalLM

    return _text(Qwen2Config, Qwen2ForCausalLM, output="logits", vocab_size=VOCAB,
                 hidden_size=HIDDEN, intermediate_size=2 * HIDDEN, num_hidden_layers=LAYERS,
                 num_attention_heads=HEADS, num_key_value_heads=2,
                 max_position_embeddings=128)()


def _t5_encoder():
    from transformers import T5Config, T5EncoderModel

    return _text(T5Config, T5EncoderModel, vocab_size=VOCAB, d_model=HIDDEN,
                 d_kv=HIDDEN // HEADS, d_ff=2 * HIDDEN, num_layers=LAYERS, num_heads=HEADS)()


def _vit():
    from transformers import ViTConfig, ViTModel

    return _text(ViTConfig, ViTModel, image_size=IMAGE, patch_size=8, num_channels=3,
                 hidden_size=HIDDEN, num_hidden_layers=LAYERS, num_attention_heads=HEADS,
                 intermediate_size=2 * HIDDEN)()


def _resnet():
    from transformers import ResNetConfig, ResNetForImageClassification

    return _text(ResNetConfig, ResNetForImageClassification, output="logits",
                 embedding_size=16, hidden_sizes=[16, 32, 64, 128], depths=[1, 1, 1, 1],
                 layer_type="basic", num_labels=10)()


def _convnext():
    from transformers import ConvNextConfig, ConvNextForImageClassification

    return _text(ConvNextConfig, ConvNextForImageClassification, output="logits",
                 hidden_sizes=[16, 32, 64, 128], depths=[1, 1, 1, 1], num_labels=10)()


def _tokens(tu):
    return (tu.randint(1, SEQ, high=VOCAB),)


def _image(tu):
    return (tu.randn(1, 3, IMAGE, IMAGE),)


_TOKENS = [Arg([1, -1], torch.int64)]
_IMAGE = [Arg([1, 3, IMAGE, IMAGE])]

# name -> (module factory, args, inputs, atol); rtol is 1e-4 for all.
MODELS = {
    "hf_bert": (_bert, _TOKENS, _tokens, 1e-4),
    "hf_distilbert": (_distilbert, _TOKENS, _tokens, 1e-4),
    "hf_gpt2": (_gpt2, _TOKENS, _tokens, 1e-4),
    "hf_llama": (_llama, _TOKENS, _tokens, 1e-4),
    "hf_qwen2": (_qwen2, _TOKENS, _tokens, 1e-4),
    "hf_t5_encoder": (_t5_encoder, _TOKENS, _tokens, 1e-4),
    "hf_vit": (_vit, _IMAGE, _image, 1e-4),
    "hf_resnet": (_resnet, _IMAGE, _image, 1e-4),
    "hf_convnext": (_convnext, _IMAGE, _image, 1e-4),
}

E2E_TESTS = [E2ETest(name, factory, args, inputs, rtol=1e-4, atol=atol, file=__name__)
             for name, (factory, args, inputs, atol) in MODELS.items()]
