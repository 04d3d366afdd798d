"""Constant globals become byte arrays before LLVM (`_resources.constant_globals_as_bytes`):
the same values, one flat i8 constant for LLVM instead of one per innermost row."""

from __future__ import annotations

import numpy as np
import torch

import torch_mlir_refbackend as rb
from torch_mlir_refbackend import _compiler
from mlir import ir

from torch_mlir_refbackend._resources import Resources, resource_data
from torch_mlir_refbackend._walk import ops_named


def _blob(values: np.ndarray) -> str:
    return "0x04000000" + values.tobytes().hex().upper()


def _module(w4: np.ndarray, w2: np.ndarray, w1: np.ndarray) -> str:
    """main(x) = sum over the last two dims of (x + w4) + w2 + w1 (w4: dense_resource,
    w2: inline dense, w1: inline dense i64 converted)."""
    return f"""
#id4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#red = affine_map<(d0, d1, d2, d3) -> (d0, d1)>
func.func @main(%x: tensor<2x3x4x5xf32>) -> tensor<2x3xf32> {{
  %w4 = arith.constant dense_resource<w4_blob> : tensor<2x3x4x5xf32>
  %w2 = arith.constant dense<{[[float(v) for v in row] for row in w2]}> : tensor<2x3xf32>
  %w1 = arith.constant dense<{w1.tolist()}> : tensor<3xi64>
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<2x3xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<2x3xf32>) -> tensor<2x3xf32>
  %s = linalg.generic {{indexing_maps = [#id4, #id4, #red],
                       iterator_types = ["parallel", "parallel", "reduction", "reduction"]}}
      ins(%x, %w4 : tensor<2x3x4x5xf32>, tensor<2x3x4x5xf32>) outs(%f : tensor<2x3xf32>) {{
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %t = arith.addf %a, %b : f32
    %u = arith.addf %acc, %t : f32
    linalg.yield %u : f32
  }} -> tensor<2x3xf32>
  %r = linalg.generic {{indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>,
                                        affine_map<(d0, d1) -> (d0, d1)>,
                                        affine_map<(d0, d1) -> (d1)>,
                                        affine_map<(d0, d1) -> (d0, d1)>],
                       iterator_types = ["parallel", "parallel"]}}
      ins(%s, %w2, %w1 : tensor<2x3xf32>, tensor<2x3xf32>, tensor<3xi64>)
      outs(%e : tensor<2x3xf32>) {{
  ^bb0(%a: f32, %b: f32, %c: i64, %o: f32):
    %cf = arith.sitofp %c : i64 to f32
    %t = arith.addf %a, %b : f32
    %u = arith.addf %t, %cf : f32
    linalg.yield %u : f32
  }} -> tensor<2x3xf32>
  return %r : tensor<2x3xf32>
}}
{{-#
  dialect_resources: {{
    builtin: {{
      w4_blob: "{_blob(w4)}"
    }}
  }}
#-}}
"""


def _inputs():
    rng = np.random.default_rng(0)
    w4 = rng.standard_normal((2, 3, 4, 5)).astype(np.float32)
    w2 = rng.standard_normal((2, 3)).astype(np.float32)
    w1 = np.array([3, -7, 11], dtype=np.int64)
    return w4, w2, w1


def test_values_are_those_of_the_constants():
    w4, w2, w1 = _inputs()
    text = _module(w4, w2, w1)
    x = torch.randn(2, 3, 4, 5)
    want = (x + torch.from_numpy(w4)).sum((2, 3)) + torch.from_numpy(w2) + torch.from_numpy(
        w1).float()
    for recipe in ("fast", "plain"):
        got = rb.compile(text, recipe=recipe, num_threads=1, cache=False).main(x)
        torch.testing.assert_close(got, want, rtol=1e-5, atol=1e-5)


def test_llvm_globals_are_flat_bytes():
    w4, w2, w1 = _inputs()
    text = _module(w4, w2, w1)
    with _compiler.make_context() as ctx:
        llvm = _compiler.lower_to_llvm(text, ctx, 1, fast=False)
        out = llvm.operation.get_asm(large_elements_limit=4)
    globals_ = [line for line in out.splitlines() if "llvm.mlir.global" in line
                and "constant" in line]
    sizes = sorted(int(line.rsplit("!llvm.array<", 1)[1].split(" x ")[0]) for line in globals_
                   if line.rstrip().endswith("x i8>"))
    # w4: 120 floats, w2: 6 floats, w1: 3 int64, all as bytes; no nested array left.
    assert sizes == [24, 24, 480], globals_
    assert not any("array<2 x array" in line for line in globals_), globals_


def test_resource_index_finds_every_blob():
    text = _module(*_inputs())
    assert Resources(text).keys() == {"w4_blob"}


def test_blob_bytes_are_read_in_place():
    """`resource_data` reads a parsed blob's bytes (through torch-mlir-core), without
    the text; None for a key declared without data and for other attributes."""
    w4, _, _ = _inputs()
    with _compiler.make_context() as ctx:
        module = ir.Module.parse(_module(*_inputs()), ctx)
        values = [op.attributes["value"] for op in ops_named(module, "arith.constant")
                  if "dense_resource" in str(op.attributes["value"])]
        assert len(values) == 1
        data = resource_data(values[0])
        assert data.tobytes() == w4.tobytes()
        assert not data.flags.writeable
        empty = ir.Attribute.parse("dense_resource<nowhere> : tensor<4xf32>")
        assert resource_data(empty) is None
        assert resource_data(ir.Attribute.parse("dense<1.0> : tensor<4xf32>")) is None
