"""The torch_mlir_fx API beyond the printed IR (which lit tests check)."""

import pytest
import torch
from torch.fx.experimental.proxy_tensor import make_fx

import mlir.ir

import torch_mlir_fx
from torch_mlir_fx import FxImporter, UnsupportedNodesError


class Affine(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.w = torch.nn.Parameter(torch.randn(64, 64))
        self.b = torch.nn.Parameter(torch.randn(64))

    def forward(self, x):
        return x @ self.w + self.b


def _func_names(module):
    return [op.attributes["sym_name"].value for op in module.body.operations]


def test_three_line_example_verifies():
    module = torch_mlir_fx.export_and_import(Affine(), torch.randn(2, 64), output_type="raw")
    assert module.operation.verify()
    assert "torch.aten.mm" in str(module) or "torch.aten.addmm" in str(module)


def test_plain_functions_and_exported_programs_import():
    def f(x, y):
        return torch.sin(x) + y

    m1 = torch_mlir_fx.export_and_import(f, torch.randn(3), torch.randn(3), output_type="raw")
    assert "torch.aten.sin" in str(m1)
    ep = torch.export.export(Affine(), (torch.randn(2, 64),))
    m2 = torch_mlir_fx.export_and_import(ep, output_type="raw", func_name="affine")
    assert _func_names(m2) == ["affine"]


def test_weights_share_memory_with_the_tensors():
    # The resource blob wraps the parameter's own buffer: no Python lists,
    # no copy. Changing the tensor afterwards shows through the blob.
    model = Affine()
    module = torch_mlir_fx.export_and_import(model, torch.randn(2, 64), output_type="raw",
                                             decomposition_table={})
    with torch.no_grad():
        model.w[0, 0] = 1234.5
    assert "0x04000000" in str(module)
    text = str(module)
    import struct
    assert struct.pack("<f", 1234.5).hex().upper() in text


def test_params_as_arguments():
    module = torch_mlir_fx.export_and_import(Affine(), torch.randn(2, 64), output_type="raw",
                                             import_params_as="arguments")
    text = str(module)
    assert "torch.vtensor.literal" not in text
    assert "func.func @main(%arg0: !torch.vtensor<[64,64],f32>, %arg1: !torch.vtensor<[64],f32>," \
        " %arg2: !torch.vtensor<[2,64],f32>)" in text


def test_several_functions_in_one_module():
    importer = FxImporter()
    torch_mlir_fx.export_and_import(Affine(), torch.randn(2, 64), output_type="raw",
                                    importer=importer, func_name="f")
    torch_mlir_fx.export_and_import(Affine(), torch.randn(2, 64), output_type="raw",
                                    importer=importer, func_name="f")
    assert _func_names(importer.module) == ["f", "f_1"]
    assert importer.module.operation.verify()


def test_stateless_fx_import_of_a_make_fx_graph():
    gm = make_fx(lambda x: torch.relu(x).sum(0), tracing_mode="fake")(torch.randn(4, 5))
    module = torch_mlir_fx.stateless_fx_import(gm, output_type="raw")
    text = str(module)
    assert "func.func @main(%arg0: !torch.vtensor<[4,5],f32>) -> !torch.vtensor<[5],f32>" in text
    assert module.operation.verify()


def test_default_output_type_torch_meets_the_backend_contract():
    module = torch_mlir_fx.export_and_import(Affine(), torch.randn(2, 64))
    assert module.operation.verify()
    # A buffer the model mutates is the leading argument, and its new value
    # an extra result naming it (torch.updates_argument; core's README).
    class Counter(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.register_buffer("n", torch.zeros(1))

        def forward(self, x):
            self.n.add_(1)
            return x + self.n

    module = torch_mlir_fx.export_and_import(Counter(), torch.randn(1))
    text = str(module)
    assert "torch.overwrite.tensor.contents" not in text
    assert ("-> (!torch.vtensor<[1],f32>, !torch.vtensor<[1],f32> "
            "{torch.updates_argument = 0 : i64})") in text


def test_tosa_output_has_no_torch_ops_left():
    module = torch_mlir_fx.export_and_import(Affine(), torch.randn(2, 64), output_type="tosa")
    text = str(module)
    assert "tosa.matmul" in text or "tosa.conv2d" in text or "tosa.mul" in text, text
    assert "torch.aten" not in text and "!torch." not in text, text


def test_stablehlo_output_has_no_torch_ops_left():
    module = torch_mlir_fx.export_and_import(Affine(), torch.randn(2, 64),
                                             output_type="stablehlo")
    text = str(module)
    assert '"stablehlo.dot_general"' in text, text
    assert "torch.aten" not in text and "!torch." not in text, text


def test_output_types_core_cannot_produce_say_so(monkeypatch):
    from torch_mlir_core import pipelines

    monkeypatch.setitem(pipelines.OUTPUT_TYPES, "future", "no-such-pipeline")
    with pytest.raises(NotImplementedError, match="output_type='future' needs"):
        torch_mlir_fx.export_and_import(Affine(), torch.randn(2, 64), output_type="future")
    with pytest.raises(ValueError, match="output_type must be one of"):
        torch_mlir_fx.export_and_import(Affine(), torch.randn(2, 64), output_type="llvm")


def test_unsupported_nodes_are_reported_together_with_source_lines():
    # Undecomposed autocast regions cannot be imported faithfully; two of them
    # give two problems in one exception, each at its user line, and the
    # nodes using their results are not reported again.
    class TwoRegions(torch.nn.Module):
        def forward(self, x):
            with torch.autocast("cpu", dtype=torch.bfloat16):
                a = x @ x
            with torch.autocast("cpu", dtype=torch.bfloat16):
                b = x @ x.t()
            return a + b

    with pytest.raises(UnsupportedNodesError) as info:
        torch_mlir_fx.export_and_import(TwoRegions(), torch.randn(3, 3), output_type="raw",
                                        decomposition_table={})
    problems = info.value.problems
    assert len(problems) == 2
    assert all("wrap_with_autocast" in p for p in problems)
    assert all("test_fx_api.py:" in p for p in problems)
    assert problems[0].split("test_fx_api.py:")[1] != problems[1].split("test_fx_api.py:")[1]


def test_imported_types_follow_fake_tensor_metadata():
    module = torch_mlir_fx.export_and_import(
        lambda x: (x.to(torch.float16), x.shape[0] + 1), torch.ones(3, 2, dtype=torch.int32),
        output_type="raw")
    with module.context:
        fn = module.body.operations[0]
        result_types = [str(t) for t in fn.type.results]
    assert result_types == ["!torch.vtensor<[3,2],f16>", "!torch.int"]
    assert isinstance(module, mlir.ir.Module)


def test_import_benchmark_runs():
    # The benchmark prints figures; here it only has to run and verify.
    import os
    import subprocess
    import sys

    script = os.path.join(os.path.dirname(__file__), "..", "benchmarks", "import_benchmark.py")
    done = subprocess.run([sys.executable, script, "--model", "mlp", "--repeats", "1"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "import (FxImporter)" in done.stdout and "x torch.export" in done.stdout


@pytest.mark.parametrize("dtype", [
    torch.float32, torch.float16, torch.bfloat16, torch.float64, torch.int8, torch.int32,
    torch.int64, torch.uint8, torch.complex64, torch.float8_e4m3fn, torch.complex32,
], ids=str)
def test_large_weights_are_resources_with_the_tensor_bytes(dtype):
    weight = (torch.arange(64) % 7).to(dtype)

    class M(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.register_buffer("w", weight)

        def forward(self, x):
            return x + self.w

    module = torch_mlir_fx.export_and_import(M(), torch.zeros(64, dtype=dtype),
                                             output_type="raw", decomposition_table={})
    text = str(module)
    assert "dense_resource<torch_tensor_w>" in text
    blob = text.split("torch_tensor_w: \"0x")[1].split('"')[0]
    # An 8-hex-digit alignment header, then the tensor's bytes as they are.
    expected = weight.view(torch.uint8).numpy().tobytes().hex().upper()
    assert blob[8:] == expected
    assert module.operation.verify()


def test_demo_example_runs():
    import os
    import subprocess
    import sys

    script = os.path.join(os.path.dirname(__file__), "..", "examples", "import_model.py")
    done = subprocess.run([sys.executable, script], capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    assert "func.func @main(%arg0: !torch.vtensor<[?,1,8,8],f32>)" in done.stdout
    assert "no unsupported ops" in done.stderr
