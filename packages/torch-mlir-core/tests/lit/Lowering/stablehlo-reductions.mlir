// RUN: torch-mlir-opt %s -torch-lower-to-stablehlo -split-input-file | FileCheck %s

// StableHLO reductions (stablehlo.reduce with a body region), softmax composed
// from them, and pooling (stablehlo.reduce_window).

// CHECK-LABEL: func.func @sum_dim_keepdim(
// CHECK-SAME:    %[[X:.*]]: tensor<?x4xf32>) -> tensor<?x1xf32>
// CHECK:         %[[Z:.*]] = "stablehlo.constant"() {value = dense<0.000000e+00> : tensor<f32>}
// CHECK:         %[[R:.*]] = "stablehlo.reduce"(%[[X]], %[[Z]]) ({
// CHECK:         ^bb0(%[[A:.*]]: tensor<f32>, %[[B:.*]]: tensor<f32>):
// CHECK:           %[[S:.*]] = "stablehlo.add"(%[[A]], %[[B]]) : (tensor<f32>, tensor<f32>) -> tensor<f32>
// CHECK:           "stablehlo.return"(%[[S]]) : (tensor<f32>) -> ()
// CHECK:         }) {dimensions = array<i64: 1>} : (tensor<?x4xf32>, tensor<f32>) -> tensor<?xf32>
// CHECK:         tensor.reshape %[[R]](%{{.*}}) : (tensor<?xf32>, tensor<2xi64>) -> tensor<?x1xf32>
func.func @sum_dim_keepdim(%x: !torch.vtensor<[?,4],f32>) -> !torch.vtensor<[?,1],f32> {
  %int1 = torch.constant.int 1
  %true = torch.constant.bool true
  %none = torch.constant.none
  %0 = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %1 = torch.aten.sum.dim_IntList %x, %0, %true, %none : !torch.vtensor<[?,4],f32>, !torch.list<int>, !torch.bool, !torch.none -> !torch.vtensor<[?,1],f32>
  return %1 : !torch.vtensor<[?,1],f32>
}

// -----

// mean divides by the reduced dims' size, read at run time when dynamic.
// CHECK-LABEL: func.func @mean_dynamic(
// CHECK-SAME:    %[[X:.*]]: tensor<?x4xf32>) -> tensor<4xf32>
// CHECK:         %[[R:.*]] = "stablehlo.reduce"(%[[X]], %{{.*}})
// CHECK:         }) {dimensions = array<i64: 0>} : (tensor<?x4xf32>, tensor<f32>) -> tensor<4xf32>
// CHECK:         %[[D:.*]] = "stablehlo.get_dimension_size"(%[[X]]) {dimension = 0 : i64}
// CHECK:         %[[D64:.*]] = "stablehlo.convert"(%[[D]]) : (tensor<i32>) -> tensor<i64>
// CHECK:         %[[DF:.*]] = "stablehlo.convert"(%[[D64]]) : (tensor<i64>) -> tensor<f32>
// CHECK:         %[[DB:.*]] = "stablehlo.broadcast_in_dim"(%[[DF]]) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4xf32>
// CHECK:         "stablehlo.divide"(%[[R]], %[[DB]])
func.func @mean_dynamic(%x: !torch.vtensor<[?,4],f32>) -> !torch.vtensor<[4],f32> {
  %int0 = torch.constant.int 0
  %false = torch.constant.bool false
  %none = torch.constant.none
  %0 = torch.prim.ListConstruct %int0 : (!torch.int) -> !torch.list<int>
  %1 = torch.aten.mean.dim %x, %0, %false, %none : !torch.vtensor<[?,4],f32>, !torch.list<int>, !torch.bool, !torch.none -> !torch.vtensor<[4],f32>
  return %1 : !torch.vtensor<[4],f32>
}

// -----

// CHECK-LABEL: func.func @amax(
// CHECK:         %[[I:.*]] = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>}
// CHECK:         "stablehlo.reduce"(%{{.*}}, %[[I]]) ({
// CHECK:           "stablehlo.maximum"
// CHECK:         }) {dimensions = array<i64: 1>} : (tensor<3x4xf32>, tensor<f32>) -> tensor<3xf32>
func.func @amax(%x: !torch.vtensor<[3,4],f32>) -> !torch.vtensor<[3],f32> {
  %int1 = torch.constant.int 1
  %false = torch.constant.bool false
  %0 = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %1 = torch.aten.amax %x, %0, %false : !torch.vtensor<[3,4],f32>, !torch.list<int>, !torch.bool -> !torch.vtensor<[3],f32>
  return %1 : !torch.vtensor<[3],f32>
}

// -----

// softmax: exp(x - max) / sum, the reductions broadcast back.
// CHECK-LABEL: func.func @softmax(
// CHECK-SAME:    %[[X:.*]]: tensor<2x5xf32>)
// CHECK:         %[[M:.*]] = "stablehlo.reduce"(%[[X]], %{{.*}})
// CHECK:           "stablehlo.maximum"
// CHECK:         %[[M2:.*]] = "stablehlo.reshape"(%[[M]]) : (tensor<2xf32>) -> tensor<2x1xf32>
// CHECK:         %[[MB:.*]] = "stablehlo.broadcast_in_dim"(%[[M2]]) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x1xf32>) -> tensor<2x5xf32>
// CHECK:         %[[SH:.*]] = "stablehlo.subtract"(%[[X]], %[[MB]])
// CHECK:         %[[E:.*]] = "stablehlo.exponential"(%[[SH]])
// CHECK:         %[[S:.*]] = "stablehlo.reduce"(%[[E]], %{{.*}})
// CHECK:           "stablehlo.add"
// CHECK:         %[[S2:.*]] = "stablehlo.reshape"(%[[S]])
// CHECK:         %[[SB:.*]] = "stablehlo.broadcast_in_dim"(%[[S2]])
// CHECK:         "stablehlo.divide"(%[[E]], %[[SB]])
func.func @softmax(%x: !torch.vtensor<[2,5],f32>) -> !torch.vtensor<[2,5],f32> {
  %int1 = torch.constant.int 1
  %false = torch.constant.bool false
  %0 = torch.aten._softmax %x, %int1, %false : !torch.vtensor<[2,5],f32>, !torch.int, !torch.bool -> !torch.vtensor<[2,5],f32>
  return %0 : !torch.vtensor<[2,5],f32>
}

// -----

// CHECK-LABEL: func.func @max_pool(
// CHECK:         %[[I:.*]] = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>}
// CHECK:         "stablehlo.reduce_window"(%{{.*}}, %[[I]]) ({
// CHECK:           "stablehlo.maximum"
// CHECK:         }) {padding = dense<0> : tensor<4x2xi64>, window_dimensions = array<i64: 1, 1, 2, 2>, window_strides = array<i64: 1, 1, 2, 2>} : (tensor<1x2x8x8xf32>, tensor<f32>) -> tensor<1x2x4x4xf32>
func.func @max_pool(%x: !torch.vtensor<[1,2,8,8],f32>) -> !torch.vtensor<[1,2,4,4],f32> {
  %int1 = torch.constant.int 1
  %int2 = torch.constant.int 2
  %int0 = torch.constant.int 0
  %false = torch.constant.bool false
  %k = torch.prim.ListConstruct %int2, %int2 : (!torch.int, !torch.int) -> !torch.list<int>
  %p = torch.prim.ListConstruct %int0, %int0 : (!torch.int, !torch.int) -> !torch.list<int>
  %d = torch.prim.ListConstruct %int1, %int1 : (!torch.int, !torch.int) -> !torch.list<int>
  %0 = torch.aten.max_pool2d %x, %k, %k, %p, %d, %false : !torch.vtensor<[1,2,8,8],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool -> !torch.vtensor<[1,2,4,4],f32>
  return %0 : !torch.vtensor<[1,2,4,4],f32>
}

// -----

// avg_pool with count_include_pad=false divides by the count of real
// elements in each window (a reduce_window over ones).
// CHECK-LABEL: func.func @avg_pool_exclude_pad(
// CHECK:         %[[T:.*]] = "stablehlo.reduce_window"(%{{.*}}, %{{.*}}) ({
// CHECK:           "stablehlo.add"
// CHECK:         }) {padding = dense<{{\[\[}}0, 0], [0, 0], [1, 1], [1, 1]]> : tensor<4x2xi64>, window_dimensions = array<i64: 1, 1, 3, 3>, window_strides = array<i64: 1, 1, 1, 1>}
// CHECK:         %[[ONE:.*]] = "stablehlo.constant"() {value = dense<1.000000e+00> : tensor<f32>}
// CHECK:         %[[ONES:.*]] = "stablehlo.broadcast_in_dim"(%[[ONE]])
// CHECK:         %[[C:.*]] = "stablehlo.reduce_window"(%[[ONES]], %{{.*}})
// CHECK:         "stablehlo.divide"(%[[T]], %[[C]])
func.func @avg_pool_exclude_pad(%x: !torch.vtensor<[1,1,4,4],f32>) -> !torch.vtensor<[1,1,4,4],f32> {
  %int1 = torch.constant.int 1
  %int3 = torch.constant.int 3
  %false = torch.constant.bool false
  %none = torch.constant.none
  %k = torch.prim.ListConstruct %int3, %int3 : (!torch.int, !torch.int) -> !torch.list<int>
  %s = torch.prim.ListConstruct %int1, %int1 : (!torch.int, !torch.int) -> !torch.list<int>
  %0 = torch.aten.avg_pool2d %x, %k, %s, %s, %false, %false, %none : !torch.vtensor<[1,1,4,4],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.bool, !torch.none -> !torch.vtensor<[1,1,4,4],f32>
  return %0 : !torch.vtensor<[1,1,4,4],f32>
}

// -----

// A dynamic batch: windows that tile the static spatial dims exactly become
// a reshape to [?, C, H/2, 2, W/2, 2] and a reduce over the window dims (IREE
// cannot lower a reduce_window whose operand has dynamic dims).
// CHECK-LABEL: func.func @max_pool_dynamic_batch(
// CHECK-SAME:    %[[X:.*]]: tensor<?x2x8x8xf32>)
// CHECK:         %[[T:.*]] = tensor.reshape %[[X]](%{{.*}}) : (tensor<?x2x8x8xf32>, tensor<6xi64>) -> tensor<?x2x4x2x4x2xf32>
// CHECK:         %[[I:.*]] = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>}
// CHECK:         "stablehlo.reduce"(%[[T]], %[[I]]) ({
// CHECK:           "stablehlo.maximum"
// CHECK:         }) {dimensions = array<i64: 3, 5>} : (tensor<?x2x4x2x4x2xf32>, tensor<f32>) -> tensor<?x2x4x4xf32>
// CHECK-NOT:     stablehlo.reduce_window
func.func @max_pool_dynamic_batch(%x: !torch.vtensor<[?,2,8,8],f32>) -> !torch.vtensor<[?,2,4,4],f32> {
  %int1 = torch.constant.int 1
  %int2 = torch.constant.int 2
  %int0 = torch.constant.int 0
  %false = torch.constant.bool false
  %k = torch.prim.ListConstruct %int2, %int2 : (!torch.int, !torch.int) -> !torch.list<int>
  %p = torch.prim.ListConstruct %int0, %int0 : (!torch.int, !torch.int) -> !torch.list<int>
  %d = torch.prim.ListConstruct %int1, %int1 : (!torch.int, !torch.int) -> !torch.list<int>
  %0 = torch.aten.max_pool2d %x, %k, %k, %p, %d, %false : !torch.vtensor<[?,2,8,8],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool -> !torch.vtensor<[?,2,4,4],f32>
  return %0 : !torch.vtensor<[?,2,4,4],f32>
}

// -----

// var: the mean, then the squared deviations from it (two passes), divided by
// max(0, N - correction); a 2-norm is the sqrt of the sum of squares.
// CHECK-LABEL: func.func @var_and_norm(
// CHECK:         %[[M:.*]] = "stablehlo.divide"(%{{.*}}, %{{.*}}) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
// CHECK:         %[[MB:.*]] = "stablehlo.broadcast_in_dim"
// CHECK:         %[[D:.*]] = "stablehlo.subtract"(%{{.*}}, %[[MB]]) : (tensor<4x6xf32>, tensor<4x6xf32>) -> tensor<4x6xf32>
// CHECK:         %[[SQ:.*]] = "stablehlo.multiply"(%[[D]], %[[D]])
// CHECK:         "stablehlo.constant"() {value = dense<4.000000e+00> : tensor<f32>}
// CHECK:         "stablehlo.sqrt"
func.func @var_and_norm(%x: !torch.vtensor<[4,6],f32>) -> (!torch.vtensor<[4],f32>, !torch.vtensor<[4],f32>) {
  %int1 = torch.constant.int 1
  %int2 = torch.constant.int 2
  %false = torch.constant.bool false
  %none = torch.constant.none
  %dims = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %0 = torch.aten.var.correction %x, %dims, %int2, %false : !torch.vtensor<[4,6],f32>, !torch.list<int>, !torch.int, !torch.bool -> !torch.vtensor<[4],f32>
  %1 = torch.aten.linalg_vector_norm %x, %int2, %dims, %false, %none : !torch.vtensor<[4,6],f32>, !torch.int, !torch.list<int>, !torch.bool, !torch.none -> !torch.vtensor<[4],f32>
  return %0, %1 : !torch.vtensor<[4],f32>, !torch.vtensor<[4],f32>
}
