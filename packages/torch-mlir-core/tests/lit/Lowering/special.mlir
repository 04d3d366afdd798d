// RUN: torch-mlir-opt %s -torch-lower-to-linalg -split-input-file | FileCheck %s

// erfcx of f32 computes in f64: for x >= 0 the Chebyshev fit of (4 + x) erfcx(x)
// in t = 4 / (4 + |x|) (Clenshaw: mulf/subf/addf chains), for x < 0
// 2 exp(x^2) - erfcx(-x); a nan argument is passed through; truncf to f32.
// CHECK-LABEL: func.func @erfcx(
// CHECK:         linalg.generic
// CHECK:           %[[X:.*]] = arith.extf %{{.*}} : f32 to f64
// CHECK:           %[[NAN:.*]] = arith.cmpf uno, %[[X]], %[[X]] : f64
// CHECK:           math.absf %[[X]] : f64
// CHECK:           arith.constant 4.000000e+00 : f64
// CHECK:           arith.divf
// CHECK:           math.exp
// CHECK:           arith.cmpf olt, %[[X]]
// CHECK:           %[[V:.*]] = arith.select
// CHECK:           %[[R:.*]] = arith.select %[[NAN]], %[[X]], %[[V]] : f64
// CHECK:           arith.truncf %[[R]] : f64 to f32
func.func @erfcx(%arg0: !torch.vtensor<[?],f32>) -> !torch.vtensor<[?],f32> {
  %0 = torch.prims.erfcx %arg0 : !torch.vtensor<[?],f32> -> !torch.vtensor<[?],f32>
  return %0 : !torch.vtensor<[?],f32>
}

// -----

// lgamma of f64: the reflection for x < 0 with pi (x - round(x)) (exact
// reduction), the Stirling series at z >= 10 after the recurrence's shift,
// and inf at +-inf.
// CHECK-LABEL: func.func @lgamma(
// CHECK:         linalg.generic
// CHECK:           arith.cmpf uno, %[[X:.*]], %[[X]] : f64
// CHECK:           arith.cmpf olt, %[[X]], %{{.*}} : f64
// CHECK:           arith.cmpf olt, %{{.*}}, %{{.*}} : f64
// CHECK:           math.log
// CHECK:           %[[RND:.*]] = math.roundeven %[[X]] : f64
// CHECK:           arith.subf %[[X]], %[[RND]] : f64
// CHECK:           math.sin
// CHECK:           arith.constant 0x7FF0000000000000 : f64
// CHECK-NOT:       arith.truncf
// CHECK:           linalg.yield
func.func @lgamma(%arg0: !torch.vtensor<[3,?],f64>) -> !torch.vtensor<[3,?],f64> {
  %0 = torch.aten.lgamma %arg0 : !torch.vtensor<[3,?],f64> -> !torch.vtensor<[3,?],f64>
  return %0 : !torch.vtensor<[3,?],f64>
}
