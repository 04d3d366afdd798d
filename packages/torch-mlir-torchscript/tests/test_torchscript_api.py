"""torch_mlir_torchscript beyond the printed IR (which lit tests check)."""

from typing import List

import pytest
import torch

import torch_mlir_torchscript
from torch_mlir_torchscript import ScriptImporter, UnsupportedNodesError


class Small(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = torch.nn.Linear(3, 3)

    def forward(self, x):
        return torch.relu(self.fc(x))


def _funcs(module):
    return [op.attributes["sym_name"].value for op in module.body.operations]


def test_script_module_function_and_frozen_module_import():
    x = torch.randn(2, 3)
    for model in (Small(), torch.jit.script(Small()),
                  torch.jit.freeze(torch.jit.script(Small().eval()))):
        module = torch_mlir_torchscript.compile(model, x, output_type="raw")
        assert module.operation.verify()
        assert "torch.aten.linear" in str(module)

    @torch.jit.script
    def f(a: torch.Tensor, n: int) -> List[int]:
        return [n, a.dim()]

    module = torch_mlir_torchscript.compile(f, (x, 2), output_type="raw")
    assert "!torch.list<int>" in str(module)


def test_several_functions_in_one_module():
    importer = ScriptImporter()
    torch_mlir_torchscript.compile(Small(), torch.randn(2, 3), output_type="raw",
                                   importer=importer, func_name="a")
    torch_mlir_torchscript.compile(Small(), torch.randn(2, 3), output_type="raw",
                                   importer=importer, func_name="b")
    assert _funcs(importer.module) == ["a", "b"]
    assert importer.module.operation.verify()


def test_attribute_assignment_is_reported_with_its_line():
    class Counter(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.calls = 0

        def forward(self, x):
            self.calls = self.calls + 1
            return x * 2

    with pytest.raises(UnsupportedNodesError) as info:
        torch_mlir_torchscript.compile(Counter(), torch.randn(2), output_type="raw")
    (problem,) = info.value.problems
    assert problem.startswith("prim::SetAttr at ")
    assert "test_torchscript_api.py:" in problem
    assert "assigning module attributes is not supported" in problem


def test_argument_types_come_from_the_examples():
    module = torch_mlir_torchscript.compile(
        Small(), torch.ones(5, 3, dtype=torch.float32), output_type="raw")
    assert "func.func @forward(%arg0: !torch.tensor<[5,3],f32>)" in str(module)


@pytest.mark.parametrize("name, make, trace", [
    ("lstm", lambda: torch.nn.LSTM(8, 16, batch_first=True), False),  # overloaded forward
    ("gru", lambda: torch.nn.GRU(8, 16), True),
    ("encoder", lambda: torch.nn.TransformerEncoderLayer(16, 4, 32, batch_first=True), False),
    ("encoder", lambda: torch.nn.TransformerEncoderLayer(16, 4, 32, batch_first=True), True),
])
def test_zoo_layers_import_and_verify(name, make, trace):
    # Scripted library layers bring Optional/None branches (derefine), dead
    # function constants, dicts and ops without definitions (torch.operator).
    module = torch_mlir_torchscript.compile(make().eval(), torch.randn(2, 5, 8 if name != "encoder"
                                                                      else 16),
                                            output_type="raw", use_tracing=trace)
    assert module.operation.verify()
    assert "func.func @forward" in str(module)


def test_torch_output_type_has_value_semantics_and_refined_shapes():
    class Mutating(torch.nn.Module):
        def forward(self, x, n: int):
            y = x.clone()
            y.add_(1.0)           # in place: becomes aten.add.Scalar
            for _ in range(n):    # loop-carried shape stays [4,3]
                y = y * 2
            if bool(y.sum() > 0):
                y = torch.relu(y)
            return y.view(-1)

    module = torch_mlir_torchscript.compile(Mutating(), (torch.randn(4, 3), 2))
    text = str(module)
    assert "!torch.tensor" not in text, text
    assert "torch.aten.add_" not in text and "torch.aten.add.Scalar" in text, text
    assert "-> !torch.vtensor<[12],f32>" in text, text
    assert "torch.prim.Loop" in text and "!torch.vtensor<[4,3],f32>" in text


def test_mutation_through_a_view_is_reported_at_its_line():
    from torch_mlir_core.pipelines import LoweringError

    class ViewMutation(torch.nn.Module):
        def forward(self, x):
            y = x.clone()
            y[0].add_(1.0)
            return y

    with pytest.raises(LoweringError) as info:
        torch_mlir_torchscript.compile(ViewMutation(), torch.randn(2, 3))
    text = str(info.value)
    assert "mutates a tensor that a view aliases" in text, text
    assert "test_torchscript_api.py" in text, text
