"""An index out of range is a ValueError from the compiled call (torch raises
IndexError), never a read outside the tensor (a segfault or a wrong value)."""

import pytest
import torch

import torch_mlir_fx
import torch_mlir_refbackend

GATHERS = {
    "index_select": lambda a, i: torch.index_select(a, 0, i),
    "index_tensor": lambda a, i: a[i],
    "index_tensor_dim1": lambda a, i: a[:, i],
    "embedding": lambda a, i: torch.nn.functional.embedding(i, a),
}


class Gather(torch.nn.Module):
    def __init__(self, fn):
        super().__init__()
        self.fn = fn

    def forward(self, a, i):
        return self.fn(a, i)


@pytest.mark.parametrize("name", sorted(GATHERS))
def test_out_of_range_index_is_a_clean_error(name):
    fn = GATHERS[name]
    module = torch_mlir_fx.export_and_import(Gather(fn), torch.randn(5, 5), torch.tensor([1, 2]),
                                             output_type="linalg-on-tensors")
    compiled = torch_mlir_refbackend.compile(module)
    a = torch.randn(5, 5)
    # Negative indices wrap in indexing (a[i]); index_select and embedding
    # reject them, as eager does.
    wraps = name.startswith("index_tensor")
    for good in ([4, 0], [-1, 2]) if wraps else ([4, 0],):
        torch.testing.assert_close(compiled.main(a, torch.tensor(good)), fn(a, torch.tensor(good)))
    for bad in ([7, 1], [100000, 2], [-10000000, 0]) + (() if wraps else ([-1, 0],)):
        with pytest.raises(ValueError, match="index out of range"):
            compiled.main(a, torch.tensor(bad))
