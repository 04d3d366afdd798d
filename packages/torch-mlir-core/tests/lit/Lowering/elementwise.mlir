// RUN: torch-mlir-opt %s -torch-lower-to-linalg -split-input-file | FileCheck %s

// Elementwise rules: one broadcasting linalg.generic per op, computing in
// torch's promoted dtype; static, dynamic and broadcast shapes.

// CHECK-LABEL: func.func @unary_static(
// CHECK-SAME:    %[[X:.*]]: tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK:         %[[E:.*]] = tensor.empty() : tensor<2x3xf32>
// CHECK:         %[[R:.*]] = linalg.generic {{.*}} iterator_types = ["parallel", "parallel"]} ins(%[[X]] : tensor<2x3xf32>) outs(%[[E]] : tensor<2x3xf32>)
// CHECK:         ^bb0(%[[IN:.*]]: f32, %{{.*}}: f32):
// CHECK:           %[[V:.*]] = math.exp %[[IN]] : f32
// CHECK:           linalg.yield %[[V]] : f32
// CHECK:         return %[[R]]
func.func @unary_static(%arg0: !torch.vtensor<[2,3],f32>) -> !torch.vtensor<[2,3],f32> {
  %0 = torch.aten.exp %arg0 : !torch.vtensor<[2,3],f32> -> !torch.vtensor<[2,3],f32>
  return %0 : !torch.vtensor<[2,3],f32>
}

// -----

// CHECK-LABEL: func.func @unary_dynamic(
// CHECK-SAME:    %[[X:.*]]: tensor<?x?xf32>) -> tensor<?x?xf32>
// CHECK-DAG:     %[[C0:.*]] = arith.constant 0 : index
// CHECK-DAG:     %[[C1:.*]] = arith.constant 1 : index
// CHECK-DAG:     %[[D0:.*]] = tensor.dim %[[X]], %[[C0]] : tensor<?x?xf32>
// CHECK-DAG:     %[[D1:.*]] = tensor.dim %[[X]], %[[C1]] : tensor<?x?xf32>
// CHECK:         %[[E:.*]] = tensor.empty(%[[D0]], %[[D1]]) : tensor<?x?xf32>
// CHECK:         linalg.generic {{.*}} ins(%[[X]] : tensor<?x?xf32>) outs(%[[E]] : tensor<?x?xf32>)
// CHECK:           math.tanh
func.func @unary_dynamic(%arg0: !torch.vtensor<[?,?],f32>) -> !torch.vtensor<[?,?],f32> {
  %0 = torch.aten.tanh %arg0 : !torch.vtensor<[?,?],f32> -> !torch.vtensor<[?,?],f32>
  return %0 : !torch.vtensor<[?,?],f32>
}

// -----

// Integer operands of float-only math compute in the default float dtype.
// CHECK-LABEL: func.func @sqrt_int_to_float(
// CHECK:         ^bb0(%[[IN:.*]]: i32, %{{.*}}: f32):
// CHECK:           %[[F:.*]] = arith.sitofp %[[IN]] : i32 to f32
// CHECK:           math.sqrt %[[F]] : f32
func.func @sqrt_int_to_float(%arg0: !torch.vtensor<[4],si32>) -> !torch.vtensor<[4],f32> {
  %0 = torch.aten.sqrt %arg0 : !torch.vtensor<[4],si32> -> !torch.vtensor<[4],f32>
  return %0 : !torch.vtensor<[4],f32>
}

// -----

// CHECK-LABEL: func.func @abs_neg_int(
// CHECK:           math.absi %{{.*}} : i64
// CHECK:         %[[D:.*]] = tensor.dim
// CHECK:         tensor.empty(%[[D]]) : tensor<?xi64>
// CHECK:           %[[Z:.*]] = arith.constant 0 : i64
// CHECK:           arith.subi %[[Z]], %{{.*}} : i64
func.func @abs_neg_int(%arg0: !torch.vtensor<[?],si64>) -> !torch.vtensor<[?],si64> {
  %0 = torch.aten.abs %arg0 : !torch.vtensor<[?],si64> -> !torch.vtensor<[?],si64>
  %1 = torch.aten.neg %0 : !torch.vtensor<[?],si64> -> !torch.vtensor<[?],si64>
  return %1 : !torch.vtensor<[?],si64>
}

// -----

// Broadcasting: size-1 and missing leading dims read at index 0 / not at all;
// alpha scales the second operand.
// CHECK-DAG:   #[[M3:.*]] = affine_map<(d0, d1, d2) -> (d0, 0, d2)>
// CHECK-DAG:   #[[M2:.*]] = affine_map<(d0, d1, d2) -> (d1, d2)>
// CHECK-DAG:   #[[ID:.*]] = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-LABEL: func.func @add_broadcast_alpha(
// CHECK:         %[[E:.*]] = tensor.empty() : tensor<4x5x3xf32>
// CHECK:         linalg.generic {indexing_maps = [#[[M3]], #[[M2]], #[[ID]]]
// CHECK:         ^bb0(%[[A:.*]]: f32, %[[B:.*]]: f32, %{{.*}}: f32):
// CHECK:           %[[ALPHA:.*]] = arith.constant 2.500000e+00 : f32
// CHECK:           %[[S:.*]] = arith.mulf %[[B]], %[[ALPHA]] : f32
// CHECK:           arith.addf %[[A]], %[[S]] : f32
func.func @add_broadcast_alpha(%arg0: !torch.vtensor<[4,1,3],f32>, %arg1: !torch.vtensor<[5,3],f32>) -> !torch.vtensor<[4,5,3],f32> {
  %float2 = torch.constant.float 2.5
  %0 = torch.aten.add.Tensor %arg0, %arg1, %float2 : !torch.vtensor<[4,1,3],f32>, !torch.vtensor<[5,3],f32>, !torch.float -> !torch.vtensor<[4,5,3],f32>
  return %0 : !torch.vtensor<[4,5,3],f32>
}

// -----

// CHECK-DAG:   #[[ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG:   #[[ROW:.*]] = affine_map<(d0, d1) -> (d1)>
// CHECK-LABEL: func.func @add_dynamic_broadcast(
// CHECK-SAME:    %[[X:.*]]: tensor<?x4xf32>, %[[Y:.*]]: tensor<4xf32>)
// CHECK:         %[[D:.*]] = tensor.dim %[[X]], %{{.*}} : tensor<?x4xf32>
// CHECK:         %[[E:.*]] = tensor.empty(%[[D]]) : tensor<?x4xf32>
// CHECK:         linalg.generic {indexing_maps = [#[[ID]], #[[ROW]], #[[ID]]]{{.*}} ins(%[[X]], %[[Y]] : tensor<?x4xf32>, tensor<4xf32>) outs(%[[E]] : tensor<?x4xf32>)
// CHECK-NOT:       arith.mulf
// CHECK:           arith.subf
func.func @add_dynamic_broadcast(%arg0: !torch.vtensor<[?,4],f32>, %arg1: !torch.vtensor<[4],f32>) -> !torch.vtensor<[?,4],f32> {
  %int1 = torch.constant.int 1
  %0 = torch.aten.sub.Tensor %arg0, %arg1, %int1 : !torch.vtensor<[?,4],f32>, !torch.vtensor<[4],f32>, !torch.int -> !torch.vtensor<[?,4],f32>
  return %0 : !torch.vtensor<[?,4],f32>
}

// -----

// CHECK-LABEL: func.func @mul_int_float_promotion(
// CHECK:         ^bb0(%[[A:.*]]: i32, %[[B:.*]]: f32, %{{.*}}: f32):
// CHECK:           %[[AF:.*]] = arith.sitofp %[[A]] : i32 to f32
// CHECK:           arith.mulf %[[AF]], %[[B]] : f32
func.func @mul_int_float_promotion(%arg0: !torch.vtensor<[?],si32>, %arg1: !torch.vtensor<[?],f32>) -> !torch.vtensor<[?],f32> {
  %0 = torch.aten.mul.Tensor %arg0, %arg1 : !torch.vtensor<[?],si32>, !torch.vtensor<[?],f32> -> !torch.vtensor<[?],f32>
  return %0 : !torch.vtensor<[?],f32>
}

// -----

// A run-time !torch.float (f64) operand, truncated to the tensor's f32.
// CHECK-LABEL: func.func @mul_scalar_runtime(
// CHECK-SAME:    %[[X:.*]]: tensor<3xf32>, %[[S:.*]]: f64)
// CHECK:         linalg.generic {{.*}} ins(%[[X]] : tensor<3xf32>)
// CHECK:           %[[T:.*]] = arith.truncf %[[S]] : f64 to f32
// CHECK:           arith.mulf %{{.*}}, %[[T]] : f32
func.func @mul_scalar_runtime(%arg0: !torch.vtensor<[3],f32>, %arg1: !torch.float) -> !torch.vtensor<[3],f32> {
  %0 = torch.aten.mul.Scalar %arg0, %arg1 : !torch.vtensor<[3],f32>, !torch.float -> !torch.vtensor<[3],f32>
  return %0 : !torch.vtensor<[3],f32>
}

// -----

// CHECK-LABEL: func.func @div_int_true(
// CHECK:           %[[A:.*]] = arith.sitofp %{{.*}} : i64 to f32
// CHECK:           %[[B:.*]] = arith.sitofp %{{.*}} : i64 to f32
// CHECK:           arith.divf %[[A]], %[[B]] : f32
func.func @div_int_true(%arg0: !torch.vtensor<[3],si64>, %arg1: !torch.vtensor<[3],si64>) -> !torch.vtensor<[3],f32> {
  %0 = torch.aten.div.Tensor %arg0, %arg1 : !torch.vtensor<[3],si64>, !torch.vtensor<[3],si64> -> !torch.vtensor<[3],f32>
  return %0 : !torch.vtensor<[3],f32>
}

// -----

// CHECK-LABEL: func.func @div_floor_int(
// CHECK:           arith.floordivsi %{{.*}}, %{{.*}} : i64
func.func @div_floor_int(%arg0: !torch.vtensor<[?],si64>, %arg1: !torch.vtensor<[?],si64>) -> !torch.vtensor<[?],si64> {
  %str = torch.constant.str "floor"
  %0 = torch.aten.div.Tensor_mode %arg0, %arg1, %str : !torch.vtensor<[?],si64>, !torch.vtensor<[?],si64>, !torch.str -> !torch.vtensor<[?],si64>
  return %0 : !torch.vtensor<[?],si64>
}

// -----

// CHECK-LABEL: func.func @div_trunc_float(
// CHECK:           %[[Q:.*]] = arith.divf
// CHECK:           math.trunc %[[Q]] : f32
func.func @div_trunc_float(%arg0: !torch.vtensor<[3],f32>, %arg1: !torch.vtensor<[3],f32>) -> !torch.vtensor<[3],f32> {
  %str = torch.constant.str "trunc"
  %0 = torch.aten.div.Tensor_mode %arg0, %arg1, %str : !torch.vtensor<[3],f32>, !torch.vtensor<[3],f32>, !torch.str -> !torch.vtensor<[3],f32>
  return %0 : !torch.vtensor<[3],f32>
}

// -----

// Python's remainder: the result takes the sign of the divisor.
// CHECK-LABEL: func.func @remainder_int(
// CHECK:         %[[D:.*]] = arith.constant -3 : i32
// CHECK:           %[[R:.*]] = arith.remsi %{{.*}}, %[[D]] : i32
// CHECK:           %[[ADJ:.*]] = arith.addi %[[R]], %[[D]] : i32
// CHECK:           %[[FIX:.*]] = arith.andi
// CHECK:           arith.select %[[FIX]], %[[ADJ]], %[[R]] : i32
func.func @remainder_int(%arg0: !torch.vtensor<[?],si32>) -> !torch.vtensor<[?],si32> {
  %int3 = torch.constant.int -3
  %0 = torch.aten.remainder.Scalar %arg0, %int3 : !torch.vtensor<[?],si32>, !torch.int -> !torch.vtensor<[?],si32>
  return %0 : !torch.vtensor<[?],si32>
}

// -----

// CHECK-LABEL: func.func @fmod_float(
// CHECK:           arith.remf %{{.*}}, %{{.*}} : f32
// CHECK-NEXT:      linalg.yield
func.func @fmod_float(%arg0: !torch.vtensor<[3],f32>, %arg1: !torch.vtensor<[3],f32>) -> !torch.vtensor<[3],f32> {
  %0 = torch.aten.fmod.Tensor %arg0, %arg1 : !torch.vtensor<[3],f32>, !torch.vtensor<[3],f32> -> !torch.vtensor<[3],f32>
  return %0 : !torch.vtensor<[3],f32>
}

// -----

// x ** 2 is a multiply, an integer exponent math.fpowi, any other math.powf.
// CHECK-LABEL: func.func @pow_scalar_exponents(
// CHECK:           %[[SQ:.*]] = arith.mulf %[[IN:.*]], %[[IN]] : f32
// CHECK-NEXT:      linalg.yield %[[SQ]]
// CHECK:           %[[THREE:.*]] = arith.constant 3 : i32
// CHECK:           math.fpowi %{{.*}}, %[[THREE]] : f32, i32
// CHECK:           math.powf %{{.*}}, %{{.*}} : f32
func.func @pow_scalar_exponents(%arg0: !torch.vtensor<[?],f32>) -> (!torch.vtensor<[?],f32>, !torch.vtensor<[?],f32>, !torch.vtensor<[?],f32>) {
  %float2 = torch.constant.float 2.0
  %int3 = torch.constant.int 3
  %float2.5 = torch.constant.float 2.5
  %0 = torch.aten.pow.Tensor_Scalar %arg0, %float2 : !torch.vtensor<[?],f32>, !torch.float -> !torch.vtensor<[?],f32>
  %1 = torch.aten.pow.Tensor_Scalar %arg0, %int3 : !torch.vtensor<[?],f32>, !torch.int -> !torch.vtensor<[?],f32>
  %2 = torch.aten.pow.Tensor_Scalar %arg0, %float2.5 : !torch.vtensor<[?],f32>, !torch.float -> !torch.vtensor<[?],f32>
  return %0, %1, %2 : !torch.vtensor<[?],f32>, !torch.vtensor<[?],f32>, !torch.vtensor<[?],f32>
}

// -----

// Integer pow: by repeated squaring for a constant exponent, by an scf.for
// over the exponent's bits for a tensor one (no math.ipowi: upstream has no
// LLVM lowering for it).
// CHECK-LABEL: func.func @pow_int(
// CHECK:         ^bb0(%[[IN:.*]]: i64, %{{.*}}: i64):
// CHECK:           %[[X2:.*]] = arith.muli %[[IN]], %[[IN]] : i64
// CHECK:           %[[X4:.*]] = arith.muli %[[X2]], %[[X2]] : i64
// CHECK:           %[[X5:.*]] = arith.muli %[[IN]], %[[X4]] : i64
// CHECK:           linalg.yield %[[X5]] : i64
// CHECK:           %[[C64:.*]] = arith.constant 64 : index
// CHECK:           scf.for %{{.*}} = %{{.*}} to %[[C64]] step %{{.*}} iter_args
// CHECK:             arith.shrui
// CHECK-NOT:       math.ipowi
func.func @pow_int(%arg0: !torch.vtensor<[4],si64>, %arg1: !torch.vtensor<[4],si64>) -> (!torch.vtensor<[4],si64>, !torch.vtensor<[4],si64>) {
  %int5 = torch.constant.int 5
  %0 = torch.aten.pow.Tensor_Scalar %arg0, %int5 : !torch.vtensor<[4],si64>, !torch.int -> !torch.vtensor<[4],si64>
  %1 = torch.aten.pow.Tensor_Tensor %arg0, %arg1 : !torch.vtensor<[4],si64>, !torch.vtensor<[4],si64> -> !torch.vtensor<[4],si64>
  return %0, %1 : !torch.vtensor<[4],si64>, !torch.vtensor<[4],si64>
}

// -----

// CHECK-LABEL: func.func @compare_unsigned(
// CHECK:         tensor.empty(%{{.*}}) : tensor<?xi1>
// CHECK:           arith.cmpi ult, %{{.*}}, %{{.*}} : i8
func.func @compare_unsigned(%arg0: !torch.vtensor<[?],ui8>, %arg1: !torch.vtensor<[?],ui8>) -> !torch.vtensor<[?],i1> {
  %0 = torch.aten.lt.Tensor %arg0, %arg1 : !torch.vtensor<[?],ui8>, !torch.vtensor<[?],ui8> -> !torch.vtensor<[?],i1>
  return %0 : !torch.vtensor<[?],i1>
}

// -----

// ne is unordered (nan != x is true), the others ordered.
// CHECK-LABEL: func.func @compare_float_scalar(
// CHECK:           arith.cmpf une, %{{.*}}, %{{.*}} : f32
// CHECK:           arith.cmpf oge, %{{.*}}, %{{.*}} : f32
func.func @compare_float_scalar(%arg0: !torch.vtensor<[2,3],f32>) -> (!torch.vtensor<[2,3],i1>, !torch.vtensor<[2,3],i1>) {
  %float = torch.constant.float 0.5
  %0 = torch.aten.ne.Scalar %arg0, %float : !torch.vtensor<[2,3],f32>, !torch.float -> !torch.vtensor<[2,3],i1>
  %1 = torch.aten.ge.Scalar %arg0, %float : !torch.vtensor<[2,3],f32>, !torch.float -> !torch.vtensor<[2,3],i1>
  return %0, %1 : !torch.vtensor<[2,3],i1>, !torch.vtensor<[2,3],i1>
}

// -----

// CHECK-LABEL: func.func @logical_and_bitwise(
// CHECK:           %[[A:.*]] = arith.cmpf une, %{{.*}}, %{{.*}} : f32
// CHECK:           %[[B:.*]] = arith.cmpi ne, %{{.*}}, %{{.*}} : i32
// CHECK:           arith.andi %[[A]], %[[B]] : i1
// CHECK:           arith.xori %{{.*}}, %{{.*}} : i32
func.func @logical_and_bitwise(%arg0: !torch.vtensor<[?],f32>, %arg1: !torch.vtensor<[?],si32>) -> (!torch.vtensor<[?],i1>, !torch.vtensor<[?],si32>) {
  %0 = torch.aten.logical_and %arg0, %arg1 : !torch.vtensor<[?],f32>, !torch.vtensor<[?],si32> -> !torch.vtensor<[?],i1>
  %1 = torch.aten.bitwise_xor.Tensor %arg1, %arg1 : !torch.vtensor<[?],si32>, !torch.vtensor<[?],si32> -> !torch.vtensor<[?],si32>
  return %0, %1 : !torch.vtensor<[?],i1>, !torch.vtensor<[?],si32>
}

// -----

// A 0-d f64 tensor does not promote an f32 tensor (f32 result).
// CHECK-DAG:   #[[COL:.*]] = affine_map<(d0, d1) -> (d0, 0)>
// CHECK-DAG:   #[[ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG:   #[[SCALAR:.*]] = affine_map<(d0, d1) -> ()>
// CHECK-LABEL: func.func @where_broadcast(
// CHECK:         linalg.generic {indexing_maps = [#[[COL]], #[[ID]], #[[SCALAR]], #[[ID]]]
// CHECK:         ^bb0(%[[C:.*]]: i1, %[[X:.*]]: f32, %[[Y:.*]]: f64, %{{.*}}: f32):
// CHECK:           %[[YF:.*]] = arith.truncf %[[Y]] : f64 to f32
// CHECK:           arith.select %[[C]], %[[X]], %[[YF]] : f32
func.func @where_broadcast(%arg0: !torch.vtensor<[?,1],i1>, %arg1: !torch.vtensor<[?,4],f32>, %arg2: !torch.vtensor<[],f64>) -> !torch.vtensor<[?,4],f32> {
  %0 = torch.aten.where.self %arg0, %arg1, %arg2 : !torch.vtensor<[?,1],i1>, !torch.vtensor<[?,4],f32>, !torch.vtensor<[],f64> -> !torch.vtensor<[?,4],f32>
  return %0 : !torch.vtensor<[?,4],f32>
}

// -----

// CHECK-LABEL: func.func @masked_fill(
// CHECK:         %[[V:.*]] = arith.constant 7 : i64
// CHECK:         ^bb0(%[[X:.*]]: i64, %[[M:.*]]: i1, %{{.*}}: i64):
// CHECK:           arith.select %[[M]], %[[V]], %[[X]] : i64
func.func @masked_fill(%arg0: !torch.vtensor<[2,3],si64>, %arg1: !torch.vtensor<[2,3],i1>) -> !torch.vtensor<[2,3],si64> {
  %int7 = torch.constant.int 7
  %0 = torch.aten.masked_fill.Scalar %arg0, %arg1, %int7 : !torch.vtensor<[2,3],si64>, !torch.vtensor<[2,3],i1>, !torch.int -> !torch.vtensor<[2,3],si64>
  return %0 : !torch.vtensor<[2,3],si64>
}

// -----

// Ordered comparisons: nan passes through clamp.
// CHECK-LABEL: func.func @clamp_float(
// CHECK-DAG:     %[[LO:.*]] = arith.constant -1.000000e+00 : f32
// CHECK-DAG:     %[[HI:.*]] = arith.constant 1.000000e+00 : f32
// CHECK:           %[[LT:.*]] = arith.cmpf olt, %[[IN:.*]], %[[LO]] : f32
// CHECK:           %[[A:.*]] = arith.select %[[LT]], %[[LO]], %[[IN]] : f32
// CHECK:           %[[GT:.*]] = arith.cmpf ogt, %[[A]], %[[HI]] : f32
// CHECK:           arith.select %[[GT]], %[[HI]], %[[A]] : f32
func.func @clamp_float(%arg0: !torch.vtensor<[?],f32>) -> !torch.vtensor<[?],f32> {
  %lo = torch.constant.float -1.0
  %hi = torch.constant.float 1.0
  %0 = torch.aten.clamp %arg0, %lo, %hi : !torch.vtensor<[?],f32>, !torch.float, !torch.float -> !torch.vtensor<[?],f32>
  return %0 : !torch.vtensor<[?],f32>
}

// -----

// CHECK-LABEL: func.func @clamp_int_min_only(
// CHECK:         %[[LO:.*]] = arith.constant 0 : i64
// CHECK:           arith.maxsi %{{.*}}, %[[LO]] : i64
// CHECK-NOT:       arith.minsi
func.func @clamp_int_min_only(%arg0: !torch.vtensor<[3],si64>) -> !torch.vtensor<[3],si64> {
  %lo = torch.constant.int 0
  %none = torch.constant.none
  %0 = torch.aten.clamp %arg0, %lo, %none : !torch.vtensor<[3],si64>, !torch.int, !torch.none -> !torch.vtensor<[3],si64>
  return %0 : !torch.vtensor<[3],si64>
}

// -----

// CHECK-LABEL: func.func @lerp_addcmul(
// CHECK:         ^bb0(%[[S:.*]]: f32, %[[E:.*]]: f32, %{{.*}}: f32):
// CHECK:           %[[D:.*]] = arith.subf %[[E]], %[[S]] : f32
// CHECK:           %[[W:.*]] = arith.mulf %{{.*}}, %[[D]] : f32
// CHECK:           arith.addf %[[S]], %[[W]] : f32
// CHECK:         ^bb0(%[[X:.*]]: f32, %[[A:.*]]: f32, %[[B:.*]]: f32, %{{.*}}: f32):
// CHECK:           %[[P:.*]] = arith.mulf %[[A]], %[[B]] : f32
// CHECK:           %[[PV:.*]] = arith.mulf %[[P]], %{{.*}} : f32
// CHECK:           arith.addf %[[X]], %[[PV]] : f32
func.func @lerp_addcmul(%arg0: !torch.vtensor<[3],f32>, %arg1: !torch.vtensor<[3],f32>, %arg2: !torch.vtensor<[3],f32>) -> (!torch.vtensor<[3],f32>, !torch.vtensor<[3],f32>) {
  %float = torch.constant.float 0.5
  %0 = torch.aten.lerp.Scalar %arg0, %arg1, %float : !torch.vtensor<[3],f32>, !torch.vtensor<[3],f32>, !torch.float -> !torch.vtensor<[3],f32>
  %1 = torch.aten.addcmul %arg0, %arg1, %arg2, %float : !torch.vtensor<[3],f32>, !torch.vtensor<[3],f32>, !torch.vtensor<[3],f32>, !torch.float -> !torch.vtensor<[3],f32>
  return %0, %1 : !torch.vtensor<[3],f32>, !torch.vtensor<[3],f32>
}

// -----

// CHECK-LABEL: func.func @activations(
// relu keeps nan (unordered compare).
// CHECK:           arith.cmpf ugt
// CHECK:           arith.select
// gelu (erf form), with the erf argument clamped to [-6, 6].
// CHECK:           arith.constant 0.707106769 : f32
// CHECK:           math.erf
// hardtanh(0, 6)
// CHECK:           arith.cmpf olt
// CHECK:           arith.cmpf ogt
// leaky_relu(0.1)
// CHECK:           %[[SLOPE:.*]] = arith.constant 1.000000e-01 : f32
// CHECK:           arith.mulf %{{.*}}, %[[SLOPE]] : f32
// CHECK:         return
func.func @activations(%arg0: !torch.vtensor<[?,8],f32>) -> (!torch.vtensor<[?,8],f32>, !torch.vtensor<[?,8],f32>, !torch.vtensor<[?,8],f32>, !torch.vtensor<[?,8],f32>) {
  %none = torch.constant.str "none"
  %float0 = torch.constant.float 0.0
  %float6 = torch.constant.float 6.0
  %float0.1 = torch.constant.float 0.1
  %0 = torch.aten.relu %arg0 : !torch.vtensor<[?,8],f32> -> !torch.vtensor<[?,8],f32>
  %1 = torch.aten.gelu %arg0, %none : !torch.vtensor<[?,8],f32>, !torch.str -> !torch.vtensor<[?,8],f32>
  %2 = torch.aten.hardtanh %arg0, %float0, %float6 : !torch.vtensor<[?,8],f32>, !torch.float, !torch.float -> !torch.vtensor<[?,8],f32>
  %3 = torch.aten.leaky_relu %arg0, %float0.1 : !torch.vtensor<[?,8],f32>, !torch.float -> !torch.vtensor<[?,8],f32>
  return %0, %1, %2, %3 : !torch.vtensor<[?,8],f32>, !torch.vtensor<[?,8],f32>, !torch.vtensor<[?,8],f32>, !torch.vtensor<[?,8],f32>
}

// -----

// CHECK-LABEL: func.func @gelu_tanh_silu(
// CHECK:           arith.constant 0.797884583 : f32
// CHECK:           arith.constant 4.471500e-02 : f32
// CHECK:           math.tanh
// CHECK:           arith.negf
// CHECK:           math.exp
// CHECK:           arith.divf
func.func @gelu_tanh_silu(%arg0: !torch.vtensor<[4],f32>) -> (!torch.vtensor<[4],f32>, !torch.vtensor<[4],f32>) {
  %tanh = torch.constant.str "tanh"
  %0 = torch.aten.gelu %arg0, %tanh : !torch.vtensor<[4],f32>, !torch.str -> !torch.vtensor<[4],f32>
  %1 = torch.aten.silu %arg0 : !torch.vtensor<[4],f32> -> !torch.vtensor<[4],f32>
  return %0, %1 : !torch.vtensor<[4],f32>, !torch.vtensor<[4],f32>
}

// -----

// Multiplications by a scale of 1 are left out.
// CHECK-LABEL: func.func @elu(
// CHECK:           %[[EM1:.*]] = math.expm1 %[[IN:.*]] : f32
// CHECK-NOT:       arith.mulf
// CHECK:           %[[POS:.*]] = arith.cmpf ugt, %[[IN]], %{{.*}} : f32
// CHECK:           arith.select %[[POS]], %[[IN]], %[[EM1]] : f32
func.func @elu(%arg0: !torch.vtensor<[?],f32>) -> !torch.vtensor<[?],f32> {
  %float1 = torch.constant.float 1.0
  %int1 = torch.constant.int 1
  %0 = torch.aten.elu %arg0, %float1, %int1, %int1 : !torch.vtensor<[?],f32>, !torch.float, !torch.int, !torch.int -> !torch.vtensor<[?],f32>
  return %0 : !torch.vtensor<[?],f32>
}

// -----

// CHECK-LABEL: func.func @cast_f32_to_si8_and_f16(
// CHECK:           arith.fptosi %{{.*}} : f32 to i8
// CHECK:         tensor.empty(%{{.*}}) : tensor<?x2xf16>
// CHECK:           arith.truncf %{{.*}} : f32 to f16
func.func @cast_f32_to_si8_and_f16(%arg0: !torch.vtensor<[?,2],f32>) -> (!torch.vtensor<[?,2],si8>, !torch.vtensor<[?,2],f16>) {
  %int1 = torch.constant.int 1
  %int5 = torch.constant.int 5
  %false = torch.constant.bool false
  %none = torch.constant.none
  %0 = torch.aten._to_copy %arg0, %int1, %none, %none, %none, %false, %none : !torch.vtensor<[?,2],f32>, !torch.int, !torch.none, !torch.none, !torch.none, !torch.bool, !torch.none -> !torch.vtensor<[?,2],si8>
  %1 = torch.aten._to_copy %arg0, %int5, %none, %none, %none, %false, %none : !torch.vtensor<[?,2],f32>, !torch.int, !torch.none, !torch.none, !torch.none, !torch.bool, !torch.none -> !torch.vtensor<[?,2],f16>
  return %0, %1 : !torch.vtensor<[?,2],si8>, !torch.vtensor<[?,2],f16>
}

// -----

// uint8 converts as unsigned; to bool is x != 0.
// CHECK-LABEL: func.func @cast_u8_to_f32_and_bool(
// CHECK-SAME:    attributes {torch.arg_dtypes = ["uint8"], torch.result_dtypes = ["float32", "bool"]}
// CHECK:           arith.uitofp %{{.*}} : i8 to f32
// CHECK:           %[[Z:.*]] = arith.constant 0 : i8
// CHECK:           arith.cmpi ne, %{{.*}}, %[[Z]] : i8
func.func @cast_u8_to_f32_and_bool(%arg0: !torch.vtensor<[3],ui8>) -> (!torch.vtensor<[3],f32>, !torch.vtensor<[3],i1>) {
  %int6 = torch.constant.int 6
  %int11 = torch.constant.int 11
  %false = torch.constant.bool false
  %none = torch.constant.none
  %0 = torch.aten._to_copy %arg0, %int6, %none, %none, %none, %false, %none : !torch.vtensor<[3],ui8>, !torch.int, !torch.none, !torch.none, !torch.none, !torch.bool, !torch.none -> !torch.vtensor<[3],f32>
  %1 = torch.aten._to_copy %arg0, %int11, %none, %none, %none, %false, %none : !torch.vtensor<[3],ui8>, !torch.int, !torch.none, !torch.none, !torch.none, !torch.bool, !torch.none -> !torch.vtensor<[3],i1>
  return %0, %1 : !torch.vtensor<[3],f32>, !torch.vtensor<[3],i1>
}

// -----

// CHECK-LABEL: func.func @same_dtype_copy_is_free(
// CHECK-SAME:    %[[X:.*]]: tensor<?xf32>)
// CHECK-NEXT:    return %[[X]] : tensor<?xf32>
func.func @same_dtype_copy_is_free(%arg0: !torch.vtensor<[?],f32>) -> !torch.vtensor<[?],f32> {
  %none = torch.constant.none
  %0 = torch.aten.clone %arg0, %none : !torch.vtensor<[?],f32>, !torch.none -> !torch.vtensor<[?],f32>
  return %0 : !torch.vtensor<[?],f32>
}

// -----

// 0-d tensors: a generic with no loops.
// CHECK-LABEL: func.func @zero_d(
// CHECK:         %[[E:.*]] = tensor.empty() : tensor<f32>
// CHECK:         linalg.generic {{.*}} iterator_types = []} ins(%{{.*}}, %{{.*}} : tensor<f32>, tensor<i64>) outs(%[[E]] : tensor<f32>)
// CHECK:           arith.sitofp %{{.*}} : i64 to f32
func.func @zero_d(%arg0: !torch.vtensor<[],f32>, %arg1: !torch.vtensor<[],si64>) -> !torch.vtensor<[],f32> {
  %int1 = torch.constant.int 1
  %0 = torch.aten.add.Tensor %arg0, %arg1, %int1 : !torch.vtensor<[],f32>, !torch.vtensor<[],si64>, !torch.int -> !torch.vtensor<[],f32>
  return %0 : !torch.vtensor<[],f32>
}

// -----

// Integer division by a run-time divisor: 0 is replaced by 1 first (no trap).
// CHECK-LABEL: func.func @div_trunc_int_guard(
// CHECK:         ^bb0(%[[A:.*]]: i32, %[[B:.*]]: i32, %{{.*}}: i32):
// CHECK:           %[[Z:.*]] = arith.cmpi eq, %[[B]], %{{.*}} : i32
// CHECK:           %[[D:.*]] = arith.select %[[Z]], %{{.*}}, %[[B]] : i32
// CHECK:           arith.divsi %[[A]], %[[D]] : i32
func.func @div_trunc_int_guard(%arg0: !torch.vtensor<[?],si32>, %arg1: !torch.vtensor<[?],si32>) -> !torch.vtensor<[?],si32> {
  %str = torch.constant.str "trunc"
  %0 = torch.aten.div.Tensor_mode %arg0, %arg1, %str : !torch.vtensor<[?],si32>, !torch.vtensor<[?],si32>, !torch.str -> !torch.vtensor<[?],si32>
  return %0 : !torch.vtensor<[?],si32>
}

// -----

// Float floor division goes through fmod as torch's does (1.0 // 0.1 == 9).
// CHECK-LABEL: func.func @floor_divide_float(
// CHECK:           arith.remf
// CHECK:           math.floor
// CHECK:           math.copysign
func.func @floor_divide_float(%arg0: !torch.vtensor<[?,3],f32>, %arg1: !torch.vtensor<[3],f32>) -> !torch.vtensor<[?,3],f32> {
  %0 = torch.aten.floor_divide %arg0, %arg1 : !torch.vtensor<[?,3],f32>, !torch.vtensor<[3],f32> -> !torch.vtensor<[?,3],f32>
  return %0 : !torch.vtensor<[?,3],f32>
}

// -----

// CHECK-LABEL: func.func @more_math(
// CHECK:           math.erfc %{{.*}} : f32
// CHECK:           %[[BITS:.*]] = arith.bitcast %{{.*}} : f32 to i32
// CHECK:           arith.cmpi slt, %[[BITS]], %{{.*}} : i32
// CHECK:           arith.maxnumf %{{.*}}, %{{.*}} : f32
// CHECK:           math.copysign %{{.*}}, %{{.*}} : f32
// CHECK:           %[[K:.*]] = arith.constant 1.000000e+02 : f32
// CHECK:           %[[M:.*]] = arith.mulf %{{.*}}, %[[K]] : f32
// CHECK:           %[[R:.*]] = math.roundeven %[[M]] : f32
// CHECK:           arith.divf %[[R]], %[[K]] : f32
func.func @more_math(%arg0: !torch.vtensor<[?],f32>, %arg1: !torch.vtensor<[?],f32>) -> (!torch.vtensor<[?],f32>, !torch.vtensor<[?],i1>, !torch.vtensor<[?],f32>, !torch.vtensor<[?],f32>, !torch.vtensor<[?],f32>) {
  %int2 = torch.constant.int 2
  %0 = torch.aten.erfc %arg0 : !torch.vtensor<[?],f32> -> !torch.vtensor<[?],f32>
  %1 = torch.aten.signbit %arg0 : !torch.vtensor<[?],f32> -> !torch.vtensor<[?],i1>
  %2 = torch.aten.fmax %arg0, %arg1 : !torch.vtensor<[?],f32>, !torch.vtensor<[?],f32> -> !torch.vtensor<[?],f32>
  %3 = torch.aten.copysign.Tensor %arg0, %arg1 : !torch.vtensor<[?],f32>, !torch.vtensor<[?],f32> -> !torch.vtensor<[?],f32>
  %4 = torch.aten.round.decimals %arg0, %int2 : !torch.vtensor<[?],f32>, !torch.int -> !torch.vtensor<[?],f32>
  return %0, %1, %2, %3, %4 : !torch.vtensor<[?],f32>, !torch.vtensor<[?],i1>, !torch.vtensor<[?],f32>, !torch.vtensor<[?],f32>, !torch.vtensor<[?],f32>
}

// -----

// Shifts: out-of-range amounts (>= the width, or negative) give 0, or -1 for
// a right shift of a negative value; unsigned values shift logically.
// CHECK-LABEL: func.func @shifts(
// CHECK:           %[[W:.*]] = arith.constant 64 : i64
// CHECK:           %[[OUT:.*]] = arith.cmpi uge, %[[B:.*]], %[[W]] : i64
// CHECK:           %[[SH:.*]] = arith.shli %{{.*}}, %[[B]] : i64
// CHECK:           arith.select %[[OUT]], %{{.*}}, %[[SH]] : i64
// CHECK:           arith.shrsi
// CHECK:           arith.shrui %{{.*}}, %{{.*}} : i8
func.func @shifts(%arg0: !torch.vtensor<[4],si64>, %arg1: !torch.vtensor<[4],si64>, %arg2: !torch.vtensor<[4],ui8>) -> (!torch.vtensor<[4],si64>, !torch.vtensor<[4],si64>, !torch.vtensor<[4],ui8>) {
  %int1 = torch.constant.int 1
  %0 = torch.aten.bitwise_left_shift.Tensor %arg0, %arg1 : !torch.vtensor<[4],si64>, !torch.vtensor<[4],si64> -> !torch.vtensor<[4],si64>
  %1 = torch.aten.bitwise_right_shift.Tensor %arg0, %arg1 : !torch.vtensor<[4],si64>, !torch.vtensor<[4],si64> -> !torch.vtensor<[4],si64>
  %2 = torch.aten.bitwise_right_shift.Tensor_Scalar %arg2, %int1 : !torch.vtensor<[4],ui8>, !torch.int -> !torch.vtensor<[4],ui8>
  return %0, %1, %2 : !torch.vtensor<[4],si64>, !torch.vtensor<[4],si64>, !torch.vtensor<[4],ui8>
}
