"""Reusable test models in plain PyTorch (torchvision does not import here).

Every model is built in eval mode and has an `example_inputs()` static method
returning the tuple of example positional arguments:

    import models
    model = models.ResNet18()
    out = model(*model.example_inputs())

`MODELS` maps the short names the benchmark accepts to the classes.
"""

import torch
import torch.nn.functional as F
from torch import nn


class _EvalModule(nn.Module):
    """Base: subclasses call `self.eval()` at the end of `__init__`."""

    @staticmethod
    def example_inputs() -> tuple:
        raise NotImplementedError


class MLP(_EvalModule):
    """Three linear layers with ReLU between them (~0.2 M parameters)."""

    def __init__(self, d_in=64, hidden=256, d_out=10):
        super().__init__()
        self.fc1 = nn.Linear(d_in, hidden)
        self.fc2 = nn.Linear(hidden, hidden)
        self.fc3 = nn.Linear(hidden, d_out)
        self.eval()

    def forward(self, x):
        return self.fc3(F.relu(self.fc2(F.relu(self.fc1(x)))))

    @staticmethod
    def example_inputs():
        return (torch.randn(4, 64),)


class ConvBN(_EvalModule):
    """Two conv + BatchNorm2d + ReLU stages, global average pool, linear head."""

    def __init__(self, num_classes=10):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 16, 3, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(16)
        self.conv2 = nn.Conv2d(16, 32, 3, stride=2, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(32)
        self.fc = nn.Linear(32, num_classes)
        self.eval()

    def forward(self, x):
        x = F.relu(self.bn1(self.conv1(x)))
        x = F.relu(self.bn2(self.conv2(x)))
        return self.fc(F.adaptive_avg_pool2d(x, 1).flatten(1))

    @staticmethod
    def example_inputs():
        return (torch.randn(2, 3, 32, 32),)


class BasicBlock(nn.Module):
    """ResNet BasicBlock: two 3x3 conv+bn, with a 1x1 conv+bn shortcut when the
    shape changes."""

    def __init__(self, cin, cout, stride=1):
        super().__init__()
        self.conv1 = nn.Conv2d(cin, cout, 3, stride=stride, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(cout)
        self.relu = nn.ReLU()
        self.conv2 = nn.Conv2d(cout, cout, 3, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(cout)
        self.downsample = None
        if stride != 1 or cin != cout:
            self.downsample = nn.Sequential(nn.Conv2d(cin, cout, 1, stride=stride, bias=False),
                                            nn.BatchNorm2d(cout))

    def forward(self, x):
        identity = x if self.downsample is None else self.downsample(x)
        out = self.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        return self.relu(out + identity)


class ResNet18(_EvalModule):
    """The torchvision ResNet-18 layout: 11,689,512 parameters for 1000 classes."""

    def __init__(self, num_classes=1000):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 64, 7, stride=2, padding=3, bias=False)
        self.bn1 = nn.BatchNorm2d(64)
        self.relu = nn.ReLU()
        self.maxpool = nn.MaxPool2d(3, stride=2, padding=1)
        cin = 64
        for i, (cout, stride) in enumerate(((64, 1), (128, 2), (256, 2), (512, 2)), start=1):
            setattr(self, f"layer{i}",
                    nn.Sequential(BasicBlock(cin, cout, stride), BasicBlock(cout, cout)))
            cin = cout
        self.avgpool = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Linear(512, num_classes)
        self.eval()

    def forward(self, x):
        x = self.maxpool(self.relu(self.bn1(self.conv1(x))))
        x = self.layer4(self.layer3(self.layer2(self.layer1(x))))
        return self.fc(torch.flatten(self.avgpool(x), 1))

    @staticmethod
    def example_inputs():
        return (torch.randn(1, 3, 224, 224),)


class TransformerEncoderLayer(_EvalModule):
    """A post-norm encoder layer with the attention written out: separate
    q/k/v projections, `F.scaled_dot_product_attention`, output projection,
    residual + LayerNorm, then a GELU feed-forward, residual + LayerNorm."""

    def __init__(self, d_model=256, heads=8, d_ff=1024):
        super().__init__()
        assert d_model % heads == 0
        self.heads = heads
        self.q_proj = nn.Linear(d_model, d_model)
        self.k_proj = nn.Linear(d_model, d_model)
        self.v_proj = nn.Linear(d_model, d_model)
        self.out_proj = nn.Linear(d_model, d_model)
        self.norm1 = nn.LayerNorm(d_model)
        self.ff1 = nn.Linear(d_model, d_ff)
        self.ff2 = nn.Linear(d_ff, d_model)
        self.norm2 = nn.LayerNorm(d_model)
        self.eval()

    def _split_heads(self, t, b, s, d):
        return t.reshape(b, s, self.heads, d // self.heads).transpose(1, 2)

    def forward(self, x):
        b, s, d = x.shape
        q = self._split_heads(self.q_proj(x), b, s, d)
        k = self._split_heads(self.k_proj(x), b, s, d)
        v = self._split_heads(self.v_proj(x), b, s, d)
        attn = F.scaled_dot_product_attention(q, k, v)
        attn = attn.transpose(1, 2).reshape(b, s, d)
        x = self.norm1(x + self.out_proj(attn))
        return self.norm2(x + self.ff2(F.gelu(self.ff1(x))))

    @staticmethod
    def example_inputs():
        return (torch.randn(2, 64, 256),)


MODELS = {
    "resnet18": ResNet18,
    "mlp": MLP,
    "convbn": ConvBN,
    "transformer": TransformerEncoderLayer,
}


def num_parameters(model: nn.Module) -> int:
    return sum(p.numel() for p in model.parameters())
