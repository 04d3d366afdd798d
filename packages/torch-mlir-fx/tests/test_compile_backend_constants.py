"""torch.compile graphs holding real tensor constants (a `get_attr` of a tensor
created in `forward`, as transformers' DynamicCache does with
`torch.tensor([])`): aot_autograd calls the backend while its FakeTensorMode
is active, and the constant must still import as a literal."""

import torch

import torch_mlir_fx


def _with_empty_constant(x):
    # A real (non-fake) tensor constant of the graph, as in GPT-2/Llama's cache.
    return torch.cat([torch.tensor([]), x.reshape(-1)]) * 2.0


def _with_table_constant(x):
    table = torch.tensor([[1.0, -2.0, 3.0, 0.5]] * 8)  # above the inline-literal limit
    return torch.relu(x @ table) + torch.tensor([3.0, 1.0, 4.0, 1.0])


def _compiled_matches_eager(fn, *args):
    torch._dynamo.reset()
    compiled = torch.compile(fn, backend=torch_mlir_fx.backend())
    got = compiled(*args)
    torch.testing.assert_close(got, fn(*args))


def test_empty_tensor_constant_under_fake_mode():
    _compiled_matches_eager(_with_empty_constant, torch.randn(2, 3))


def test_tensor_constants_with_grad_enabled():
    # Inputs requiring grad: the training path of aot_autograd.
    _compiled_matches_eager(_with_table_constant, torch.randn(3, 8, requires_grad=True))


def test_tensor_constants_under_no_grad():
    with torch.no_grad():
        _compiled_matches_eager(_with_table_constant, torch.randn(3, 8))
