// RUN: torch-mlir-opt %s -torch-lower-to-stablehlo -split-input-file | FileCheck %s

// StableHLO views and data movement: reshapes (tensor.reshape of a shape
// tensor where a dim is dynamic: IREE cannot lower stablehlo.dynamic_reshape), transpose, broadcast_in_dim, slice, concatenate, gather.

// view with -1 over a dynamic dim: numel / 32 computed at run time, then
// tensor.reshape.
// CHECK-LABEL: func.func @view_dynamic(
// CHECK-SAME:    %[[X:.*]]: tensor<?x4x8xf32>) -> tensor<?x32xf32>
// CHECK:         %[[D:.*]] = "stablehlo.get_dimension_size"(%[[X]]) {dimension = 0 : i64}
// CHECK:         %[[D64:.*]] = "stablehlo.convert"(%[[D]]) : (tensor<i32>) -> tensor<i64>
// CHECK:         %[[N:.*]] = "stablehlo.multiply"(%[[D64]], %{{.*}}) : (tensor<i64>, tensor<i64>) -> tensor<i64>
// CHECK:         %[[Q:.*]] = "stablehlo.divide"(%[[N]], %{{.*}}) : (tensor<i64>, tensor<i64>) -> tensor<i64>
// CHECK:         %[[Q1:.*]] = "stablehlo.reshape"(%[[Q]]) : (tensor<i64>) -> tensor<1xi64>
// CHECK:         %[[S:.*]] = "stablehlo.concatenate"(%[[Q1]], %{{.*}}) {dimension = 0 : i64} : (tensor<1xi64>, tensor<1xi64>) -> tensor<2xi64>
// CHECK:         tensor.reshape %[[X]](%[[S]]) : (tensor<?x4x8xf32>, tensor<2xi64>) -> tensor<?x32xf32>
func.func @view_dynamic(%x: !torch.vtensor<[?,4,8],f32>) -> !torch.vtensor<[?,32],f32> {
  %int-1 = torch.constant.int -1
  %int32 = torch.constant.int 32
  %0 = torch.prim.ListConstruct %int-1, %int32 : (!torch.int, !torch.int) -> !torch.list<int>
  %1 = torch.aten.view %x, %0 : !torch.vtensor<[?,4,8],f32>, !torch.list<int> -> !torch.vtensor<[?,32],f32>
  return %1 : !torch.vtensor<[?,32],f32>
}

// -----

// CHECK-LABEL: func.func @permute_unsqueeze(
// CHECK:         %[[T:.*]] = "stablehlo.transpose"(%{{.*}}) {permutation = array<i64: 2, 0, 1>} : (tensor<2x3x4xf32>) -> tensor<4x2x3xf32>
// CHECK:         "stablehlo.reshape"(%[[T]]) : (tensor<4x2x3xf32>) -> tensor<4x1x2x3xf32>
func.func @permute_unsqueeze(%x: !torch.vtensor<[2,3,4],f32>) -> !torch.vtensor<[4,1,2,3],f32> {
  %int0 = torch.constant.int 0
  %int1 = torch.constant.int 1
  %int2 = torch.constant.int 2
  %0 = torch.prim.ListConstruct %int2, %int0, %int1 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
  %1 = torch.aten.permute %x, %0 : !torch.vtensor<[2,3,4],f32>, !torch.list<int> -> !torch.vtensor<[4,2,3],f32>
  %2 = torch.aten.unsqueeze %1, %int1 : !torch.vtensor<[4,2,3],f32>, !torch.int -> !torch.vtensor<[4,1,2,3],f32>
  return %2 : !torch.vtensor<[4,1,2,3],f32>
}

// -----

// CHECK-LABEL: func.func @expand(
// CHECK:         "stablehlo.broadcast_in_dim"(%{{.*}}) {broadcast_dimensions = array<i64: 1, 2>} : (tensor<3x1xf32>) -> tensor<2x3x5xf32>
func.func @expand(%x: !torch.vtensor<[3,1],f32>) -> !torch.vtensor<[2,3,5],f32> {
  %int2 = torch.constant.int 2
  %int-1 = torch.constant.int -1
  %int5 = torch.constant.int 5
  %false = torch.constant.bool false
  %0 = torch.prim.ListConstruct %int2, %int-1, %int5 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
  %1 = torch.aten.expand %x, %0, %false : !torch.vtensor<[3,1],f32>, !torch.list<int>, !torch.bool -> !torch.vtensor<[2,3,5],f32>
  return %1 : !torch.vtensor<[2,3,5],f32>
}

// -----

// slice with a step; select of a negative index is a size-1 slice reshaped.
// CHECK-LABEL: func.func @slice_select(
// CHECK:         %[[S:.*]] = "stablehlo.slice"(%{{.*}}) {limit_indices = array<i64: 4, 9>, start_indices = array<i64: 0, 1>, strides = array<i64: 1, 2>} : (tensor<4x10xf32>) -> tensor<4x4xf32>
// CHECK:         %[[R:.*]] = "stablehlo.slice"(%[[S]]) {limit_indices = array<i64: 4, 4>, start_indices = array<i64: 0, 3>, strides = array<i64: 1, 1>} : (tensor<4x4xf32>) -> tensor<4x1xf32>
// CHECK:         "stablehlo.reshape"(%[[R]]) : (tensor<4x1xf32>) -> tensor<4xf32>
func.func @slice_select(%x: !torch.vtensor<[4,10],f32>) -> !torch.vtensor<[4],f32> {
  %int0 = torch.constant.int 0
  %int1 = torch.constant.int 1
  %int2 = torch.constant.int 2
  %int9 = torch.constant.int 9
  %int-1 = torch.constant.int -1
  %0 = torch.aten.slice.Tensor %x, %int1, %int1, %int9, %int2 : !torch.vtensor<[4,10],f32>, !torch.int, !torch.int, !torch.int, !torch.int -> !torch.vtensor<[4,4],f32>
  %1 = torch.aten.select.int %0, %int1, %int-1 : !torch.vtensor<[4,4],f32>, !torch.int, !torch.int -> !torch.vtensor<[4],f32>
  return %1 : !torch.vtensor<[4],f32>
}

// -----

// cat converts its operands to the result dtype.
// CHECK-LABEL: func.func @cat(
// CHECK-SAME:    %[[X:.*]]: tensor<2x3xf32>, %[[Y:.*]]: tensor<2x5xi32>)
// CHECK:         %[[YF:.*]] = "stablehlo.convert"(%[[Y]]) : (tensor<2x5xi32>) -> tensor<2x5xf32>
// CHECK:         "stablehlo.concatenate"(%[[X]], %[[YF]]) {dimension = 1 : i64} : (tensor<2x3xf32>, tensor<2x5xf32>) -> tensor<2x8xf32>
func.func @cat(%x: !torch.vtensor<[2,3],f32>, %y: !torch.vtensor<[2,5],si32>) -> !torch.vtensor<[2,8],f32> {
  %int1 = torch.constant.int 1
  %0 = torch.prim.ListConstruct %x, %y : (!torch.vtensor<[2,3],f32>, !torch.vtensor<[2,5],si32>) -> !torch.list<vtensor>
  %1 = torch.aten.cat %0, %int1 : !torch.list<vtensor>, !torch.int -> !torch.vtensor<[2,8],f32>
  return %1 : !torch.vtensor<[2,8],f32>
}

// -----

// CHECK-LABEL: func.func @index_select(
// CHECK:         %[[I:.*]] = "stablehlo.reshape"(%{{.*}}) : (tensor<3xi64>) -> tensor<3x1xi64>
// CHECK:         "stablehlo.gather"(%{{.*}}, %[[I]]) {dimension_numbers = #stablehlo.gather<offset_dims = [0], collapsed_slice_dims = [1], start_index_map = [1], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 5, 1>} : (tensor<5x6xf32>, tensor<3x1xi64>) -> tensor<5x3xf32>
func.func @index_select(%x: !torch.vtensor<[5,6],f32>, %i: !torch.vtensor<[3],si64>) -> !torch.vtensor<[5,3],f32> {
  %int1 = torch.constant.int 1
  %0 = torch.aten.index_select %x, %int1, %i : !torch.vtensor<[5,6],f32>, !torch.int, !torch.vtensor<[3],si64> -> !torch.vtensor<[5,3],f32>
  return %0 : !torch.vtensor<[5,3],f32>
}

// -----

// CHECK-LABEL: func.func @embedding(
// CHECK:         %[[I:.*]] = "stablehlo.reshape"(%{{.*}}) : (tensor<2x3xi64>) -> tensor<2x3x1xi64>
// CHECK:         "stablehlo.gather"(%{{.*}}, %[[I]]) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 4>} : (tensor<10x4xf32>, tensor<2x3x1xi64>) -> tensor<2x3x4xf32>
func.func @embedding(%w: !torch.vtensor<[10,4],f32>, %i: !torch.vtensor<[2,3],si64>) -> !torch.vtensor<[2,3,4],f32> {
  %int-1 = torch.constant.int -1
  %false = torch.constant.bool false
  %0 = torch.aten.embedding %w, %i, %int-1, %false, %false : !torch.vtensor<[10,4],f32>, !torch.vtensor<[2,3],si64>, !torch.int, !torch.bool, !torch.bool -> !torch.vtensor<[2,3,4],f32>
  return %0 : !torch.vtensor<[2,3,4],f32>
}

// -----

// constant_pad_nd: pairs from the last dim backwards; negative pads crop.
// CHECK-LABEL: func.func @constant_pad_nd(
// CHECK:         %[[V:.*]] = "stablehlo.constant"() {value = dense<1.500000e+00> : tensor<f32>}
// CHECK:         "stablehlo.pad"(%{{.*}}, %[[V]]) {edge_padding_high = array<i64: 3, -1>, edge_padding_low = array<i64: 2, 1>, interior_padding = array<i64: 0, 0>} : (tensor<2x4xf32>, tensor<f32>) -> tensor<7x4xf32>
func.func @constant_pad_nd(%x: !torch.vtensor<[2,4],f32>) -> !torch.vtensor<[7,4],f32> {
  %int1 = torch.constant.int 1
  %int-1 = torch.constant.int -1
  %int2 = torch.constant.int 2
  %int3 = torch.constant.int 3
  %v = torch.constant.float 1.500000e+00
  %pad = torch.prim.ListConstruct %int1, %int-1, %int2, %int3 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
  %0 = torch.aten.constant_pad_nd %x, %pad, %v : !torch.vtensor<[2,4],f32>, !torch.list<int>, !torch.float -> !torch.vtensor<[7,4],f32>
  return %0 : !torch.vtensor<[7,4],f32>
}

// -----

// flip is stablehlo.reverse; repeat a broadcast into [r0, s0, r1, s1] and a reshape.
// CHECK-LABEL: func.func @flip_repeat(
// CHECK:         %[[R:.*]] = "stablehlo.reverse"(%{{.*}}) {dimensions = array<i64: 0, 1>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK:         %[[B:.*]] = "stablehlo.broadcast_in_dim"(%[[R]]) {broadcast_dimensions = array<i64: 1, 3>} : (tensor<2x3xf32>) -> tensor<2x2x1x3xf32>
// CHECK:         "stablehlo.reshape"(%[[B]]) : (tensor<2x2x1x3xf32>) -> tensor<4x3xf32>
func.func @flip_repeat(%x: !torch.vtensor<[2,3],f32>) -> !torch.vtensor<[4,3],f32> {
  %int0 = torch.constant.int 0
  %int-1 = torch.constant.int -1
  %int1 = torch.constant.int 1
  %int2 = torch.constant.int 2
  %dims = torch.prim.ListConstruct %int0, %int-1 : (!torch.int, !torch.int) -> !torch.list<int>
  %0 = torch.aten.flip %x, %dims : !torch.vtensor<[2,3],f32>, !torch.list<int> -> !torch.vtensor<[2,3],f32>
  %reps = torch.prim.ListConstruct %int2, %int1 : (!torch.int, !torch.int) -> !torch.list<int>
  %1 = torch.aten.repeat %0, %reps : !torch.vtensor<[2,3],f32>, !torch.list<int> -> !torch.vtensor<[4,3],f32>
  return %1 : !torch.vtensor<[4,3],f32>
}

// -----

// split_with_sizes: one slice per piece.
// CHECK-LABEL: func.func @split_with_sizes(
// CHECK:         "stablehlo.slice"(%{{.*}}) {limit_indices = array<i64: 2, 3>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<2x9xf32>) -> tensor<2x3xf32>
// CHECK:         "stablehlo.slice"(%{{.*}}) {limit_indices = array<i64: 2, 9>, start_indices = array<i64: 0, 3>, strides = array<i64: 1, 1>} : (tensor<2x9xf32>) -> tensor<2x6xf32>
func.func @split_with_sizes(%x: !torch.vtensor<[2,9],f32>) -> (!torch.vtensor<[2,3],f32>, !torch.vtensor<[2,6],f32>) {
  %int1 = torch.constant.int 1
  %int3 = torch.constant.int 3
  %int6 = torch.constant.int 6
  %sizes = torch.prim.ListConstruct %int3, %int6 : (!torch.int, !torch.int) -> !torch.list<int>
  %0 = torch.aten.split_with_sizes %x, %sizes, %int1 : !torch.vtensor<[2,9],f32>, !torch.list<int>, !torch.int -> !torch.list<vtensor>
  %1:2 = torch.prim.ListUnpack %0 : !torch.list<vtensor> -> !torch.vtensor<[2,3],f32>, !torch.vtensor<[2,6],f32>
  return %1#0, %1#1 : !torch.vtensor<[2,3],f32>, !torch.vtensor<[2,6],f32>
}
