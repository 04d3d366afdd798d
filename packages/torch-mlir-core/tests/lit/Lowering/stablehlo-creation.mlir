// RUN: torch-mlir-opt %s -torch-lower-to-stablehlo -split-input-file | FileCheck %s

// StableHLO creation ops: literals, fills, iota ranges and masks.

// Literals become stablehlo.constant on signless types.
// CHECK-LABEL: func.func @literal(
// CHECK:         "stablehlo.constant"() {value = dense<[1, 2, 3]> : tensor<3xi64>} : () -> tensor<3xi64>
func.func @literal() -> !torch.vtensor<[3],si64> {
  %0 = torch.vtensor.literal(dense<[1, 2, 3]> : tensor<3xsi64>) : !torch.vtensor<[3],si64>
  return %0 : !torch.vtensor<[3],si64>
}

// -----

// CHECK-LABEL: func.func @full_dynamic(
// CHECK-SAME:    %[[X:.*]]: tensor<?x4xf32>)
// CHECK:         %[[V:.*]] = "stablehlo.constant"() {value = dense<2.500000e+00> : tensor<f32>}
// CHECK:         "stablehlo.get_dimension_size"(%[[X]]) {dimension = 0 : i64}
// CHECK:         "stablehlo.dynamic_broadcast_in_dim"(%[[V]], %{{.*}}) {broadcast_dimensions = array<i64>, known_expanding_dimensions = {{.*}}} : (tensor<f32>, tensor<2xi64>) -> tensor<?x4xf32>
func.func @full_dynamic(%x: !torch.vtensor<[?,4],f32>) -> !torch.vtensor<[?,4],f32> {
  %float = torch.constant.float 2.500000e+00
  %none = torch.constant.none
  %0 = torch.aten.full_like %x, %float, %none, %none, %none, %none, %none : !torch.vtensor<[?,4],f32>, !torch.float, !torch.none, !torch.none, !torch.none, !torch.none, !torch.none -> !torch.vtensor<[?,4],f32>
  return %0 : !torch.vtensor<[?,4],f32>
}

// -----

// arange(1, 9, 2): iota * 2 + 1.
// CHECK-LABEL: func.func @arange(
// CHECK:         %[[I:.*]] = "stablehlo.iota"() {iota_dimension = 0 : i64} : () -> tensor<4xi64>
// CHECK:         %[[M:.*]] = "stablehlo.multiply"(%[[I]], %{{.*}})
// CHECK:         %[[ONE:.*]] = "stablehlo.constant"() {value = dense<1> : tensor<i64>}
// CHECK:         "stablehlo.add"(%[[M]], %{{.*}})
func.func @arange() -> !torch.vtensor<[4],si64> {
  %int1 = torch.constant.int 1
  %int9 = torch.constant.int 9
  %int2 = torch.constant.int 2
  %none = torch.constant.none
  %0 = torch.aten.arange.start_step %int1, %int9, %int2, %none, %none, %none, %none : !torch.int, !torch.int, !torch.int, !torch.none, !torch.none, !torch.none, !torch.none -> !torch.vtensor<[4],si64>
  return %0 : !torch.vtensor<[4],si64>
}

// -----

// triu(x, 1): keep where col - row >= 1.
// CHECK-LABEL: func.func @triu(
// CHECK-SAME:    %[[X:.*]]: tensor<3x3xf32>)
// CHECK:         %[[R:.*]] = "stablehlo.iota"() {iota_dimension = 0 : i64} : () -> tensor<3x3xi64>
// CHECK:         %[[C:.*]] = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<3x3xi64>
// CHECK:         %[[D:.*]] = "stablehlo.subtract"(%[[C]], %[[R]])
// CHECK:         %[[K:.*]] = "stablehlo.constant"() {value = dense<1> : tensor<3x3xi64>}
// CHECK:         %[[KEEP:.*]] = "stablehlo.compare"(%[[D]], %[[K]]) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}
// CHECK:         "stablehlo.select"(%[[KEEP]], %[[X]], %{{.*}})
func.func @triu(%x: !torch.vtensor<[3,3],f32>) -> !torch.vtensor<[3,3],f32> {
  %int1 = torch.constant.int 1
  %0 = torch.aten.triu %x, %int1 : !torch.vtensor<[3,3],f32>, !torch.int -> !torch.vtensor<[3,3],f32>
  return %0 : !torch.vtensor<[3,3],f32>
}
