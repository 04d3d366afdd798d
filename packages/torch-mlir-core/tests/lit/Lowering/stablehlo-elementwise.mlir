// RUN: torch-mlir-opt %s -torch-lower-to-stablehlo -split-input-file -verify-diagnostics | FileCheck %s

// StableHLO elementwise rules: operands converted to torch's computation
// dtype and broadcast together (broadcast_in_dim; dynamic_broadcast_in_dim
// with a shape tensor from get_dimension_size when a dim is dynamic).

// CHECK-LABEL: func.func @binary_broadcast(
// CHECK-SAME:    %[[X:.*]]: tensor<2x3xf32>, %[[Y:.*]]: tensor<3xf32>) -> tensor<2x3xf32>
// CHECK:         %[[YB:.*]] = "stablehlo.broadcast_in_dim"(%[[Y]]) {broadcast_dimensions = array<i64: 1>} : (tensor<3xf32>) -> tensor<2x3xf32>
// CHECK:         %[[A:.*]] = "stablehlo.constant"() {value = dense<2.000000e+00> : tensor<f32>}
// CHECK:         %[[AB:.*]] = "stablehlo.broadcast_in_dim"(%[[A]]) {broadcast_dimensions = array<i64>}
// CHECK:         %[[YA:.*]] = "stablehlo.multiply"(%[[YB]], %[[AB]])
// CHECK:         %[[R:.*]] = "stablehlo.subtract"(%[[X]], %[[YA]]) : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK:         return %[[R]]
func.func @binary_broadcast(%x: !torch.vtensor<[2,3],f32>, %y: !torch.vtensor<[3],f32>) -> !torch.vtensor<[2,3],f32> {
  %int2 = torch.constant.int 2
  %0 = torch.aten.sub.Tensor %x, %y, %int2 : !torch.vtensor<[2,3],f32>, !torch.vtensor<[3],f32>, !torch.int -> !torch.vtensor<[2,3],f32>
  return %0 : !torch.vtensor<[2,3],f32>
}

// -----

// CHECK-LABEL: func.func @dynamic_broadcast(
// CHECK-SAME:    %[[X:.*]]: tensor<?x4xf32>, %[[Y:.*]]: tensor<4xf32>) -> tensor<?x4xf32>
// CHECK:         %[[D:.*]] = "stablehlo.get_dimension_size"(%[[X]]) {dimension = 0 : i64} : (tensor<?x4xf32>) -> tensor<i32>
// CHECK:         %[[D64:.*]] = "stablehlo.convert"(%[[D]]) : (tensor<i32>) -> tensor<i64>
// CHECK:         %[[D1:.*]] = "stablehlo.reshape"(%[[D64]]) : (tensor<i64>) -> tensor<1xi64>
// CHECK:         %[[C4:.*]] = "stablehlo.constant"() {value = dense<4> : tensor<1xi64>}
// CHECK:         %[[S:.*]] = "stablehlo.concatenate"(%[[D1]], %[[C4]]) {dimension = 0 : i64} : (tensor<1xi64>, tensor<1xi64>) -> tensor<2xi64>
// CHECK:         %[[YB:.*]] = "stablehlo.dynamic_broadcast_in_dim"(%[[Y]], %[[S]]) {broadcast_dimensions = array<i64: 1>, known_expanding_dimensions = array<i64>, known_nonexpanding_dimensions = array<i64: 0>} : (tensor<4xf32>, tensor<2xi64>) -> tensor<?x4xf32>
// CHECK:         "stablehlo.multiply"(%[[X]], %[[YB]]) : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
func.func @dynamic_broadcast(%x: !torch.vtensor<[?,4],f32>, %y: !torch.vtensor<[4],f32>) -> !torch.vtensor<[?,4],f32> {
  %0 = torch.aten.mul.Tensor %x, %y : !torch.vtensor<[?,4],f32>, !torch.vtensor<[4],f32> -> !torch.vtensor<[?,4],f32>
  return %0 : !torch.vtensor<[?,4],f32>
}

// -----

// Promotion: an int operand of a float op is converted first.
// CHECK-LABEL: func.func @promote_int_float(
// CHECK-SAME:    %[[X:.*]]: tensor<4xi32>, %[[Y:.*]]: tensor<4xf32>)
// CHECK:         %[[XF:.*]] = "stablehlo.convert"(%[[X]]) : (tensor<4xi32>) -> tensor<4xf32>
// CHECK:         "stablehlo.add"(%[[XF]], %[[Y]])
func.func @promote_int_float(%x: !torch.vtensor<[4],si32>, %y: !torch.vtensor<[4],f32>) -> !torch.vtensor<[4],f32> {
  %int1 = torch.constant.int 1
  %0 = torch.aten.add.Tensor %x, %y, %int1 : !torch.vtensor<[4],si32>, !torch.vtensor<[4],f32>, !torch.int -> !torch.vtensor<[4],f32>
  return %0 : !torch.vtensor<[4],f32>
}

// -----

// CHECK-LABEL: func.func @unary_int_to_float(
// CHECK:         %[[F:.*]] = "stablehlo.convert"(%{{.*}}) : (tensor<4xi64>) -> tensor<4xf32>
// CHECK:         "stablehlo.exponential"(%[[F]]) : (tensor<4xf32>) -> tensor<4xf32>
func.func @unary_int_to_float(%x: !torch.vtensor<[4],si64>) -> !torch.vtensor<[4],f32> {
  %0 = torch.aten.exp %x : !torch.vtensor<[4],si64> -> !torch.vtensor<[4],f32>
  return %0 : !torch.vtensor<[4],f32>
}

// -----

// Comparisons carry StableHLO's enum attributes in their own syntax.
// CHECK-LABEL: func.func @compare_scalar(
// CHECK:         %[[C:.*]] = "stablehlo.constant"() {value = dense<5.000000e-01> : tensor<f32>}
// CHECK:         %[[CB:.*]] = "stablehlo.broadcast_in_dim"(%[[C]])
// CHECK:         "stablehlo.compare"(%{{.*}}, %[[CB]]) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
func.func @compare_scalar(%x: !torch.vtensor<[4],f32>) -> !torch.vtensor<[4],i1> {
  %float = torch.constant.float 5.000000e-01
  %0 = torch.aten.gt.Scalar %x, %float : !torch.vtensor<[4],f32>, !torch.float -> !torch.vtensor<[4],i1>
  return %0 : !torch.vtensor<[4],i1>
}

// -----

// CHECK-LABEL: func.func @where(
// CHECK-SAME:    %[[C:.*]]: tensor<4xi1>, %[[X:.*]]: tensor<4xf32>, %[[Y:.*]]: tensor<1xf32>)
// CHECK:         %[[YB:.*]] = "stablehlo.broadcast_in_dim"(%[[Y]]) {broadcast_dimensions = array<i64: 0>} : (tensor<1xf32>) -> tensor<4xf32>
// CHECK:         "stablehlo.select"(%[[C]], %[[X]], %[[YB]])
func.func @where(%c: !torch.vtensor<[4],i1>, %x: !torch.vtensor<[4],f32>, %y: !torch.vtensor<[1],f32>) -> !torch.vtensor<[4],f32> {
  %0 = torch.aten.where.self %c, %x, %y : !torch.vtensor<[4],i1>, !torch.vtensor<[4],f32>, !torch.vtensor<[1],f32> -> !torch.vtensor<[4],f32>
  return %0 : !torch.vtensor<[4],f32>
}

// -----

// CHECK-LABEL: func.func @cast(
// CHECK:         "stablehlo.convert"(%{{.*}}) : (tensor<4xf32>) -> tensor<4xi32>
func.func @cast(%x: !torch.vtensor<[4],f32>) -> !torch.vtensor<[4],si32> {
  %int3 = torch.constant.int 3
  %false = torch.constant.bool false
  %none = torch.constant.none
  %0 = torch.aten.to.dtype %x, %int3, %false, %false, %none : !torch.vtensor<[4],f32>, !torch.int, !torch.bool, !torch.bool, !torch.none -> !torch.vtensor<[4],si32>
  return %0 : !torch.vtensor<[4],si32>
}

// -----

// clamp is maximum then minimum; relu a maximum with 0; sigmoid is logistic.
// CHECK-LABEL: func.func @clamp_relu_sigmoid(
// CHECK:         %[[LO:.*]] = "stablehlo.constant"() {value = dense<-1.000000e+00> : tensor<f32>}
// CHECK:         %[[LOB:.*]] = "stablehlo.broadcast_in_dim"(%[[LO]])
// CHECK:         %[[A:.*]] = "stablehlo.maximum"(%{{.*}}, %[[LOB]])
// CHECK:         %[[HI:.*]] = "stablehlo.constant"() {value = dense<1.000000e+00> : tensor<f32>}
// CHECK:         %[[HIB:.*]] = "stablehlo.broadcast_in_dim"(%[[HI]])
// CHECK:         %[[B:.*]] = "stablehlo.minimum"(%[[A]], %[[HIB]])
// CHECK:         %[[Z:.*]] = "stablehlo.constant"() {value = dense<0.000000e+00> : tensor<f32>}
// CHECK:         %[[ZB:.*]] = "stablehlo.broadcast_in_dim"(%[[Z]])
// CHECK:         %[[R:.*]] = "stablehlo.maximum"(%[[B]], %[[ZB]])
// CHECK:         "stablehlo.logistic"(%[[R]])
func.func @clamp_relu_sigmoid(%x: !torch.vtensor<[4],f32>) -> !torch.vtensor<[4],f32> {
  %float0 = torch.constant.float -1.000000e+00
  %float1 = torch.constant.float 1.000000e+00
  %0 = torch.aten.clamp %x, %float0, %float1 : !torch.vtensor<[4],f32>, !torch.float, !torch.float -> !torch.vtensor<[4],f32>
  %1 = torch.aten.relu %0 : !torch.vtensor<[4],f32> -> !torch.vtensor<[4],f32>
  %2 = torch.aten.sigmoid %1 : !torch.vtensor<[4],f32> -> !torch.vtensor<[4],f32>
  return %2 : !torch.vtensor<[4],f32>
}

// -----

// Exact gelu: 0.5 * x * (1 + erf(x / sqrt(2))), erf from CHLO.
// CHECK-LABEL: func.func @gelu(
// CHECK:         %[[S:.*]] = "stablehlo.multiply"(%{{.*}}, %{{.*}})
// CHECK:         %[[E:.*]] = "chlo.erf"(%[[S]]) : (tensor<4xf32>) -> tensor<4xf32>
// CHECK:         "stablehlo.add"(%{{.*}}, %[[E]])
func.func @gelu(%x: !torch.vtensor<[4],f32>) -> !torch.vtensor<[4],f32> {
  %str = torch.constant.str "none"
  %0 = torch.aten.gelu %x, %str : !torch.vtensor<[4],f32>, !torch.str -> !torch.vtensor<[4],f32>
  return %0 : !torch.vtensor<[4],f32>
}

// -----

// Unsigned integers would need StableHLO's ui types: a located error, not
// a signed computation.
func.func @uint8_refused(%x: !torch.vtensor<[4],ui8>) -> !torch.vtensor<[4],ui8> {
  // expected-error @+1 {{'torch.aten.neg' could not be lowered to stablehlo: uint8 tensors are not supported by the StableHLO lowering}}
  %0 = torch.aten.neg %x : !torch.vtensor<[4],ui8> -> !torch.vtensor<[4],ui8>
  return %0 : !torch.vtensor<[4],ui8>
}
// expected-error @unknown {{1 op(s) could not be lowered to stablehlo: torch.aten.neg}}

// -----

// Python's remainder: stablehlo.remainder (C's fmod), plus the divisor where
// a nonzero result and the divisor have different signs.
// CHECK-LABEL: func.func @remainder(
// CHECK-SAME:    %[[X:.*]]: tensor<4xi64>, %[[Y:.*]]: tensor<4xi64>)
// CHECK:         %[[R:.*]] = "stablehlo.remainder"(%[[X]], %[[Y]])
// CHECK:         %[[NZ:.*]] = "stablehlo.compare"(%[[R]], %{{.*}}) {{.*}}comparison_direction = #stablehlo<comparison_direction NE>
// CHECK:         %[[RN:.*]] = "stablehlo.compare"(%[[R]], %{{.*}}) {{.*}}comparison_direction = #stablehlo<comparison_direction LT>
// CHECK:         %[[YN:.*]] = "stablehlo.compare"(%[[Y]], %{{.*}}) {{.*}}comparison_direction = #stablehlo<comparison_direction LT>
// CHECK:         %[[D:.*]] = "stablehlo.compare"(%[[RN]], %[[YN]]) {compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}
// CHECK:         %[[FIX:.*]] = "stablehlo.and"(%[[NZ]], %[[D]])
// CHECK:         %[[ADJ:.*]] = "stablehlo.add"(%[[R]], %[[Y]])
// CHECK:         "stablehlo.select"(%[[FIX]], %[[ADJ]], %[[R]])
func.func @remainder(%x: !torch.vtensor<[4],si64>, %y: !torch.vtensor<[4],si64>) -> !torch.vtensor<[4],si64> {
  %0 = torch.aten.remainder.Tensor %x, %y : !torch.vtensor<[4],si64>, !torch.vtensor<[4],si64> -> !torch.vtensor<[4],si64>
  return %0 : !torch.vtensor<[4],si64>
}

// -----

// trunc rounds toward zero (ceil below 0, floor above); inverse trig is CHLO.
// CHECK-LABEL: func.func @trunc_asinh(
// CHECK:         %[[LT:.*]] = "stablehlo.compare"(%{{.*}}, %{{.*}}) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}
// CHECK:         %[[C:.*]] = "stablehlo.ceil"
// CHECK:         %[[F:.*]] = "stablehlo.floor"
// CHECK:         %[[T:.*]] = "stablehlo.select"(%[[LT]], %[[C]], %[[F]])
// CHECK:         "chlo.asinh"(%[[T]]) : (tensor<4xf32>) -> tensor<4xf32>
func.func @trunc_asinh(%x: !torch.vtensor<[4],f32>) -> !torch.vtensor<[4],f32> {
  %0 = torch.aten.trunc %x : !torch.vtensor<[4],f32> -> !torch.vtensor<[4],f32>
  %1 = torch.aten.asinh %0 : !torch.vtensor<[4],f32> -> !torch.vtensor<[4],f32>
  return %1 : !torch.vtensor<[4],f32>
}

// -----

// bool + bool is or, bool * bool is and (IREE adds i1 modulo 2).
// CHECK-LABEL: func.func @bool_add_mul(
// CHECK:         "stablehlo.or"(%{{.*}}, %{{.*}}) : (tensor<3xi1>, tensor<3xi1>) -> tensor<3xi1>
// CHECK:         "stablehlo.and"(%{{.*}}, %{{.*}}) : (tensor<3xi1>, tensor<3xi1>) -> tensor<3xi1>
func.func @bool_add_mul(%a: !torch.vtensor<[3],i1>, %b: !torch.vtensor<[3],i1>) -> (!torch.vtensor<[3],i1>, !torch.vtensor<[3],i1>) {
  %int1 = torch.constant.int 1
  %0 = torch.aten.add.Tensor %a, %b, %int1 : !torch.vtensor<[3],i1>, !torch.vtensor<[3],i1>, !torch.int -> !torch.vtensor<[3],i1>
  %1 = torch.aten.mul.Tensor %a, %b : !torch.vtensor<[3],i1>, !torch.vtensor<[3],i1> -> !torch.vtensor<[3],i1>
  return %0, %1 : !torch.vtensor<[3],i1>, !torch.vtensor<[3],i1>
}
