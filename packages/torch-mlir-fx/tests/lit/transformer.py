# RUN: %python %s | FileCheck %s
# A transformer encoder layer written with scaled_dot_product_attention.
# With no decompositions the SDPA call stays one op; with torch's default
# decompositions it becomes the core-ATen ops it is made of.

import torch
import torch.nn.functional as F

import torch_mlir_fx


class EncoderLayer(torch.nn.Module):
    def __init__(self, d=16, heads=2):
        super().__init__()
        self.heads = heads
        self.qkv = torch.nn.Linear(d, 3 * d)
        self.out = torch.nn.Linear(d, d)
        self.ln1 = torch.nn.LayerNorm(d)
        self.ln2 = torch.nn.LayerNorm(d)
        self.ff1 = torch.nn.Linear(d, 4 * d)
        self.ff2 = torch.nn.Linear(4 * d, d)

    def forward(self, x):
        b, s, d = x.shape
        q, k, v = self.qkv(x).chunk(3, dim=-1)
        q, k, v = (t.reshape(b, s, self.heads, d // self.heads).transpose(1, 2)
                   for t in (q, k, v))
        a = F.scaled_dot_product_attention(q, k, v, is_causal=True)
        x = self.ln1(x + self.out(a.transpose(1, 2).reshape(b, s, d)))
        return self.ln2(x + self.ff2(F.gelu(self.ff1(x))))


layer = EncoderLayer().eval()
x = torch.randn(2, 5, 16)
print(torch_mlir_fx.export_and_import(layer, x, output_type="raw", decomposition_table={},
                                      func_name="not_decomposed"))
print(torch_mlir_fx.export_and_import(layer, x, output_type="raw", func_name="decomposed"))

# CHECK-LABEL: func.func @not_decomposed(%arg0: !torch.vtensor<[2,5,16],f32>) -> !torch.vtensor<[2,5,16],f32>
# CHECK:     torch.aten.linear
# CHECK:     torch.aten.chunk
# CHECK:     %[[IS_CAUSAL:.*]] = torch.constant.bool true
# CHECK:     torch.aten.scaled_dot_product_attention %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %[[IS_CAUSAL]], {{.*}} -> !torch.vtensor<[2,2,5,8],f32>
# CHECK:     torch.aten.layer_norm
# CHECK:     torch.aten.gelu
# CHECK:     torch.aten.layer_norm

# CHECK-LABEL: func.func @decomposed(%arg0: !torch.vtensor<[2,5,16],f32>) -> !torch.vtensor<[2,5,16],f32>
# CHECK-NOT:  torch.aten.scaled_dot_product_attention
# CHECK:     torch.aten._softmax
# CHECK:     torch.aten.native_layer_norm
# CHECK:     torch.aten.gelu
# CHECK:     return
