// RUN: torch-mlir-opt %s -torch-lower-to-linalg -split-input-file | FileCheck %s

// Reductions are one linalg.generic whose output map drops the reduced loop
// dims (or pins them to 0 with keepdim), with "reduction" iterators there.

// CHECK-DAG: #[[ID3:.*]] = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-DAG: #[[OUT02:.*]] = affine_map<(d0, d1, d2) -> (d0, d2)>
// CHECK-LABEL: func.func @sum_dim(
// CHECK-SAME:    %[[X:.*]]: tensor<3x4x5xf32>) -> tensor<3x5xf32>
// CHECK:         %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK:         %[[E:.*]] = tensor.empty() : tensor<3x5xf32>
// CHECK:         %[[INIT:.*]] = linalg.fill ins(%[[ZERO]] : f32) outs(%[[E]] : tensor<3x5xf32>)
// CHECK:         %[[R:.*]] = linalg.generic {indexing_maps = [#[[ID3]], #[[OUT02]]], iterator_types = ["parallel", "reduction", "parallel"]}
// CHECK-SAME:      ins(%[[X]] : tensor<3x4x5xf32>) outs(%[[INIT]] : tensor<3x5xf32>)
// CHECK:           %[[S:.*]] = arith.addf %{{.*}}, %{{.*}} : f32
// CHECK:           linalg.yield %[[S]] : f32
// CHECK:         return %[[R]] : tensor<3x5xf32>
func.func @sum_dim(%x: !torch.vtensor<[3,4,5],f32>) -> !torch.vtensor<[3,5],f32> {
  %int1 = torch.constant.int 1
  %false = torch.constant.bool false
  %none = torch.constant.none
  %dims = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %0 = torch.aten.sum.dim_IntList %x, %dims, %false, %none : !torch.vtensor<[3,4,5],f32>, !torch.list<int>, !torch.bool, !torch.none -> !torch.vtensor<[3,5],f32>
  return %0 : !torch.vtensor<[3,5],f32>
}

// -----

// int32 sums accumulate in (and return) int64, as torch promotes; keepdim
// pins the reduced dim to 0; the kept dynamic dim sizes the result.
// CHECK: #[[KEEP:.*]] = affine_map<(d0, d1) -> (d0, 0)>
// CHECK-LABEL: func.func @sum_dynamic_keepdim_int32(
// CHECK-SAME:    %[[X:.*]]: tensor<?x?xi32>) -> tensor<?x1xi64>
// CHECK:         %[[D0:.*]] = tensor.dim %[[X]], %{{.*}} : tensor<?x?xi32>
// CHECK:         %[[E:.*]] = tensor.empty(%[[D0]]) : tensor<?x1xi64>
// CHECK:         linalg.fill ins(%{{.*}} : i64) outs(%[[E]] : tensor<?x1xi64>)
// CHECK:         linalg.generic {{.*}}#[[KEEP]]], iterator_types = ["parallel", "reduction"]}
// CHECK:           %[[W:.*]] = arith.extsi %{{.*}} : i32 to i64
// CHECK:           arith.addi %{{.*}}, %[[W]] : i64
func.func @sum_dynamic_keepdim_int32(%x: !torch.vtensor<[?,?],si32>) -> !torch.vtensor<[?,1],si64> {
  %intm1 = torch.constant.int -1
  %true = torch.constant.bool true
  %none = torch.constant.none
  %dims = torch.prim.ListConstruct %intm1 : (!torch.int) -> !torch.list<int>
  %0 = torch.aten.sum.dim_IntList %x, %dims, %true, %none : !torch.vtensor<[?,?],si32>, !torch.list<int>, !torch.bool, !torch.none -> !torch.vtensor<[?,1],si64>
  return %0 : !torch.vtensor<[?,1],si64>
}

// -----

// A float16 sum accumulates in f32 and rounds once at the end.
// CHECK-LABEL: func.func @sum_full_f16(
// CHECK:         linalg.generic {{.*}}iterator_types = ["reduction", "reduction"]}
// CHECK-SAME:      outs(%{{.*}} : tensor<f32>)
// CHECK:           arith.extf %{{.*}} : f16 to f32
// CHECK:           arith.addf
// CHECK:         linalg.generic
// CHECK:           arith.truncf %{{.*}} : f32 to f16
// CHECK:         } -> tensor<f16>
func.func @sum_full_f16(%x: !torch.vtensor<[?,8],f16>) -> !torch.vtensor<[],f16> {
  %none = torch.constant.none
  %0 = torch.aten.sum %x, %none : !torch.vtensor<[?,8],f16>, !torch.none -> !torch.vtensor<[],f16>
  return %0 : !torch.vtensor<[],f16>
}

// -----

// mean divides by the (dynamic) count of reduced elements.
// CHECK-LABEL: func.func @mean_dim_dynamic(
// CHECK-SAME:    %[[X:.*]]: tensor<?x4x?xf32>) -> tensor<4xf32>
// CHECK-DAG:     %[[D0:.*]] = tensor.dim %[[X]], %c0
// CHECK-DAG:     %[[D2:.*]] = tensor.dim %[[X]], %c2
// CHECK:         %[[S:.*]] = linalg.generic {{.*}}iterator_types = ["reduction", "parallel", "reduction"]}
// CHECK:         %[[N:.*]] = arith.muli %[[D0]], %[[D2]] : index
// CHECK:         %[[NI:.*]] = arith.index_cast %[[N]] : index to i64
// CHECK:         %[[NF:.*]] = arith.sitofp %[[NI]] : i64 to f32
// CHECK:         linalg.generic {{.*}} ins(%[[S]] : tensor<4xf32>)
// CHECK:           arith.divf %{{.*}}, %[[NF]] : f32
func.func @mean_dim_dynamic(%x: !torch.vtensor<[?,4,?],f32>) -> !torch.vtensor<[4],f32> {
  %int0 = torch.constant.int 0
  %int2 = torch.constant.int 2
  %false = torch.constant.bool false
  %none = torch.constant.none
  %dims = torch.prim.ListConstruct %int0, %int2 : (!torch.int, !torch.int) -> !torch.list<int>
  %0 = torch.aten.mean.dim %x, %dims, %false, %none : !torch.vtensor<[?,4,?],f32>, !torch.list<int>, !torch.bool, !torch.none -> !torch.vtensor<[4],f32>
  return %0 : !torch.vtensor<[4],f32>
}

// -----

// CHECK-LABEL: func.func @mean_full(
// CHECK:         linalg.generic {{.*}}iterator_types = ["reduction", "reduction"]}
// CHECK:         %[[N:.*]] = arith.constant 1.200000e+01 : f32
// CHECK:         arith.divf %{{.*}}, %[[N]] : f32
// CHECK:       } -> tensor<f32>
func.func @mean_full(%x: !torch.vtensor<[3,4],f32>) -> !torch.vtensor<[],f32> {
  %none = torch.constant.none
  %0 = torch.aten.mean %x, %none : !torch.vtensor<[3,4],f32>, !torch.none -> !torch.vtensor<[],f32>
  return %0 : !torch.vtensor<[],f32>
}

// -----

// CHECK-LABEL: func.func @prod_dim_int(
// CHECK:         %[[ONE:.*]] = arith.constant 1 : i64
// CHECK:         linalg.fill ins(%[[ONE]] : i64)
// CHECK:         linalg.generic {{.*}}iterator_types = ["parallel", "reduction"]}
// CHECK:           arith.extsi %{{.*}} : i8 to i64
// CHECK:           arith.muli
// CHECK:         } -> tensor<?xi64>
func.func @prod_dim_int(%x: !torch.vtensor<[?,5],si8>) -> !torch.vtensor<[?],si64> {
  %int1 = torch.constant.int 1
  %false = torch.constant.bool false
  %none = torch.constant.none
  %0 = torch.aten.prod.dim_int %x, %int1, %false, %none : !torch.vtensor<[?,5],si8>, !torch.int, !torch.bool, !torch.none -> !torch.vtensor<[?],si64>
  return %0 : !torch.vtensor<[?],si64>
}

// -----

// CHECK-LABEL: func.func @prod_full_dtype(
// CHECK:         linalg.fill ins(%{{.*}} : f64)
// CHECK:           arith.extf %{{.*}} : f32 to f64
// CHECK:           arith.mulf %{{.*}} : f64
func.func @prod_full_dtype(%x: !torch.vtensor<[3,4],f32>) -> !torch.vtensor<[],f64> {
  %int7 = torch.constant.int 7
  %0 = torch.aten.prod %x, %int7 : !torch.vtensor<[3,4],f32>, !torch.int -> !torch.vtensor<[],f64>
  return %0 : !torch.vtensor<[],f64>
}

// -----

// amax starts from -inf and keeps NaN (maximumf); amin of unsigned bytes
// starts from 255 and compares unsigned.
// CHECK-LABEL: func.func @amax_amin(
// CHECK:         %[[NINF:.*]] = arith.constant 0xFF800000 : f32
// CHECK:         linalg.fill ins(%[[NINF]] : f32)
// CHECK:         linalg.generic {{.*}}iterator_types = ["reduction", "parallel"]}
// CHECK:           arith.maximumf
// CHECK:         %[[MAXU8:.*]] = arith.constant -1 : i8
// CHECK:         linalg.fill ins(%[[MAXU8]] : i8)
// CHECK:         linalg.generic {{.*}}iterator_types = ["parallel", "reduction"]}
// CHECK:           arith.minui
// CHECK:         } -> tensor<?x1xi8>
func.func @amax_amin(%x: !torch.vtensor<[?,4],f32>, %y: !torch.vtensor<[?,6],ui8>) -> (!torch.vtensor<[4],f32>, !torch.vtensor<[?,1],ui8>) {
  %int0 = torch.constant.int 0
  %int1 = torch.constant.int 1
  %false = torch.constant.bool false
  %true = torch.constant.bool true
  %d0 = torch.prim.ListConstruct %int0 : (!torch.int) -> !torch.list<int>
  %d1 = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %0 = torch.aten.amax %x, %d0, %false : !torch.vtensor<[?,4],f32>, !torch.list<int>, !torch.bool -> !torch.vtensor<[4],f32>
  %1 = torch.aten.amin %y, %d1, %true : !torch.vtensor<[?,6],ui8>, !torch.list<int>, !torch.bool -> !torch.vtensor<[?,1],ui8>
  return %0, %1 : !torch.vtensor<[4],f32>, !torch.vtensor<[?,1],ui8>
}

// -----

// CHECK-LABEL: func.func @max_min_full(
// CHECK:         %[[LO:.*]] = arith.constant -2147483648 : i32
// CHECK:         linalg.fill ins(%[[LO]] : i32)
// CHECK:         linalg.generic {{.*}}iterator_types = ["reduction", "reduction"]}
// CHECK:           arith.maxsi
// CHECK:         %[[HI:.*]] = arith.constant 2147483647 : i32
// CHECK:         linalg.fill ins(%[[HI]] : i32)
// CHECK:           arith.minsi
func.func @max_min_full(%x: !torch.vtensor<[?,?],si32>) -> (!torch.vtensor<[],si32>, !torch.vtensor<[],si32>) {
  %0 = torch.aten.max %x : !torch.vtensor<[?,?],si32> -> !torch.vtensor<[],si32>
  %1 = torch.aten.min %x : !torch.vtensor<[?,?],si32> -> !torch.vtensor<[],si32>
  return %0, %1 : !torch.vtensor<[],si32>, !torch.vtensor<[],si32>
}

// -----

// max.dim: values and indices in one generic with two outputs; an element
// wins if greater, or equal with a smaller index (the first index on ties),
// or NaN (the first NaN).
// CHECK-LABEL: func.func @max_dim(
// CHECK-SAME:    %[[X:.*]]: tensor<?x5xf32>) -> (tensor<?xf32>, tensor<?xi64>)
// CHECK:         %[[R:.*]]:2 = linalg.generic {{.*}}iterator_types = ["parallel", "reduction"]}
// CHECK-SAME:      ins(%[[X]] : tensor<?x5xf32>) outs(%{{.*}}, %{{.*}} : tensor<?xf32>, tensor<?xi64>)
// CHECK:         ^bb0(%[[V:.*]]: f32, %[[CUR:.*]]: f32, %[[CI:.*]]: i64):
// CHECK:           %[[I:.*]] = linalg.index 1 : index
// CHECK:           %[[II:.*]] = arith.index_cast %[[I]] : index to i64
// CHECK:           arith.cmpi slt, %[[II]], %[[CI]] : i64
// CHECK:           arith.cmpf ogt, %[[V]], %[[CUR]] : f32
// CHECK:           arith.cmpf oeq, %[[V]], %[[CUR]] : f32
// CHECK:           arith.cmpf uno, %[[V]], %[[V]] : f32
// CHECK:           %[[NV:.*]] = arith.select %[[TAKE:.*]], %[[V]], %[[CUR]] : f32
// CHECK:           %[[NI:.*]] = arith.select %[[TAKE]], %[[II]], %[[CI]] : i64
// CHECK:           linalg.yield %[[NV]], %[[NI]] : f32, i64
// CHECK:         return %[[R]]#0, %[[R]]#1
func.func @max_dim(%x: !torch.vtensor<[?,5],f32>) -> (!torch.vtensor<[?],f32>, !torch.vtensor<[?],si64>) {
  %int1 = torch.constant.int 1
  %false = torch.constant.bool false
  %values, %indices = torch.aten.max.dim %x, %int1, %false : !torch.vtensor<[?,5],f32>, !torch.int, !torch.bool -> !torch.vtensor<[?],f32>, !torch.vtensor<[?],si64>
  return %values, %indices : !torch.vtensor<[?],f32>, !torch.vtensor<[?],si64>
}

// -----

// CHECK: #[[KEEP:.*]] = affine_map<(d0, d1) -> (0, d1)>
// CHECK-LABEL: func.func @min_dim_keepdim_int(
// CHECK:         linalg.generic {{.*}}#[[KEEP]], #[[KEEP]]], iterator_types = ["reduction", "parallel"]}
// CHECK:           linalg.index 0 : index
// CHECK:           arith.cmpi slt, %{{.*}}, %{{.*}} : i64
// CHECK:           arith.cmpi slt, %{{.*}}, %{{.*}} : i64
// CHECK:           arith.cmpi eq
// CHECK:         } -> (tensor<1x3xi64>, tensor<1x3xi64>)
func.func @min_dim_keepdim_int(%x: !torch.vtensor<[4,3],si64>) -> (!torch.vtensor<[1,3],si64>, !torch.vtensor<[1,3],si64>) {
  %int-2 = torch.constant.int -2
  %true = torch.constant.bool true
  %values, %indices = torch.aten.min.dim %x, %int-2, %true : !torch.vtensor<[4,3],si64>, !torch.int, !torch.bool -> !torch.vtensor<[1,3],si64>, !torch.vtensor<[1,3],si64>
  return %values, %indices : !torch.vtensor<[1,3],si64>, !torch.vtensor<[1,3],si64>
}

// -----

// argmax without a dim: the row-major index over every (dynamic) dim.
// CHECK-LABEL: func.func @argmax_full_dynamic(
// CHECK-SAME:    %[[X:.*]]: tensor<?x?xf32>) -> tensor<i64>
// CHECK:         %[[D1:.*]] = tensor.dim %[[X]], %c1
// CHECK:         %[[R:.*]]:2 = linalg.generic {{.*}}iterator_types = ["reduction", "reduction"]}
// CHECK:           %[[I0:.*]] = linalg.index 0 : index
// CHECK:           %[[I1:.*]] = linalg.index 1 : index
// CHECK:           %[[M:.*]] = arith.muli %[[I0]], %[[D1]] : index
// CHECK:           %[[L:.*]] = arith.addi %[[M]], %[[I1]] : index
// CHECK:           arith.index_cast %[[L]] : index to i64
// CHECK:         return %[[R]]#1 : tensor<i64>
func.func @argmax_full_dynamic(%x: !torch.vtensor<[?,?],f32>) -> !torch.vtensor<[],si64> {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %0 = torch.aten.argmax %x, %none, %false : !torch.vtensor<[?,?],f32>, !torch.none, !torch.bool -> !torch.vtensor<[],si64>
  return %0 : !torch.vtensor<[],si64>
}

// -----

// CHECK-LABEL: func.func @argmin_dim_keepdim(
// CHECK:         %[[R:.*]]:2 = linalg.generic {{.*}}iterator_types = ["parallel", "reduction"]}
// CHECK:           arith.cmpf olt
// CHECK:         } -> (tensor<3x1xf32>, tensor<3x1xi64>)
// CHECK:         return %[[R]]#1 : tensor<3x1xi64>
func.func @argmin_dim_keepdim(%x: !torch.vtensor<[3,4],f32>) -> !torch.vtensor<[3,1],si64> {
  %int1 = torch.constant.int 1
  %true = torch.constant.bool true
  %0 = torch.aten.argmin %x, %int1, %true : !torch.vtensor<[3,4],f32>, !torch.int, !torch.bool -> !torch.vtensor<[3,1],si64>
  return %0 : !torch.vtensor<[3,1],si64>
}

// -----

// var: a sum, the mean, the sum of squared deviations from it, then divided
// by N - correction.
// CHECK-LABEL: func.func @var_correction(
// CHECK:         %[[S:.*]] = linalg.generic {{.*}}iterator_types = ["parallel", "reduction"]}
// CHECK:         %[[MEAN:.*]] = linalg.generic {{.*}} ins(%[[S]] : tensor<3xf32>)
// CHECK:           arith.divf
// CHECK:         %[[SSD:.*]] = linalg.generic {{.*}}iterator_types = ["parallel", "reduction"]} ins(%{{.*}}, %[[MEAN]] : tensor<3x5xf32>, tensor<3xf32>)
// CHECK:           %[[DEV:.*]] = arith.subf
// CHECK:           arith.mulf %[[DEV]], %[[DEV]] : f32
// CHECK:         %[[DEN:.*]] = arith.constant 4.000000e+00 : f32
// CHECK:         linalg.generic {{.*}} ins(%[[SSD]] : tensor<3xf32>)
// CHECK:           arith.divf %{{.*}}, %[[DEN]] : f32
func.func @var_correction(%x: !torch.vtensor<[3,5],f32>) -> !torch.vtensor<[3],f32> {
  %int1 = torch.constant.int 1
  %false = torch.constant.bool false
  %dims = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %0 = torch.aten.var.correction %x, %dims, %int1, %false : !torch.vtensor<[3,5],f32>, !torch.list<int>, !torch.int, !torch.bool -> !torch.vtensor<[3],f32>
  return %0 : !torch.vtensor<[3],f32>
}

// -----

// A dynamic count: the divisor is max(N - correction, 0); std is its sqrt.
// CHECK-LABEL: func.func @std_dynamic(
// CHECK:         %[[N:.*]] = arith.sitofp %{{.*}} : i64 to f32
// CHECK:         %[[D:.*]] = arith.subf %[[N]], %{{.*}} : f32
// CHECK:         %[[DEN:.*]] = arith.maximumf %[[D]]
// CHECK:         linalg.generic
// CHECK:           %[[V:.*]] = arith.divf %{{.*}}, %[[DEN]] : f32
// CHECK:           math.sqrt %[[V]] : f32
func.func @std_dynamic(%x: !torch.vtensor<[?,?],f32>) -> !torch.vtensor<[?,1],f32> {
  %int1 = torch.constant.int 1
  %true = torch.constant.bool true
  %dims = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %0 = torch.aten.std.dim %x, %dims, %true, %true : !torch.vtensor<[?,?],f32>, !torch.list<int>, !torch.bool, !torch.bool -> !torch.vtensor<[?,1],f32>
  return %0 : !torch.vtensor<[?,1],f32>
}

// -----

// CHECK-LABEL: func.func @var_mean(
// CHECK:         linalg.generic {{.*}}iterator_types = ["reduction", "reduction"]}
// CHECK:         %[[MEAN:.*]] = linalg.generic
// CHECK:           arith.divf
// CHECK:         linalg.generic {{.*}}iterator_types = ["reduction", "reduction"]}
// CHECK:         %[[VAR:.*]] = linalg.generic
// CHECK:           arith.divf
// CHECK:         return %[[VAR]], %[[MEAN]] : tensor<f32>, tensor<f32>
func.func @var_mean(%x: !torch.vtensor<[3,5],f32>) -> (!torch.vtensor<[],f32>, !torch.vtensor<[],f32>) {
  %none = torch.constant.none
  %int0 = torch.constant.int 0
  %false = torch.constant.bool false
  %0:2 = torch.aten.var_mean.correction %x, %none, %int0, %false : !torch.vtensor<[3,5],f32>, !torch.none, !torch.int, !torch.bool -> !torch.vtensor<[],f32>, !torch.vtensor<[],f32>
  return %0#0, %0#1 : !torch.vtensor<[],f32>, !torch.vtensor<[],f32>
}

// -----

// Vector norms: p=2 is sqrt(sum x*x), inf is max |x|, other p use powf.
// CHECK-LABEL: func.func @vector_norms(
// CHECK:         linalg.generic {{.*}}iterator_types = ["parallel", "reduction"]}
// CHECK:           %[[SQ:.*]] = arith.mulf %{{.*}}, %{{.*}} : f32
// CHECK:           arith.addf %{{.*}}, %[[SQ]] : f32
// CHECK:         linalg.generic
// CHECK:           math.sqrt
// CHECK:         linalg.generic {{.*}}iterator_types = ["parallel", "reduction"]}
// CHECK:           %[[A:.*]] = math.absf
// CHECK:           arith.maximumf %{{.*}}, %[[A]] : f32
// CHECK:         %[[P:.*]] = arith.constant 3.000000e+00 : f32
// CHECK:         linalg.generic {{.*}}iterator_types = ["reduction", "reduction"]}
// CHECK:           math.absf
// CHECK:           math.powf %{{.*}}, %[[P]] : f32
// CHECK:         linalg.generic
// CHECK:           math.powf
func.func @vector_norms(%x: !torch.vtensor<[?,4],f32>) -> (!torch.vtensor<[?],f32>, !torch.vtensor<[?],f32>, !torch.vtensor<[],f32>) {
  %int1 = torch.constant.int 1
  %int2 = torch.constant.int 2
  %int3 = torch.constant.int 3
  %inf = torch.constant.float 0x7FF0000000000000
  %false = torch.constant.bool false
  %none = torch.constant.none
  %dims = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %0 = torch.aten.linalg_vector_norm %x, %int2, %dims, %false, %none : !torch.vtensor<[?,4],f32>, !torch.int, !torch.list<int>, !torch.bool, !torch.none -> !torch.vtensor<[?],f32>
  %1 = torch.aten.linalg_vector_norm %x, %inf, %dims, %false, %none : !torch.vtensor<[?,4],f32>, !torch.float, !torch.list<int>, !torch.bool, !torch.none -> !torch.vtensor<[?],f32>
  %2 = torch.aten.linalg_vector_norm %x, %int3, %none, %false, %none : !torch.vtensor<[?,4],f32>, !torch.int, !torch.none, !torch.bool, !torch.none -> !torch.vtensor<[],f32>
  return %0, %1, %2 : !torch.vtensor<[?],f32>, !torch.vtensor<[?],f32>, !torch.vtensor<[],f32>
}

// -----

// CHECK-LABEL: func.func @norm_scalar_opt_dim(
// CHECK:           math.absf
// CHECK:           arith.addf
// CHECK:         } -> tensor<3x1xf32>
func.func @norm_scalar_opt_dim(%x: !torch.vtensor<[3,4],f32>) -> !torch.vtensor<[3,1],f32> {
  %int1 = torch.constant.int 1
  %true = torch.constant.bool true
  %dims = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %0 = torch.aten.norm.ScalarOpt_dim %x, %int1, %dims, %true : !torch.vtensor<[3,4],f32>, !torch.int, !torch.list<int>, !torch.bool -> !torch.vtensor<[3,1],f32>
  return %0 : !torch.vtensor<[3,1],f32>
}

// -----

// logsumexp: max, then sum(exp(x - shift)) with shift = max unless infinite.
// CHECK-LABEL: func.func @logsumexp(
// CHECK:         %[[M:.*]] = linalg.generic {{.*}}iterator_types = ["parallel", "reduction"]}
// CHECK:           arith.maximumf
// CHECK:         %[[S:.*]] = linalg.generic {{.*}}iterator_types = ["parallel", "reduction"]} ins(%{{.*}}, %[[M]] : tensor<?x?xf32>, tensor<?xf32>)
// CHECK:           math.absf
// CHECK:           arith.cmpf oeq
// CHECK:           arith.select
// CHECK:           math.exp
// CHECK:         linalg.generic {{.*}} ins(%[[S]], %[[M]] : tensor<?xf32>, tensor<?xf32>)
// CHECK:           math.log
// CHECK:           arith.addf
func.func @logsumexp(%x: !torch.vtensor<[?,?],f32>) -> !torch.vtensor<[?],f32> {
  %int1 = torch.constant.int 1
  %false = torch.constant.bool false
  %dims = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %0 = torch.aten.logsumexp %x, %dims, %false : !torch.vtensor<[?,?],f32>, !torch.list<int>, !torch.bool -> !torch.vtensor<[?],f32>
  return %0 : !torch.vtensor<[?],f32>
}

// -----

// any/all convert to bool and or/and; the i1 init is a generic (not
// linalg.fill) so bool-tensor widening handles it.
// CHECK-LABEL: func.func @any_all(
// CHECK:         %[[F:.*]] = arith.constant false
// CHECK:         %[[INIT:.*]] = linalg.generic {{.*}} outs(%{{.*}} : tensor<?xi1>)
// CHECK:           linalg.yield %[[F]] : i1
// CHECK:         linalg.generic {{.*}}iterator_types = ["parallel", "reduction"]} ins(%{{.*}} : tensor<?x4xf32>) outs(%[[INIT]] : tensor<?xi1>)
// CHECK:           %[[B:.*]] = arith.cmpf une
// CHECK:           arith.ori %{{.*}}, %[[B]] : i1
// CHECK:         %[[T:.*]] = arith.constant true
// CHECK:           linalg.yield %[[T]] : i1
// CHECK:         linalg.generic {{.*}}iterator_types = ["reduction", "reduction"]}
// CHECK:           arith.andi
// CHECK:         linalg.generic
// CHECK:           arith.extui %{{.*}} : i1 to i8
// CHECK:         } -> tensor<i8>
func.func @any_all(%x: !torch.vtensor<[?,4],f32>, %y: !torch.vtensor<[?,4],ui8>) -> (!torch.vtensor<[?],i1>, !torch.vtensor<[],ui8>) {
  %int1 = torch.constant.int 1
  %false = torch.constant.bool false
  %0 = torch.aten.any.dim %x, %int1, %false : !torch.vtensor<[?,4],f32>, !torch.int, !torch.bool -> !torch.vtensor<[?],i1>
  %1 = torch.aten.all %y : !torch.vtensor<[?,4],ui8> -> !torch.vtensor<[],ui8>
  return %0, %1 : !torch.vtensor<[?],i1>, !torch.vtensor<[],ui8>
}

// -----

// any.dims with an empty list reduces nothing (unlike sum's).
// CHECK-LABEL: func.func @any_dims(
// CHECK:         linalg.generic {{.*}}iterator_types = ["reduction", "parallel", "reduction"]}
// CHECK:         } -> tensor<3xi1>
// CHECK:         linalg.generic {{.*}}iterator_types = ["parallel", "parallel", "parallel"]}
// CHECK:         } -> tensor<2x3x4xi1>
func.func @any_dims(%x: !torch.vtensor<[2,3,4],i1>) -> (!torch.vtensor<[3],i1>, !torch.vtensor<[2,3,4],i1>) {
  %int0 = torch.constant.int 0
  %int2 = torch.constant.int 2
  %false = torch.constant.bool false
  %dims = torch.prim.ListConstruct %int0, %int2 : (!torch.int, !torch.int) -> !torch.list<int>
  %empty = torch.prim.ListConstruct : () -> !torch.list<int>
  %0 = torch.aten.any.dims %x, %dims, %false : !torch.vtensor<[2,3,4],i1>, !torch.list<int>, !torch.bool -> !torch.vtensor<[3],i1>
  %1 = torch.aten.any.dims %x, %empty, %false : !torch.vtensor<[2,3,4],i1>, !torch.list<int>, !torch.bool -> !torch.vtensor<[2,3,4],i1>
  return %0, %1 : !torch.vtensor<[3],i1>, !torch.vtensor<[2,3,4],i1>
}

// -----

// cumsum: an scf.for over the scanned dim carrying the running slice.
// CHECK-LABEL: func.func @cumsum_dynamic(
// CHECK-SAME:    %[[X:.*]]: tensor<?x?xf32>) -> tensor<?x?xf32>
// CHECK:         %[[D0:.*]] = tensor.dim %[[X]], %c0
// CHECK:         %[[D1:.*]] = tensor.dim %[[X]], %c1
// CHECK:         %[[ACC0:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%{{.*}} : tensor<?x1xf32>)
// CHECK:         %[[R:.*]]:2 = scf.for %[[IV:.*]] = %{{.*}} to %[[D1]] step %{{.*}} iter_args(%[[OUT:.*]] = %{{.*}}, %[[ACC:.*]] = %[[ACC0]]) -> (tensor<?x?xf32>, tensor<?x1xf32>)
// CHECK:           %[[SL:.*]] = tensor.extract_slice %[[X]][0, %[[IV]]] [%[[D0]], 1] [1, 1]
// CHECK:           %[[G:.*]] = linalg.generic {{.*}} ins(%[[SL]] : tensor<?x1xf32>) outs(%[[ACC]] : tensor<?x1xf32>)
// CHECK:             arith.addf
// CHECK:           %[[INS:.*]] = tensor.insert_slice %[[G]] into %[[OUT]][0, %[[IV]]] [%[[D0]], 1] [1, 1]
// CHECK:           scf.yield %[[INS]], %[[G]]
// CHECK:         return %[[R]]#0
func.func @cumsum_dynamic(%x: !torch.vtensor<[?,?],f32>) -> !torch.vtensor<[?,?],f32> {
  %int1 = torch.constant.int 1
  %none = torch.constant.none
  %0 = torch.aten.cumsum %x, %int1, %none : !torch.vtensor<[?,?],f32>, !torch.int, !torch.none -> !torch.vtensor<[?,?],f32>
  return %0 : !torch.vtensor<[?,?],f32>
}

// -----

// CHECK-LABEL: func.func @cumsum_int32_cumprod(
// CHECK:         scf.for
// CHECK:           tensor.extract_slice %{{.*}}[%{{.*}}] [1] [1] : tensor<5xi32> to tensor<1xi32>
// CHECK:             arith.extsi %{{.*}} : i32 to i64
// CHECK:             arith.addi
// CHECK:         scf.for
// CHECK:             arith.mulf
func.func @cumsum_int32_cumprod(%x: !torch.vtensor<[5],si32>, %y: !torch.vtensor<[2,3],f32>) -> (!torch.vtensor<[5],si64>, !torch.vtensor<[2,3],f32>) {
  %int0 = torch.constant.int 0
  %int-1 = torch.constant.int -1
  %none = torch.constant.none
  %0 = torch.aten.cumsum %x, %int0, %none : !torch.vtensor<[5],si32>, !torch.int, !torch.none -> !torch.vtensor<[5],si64>
  %1 = torch.aten.cumprod %y, %int-1, %none : !torch.vtensor<[2,3],f32>, !torch.int, !torch.none -> !torch.vtensor<[2,3],f32>
  return %0, %1 : !torch.vtensor<[5],si64>, !torch.vtensor<[2,3],f32>
}

// -----

// softmax: max, sum of exp(x - max), then exp(x - max) / sum.
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[ROW:.*]] = affine_map<(d0, d1) -> (d0)>
// CHECK-LABEL: func.func @softmax(
// CHECK-SAME:    %[[X:.*]]: tensor<?x?xf32>)
// CHECK:         %[[M:.*]] = linalg.generic {{.*}}iterator_types = ["parallel", "reduction"]}
// CHECK:           arith.maximumf
// CHECK:         %[[S:.*]] = linalg.generic {{.*}}iterator_types = ["parallel", "reduction"]} ins(%[[X]], %[[M]] : tensor<?x?xf32>, tensor<?xf32>)
// CHECK:           arith.subf
// CHECK:           math.exp
// CHECK:           arith.addf
// CHECK:         linalg.generic {indexing_maps = [#[[ID]], #[[ROW]], #[[ROW]], #[[ID]]], iterator_types = ["parallel", "parallel"]} ins(%[[X]], %[[M]], %[[S]] : tensor<?x?xf32>, tensor<?xf32>, tensor<?xf32>)
// CHECK:           %[[SH:.*]] = arith.subf
// CHECK:           %[[E:.*]] = math.exp %[[SH]]
// CHECK:           arith.divf %[[E]], %{{.*}} : f32
func.func @softmax(%x: !torch.vtensor<[?,?],f32>) -> !torch.vtensor<[?,?],f32> {
  %int-1 = torch.constant.int -1
  %false = torch.constant.bool false
  %0 = torch.aten._softmax %x, %int-1, %false : !torch.vtensor<[?,?],f32>, !torch.int, !torch.bool -> !torch.vtensor<[?,?],f32>
  return %0 : !torch.vtensor<[?,?],f32>
}

// -----

// log_softmax of f16 computes in f32: (x - max) - log(sum).
// CHECK-LABEL: func.func @log_softmax_f16(
// CHECK:           arith.extf %{{.*}} : f16 to f32
// CHECK:           arith.maximumf
// CHECK:         linalg.generic {{.*}}iterator_types = ["parallel", "parallel", "parallel"]}
// CHECK:           %[[SH:.*]] = arith.subf
// CHECK:           %[[L:.*]] = math.log
// CHECK:           %[[Y:.*]] = arith.subf %[[SH]], %[[L]] : f32
// CHECK:           arith.truncf %[[Y]] : f32 to f16
func.func @log_softmax_f16(%x: !torch.vtensor<[2,3,4],f16>) -> !torch.vtensor<[2,3,4],f16> {
  %int0 = torch.constant.int 0
  %false = torch.constant.bool false
  %0 = torch.aten._log_softmax %x, %int0, %false : !torch.vtensor<[2,3,4],f16>, !torch.int, !torch.bool -> !torch.vtensor<[2,3,4],f16>
  return %0 : !torch.vtensor<[2,3,4],f16>
}

// -----

// softmax.int with a dtype converts the input first.
// CHECK-LABEL: func.func @softmax_int_dtype(
// CHECK:           arith.extf %{{.*}} : f32 to f64
// CHECK:         } -> tensor<3x4xf64>
func.func @softmax_int_dtype(%x: !torch.vtensor<[3,4],f32>) -> !torch.vtensor<[3,4],f64> {
  %int1 = torch.constant.int 1
  %int7 = torch.constant.int 7
  %0 = torch.aten.softmax.int %x, %int1, %int7 : !torch.vtensor<[3,4],f32>, !torch.int, !torch.int -> !torch.vtensor<[3,4],f64>
  return %0 : !torch.vtensor<[3,4],f64>
}

// -----

// _safe_softmax: a row that is all -inf gives 0 instead of NaN.
// CHECK-LABEL: func.func @safe_softmax(
// CHECK:         %[[M:[0-9]+]] = linalg.generic {{.*}}iterator_types = ["parallel", "reduction"]}
// CHECK:         linalg.generic {{.*}}iterator_types = ["parallel", "parallel"]}
// CHECK:           %[[Y:.*]] = arith.divf
// CHECK:           %[[NINF:.*]] = arith.constant 0xFF800000 : f32
// CHECK:           %[[MASKED:.*]] = arith.cmpf oeq, %{{.*}}, %[[NINF]] : f32
// CHECK:           arith.select %[[MASKED]], %{{.*}}, %[[Y]] : f32
func.func @safe_softmax(%x: !torch.vtensor<[3,?],f32>) -> !torch.vtensor<[3,?],f32> {
  %int1 = torch.constant.int 1
  %none = torch.constant.none
  %0 = torch.aten._safe_softmax %x, %int1, %none : !torch.vtensor<[3,?],f32>, !torch.int, !torch.none -> !torch.vtensor<[3,?],f32>
  return %0 : !torch.vtensor<[3,?],f32>
}
