// RUN: torch-mlir-opt %s -torch-lower-to-stablehlo -split-input-file | FileCheck %s

// StableHLO contractions: mm/bmm/matmul/linear/addmm as dot_general,
// convolution as stablehlo.convolution.

// CHECK-LABEL: func.func @mm(
// CHECK-SAME:    %[[A:.*]]: tensor<2x3xf32>, %[[B:.*]]: tensor<3x4xf32>)
// CHECK:         "stablehlo.dot_general"(%[[A]], %[[B]]) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
func.func @mm(%a: !torch.vtensor<[2,3],f32>, %b: !torch.vtensor<[3,4],f32>) -> !torch.vtensor<[2,4],f32> {
  %0 = torch.aten.mm %a, %b : !torch.vtensor<[2,3],f32>, !torch.vtensor<[3,4],f32> -> !torch.vtensor<[2,4],f32>
  return %0 : !torch.vtensor<[2,4],f32>
}

// -----

// CHECK-LABEL: func.func @bmm(
// CHECK:         "stablehlo.dot_general"(%{{.*}}, %{{.*}}) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<?x2x3xf32>, tensor<?x3x4xf32>) -> tensor<?x2x4xf32>
func.func @bmm(%a: !torch.vtensor<[?,2,3],f32>, %b: !torch.vtensor<[?,3,4],f32>) -> !torch.vtensor<[?,2,4],f32> {
  %0 = torch.aten.bmm %a, %b : !torch.vtensor<[?,2,3],f32>, !torch.vtensor<[?,3,4],f32> -> !torch.vtensor<[?,2,4],f32>
  return %0 : !torch.vtensor<[?,2,4],f32>
}

// -----

// matmul broadcasts the batch dims of both operands together.
// CHECK-LABEL: func.func @matmul_broadcast(
// CHECK-SAME:    %[[A:.*]]: tensor<2x3xf32>, %[[B:.*]]: tensor<5x3x4xf32>)
// CHECK:         %[[AB:.*]] = "stablehlo.broadcast_in_dim"(%[[A]]) {broadcast_dimensions = array<i64: 1, 2>} : (tensor<2x3xf32>) -> tensor<5x2x3xf32>
// CHECK:         "stablehlo.dot_general"(%[[AB]], %[[B]]) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>}
func.func @matmul_broadcast(%a: !torch.vtensor<[2,3],f32>, %b: !torch.vtensor<[5,3,4],f32>) -> !torch.vtensor<[5,2,4],f32> {
  %0 = torch.aten.matmul %a, %b : !torch.vtensor<[2,3],f32>, !torch.vtensor<[5,3,4],f32> -> !torch.vtensor<[5,2,4],f32>
  return %0 : !torch.vtensor<[5,2,4],f32>
}

// -----

// linear contracts the weight's dim 1 (no transpose), the bias broadcast
// to the dynamic batch.
// CHECK-LABEL: func.func @linear(
// CHECK-SAME:    %[[X:.*]]: tensor<?x8xf32>, %[[W:.*]]: tensor<4x8xf32>, %[[B:.*]]: tensor<4xf32>)
// CHECK:         %[[Y:.*]] = "stablehlo.dot_general"(%[[X]], %[[W]]) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<?x8xf32>, tensor<4x8xf32>) -> tensor<?x4xf32>
// CHECK:         "stablehlo.get_dimension_size"(%[[Y]]) {dimension = 0 : i64}
// CHECK:         %[[BB:.*]] = "stablehlo.dynamic_broadcast_in_dim"(%[[B]], %{{.*}}) {broadcast_dimensions = array<i64: 1>, known_expanding_dimensions = {{.*}}} : (tensor<4xf32>, tensor<2xi64>) -> tensor<?x4xf32>
// CHECK:         "stablehlo.add"(%[[Y]], %[[BB]])
func.func @linear(%x: !torch.vtensor<[?,8],f32>, %w: !torch.vtensor<[4,8],f32>, %b: !torch.vtensor<[4],f32>) -> !torch.vtensor<[?,4],f32> {
  %0 = torch.aten.linear %x, %w, %b : !torch.vtensor<[?,8],f32>, !torch.vtensor<[4,8],f32>, !torch.vtensor<[4],f32> -> !torch.vtensor<[?,4],f32>
  return %0 : !torch.vtensor<[?,4],f32>
}

// -----

// CHECK-LABEL: func.func @addmm(
// CHECK-SAME:    %[[C:.*]]: tensor<4xf32>, %[[A:.*]]: tensor<2x3xf32>, %[[B:.*]]: tensor<3x4xf32>)
// CHECK:         %[[P:.*]] = "stablehlo.dot_general"(%[[A]], %[[B]])
// CHECK:         %[[CB:.*]] = "stablehlo.broadcast_in_dim"(%[[C]]) {broadcast_dimensions = array<i64: 1>} : (tensor<4xf32>) -> tensor<2x4xf32>
// CHECK:         "stablehlo.add"(%[[CB]], %[[P]])
func.func @addmm(%c: !torch.vtensor<[4],f32>, %a: !torch.vtensor<[2,3],f32>, %b: !torch.vtensor<[3,4],f32>) -> !torch.vtensor<[2,4],f32> {
  %int1 = torch.constant.int 1
  %0 = torch.aten.addmm %c, %a, %b, %int1, %int1 : !torch.vtensor<[4],f32>, !torch.vtensor<[2,3],f32>, !torch.vtensor<[3,4],f32>, !torch.int, !torch.int -> !torch.vtensor<[2,4],f32>
  return %0 : !torch.vtensor<[2,4],f32>
}

// -----

// Convolution in torch's layouts, with strides, padding and groups; the bias
// broadcast along the channel dim.
// CHECK-LABEL: func.func @conv_groups(
// CHECK-SAME:    %[[X:.*]]: tensor<1x4x8x8xf32>, %[[W:.*]]: tensor<8x2x3x3xf32>, %[[B:.*]]: tensor<8xf32>)
// CHECK:         %[[Y:.*]] = "stablehlo.convolution"(%[[X]], %[[W]]) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1]>, feature_group_count = 2 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<1> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 2, 2>} : (tensor<1x4x8x8xf32>, tensor<8x2x3x3xf32>) -> tensor<1x8x4x4xf32>
// CHECK:         %[[BB:.*]] = "stablehlo.broadcast_in_dim"(%[[B]]) {broadcast_dimensions = array<i64: 1>} : (tensor<8xf32>) -> tensor<1x8x4x4xf32>
// CHECK:         "stablehlo.add"(%[[Y]], %[[BB]])
func.func @conv_groups(%x: !torch.vtensor<[1,4,8,8],f32>, %w: !torch.vtensor<[8,2,3,3],f32>, %b: !torch.vtensor<[8],f32>) -> !torch.vtensor<[1,8,4,4],f32> {
  %int1 = torch.constant.int 1
  %int2 = torch.constant.int 2
  %false = torch.constant.bool false
  %stride = torch.prim.ListConstruct %int2, %int2 : (!torch.int, !torch.int) -> !torch.list<int>
  %pad = torch.prim.ListConstruct %int1, %int1 : (!torch.int, !torch.int) -> !torch.list<int>
  %dil = torch.prim.ListConstruct %int1, %int1 : (!torch.int, !torch.int) -> !torch.list<int>
  %int0 = torch.constant.int 0
  %outpad = torch.prim.ListConstruct %int0, %int0 : (!torch.int, !torch.int) -> !torch.list<int>
  %0 = torch.aten.convolution %x, %w, %b, %stride, %pad, %dil, %false, %outpad, %int2 : !torch.vtensor<[1,4,8,8],f32>, !torch.vtensor<[8,2,3,3],f32>, !torch.vtensor<[8],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[1,8,4,4],f32>
  return %0 : !torch.vtensor<[1,8,4,4],f32>
}
