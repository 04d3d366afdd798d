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


def test_several_models_in_one_module():
    class Other(torch.nn.Module):
        def forward(self, x):
            return x * 2

    @torch.jit.script
    def double(x: torch.Tensor) -> torch.Tensor:
        return x * 2

    importer = ScriptImporter()
    torch_mlir_torchscript.compile(Small(), torch.randn(2, 3), output_type="raw",
                                   importer=importer)
    torch_mlir_torchscript.compile(Other(), torch.randn(2, 3), output_type="raw",
                                   importer=importer)
    torch_mlir_torchscript.compile(double, torch.randn(2, 3), output_type="raw",
                                   importer=importer, func_name="double")
    assert importer.module.operation.verify()
    text = str(importer.module)
    assert text.count("torch.nn_module {") == 3, text  # Small, its Linear, Other
    assert "func.func @double(" in text
    assert "Small.forward(" in text
    assert "Other.forward(" in text


def test_attribute_assignment_is_kept_raw_and_reported_with_its_line_for_the_backend():
    from torch_mlir_core.pipelines import LoweringError

    class Counter(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.calls = 0

        def forward(self, x):
            self.calls = self.calls + 1
            return x * 2

    raw = torch_mlir_torchscript.compile(Counter(), torch.randn(2), output_type="raw")
    assert 'torch.prim.SetAttr %arg0["calls"]' in str(raw)
    with pytest.raises(LoweringError) as info:
        torch_mlir_torchscript.compile(Counter(), torch.randn(2), output_type="torch")
    text = str(info.value)
    assert "test_torchscript_api.py:" in text, text
    assert "calls" in text, text


def test_argument_types_come_from_the_examples():
    raw = torch_mlir_torchscript.compile(
        Small(), torch.ones(5, 3, dtype=torch.float32), output_type="raw")
    assert "%arg1: !torch.tensor {torch.type_bound = !torch.tensor<[5,3],f32>}" in str(raw)
    frozen = torch_mlir_torchscript.compile(Small(), torch.ones(5, 3), output_type="torch")
    assert "func.func @forward(%arg0: !torch.vtensor<[5,3],f32>) -> !torch.vtensor<[5,3],f32>" \
        in str(frozen)


@torch.jit.script
class Accumulator:
    def __init__(self, start: int):
        self.total = start


class WithScriptObject(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.acc = Accumulator(3)

    def forward(self, x):
        return x * self.acc.total

    @torch.jit.export
    def shifted(self, x):
        return x + self.acc.total


def test_unsupported_parts_of_every_method_are_reported_at_once():
    # A TorchScript class object is not a module: its attribute and its reads
    # in both methods are all reported, each read at its line.
    with pytest.raises(UnsupportedNodesError) as info:
        torch_mlir_torchscript.compile(WithScriptObject(), torch.randn(2), output_type="raw")
    problems = info.value.problems
    assert any(p.startswith("attribute 'self.acc'") for p in problems), problems
    reads = [p for p in problems if p.startswith("prim::GetAttr at ")]
    assert len(reads) == 2, problems
    assert all("test_torchscript_api.py:" in p for p in reads), problems


# `frozen`: also lowers to the torch backend contract.
@pytest.mark.parametrize("name, make, trace, frozen", [
    ("lstm", lambda: torch.nn.LSTM(8, 16, batch_first=True), False, True),  # overloaded forward
    ("gru", lambda: torch.nn.GRU(8, 16), True, True),
    ("encoder", lambda: torch.nn.TransformerEncoderLayer(16, 4, 32, batch_first=True), False,
     True),
    ("encoder", lambda: torch.nn.TransformerEncoderLayer(16, 4, 32, batch_first=True), True,
     True),
])
def test_zoo_layers_import_and_verify(name, make, trace, frozen):
    # Scripted library layers bring Optional/None branches (derefine), dead
    # function constants, dicts and ops without definitions (torch.operator).
    module = torch_mlir_torchscript.compile(make().eval(), torch.randn(2, 5, 8 if name != "encoder"
                                                                      else 16),
                                            output_type="raw", use_tracing=trace)
    assert module.operation.verify()
    assert 'torch.method "forward"' in str(module)
    if not frozen:
        return
    frozen = torch_mlir_torchscript.compile(make().eval(), torch.randn(2, 5, 8 if name != "encoder"
                                                                      else 16),
                                            output_type="torch", use_tracing=trace)
    assert "func.func @forward" in str(frozen) and "torch.nn_module" not in str(frozen)


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


def test_mutation_through_a_view():
    # Through one view: rewritten as the functional op plus select_scatter.
    # With a second view made before the update and read after it (it
    # would see the update): reported at the line.
    from torch_mlir_core.pipelines import LoweringError

    class ViewMutation(torch.nn.Module):
        def forward(self, x):
            y = x.clone()
            y[0].add_(1.0)
            return y

    class TwoViews(torch.nn.Module):
        def forward(self, x):
            y = x.clone()
            row = y[1]
            y[0].add_(1.0)
            return y[0] + row

    text = str(torch_mlir_torchscript.compile(ViewMutation(), torch.randn(2, 3)))
    assert "torch.aten.select_scatter" in text and "add_" not in text, text
    with pytest.raises(LoweringError) as info:
        torch_mlir_torchscript.compile(TwoViews(), torch.randn(2, 3))
    text = str(info.value)
    assert "mutates a tensor that a view aliases" in text, text
    assert "test_torchscript_api.py" in text, text


def test_many_instances_of_one_class_keep_their_own_parameters():
    # 20 blocks of one class: each nn_module must hold its own conv and
    # batch norm (the C++ module wrappers torch hands out are temporaries).
    torch_mlir_refbackend = pytest.importorskip("torch_mlir_refbackend")

    class Block(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.conv = torch.nn.Conv2d(4, 4, 3, padding=1)
            self.bn = torch.nn.BatchNorm2d(4)

        def forward(self, x):
            return torch.relu(self.bn(self.conv(x)))

    torch.manual_seed(0)
    model = torch.nn.Sequential(*[Block() for _ in range(20)]).eval()
    for block in model:
        block.bn.running_mean.uniform_(-0.5, 0.5)
    x = torch.randn(1, 4, 8, 8)
    raw = torch_mlir_torchscript.compile(model, x, output_type="raw")
    assert str(raw).count("torch.nn_module {") == 1 + 20 * 3
    linalg = torch_mlir_torchscript.compile(model, x, output_type="linalg-on-tensors")
    got = torch_mlir_refbackend.compile(linalg).forward(x)
    torch.testing.assert_close(got, model(x), rtol=1e-5, atol=1e-5)


def test_func_name_exports_another_method():
    class TwoMethods(torch.nn.Module):
        def forward(self, x):
            return x + 1

        @torch.jit.export
        def predict(self, x):
            return self.forward(x) * 2

    x = torch.randn(3)
    raw = str(torch_mlir_torchscript.compile(TwoMethods(), x, output_type="raw",
                                             func_name="predict"))
    assert 'torch.method private "forward"' in raw and 'torch.method "predict"' in raw, raw
    frozen = str(torch_mlir_torchscript.compile(TwoMethods(), x, output_type="torch",
                                                func_name="predict"))
    assert "func.func @predict(%arg0: !torch.vtensor<[3],f32>)" in frozen, frozen
    assert "@forward" not in frozen, frozen
    with pytest.raises(ValueError, match="has no method 'missing'"):
        torch_mlir_torchscript.compile(TwoMethods(), x, output_type="raw", func_name="missing")
