"""torch.compile(model, backend=torch_mlir_fx.backend(...))."""

import pytest
import torch

import torch_mlir_fx
from torch_mlir_core import dtypes, types


class WithGraphBreak(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = torch.nn.Linear(4, 4)

    def forward(self, x):
        y = torch.relu(self.fc(x))
        torch._dynamo.graph_break()
        return torch.tanh(y) * 2


def _shape_only_executor(module):
    """Stands in for a runtime: verifies the module and returns zeros of the
    result types its function declares. Only the import path is under test
    with it, never the numbers (that is test_graph_break_model_matches_eager)."""
    assert module.operation.verify()
    with module.context:
        fn = module.body.operations[0]
        results = [types.ValueTensorType(t) for t in fn.type.results]
        shapes = [(list(t.sizes), dtypes.from_mlir_type(t.dtype)) for t in results]
    return lambda *args: tuple(torch.zeros(s, dtype=d) for s, d in shapes)


def test_each_graph_of_a_graph_break_is_imported():
    modules = []
    torch._dynamo.reset()
    compiled = torch.compile(WithGraphBreak(), backend=torch_mlir_fx.backend(
        output_type="raw", executor=_shape_only_executor,
        on_module=lambda m: modules.append(str(m))))
    with torch.no_grad():
        out = compiled(torch.randn(2, 4))
    assert out.shape == (2, 4)
    assert len(modules) == 2
    assert "torch.aten.addmm" in modules[0] and "torch.aten.relu" in modules[0]
    assert "torch.aten.tanh" in modules[1] and "torch.aten.mul.Tensor" in modules[1]


def test_missing_refbackend_is_said_clearly(monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "torch_mlir_refbackend", None)  # not importable
    with pytest.raises(RuntimeError, match="torch-mlir-refbackend.*not installed"):
        torch_mlir_fx.backend(output_type="raw")


def test_output_types_the_refbackend_cannot_run_need_an_executor():
    for output_type in ("tosa", "stablehlo"):
        with pytest.raises(ValueError, match=f"output_type='{output_type}'.*executor"):
            torch_mlir_fx.backend(output_type=output_type)
    seen = []
    torch._dynamo.reset()
    compiled = torch.compile(
        lambda x: torch.tanh(x) * 2,
        backend=torch_mlir_fx.backend(output_type="tosa", on_module=lambda m: seen.append(str(m)),
                                      executor=lambda m: lambda *a: (torch.zeros(3),)))
    compiled(torch.randn(3))
    assert seen and "tosa.tanh" in seen[0] and "torch.aten" not in seen[0]


def test_graph_break_model_matches_eager():
    torch._dynamo.reset()
    model = WithGraphBreak().eval()
    x = torch.randn(3, 4)
    compiled = torch.compile(model, backend=torch_mlir_fx.backend())
    with torch.no_grad():
        torch.testing.assert_close(compiled(x), model(x))
