// RUN: torch-mlir-opt %s -torch-lower-to-linalg -split-input-file | FileCheck %s

// aten.convolution (and the undecomposed conv forms) to linalg: tensor.pad +
// conv named ops (grouped 3-D: a generic), bias broadcast into the
// accumulator, transposed convs as convs of the dilated input.

// CHECK-LABEL: func.func @conv2d_static(
// CHECK-SAME:    %[[X:.*]]: tensor<1x3x8x8xf32>, %[[W:.*]]: tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
// CHECK-NOT:     tensor.pad
// CHECK:         %[[E:.*]] = tensor.empty() : tensor<1x4x6x6xf32>
// CHECK:         %[[INIT:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%[[E]] : tensor<1x4x6x6xf32>)
// CHECK:         %[[R:.*]] = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%[[X]], %[[W]] : tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) outs(%[[INIT]] : tensor<1x4x6x6xf32>)
// CHECK:         return %[[R]]
func.func @conv2d_static(%x: !torch.vtensor<[1,3,8,8],f32>, %w: !torch.vtensor<[4,3,3,3],f32>) -> !torch.vtensor<[1,4,6,6],f32> {
  %none = torch.constant.none
  %c0 = torch.constant.int 0
  %c1 = torch.constant.int 1
  %stride = torch.prim.ListConstruct %c1, %c1 : (!torch.int, !torch.int) -> !torch.list<int>
  %padding = torch.prim.ListConstruct %c0, %c0 : (!torch.int, !torch.int) -> !torch.list<int>
  %dilation = torch.prim.ListConstruct %c1, %c1 : (!torch.int, !torch.int) -> !torch.list<int>
  %outpad = torch.prim.ListConstruct %c0, %c0 : (!torch.int, !torch.int) -> !torch.list<int>
  %t = torch.constant.bool false
  %0 = torch.aten.convolution %x, %w, %none, %stride, %padding, %dilation, %t, %outpad, %c1 : !torch.vtensor<[1,3,8,8],f32>, !torch.vtensor<[4,3,3,3],f32>, !torch.none, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[1,4,6,6],f32>
  return %0 : !torch.vtensor<[1,4,6,6],f32>
}

// -----

// Zero padding, the bias broadcast into the accumulator, output sizes
// computed from the padded input: (H + 2 - 3) floordiv 2 + 1.
// CHECK-DAG: #[[BIAS:.*]] = affine_map<(d0, d1, d2, d3) -> (d1)>
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
// CHECK-LABEL: func.func @conv2d_dynamic(
// CHECK-SAME:    %[[X:.*]]: tensor<?x3x?x?xf32>, %[[W:.*]]: tensor<4x3x3x3xf32>, %[[B:.*]]: tensor<4xf32>)
// CHECK:         %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK:         %[[P:.*]] = tensor.pad %[[X]] low[0, 0, 1, 1] high[0, 0, 1, 1]
// CHECK:           tensor.yield %[[ZERO]] : f32
// CHECK:         } : tensor<?x3x?x?xf32> to tensor<?x3x?x?xf32>
// CHECK-DAG:     %[[N:.*]] = tensor.dim %[[P]], %c0
// CHECK-DAG:     %[[H:.*]] = tensor.dim %[[P]], %c2
// CHECK:         %[[H1:.*]] = arith.subi %[[H]], %{{.*}} : index
// CHECK:         %[[H2:.*]] = arith.floordivsi %[[H1]], %{{.*}} : index
// CHECK:         %[[OH:.*]] = arith.addi %[[H2]], %{{.*}} : index
// CHECK:         %[[E:.*]] = tensor.empty(%[[N]], %[[OH]], %{{.*}}) : tensor<?x4x?x?xf32>
// CHECK:         %[[INIT:.*]] = linalg.generic {indexing_maps = [#[[BIAS]], #[[ID]]], {{.*}} ins(%[[B]] : tensor<4xf32>) outs(%[[E]] : tensor<?x4x?x?xf32>)
// CHECK:         linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%[[P]], %[[W]] : tensor<?x3x?x?xf32>, tensor<4x3x3x3xf32>) outs(%[[INIT]] : tensor<?x4x?x?xf32>)
func.func @conv2d_dynamic(%x: !torch.vtensor<[?,3,?,?],f32>, %w: !torch.vtensor<[4,3,3,3],f32>, %b: !torch.vtensor<[4],f32>) -> !torch.vtensor<[?,4,?,?],f32> {
  %c0 = torch.constant.int 0
  %c1 = torch.constant.int 1
  %c2 = torch.constant.int 2
  %stride = torch.prim.ListConstruct %c2, %c2 : (!torch.int, !torch.int) -> !torch.list<int>
  %padding = torch.prim.ListConstruct %c1, %c1 : (!torch.int, !torch.int) -> !torch.list<int>
  %dilation = torch.prim.ListConstruct %c1, %c1 : (!torch.int, !torch.int) -> !torch.list<int>
  %outpad = torch.prim.ListConstruct %c0, %c0 : (!torch.int, !torch.int) -> !torch.list<int>
  %t = torch.constant.bool false
  %0 = torch.aten.convolution %x, %w, %b, %stride, %padding, %dilation, %t, %outpad, %c1 : !torch.vtensor<[?,3,?,?],f32>, !torch.vtensor<[4,3,3,3],f32>, !torch.vtensor<[4],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[?,4,?,?],f32>
  return %0 : !torch.vtensor<[?,4,?,?],f32>
}

// -----

// f16 accumulates in f32 (bias extended into it), rounded once.
// CHECK-LABEL: func.func @conv2d_f16(
// CHECK:         arith.extf %{{.*}} : f16 to f32
// CHECK:         %[[R:.*]] = linalg.conv_2d_nchw_fchw {{.*}} ins(%{{.*}}, %{{.*}} : tensor<2x3x10x10xf16>, tensor<4x3x3x3xf16>) outs(%{{.*}} : tensor<2x4x8x8xf32>)
// CHECK:         linalg.generic {{.*}} ins(%[[R]] : tensor<2x4x8x8xf32>) outs(%{{.*}} : tensor<2x4x8x8xf16>)
// CHECK:           arith.truncf %{{.*}} : f32 to f16
func.func @conv2d_f16(%x: !torch.vtensor<[2,3,8,8],f16>, %w: !torch.vtensor<[4,3,3,3],f16>, %b: !torch.vtensor<[4],f16>) -> !torch.vtensor<[2,4,8,8],f16> {
  %c0 = torch.constant.int 0
  %c1 = torch.constant.int 1
  %stride = torch.prim.ListConstruct %c1, %c1 : (!torch.int, !torch.int) -> !torch.list<int>
  %padding = torch.prim.ListConstruct %c1, %c1 : (!torch.int, !torch.int) -> !torch.list<int>
  %dilation = torch.prim.ListConstruct %c1, %c1 : (!torch.int, !torch.int) -> !torch.list<int>
  %outpad = torch.prim.ListConstruct %c0, %c0 : (!torch.int, !torch.int) -> !torch.list<int>
  %t = torch.constant.bool false
  %0 = torch.aten.convolution %x, %w, %b, %stride, %padding, %dilation, %t, %outpad, %c1 : !torch.vtensor<[2,3,8,8],f16>, !torch.vtensor<[4,3,3,3],f16>, !torch.vtensor<[4],f16>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[2,4,8,8],f16>
  return %0 : !torch.vtensor<[2,4,8,8],f16>
}

// -----

// CHECK-LABEL: func.func @conv2d_groups(
// CHECK-SAME:    %[[X:.*]]: tensor<?x4x8x8xf32>, %[[W:.*]]: tensor<6x2x3x3xf32>)
// CHECK:         %[[N:.*]] = tensor.dim %[[X]], %c0
// CHECK:         %[[INIT:.*]] = linalg.fill
// CHECK:         %[[X5:.*]] = tensor.expand_shape %[[X]] {{\[}}[0], [1, 2], [3], [4]] output_shape [%[[N]], 2, 2, 8, 8] : tensor<?x4x8x8xf32> into tensor<?x2x2x8x8xf32>
// CHECK:         %[[W5:.*]] = tensor.expand_shape %[[W]] {{\[}}[0, 1], [2], [3], [4]] output_shape [2, 3, 2, 3, 3] : tensor<6x2x3x3xf32> into tensor<2x3x2x3x3xf32>
// CHECK:         %[[I5:.*]] = tensor.expand_shape %[[INIT]] {{\[}}[0], [1, 2], [3], [4]] output_shape [%[[N]], 2, 3, 6, 6]
// CHECK:         %[[R:.*]] = linalg.conv_2d_ngchw_gfchw {{.*}} ins(%[[X5]], %[[W5]] : tensor<?x2x2x8x8xf32>, tensor<2x3x2x3x3xf32>) outs(%[[I5]] : tensor<?x2x3x6x6xf32>)
// CHECK:         tensor.collapse_shape %[[R]] {{\[}}[0], [1, 2], [3], [4]] : tensor<?x2x3x6x6xf32> into tensor<?x6x6x6xf32>
func.func @conv2d_groups(%x: !torch.vtensor<[?,4,8,8],f32>, %w: !torch.vtensor<[6,2,3,3],f32>) -> !torch.vtensor<[?,6,6,6],f32> {
  %none = torch.constant.none
  %c0 = torch.constant.int 0
  %c1 = torch.constant.int 1
  %c2 = torch.constant.int 2
  %stride = torch.prim.ListConstruct %c1, %c1 : (!torch.int, !torch.int) -> !torch.list<int>
  %padding = torch.prim.ListConstruct %c0, %c0 : (!torch.int, !torch.int) -> !torch.list<int>
  %dilation = torch.prim.ListConstruct %c1, %c1 : (!torch.int, !torch.int) -> !torch.list<int>
  %outpad = torch.prim.ListConstruct %c0, %c0 : (!torch.int, !torch.int) -> !torch.list<int>
  %t = torch.constant.bool false
  %0 = torch.aten.convolution %x, %w, %none, %stride, %padding, %dilation, %t, %outpad, %c2 : !torch.vtensor<[?,4,8,8],f32>, !torch.vtensor<[6,2,3,3],f32>, !torch.none, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[?,6,6,6],f32>
  return %0 : !torch.vtensor<[?,6,6,6],f32>
}

// -----

// CHECK-LABEL: func.func @conv2d_depthwise(
// CHECK:         %[[P:.*]] = tensor.pad
// CHECK:         %[[W:.*]] = tensor.collapse_shape %{{.*}} {{\[}}[0, 1], [2], [3]] : tensor<4x1x3x3xf32> into tensor<4x3x3xf32>
// CHECK:         linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%[[P]], %[[W]] : tensor<?x4x10x10xf32>, tensor<4x3x3xf32>) outs(%{{.*}} : tensor<?x4x4x4xf32>)
func.func @conv2d_depthwise(%x: !torch.vtensor<[?,4,8,8],f32>, %w: !torch.vtensor<[4,1,3,3],f32>, %b: !torch.vtensor<[4],f32>) -> !torch.vtensor<[?,4,4,4],f32> {
  %c0 = torch.constant.int 0
  %c1 = torch.constant.int 1
  %c2 = torch.constant.int 2
  %c4 = torch.constant.int 4
  %stride = torch.prim.ListConstruct %c2, %c2 : (!torch.int, !torch.int) -> !torch.list<int>
  %padding = torch.prim.ListConstruct %c1, %c1 : (!torch.int, !torch.int) -> !torch.list<int>
  %dilation = torch.prim.ListConstruct %c1, %c1 : (!torch.int, !torch.int) -> !torch.list<int>
  %outpad = torch.prim.ListConstruct %c0, %c0 : (!torch.int, !torch.int) -> !torch.list<int>
  %t = torch.constant.bool false
  %0 = torch.aten.convolution %x, %w, %b, %stride, %padding, %dilation, %t, %outpad, %c4 : !torch.vtensor<[?,4,8,8],f32>, !torch.vtensor<[4,1,3,3],f32>, !torch.vtensor<[4],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[?,4,4,4],f32>
  return %0 : !torch.vtensor<[?,4,4,4],f32>
}

// -----

// CHECK-LABEL: func.func @conv1d_dilated(
// CHECK-SAME:    %[[X:.*]]: tensor<?x3x?xf32>,
// CHECK:         %[[W:.*]] = tensor.dim %[[X]], %c2
// CHECK:         %[[S:.*]] = arith.subi %[[W]], %c5 : index
// CHECK:         %[[OW:.*]] = arith.addi %[[S]], %c1 : index
// CHECK:         tensor.empty(%{{.*}}, %[[OW]]) : tensor<?x4x?xf32>
// CHECK:         linalg.conv_1d_ncw_fcw {dilations = dense<2> : tensor<1xi64>, strides = dense<1> : tensor<1xi64>} ins(%[[X]], %{{.*}} : tensor<?x3x?xf32>, tensor<4x3x3xf32>)
func.func @conv1d_dilated(%x: !torch.vtensor<[?,3,?],f32>, %w: !torch.vtensor<[4,3,3],f32>) -> !torch.vtensor<[?,4,?],f32> {
  %none = torch.constant.none
  %c0 = torch.constant.int 0
  %c1 = torch.constant.int 1
  %c2 = torch.constant.int 2
  %stride = torch.prim.ListConstruct %c1 : (!torch.int) -> !torch.list<int>
  %padding = torch.prim.ListConstruct %c0 : (!torch.int) -> !torch.list<int>
  %dilation = torch.prim.ListConstruct %c2 : (!torch.int) -> !torch.list<int>
  %outpad = torch.prim.ListConstruct %c0 : (!torch.int) -> !torch.list<int>
  %t = torch.constant.bool false
  %0 = torch.aten.convolution %x, %w, %none, %stride, %padding, %dilation, %t, %outpad, %c1 : !torch.vtensor<[?,3,?],f32>, !torch.vtensor<[4,3,3],f32>, !torch.none, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[?,4,?],f32>
  return %0 : !torch.vtensor<[?,4,?],f32>
}

// -----

// A grouped 1-D conv runs as a 2-D one of height 1.
// CHECK-LABEL: func.func @conv1d_groups(
// CHECK:         %[[R:.*]] = linalg.conv_2d_ngchw_gfchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%{{.*}}, %{{.*}} : tensor<2x2x2x1x9xf32>, tensor<2x3x2x1x3xf32>) outs(%{{.*}} : tensor<2x2x3x1x7xf32>)
// CHECK:         %[[C:.*]] = tensor.collapse_shape %[[R]] {{\[}}[0], [1], [2], [3, 4]] : tensor<2x2x3x1x7xf32> into tensor<2x2x3x7xf32>
// CHECK:         tensor.collapse_shape %[[C]] {{\[}}[0], [1, 2], [3]] : tensor<2x2x3x7xf32> into tensor<2x6x7xf32>
func.func @conv1d_groups(%x: !torch.vtensor<[2,4,9],f32>, %w: !torch.vtensor<[6,2,3],f32>) -> !torch.vtensor<[2,6,7],f32> {
  %none = torch.constant.none
  %c0 = torch.constant.int 0
  %c1 = torch.constant.int 1
  %c2 = torch.constant.int 2
  %stride = torch.prim.ListConstruct %c1 : (!torch.int) -> !torch.list<int>
  %padding = torch.prim.ListConstruct %c0 : (!torch.int) -> !torch.list<int>
  %dilation = torch.prim.ListConstruct %c1 : (!torch.int) -> !torch.list<int>
  %outpad = torch.prim.ListConstruct %c0 : (!torch.int) -> !torch.list<int>
  %t = torch.constant.bool false
  %0 = torch.aten.convolution %x, %w, %none, %stride, %padding, %dilation, %t, %outpad, %c2 : !torch.vtensor<[2,4,9],f32>, !torch.vtensor<[6,2,3],f32>, !torch.none, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[2,6,7],f32>
  return %0 : !torch.vtensor<[2,6,7],f32>
}

// -----

// CHECK-LABEL: func.func @conv3d(
// CHECK:         %[[P:.*]] = tensor.pad %{{.*}} low[0, 0, 1, 1, 1] high[0, 0, 1, 1, 1]
// CHECK:         linalg.conv_3d_ncdhw_fcdhw {dilations = dense<1> : tensor<3xi64>, strides = dense<1> : tensor<3xi64>} ins(%[[P]], %{{.*}} : tensor<?x2x7x7x7xf32>, tensor<3x2x3x3x3xf32>) outs(%{{.*}} : tensor<?x3x5x5x5xf32>)
func.func @conv3d(%x: !torch.vtensor<[?,2,5,5,5],f32>, %w: !torch.vtensor<[3,2,3,3,3],f32>, %b: !torch.vtensor<[3],f32>) -> !torch.vtensor<[?,3,5,5,5],f32> {
  %c0 = torch.constant.int 0
  %c1 = torch.constant.int 1
  %stride = torch.prim.ListConstruct %c1, %c1, %c1 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
  %padding = torch.prim.ListConstruct %c1, %c1, %c1 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
  %dilation = torch.prim.ListConstruct %c1, %c1, %c1 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
  %outpad = torch.prim.ListConstruct %c0, %c0, %c0 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
  %t = torch.constant.bool false
  %0 = torch.aten.convolution %x, %w, %b, %stride, %padding, %dilation, %t, %outpad, %c1 : !torch.vtensor<[?,2,5,5,5],f32>, !torch.vtensor<[3,2,3,3,3],f32>, !torch.vtensor<[3],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[?,3,5,5,5],f32>
  return %0 : !torch.vtensor<[?,3,5,5,5],f32>
}

// -----

// No named op for grouped 3-D convs: a generic over (n, g, f, od, oh, ow, c, kd, kh, kw).
// CHECK-DAG: #[[MX:.*]] = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7, d8, d9) -> (d0, d1, d6, d3 + d7, d4 + d8, d5 + d9)>
// CHECK-DAG: #[[MW:.*]] = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7, d8, d9) -> (d1, d2, d6, d7, d8, d9)>
// CHECK-DAG: #[[MO:.*]] = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7, d8, d9) -> (d0, d1, d2, d3, d4, d5)>
// CHECK-LABEL: func.func @conv3d_groups(
// CHECK:         linalg.generic {indexing_maps = [#[[MX]], #[[MW]], #[[MO]]], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "parallel", "reduction", "reduction", "reduction", "reduction"]} ins(%{{.*}}, %{{.*}} : tensor<1x2x2x4x4x4xf32>, tensor<2x3x2x3x3x3xf32>) outs(%{{.*}} : tensor<1x2x3x2x2x2xf32>)
// CHECK:           arith.mulf
// CHECK:           arith.addf
// CHECK:         tensor.collapse_shape %{{.*}} {{\[}}[0], [1, 2], [3], [4], [5]] : tensor<1x2x3x2x2x2xf32> into tensor<1x6x2x2x2xf32>
func.func @conv3d_groups(%x: !torch.vtensor<[1,4,4,4,4],f32>, %w: !torch.vtensor<[6,2,3,3,3],f32>) -> !torch.vtensor<[1,6,2,2,2],f32> {
  %none = torch.constant.none
  %c0 = torch.constant.int 0
  %c1 = torch.constant.int 1
  %c2 = torch.constant.int 2
  %stride = torch.prim.ListConstruct %c1, %c1, %c1 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
  %padding = torch.prim.ListConstruct %c0, %c0, %c0 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
  %dilation = torch.prim.ListConstruct %c1, %c1, %c1 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
  %outpad = torch.prim.ListConstruct %c0, %c0, %c0 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
  %t = torch.constant.bool false
  %0 = torch.aten.convolution %x, %w, %none, %stride, %padding, %dilation, %t, %outpad, %c2 : !torch.vtensor<[1,4,4,4,4],f32>, !torch.vtensor<[6,2,3,3,3],f32>, !torch.none, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[1,6,2,2,2],f32>
  return %0 : !torch.vtensor<[1,6,2,2,2],f32>
}

// -----

// Transposed: weights flipped with in/out channels swapped, the input
// dilated by the stride and padded by k-1-p (+ output_padding at the end),
// then a stride-1 conv.
// CHECK-DAG: #[[FLIP:.*]] = affine_map<(d0, d1, d2, d3) -> (d1, d0, -d2 + 2, -d3 + 2)>
// CHECK-LABEL: func.func @conv_transpose2d(
// CHECK-SAME:    %[[X:.*]]: tensor<?x3x?x?xf32>, %[[W:.*]]: tensor<3x4x3x3xf32>, %[[B:.*]]: tensor<4xf32>)
// CHECK:         %[[WF:.*]] = linalg.generic {indexing_maps = [#[[FLIP]], #{{.*}}], {{.*}} ins(%[[W]] : tensor<3x4x3x3xf32>) outs(%{{.*}} : tensor<4x3x3x3xf32>)
// CHECK:         %[[Z:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%{{.*}} : tensor<?x3x?x?xf32>)
// CHECK:         %[[XD:.*]] = tensor.insert_slice %[[X]] into %[[Z]][0, 0, 1, 1] [%{{.*}}, 3, %{{.*}}, %{{.*}}] [1, 1, 2, 2] : tensor<?x3x?x?xf32> into tensor<?x3x?x?xf32>
// CHECK:         linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%[[XD]], %[[WF]] : tensor<?x3x?x?xf32>, tensor<4x3x3x3xf32>)
func.func @conv_transpose2d(%x: !torch.vtensor<[?,3,?,?],f32>, %w: !torch.vtensor<[3,4,3,3],f32>, %b: !torch.vtensor<[4],f32>) -> !torch.vtensor<[?,4,?,?],f32> {
  %c1 = torch.constant.int 1
  %c2 = torch.constant.int 2
  %stride = torch.prim.ListConstruct %c2, %c2 : (!torch.int, !torch.int) -> !torch.list<int>
  %padding = torch.prim.ListConstruct %c1, %c1 : (!torch.int, !torch.int) -> !torch.list<int>
  %dilation = torch.prim.ListConstruct %c1, %c1 : (!torch.int, !torch.int) -> !torch.list<int>
  %outpad = torch.prim.ListConstruct %c1, %c1 : (!torch.int, !torch.int) -> !torch.list<int>
  %t = torch.constant.bool true
  %0 = torch.aten.convolution %x, %w, %b, %stride, %padding, %dilation, %t, %outpad, %c1 : !torch.vtensor<[?,3,?,?],f32>, !torch.vtensor<[3,4,3,3],f32>, !torch.vtensor<[4],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[?,4,?,?],f32>
  return %0 : !torch.vtensor<[?,4,?,?],f32>
}

// -----

// Stride 1: a plain tensor.pad by k-1-p.
// CHECK-LABEL: func.func @conv_transpose2d_stride1(
// CHECK-NOT:     tensor.insert_slice
// CHECK:         %[[P:.*]] = tensor.pad %{{.*}} low[0, 0, 2, 2] high[0, 0, 2, 2]
// CHECK:         linalg.conv_2d_nchw_fchw {{.*}} ins(%[[P]], %{{.*}} : tensor<1x3x9x9xf32>, tensor<4x3x3x3xf32>) outs(%{{.*}} : tensor<1x4x7x7xf32>)
func.func @conv_transpose2d_stride1(%x: !torch.vtensor<[1,3,5,5],f32>, %w: !torch.vtensor<[3,4,3,3],f32>) -> !torch.vtensor<[1,4,7,7],f32> {
  %none = torch.constant.none
  %c0 = torch.constant.int 0
  %c1 = torch.constant.int 1
  %stride = torch.prim.ListConstruct %c1, %c1 : (!torch.int, !torch.int) -> !torch.list<int>
  %padding = torch.prim.ListConstruct %c0, %c0 : (!torch.int, !torch.int) -> !torch.list<int>
  %dilation = torch.prim.ListConstruct %c1, %c1 : (!torch.int, !torch.int) -> !torch.list<int>
  %outpad = torch.prim.ListConstruct %c0, %c0 : (!torch.int, !torch.int) -> !torch.list<int>
  %t = torch.constant.bool true
  %0 = torch.aten.convolution %x, %w, %none, %stride, %padding, %dilation, %t, %outpad, %c1 : !torch.vtensor<[1,3,5,5],f32>, !torch.vtensor<[3,4,3,3],f32>, !torch.none, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[1,4,7,7],f32>
  return %0 : !torch.vtensor<[1,4,7,7],f32>
}

// -----

// Groups: output channel o = g*Fg + f reads input channel g*Cg + c, filter f.
// CHECK-DAG: #[[FLIP:.*]] = affine_map<(d0, d1, d2, d3) -> (d1 + (d0 floordiv 2) * 2, d0 mod 2, -d2 + 2, -d3 + 2)>
// CHECK-LABEL: func.func @conv_transpose2d_groups(
// CHECK:         linalg.generic {indexing_maps = [#[[FLIP]], #{{.*}}]
// CHECK:         tensor.insert_slice %{{.*}} into %{{.*}}[0, 0, 2, 2] [1, 6, 5, 5] [1, 1, 2, 2] : tensor<1x6x5x5xf32> into tensor<1x6x13x13xf32>
// CHECK:         linalg.conv_2d_ngchw_gfchw {{.*}} ins(%{{.*}}, %{{.*}} : tensor<1x3x2x13x13xf32>, tensor<3x2x2x3x3xf32>) outs(%{{.*}} : tensor<1x3x2x11x11xf32>)
func.func @conv_transpose2d_groups(%x: !torch.vtensor<[1,6,5,5],f32>, %w: !torch.vtensor<[6,2,3,3],f32>) -> !torch.vtensor<[1,6,11,11],f32> {
  %none = torch.constant.none
  %c0 = torch.constant.int 0
  %c1 = torch.constant.int 1
  %c2 = torch.constant.int 2
  %c3 = torch.constant.int 3
  %stride = torch.prim.ListConstruct %c2, %c2 : (!torch.int, !torch.int) -> !torch.list<int>
  %padding = torch.prim.ListConstruct %c0, %c0 : (!torch.int, !torch.int) -> !torch.list<int>
  %dilation = torch.prim.ListConstruct %c1, %c1 : (!torch.int, !torch.int) -> !torch.list<int>
  %outpad = torch.prim.ListConstruct %c0, %c0 : (!torch.int, !torch.int) -> !torch.list<int>
  %t = torch.constant.bool true
  %0 = torch.aten.convolution %x, %w, %none, %stride, %padding, %dilation, %t, %outpad, %c3 : !torch.vtensor<[1,6,5,5],f32>, !torch.vtensor<[6,2,3,3],f32>, !torch.none, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[1,6,11,11],f32>
  return %0 : !torch.vtensor<[1,6,11,11],f32>
}

// -----

// padding > dilation*(k-1): the dilated input is cropped.
// CHECK-LABEL: func.func @conv_transpose1d_crop(
// CHECK:         %[[D:.*]] = tensor.insert_slice %{{.*}} into %{{.*}}[0, 0, 0] [1, 2, 5] [1, 1, 3] : tensor<1x2x5xf32> into tensor<1x2x13xf32>
// CHECK:         %[[C:.*]] = tensor.extract_slice %[[D]][0, 0, 1] [1, 2, 11] [1, 1, 1] : tensor<1x2x13xf32> to tensor<1x2x11xf32>
// CHECK:         linalg.conv_1d_ncw_fcw {{.*}} ins(%[[C]], %{{.*}} : tensor<1x2x11xf32>, tensor<3x2x2xf32>) outs(%{{.*}} : tensor<1x3x10xf32>)
func.func @conv_transpose1d_crop(%x: !torch.vtensor<[1,2,5],f32>, %w: !torch.vtensor<[2,3,2],f32>) -> !torch.vtensor<[1,3,10],f32> {
  %none = torch.constant.none
  %c0 = torch.constant.int 0
  %c1 = torch.constant.int 1
  %c2 = torch.constant.int 2
  %c3 = torch.constant.int 3
  %stride = torch.prim.ListConstruct %c3 : (!torch.int) -> !torch.list<int>
  %padding = torch.prim.ListConstruct %c2 : (!torch.int) -> !torch.list<int>
  %dilation = torch.prim.ListConstruct %c1 : (!torch.int) -> !torch.list<int>
  %outpad = torch.prim.ListConstruct %c0 : (!torch.int) -> !torch.list<int>
  %t = torch.constant.bool true
  %0 = torch.aten.convolution %x, %w, %none, %stride, %padding, %dilation, %t, %outpad, %c1 : !torch.vtensor<[1,2,5],f32>, !torch.vtensor<[2,3,2],f32>, !torch.none, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[1,3,10],f32>
  return %0 : !torch.vtensor<[1,3,10],f32>
}

// -----

// The undecomposed forms (TorchScript): conv2d with padding='same' pads
// asymmetrically (extra on the high side) for an even kernel.
// CHECK-LABEL: func.func @conv2d_same(
// CHECK:         %[[P:.*]] = tensor.pad %{{.*}} low[0, 0, 1, 1] high[0, 0, 2, 2]
// CHECK:         linalg.conv_2d_nchw_fchw {{.*}} ins(%[[P]], %{{.*}} : tensor<?x3x?x?xf32>, tensor<4x3x4x4xf32>) outs(%{{.*}} : tensor<?x4x?x?xf32>)
func.func @conv2d_same(%x: !torch.vtensor<[?,3,?,?],f32>, %w: !torch.vtensor<[4,3,4,4],f32>) -> !torch.vtensor<[?,4,?,?],f32> {
  %none = torch.constant.none
  %c1 = torch.constant.int 1
  %ones = torch.prim.ListConstruct %c1, %c1 : (!torch.int, !torch.int) -> !torch.list<int>
  %same = torch.constant.str "same"
  %0 = torch.aten.conv2d.padding %x, %w, %none, %ones, %same, %ones, %c1 : !torch.vtensor<[?,3,?,?],f32>, !torch.vtensor<[4,3,4,4],f32>, !torch.none, !torch.list<int>, !torch.str, !torch.list<int>, !torch.int -> !torch.vtensor<[?,4,?,?],f32>
  return %0 : !torch.vtensor<[?,4,?,?],f32>
}

// -----

// Unbatched input: a unit batch dim is added and dropped.
// CHECK-LABEL: func.func @conv1d_unbatched(
// CHECK:         %[[X:.*]] = tensor.expand_shape %{{.*}} {{\[}}[0, 1], [2]] output_shape [1, 3, 9] : tensor<3x9xf32> into tensor<1x3x9xf32>
// CHECK:         %[[R:.*]] = linalg.conv_1d_ncw_fcw {{.*}} ins(%[[X]], %{{.*}} : tensor<1x3x9xf32>, tensor<4x3x3xf32>)
// CHECK:         tensor.collapse_shape %[[R]] {{\[}}[0, 1], [2]] : tensor<1x4x7xf32> into tensor<4x7xf32>
func.func @conv1d_unbatched(%x: !torch.vtensor<[3,9],f32>, %w: !torch.vtensor<[4,3,3],f32>) -> !torch.vtensor<[4,7],f32> {
  %none = torch.constant.none
  %c0 = torch.constant.int 0
  %c1 = torch.constant.int 1
  %one = torch.prim.ListConstruct %c1 : (!torch.int) -> !torch.list<int>
  %zero = torch.prim.ListConstruct %c0 : (!torch.int) -> !torch.list<int>
  %0 = torch.aten.conv1d %x, %w, %none, %one, %zero, %one, %c1 : !torch.vtensor<[3,9],f32>, !torch.vtensor<[4,3,3],f32>, !torch.none, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.int -> !torch.vtensor<[4,7],f32>
  return %0 : !torch.vtensor<[4,7],f32>
}

// -----

// CHECK-LABEL: func.func @conv_transpose2d_input(
// CHECK:         tensor.insert_slice %{{.*}} into %{{.*}}[0, 0, 2, 2] [2, 3, 4, 4] [1, 1, 2, 2] : tensor<2x3x4x4xf32> into tensor<2x3x12x12xf32>
// CHECK:         linalg.conv_2d_nchw_fchw {{.*}} outs(%{{.*}} : tensor<2x5x10x10xf32>)
func.func @conv_transpose2d_input(%x: !torch.vtensor<[2,3,4,4],f32>, %w: !torch.vtensor<[3,5,3,3],f32>) -> !torch.vtensor<[2,5,10,10],f32> {
  %none = torch.constant.none
  %c0 = torch.constant.int 0
  %c1 = torch.constant.int 1
  %c2 = torch.constant.int 2
  %s = torch.prim.ListConstruct %c2, %c2 : (!torch.int, !torch.int) -> !torch.list<int>
  %p = torch.prim.ListConstruct %c0, %c0 : (!torch.int, !torch.int) -> !torch.list<int>
  %op = torch.prim.ListConstruct %c1, %c1 : (!torch.int, !torch.int) -> !torch.list<int>
  %d = torch.prim.ListConstruct %c1, %c1 : (!torch.int, !torch.int) -> !torch.list<int>
  %0 = torch.aten.conv_transpose2d.input %x, %w, %none, %s, %p, %op, %c1, %d : !torch.vtensor<[2,3,4,4],f32>, !torch.vtensor<[3,5,3,3],f32>, !torch.none, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.int, !torch.list<int> -> !torch.vtensor<[2,5,10,10],f32>
  return %0 : !torch.vtensor<[2,5,10,10],f32>
}
