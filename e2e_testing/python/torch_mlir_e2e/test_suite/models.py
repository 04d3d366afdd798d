"""Whole small models (deterministic parameters: the harness seeds torch
before constructing each one; batch-norm statistics are randomized so eval
mode is not the identity): MLP, CNN with batch norm, ResNet-style residual
net, MobileNet-style depthwise-separable net, a tiny U-Net, transformer
encoder layers, a masked attention block, LSTM/GRU cells and unrolled
sequence loops, full nn.LSTM/nn.GRU, embedding + mean pooling; plus
dynamic-batch (and dynamic-length) variants."""

import torch
import torch.nn.functional as F
from torch import nn

from torch_mlir_e2e.registry import I64, BOOL, Arg, e2e_test

TOL = dict(atol=1e-4, rtol=1e-4)
LOOSE = dict(atol=1e-3, rtol=1e-3)


def _randomize_batch_norms(model: nn.Module) -> nn.Module:
    with torch.no_grad():
        for m in model.modules():
            if isinstance(m, nn.modules.batchnorm._BatchNorm):
                m.weight.copy_(torch.rand_like(m.weight) + 0.5)
                m.bias.copy_(torch.randn_like(m.bias) * 0.1)
                m.running_mean.copy_(torch.randn_like(m.running_mean) * 0.1)
                m.running_var.copy_(torch.rand_like(m.running_var) + 0.5)
    return model


# ---------------------------------------------------------------- MLP


class _Mlp(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(32, 64)
        self.fc2 = nn.Linear(64, 48)
        self.fc3 = nn.Linear(48, 10)

    def forward(self, x):
        x = F.relu(self.fc1(x))
        x = F.relu(self.fc2(x))
        return self.fc3(x)


@e2e_test(args=[Arg([4, 32])], inputs=lambda tu: (tu.randn(4, 32),), **TOL)
class model_mlp(_Mlp):
    pass


@e2e_test(args=[Arg([-1, 32])], inputs=lambda tu: (tu.randn(6, 32),), **TOL)
class model_mlp_dynamic_batch(_Mlp):
    pass


@e2e_test(args=[Arg([3, 20])], inputs=lambda tu: (tu.randn(3, 20),), **TOL)
class model_mlp_sequential_softmax(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(20, 32), nn.GELU(), nn.Dropout(0.5),
                                 nn.Linear(32, 32), nn.Tanh(), nn.Linear(32, 5),
                                 nn.LogSoftmax(dim=-1))

    def forward(self, x):
        return self.net(x)


# ---------------------------------------------------------------- CNN with batch norm


class _SmallCnn(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(3, 8, 3, padding=1, bias=False), nn.BatchNorm2d(8), nn.ReLU(),
            nn.MaxPool2d(2),
            nn.Conv2d(8, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(),
            nn.MaxPool2d(2),
        )
        self.classifier = nn.Linear(16 * 4 * 4, 10)
        _randomize_batch_norms(self)

    def forward(self, x):
        return self.classifier(torch.flatten(self.features(x), 1))


@e2e_test(args=[Arg([2, 3, 16, 16])], inputs=lambda tu: (tu.randn(2, 3, 16, 16),), **TOL)
class model_cnn_batch_norm(_SmallCnn):
    pass


@e2e_test(args=[Arg([-1, 3, 16, 16])], inputs=lambda tu: (tu.randn(3, 3, 16, 16),), **TOL)
class model_cnn_batch_norm_dynamic_batch(_SmallCnn):
    pass


# ---------------------------------------------------------------- ResNet-style


class _BasicBlock(nn.Module):
    def __init__(self, cin, cout, stride):
        super().__init__()
        self.conv1 = nn.Conv2d(cin, cout, 3, stride=stride, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(cout)
        self.conv2 = nn.Conv2d(cout, cout, 3, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(cout)
        self.downsample = None
        if stride != 1 or cin != cout:
            self.downsample = nn.Sequential(nn.Conv2d(cin, cout, 1, stride=stride, bias=False),
                                            nn.BatchNorm2d(cout))

    def forward(self, x):
        identity = x if self.downsample is None else self.downsample(x)
        out = F.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        return F.relu(out + identity)


class _TinyResNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.stem = nn.Sequential(nn.Conv2d(3, 8, 3, padding=1, bias=False), nn.BatchNorm2d(8),
                                  nn.ReLU())
        self.layer1 = _BasicBlock(8, 8, 1)
        self.layer2 = _BasicBlock(8, 16, 2)
        self.layer3 = _BasicBlock(16, 32, 2)
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Linear(32, 10)
        _randomize_batch_norms(self)

    def forward(self, x):
        x = self.layer3(self.layer2(self.layer1(self.stem(x))))
        return self.fc(torch.flatten(self.pool(x), 1))


@e2e_test(args=[Arg([2, 3, 16, 16])], inputs=lambda tu: (tu.randn(2, 3, 16, 16),), **TOL)
class model_resnet_basic_blocks(_TinyResNet):
    pass


@e2e_test(args=[Arg([-1, 3, 16, 16])], inputs=lambda tu: (tu.randn(3, 3, 16, 16),), **TOL)
class model_resnet_basic_blocks_dynamic_batch(_TinyResNet):
    pass


@e2e_test(args=[Arg([-1, 3, -1, -1])], inputs=lambda tu: (tu.randn(2, 3, 12, 20),), **TOL)
class model_resnet_basic_blocks_dynamic_image_size(_TinyResNet):
    pass


# ---------------------------------------------------------------- MobileNet-style


class _DepthwiseSeparable(nn.Module):
    def __init__(self, cin, cout, stride):
        super().__init__()
        self.dw = nn.Conv2d(cin, cin, 3, stride=stride, padding=1, groups=cin, bias=False)
        self.bn1 = nn.BatchNorm2d(cin)
        self.pw = nn.Conv2d(cin, cout, 1, bias=False)
        self.bn2 = nn.BatchNorm2d(cout)

    def forward(self, x):
        x = F.relu6(self.bn1(self.dw(x)))
        return F.relu6(self.bn2(self.pw(x)))


class _TinyMobileNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.stem = nn.Sequential(nn.Conv2d(3, 8, 3, stride=2, padding=1, bias=False),
                                  nn.BatchNorm2d(8), nn.ReLU6())
        self.blocks = nn.Sequential(_DepthwiseSeparable(8, 16, 1), _DepthwiseSeparable(16, 32, 2),
                                    _DepthwiseSeparable(32, 32, 1))
        self.head = nn.Linear(32, 10)
        _randomize_batch_norms(self)

    def forward(self, x):
        x = self.blocks(self.stem(x))
        return self.head(x.mean(dim=(2, 3)))


@e2e_test(args=[Arg([2, 3, 16, 16])], inputs=lambda tu: (tu.randn(2, 3, 16, 16),), **TOL)
class model_mobilenet_depthwise_separable(_TinyMobileNet):
    pass


@e2e_test(args=[Arg([-1, 3, 16, 16])], inputs=lambda tu: (tu.randn(4, 3, 16, 16),), **TOL)
class model_mobilenet_depthwise_separable_dynamic_batch(_TinyMobileNet):
    pass


# ------------------------------------------------ tiny U-Net (conv transpose + skip cat)


@e2e_test(args=[Arg([1, 2, 16, 16])], inputs=lambda tu: (tu.randn(1, 2, 16, 16),), **TOL)
class model_tiny_unet(nn.Module):
    def __init__(self):
        super().__init__()
        self.enc1 = nn.Sequential(nn.Conv2d(2, 8, 3, padding=1), nn.ReLU())
        self.enc2 = nn.Sequential(nn.Conv2d(8, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU())
        self.up = nn.ConvTranspose2d(16, 8, 2, stride=2)
        self.dec = nn.Sequential(nn.Conv2d(16, 8, 3, padding=1), nn.ReLU(), nn.Conv2d(8, 1, 1))
        _randomize_batch_norms(self)

    def forward(self, x):
        e1 = self.enc1(x)
        e2 = self.enc2(F.max_pool2d(e1, 2))
        d = torch.cat([self.up(e2), e1], dim=1)
        return torch.sigmoid(self.dec(d))


# ---------------------------------------------------------------- transformer encoder layers


class _Encoder(nn.Module):
    kwargs = {}

    def __init__(self):
        super().__init__()
        self.layer = nn.TransformerEncoderLayer(d_model=32, nhead=4, dim_feedforward=64,
                                                batch_first=True, **self.kwargs)


@e2e_test(args=[Arg([2, 6, 32])], inputs=lambda tu: (tu.randn(2, 6, 32),), **TOL)
class model_transformer_encoder_layer(_Encoder):
    def forward(self, x):
        return self.layer(x)


@e2e_test(args=[Arg([2, 6, 32]), Arg([2, 6], BOOL)],
          inputs=lambda tu: (tu.randn(2, 6, 32),
                             torch.tensor([[False] * 6, [False] * 4 + [True] * 2])), **TOL)
class model_transformer_encoder_layer_padding_mask_norm_first_gelu(_Encoder):
    kwargs = dict(norm_first=True, activation="gelu")

    def forward(self, x, pad):
        return self.layer(x, src_key_padding_mask=pad)


@e2e_test(args=[Arg([-1, -1, 32])], inputs=lambda tu: (tu.randn(3, 5, 32),), **TOL)
class model_transformer_encoder_layer_causal_dynamic(_Encoder):
    def forward(self, x):
        n = x.shape[1]
        causal = torch.ones(n, n, dtype=torch.bool, device=x.device).triu(1)
        return self.layer(x, src_mask=causal)


@e2e_test(args=[Arg([2, 5, 32])], inputs=lambda tu: (tu.randn(2, 5, 32),), **LOOSE)
class model_transformer_encoder_two_layers(nn.Module):
    def __init__(self):
        super().__init__()
        layer = nn.TransformerEncoderLayer(32, 4, 64, batch_first=True)
        self.encoder = nn.TransformerEncoder(layer, num_layers=2, enable_nested_tensor=False)

    def forward(self, x):
        return self.encoder(x)


# ---------------------------------------------------------------- attention block with masks


class _MaskedAttentionBlock(nn.Module):
    """Pre-norm causal self-attention with a key padding mask, residual and MLP."""

    def __init__(self):
        super().__init__()
        self.norm1 = nn.LayerNorm(32)
        self.qkv = nn.Linear(32, 96)
        self.proj = nn.Linear(32, 32)
        self.norm2 = nn.LayerNorm(32)
        self.mlp = nn.Sequential(nn.Linear(32, 64), nn.GELU(approximate="tanh"), nn.Linear(64, 32))

    def forward(self, x, keep):
        b, n, _ = x.shape
        q, k, v = self.qkv(self.norm1(x)).view(b, n, 3, 4, 8).permute(2, 0, 3, 1, 4).unbind(0)
        causal = torch.ones(n, n, dtype=torch.bool, device=x.device).tril()
        mask = causal[None, None] & keep[:, None, None, :]
        mask = mask | torch.eye(n, dtype=torch.bool, device=x.device)  # never fully masked
        att = F.scaled_dot_product_attention(q, k, v, attn_mask=mask)
        x = x + self.proj(att.transpose(1, 2).reshape(b, n, 32))
        return x + self.mlp(self.norm2(x))


@e2e_test(args=[Arg([2, 6, 32]), Arg([2, 6], BOOL)],
          inputs=lambda tu: (tu.randn(2, 6, 32),
                             torch.tensor([[True] * 6, [True] * 3 + [False] * 3])), **TOL)
class model_attention_block_masks(_MaskedAttentionBlock):
    pass


@e2e_test(args=[Arg([-1, -1, 32]), Arg([-1, -1], BOOL)],
          inputs=lambda tu: (tu.randn(3, 5, 32), tu.randbool(3, 5)), **TOL)
class model_attention_block_masks_dynamic(_MaskedAttentionBlock):
    pass


# ---------------------------------------------------------------- recurrent cells


@e2e_test(args=[Arg([3, 10]), Arg([3, 16]), Arg([3, 16])],
          inputs=lambda tu: (tu.randn(3, 10), tu.randn(3, 16), tu.randn(3, 16)), **TOL)
class model_lstm_cell(nn.Module):
    def __init__(self):
        super().__init__()
        self.cell = nn.LSTMCell(10, 16)

    def forward(self, x, h, c):
        return self.cell(x, (h, c))


@e2e_test(args=[Arg([3, 10]), Arg([3, 16])],
          inputs=lambda tu: (tu.randn(3, 10), tu.randn(3, 16)), **TOL)
class model_gru_cell(nn.Module):
    def __init__(self):
        super().__init__()
        self.cell = nn.GRUCell(10, 16)

    def forward(self, x, h):
        return self.cell(x, h)


class _UnrolledLstm(nn.Module):
    """Runs nn.LSTMCell over a sequence [batch, 5, 8] (zero initial state)
    and classifies from the last hidden state."""

    def __init__(self):
        super().__init__()
        self.cell = nn.LSTMCell(8, 12)
        self.head = nn.Linear(12, 4)

    def forward(self, x):
        h = x.new_zeros(x.shape[0], 12)
        c = x.new_zeros(x.shape[0], 12)
        outs = []
        for t in range(x.shape[1]):
            h, c = self.cell(x[:, t], (h, c))
            outs.append(h)
        return torch.stack(outs, dim=1), self.head(h)


@e2e_test(args=[Arg([2, 5, 8])], inputs=lambda tu: (tu.randn(2, 5, 8),), **TOL)
class model_lstm_cell_unrolled(_UnrolledLstm):
    pass


@e2e_test(args=[Arg([-1, 5, 8])], inputs=lambda tu: (tu.randn(3, 5, 8),), **TOL)
class model_lstm_cell_unrolled_dynamic_batch(_UnrolledLstm):
    pass


@e2e_test(args=[Arg([2, 4, 6])], inputs=lambda tu: (tu.randn(2, 4, 6),), **TOL)
class model_gru_cell_unrolled_with_residual(nn.Module):
    def __init__(self):
        super().__init__()
        self.inp = nn.Linear(6, 10)
        self.cell = nn.GRUCell(10, 10)

    def forward(self, x):
        h = torch.zeros(x.shape[0], 10)
        for t in range(x.shape[1]):
            u = torch.tanh(self.inp(x[:, t]))
            h = self.cell(u, h) + 0.5 * u
        return h


# ---------------------------------------------------------------- embedding + pooling


class _EmbeddingMean(nn.Module):
    """EmbeddingBag-like: embed token ids, mean over the sequence (ignoring
    padding id 0), then a linear classifier."""

    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(50, 16, padding_idx=0)
        self.fc = nn.Linear(16, 3)

    def forward(self, ids):
        e = self.emb(ids)
        keep = (ids != 0).unsqueeze(-1).to(e.dtype)
        pooled = (e * keep).sum(1) / keep.sum(1).clamp(min=1.0)
        return self.fc(pooled)


def _ids_with_padding(tu, b, n):
    ids = tu.randint(b, n, low=1, high=50)
    ids[0, -2:] = 0
    return ids


@e2e_test(args=[Arg([3, 7], I64)], inputs=lambda tu: (_ids_with_padding(tu, 3, 7),), **TOL)
class model_embedding_mean_pool(_EmbeddingMean):
    pass


@e2e_test(args=[Arg([-1, -1], I64)], inputs=lambda tu: (_ids_with_padding(tu, 4, 6),), **TOL)
class model_embedding_mean_pool_dynamic(_EmbeddingMean):
    pass


@e2e_test(args=[Arg([2, 5], I64)], inputs=lambda tu: (tu.randint(2, 5, high=20),), **TOL)
class model_embedding_max_pool_mlp(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(20, 8)
        self.mlp = nn.Sequential(nn.Linear(16, 16), nn.ReLU(), nn.Linear(16, 2))

    def forward(self, ids):
        e = self.emb(ids)
        return self.mlp(torch.cat([e.mean(1), e.amax(1)], dim=-1))


# ------------------------------------------------ full recurrent layers (unrolled by export)


@e2e_test(args=[Arg([2, 5, 6]), Arg([2, 2, 8]), Arg([2, 2, 8])],
          inputs=lambda tu: (tu.randn(2, 5, 6), tu.randn(2, 2, 8), tu.randn(2, 2, 8)), **TOL)
class model_lstm_two_layers(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(6, 8, num_layers=2, batch_first=True)

    def forward(self, x, h0, c0):
        out, (h, c) = self.rnn(x, (h0, c0))
        return out, h, c


@e2e_test(args=[Arg([-1, 4, 6])], inputs=lambda tu: (tu.randn(3, 4, 6),), **TOL)
class model_gru_bidirectional_dynamic_batch(nn.Module):
    """(the sequence length cannot be dynamic: export unrolls the recurrence)"""

    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(6, 8, batch_first=True, bidirectional=True)
        self.head = nn.Linear(16, 3)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.head(out[:, -1])
