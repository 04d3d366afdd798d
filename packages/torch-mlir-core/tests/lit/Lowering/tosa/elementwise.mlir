// RUN: torch-mlir-opt %s -torch-lower-to-tosa -split-input-file -verify-diagnostics | FileCheck %s

// Elementwise TOSA rules: static, dynamic and broadcast shapes, torch's
// dtype promotion, activations composed of TOSA ops.

// CHECK-LABEL: func.func @unary_static(
// CHECK-SAME:    %[[X:.*]]: tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK:         %[[R:.*]] = tosa.exp %[[X]] : (tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK:         return %[[R]]
func.func @unary_static(%arg0: !torch.vtensor<[2,3],f32>) -> !torch.vtensor<[2,3],f32> {
  %0 = torch.aten.exp %arg0 : !torch.vtensor<[2,3],f32> -> !torch.vtensor<[2,3],f32>
  return %0 : !torch.vtensor<[2,3],f32>
}

// -----

// Dynamic dims stay dynamic.
// CHECK-LABEL: func.func @unary_dynamic(
// CHECK-SAME:    %[[X:.*]]: tensor<?x?xf32>) -> tensor<?x?xf32>
// CHECK:         tosa.tanh %[[X]] : (tensor<?x?xf32>) -> tensor<?x?xf32>
func.func @unary_dynamic(%arg0: !torch.vtensor<[?,?],f32>) -> !torch.vtensor<[?,?],f32> {
  %0 = torch.aten.tanh %arg0 : !torch.vtensor<[?,?],f32> -> !torch.vtensor<[?,?],f32>
  return %0 : !torch.vtensor<[?,?],f32>
}

// -----

// TOSA broadcasts between equal ranks: the rank-1 operand is reshaped to
// 1x4 (a !tosa.shape constant), alpha multiplies it (tosa.mul's shift is 0).
// CHECK-LABEL: func.func @add_broadcast_alpha(
// CHECK-SAME:    %[[A:.*]]: tensor<?x4xf32>, %[[B:.*]]: tensor<4xf32>)
// CHECK:         %[[S:.*]] = tosa.const_shape  {values = dense<[1, 4]> : tensor<2xindex>} : () -> !tosa.shape<2>
// CHECK:         %[[B2:.*]] = tosa.reshape %[[B]], %[[S]] : (tensor<4xf32>, !tosa.shape<2>) -> tensor<1x4xf32>
// CHECK:         %[[ALPHA:.*]] = "tosa.const"() <{values = dense<2.000000e+00> : tensor<1x1xf32>}>
// CHECK:         %[[SHIFT:.*]] = "tosa.const"() <{values = dense<0> : tensor<1xi8>}>
// CHECK:         %[[SCALED:.*]] = tosa.mul %[[B2]], %[[ALPHA]], %[[SHIFT]]
// CHECK:         tosa.add %[[A]], %[[SCALED]] : (tensor<?x4xf32>, tensor<1x4xf32>) -> tensor<?x4xf32>
func.func @add_broadcast_alpha(%a: !torch.vtensor<[?,4],f32>, %b: !torch.vtensor<[4],f32>) -> !torch.vtensor<[?,4],f32> {
  %int2 = torch.constant.int 2
  %0 = torch.aten.add.Tensor %a, %b, %int2 : !torch.vtensor<[?,4],f32>, !torch.vtensor<[4],f32>, !torch.int -> !torch.vtensor<[?,4],f32>
  return %0 : !torch.vtensor<[?,4],f32>
}

// -----

// The int32 operand is cast to the promoted dtype first.
// CHECK-LABEL: func.func @mul_promotes(
// CHECK-SAME:    %[[A:.*]]: tensor<3xi32>, %[[B:.*]]: tensor<3xf32>)
// CHECK:         %[[AF:.*]] = tosa.cast %[[A]] : (tensor<3xi32>) -> tensor<3xf32>
// CHECK:         tosa.mul %[[AF]], %[[B]], %{{.*}} : (tensor<3xf32>, tensor<3xf32>, tensor<1xi8>) -> tensor<3xf32>
func.func @mul_promotes(%a: !torch.vtensor<[3],si32>, %b: !torch.vtensor<[3],f32>) -> !torch.vtensor<[3],f32> {
  %0 = torch.aten.mul.Tensor %a, %b : !torch.vtensor<[3],si32>, !torch.vtensor<[3],f32> -> !torch.vtensor<[3],f32>
  return %0 : !torch.vtensor<[3],f32>
}

// -----

// Float math on integers computes in the default float dtype; sqrt is pow 0.5.
// CHECK-LABEL: func.func @sqrt_int_to_float(
// CHECK:         %[[F:.*]] = tosa.cast %{{.*}} : (tensor<4xi64>) -> tensor<4xf32>
// CHECK:         %[[H:.*]] = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1xf32>}>
// CHECK:         tosa.pow %[[F]], %[[H]]
func.func @sqrt_int_to_float(%arg0: !torch.vtensor<[4],si64>) -> !torch.vtensor<[4],f32> {
  %0 = torch.aten.sqrt %arg0 : !torch.vtensor<[4],si64> -> !torch.vtensor<[4],f32>
  return %0 : !torch.vtensor<[4],f32>
}

// -----

// gelu (erf): 0.5 * x * (1 + erf(x / sqrt(2))).
// CHECK-LABEL: func.func @gelu_erf(
// CHECK:         dense<0.707106769>
// CHECK:         %[[E:.*]] = tosa.erf
// CHECK:         %[[HALF:.*]] = tosa.mul %arg0, %{{.*}}, %{{.*}}
// CHECK:         %[[ONE:.*]] = tosa.add %[[E]], %{{.*}}
// CHECK:         tosa.mul %[[HALF]], %[[ONE]]
func.func @gelu_erf(%arg0: !torch.vtensor<[4],f32>) -> !torch.vtensor<[4],f32> {
  %none = torch.constant.str "none"
  %0 = torch.aten.gelu %arg0, %none : !torch.vtensor<[4],f32>, !torch.str -> !torch.vtensor<[4],f32>
  return %0 : !torch.vtensor<[4],f32>
}

// -----

// gelu (tanh): 0.5 * x * (1 + tanh(sqrt(2/pi) * (x + 0.044715 x^3))).
// CHECK-LABEL: func.func @gelu_tanh(
// CHECK:         dense<4.471500e-02>
// CHECK:         dense<0.797884583>
// CHECK:         tosa.tanh
func.func @gelu_tanh(%arg0: !torch.vtensor<[4],f32>) -> !torch.vtensor<[4],f32> {
  %tanh = torch.constant.str "tanh"
  %0 = torch.aten.gelu %arg0, %tanh : !torch.vtensor<[4],f32>, !torch.str -> !torch.vtensor<[4],f32>
  return %0 : !torch.vtensor<[4],f32>
}

// -----

// CHECK-LABEL: func.func @relu_clamp_sigmoid(
// CHECK:         %[[R:.*]] = tosa.clamp %arg0 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32}
// CHECK:         %[[C:.*]] = tosa.clamp %[[R]] {max_val = 6.000000e+00 : f32, min_val = -1.000000e+00 : f32}
// CHECK:         tosa.sigmoid %[[C]]
func.func @relu_clamp_sigmoid(%arg0: !torch.vtensor<[4],f32>) -> !torch.vtensor<[4],f32> {
  %lo = torch.constant.float -1.0
  %hi = torch.constant.float 6.0
  %0 = torch.aten.relu %arg0 : !torch.vtensor<[4],f32> -> !torch.vtensor<[4],f32>
  %1 = torch.aten.clamp %0, %lo, %hi : !torch.vtensor<[4],f32>, !torch.float, !torch.float -> !torch.vtensor<[4],f32>
  %2 = torch.aten.sigmoid %1 : !torch.vtensor<[4],f32> -> !torch.vtensor<[4],f32>
  return %2 : !torch.vtensor<[4],f32>
}

// -----

// Integer floor division: tosa.intdiv (toward zero), then one less where the
// remainder is nonzero and its sign differs from the divisor's.
// CHECK-LABEL: func.func @floor_divide_int(
// CHECK:         %[[Q:.*]] = tosa.intdiv %arg0, %arg1 : (tensor<4xi64>, tensor<4xi64>) -> tensor<4xi64>
// CHECK:         %[[FIX:.*]] = tosa.logical_and
// CHECK:         %[[QM1:.*]] = tosa.sub %[[Q]], %{{.*}}
// CHECK:         %[[R:.*]] = tosa.select %[[FIX]], %[[QM1]], %[[Q]]
// CHECK:         return %[[R]]
func.func @floor_divide_int(%a: !torch.vtensor<[4],si64>, %b: !torch.vtensor<[4],si64>) -> !torch.vtensor<[4],si64> {
  %floor = torch.constant.str "floor"
  %0 = torch.aten.div.Tensor_mode %a, %b, %floor : !torch.vtensor<[4],si64>, !torch.vtensor<[4],si64>, !torch.str -> !torch.vtensor<[4],si64>
  return %0 : !torch.vtensor<[4],si64>
}

// -----

// Float rounding division would multiply by a reciprocal, which can land
// just below an integer: reported rather than a wrong answer.
// expected-error @unknown {{1 op(s) could not be lowered to tosa: torch.aten.div.Tensor_mode}}
func.func @floor_divide_float(%a: !torch.vtensor<[4],f32>, %b: !torch.vtensor<[4],f32>) -> !torch.vtensor<[4],f32> {
  %floor = torch.constant.str "floor"
  // expected-error @below {{'torch.aten.div.Tensor_mode' could not be lowered to tosa: rounding_mode='floor' on floats (TOSA has no exact float division)}}
  %0 = torch.aten.div.Tensor_mode %a, %b, %floor : !torch.vtensor<[4],f32>, !torch.vtensor<[4],f32>, !torch.str -> !torch.vtensor<[4],f32>
  return %0 : !torch.vtensor<[4],f32>
}

// -----

// With dynamic dims the broadcast is decided at run time: reported.
// expected-error @unknown {{1 op(s) could not be lowered to tosa: torch.aten.copy}}
func.func @copy_dynamic(%x: !torch.vtensor<[?,2],f32>, %y: !torch.vtensor<[?,2],f32>) -> !torch.vtensor<[?,2],f32> {
  %false = torch.constant.bool false
  // expected-error @below {{'torch.aten.copy' could not be lowered to tosa: a copy between tensors with dynamic dims needs}}
  %0 = torch.aten.copy %x, %y, %false : !torch.vtensor<[?,2],f32>, !torch.vtensor<[?,2],f32>, !torch.bool -> !torch.vtensor<[?,2],f32>
  return %0 : !torch.vtensor<[?,2],f32>
}
