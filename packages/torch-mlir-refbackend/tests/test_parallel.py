"""Parallel loops with more than one thread: big elementwise ops and reductions are
split into one chunk per thread (`_codegen._parallel_tiles`), and every parallel loop
runs on OpenMP's threads through a chunk function (`_omp`)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap

import torch
from mlir import ir

import torch_mlir_refbackend as rb
from torch_mlir_refbackend import _codegen, _compiler, _walk

# exp of a 8x64x1024 tensor, then the sum of each row of the result (1024 wide).
EXP_THEN_ROW_SUM = """
#id = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#row = affine_map<(d0, d1, d2) -> (d0, d1)>
func.func @main(%a: tensor<8x64x1024xf32>) -> (tensor<8x64x1024xf32>, tensor<8x64xf32>) {
  %e = tensor.empty() : tensor<8x64x1024xf32>
  %x = linalg.generic {indexing_maps = [#id, #id],
                       iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%a : tensor<8x64x1024xf32>) outs(%e : tensor<8x64x1024xf32>) {
  ^bb0(%v: f32, %o: f32):
    %y = math.exp %v : f32
    linalg.yield %y : f32
  } -> tensor<8x64x1024xf32>
  %z = arith.constant 0.0 : f32
  %re = tensor.empty() : tensor<8x64xf32>
  %acc = linalg.fill ins(%z : f32) outs(%re : tensor<8x64xf32>) -> tensor<8x64xf32>
  %s = linalg.generic {indexing_maps = [#id, #row],
                       iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%x : tensor<8x64x1024xf32>) outs(%acc : tensor<8x64xf32>) {
  ^bb0(%v: f32, %o: f32):
    %y = math.exp %v : f32
    %t = arith.addf %y, %o : f32
    linalg.yield %t : f32
  } -> tensor<8x64xf32>
  return %x, %s : tensor<8x64x1024xf32>, tensor<8x64xf32>
}"""

# Two products of the same shape (big enough to be parallel: 8 M multiply-adds each).
TWO_MATMULS = """
func.func @main(%a: tensor<128x256xf32>, %b: tensor<256x256xf32>) -> tensor<128x256xf32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<128x256xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<128x256xf32>) -> tensor<128x256xf32>
  %m = linalg.matmul ins(%a, %b : tensor<128x256xf32>, tensor<256x256xf32>)
      outs(%f : tensor<128x256xf32>) -> tensor<128x256xf32>
  %f2 = linalg.fill ins(%z : f32) outs(%e : tensor<128x256xf32>) -> tensor<128x256xf32>
  %m2 = linalg.matmul ins(%m, %b : tensor<128x256xf32>, tensor<256x256xf32>)
      outs(%f2 : tensor<128x256xf32>) -> tensor<128x256xf32>
  return %m2 : tensor<128x256xf32>
}"""


def _after_recipe(text: str, num_threads: int, memref: bool = False) -> str:
    """`text` after the fast recipe's tensor steps (and bufferization and the memref
    steps, if `memref`), printed."""
    with _compiler.make_context() as ctx:
        module = ir.Module.parse(text, ctx)
        _codegen.apply_tensor_recipe(module, num_threads)
        if memref:
            _compiler._run(module, f"builtin.module({_compiler._BUFFERIZE})")
            _codegen.apply_memref_recipe(module, num_threads)
        module.operation.verify()
        return str(module)


def test_big_elementwise_op_and_reduction_get_one_chunk_per_thread():
    out = _after_recipe(EXP_THEN_ROW_SUM, 2)
    # The 8 x 64 x 1024 exp: two chunks of 4 x 64 x 1024; the row sum: two chunks
    # of 4 x 64 rows (its reduction dim is not split).
    assert len(re.findall(r"scf\.forall \(", out)) == 2, out
    assert len(re.findall(r"scf\.forall \(%\w+\) in \(2\)", out)) == 2, out
    assert "tensor<4x64x1024xf32>" in out and "tensor<4x64xf32>" in out
    # One thread: nothing to split.
    assert "scf.forall" not in _after_recipe(EXP_THEN_ROW_SUM, 1)


def test_parallel_chunks_compute_what_torch_does():
    a = torch.randn(8, 64, 1024) / 4
    for threads in (1, 2, 3):
        cm = rb.compile(EXP_THEN_ROW_SUM, num_threads=threads, cache=False)
        assert cm.recipe == "fast", cm.fallback_reason
        x, s = cm.main(a)
        torch.testing.assert_close(x, a.exp())
        torch.testing.assert_close(s, a.exp().exp().sum(-1), rtol=1e-5, atol=1e-3)


def test_small_ops_stay_one_task():
    small = EXP_THEN_ROW_SUM.replace("8x64x1024", "2x8x64").replace("<8x64xf32>", "<2x8xf32>")
    assert "scf.forall" not in _after_recipe(small, 2)


def _transpose_tiles(shape: list[int], threads: int):
    """`_parallel_tiles` of a linalg.transpose (identity permutation) of `shape`."""
    t = "x".join(str(d) for d in shape) + "xf32"
    text = f"""
func.func @main(%a: tensor<{t}>) -> tensor<{t}> {{
  %e = tensor.empty() : tensor<{t}>
  %r = linalg.transpose ins(%a : tensor<{t}>) outs(%e : tensor<{t}>)
      permutation = [{", ".join(str(i) for i in range(len(shape)))}]
  return %r : tensor<{t}>
}}"""
    with _compiler.make_context() as ctx:
        module = ir.Module.parse(text, ctx)
        (op,) = [o for o in _walk.all_ops(module) if o.name == "linalg.transpose"]
        return _codegen._parallel_tiles(op, threads)


def test_chunks_split_the_outer_parallel_dims():
    """`_parallel_tiles`' choice: whole outer dims while they give at most the
    chunks wanted (one per thread), then a divisor of the next dim."""
    assert _transpose_tiles([16, 512, 1024], 2) == [8, 0, 0]
    assert _transpose_tiles([4, 1024, 2048], 8) == [1, 512, 0]
    assert _transpose_tiles([4, 1024, 2048], 2) == [2, 0, 0]
    # 7 has no divisor giving at most 2 chunks but 7 itself: left whole.
    assert _transpose_tiles([1, 7, 1 << 21], 2) == [0, 0, 1 << 20]
    assert _transpose_tiles([4, 128, 1024], 2) is None  # too little work
    assert _transpose_tiles([16, 512, 1024], 1) is None


def test_parallel_loops_become_dispatches_of_one_shared_chunk_function():
    """Each parallel loop becomes a call of its dispatcher (count of iterations, the
    values the loop uses), and the two products of the same shape share one chunk
    function (begin and end iterations last); in LLVM, the dispatcher calls
    GOMP_parallel unless the module's serial flag is set."""
    out = _after_recipe(TWO_MATMULS, 2, memref=True)
    assert "scf.forall" not in out
    calls = re.findall(r"call @__rb_par_(__rb_chunk_\d+)\(", out)
    assert len(calls) == 2 and calls[0] == calls[1], out
    assert out.count("func.func private @__rb_chunk_") == 1
    chunk = re.search(r"func\.func private @__rb_chunk_\d+\(([^)]*)\)", out).group(1)
    assert chunk.endswith("memref<256x256xf32>, %arg3: index, %arg4: index"), chunk
    # One thread: the loops become plain loops.
    assert "__rb_chunk_" not in _after_recipe(TWO_MATMULS, 1, memref=True)
    with _compiler.make_context() as ctx:
        llvm = str(_compiler.lower_to_llvm(TWO_MATMULS, ctx, 2, fast=True))
    assert llvm.count("llvm.call @GOMP_parallel(") == 1, llvm
    assert re.search(r"llvm\.call @omp_get_thread_num\(\)", llvm)
    assert "llvm.mlir.global internal @__rb_serial(0 : i32)" in llvm
    a, b = torch.randn(128, 256), torch.randn(256, 256) / 16
    for threads in (1, 2):
        cm = rb.compile(TWO_MATMULS, num_threads=threads, cache=False)
        assert cm.recipe == "fast", cm.fallback_reason
        torch.testing.assert_close(cm.main(a, b), a @ b @ b, rtol=1e-4, atol=1e-4)


def test_multi_dim_parallel_loops_run_every_iteration_once():
    """A 2-d loop of 3 x 5 tiles of uneven bounds and steps, split over 1-4 threads
    (linearized iterations, delinearized in the chunk function)."""
    text = """
func.func @main(%a: tensor<37x43xf32>) -> tensor<37x43xf32> {
  %e = tensor.empty() : tensor<37x43xf32>
  %r = scf.forall (%i, %j) = (1, 0) to (37, 43) step (13, 9)
      shared_outs(%o = %e) -> (tensor<37x43xf32>) {
    %h = affine.min affine_map<(d0) -> (13, -d0 + 37)>(%i)
    %w = affine.min affine_map<(d0) -> (9, -d0 + 43)>(%j)
    %s = tensor.extract_slice %a[%i, %j] [%h, %w] [1, 1]
        : tensor<37x43xf32> to tensor<?x?xf32>
    %d = tensor.extract_slice %o[%i, %j] [%h, %w] [1, 1]
        : tensor<37x43xf32> to tensor<?x?xf32>
    %x = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>,
                                          affine_map<(d0, d1) -> (d0, d1)>],
                         iterator_types = ["parallel", "parallel"]}
        ins(%s : tensor<?x?xf32>) outs(%d : tensor<?x?xf32>) {
    ^bb0(%v: f32, %acc: f32):
      %one = arith.constant 1.0 : f32
      %y = arith.addf %acc, %one : f32
      %z = arith.addf %y, %v : f32
      linalg.yield %z : f32
    } -> tensor<?x?xf32>
    scf.forall.in_parallel {
      tensor.parallel_insert_slice %x into %o[%i, %j] [%h, %w] [1, 1]
          : tensor<?x?xf32> into tensor<37x43xf32>
    }
  }
  return %r : tensor<37x43xf32>
}"""
    text = text.replace("%e = tensor.empty() : tensor<37x43xf32>",
                        "%z0 = arith.constant 0.0 : f32\n  %e0 = tensor.empty() : "
                        "tensor<37x43xf32>\n  %e = linalg.fill ins(%z0 : f32) outs(%e0 : "
                        "tensor<37x43xf32>) -> tensor<37x43xf32>")
    a = torch.randn(37, 43)
    want = a + 1
    want[0] = 0  # (row 0 is not in the loop)
    for threads in (1, 2, 3, 4):
        cm = rb.compile(text, num_threads=threads, recipe="fast", cache=False)
        torch.testing.assert_close(cm.main(a), want)


def test_a_forked_child_runs_parallel_loops_on_its_own_thread(tmp_path):
    """OpenMP's pool does not survive fork(): in the child, modules compiled (or loaded
    from the disk cache) before and after the fork run their loops on the calling
    thread instead of waiting forever for the parent's workers. (numpy computes the
    expected values: torch's own threaded ops would hang in the child.)"""
    script = textwrap.dedent(f"""
        import os, numpy as np, torch, torch_mlir_refbackend as rb
        text = {EXP_THEN_ROW_SUM!r}
        a = torch.randn(8, 64, 1024) / 4
        want = np.exp(a.numpy())
        jit = rb.compile(text, num_threads=2)
        rb.clear_cache()
        disk = rb.compile(text, num_threads=2)
        assert disk.from_disk_cache and not jit.from_disk_cache
        for cm in (jit, disk):
            assert np.allclose(cm.main(a)[0].numpy(), want, rtol=1e-5)
        pid = os.fork()
        if pid == 0:
            ok = all(np.allclose(cm.main(a)[0].numpy(), want, rtol=1e-5) for cm in (jit, disk))
            new = rb.compile(text.replace("8x64", "4x64"), num_threads=2, cache=False)
            ok = ok and np.allclose(new.main(a[:4])[0].numpy(), want[:4], rtol=1e-5)
            os._exit(0 if ok else 3)
        _, status = os.waitpid(pid, 0)
        print("child exit", os.waitstatus_to_exitcode(status))
    """)
    env = dict(os.environ, TORCH_MLIR_REFBACKEND_CACHE_DIR=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=300, env=env)
    assert done.returncode == 0, done.stderr
    assert "child exit 0" in done.stdout, done.stdout + done.stderr


def test_ops_indexed_by_more_than_loop_dims_are_not_split():
    """A generic reading `-d0 + (n - 1)` (a flip; a transposed convolution's
    kernel index): MLIR 22's tiling aborts the process on a negative coefficient,
    so such ops stay one task, and the result is right."""
    n = 1 << 19
    text = f"""
func.func @main(%a: tensor<{n}xf32>) -> tensor<{n}xf32> {{
  %e = tensor.empty() : tensor<{n}xf32>
  %r = linalg.generic {{indexing_maps = [affine_map<(d0) -> (-d0 + {n - 1})>,
                                         affine_map<(d0) -> (d0)>],
                        iterator_types = ["parallel"]}}
      ins(%a : tensor<{n}xf32>) outs(%e : tensor<{n}xf32>) {{
  ^bb0(%v: f32, %o: f32):
    %y = math.exp %v : f32
    linalg.yield %y : f32
  }} -> tensor<{n}xf32>
  return %r : tensor<{n}xf32>
}}"""
    assert "scf.forall (" not in _after_recipe(text, 2)
    a = torch.randn(n)
    cm = rb.compile(text, num_threads=2, cache=False)
    assert cm.recipe == "fast", cm.fallback_reason
    torch.testing.assert_close(cm.main(a), a.flip(0).exp())


def test_ops_inside_a_parallel_loop_are_not_split():
    """A generic already inside an scf.forall stays one task (a nested parallel
    region runs on one thread); one outside it may be split."""
    t = "tensor<8xf32>"
    generic = f"""linalg.generic {{indexing_maps = [affine_map<(d0) -> (d0)>,
        affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]}}
        ins(%a : {t}) outs(%e : {t}) {{
      ^bb0(%x: f32, %y: f32):
        linalg.yield %x : f32
      }} -> {t}"""
    text = f"""
func.func @main(%a: {t}) -> ({t}, {t}) {{
  %e = tensor.empty() : {t}
  %r = scf.forall (%i) in (2) shared_outs(%o = %e) -> ({t}) {{
    %g = {generic}
    scf.forall.in_parallel {{
      tensor.parallel_insert_slice %g into %o[0] [8] [1] : {t} into {t}
    }}
  }}
  %g2 = {generic}
  return %r, %g2 : {t}, {t}
}}"""
    with _compiler.make_context() as ctx:
        module = ir.Module.parse(text, ctx)
        generics = [o for o in _walk.all_ops(module) if o.name == "linalg.generic"]
        assert [_codegen._inside_parallel_loop(o) for o in generics] == [True, False]
