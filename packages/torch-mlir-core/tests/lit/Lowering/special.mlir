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

// -----

// chebyshev_polynomial_t of f32 computes in f32 as eager's kernel: the degree
// truncated to i64 (-1, hence 0, for nan/inf/|n| >= 2^63), the recurrence
// (an scf.while stopping at j = n, or at once at the ends or where the closed
// form applies, or on nan) with eager's fused multiply-add, cos(n acos x) for
// n > 6 inside (-1, 1), the values at +-1, and 0 for n < 0.
// CHECK-LABEL: func.func @chebyshev_t(
// CHECK:         linalg.generic
// CHECK:           %[[SEL:.*]] = arith.select %{{.*}}, %[[N:.*]], %{{.*}} : f32
// CHECK:           %[[K:.*]] = arith.fptosi %[[SEL]] : f32 to i64
// CHECK:           %[[PLUS:.*]] = arith.cmpf oeq, %[[X:.*]], %{{.*}} : f32
// CHECK:           %[[MINUS:.*]] = arith.cmpf oeq, %[[X]], %{{.*}} : f32
// CHECK:           %[[C6:.*]] = arith.constant 6 : i64
// CHECK:           arith.cmpi sgt, %[[K]], %[[C6]] : i64
// CHECK:           %[[LIMIT:.*]] = arith.select %{{.*}}, %{{.*}}, %[[K]] : i64
// CHECK:           %[[LOOP:.*]]:3 = scf.while
// CHECK:             arith.cmpi slt, %{{.*}}, %[[LIMIT]] : i64
// CHECK:             arith.cmpf uno
// CHECK:             scf.condition
// CHECK:             math.fma
// CHECK:             scf.yield
// CHECK:           math.acos %[[X]] : f32
// CHECK:           math.cos
// CHECK:           arith.select %{{.*}}, %{{.*}}, %[[LOOP]]#2 : f32
// CHECK:           arith.select %[[MINUS]]
// CHECK:           arith.select %[[PLUS]]
// CHECK:           arith.cmpi slt, %[[K]], %{{.*}} : i64
// CHECK:           linalg.yield
func.func @chebyshev_t(%arg0: !torch.vtensor<[?],f32>, %arg1: !torch.vtensor<[?],f32>) -> !torch.vtensor<[?],f32> {
  %0 = torch.aten.special_chebyshev_polynomial_t %arg0, %arg1 : !torch.vtensor<[?],f32>, !torch.vtensor<[?],f32> -> !torch.vtensor<[?],f32>
  return %0 : !torch.vtensor<[?],f32>
}

// -----

// hermite_polynomial_h with a constant degree (n_scalar) in f64: nan above
// degree 512, the recurrence's k = 2j as a multiple of j.
// CHECK-LABEL: func.func @hermite_h(
// CHECK:         linalg.generic
// CHECK:           %[[C512:.*]] = arith.constant 512 : i64
// CHECK:           %[[BIG:.*]] = arith.cmpi sgt, %{{.*}}, %[[C512]] : i64
// CHECK:           scf.while
// CHECK:             arith.constant 2.000000e+00 : f64
// CHECK:             math.fma
// CHECK:           arith.select %[[BIG]], %{{.*}}, %{{.*}} : f64
func.func @hermite_h(%arg0: !torch.vtensor<[4],f64>) -> !torch.vtensor<[4],f64> {
  %int5 = torch.constant.int 5
  %0 = torch.aten.special_hermite_polynomial_h.n_scalar %arg0, %int5 : !torch.vtensor<[4],f64>, !torch.int -> !torch.vtensor<[4],f64>
  return %0 : !torch.vtensor<[4],f64>
}
