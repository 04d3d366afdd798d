"""An int64 buffer large enough to become a dense resource (BERT's
`position_ids`) lowers to a signless constant over the same blob and runs."""

import torch

import torch_mlir_fx
import torch_mlir_refbackend


class PositionEmbedding(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer("pos", torch.arange(512).expand(1, -1))
        self.emb = torch.nn.Embedding(512, 8)

    def forward(self, x):
        return self.emb(self.pos[:, : x.shape[1]]) + x


def test_int64_dense_resource_keeps_its_data():
    torch.manual_seed(0)
    model = PositionEmbedding().eval()
    x = torch.randn(1, 300, 8)
    module = torch_mlir_fx.export_and_import(model, x, output_type="linalg-on-tensors")
    text = str(module)
    assert "dense_resource<torch_tensor_pos>" in text and "torch_tensor_pos_1" not in text
    compiled = torch_mlir_refbackend.compile(module)
    torch.testing.assert_close(compiled.main(x), model(x))
