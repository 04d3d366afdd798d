// RUN: torch-mlir-opt %s -torch-lower-to-stablehlo -split-input-file | FileCheck %s

// StableHLO normalizations composed from reductions and elementwise ops.

// Layer norm: mean and variance over the normalized dims (divided by their
// size), rsqrt(var + eps), then weight and bias; the unused mean/rstd results
// build nothing.
// CHECK-LABEL: func.func @layer_norm(
// CHECK-SAME:    %[[X:.*]]: tensor<?x8xf32>, %[[W:.*]]: tensor<8xf32>, %[[B:.*]]: tensor<8xf32>)
// CHECK:         %[[S:.*]] = "stablehlo.reduce"(%[[X]], %{{.*}})
// CHECK:         }) {dimensions = array<i64: 1>} : (tensor<?x8xf32>, tensor<f32>) -> tensor<?xf32>
// CHECK:         %[[N:.*]] = "stablehlo.constant"() {value = dense<8.000000e+00> : tensor<f32>}
// CHECK:         %[[MU:.*]] = "stablehlo.divide"(%[[S]], %{{.*}})
// CHECK:         %[[MU2:.*]] = tensor.reshape %[[MU]](%{{.*}}) : (tensor<?xf32>, tensor<2xi64>) -> tensor<?x1xf32>
// CHECK:         %[[MUB:.*]] = "stablehlo.dynamic_broadcast_in_dim"(%[[MU2]], %{{.*}}) {broadcast_dimensions = array<i64: 0, 1>, known_expanding_dimensions = {{.*}}}
// CHECK:         %[[C:.*]] = "stablehlo.subtract"(%[[X]], %[[MUB]])
// CHECK:         %[[SQ:.*]] = "stablehlo.multiply"(%[[C]], %[[C]])
// CHECK:         "stablehlo.reduce"(%[[SQ]], %{{.*}})
// CHECK:         %[[EPS:.*]] = "stablehlo.constant"() {value = dense<9.99999974E-6> : tensor<f32>}
// CHECK:         %[[R:.*]] = "stablehlo.rsqrt"
// CHECK:         %[[Y:.*]] = "stablehlo.multiply"(%[[C]], %{{.*}})
// CHECK:         %[[WB:.*]] = "stablehlo.dynamic_broadcast_in_dim"(%[[W]], %{{.*}}) {broadcast_dimensions = array<i64: 1>, known_expanding_dimensions = {{.*}}}
// CHECK:         %[[YW:.*]] = "stablehlo.multiply"(%[[Y]], %[[WB]])
// CHECK:         %[[BB:.*]] = "stablehlo.dynamic_broadcast_in_dim"(%[[B]], %{{.*}}) {broadcast_dimensions = array<i64: 1>, known_expanding_dimensions = {{.*}}}
// CHECK:         %[[OUT:.*]] = "stablehlo.add"(%[[YW]], %[[BB]])
// CHECK-NEXT:    return %[[OUT]]
func.func @layer_norm(%x: !torch.vtensor<[?,8],f32>, %w: !torch.vtensor<[8],f32>, %b: !torch.vtensor<[8],f32>) -> !torch.vtensor<[?,8],f32> {
  %int8 = torch.constant.int 8
  %eps = torch.constant.float 1.000000e-05
  %0 = torch.prim.ListConstruct %int8 : (!torch.int) -> !torch.list<int>
  %r:3 = torch.aten.native_layer_norm %x, %0, %w, %b, %eps : !torch.vtensor<[?,8],f32>, !torch.list<int>, !torch.vtensor<[8],f32>, !torch.vtensor<[8],f32>, !torch.float -> !torch.vtensor<[?,8],f32>, !torch.vtensor<[?,1],f32>, !torch.vtensor<[?,1],f32>
  return %r#0 : !torch.vtensor<[?,8],f32>
}

// -----

// Inference batch norm: per-channel vectors broadcast along dim 1.
// CHECK-LABEL: func.func @batch_norm(
// CHECK-SAME:    %[[X:.*]]: tensor<2x3x4x4xf32>, %[[W:.*]]: tensor<3xf32>, %[[B:.*]]: tensor<3xf32>, %[[M:.*]]: tensor<3xf32>, %[[V:.*]]: tensor<3xf32>)
// CHECK:         %[[VE:.*]] = "stablehlo.add"(%[[V]], %{{.*}}) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
// CHECK:         %[[R:.*]] = "stablehlo.rsqrt"(%[[VE]])
// CHECK:         %[[MB:.*]] = "stablehlo.broadcast_in_dim"(%[[M]]) {broadcast_dimensions = array<i64: 1>} : (tensor<3xf32>) -> tensor<2x3x4x4xf32>
// CHECK:         %[[C:.*]] = "stablehlo.subtract"(%[[X]], %[[MB]])
// CHECK:         %[[RB:.*]] = "stablehlo.broadcast_in_dim"(%[[R]]) {broadcast_dimensions = array<i64: 1>}
// CHECK:         %[[N:.*]] = "stablehlo.multiply"(%[[C]], %[[RB]])
// CHECK:         %[[WB:.*]] = "stablehlo.broadcast_in_dim"(%[[W]]) {broadcast_dimensions = array<i64: 1>}
// CHECK:         %[[NW:.*]] = "stablehlo.multiply"(%[[N]], %[[WB]])
// CHECK:         %[[BB:.*]] = "stablehlo.broadcast_in_dim"(%[[B]]) {broadcast_dimensions = array<i64: 1>}
// CHECK:         "stablehlo.add"(%[[NW]], %[[BB]])
func.func @batch_norm(%x: !torch.vtensor<[2,3,4,4],f32>, %w: !torch.vtensor<[3],f32>, %b: !torch.vtensor<[3],f32>, %m: !torch.vtensor<[3],f32>, %v: !torch.vtensor<[3],f32>) -> !torch.vtensor<[2,3,4,4],f32> {
  %mom = torch.constant.float 1.000000e-01
  %eps = torch.constant.float 1.000000e-05
  %r:3 = torch.aten._native_batch_norm_legit_no_training %x, %w, %b, %m, %v, %mom, %eps : !torch.vtensor<[2,3,4,4],f32>, !torch.vtensor<[3],f32>, !torch.vtensor<[3],f32>, !torch.vtensor<[3],f32>, !torch.vtensor<[3],f32>, !torch.float, !torch.float -> !torch.vtensor<[2,3,4,4],f32>, !torch.vtensor<[0],f32>, !torch.vtensor<[0],f32>
  return %r#0 : !torch.vtensor<[2,3,4,4],f32>
}
