"""Programs that mutate their inputs or buffers, compiled with the refbackend:
the caller's tensors end as eager leaves them, and repeated calls see the
updated state (the IR convention is checked by lit: tests/lit/mutation.py)."""

import copy

import numpy as np
import pytest
import torch

import torch_mlir_fx
import torch_mlir_refbackend


def _compile(program):
    return torch_mlir_refbackend.compile(
        torch_mlir_fx.export_and_import(program, output_type="linalg-on-tensors"))


class ConvBnTrain(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = torch.nn.Conv2d(3, 4, 3)
        self.bn = torch.nn.BatchNorm2d(4, momentum=0.3)

    def forward(self, x):
        return torch.relu(self.bn(self.conv(x)))


def test_batchnorm_train_running_stats_match_eager_after_two_calls():
    torch.manual_seed(0)
    eager = ConvBnTrain().train()
    compiled_model = copy.deepcopy(eager)
    x1, x2 = torch.randn(2, 3, 6, 6), torch.randn(2, 3, 6, 6) * 2 + 1
    program = torch.export.export(compiled_model, (x1,))
    names = torch_mlir_fx.state_arguments(program)
    assert names == ["bn.running_mean", "bn.running_var", "bn.num_batches_tracked"]
    cm = _compile(program)
    buffers = dict(compiled_model.named_buffers())
    state = [buffers[n] for n in names]
    for x in (x1, x2):
        want = eager(x)
        got = cm.main(*state, x)
        torch.testing.assert_close(got, want, rtol=1e-4, atol=1e-5)
    for name, value in eager.named_buffers():
        torch.testing.assert_close(buffers[name], value, rtol=1e-5, atol=1e-6)
    assert int(buffers["bn.num_batches_tracked"]) == 2


def _add_inplace(x, y):
    x.add_(y)
    return x * 2


class AddInplace(torch.nn.Module):
    def forward(self, x, y):
        return _add_inplace(x, y)


def test_mutated_input_is_updated_and_only_program_results_return():
    x, y = torch.randn(3, 4), torch.randn(3, 4)
    cm = _compile(torch.export.export(AddInplace(), (x.clone(), y)))
    xe, xc = x.clone(), x.clone()
    want = _add_inplace(xe, y)
    got = cm.main(xc, y)
    assert isinstance(got, torch.Tensor)  # the update is not returned
    torch.testing.assert_close(got, want)
    torch.testing.assert_close(xc, xe)
    assert not torch.equal(xc, x)
    assert "updates arg0 in place" in cm.main.__doc__


def test_mutated_non_contiguous_input_and_numpy_array():
    x, y = torch.randn(4, 3), torch.randn(3, 4)
    cm = _compile(torch.export.export(AddInplace(), (x.t().contiguous(), y)))
    base = x.clone()
    view = base.t()  # non-contiguous: the update lands in base's storage
    cm.main(view, y)
    torch.testing.assert_close(base, (x.t() + y).t())
    arr = x.t().contiguous().numpy().copy()
    cm.main(arr, y)
    np.testing.assert_allclose(arr, (x.t() + y).numpy(), rtol=1e-6)


def test_mutated_argument_must_be_writable():
    class FillScalar(torch.nn.Module):
        def forward(self, x):
            x.fill_(2.0)
            return x + 1

    cm = _compile(torch.export.export(FillScalar(), (torch.zeros(()),)))
    with pytest.raises(TypeError, match=r"argument 0 \(arg0\) is mutated by the program"):
        cm.main(1.0)
    frozen = np.zeros((), dtype=np.float32)
    frozen.setflags(write=False)
    with pytest.raises(TypeError, match="is mutated by the program"):
        cm.main(frozen)


def test_training_ir_program_is_functionalized_not_dropped():
    # decomposition_table={}: the program stays in torch.export's training IR
    # (in-place ops, no mutation in its signature); the import functionalizes
    # it so that the write is not lost.
    x, y = torch.randn(3, 4), torch.randn(3, 4)
    program = torch.export.export(AddInplace(), (x.clone(), y))
    module = torch_mlir_fx.export_and_import(program, output_type="linalg-on-tensors",
                                             decomposition_table={})
    assert "torch.updates_argument = 0" in str(module)
    xc = x.clone()
    torch_mlir_refbackend.compile(module).main(xc, y)
    torch.testing.assert_close(xc, x + y)


def test_training_ir_batch_norm_updates_its_running_stats():
    # In training IR, aten.batch_norm updates the running stats without a
    # mutable schema: imported as is, the update would be lost.
    torch.manual_seed(0)
    eager = torch.nn.BatchNorm1d(3).train()
    compiled_model = copy.deepcopy(eager)
    x = torch.randn(5, 3)
    program = torch.export.export(compiled_model, (x,))
    names = torch_mlir_fx.state_arguments(program)
    module = torch_mlir_fx.export_and_import(program, output_type="linalg-on-tensors",
                                             decomposition_table={})
    buffers = dict(compiled_model.named_buffers())
    got = torch_mlir_refbackend.compile(module).main(*[buffers[n] for n in names], x)
    torch.testing.assert_close(got, eager(x), rtol=1e-4, atol=1e-5)
    for name, value in eager.named_buffers():
        torch.testing.assert_close(buffers[name], value)


def test_state_arguments_of_a_functional_program_do_not_retrace(monkeypatch):
    """A training-IR program with no in-place op has no mutated state: the
    answer comes from its signature, without functionalizing it again (a
    whole retrace); a program with one is still functionalized."""
    class Eval(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.lin = torch.nn.Linear(3, 3)
            self.bn = torch.nn.BatchNorm1d(3)

        def forward(self, x):
            return self.bn(self.lin(x))

    x = torch.randn(4, 3)
    functional = torch.export.export(Eval().eval(), (x,))
    mutating = torch.export.export(Eval().train(), (x,))
    assert functional.dialect == "TRAINING"
    calls = []
    original = torch.export.ExportedProgram.run_decompositions

    def counting(self, *args, **kwargs):
        calls.append(self)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(torch.export.ExportedProgram, "run_decompositions", counting)
    assert torch_mlir_fx.state_arguments(functional) == []
    assert calls == []
    assert torch_mlir_fx.state_arguments(functional, import_params_as="arguments") == \
        ["lin.weight", "lin.bias", "bn.weight", "bn.bias", "bn.running_mean",
         "bn.running_var", "bn.num_batches_tracked"]
    assert calls == []
    assert torch_mlir_fx.state_arguments(mutating) == \
        ["bn.running_mean", "bn.running_var", "bn.num_batches_tracked"]
    assert len(calls) == 1
