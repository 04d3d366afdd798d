"""torch_mlir_acap against torch eager: captured functions lowered with core
and run on the reference backend."""

import warnings

import pytest
import torch

import torch_mlir_acap
import torch_mlir_core
import torch_mlir_refbackend


def builder() -> torch_mlir_acap.ModuleBuilder:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return torch_mlir_acap.ModuleBuilder()


def compiled(mb):
    return torch_mlir_refbackend.compile(torch_mlir_core.lower(mb.module, "linalg-on-tensors"))


def test_conv_relu_matches_eager():
    torch.manual_seed(0)
    x, w = torch.randn(2, 3, 10, 10), torch.randn(4, 3, 3, 3)
    mb = builder()
    with mb.capture_function("conv2d_fwd", [x, w]) as f:
        y = torch.relu(torch.conv2d(x, w, stride=2))
        f.returns([y])
    cm = compiled(mb)
    # New inputs: the function computes, it did not record the values.
    x2, w2 = torch.randn_like(x), torch.randn_like(w)
    torch.testing.assert_close(cm.conv2d_fwd(x2, w2), torch.relu(torch.conv2d(x2, w2, stride=2)),
                               rtol=1e-5, atol=1e-5)


def test_two_layer_mlp_several_functions_in_one_builder():
    torch.manual_seed(0)
    fc1, fc2 = torch.nn.Linear(6, 8), torch.nn.Linear(8, 3)
    x = torch.randn(4, 6)
    mb = builder()
    with mb.capture_function("hidden", [x]) as f:
        f.returns([torch.tanh(fc1(x))])
    with mb.capture_function("mlp", [x]) as f:
        h = torch.tanh(fc1(x))
        f.returns([fc2(h), h])
    names = [op.name.value for op in mb.module.body.operations]
    assert names == ["hidden", "mlp"]
    cm = compiled(mb)
    x2 = torch.randn(4, 6)
    with torch.no_grad():
        hidden = torch.tanh(fc1(x2))
        out, h = cm.mlp(x2)
        torch.testing.assert_close(cm.hidden(x2), hidden)
        torch.testing.assert_close(h, hidden)
        torch.testing.assert_close(out, fc2(hidden))


def test_constants_and_inplace_ops():
    """A tensor made in the block, a scalar and a parameter are constants;
    an in-place op on a recorded value is recorded functionally."""
    torch.manual_seed(0)
    x = torch.randn(3, 4)
    mb = builder()
    with mb.capture_function("f", [x]) as f:
        noise = torch.rand(3, 4)  # a constant: its value when the block ran
        y = x * 2.5
        y.add_(noise)
        f.returns([y.clamp(min=0.25)])
    cm = compiled(mb)
    x2 = torch.randn(3, 4)
    torch.testing.assert_close(cm.f(x2), (x2 * 2.5 + noise).clamp(min=0.25))


def test_one_deprecation_warning_naming_the_replacement():
    with pytest.warns(DeprecationWarning, match="torch_mlir_fx.export_and_import") as record:
        mb = torch_mlir_acap.ModuleBuilder()
        x = torch.randn(2)
        with mb.capture_function("f", [x]) as f:
            f.returns([x + 1])
        with mb.capture_function("g", [x]) as f:
            f.returns([x * 2])
    assert len([w for w in record if w.category is DeprecationWarning]) == 1


def test_what_cannot_be_captured_is_reported_at_once_with_lines():
    x = torch.randn(4)
    mb = builder()
    with pytest.raises(torch_mlir_acap.AcapCaptureError) as info:
        with mb.capture_function("bad", [x]) as f:
            if x.sum().item() > 0:  # a Python value computed from the input
                x = x + 1
            v = x[:2]
            x.mul_(2)               # mutates what the view v aliases
            f.returns([x, v])
    problems = info.value.problems
    assert len(problems) == 2
    assert "aten._local_scalar_dense" in problems[0] and "test_acap.py:" in problems[0]
    assert "aten.mul_.Tensor" in problems[1] and "view" in problems[1]
    # The failed capture left no function behind.
    assert list(mb.module.body.operations) == []


def test_block_errors_propagate_and_names_are_unique():
    x = torch.randn(2)
    mb = builder()
    with pytest.raises(ZeroDivisionError):
        with mb.capture_function("f", [x]):
            _ = 1 / 0
    with mb.capture_function("f", [x]) as f:
        f.returns([x])
    with pytest.raises(ValueError, match="already has a function @f"):
        with mb.capture_function("f", [x]):
            pass
    with pytest.raises(torch_mlir_acap.AcapCaptureError, match="did not call .returns"):
        with mb.capture_function("g", [x]):
            torch.relu(x)
