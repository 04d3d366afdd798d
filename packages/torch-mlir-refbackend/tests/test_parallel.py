"""Parallel loops with more than one thread: big elementwise ops and reductions are
split into one chunk per thread (`_codegen._parallel_tiles`), and the body of every
parallel loop is outlined into one function (`_outline.outline_forall_bodies`)."""

from __future__ import annotations

import re

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
    assert _transpose_tiles([8, 512, 1024], 2) is None  # too little work
    assert _transpose_tiles([16, 512, 1024], 1) is None


def test_parallel_loop_bodies_are_outlined_and_shared():
    """Each parallel loop's body becomes a call of a noinline function (async-parallel-for
    then copies only the call into its two compute functions; LLVM compiles the body
    once), and the two products of the same shape share that function."""
    out = _after_recipe(TWO_MATMULS, 2, memref=True)
    loops = re.findall(r"scf\.forall[^{]*\{\n\s*func\.call @(__rb_tile_\d+)\([^\n]*\n\s*\}", out)
    assert len(loops) == 2 and loops[0] == loops[1], out
    assert out.count("func.func private @__rb_tile_") == 1
    assert 'passthrough = ["noinline"]' in out
    # One thread: the loops become plain loops, with nothing to compile twice.
    assert "__rb_tile_" not in _after_recipe(TWO_MATMULS, 1, memref=True)
    a, b = torch.randn(128, 256), torch.randn(256, 256) / 16
    for threads in (1, 2):
        cm = rb.compile(TWO_MATMULS, num_threads=threads, cache=False)
        assert cm.recipe == "fast", cm.fallback_reason
        torch.testing.assert_close(cm.main(a, b), a @ b @ b, rtol=1e-4, atol=1e-4)


def test_single_iteration_loops_are_not_outlined():
    small = TWO_MATMULS.replace("128x256", "4x16").replace("256x256", "16x16")
    small = small.replace("tensor<128x", "tensor<4x")
    assert "__rb_tile_" not in _after_recipe(small, 2, memref=True)


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
    """A generic already inside an scf.forall stays one task (nested parallel loops
    can deadlock the async runtime's thread pool); one outside it may be split."""
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
