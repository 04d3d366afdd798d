// RUN: torch-mlir-opt %s -torch-lower-to-linalg -split-input-file -verify-diagnostics | FileCheck %s

// sort is rank-based: the stable rank of each element (a generic reducing
// over a second copy of the sort dim, d2, counting the elements that sort
// before it: smaller, NaN last, ties to the smaller index), then a second
// generic reducing over the row picks, for output position d1, the element
// whose rank is d1 (value and index). Dynamic sizes.

// CHECK-DAG: #[[OWN:.*]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-DAG: #[[OTHER:.*]] = affine_map<(d0, d1, d2) -> (d0, d2)>
// CHECK-LABEL: func.func @sort_dynamic(
// CHECK-SAME:    %[[X:.*]]: tensor<?x?xf32>) -> (tensor<?x?xf32>, tensor<?x?xi64>)
// CHECK:         %[[Z:.*]] = linalg.fill ins(%{{.*}} : i64) outs(%{{.*}} : tensor<?x?xi64>)
// CHECK:         %[[RK:.*]] = linalg.generic {indexing_maps = [#[[OWN]], #[[OTHER]], #[[OWN]]], iterator_types = ["parallel", "parallel", "reduction"]}
// CHECK-SAME:      ins(%[[X]], %[[X]] : tensor<?x?xf32>, tensor<?x?xf32>) outs(%[[Z]] : tensor<?x?xi64>)
// CHECK:           ^bb0(%[[XI:.*]]: f32, %[[XJ:.*]]: f32, %[[ACC:.*]]: i64):
// CHECK:             %[[I:.*]] = linalg.index 1 : index
// CHECK:             %[[J:.*]] = linalg.index 2 : index
// CHECK:             %[[JFIRST:.*]] = arith.cmpi slt, %[[J]], %[[I]] : index
// CHECK:             %[[LT:.*]] = arith.cmpf olt, %[[XJ]], %[[XI]] : f32
// CHECK:             %[[EQ:.*]] = arith.cmpf oeq, %[[XJ]], %[[XI]] : f32
// CHECK:             %[[JNAN:.*]] = arith.cmpf uno, %[[XJ]], %[[XJ]] : f32
// CHECK:             %[[INAN:.*]] = arith.cmpf uno, %[[XI]], %[[XI]] : f32
// CHECK:             %[[NUMJ:.*]] = arith.xori %[[JNAN]], %{{.*}} : i1
// CHECK:             %[[NANLAST:.*]] = arith.andi %[[INAN]], %[[NUMJ]] : i1
// CHECK:             %[[BYVAL:.*]] = arith.ori %[[LT]], %[[NANLAST]] : i1
// CHECK:             %[[BOTHNAN:.*]] = arith.andi %[[JNAN]], %[[INAN]] : i1
// CHECK:             %[[SAME:.*]] = arith.ori %[[EQ]], %[[BOTHNAN]] : i1
// CHECK:             %[[TIE:.*]] = arith.andi %[[SAME]], %[[JFIRST]] : i1
// CHECK:             %[[BEFORE:.*]] = arith.ori %[[BYVAL]], %[[TIE]] : i1
// CHECK:             %[[ONE:.*]] = arith.extui %[[BEFORE]] : i1 to i64
// CHECK:             arith.addi %[[ACC]], %[[ONE]] : i64
// CHECK:         %[[NAN:.*]] = arith.constant 0x7FC00000 : f32
// CHECK:         %[[S:.*]]:2 = linalg.generic {indexing_maps = [#[[OTHER]], #[[OTHER]], #[[OWN]], #[[OWN]]], iterator_types = ["parallel", "parallel", "reduction"]}
// CHECK-SAME:      ins(%[[X]], %[[RK]] : tensor<?x?xf32>, tensor<?x?xi64>)
// CHECK:           ^bb0(%[[V:.*]]: f32, %[[R:.*]]: i64, %{{.*}}: f32, %{{.*}}: i64):
// CHECK:             %[[P:.*]] = linalg.index 1 : index
// CHECK:             %[[P64:.*]] = arith.index_cast %[[P]] : index to i64
// CHECK:             %[[HIT:.*]] = arith.cmpi eq, %[[R]], %[[P64]] : i64
// CHECK:             arith.select %[[HIT]], %[[V]], %{{.*}} : f32
// CHECK:             %[[J2:.*]] = linalg.index 2 : index
// CHECK:             %[[J64:.*]] = arith.index_cast %[[J2]] : index to i64
// CHECK:             arith.select %[[HIT]], %[[J64]], %{{.*}} : i64
// CHECK:         return %[[S]]#0, %[[S]]#1
func.func @sort_dynamic(%x: !torch.vtensor<[?,?],f32>) -> (!torch.vtensor<[?,?],f32>, !torch.vtensor<[?,?],si64>) {
  %int1 = torch.constant.int 1
  %false = torch.constant.bool false
  %0:2 = torch.aten.sort %x, %int1, %false : !torch.vtensor<[?,?],f32>, !torch.int, !torch.bool -> !torch.vtensor<[?,?],f32>, !torch.vtensor<[?,?],si64>
  return %0#0, %0#1 : !torch.vtensor<[?,?],f32>, !torch.vtensor<[?,?],si64>
}

// -----

// Descending integers: signed greater-than; topk keeps k = 2 positions.
// CHECK-LABEL: func.func @topk_int(
// CHECK:         linalg.generic
// CHECK:           arith.cmpi sgt, %{{.*}}, %{{.*}} : i32
// CHECK:         %{{.*}}:2 = linalg.generic {{.*}} outs(%{{.*}}, %{{.*}} : tensor<2x5xi32>, tensor<2x5xi64>)
func.func @topk_int(%x: !torch.vtensor<[7,5],si32>) -> (!torch.vtensor<[2,5],si32>, !torch.vtensor<[2,5],si64>) {
  %int0 = torch.constant.int 0
  %int2 = torch.constant.int 2
  %true = torch.constant.bool true
  %0:2 = torch.aten.topk %x, %int2, %int0, %true, %true : !torch.vtensor<[7,5],si32>, !torch.int, !torch.int, !torch.bool, !torch.bool -> !torch.vtensor<[2,5],si32>, !torch.vtensor<[2,5],si64>
  return %0#0, %0#1 : !torch.vtensor<[2,5],si32>, !torch.vtensor<[2,5],si64>
}

// -----

// k larger than the dim is rejected at compile time with the op's location.
func.func @topk_k_too_large(%x: !torch.vtensor<[3],f32>) -> (!torch.vtensor<[4],f32>, !torch.vtensor<[4],si64>) {
  %int0 = torch.constant.int 0
  %int4 = torch.constant.int 4
  %true = torch.constant.bool true
  // expected-error @below {{'torch.aten.topk' could not be lowered to linalg-on-tensors: topk: k 4 is out of range for a dim of size 3}}
  %0:2 = torch.aten.topk %x, %int4, %int0, %true, %true : !torch.vtensor<[3],f32>, !torch.int, !torch.int, !torch.bool, !torch.bool -> !torch.vtensor<[4],f32>, !torch.vtensor<[4],si64>
  return %0#0, %0#1 : !torch.vtensor<[4],f32>, !torch.vtensor<[4],si64>
}
// expected-error @unknown {{1 op(s) could not be lowered to linalg-on-tensors: torch.aten.topk}}
