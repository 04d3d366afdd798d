"""torch_mlir_acap against torch eager: captured functions lowered with core
and run on the reference backend."""

import copy
import warnings

import pytest
import torch
import torch.nn.functional as F

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
            raise ZeroDivisionError("in the block")
    with mb.capture_function("f", [x]) as f:
        f.returns([x])
    with pytest.raises(ValueError, match="already has a function @f"):
        with mb.capture_function("f", [x]):
            pass
    with pytest.raises(torch_mlir_acap.AcapCaptureError, match="did not call .returns"):
        with mb.capture_function("g", [x]):
            torch.relu(x)


def test_in_place_op_on_a_constant_records_its_value_before_the_op():
    # GRUCell's CPU kernel adds the input gates into chunks of the hidden
    # gates in place (`hg_r.add_(ig_r)`); with a constant hidden state the
    # chunk is a constant, which must hold its value from before the add.
    torch.manual_seed(0)
    cell = torch.nn.GRUCell(10, 10)
    u, x2 = torch.randn(2, 10), torch.randn(2, 10)
    mb = builder()
    with mb.capture_function("forward", [u]) as f:
        f.returns([cell(u, torch.zeros(2, 10))])
    with torch.no_grad():
        torch.testing.assert_close(compiled(mb).forward(x2), cell(x2, torch.zeros(2, 10)),
                                   rtol=1e-5, atol=1e-5)


def test_use_after_an_in_place_write_to_shared_memory_is_an_error():
    # unsafe_split's results share `base`'s memory without being views; after
    # the in-place add, `base` holds values its recorded value does not.
    x = torch.randn(2, 3)
    mb = builder()
    with pytest.raises(torch_mlir_acap.AcapCaptureError, match="in-place op at .*test_acap.py"):
        with mb.capture_function("forward", [x]) as f:
            base = x * 1
            first, _ = torch.unsafe_split(base, 1, 0)
            first.add_(1)
            f.returns([base * 2])


def test_mutated_inputs_are_updated_by_each_call_like_eager():
    # The block mutates its inputs (in place and through batch norm's running
    # stats in training mode): the function updates the caller's tensors.
    def block(x, mean, var, total):
        total.add_(x.sum(0))
        return F.batch_norm(x, mean, var, training=True, momentum=0.2) * total

    torch.manual_seed(0)
    examples = [torch.randn(5, 3), torch.zeros(3), torch.ones(3), torch.zeros(3)]
    mb = builder()
    with mb.capture_function("step", list(examples)) as f:
        f.returns([block(*examples)])
    cm = compiled(mb)
    got = [torch.randn(5, 3) + 2, torch.randn(3), torch.rand(3) + 1, torch.randn(3)]
    want = [t.clone() for t in got]
    for _ in range(2):  # the second call starts from the state the first left
        torch.testing.assert_close(cm.step(*got), block(*want))
        for g, w in zip(got, want):
            torch.testing.assert_close(g, w)
    assert not torch.equal(got[1], torch.zeros(3))


def test_mutating_a_tensor_that_is_not_an_input_is_an_error():
    # BatchNorm's buffers in training mode (running stats, the counter): the
    # function could not update them at its calls; they must be inputs.
    bn = torch.nn.BatchNorm1d(3).train()
    x = torch.randn(4, 3)
    mb = builder()
    with pytest.raises(torch_mlir_acap.AcapCaptureError) as info:
        with mb.capture_function("forward", [x]) as f:
            f.returns([bn(x)])
    problems = info.value.problems
    assert len(problems) == 3 and all("not an input" in p for p in problems)
    assert "aten.native_batch_norm" in problems[1] and "test_acap.py:" in problems[1]
    # Passed as inputs, they are updated by the calls as eager updates them.
    eager = copy.deepcopy(bn)
    state = list(bn.buffers())
    mb = builder()
    with mb.capture_function("forward", [*state, x]) as f:
        f.returns([bn(x)])
    bn.load_state_dict(eager.state_dict())  # undo the capture's own run
    x2 = torch.randn(4, 3)
    with torch.no_grad():
        want = eager(x2)
    torch.testing.assert_close(compiled(mb).forward(*state, x2), want)
    for got, expected in zip(bn.buffers(), eager.buffers()):
        torch.testing.assert_close(got, expected)
