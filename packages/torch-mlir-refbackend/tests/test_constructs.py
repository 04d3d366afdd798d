# ruff: noqa: E501  (MLIR test inputs are kept on one line per op)
"""Numbers vs torch/numpy for hand-written linalg-on-tensors modules covering the
constructs the torch -> linalg lowering emits; each on the fast and the plain recipe."""

import numpy as np
import pytest
import torch

import torch_mlir_refbackend as rb

RECIPES = ["fast", "plain"]

# name -> (MLIR, make-inputs, reference(*inputs) -> result or tuple of results)
CASES = {}


def case(name, ir, inputs, ref):
    CASES[name] = (ir, inputs, ref)


def r(*shape, dtype=torch.float32):
    g = torch.Generator().manual_seed(sum(shape) + len(shape))
    return torch.randn(*shape, generator=g).to(dtype)


case("matmul_static", """
func.func @main(%a: tensor<8x16xf32>, %b: tensor<16x12xf32>) -> tensor<8x12xf32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<8x12xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<8x12xf32>) -> tensor<8x12xf32>
  %m = linalg.matmul ins(%a, %b : tensor<8x16xf32>, tensor<16x12xf32>)
                     outs(%f : tensor<8x12xf32>) -> tensor<8x12xf32>
  return %m : tensor<8x12xf32>
}""", lambda: (r(8, 16), r(16, 12)), lambda a, b: a @ b)

case("matmul_dynamic", """
func.func @main(%a: tensor<?x?xf32>, %b: tensor<?x?xf32>) -> tensor<?x?xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %m = tensor.dim %a, %c0 : tensor<?x?xf32>
  %n = tensor.dim %b, %c1 : tensor<?x?xf32>
  %z = arith.constant 0.0 : f32
  %e = tensor.empty(%m, %n) : tensor<?x?xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<?x?xf32>) -> tensor<?x?xf32>
  %r = linalg.matmul ins(%a, %b : tensor<?x?xf32>, tensor<?x?xf32>)
                     outs(%f : tensor<?x?xf32>) -> tensor<?x?xf32>
  return %r : tensor<?x?xf32>
}""", lambda: (r(37, 19), r(19, 45)), lambda a, b: a @ b)

case("matmul_f64_bias_relu", """
#map = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d1)>
func.func @main(%a: tensor<32x64xf64>, %b: tensor<64x48xf64>, %bias: tensor<48xf64>)
    -> tensor<32x48xf64> {
  %z = arith.constant 0.0 : f64
  %e = tensor.empty() : tensor<32x48xf64>
  %f = linalg.fill ins(%z : f64) outs(%e : tensor<32x48xf64>) -> tensor<32x48xf64>
  %m = linalg.matmul ins(%a, %b : tensor<32x64xf64>, tensor<64x48xf64>)
                     outs(%f : tensor<32x48xf64>) -> tensor<32x48xf64>
  %g = linalg.generic {indexing_maps = [#map, #row, #map],
                       iterator_types = ["parallel", "parallel"]}
      ins(%m, %bias : tensor<32x48xf64>, tensor<48xf64>) outs(%e : tensor<32x48xf64>) {
  ^bb0(%x: f64, %y: f64, %o: f64):
    %s = arith.addf %x, %y : f64
    %q = arith.maximumf %s, %z : f64
    linalg.yield %q : f64
  } -> tensor<32x48xf64>
  return %g : tensor<32x48xf64>
}""", lambda: (r(32, 64, dtype=torch.float64), r(64, 48, dtype=torch.float64),
               r(48, dtype=torch.float64)), lambda a, b, c: torch.relu(a @ b + c))

case("batch_matmul", """
func.func @main(%a: tensor<3x20x24xf32>, %b: tensor<3x24x40xf32>) -> tensor<3x20x40xf32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<3x20x40xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<3x20x40xf32>) -> tensor<3x20x40xf32>
  %m = linalg.batch_matmul ins(%a, %b : tensor<3x20x24xf32>, tensor<3x24x40xf32>)
                           outs(%f : tensor<3x20x40xf32>) -> tensor<3x20x40xf32>
  return %m : tensor<3x20x40xf32>
}""", lambda: (r(3, 20, 24), r(3, 24, 40)), torch.bmm)

case("matmuls_of_odd_sizes", """
func.func @main(%a: tensor<37x67xf32>, %b: tensor<67x130xf32>, %c: tensor<2x37x67xf32>,
                %d: tensor<2x67x130xf32>)
    -> (tensor<37x130xf32>, tensor<37x130xf32>, tensor<2x37x130xf32>) {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<37x130xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<37x130xf32>) -> tensor<37x130xf32>
  %m0 = linalg.matmul ins(%a, %b : tensor<37x67xf32>, tensor<67x130xf32>)
                      outs(%f : tensor<37x130xf32>) -> tensor<37x130xf32>
  // two products into the same zeros (as CSE leaves ResNet's two convs of a
  // block): the padded one must not write its result back into them
  %m1 = linalg.matmul ins(%a, %b : tensor<37x67xf32>, tensor<67x130xf32>)
                      outs(%f : tensor<37x130xf32>) -> tensor<37x130xf32>
  %m = linalg.matmul ins(%a, %b : tensor<37x67xf32>, tensor<67x130xf32>)
                     outs(%m0 : tensor<37x130xf32>) -> tensor<37x130xf32>
  %e2 = tensor.empty() : tensor<2x37x130xf32>
  %f2 = linalg.fill ins(%z : f32) outs(%e2 : tensor<2x37x130xf32>) -> tensor<2x37x130xf32>
  %bm = linalg.batch_matmul ins(%c, %d : tensor<2x37x67xf32>, tensor<2x67x130xf32>)
                            outs(%f2 : tensor<2x37x130xf32>) -> tensor<2x37x130xf32>
  return %m, %m1, %bm : tensor<37x130xf32>, tensor<37x130xf32>, tensor<2x37x130xf32>
}""", lambda: (r(37, 67), r(67, 130), r(2, 37, 67), r(2, 67, 130)),
    lambda a, b, c, d: (2 * (a @ b), a @ b, torch.bmm(c, d)))

case("conv2d_nchw", """
func.func @main(%x: tensor<2x3x17x17xf32>, %w: tensor<8x3x3x3xf32>) -> tensor<2x8x8x8xf32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<2x8x8x8xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<2x8x8x8xf32>) -> tensor<2x8x8x8xf32>
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>,
                                  strides = dense<2> : tensor<2xi64>}
      ins(%x, %w : tensor<2x3x17x17xf32>, tensor<8x3x3x3xf32>)
      outs(%f : tensor<2x8x8x8xf32>) -> tensor<2x8x8x8xf32>
  return %c : tensor<2x8x8x8xf32>
}""", lambda: (r(2, 3, 17, 17), r(8, 3, 3, 3)),
    lambda x, w: torch.nn.functional.conv2d(x, w, stride=2))

case("conv2d_nchw_padded_3x3", """
func.func @main(%x: tensor<1x16x14x14xf32>, %w: tensor<32x16x3x3xf32>) -> tensor<1x32x14x14xf32> {
  %z = arith.constant 0.0 : f32
  %p = tensor.pad %x low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i: index, %j: index, %k: index, %l: index):
    tensor.yield %z : f32
  } : tensor<1x16x14x14xf32> to tensor<1x16x16x16xf32>
  %e = tensor.empty() : tensor<1x32x14x14xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<1x32x14x14xf32>) -> tensor<1x32x14x14xf32>
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>,
                                  strides = dense<1> : tensor<2xi64>}
      ins(%p, %w : tensor<1x16x16x16xf32>, tensor<32x16x3x3xf32>)
      outs(%f : tensor<1x32x14x14xf32>) -> tensor<1x32x14x14xf32>
  return %c : tensor<1x32x14x14xf32>
}""", lambda: (r(1, 16, 14, 14), r(32, 16, 3, 3)),
    lambda x, w: torch.nn.functional.conv2d(x, w, padding=1))

case("conv2d_groups", """
func.func @main(%x: tensor<1x2x4x9x9xf32>, %w: tensor<2x3x4x3x3xf32>) -> tensor<1x2x3x7x7xf32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x2x3x7x7xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<1x2x3x7x7xf32>) -> tensor<1x2x3x7x7xf32>
  %c = linalg.conv_2d_ngchw_gfchw {dilations = dense<1> : tensor<2xi64>,
                                    strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<1x2x4x9x9xf32>, tensor<2x3x4x3x3xf32>)
      outs(%f : tensor<1x2x3x7x7xf32>) -> tensor<1x2x3x7x7xf32>
  return %c : tensor<1x2x3x7x7xf32>
}""", lambda: (r(1, 2, 4, 9, 9), r(2, 3, 4, 3, 3)),
    lambda x, w: torch.nn.functional.conv2d(x.reshape(1, 8, 9, 9), w.reshape(6, 4, 3, 3),
                                            groups=2).reshape(1, 2, 3, 7, 7))

case("depthwise_conv", """
func.func @main(%x: tensor<1x4x8x8xf32>, %w: tensor<4x3x3xf32>) -> tensor<1x4x6x6xf32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x4x6x6xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %c = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : tensor<2xi64>,
                                           strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<1x4x8x8xf32>, tensor<4x3x3xf32>)
      outs(%f : tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  return %c : tensor<1x4x6x6xf32>
}""", lambda: (r(1, 4, 8, 8), r(4, 3, 3)),
    lambda x, w: torch.nn.functional.conv2d(x, w.unsqueeze(1), groups=4))

case("depthwise_conv_strided_dilated", """
func.func @main(%x: tensor<2x6x19x23xf32>, %w: tensor<6x3x3xf32>) -> tensor<2x6x8x10xf32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<2x6x8x10xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<2x6x8x10xf32>) -> tensor<2x6x8x10xf32>
  %c = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<2> : tensor<2xi64>,
                                           strides = dense<2> : tensor<2xi64>}
      ins(%x, %w : tensor<2x6x19x23xf32>, tensor<6x3x3xf32>)
      outs(%f : tensor<2x6x8x10xf32>) -> tensor<2x6x8x10xf32>
  return %c : tensor<2x6x8x10xf32>
}""", lambda: (r(2, 6, 19, 23), r(6, 3, 3)),
    lambda x, w: torch.nn.functional.conv2d(x, w.unsqueeze(1), stride=2, dilation=2, groups=6))

case("conv1d_and_conv3d", """
func.func @main(%x: tensor<1x2x10xf32>, %w: tensor<3x2x3xf32>,
                %y: tensor<1x2x5x5x5xf32>, %v: tensor<2x2x2x2x2xf32>)
    -> (tensor<1x3x8xf32>, tensor<1x2x4x4x4xf32>) {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x3x8xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<1x3x8xf32>) -> tensor<1x3x8xf32>
  %c = linalg.conv_1d_ncw_fcw {dilations = dense<1> : tensor<1xi64>,
                               strides = dense<1> : tensor<1xi64>}
      ins(%x, %w : tensor<1x2x10xf32>, tensor<3x2x3xf32>)
      outs(%f : tensor<1x3x8xf32>) -> tensor<1x3x8xf32>
  %e3 = tensor.empty() : tensor<1x2x4x4x4xf32>
  %f3 = linalg.fill ins(%z : f32) outs(%e3 : tensor<1x2x4x4x4xf32>) -> tensor<1x2x4x4x4xf32>
  %c3 = linalg.conv_3d_ncdhw_fcdhw {dilations = dense<1> : tensor<3xi64>,
                                    strides = dense<1> : tensor<3xi64>}
      ins(%y, %v : tensor<1x2x5x5x5xf32>, tensor<2x2x2x2x2xf32>)
      outs(%f3 : tensor<1x2x4x4x4xf32>) -> tensor<1x2x4x4x4xf32>
  return %c, %c3 : tensor<1x3x8xf32>, tensor<1x2x4x4x4xf32>
}""", lambda: (r(1, 2, 10), r(3, 2, 3), r(1, 2, 5, 5, 5), r(2, 2, 2, 2, 2)),
    lambda x, w, y, v: (torch.nn.functional.conv1d(x, w), torch.nn.functional.conv3d(y, v)))

case("pooling_max_sum", """
func.func @main(%x: tensor<1x3x8x8xf32>) -> (tensor<1x3x4x4xf32>, tensor<1x3x4x4xf32>) {
  %ninf = arith.constant 0xFF800000 : f32
  %z = arith.constant 0.0 : f32
  %k = tensor.empty() : tensor<2x2xf32>
  %e = tensor.empty() : tensor<1x3x4x4xf32>
  %fm = linalg.fill ins(%ninf : f32) outs(%e : tensor<1x3x4x4xf32>) -> tensor<1x3x4x4xf32>
  %m = linalg.pooling_nchw_max {dilations = dense<1> : vector<2xi64>,
                                strides = dense<2> : vector<2xi64>}
      ins(%x, %k : tensor<1x3x8x8xf32>, tensor<2x2xf32>)
      outs(%fm : tensor<1x3x4x4xf32>) -> tensor<1x3x4x4xf32>
  %fs = linalg.fill ins(%z : f32) outs(%e : tensor<1x3x4x4xf32>) -> tensor<1x3x4x4xf32>
  %s = linalg.pooling_nchw_sum {dilations = dense<1> : vector<2xi64>,
                                strides = dense<2> : vector<2xi64>}
      ins(%x, %k : tensor<1x3x8x8xf32>, tensor<2x2xf32>)
      outs(%fs : tensor<1x3x4x4xf32>) -> tensor<1x3x4x4xf32>
  return %m, %s : tensor<1x3x4x4xf32>, tensor<1x3x4x4xf32>
}""", lambda: (r(1, 3, 8, 8),),
    lambda x: (torch.nn.functional.max_pool2d(x, 2), torch.nn.functional.avg_pool2d(x, 2) * 4))

case("softmax_reduction_generics", """
#id = affine_map<(d0, d1) -> (d0, d1)>
#red = affine_map<(d0, d1) -> (d0)>
func.func @main(%x: tensor<?x?xf32>) -> tensor<?x?xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %d0 = tensor.dim %x, %c0 : tensor<?x?xf32>
  %d1 = tensor.dim %x, %c1 : tensor<?x?xf32>
  %ninf = arith.constant 0xFF800000 : f32
  %z = arith.constant 0.0 : f32
  %e1 = tensor.empty(%d0) : tensor<?xf32>
  %mi = linalg.fill ins(%ninf : f32) outs(%e1 : tensor<?xf32>) -> tensor<?xf32>
  %mx = linalg.generic {indexing_maps = [#id, #red], iterator_types = ["parallel", "reduction"]}
      ins(%x : tensor<?x?xf32>) outs(%mi : tensor<?xf32>) {
  ^bb0(%a: f32, %o: f32):
    %m = arith.maximumf %a, %o : f32
    linalg.yield %m : f32
  } -> tensor<?xf32>
  %e2 = tensor.empty(%d0, %d1) : tensor<?x?xf32>
  %ex = linalg.generic {indexing_maps = [#id, #red, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x, %mx : tensor<?x?xf32>, tensor<?xf32>) outs(%e2 : tensor<?x?xf32>) {
  ^bb0(%a: f32, %m: f32, %o: f32):
    %s = arith.subf %a, %m : f32
    %q = math.exp %s : f32
    linalg.yield %q : f32
  } -> tensor<?x?xf32>
  %si = linalg.fill ins(%z : f32) outs(%e1 : tensor<?xf32>) -> tensor<?xf32>
  %sm = linalg.generic {indexing_maps = [#id, #red], iterator_types = ["parallel", "reduction"]}
      ins(%ex : tensor<?x?xf32>) outs(%si : tensor<?xf32>) {
  ^bb0(%a: f32, %o: f32):
    %s = arith.addf %a, %o : f32
    linalg.yield %s : f32
  } -> tensor<?xf32>
  %out = linalg.generic {indexing_maps = [#id, #red, #id], iterator_types = ["parallel", "parallel"]}
      ins(%ex, %sm : tensor<?x?xf32>, tensor<?xf32>) outs(%e2 : tensor<?x?xf32>) {
  ^bb0(%a: f32, %s: f32, %o: f32):
    %q = arith.divf %a, %s : f32
    linalg.yield %q : f32
  } -> tensor<?x?xf32>
  return %out : tensor<?x?xf32>
}""", lambda: (r(5, 33),), lambda x: torch.softmax(x, dim=1))

case("max_with_index", """
#id = affine_map<(d0, d1) -> (d0, d1)>
#red = affine_map<(d0, d1) -> (d0)>
func.func @main(%x: tensor<4x10xf32>) -> (tensor<4xf32>, tensor<4xi64>) {
  %ninf = arith.constant 0xFF800000 : f32
  %c0 = arith.constant 0 : i64
  %ev = tensor.empty() : tensor<4xf32>
  %ei = tensor.empty() : tensor<4xi64>
  %fv = linalg.fill ins(%ninf : f32) outs(%ev : tensor<4xf32>) -> tensor<4xf32>
  %fi = linalg.fill ins(%c0 : i64) outs(%ei : tensor<4xi64>) -> tensor<4xi64>
  %r:2 = linalg.generic {indexing_maps = [#id, #red, #red],
                         iterator_types = ["parallel", "reduction"]}
      ins(%x : tensor<4x10xf32>) outs(%fv, %fi : tensor<4xf32>, tensor<4xi64>) {
  ^bb0(%a: f32, %v: f32, %i: i64):
    %j = linalg.index 1 : index
    %ji = arith.index_cast %j : index to i64
    %gt = arith.cmpf ogt, %a, %v : f32
    %nv = arith.select %gt, %a, %v : f32
    %ni = arith.select %gt, %ji, %i : i64
    linalg.yield %nv, %ni : f32, i64
  } -> (tensor<4xf32>, tensor<4xi64>)
  return %r#0, %r#1 : tensor<4xf32>, tensor<4xi64>
}""", lambda: (r(4, 10),), lambda x: tuple(torch.max(x, dim=1)))

case("named_transpose_broadcast_map_reduce", """
func.func @main(%x: tensor<3x5xf32>, %v: tensor<5xf32>) -> (tensor<5x3xf32>, tensor<5xf32>) {
  %e = tensor.empty() : tensor<5x3xf32>
  %t = linalg.transpose ins(%x : tensor<3x5xf32>) outs(%e : tensor<5x3xf32>) permutation = [1, 0]
  %eb = tensor.empty() : tensor<5x3xf32>
  %b = linalg.broadcast ins(%v : tensor<5xf32>) outs(%eb : tensor<5x3xf32>) dimensions = [1]
  %em = tensor.empty() : tensor<5x3xf32>
  %m = linalg.map { arith.mulf } ins(%t, %b : tensor<5x3xf32>, tensor<5x3xf32>)
                  outs(%em : tensor<5x3xf32>)
  %z = arith.constant 0.0 : f32
  %er = tensor.empty() : tensor<5xf32>
  %fr = linalg.fill ins(%z : f32) outs(%er : tensor<5xf32>) -> tensor<5xf32>
  %rd = linalg.reduce { arith.addf } ins(%m : tensor<5x3xf32>) outs(%fr : tensor<5xf32>)
                      dimensions = [1]
  return %m, %rd : tensor<5x3xf32>, tensor<5xf32>
}""", lambda: (r(3, 5), r(5)),
    lambda x, v: (x.t() * v[:, None], (x.t() * v[:, None]).sum(1)))

case("tensor_ops", """
func.func @main(%x: tensor<4x6xf32>, %y: tensor<2x6xf32>) -> (tensor<6x6xf32>, tensor<3x8xf32>,
    tensor<2x3xf32>, tensor<24xf32>, tensor<2x2x6xf32>) {
  %c = tensor.concat dim(0) %x, %y : (tensor<4x6xf32>, tensor<2x6xf32>) -> tensor<6x6xf32>
  %s = tensor.extract_slice %x[1, 1] [3, 4] [1, 1] : tensor<4x6xf32> to tensor<3x4xf32>
  %one = arith.constant 1.0 : f32
  %p = tensor.pad %s low[0, 1] high[0, 3] {
  ^bb0(%i: index, %j: index):
    tensor.yield %one : f32
  } : tensor<3x4xf32> to tensor<3x8xf32>
  %st = tensor.extract_slice %x[0, 0] [2, 3] [2, 2] : tensor<4x6xf32> to tensor<2x3xf32>
  %fl = tensor.collapse_shape %x [[0, 1]] : tensor<4x6xf32> into tensor<24xf32>
  %ex = tensor.expand_shape %y [[0], [1, 2]] output_shape [2, 2, 3]
      : tensor<2x6xf32> into tensor<2x2x3xf32>
  %ins = tensor.empty() : tensor<2x2x6xf32>
  %z = arith.constant 0.0 : f32
  %fz = linalg.fill ins(%z : f32) outs(%ins : tensor<2x2x6xf32>) -> tensor<2x2x6xf32>
  %r = tensor.insert_slice %ex into %fz[0, 0, 1] [2, 2, 3] [1, 1, 1]
      : tensor<2x2x3xf32> into tensor<2x2x6xf32>
  return %c, %p, %st, %fl, %r : tensor<6x6xf32>, tensor<3x8xf32>, tensor<2x3xf32>,
      tensor<24xf32>, tensor<2x2x6xf32>
}""", lambda: (r(4, 6), r(2, 6)),
    lambda x, y: (torch.cat([x, y]),
                  torch.nn.functional.pad(x[1:4, 1:5], (1, 3), value=1.0),
                  x[0:4:2, 0:6:2], x.reshape(24),
                  torch.nn.functional.pad(y.reshape(2, 2, 3), (1, 2))))

case("extract_from_elements_generate_cast", """
func.func @main(%x: tensor<?x3xi64>, %n: i64) -> (i64, tensor<2xi64>, tensor<?xi64>,
    tensor<4x3xi64>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %a = tensor.extract %x[%c1, %c0] : tensor<?x3xi64>
  %b = arith.addi %a, %n : i64
  %fe = tensor.from_elements %a, %b : tensor<2xi64>
  %d = tensor.dim %x, %c0 : tensor<?x3xi64>
  %g = tensor.generate %d {
  ^bb0(%i: index):
    %ii = arith.index_cast %i : index to i64
    %v = arith.muli %ii, %n : i64
    tensor.yield %v : i64
  } : tensor<?xi64>
  %cs = tensor.cast %x : tensor<?x3xi64> to tensor<4x3xi64>
  return %b, %fe, %g, %cs : i64, tensor<2xi64>, tensor<?xi64>, tensor<4x3xi64>
}""", lambda: (torch.arange(12).reshape(4, 3), 5),
    lambda x, n: (int(x[1, 0]) + n, torch.tensor([int(x[1, 0]), int(x[1, 0]) + n]),
                  torch.arange(4) * n, x))

case("math_ops", """
#id = affine_map<(d0) -> (d0)>
func.func @main(%x: tensor<64xf32>) -> tensor<9x64xf32> {
  %e = tensor.empty() : tensor<64xf32>
  %outs = tensor.empty() : tensor<9x64xf32>
  %r:9 = linalg.generic {indexing_maps = [#id, #id, #id, #id, #id, #id, #id, #id, #id, #id],
                         iterator_types = ["parallel"]}
      ins(%x : tensor<64xf32>)
      outs(%e, %e, %e, %e, %e, %e, %e, %e, %e : tensor<64xf32>, tensor<64xf32>, tensor<64xf32>,
           tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>,
           tensor<64xf32>) {
  ^bb0(%a: f32, %o0: f32, %o1: f32, %o2: f32, %o3: f32, %o4: f32, %o5: f32, %o6: f32,
       %o7: f32, %o8: f32):
    %v0 = math.erf %a : f32
    %v1 = math.exp %a : f32
    %v2 = math.tanh %a : f32
    %ab = math.absf %a : f32
    %v3 = math.log1p %ab : f32
    %v4 = math.sqrt %ab : f32
    %v5 = math.rsqrt %ab : f32
    %two = arith.constant 2.0 : f32
    %v6 = math.powf %ab, %two : f32
    %v7 = math.sin %a : f32
    %v8 = math.atan %a : f32
    linalg.yield %v0, %v1, %v2, %v3, %v4, %v5, %v6, %v7, %v8
        : f32, f32, f32, f32, f32, f32, f32, f32, f32
  } -> (tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>,
        tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>)
  %i0 = tensor.insert_slice %r#0 into %outs[0, 0] [1, 64] [1, 1] : tensor<64xf32> into tensor<9x64xf32>
  %i1 = tensor.insert_slice %r#1 into %i0[1, 0] [1, 64] [1, 1] : tensor<64xf32> into tensor<9x64xf32>
  %i2 = tensor.insert_slice %r#2 into %i1[2, 0] [1, 64] [1, 1] : tensor<64xf32> into tensor<9x64xf32>
  %i3 = tensor.insert_slice %r#3 into %i2[3, 0] [1, 64] [1, 1] : tensor<64xf32> into tensor<9x64xf32>
  %i4 = tensor.insert_slice %r#4 into %i3[4, 0] [1, 64] [1, 1] : tensor<64xf32> into tensor<9x64xf32>
  %i5 = tensor.insert_slice %r#5 into %i4[5, 0] [1, 64] [1, 1] : tensor<64xf32> into tensor<9x64xf32>
  %i6 = tensor.insert_slice %r#6 into %i5[6, 0] [1, 64] [1, 1] : tensor<64xf32> into tensor<9x64xf32>
  %i7 = tensor.insert_slice %r#7 into %i6[7, 0] [1, 64] [1, 1] : tensor<64xf32> into tensor<9x64xf32>
  %i8 = tensor.insert_slice %r#8 into %i7[8, 0] [1, 64] [1, 1] : tensor<64xf32> into tensor<9x64xf32>
  return %i8 : tensor<9x64xf32>
}""", lambda: (r(64) * 2 + 0.1,),
    lambda x: torch.stack([torch.erf(x), torch.exp(x), torch.tanh(x), torch.log1p(x.abs()),
                           x.abs().sqrt(), x.abs().rsqrt(), x.abs() ** 2, torch.sin(x),
                           torch.atan(x)]))

case("scf_if_for_while", """
func.func @main(%x: tensor<8xf32>, %flag: i1, %n: i64) -> (tensor<8xf32>, i64) {
  %r = scf.if %flag -> tensor<8xf32> {
    %e = tensor.empty() : tensor<8xf32>
    %neg = linalg.map { arith.negf } ins(%x : tensor<8xf32>) outs(%e : tensor<8xf32>)
    scf.yield %neg : tensor<8xf32>
  } else {
    scf.yield %x : tensor<8xf32>
  }
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c3 = arith.constant 3 : index
  %acc = scf.for %i = %c0 to %c3 step %c1 iter_args(%t = %r) -> tensor<8xf32> {
    %e = tensor.empty() : tensor<8xf32>
    %d = linalg.map { arith.addf } ins(%t, %x : tensor<8xf32>, tensor<8xf32>) outs(%e : tensor<8xf32>)
    scf.yield %d : tensor<8xf32>
  }
  %one = arith.constant 1 : i64
  %w = scf.while (%v = %one) : (i64) -> i64 {
    %lt = arith.cmpi slt, %v, %n : i64
    scf.condition(%lt) %v : i64
  } do {
  ^bb0(%v: i64):
    %two = arith.constant 2 : i64
    %nv = arith.muli %v, %two : i64
    scf.yield %nv : i64
  }
  return %acc, %w : tensor<8xf32>, i64
}""", lambda: (r(8), True, 100), lambda x, f, n: (-x + 3 * x if f else 4 * x, 128))

case("zero_d_and_scalars", """
func.func @main(%x: tensor<f32>, %s: f64, %b: i1) -> (tensor<f32>, f64, i1) {
  %v = tensor.extract %x[] : tensor<f32>
  %vf = arith.extf %v : f32 to f64
  %m = arith.mulf %vf, %s : f64
  %t = arith.truncf %m : f64 to f32
  %e = tensor.from_elements %t : tensor<f32>
  %nb = arith.constant true
  %x2 = arith.xori %b, %nb : i1
  return %e, %m, %x2 : tensor<f32>, f64, i1
}""", lambda: (torch.tensor(1.5), 4.0, False), lambda x, s, b: (x * 4, 6.0, True))


case("conv2d_batch8_many_tiles", """
func.func @main(%x: tensor<8x32x18x18xf32>, %w: tensor<64x32x3x3xf32>) -> tensor<8x64x16x16xf32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<8x64x16x16xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<8x64x16x16xf32>) -> tensor<8x64x16x16xf32>
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>,
                                  strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<8x32x18x18xf32>, tensor<64x32x3x3xf32>)
      outs(%f : tensor<8x64x16x16xf32>) -> tensor<8x64x16x16xf32>
  return %c : tensor<8x64x16x16xf32>
}""", lambda: (r(8, 32, 18, 18), r(64, 32, 3, 3)),
    lambda x, w: torch.nn.functional.conv2d(x, w))

case("linear_with_constant_weight", """
func.func @main(%x: tensor<4x300xf32>) -> tensor<4x2xf32> {
  %w = arith.constant dense<[[1.0, -1.0], [0.5, 2.0], [0.25, 0.0]]> : tensor<3x2xf32>
  %e0 = tensor.empty() : tensor<2x3xf32>
  %wt = linalg.transpose ins(%w : tensor<3x2xf32>) outs(%e0 : tensor<2x3xf32>) permutation = [1, 0]
  %big = arith.constant dense<0.5> : tensor<2x300xf32>
  %e1 = tensor.empty() : tensor<300x2xf32>
  %bt = linalg.transpose ins(%big : tensor<2x300xf32>) outs(%e1 : tensor<300x2xf32>)
      permutation = [1, 0]
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<4x2xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<4x2xf32>) -> tensor<4x2xf32>
  %m = linalg.matmul ins(%x, %bt : tensor<4x300xf32>, tensor<300x2xf32>)
                     outs(%f : tensor<4x2xf32>) -> tensor<4x2xf32>
  return %m : tensor<4x2xf32>
}""", lambda: (r(4, 300),), lambda x: x @ torch.full((300, 2), 0.5))


@pytest.mark.parametrize("recipe", RECIPES)
@pytest.mark.parametrize("name", list(CASES))
def test_case(name, recipe):
    ir, inputs, ref = CASES[name]
    cm = rb.compile(ir, recipe=recipe)
    assert cm.recipe == recipe
    args = inputs()
    got = cm.main(*args)
    want = ref(*args)
    if not isinstance(want, tuple):
        want, got = (want,), (got,)
    assert len(got) == len(want)
    for g, w in zip(got, want):
        if isinstance(w, torch.Tensor):
            assert isinstance(g, torch.Tensor)
            assert g.dtype == w.dtype, (g.dtype, w.dtype)
            assert g.shape == w.shape
            torch.testing.assert_close(g, w, rtol=1e-4, atol=1e-4)
        else:
            assert type(g) is type(w)
            assert g == pytest.approx(w)


# Every dtype through an elementwise op with a dynamic dim, a static-2D and a 0-d case.
DTYPES = {
    "f32": torch.float32, "f64": torch.float64, "f16": torch.float16, "bf16": torch.bfloat16,
    "i64": torch.int64, "i32": torch.int32, "i16": torch.int16, "i8": torch.int8,
}


def _elementwise_module(elem, op, shape):
    dims = "x".join("?" if d is None else str(d) for d in shape)
    t = f"tensor<{dims}x{elem}>" if shape else f"tensor<{elem}>"
    dyn = [i for i, d in enumerate(shape) if d is None]
    pre = "".join(f"  %c{i} = arith.constant {i} : index\n"
                  f"  %d{i} = tensor.dim %a, %c{i} : {t}\n" for i in dyn)
    empty_args = ", ".join(f"%d{i}" for i in dyn)
    return f"""
func.func @main(%a: {t}, %b: {t}) -> {t} {{
{pre}  %e = tensor.empty({empty_args}) : {t}
  %r = linalg.map {{ {op} }} ins(%a, %b : {t}, {t}) outs(%e : {t})
  return %r : {t}
}}"""


@pytest.mark.parametrize("recipe", RECIPES)
@pytest.mark.parametrize("shape", [(None,), (3, 7), ()], ids=["dyn", "static", "0d"])
@pytest.mark.parametrize("elem", list(DTYPES))
def test_dtypes(elem, shape, recipe):
    dtype = DTYPES[elem]
    op = "arith.addf" if dtype.is_floating_point else "arith.addi"
    cm = rb.compile(_elementwise_module(elem, op, shape), recipe=recipe)
    concrete = tuple(13 if d is None else d for d in shape)
    g = torch.Generator().manual_seed(0)
    a = (torch.rand(size=concrete, generator=g) * 100).to(dtype)
    b = (torch.rand(size=concrete, generator=g) * 100 - 50).to(dtype)
    out = cm.main(a, b)
    assert out.dtype == dtype and out.shape == concrete
    torch.testing.assert_close(out, a + b)
    # numpy arrays are accepted too (bf16 has no numpy dtype).
    if dtype is not torch.bfloat16:
        torch.testing.assert_close(cm.main(a.numpy(), b.numpy()), a + b)


@pytest.mark.parametrize("recipe", RECIPES)
def test_bool_and_uint8_signedness(recipe):
    ir = """
func.func @main(%a: tensor<6xi8>, %b: tensor<6xi8>, %m: tensor<6xi1>) -> (tensor<6xi8>, tensor<6xi1>)
    attributes {torch.arg_dtypes = ["uint8", "uint8", "bool"], torch.result_dtypes = ["uint8", "bool"]} {
  %e = tensor.empty() : tensor<6xi8>
  %mx = linalg.map { arith.maxui } ins(%a, %b : tensor<6xi8>, tensor<6xi8>) outs(%e : tensor<6xi8>)
  %eb = tensor.empty() : tensor<6xi1>
  %gt = linalg.map ins(%a, %b : tensor<6xi8>, tensor<6xi8>) outs(%eb : tensor<6xi1>)
    (%x: i8, %y: i8, %o: i1) {
      %c = arith.cmpi ugt, %x, %y : i8
      linalg.yield %c : i1
    }
  %o = linalg.map { arith.andi } ins(%gt, %m : tensor<6xi1>, tensor<6xi1>) outs(%eb : tensor<6xi1>)
  return %mx, %o : tensor<6xi8>, tensor<6xi1>
}"""
    cm = rb.compile(ir, recipe=recipe)
    a = torch.tensor([0, 200, 3, 255, 128, 7], dtype=torch.uint8)
    b = torch.tensor([1, 100, 3, 254, 127, 9], dtype=torch.uint8)
    m = torch.tensor([True, True, True, False, True, True])
    mx, o = cm.main(a, b, m)
    assert mx.dtype == torch.uint8 and o.dtype == torch.bool
    assert torch.equal(mx, torch.maximum(a, b))
    assert torch.equal(o, (a > b) & m)
    # Without the torch.* attributes, i8 is int8 and i1 is bool.
    plain = ir.split("    attributes")[0] + " {" + ir.split("result_dtypes = [\"uint8\", \"bool\"]} {")[1]
    cm2 = rb.compile(plain, recipe=recipe)
    with pytest.raises(TypeError, match=r"must have dtype int8, got uint8"):
        cm2.main(a, b, m)


def test_non_contiguous_inputs():
    cm = rb.compile(CASES["matmul_dynamic"][0])
    a = torch.randn(40, 30).t()  # 30x40, transposed view
    b = torch.randn(80, 20)[::2]  # 40x20, strided rows
    assert not a.is_contiguous() and not b.is_contiguous()
    torch.testing.assert_close(cm.main(a, b), a @ b, rtol=1e-4, atol=1e-4)


def test_inputs_are_not_mutated_and_outputs_do_not_alias():
    ir = """
func.func @main(%x: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) {
  %c0 = arith.constant 0 : index
  %v = arith.constant 9.0 : f32
  %i = tensor.insert %v into %x[%c0] : tensor<4xf32>
  return %i, %x, %x : tensor<4xf32>, tensor<4xf32>, tensor<4xf32>
}"""
    cm = rb.compile(ir)
    x = torch.arange(4, dtype=torch.float32)
    keep = x.clone()
    i, x1, x2 = cm.main(x)
    assert torch.equal(x, keep)
    assert torch.equal(i, torch.tensor([9.0, 1, 2, 3]))
    assert torch.equal(x1, keep) and torch.equal(x2, keep)
    assert x1.data_ptr() != x.data_ptr()
    x1 += 1
    assert torch.equal(x, keep)


def test_numpy_scalar_and_python_scalar_for_0d_tensor():
    cm = rb.compile(CASES["zero_d_and_scalars"][0])
    out, m, b = cm.main(2.0, np.float64(3.0), np.bool_(True))
    assert out.shape == () and float(out) == 6.0 and m == 6.0 and b is False


def test_constant_transposes_are_folded_at_compile_time():
    from mlir import ir as mir

    from torch_mlir_refbackend import _compiler, _consteval

    text = CASES["linear_with_constant_weight"][0]
    with _compiler.make_context() as ctx:
        module = mir.Module.parse(text, ctx)
        # Only the 600-element transpose is worth folding (the 6-element one is not).
        assert _consteval.fold_constant_transposes(module) == 1
        out = str(module)
    assert out.count("linalg.transpose") == 1
    assert "dense<5.000000e-01> : tensor<300x2xf32>" in out


def _resource_linear(w: np.ndarray) -> str:
    """x @ w.T with `w` as a dense_resource blob (what the FX importer emits)."""
    o, i = w.shape
    blob = "0x04000000" + w.astype(np.float32).tobytes().hex().upper()
    return f"""
func.func @main(%x: tensor<3x{i}xf32>) -> tensor<3x{o}xf32> {{
  %w = arith.constant dense_resource<lin_weight> : tensor<{o}x{i}xf32>
  %e0 = tensor.empty() : tensor<{i}x{o}xf32>
  %wt = linalg.transpose ins(%w : tensor<{o}x{i}xf32>) outs(%e0 : tensor<{i}x{o}xf32>)
      permutation = [1, 0]
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<3x{o}xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<3x{o}xf32>) -> tensor<3x{o}xf32>
  %m = linalg.matmul ins(%x, %wt : tensor<3x{i}xf32>, tensor<{i}x{o}xf32>)
                     outs(%f : tensor<3x{o}xf32>) -> tensor<3x{o}xf32>
  return %m : tensor<3x{o}xf32>
}}
{{-#
  dialect_resources: {{
    builtin: {{
      lin_weight: "{blob}"
    }}
  }}
#-}}
"""


def test_constant_transposes_of_resources_are_folded_with_their_values():
    """A dense_resource weight is transposed at compile time element for element,
    and the compiled product matches torch on both recipes."""
    from mlir import ir as mir

    from torch_mlir_refbackend import _compiler, _consteval

    w = torch.randn(40, 24, generator=torch.Generator().manual_seed(0)).numpy()
    text = _resource_linear(w)
    with _compiler.make_context() as ctx:
        module = mir.Module.parse(text, ctx)
        assert _consteval.fold_constant_transposes(module) == 1
        body = module.body.operations[0].regions[0].blocks[0].operations
        folded = [op for op in body if op.operation.name == "arith.constant"
                  and str(op.result.type) == "tensor<24x40xf32>"]
        assert len(folded) == 1 and "linalg.transpose" not in str(module)
        got = np.array(folded[0].attributes["value"]).reshape(24, 40)
    np.testing.assert_array_equal(got, w.T)
    x = r(3, 24)
    for recipe in RECIPES:
        torch.testing.assert_close(rb.compile(text, recipe=recipe, cache=False).main(x),
                                   x @ torch.from_numpy(w).T)


def test_fast_recipe_tiles_and_vectorizes():
    from mlir import ir as mir

    from torch_mlir_refbackend import _codegen, _compiler

    bmm = CASES["batch_matmul"][0].replace("@main", "@bmm")
    for small, big in (("3x20x24", "4x64x128"), ("3x24x40", "4x128x256"),
                       ("3x20x40", "4x64x256")):
        bmm = bmm.replace(small, big)  # 8 M multiply-adds: worth a task per product
    with _compiler.make_context() as ctx:
        module = mir.Module.parse(CASES["conv2d_batch8_many_tiles"][0] + bmm, ctx)
        _codegen.apply_tensor_recipe(module)
        out = str(module)
    # Parallel tile loops around vector contractions (the conv's 64x256 output tile
    # per image is a single tile: its loop folds away); the conv via im2col.
    assert out.count("scf.forall (") >= 1
    assert "vector.contract" not in out  # lowered to outer products (FMAs)
    assert "vector.outerproduct" in out or "vector.fma" in out
    assert "linalg.conv_2d_nchw_fchw" not in out and "linalg.batch_matmul" not in out
    assert "rb.op" not in out


def test_fast_recipe_tiles_depthwise_convs():
    """Depthwise convs: channel blocks in parallel, then tiles of one output row
    (strided and dilated ones too); the values are checked by test_case."""
    from mlir import ir as mir

    from torch_mlir_refbackend import _codegen, _compiler

    with _compiler.make_context() as ctx:
        module = mir.Module.parse(CASES["depthwise_conv_strided_dilated"][0], ctx)
        _codegen.apply_tensor_recipe(module)
        out = str(module)
    assert "scf.forall (" in out  # 6 channels: 2 blocks of 3
    # one image, 3 channels, 1 output row of 10 columns, 1 filter row of 3 taps
    assert "outs(%" in out and "-> tensor<1x3x1x10xf32>" in out
    assert "tensor<3x1x3xf32>" in out and "rb.op" not in out


def test_small_products_are_one_task():
    """Below PARALLEL_MIN_MACS multiply-adds a product is not split into parallel
    tasks (a parallel region costs more than a second thread saves)."""
    from mlir import ir as mir

    from torch_mlir_refbackend import _codegen, _compiler

    with _compiler.make_context() as ctx:
        module = mir.Module.parse(CASES["batch_matmul"][0], ctx)  # 3 x 20x24x40
        _codegen.apply_tensor_recipe(module)
        out = str(module)
    assert "scf.forall" not in out and "linalg.batch_matmul" not in out


def test_fast_recipe_pads_odd_sized_matmuls():
    """37 x 67 x 130 has no register tile of 8 rows or 4 k steps: padded with zeros
    to 40 x 68 x (a multiple of two vectors) and sliced back (values: test_case)."""
    from mlir import ir as mir

    from torch_mlir_refbackend import _codegen, _compiler

    with _compiler.make_context() as ctx:
        module = mir.Module.parse(CASES["matmuls_of_odd_sizes"][0], ctx)
        _codegen.apply_tensor_recipe(module)
        out = str(module)
    assert "tensor<37x67xf32> to tensor<40x68xf32>" in out
    assert "tensor<2x37x67xf32> to tensor<2x40x68xf32>" in out
    assert "linalg.matmul" not in out and "linalg.batch_matmul" not in out
    assert "vector.fma" in out or "vector.outerproduct" in out


def test_fast_matmul_is_much_faster_than_loops():
    import time

    n = 256
    text = CASES["matmul_static"][0].replace("8x16", f"{n}x{n}").replace("16x12", f"{n}x{n}")
    text = text.replace("8x12", f"{n}x{n}")
    a, b = torch.randn(n, n), torch.randn(n, n)
    speeds = {}
    for recipe in RECIPES:
        cm = rb.compile(text, recipe=recipe, num_threads=1)
        torch.testing.assert_close(cm.main(a, b), a @ b, rtol=1e-3, atol=1e-3)
        t0 = time.thread_time()  # CPU time: robust on a loaded machine
        for _ in range(3):
            cm.main(a, b)
        speeds[recipe] = 3 * 2 * n ** 3 / (time.thread_time() - t0 + 1e-9) / 1e9
    assert speeds["fast"] > 10 * speeds["plain"], speeds


def test_single_image_conv_becomes_im2col_and_matmul():
    from mlir import ir as mir

    from torch_mlir_refbackend import _codegen, _compiler

    with _compiler.make_context() as ctx:
        module = mir.Module.parse(CASES["conv2d_nchw_padded_3x3"][0], ctx)
        _codegen._single_image_convs_to_matmuls(module)
        out = str(module)
    assert "linalg.conv_2d_nchw_fchw" not in out
    # filter 32x(16*3*3) times im2col (144)x(14*14), batch dim folded away.
    assert "linalg.matmul ins(" in out
    assert "tensor<32x144xf32>, tensor<144x196xf32>" in out


def test_batched_conv_on_two_threads_does_not_deadlock():
    import threading

    ir_text, inputs, ref = CASES["conv2d_batch8_many_tiles"]
    big = ir_text.replace("18x18", "34x34").replace("16x16", "32x32")
    cm = rb.compile(big, num_threads=2)
    x, w = torch.randn(8, 32, 34, 34), torch.randn(64, 32, 3, 3)
    want = torch.nn.functional.conv2d(x, w)
    done = []

    def run():
        for _ in range(30):
            out = cm.main(x, w)
        done.append(out)

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(timeout=120)
    assert done, "30 calls did not finish in 120 s (deadlock in the parallel runtime?)"
    torch.testing.assert_close(done[0], want, rtol=1e-3, atol=1e-3)
