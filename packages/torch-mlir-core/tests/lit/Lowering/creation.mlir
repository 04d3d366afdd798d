// RUN: torch-mlir-opt %s -torch-lower-to-linalg -split-input-file | FileCheck %s

// CHECK-LABEL: func.func @full
// CHECK: %[[E:.*]] = tensor.empty() : tensor<2x3xf32>
// CHECK: %[[V:.*]] = arith.constant 1.500000e+00 : f32
// CHECK: linalg.fill ins(%[[V]] : f32) outs(%[[E]] : tensor<2x3xf32>)
func.func @full() -> !torch.vtensor<[2,3],f32> {
  %int2 = torch.constant.int 2
  %int3 = torch.constant.int 3
  %float = torch.constant.float 1.5
  %none = torch.constant.none
  %cpu = torch.constant.device "cpu"
  %false = torch.constant.bool false
  %0 = torch.prim.ListConstruct %int2, %int3 : (!torch.int, !torch.int) -> !torch.list<int>
  %1 = torch.aten.full %0, %float, %none, %none, %cpu, %false : !torch.list<int>, !torch.float, !torch.none, !torch.none, !torch.Device, !torch.bool -> !torch.vtensor<[2,3],f32>
  return %1 : !torch.vtensor<[2,3],f32>
}

// -----

// A run-time size; an int fill value for an int64 result.
// CHECK-LABEL: func.func @full_dynamic
// CHECK-SAME: (%[[N:.*]]: i64)
// CHECK: %[[NI:.*]] = arith.index_cast %[[N]] : i64 to index
// CHECK: %[[E:.*]] = tensor.empty(%[[NI]]) : tensor<?x2xi64>
// CHECK: %[[V:.*]] = arith.constant 7 : i64
// CHECK: linalg.fill ins(%[[V]] : i64) outs(%[[E]] : tensor<?x2xi64>)
func.func @full_dynamic(%arg0: !torch.int) -> !torch.vtensor<[?,2],si64> {
  %int2 = torch.constant.int 2
  %int7 = torch.constant.int 7
  %int4 = torch.constant.int 4
  %none = torch.constant.none
  %0 = torch.prim.ListConstruct %arg0, %int2 : (!torch.int, !torch.int) -> !torch.list<int>
  %1 = torch.aten.full %0, %int7, %int4, %none, %none, %none : !torch.list<int>, !torch.int, !torch.int, !torch.none, !torch.none, !torch.none -> !torch.vtensor<[?,2],si64>
  return %1 : !torch.vtensor<[?,2],si64>
}

// -----

// CHECK-LABEL: func.func @zeros_ones
// CHECK: arith.constant 0.000000e+00 : f32
// CHECK: linalg.fill
// CHECK: arith.constant 1 : i32
// CHECK: linalg.fill
func.func @zeros_ones() -> (!torch.vtensor<[4],f32>, !torch.vtensor<[4],si32>) {
  %int4 = torch.constant.int 4
  %int3 = torch.constant.int 3
  %none = torch.constant.none
  %0 = torch.prim.ListConstruct %int4 : (!torch.int) -> !torch.list<int>
  %1 = torch.aten.zeros %0, %none, %none, %none, %none : !torch.list<int>, !torch.none, !torch.none, !torch.none, !torch.none -> !torch.vtensor<[4],f32>
  %2 = torch.aten.ones %0, %int3, %none, %none, %none : !torch.list<int>, !torch.int, !torch.none, !torch.none, !torch.none -> !torch.vtensor<[4],si32>
  return %1, %2 : !torch.vtensor<[4],f32>, !torch.vtensor<[4],si32>
}

// -----

// CHECK-LABEL: func.func @empty_memory_format
// CHECK-SAME: (%[[N:.*]]: i64)
// CHECK: %[[NI:.*]] = arith.index_cast %[[N]]
// CHECK: %[[E:.*]] = tensor.empty(%[[NI]]) : tensor<?xf32>
// CHECK-NEXT: return %[[E]]
func.func @empty_memory_format(%arg0: !torch.int) -> !torch.vtensor<[?],f32> {
  %none = torch.constant.none
  %0 = torch.prim.ListConstruct %arg0 : (!torch.int) -> !torch.list<int>
  %1 = torch.aten.empty.memory_format %0, %none, %none, %none, %none, %none : !torch.list<int>, !torch.none, !torch.none, !torch.none, !torch.none, !torch.none -> !torch.vtensor<[?],f32>
  return %1 : !torch.vtensor<[?],f32>
}

// -----

// empty_permuted (FX's empty_like): the physical layout does not show on a
// value tensor; the result has the logical sizes.
// CHECK-LABEL: func.func @empty_permuted
// CHECK-SAME: (%[[N:.*]]: i64)
// CHECK: %[[NI:.*]] = arith.index_cast %[[N]]
// CHECK: %[[E:.*]] = tensor.empty(%[[NI]]) : tensor<?x3xi64>
// CHECK-NEXT: return %[[E]]
func.func @empty_permuted(%arg0: !torch.int) -> !torch.vtensor<[?,3],si64> {
  %none = torch.constant.none
  %int3 = torch.constant.int 3
  %int0 = torch.constant.int 0
  %int1 = torch.constant.int 1
  %int4 = torch.constant.int 4
  %0 = torch.prim.ListConstruct %arg0, %int3 : (!torch.int, !torch.int) -> !torch.list<int>
  %1 = torch.prim.ListConstruct %int1, %int0 : (!torch.int, !torch.int) -> !torch.list<int>
  %2 = torch.aten.empty_permuted %0, %1, %int4, %none, %none, %none : !torch.list<int>, !torch.list<int>, !torch.int, !torch.none, !torch.none, !torch.none -> !torch.vtensor<[?,3],si64>
  return %2 : !torch.vtensor<[?,3],si64>
}

// -----

// full_like takes its sizes from the operand; a bool result fills i1.
// CHECK-LABEL: func.func @full_like
// CHECK: %[[D:.*]] = tensor.dim %{{.*}}, %c0
// CHECK: %[[E:.*]] = tensor.empty(%[[D]]) : tensor<?x3xi1>
// CHECK: %[[V:.*]] = arith.constant true
// CHECK: linalg.fill ins(%[[V]] : i1) outs(%[[E]] : tensor<?x3xi1>)
func.func @full_like(%arg0: !torch.vtensor<[?,3],f32>) -> !torch.vtensor<[?,3],i1> {
  %int11 = torch.constant.int 11
  %int1 = torch.constant.int 1
  %none = torch.constant.none
  %0 = torch.aten.full_like %arg0, %int1, %int11, %none, %none, %none, %none : !torch.vtensor<[?,3],f32>, !torch.int, !torch.int, !torch.none, !torch.none, !torch.none, !torch.none -> !torch.vtensor<[?,3],i1>
  return %0 : !torch.vtensor<[?,3],i1>
}

// -----

// CHECK-LABEL: func.func @zeros_like
// CHECK: tensor.empty() : tensor<2x3xf64>
// CHECK: arith.constant 0.000000e+00 : f64
// CHECK: linalg.fill
func.func @zeros_like(%arg0: !torch.vtensor<[2,3],f32>) -> !torch.vtensor<[2,3],f64> {
  %int7 = torch.constant.int 7
  %none = torch.constant.none
  %0 = torch.aten.zeros_like %arg0, %int7, %none, %none, %none, %none : !torch.vtensor<[2,3],f32>, !torch.int, !torch.none, !torch.none, !torch.none, !torch.none -> !torch.vtensor<[2,3],f64>
  return %0 : !torch.vtensor<[2,3],f64>
}

// -----

// CHECK-LABEL: func.func @new_full
// CHECK: tensor.empty() : tensor<3x2xf32>
// CHECK: arith.constant 7.000000e+00 : f32
// CHECK: linalg.fill
func.func @new_full(%arg0: !torch.vtensor<[?],f32>) -> !torch.vtensor<[3,2],f32> {
  %int3 = torch.constant.int 3
  %int2 = torch.constant.int 2
  %int7 = torch.constant.int 7
  %none = torch.constant.none
  %0 = torch.prim.ListConstruct %int3, %int2 : (!torch.int, !torch.int) -> !torch.list<int>
  %1 = torch.aten.new_full %arg0, %0, %int7, %none, %none, %none, %none : !torch.vtensor<[?],f32>, !torch.list<int>, !torch.int, !torch.none, !torch.none, !torch.none, !torch.none -> !torch.vtensor<[3,2],f32>
  return %1 : !torch.vtensor<[3,2],f32>
}

// -----

// arange: start + i * step, in int64 for integer results.
// CHECK-LABEL: func.func @arange_int
// CHECK: %[[S:.*]] = arith.constant 5 : i64
// CHECK: %[[T:.*]] = arith.constant -2 : i64
// CHECK: %[[E:.*]] = tensor.empty() : tensor<4xi64>
// CHECK: linalg.generic {{.*}} outs(%[[E]] : tensor<4xi64>)
// CHECK: %[[I:.*]] = linalg.index 0 : index
// CHECK: %[[I64:.*]] = arith.index_cast %[[I]] : index to i64
// CHECK: %[[M:.*]] = arith.muli %[[I64]], %[[T]] : i64
// CHECK: %[[R:.*]] = arith.addi %[[S]], %[[M]] : i64
// CHECK: linalg.yield %[[R]] : i64
func.func @arange_int() -> !torch.vtensor<[4],si64> {
  %int5 = torch.constant.int 5
  %int-3 = torch.constant.int -3
  %int-2 = torch.constant.int -2
  %none = torch.constant.none
  %0 = torch.aten.arange.start_step %int5, %int-3, %int-2, %none, %none, %none, %none : !torch.int, !torch.int, !torch.int, !torch.none, !torch.none, !torch.none, !torch.none -> !torch.vtensor<[4],si64>
  return %0 : !torch.vtensor<[4],si64>
}

// -----

// A float range is computed in f64 and rounded to the result type.
// CHECK-LABEL: func.func @arange_float
// CHECK: linalg.generic
// CHECK: arith.sitofp %{{.*}} : i64 to f64
// CHECK: arith.mulf
// CHECK: arith.addf
// CHECK: arith.truncf %{{.*}} : f64 to f32
// CHECK: -> tensor<4xf32>
func.func @arange_float() -> !torch.vtensor<[4],f32> {
  %float0 = torch.constant.float 0.0
  %float1 = torch.constant.float 1.0
  %float03 = torch.constant.float 0.3
  %none = torch.constant.none
  %0 = torch.aten.arange.start_step %float0, %float1, %float03, %none, %none, %none, %none : !torch.float, !torch.float, !torch.float, !torch.none, !torch.none, !torch.none, !torch.none -> !torch.vtensor<[4],f32>
  return %0 : !torch.vtensor<[4],f32>
}

// -----

// A run-time end: the length is ceildiv(end - start, step), at least 0.
// CHECK-LABEL: func.func @arange_dynamic
// CHECK-SAME: (%[[N:.*]]: i64)
// CHECK: %[[NI:.*]] = arith.index_cast %[[N]] : i64 to index
// CHECK: %[[L:.*]] = arith.ceildivsi %{{.*}}, %c2 : index
// CHECK: %[[LEN:.*]] = arith.maxsi %[[L]], %{{.*}} : index
// CHECK: tensor.empty(%[[LEN]]) : tensor<?xi64>
func.func @arange_dynamic(%arg0: !torch.int) -> !torch.vtensor<[?],si64> {
  %int1 = torch.constant.int 1
  %int2 = torch.constant.int 2
  %none = torch.constant.none
  %0 = torch.aten.arange.start_step %int1, %arg0, %int2, %none, %none, %none, %none : !torch.int, !torch.int, !torch.int, !torch.none, !torch.none, !torch.none, !torch.none -> !torch.vtensor<[?],si64>
  return %0 : !torch.vtensor<[?],si64>
}

// -----

// CHECK-LABEL: func.func @arange_end
// CHECK: linalg.generic
// CHECK: arith.sitofp %{{.*}} : i64 to f64
// CHECK: -> tensor<5xf64>
func.func @arange_end() -> !torch.vtensor<[5],f64> {
  %int5 = torch.constant.int 5
  %int7 = torch.constant.int 7
  %none = torch.constant.none
  %0 = torch.aten.arange %int5, %int7, %none, %none, %none : !torch.int, !torch.int, !torch.none, !torch.none, !torch.none -> !torch.vtensor<[5],f64>
  return %0 : !torch.vtensor<[5],f64>
}

// -----

// linspace: the first half counts up from start, the second down from end.
// CHECK-LABEL: func.func @linspace
// CHECK: arith.divf
// CHECK: linalg.generic
// CHECK: arith.cmpi slt
// CHECK: arith.select
// CHECK: -> tensor<5xf32>
func.func @linspace() -> !torch.vtensor<[5],f32> {
  %float0 = torch.constant.float 0.0
  %float1 = torch.constant.float 1.0
  %int5 = torch.constant.int 5
  %none = torch.constant.none
  %0 = torch.aten.linspace %float0, %float1, %int5, %none, %none, %none, %none : !torch.float, !torch.float, !torch.int, !torch.none, !torch.none, !torch.none, !torch.none -> !torch.vtensor<[5],f32>
  return %0 : !torch.vtensor<[5],f32>
}

// -----

// CHECK-LABEL: func.func @eye
// CHECK: linalg.generic
// CHECK: %[[I:.*]] = linalg.index 0
// CHECK: %[[J:.*]] = linalg.index 1
// CHECK: %[[C:.*]] = arith.cmpi eq, %[[I]], %[[J]]
// CHECK: arith.select %[[C]]
// CHECK: -> tensor<?x4xf32>
func.func @eye(%arg0: !torch.int) -> !torch.vtensor<[?,4],f32> {
  %int4 = torch.constant.int 4
  %none = torch.constant.none
  %0 = torch.aten.eye.m %arg0, %int4, %none, %none, %none, %none : !torch.int, !torch.int, !torch.none, !torch.none, !torch.none, !torch.none -> !torch.vtensor<[?,4],f32>
  return %0 : !torch.vtensor<[?,4],f32>
}

// -----

// tril keeps j - i <= diagonal on the last two dims.
// CHECK-LABEL: func.func @tril
// CHECK: linalg.generic
// CHECK: %[[I:.*]] = linalg.index 1
// CHECK: %[[J:.*]] = linalg.index 2
// CHECK: %[[D:.*]] = arith.subi %[[J]], %[[I]]
// CHECK: arith.cmpi sle, %[[D]], %c-1
// CHECK: -> tensor<?x3x4xf32>
func.func @tril(%arg0: !torch.vtensor<[?,3,4],f32>) -> !torch.vtensor<[?,3,4],f32> {
  %int-1 = torch.constant.int -1
  %0 = torch.aten.tril %arg0, %int-1 : !torch.vtensor<[?,3,4],f32>, !torch.int -> !torch.vtensor<[?,3,4],f32>
  return %0 : !torch.vtensor<[?,3,4],f32>
}

// -----

// CHECK-LABEL: func.func @triu
// CHECK: arith.cmpi sge, %{{.*}}, %c1
// CHECK: -> tensor<3x3xi64>
func.func @triu(%arg0: !torch.vtensor<[3,3],si64>) -> !torch.vtensor<[3,3],si64> {
  %int1 = torch.constant.int 1
  %0 = torch.aten.triu %arg0, %int1 : !torch.vtensor<[3,3],si64>, !torch.int -> !torch.vtensor<[3,3],si64>
  return %0 : !torch.vtensor<[3,3],si64>
}

// -----

// CHECK-LABEL: func.func @empty_like_ones_like
// CHECK: %[[D:.*]] = tensor.dim %{{.*}}, %c0
// CHECK: %[[E:.*]] = tensor.empty(%[[D]]) : tensor<?x2xi32>
// CHECK: %[[D2:.*]] = tensor.dim %{{.*}}, %c0
// CHECK: %[[E2:.*]] = tensor.empty(%[[D2]]) : tensor<?x2xi32>
// CHECK: linalg.fill ins(%{{.*}} : i32) outs(%[[E2]] : tensor<?x2xi32>)
// CHECK: return %[[E]]
func.func @empty_like_ones_like(%arg0: !torch.vtensor<[?,2],si32>) -> (!torch.vtensor<[?,2],si32>, !torch.vtensor<[?,2],si32>) {
  %none = torch.constant.none
  %0 = torch.aten.empty_like %arg0, %none, %none, %none, %none, %none : !torch.vtensor<[?,2],si32>, !torch.none, !torch.none, !torch.none, !torch.none, !torch.none -> !torch.vtensor<[?,2],si32>
  %1 = torch.aten.ones_like %arg0, %none, %none, %none, %none, %none : !torch.vtensor<[?,2],si32>, !torch.none, !torch.none, !torch.none, !torch.none, !torch.none -> !torch.vtensor<[?,2],si32>
  return %0, %1 : !torch.vtensor<[?,2],si32>, !torch.vtensor<[?,2],si32>
}

// -----

// CHECK-LABEL: func.func @new_zeros_dynamic
// CHECK-SAME: (%{{.*}}: tensor<3xf32>, %[[N:.*]]: i64)
// CHECK: %[[NI:.*]] = arith.index_cast %[[N]]
// CHECK: tensor.empty(%[[NI]]) : tensor<?x2xf32>
// CHECK: linalg.fill
func.func @new_zeros_dynamic(%arg0: !torch.vtensor<[3],f32>, %arg1: !torch.int) -> !torch.vtensor<[?,2],f32> {
  %int2 = torch.constant.int 2
  %none = torch.constant.none
  %0 = torch.prim.ListConstruct %arg1, %int2 : (!torch.int, !torch.int) -> !torch.list<int>
  %1 = torch.aten.new_zeros %arg0, %0, %none, %none, %none, %none : !torch.vtensor<[3],f32>, !torch.list<int>, !torch.none, !torch.none, !torch.none, !torch.none -> !torch.vtensor<[?,2],f32>
  return %1 : !torch.vtensor<[?,2],f32>
}

// -----

// CHECK-LABEL: func.func @iota
// CHECK: linalg.generic
// CHECK: arith.muli %{{.*}}, %c3_i64
// CHECK: arith.addi %c2_i64
// CHECK: -> tensor<5xi64>
func.func @iota() -> !torch.vtensor<[5],si64> {
  %int5 = torch.constant.int 5
  %int2 = torch.constant.int 2
  %int3 = torch.constant.int 3
  %int4 = torch.constant.int 4
  %cpu = torch.constant.device "cpu"
  %false = torch.constant.bool false
  %0 = torch.prims.iota %int5, %int2, %int3, %int4, %cpu, %false : !torch.int, !torch.int, !torch.int, !torch.int, !torch.Device, !torch.bool -> !torch.vtensor<[5],si64>
  return %0 : !torch.vtensor<[5],si64>
}
