"""A model with several ops the linalg (or TOSA) lowering cannot handle fails
with one LoweringError naming every one of them, each at its Python file:line.

(Ops the Torch dialect does not define at all are reported, all at once, by
the torch backend contract check instead: see tests/test_passes.py.)"""

import inspect

import pytest
import torch

from torch_mlir_core.pipelines import LoweringError


class ThreeUnsupported(torch.nn.Module):
    def forward(self, x, boundaries):
        a = torch.bucketize(x, boundaries).to(torch.float32)  # unsupported 1
        b = torch.relu(a) + 1.0
        c, _ = torch.sort(b, dim=1)                           # unsupported 2
        d, _ = torch.cummax(c * 2.0, dim=0)                   # unsupported 3
        return torch.tanh(d)


def _line_of(text: str) -> int:
    source, first = inspect.getsourcelines(ThreeUnsupported.forward)
    for i, line in enumerate(source):
        if text in line:
            return first + i
    raise AssertionError(text)


@pytest.mark.parametrize("output_type", ["linalg-on-tensors", "tosa", "stablehlo"])
def test_every_unsupported_op_is_reported_with_file_and_line(output_type):
    import torch_mlir_fx

    with pytest.raises(LoweringError) as info:
        torch_mlir_fx.export_and_import(ThreeUnsupported(), torch.rand(4, 5),
                                        torch.tensor([0.25, 0.5, 0.75]),
                                        output_type=output_type)
    err = info.value
    message = str(err)
    expected = {
        "torch.aten.bucketize.Tensor": _line_of("bucketize"),
        "torch.aten.sort": _line_of("torch.sort"),
        "torch.aten.cummax": _line_of("cummax"),
    }
    located = [d for d in err.diagnostics if "could not be lowered" in d.message and d.filename]
    assert len(located) == 3, message
    for op_name, line in expected.items():
        matching = [d for d in located if f"'{op_name}'" in d.message]
        assert len(matching) == 1, (op_name, message)
        d = matching[0]
        assert d.filename == __file__, (d.filename, message)
        assert d.line == line, (op_name, d.line, line)
        assert "operand types: (!torch.vtensor<[4,5]," in d.message, d.message
    # The summary names all three at once.
    assert f"3 op(s) could not be lowered to {output_type}" in message
    # Supported ops around them (relu, add, mul, tanh) are not reported.
    assert "torch.aten.relu" not in message and "torch.aten.tanh" not in message
