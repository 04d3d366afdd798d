"""The IREE backend (torch_mlir_e2e.backends.iree): numbers against torch
eager, dtypes, results, argument errors, compile errors, and the path of a
machine without IREE. IREE is pinned in build_tools/requirements-dev.txt, so
these tests run (never skip) in the dev venv and in CI."""

import importlib.util

import numpy as np
import pytest
import torch
import torch_mlir_fx

from torch_mlir_e2e.backends import iree as iree_backend
from torch_mlir_e2e.configs import get_config
from torch_mlir_e2e.registry import FunctionModule

DYN = torch.export.Dim.DYNAMIC


def _lower(fn, args, dynamic_shapes=None):
    module = fn
    if not isinstance(fn, torch.nn.Module):
        module = FunctionModule(fn)
        if dynamic_shapes is not None:
            dynamic_shapes = {"args": dynamic_shapes}  # forward(*args)
    program = torch.export.export(module.eval(), args, dynamic_shapes=dynamic_shapes)
    return torch_mlir_fx.export_and_import(program, output_type="linalg-on-tensors")


class _Mlp(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.net = torch.nn.Sequential(torch.nn.Linear(16, 32), torch.nn.ReLU(),
                                       torch.nn.Linear(32, 8))

    def forward(self, x):
        return torch.softmax(self.net(x), dim=-1)


@pytest.fixture(scope="module")
def mlp():
    torch.manual_seed(0)
    model = _Mlp().eval()
    mlir = _lower(model, (torch.randn(4, 16),), ({0: DYN},))
    return model, iree_backend.compile(mlir, input_type="none", num_threads=2)


@pytest.mark.parametrize("batch", [1, 3, 17])
def test_mlp_dynamic_batch_matches_eager(mlp, batch):
    model, compiled = mlp
    x = torch.randn(batch, 16)
    out = compiled.main(x)
    assert isinstance(out, torch.Tensor) and out.shape == (batch, 8)
    torch.testing.assert_close(out, model(x), rtol=1e-5, atol=1e-6)


def test_mlp_errors_name_the_argument(mlp):
    _, compiled = mlp
    with pytest.raises(TypeError, match=r"main\(\) takes 1 argument\(s\).*got 2"):
        compiled.main(torch.randn(2, 16), torch.randn(2, 16))
    with pytest.raises(TypeError, match="argument 0 must be a tensor<\\?x16> of float32, "
                                        "got dtype float64"):
        compiled.main(torch.randn(2, 16, dtype=torch.float64))
    with pytest.raises(ValueError, match=r"argument 0 .*\(rank 2\), got shape \(16,\)"):
        compiled.main(torch.randn(16))
    with pytest.raises(ValueError, match=r"size 16 in dimension 1, got shape \(2, 15\)"):
        compiled.main(torch.randn(2, 15))
    with pytest.raises(TypeError, match="must be a torch.Tensor.*got list"):
        compiled.main([[1.0] * 16])
    with pytest.raises(AttributeError, match="no public function 'forward'.*main"):
        compiled.forward  # noqa: B018


def test_non_contiguous_expanded_offset_and_numpy_inputs(mlp):
    model, compiled = mlp
    base = torch.randn(16, 40)
    cases = [base.t()[:5],                                  # transposed
             torch.randn(1, 16).expand(4, 16),              # stride 0
             torch.randn(100)[1:65].view(4, 16),            # not 64-byte aligned
             torch.randn(0, 16)]                            # empty
    for x in cases:
        torch.testing.assert_close(compiled.main(x), model(x), rtol=1e-5, atol=1e-6)
    x = np.random.default_rng(0).standard_normal((3, 16)).astype(np.float32)
    torch.testing.assert_close(compiled.main(x), model(torch.from_numpy(x)),
                               rtol=1e-5, atol=1e-6)


def test_multiple_results_scalar_result_and_aliasing():
    def fn(x, y):
        return x * 2.0, x + y, x.shape[0], y

    x, y = torch.randn(5, 3), torch.randn(5, 3)
    compiled = iree_backend.compile(_lower(fn, (x, y), ({0: DYN}, {0: DYN})), num_threads=1)
    out = compiled.main(x, y)
    assert isinstance(out, tuple) and len(out) == 4
    torch.testing.assert_close(out[0], x * 2.0)
    torch.testing.assert_close(out[1], x + y)
    assert out[2] == 5 and type(out[2]) is int
    # A result that is an argument comes back as a copy, never the caller's memory.
    assert torch.equal(out[3], y) and out[3].data_ptr() != y.data_ptr()
    out[3].zero_()
    assert y.abs().sum() > 0


_DTYPES = [torch.float32, torch.float64, torch.float16, torch.bfloat16, torch.int64,
           torch.int32, torch.int16, torch.int8, torch.uint8, torch.bool]


def _sample(dtype, shape):
    if dtype is torch.bool:
        return torch.rand(shape) > 0.5
    if dtype.is_floating_point:
        return torch.randn(shape).to(dtype)
    lo = 0 if dtype is torch.uint8 else -50
    return torch.randint(lo, 100, shape, dtype=dtype)


def test_dtypes_match_eager():
    """One module with an argument of every dtype: an op on each, with a
    dynamic dim; dtypes and values exactly as eager (uint8 wraps)."""
    def fn(*xs):
        out = []
        for x in xs:
            if x.dtype is torch.bool:
                out.append(x ^ torch.flip(x, [0]))
            else:
                out.append(x + x * x)
            out.append(x.max(dim=0).values)
        return tuple(out)

    torch.manual_seed(0)
    args = tuple(_sample(d, (4, 3)) for d in _DTYPES)
    compiled = iree_backend.compile(_lower(fn, args, tuple({0: DYN} for _ in args)),
                                    num_threads=2)
    args = tuple(_sample(d, (6, 3)) for d in _DTYPES)
    got, want = compiled.main(*args), fn(*args)
    assert len(got) == len(want)
    for g, w in zip(got, want):
        assert g.dtype == w.dtype and g.shape == w.shape
        if w.dtype.is_floating_point:
            tol = 1e-2 if w.dtype in (torch.float16, torch.bfloat16) else 1e-5
            torch.testing.assert_close(g, w, rtol=tol, atol=tol)
        else:
            assert torch.equal(g, w)
    with pytest.raises(TypeError, match="argument 8 must be a tensor<\\?x3> of uint8, "
                                        "got dtype int8"):
        compiled.main(*args[:8], args[8].to(torch.int8), args[9])


def test_threads():
    def fn(a, b):
        return a @ b

    a, b = torch.randn(64, 48), torch.randn(48, 32)
    mlir = _lower(fn, (a, b))
    for n in (1, 2):
        torch.testing.assert_close(iree_backend.compile(mlir, num_threads=n).main(a, b),
                                   a @ b, rtol=1e-4, atol=1e-4)
    with pytest.raises(ValueError, match="num_threads must be a positive int"):
        iree_backend.compile(mlir, num_threads=0)


def test_compile_failure_has_iree_diagnostics():
    # IREE 3.13's llvm-cpu target has no f64 erf: a compile error, located.
    text = ('func.func @main(%a: tensor<4xf64>) -> tensor<4xf64> {\n'
            '  %0 = math.erf %a : tensor<4xf64>\n'
            '  return %0 : tensor<4xf64>\n}\n')
    with pytest.raises(iree_backend.IreeCompileError) as e:
        iree_backend.compile(text)
    msg = str(e.value)
    # Located in the text given ("-": MLIR's name for a parsed string).
    assert msg.startswith("IREE failed to compile the module (iree-compile exit status 1):\n"
                          "-:2:8: error: failed to legalize operation 'math.erf'")
    assert max(len(line) for line in msg.splitlines()) <= 310
    with pytest.raises(iree_backend.IreeCompileError, match="(?s)does not parse.*retur"):
        iree_backend.compile("func.func @main() { retur }")
    with pytest.raises(ValueError, match="input_type must be one of"):
        iree_backend.compile(text, input_type="onnx")
    with pytest.raises(TypeError, match="MLIR module .* or MLIR text, got int"):
        iree_backend.compile(3)


def test_unsupported_signature_type_is_an_error():
    text = ("func.func @main(%a: tensor<2xcomplex<f32>>) -> tensor<2xcomplex<f32>> {\n"
            "  return %a : tensor<2xcomplex<f32>>\n}\n")
    with pytest.raises(iree_backend.IreeCompileError, match="element type complex<f32>"):
        iree_backend.compile(text)


def test_without_iree_configs_are_unavailable(monkeypatch):
    real = importlib.util.find_spec

    def no_iree(name, *args, **kwargs):
        if name.startswith("iree"):
            return None
        return real(name, *args, **kwargs)

    monkeypatch.setattr(importlib.util, "find_spec", no_iree)
    ok, why = iree_backend.available()
    assert not ok and "pip install \"torch-mlir-e2e[iree]\"" in why
    with pytest.raises(iree_backend.IreeUnavailableError, match="iree-base-compiler"):
        iree_backend.compile("func.func @main() { return }")
    ok, why = get_config("fx-linalg-iree").is_available()
    assert not ok and "iree" in why


def test_without_the_runtime(monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "iree.runtime", None)  # import raises ImportError
    ok, why = iree_backend.available()
    assert not ok and "importing iree.runtime failed" in why


def test_libm_functions_link():
    """f64 sin and f32 log10 call libm, which IREE's embedded executables lack:
    the backend links those modules as system libraries instead."""
    text = ('func.func @main(%a: tensor<4xf64>, %b: tensor<4xf32>) -> (tensor<4xf64>, '
            'tensor<4xf32>) {\n  %0 = math.sin %a : tensor<4xf64>\n'
            '  %1 = math.log10 %b : tensor<4xf32>\n'
            '  return %0, %1 : tensor<4xf64>, tensor<4xf32>\n}\n')
    a, b = torch.rand(4, dtype=torch.float64) * 10, torch.rand(4) + 0.5
    sin, log10 = iree_backend.compile(text, num_threads=1).main(a, b)
    torch.testing.assert_close(sin, a.sin(), rtol=1e-12, atol=1e-12)
    torch.testing.assert_close(log10, b.log10())


def test_mutated_argument_is_updated_in_place():
    # x.add_(y) then x * 2: the program's extra result (torch.updates_argument
    # = 0) goes into the caller's x, the call returns only x * 2.
    def f(x, y):
        x.add_(y)
        return x * 2

    x, y = torch.randn(3, 4), torch.randn(3, 4)
    want_x = x + y
    cm = iree_backend.compile(_lower(f, (x.clone(), y)), num_threads=1)
    out = cm.main(x, y)
    torch.testing.assert_close(x, want_x)
    torch.testing.assert_close(out, want_x * 2)
    with pytest.raises(TypeError, match="argument 0 is mutated by the program"):
        cm.main(x.numpy(), y)
