// RUN: torch-mlir-opt %s -torch-lower-to-linalg -split-input-file | FileCheck %s

// Pooling to linalg: tensor.pad (-inf / 0) + pooling named ops (generics for
// 3-D, unsigned and indices), avg_pool divisors, adaptive pools with
// variable windows.

// Max pooling pads with -inf and uses the named op.
// CHECK-LABEL: func.func @max_pool2d(
// CHECK:         %[[NEG:.*]] = arith.constant 0xFF800000 : f32
// CHECK:         %[[P:.*]] = tensor.pad %{{.*}} low[0, 0, 1, 1] high[0, 0, 1, 1]
// CHECK:           tensor.yield %[[NEG]] : f32
// CHECK:         %[[WIN:.*]] = tensor.empty() : tensor<3x3xf32>
// CHECK:         %[[INIT:.*]] = linalg.fill ins(%[[NEG]] : f32) outs(%{{.*}} : tensor<1x3x4x4xf32>)
// CHECK:         linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%[[P]], %[[WIN]] : tensor<1x3x10x10xf32>, tensor<3x3xf32>) outs(%[[INIT]] : tensor<1x3x4x4xf32>)
func.func @max_pool2d(%x: !torch.vtensor<[1,3,8,8],f32>) -> !torch.vtensor<[1,3,4,4],f32> {
  %c1 = torch.constant.int 1
  %c2 = torch.constant.int 2
  %c3 = torch.constant.int 3
  %k = torch.prim.ListConstruct %c3, %c3 : (!torch.int, !torch.int) -> !torch.list<int>
  %s = torch.prim.ListConstruct %c2, %c2 : (!torch.int, !torch.int) -> !torch.list<int>
  %p = torch.prim.ListConstruct %c1, %c1 : (!torch.int, !torch.int) -> !torch.list<int>
  %d = torch.prim.ListConstruct %c1, %c1 : (!torch.int, !torch.int) -> !torch.list<int>
  %ceil = torch.constant.bool false
  %0 = torch.aten.max_pool2d %x, %k, %s, %p, %d, %ceil : !torch.vtensor<[1,3,8,8],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool -> !torch.vtensor<[1,3,4,4],f32>
  return %0 : !torch.vtensor<[1,3,4,4],f32>
}

// -----

// Unused indices are not computed.
// CHECK-LABEL: func.func @max_pool2d_values_only(
// CHECK:         linalg.pooling_nchw_max
// CHECK-NOT:     linalg.generic
// CHECK:         return
func.func @max_pool2d_values_only(%x: !torch.vtensor<[?,3,8,8],f32>) -> !torch.vtensor<[?,3,4,4],f32> {
  %c1 = torch.constant.int 1
  %c2 = torch.constant.int 2
  %c3 = torch.constant.int 3
  %k = torch.prim.ListConstruct %c3, %c3 : (!torch.int, !torch.int) -> !torch.list<int>
  %s = torch.prim.ListConstruct %c2, %c2 : (!torch.int, !torch.int) -> !torch.list<int>
  %p = torch.prim.ListConstruct %c1, %c1 : (!torch.int, !torch.int) -> !torch.list<int>
  %d = torch.prim.ListConstruct %c1, %c1 : (!torch.int, !torch.int) -> !torch.list<int>
  %ceil = torch.constant.bool false
  %0:2 = torch.aten.max_pool2d_with_indices %x, %k, %s, %p, %d, %ceil : !torch.vtensor<[?,3,8,8],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool -> !torch.vtensor<[?,3,4,4],f32>, !torch.vtensor<[?,3,4,4],si64>
  return %0#0 : !torch.vtensor<[?,3,4,4],f32>
}

// -----

// ceil_mode: out = (H - 3 + 1) floordiv 2 + 1, minus 1 if the last window
// starts past the input; the high padding covers the last window.
// CHECK-LABEL: func.func @max_pool2d_dynamic_ceil(
// CHECK-SAME:    %[[X:.*]]: tensor<?x3x?x?xf32>)
// CHECK:         %[[H:.*]] = tensor.dim %[[X]], %c2
// CHECK:         %[[A:.*]] = arith.subi %[[H]], %{{.*}} : index
// CHECK:         %[[B:.*]] = arith.addi %[[A]], %{{.*}} : index
// CHECK:         %[[C:.*]] = arith.floordivsi %[[B]], %{{.*}} : index
// CHECK:         %[[O:.*]] = arith.addi %[[C]], %{{.*}} : index
// CHECK:         %[[LAST:.*]] = arith.subi %[[O]], %{{.*}} : index
// CHECK:         %[[START:.*]] = arith.muli %[[LAST]], %{{.*}} : index
// CHECK:         %[[DROP:.*]] = arith.cmpi sge, %[[START]], %[[H]] : index
// CHECK:         %[[O1:.*]] = arith.subi %[[O]], %{{.*}} : index
// CHECK:         %[[OH:.*]] = arith.select %[[DROP]], %[[O1]], %[[O]] : index
// CHECK:         %[[P:.*]] = tensor.pad %[[X]] low[0, 0, 0, 0] high[0, 0, 1, 1]
// CHECK:         tensor.empty(%{{.*}}, %[[OH]], %{{.*}}) : tensor<?x3x?x?xf32>
// CHECK:         linalg.pooling_nchw_max {{.*}} ins(%[[P]], %{{.*}} : tensor<?x3x?x?xf32>, tensor<3x3xf32>)
func.func @max_pool2d_dynamic_ceil(%x: !torch.vtensor<[?,3,?,?],f32>) -> !torch.vtensor<[?,3,?,?],f32> {
  %c0 = torch.constant.int 0
  %c1 = torch.constant.int 1
  %c2 = torch.constant.int 2
  %c3 = torch.constant.int 3
  %k = torch.prim.ListConstruct %c3, %c3 : (!torch.int, !torch.int) -> !torch.list<int>
  %s = torch.prim.ListConstruct %c2, %c2 : (!torch.int, !torch.int) -> !torch.list<int>
  %p = torch.prim.ListConstruct %c0, %c0 : (!torch.int, !torch.int) -> !torch.list<int>
  %d = torch.prim.ListConstruct %c1, %c1 : (!torch.int, !torch.int) -> !torch.list<int>
  %ceil = torch.constant.bool true
  %0 = torch.aten.max_pool2d %x, %k, %s, %p, %d, %ceil : !torch.vtensor<[?,3,?,?],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool -> !torch.vtensor<[?,3,?,?],f32>
  return %0 : !torch.vtensor<[?,3,?,?],f32>
}

// -----

// Values and indices from one generic: the flat input position h*W + w of
// the first in-bounds maximum (or a nan); -1 marks "none yet".
// CHECK-DAG: #[[MX:.*]] = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2 * 2 + d4, d3 * 2 + d5)>
// CHECK-DAG: #[[MW:.*]] = affine_map<(d0, d1, d2, d3, d4, d5) -> (d4, d5)>
// CHECK-DAG: #[[MO:.*]] = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>
// CHECK-LABEL: func.func @max_pool2d_with_indices(
// CHECK:         %[[P:.*]] = tensor.pad
// CHECK:         %[[H:.*]] = arith.index_cast %{{.*}} : index to i64
// CHECK:         %[[W:.*]] = arith.constant 8 : i64
// CHECK:         %[[NONE:.*]] = arith.constant -1 : i64
// CHECK:         %[[II:.*]] = linalg.fill ins(%[[NONE]] : i64) outs(%{{.*}} : tensor<2x3x?x4xi64>)
// CHECK:         %[[VI:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%{{.*}} : tensor<2x3x?x4xf32>)
// CHECK:         %[[R:.*]]:2 = linalg.generic {indexing_maps = [#[[MX]], #[[MW]], #[[MO]], #[[MO]]], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%[[P]], %{{.*}} : tensor<2x3x?x10xf32>, tensor<3x3xf32>) outs(%[[VI]], %[[II]] : tensor<2x3x?x4xf32>, tensor<2x3x?x4xi64>)
// CHECK:         ^bb0(%[[V:.*]]: f32, %{{.*}}: f32, %[[CUR:.*]]: f32, %[[CURI:.*]]: i64):
// CHECK:           %[[IH:.*]] = arith.subi %{{.*}}, %{{.*}} : i64
// CHECK:           arith.cmpi slt, %[[IH]], %[[H]] : i64
// CHECK:           %[[IW:.*]] = arith.subi %{{.*}}, %{{.*}} : i64
// CHECK:           %[[INW:.*]] = arith.andi %{{.*}}, %{{.*}} : i1
// CHECK:           %[[INB:.*]] = arith.andi %{{.*}}, %[[INW]] : i1
// CHECK:           %[[ROW:.*]] = arith.muli %[[IH]], %[[W]] : i64
// CHECK:           %[[FLAT:.*]] = arith.addi %[[ROW]], %[[IW]] : i64
// CHECK:           %[[FIRST:.*]] = arith.cmpi eq, %[[CURI]], %{{.*}} : i64
// CHECK:           %[[GT:.*]] = arith.cmpf ogt, %[[V]], %[[CUR]] : f32
// CHECK:           %[[NAN:.*]] = arith.cmpf uno, %[[V]], %[[V]] : f32
// CHECK:           %[[BETTER:.*]] = arith.ori %[[GT]], %[[NAN]] : i1
// CHECK:           %[[ANY:.*]] = arith.ori %[[BETTER]], %[[FIRST]] : i1
// CHECK:           %[[TAKE:.*]] = arith.andi %[[INB]], %[[ANY]] : i1
// CHECK:           %[[NV:.*]] = arith.select %[[TAKE]], %[[V]], %[[CUR]] : f32
// CHECK:           %[[NI:.*]] = arith.select %[[TAKE]], %[[FLAT]], %[[CURI]] : i64
// CHECK:           linalg.yield %[[NV]], %[[NI]] : f32, i64
// CHECK:         return %[[R]]#0, %[[R]]#1
func.func @max_pool2d_with_indices(%x: !torch.vtensor<[2,3,?,8],f32>) -> (!torch.vtensor<[2,3,?,4],f32>, !torch.vtensor<[2,3,?,4],si64>) {
  %c1 = torch.constant.int 1
  %c2 = torch.constant.int 2
  %c3 = torch.constant.int 3
  %k = torch.prim.ListConstruct %c3, %c3 : (!torch.int, !torch.int) -> !torch.list<int>
  %s = torch.prim.ListConstruct %c2, %c2 : (!torch.int, !torch.int) -> !torch.list<int>
  %p = torch.prim.ListConstruct %c1, %c1 : (!torch.int, !torch.int) -> !torch.list<int>
  %d = torch.prim.ListConstruct %c1, %c1 : (!torch.int, !torch.int) -> !torch.list<int>
  %ceil = torch.constant.bool false
  %0:2 = torch.aten.max_pool2d_with_indices %x, %k, %s, %p, %d, %ceil : !torch.vtensor<[2,3,?,8],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool -> !torch.vtensor<[2,3,?,4],f32>, !torch.vtensor<[2,3,?,4],si64>
  return %0#0, %0#1 : !torch.vtensor<[2,3,?,4],f32>, !torch.vtensor<[2,3,?,4],si64>
}

// -----

// CHECK-LABEL: func.func @max_pool2d_int(
// CHECK:         %[[MIN:.*]] = arith.constant -9223372036854775808 : i64
// CHECK:         linalg.fill ins(%[[MIN]] : i64)
// CHECK:         linalg.pooling_nchw_max {{.*}} ins(%{{.*}}, %{{.*}} : tensor<1x3x8x8xi64>, tensor<2x2xi64>)
func.func @max_pool2d_int(%x: !torch.vtensor<[1,3,8,8],si64>) -> !torch.vtensor<[1,3,4,4],si64> {
  %c0 = torch.constant.int 0
  %c1 = torch.constant.int 1
  %c2 = torch.constant.int 2
  %k = torch.prim.ListConstruct %c2, %c2 : (!torch.int, !torch.int) -> !torch.list<int>
  %s = torch.prim.ListConstruct %c2, %c2 : (!torch.int, !torch.int) -> !torch.list<int>
  %p = torch.prim.ListConstruct %c0, %c0 : (!torch.int, !torch.int) -> !torch.list<int>
  %d = torch.prim.ListConstruct %c1, %c1 : (!torch.int, !torch.int) -> !torch.list<int>
  %ceil = torch.constant.bool false
  %0 = torch.aten.max_pool2d %x, %k, %s, %p, %d, %ceil : !torch.vtensor<[1,3,8,8],si64>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool -> !torch.vtensor<[1,3,4,4],si64>
  return %0 : !torch.vtensor<[1,3,4,4],si64>
}

// -----

// uint8: an unsigned max from 0 (the named op's max is signed).
// CHECK-LABEL: func.func @max_pool2d_uint8(
// CHECK:         %[[ZERO:.*]] = arith.constant 0 : i8
// CHECK:         linalg.fill ins(%[[ZERO]] : i8)
// CHECK:         linalg.generic
// CHECK:           arith.maxui %{{.*}}, %{{.*}} : i8
func.func @max_pool2d_uint8(%x: !torch.vtensor<[1,3,8,8],ui8>) -> !torch.vtensor<[1,3,4,4],ui8> {
  %c0 = torch.constant.int 0
  %c1 = torch.constant.int 1
  %c2 = torch.constant.int 2
  %k = torch.prim.ListConstruct %c2, %c2 : (!torch.int, !torch.int) -> !torch.list<int>
  %s = torch.prim.ListConstruct %c2, %c2 : (!torch.int, !torch.int) -> !torch.list<int>
  %p = torch.prim.ListConstruct %c0, %c0 : (!torch.int, !torch.int) -> !torch.list<int>
  %d = torch.prim.ListConstruct %c1, %c1 : (!torch.int, !torch.int) -> !torch.list<int>
  %ceil = torch.constant.bool false
  %0 = torch.aten.max_pool2d %x, %k, %s, %p, %d, %ceil : !torch.vtensor<[1,3,8,8],ui8>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool -> !torch.vtensor<[1,3,4,4],ui8>
  return %0 : !torch.vtensor<[1,3,4,4],ui8>
}

// -----

// CHECK-LABEL: func.func @max_pool1d(
// CHECK:         linalg.pooling_ncw_max {dilations = dense<1> : tensor<1xi64>, strides = dense<2> : tensor<1xi64>} ins(%{{.*}}, %{{.*}} : tensor<?x3x9xf32>, tensor<3xf32>) outs(%{{.*}} : tensor<?x3x4xf32>)
func.func @max_pool1d(%x: !torch.vtensor<[?,3,9],f32>) -> !torch.vtensor<[?,3,4],f32> {
  %c0 = torch.constant.int 0
  %c1 = torch.constant.int 1
  %c2 = torch.constant.int 2
  %c3 = torch.constant.int 3
  %k = torch.prim.ListConstruct %c3 : (!torch.int) -> !torch.list<int>
  %s = torch.prim.ListConstruct %c2 : (!torch.int) -> !torch.list<int>
  %p = torch.prim.ListConstruct %c0 : (!torch.int) -> !torch.list<int>
  %d = torch.prim.ListConstruct %c1 : (!torch.int) -> !torch.list<int>
  %ceil = torch.constant.bool false
  %0 = torch.aten.max_pool1d %x, %k, %s, %p, %d, %ceil : !torch.vtensor<[?,3,9],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool -> !torch.vtensor<[?,3,4],f32>
  return %0 : !torch.vtensor<[?,3,4],f32>
}

// -----

// No NCDHW pooling named op: a generic.
// CHECK-DAG: #[[MX:.*]] = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> (d0, d1, d2 * 2 + d5, d3 * 2 + d6, d4 * 2 + d7)>
// CHECK-LABEL: func.func @max_pool3d(
// CHECK:         linalg.generic {indexing_maps = [#[[MX]], {{.*}}], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "reduction", "reduction", "reduction"]}
// CHECK:           arith.maximumf %{{.*}}, %{{.*}} : f32
func.func @max_pool3d(%x: !torch.vtensor<[1,2,6,6,6],f32>) -> !torch.vtensor<[1,2,3,3,3],f32> {
  %c0 = torch.constant.int 0
  %c1 = torch.constant.int 1
  %c2 = torch.constant.int 2
  %k = torch.prim.ListConstruct %c2, %c2, %c2 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
  %s = torch.prim.ListConstruct %c2, %c2, %c2 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
  %p = torch.prim.ListConstruct %c0, %c0, %c0 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
  %d = torch.prim.ListConstruct %c1, %c1, %c1 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
  %ceil = torch.constant.bool false
  %0 = torch.aten.max_pool3d %x, %k, %s, %p, %d, %ceil : !torch.vtensor<[1,2,6,6,6],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool -> !torch.vtensor<[1,2,3,3,3],f32>
  return %0 : !torch.vtensor<[1,2,3,3,3],f32>
}

// -----

// Sum pool, then a division by the window size (the same everywhere here).
// CHECK-LABEL: func.func @avg_pool2d(
// CHECK:         %[[S:.*]] = linalg.pooling_nchw_sum {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%{{.*}}, %{{.*}} : tensor<?x3x8x8xf32>, tensor<2x2xf32>) outs(%{{.*}} : tensor<?x3x4x4xf32>)
// CHECK:         linalg.generic {{.*}} ins(%[[S]] : tensor<?x3x4x4xf32>)
// CHECK:           %[[FOUR:.*]] = arith.constant 4 : i64
// CHECK:           %[[D:.*]] = arith.sitofp %[[FOUR]] : i64 to f32
// CHECK:           arith.divf %{{.*}}, %[[D]] : f32
func.func @avg_pool2d(%x: !torch.vtensor<[?,3,8,8],f32>) -> !torch.vtensor<[?,3,4,4],f32> {
  %c0 = torch.constant.int 0
  %c2 = torch.constant.int 2
  %k = torch.prim.ListConstruct %c2, %c2 : (!torch.int, !torch.int) -> !torch.list<int>
  %s = torch.prim.ListConstruct %c2, %c2 : (!torch.int, !torch.int) -> !torch.list<int>
  %p = torch.prim.ListConstruct %c0, %c0 : (!torch.int, !torch.int) -> !torch.list<int>
  %ceil = torch.constant.bool false
  %incl = torch.constant.bool true
  %div = torch.constant.none
  %0 = torch.aten.avg_pool2d %x, %k, %s, %p, %ceil, %incl, %div : !torch.vtensor<[?,3,8,8],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.bool, !torch.none -> !torch.vtensor<[?,3,4,4],f32>
  return %0 : !torch.vtensor<[?,3,4,4],f32>
}

// -----

// count_include_pad=False: the divisor counts the window's in-bounds part:
// min(min(s - p + k, H + p), H) - max(s - p, 0) per dim.
// CHECK-LABEL: func.func @avg_pool2d_exclude_pad(
// CHECK:         %[[S:.*]] = linalg.pooling_nchw_sum
// CHECK:         %[[H:.*]] = arith.index_cast %{{.*}} : index to i64
// CHECK:         linalg.generic {{.*}} ins(%[[S]] : tensor<1x3x?x?xf32>)
// CHECK:           %[[OH:.*]] = linalg.index 2 : index
// CHECK:           %[[START:.*]] = arith.subi %{{.*}}, %{{.*}} : i64
// CHECK:           %[[END:.*]] = arith.addi %[[START]], %{{.*}} : i64
// CHECK:           %[[HP:.*]] = arith.addi %[[H]], %{{.*}} : i64
// CHECK:           %[[E1:.*]] = arith.minsi %[[END]], %[[HP]] : i64
// CHECK:           %[[S0:.*]] = arith.maxsi %[[START]], %{{.*}} : i64
// CHECK:           %[[E2:.*]] = arith.minsi %[[E1]], %[[H]] : i64
// CHECK:           %[[CH:.*]] = arith.subi %[[E2]], %[[S0]] : i64
// CHECK:           linalg.index 3 : index
// CHECK:           arith.maxsi
// CHECK:           arith.minsi
// CHECK:           %[[CW:.*]] = arith.subi %{{.*}}, %{{.*}} : i64
// CHECK:           %[[N:.*]] = arith.muli %[[CH]], %[[CW]] : i64
// CHECK:           %[[F:.*]] = arith.sitofp %[[N]] : i64 to f32
// CHECK:           arith.divf %{{.*}}, %[[F]] : f32
func.func @avg_pool2d_exclude_pad(%x: !torch.vtensor<[1,3,?,?],f32>) -> !torch.vtensor<[1,3,?,?],f32> {
  %c1 = torch.constant.int 1
  %c3 = torch.constant.int 3
  %k = torch.prim.ListConstruct %c3, %c3 : (!torch.int, !torch.int) -> !torch.list<int>
  %s = torch.prim.ListConstruct %c1, %c1 : (!torch.int, !torch.int) -> !torch.list<int>
  %p = torch.prim.ListConstruct %c1, %c1 : (!torch.int, !torch.int) -> !torch.list<int>
  %ceil = torch.constant.bool false
  %incl = torch.constant.bool false
  %div = torch.constant.none
  %0 = torch.aten.avg_pool2d %x, %k, %s, %p, %ceil, %incl, %div : !torch.vtensor<[1,3,?,?],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.bool, !torch.none -> !torch.vtensor<[1,3,?,?],f32>
  return %0 : !torch.vtensor<[1,3,?,?],f32>
}

// -----

// CHECK-LABEL: func.func @avg_pool2d_divisor(
// CHECK:         linalg.pooling_nchw_sum
// CHECK:         linalg.generic
// CHECK:           arith.constant 5 : i64
// CHECK-NOT:       linalg.index
func.func @avg_pool2d_divisor(%x: !torch.vtensor<[1,3,8,8],f32>) -> !torch.vtensor<[1,3,4,4],f32> {
  %c1 = torch.constant.int 1
  %c2 = torch.constant.int 2
  %c3 = torch.constant.int 3
  %k = torch.prim.ListConstruct %c3, %c3 : (!torch.int, !torch.int) -> !torch.list<int>
  %s = torch.prim.ListConstruct %c2, %c2 : (!torch.int, !torch.int) -> !torch.list<int>
  %p = torch.prim.ListConstruct %c1, %c1 : (!torch.int, !torch.int) -> !torch.list<int>
  %ceil = torch.constant.bool false
  %incl = torch.constant.bool true
  %div = torch.constant.int 5
  %0 = torch.aten.avg_pool2d %x, %k, %s, %p, %ceil, %incl, %div : !torch.vtensor<[1,3,8,8],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.bool, !torch.int -> !torch.vtensor<[1,3,4,4],f32>
  return %0 : !torch.vtensor<[1,3,4,4],f32>
}

// -----

// f16 sums in f32, divides, then rounds.
// CHECK-LABEL: func.func @avg_pool2d_f16(
// CHECK:         linalg.pooling_nchw_sum {{.*}} ins(%{{.*}}, %{{.*}} : tensor<1x3x8x8xf16>, tensor<2x2xf16>) outs(%{{.*}} : tensor<1x3x4x4xf32>)
// CHECK:           arith.divf %{{.*}}, %{{.*}} : f32
// CHECK:           arith.truncf %{{.*}} : f32 to f16
func.func @avg_pool2d_f16(%x: !torch.vtensor<[1,3,8,8],f16>) -> !torch.vtensor<[1,3,4,4],f16> {
  %c0 = torch.constant.int 0
  %c2 = torch.constant.int 2
  %k = torch.prim.ListConstruct %c2, %c2 : (!torch.int, !torch.int) -> !torch.list<int>
  %s = torch.prim.ListConstruct %c2, %c2 : (!torch.int, !torch.int) -> !torch.list<int>
  %p = torch.prim.ListConstruct %c0, %c0 : (!torch.int, !torch.int) -> !torch.list<int>
  %ceil = torch.constant.bool false
  %incl = torch.constant.bool true
  %div = torch.constant.none
  %0 = torch.aten.avg_pool2d %x, %k, %s, %p, %ceil, %incl, %div : !torch.vtensor<[1,3,8,8],f16>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.bool, !torch.none -> !torch.vtensor<[1,3,4,4],f16>
  return %0 : !torch.vtensor<[1,3,4,4],f16>
}

// -----

// int64 divides truncating toward zero, as torch does.
// CHECK-LABEL: func.func @avg_pool2d_int(
// CHECK:         linalg.pooling_nchw_sum {{.*}} outs(%{{.*}} : tensor<1x3x4x4xi64>)
// CHECK:           arith.divsi %{{.*}}, %{{.*}} : i64
func.func @avg_pool2d_int(%x: !torch.vtensor<[1,3,8,8],si64>) -> !torch.vtensor<[1,3,4,4],si64> {
  %c0 = torch.constant.int 0
  %c2 = torch.constant.int 2
  %k = torch.prim.ListConstruct %c2, %c2 : (!torch.int, !torch.int) -> !torch.list<int>
  %s = torch.prim.ListConstruct %c2, %c2 : (!torch.int, !torch.int) -> !torch.list<int>
  %p = torch.prim.ListConstruct %c0, %c0 : (!torch.int, !torch.int) -> !torch.list<int>
  %ceil = torch.constant.bool false
  %incl = torch.constant.bool true
  %div = torch.constant.none
  %0 = torch.aten.avg_pool2d %x, %k, %s, %p, %ceil, %incl, %div : !torch.vtensor<[1,3,8,8],si64>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.bool, !torch.none -> !torch.vtensor<[1,3,4,4],si64>
  return %0 : !torch.vtensor<[1,3,4,4],si64>
}

// -----

// CHECK-LABEL: func.func @avg_pool1d(
// CHECK:         %[[P:.*]] = tensor.pad %{{.*}} low[0, 0, 1] high[0, 0, 1]
// CHECK:         linalg.pooling_ncw_sum {dilations = dense<1> : tensor<1xi64>, strides = dense<2> : tensor<1xi64>} ins(%[[P]], %{{.*}} : tensor<2x3x11xf32>, tensor<3xf32>)
func.func @avg_pool1d(%x: !torch.vtensor<[2,3,9],f32>) -> !torch.vtensor<[2,3,5],f32> {
  %c1 = torch.constant.int 1
  %c2 = torch.constant.int 2
  %c3 = torch.constant.int 3
  %k = torch.prim.ListConstruct %c3 : (!torch.int) -> !torch.list<int>
  %s = torch.prim.ListConstruct %c2 : (!torch.int) -> !torch.list<int>
  %p = torch.prim.ListConstruct %c1 : (!torch.int) -> !torch.list<int>
  %ceil = torch.constant.bool false
  %incl = torch.constant.bool true
  %0 = torch.aten.avg_pool1d %x, %k, %s, %p, %ceil, %incl : !torch.vtensor<[2,3,9],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.bool -> !torch.vtensor<[2,3,5],f32>
  return %0 : !torch.vtensor<[2,3,5],f32>
}

// -----

// ceil_mode: the last window overhangs, so the divisor comes from the indices.
// CHECK-LABEL: func.func @avg_pool3d_ceil(
// CHECK:         tensor.pad %{{.*}} low[0, 0, 0, 0, 0] high[0, 0, 1, 1, 1]
// CHECK:         %[[S:.*]] = linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "reduction", "reduction", "reduction"]
// CHECK:           arith.addf
// CHECK:         linalg.generic {{.*}} ins(%[[S]] : tensor<1x2x3x3x3xf32>)
// CHECK:           linalg.index 4 : index
// CHECK:           arith.minsi
func.func @avg_pool3d_ceil(%x: !torch.vtensor<[1,2,5,5,5],f32>) -> !torch.vtensor<[1,2,3,3,3],f32> {
  %c0 = torch.constant.int 0
  %c2 = torch.constant.int 2
  %k = torch.prim.ListConstruct %c2, %c2, %c2 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
  %s = torch.prim.ListConstruct %c2, %c2, %c2 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
  %p = torch.prim.ListConstruct %c0, %c0, %c0 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
  %ceil = torch.constant.bool true
  %incl = torch.constant.bool true
  %div = torch.constant.none
  %0 = torch.aten.avg_pool3d %x, %k, %s, %p, %ceil, %incl, %div : !torch.vtensor<[1,2,5,5,5],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.bool, !torch.none -> !torch.vtensor<[1,2,3,3,3],f32>
  return %0 : !torch.vtensor<[1,2,3,3,3],f32>
}

// -----

// Output sizes dividing the input: a regular pool with kernel = stride = I/O.
// CHECK-LABEL: func.func @adaptive_avg_pool2d_even(
// CHECK:         %[[WIN:.*]] = tensor.empty() : tensor<4x2xf32>
// CHECK:         linalg.pooling_nchw_sum {dilations = dense<1> : tensor<2xi64>, strides = dense<[4, 2]> : tensor<2xi64>} ins(%{{.*}}, %[[WIN]] : tensor<?x3x8x8xf32>, tensor<4x2xf32>)
// CHECK:           arith.constant 8 : i64
func.func @adaptive_avg_pool2d_even(%x: !torch.vtensor<[?,3,8,8],f32>) -> !torch.vtensor<[?,3,2,4],f32> {
  %c2 = torch.constant.int 2
  %c4 = torch.constant.int 4
  %size = torch.prim.ListConstruct %c2, %c4 : (!torch.int, !torch.int) -> !torch.list<int>
  %0 = torch.aten._adaptive_avg_pool2d %x, %size : !torch.vtensor<[?,3,8,8],f32>, !torch.list<int> -> !torch.vtensor<[?,3,2,4],f32>
  return %0 : !torch.vtensor<[?,3,2,4],f32>
}

// -----

// Variable windows [floor(o*I/O), ceil((o+1)*I/O)): a reduction over the
// largest window (dynamic here: ceil(H/3) + 1), reading with tensor.extract.
// CHECK-LABEL: func.func @adaptive_avg_pool2d_uneven(
// CHECK-SAME:    %[[X:.*]]: tensor<?x3x?x7xf32>)
// CHECK:         %[[H:.*]] = tensor.dim %[[X]], %c2
// CHECK:         %[[K0:.*]] = arith.ceildivsi %[[H]], %{{.*}} : index
// CHECK:         %[[KH:.*]] = arith.addi %[[K0]], %{{.*}} : index
// CHECK:         %[[WIN:.*]] = tensor.empty(%[[KH]]) : tensor<?x3xf32>
// CHECK:         %[[S:.*]] = linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%[[WIN]] : tensor<?x3xf32>) outs(%{{.*}} : tensor<?x3x3x5xf32>)
// CHECK:           %[[OH:.*]] = linalg.index 2 : index
// CHECK:           %[[A:.*]] = arith.muli %[[OH]], %[[H]] : index
// CHECK:           %[[START:.*]] = arith.floordivsi %[[A]], %{{.*}} : index
// CHECK:           %[[END:.*]] = arith.ceildivsi %{{.*}}, %{{.*}} : index
// CHECK:           %[[K:.*]] = linalg.index 4 : index
// CHECK:           %[[IH:.*]] = arith.addi %[[START]], %[[K]] : index
// CHECK:           %[[IN:.*]] = arith.cmpi slt, %[[IH]], %[[END]] : index
// CHECK:           %[[V:.*]] = tensor.extract %[[X]][%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}] : tensor<?x3x?x7xf32>
// CHECK:           %[[SUM:.*]] = arith.addf %{{.*}}, %[[V]] : f32
// CHECK:           arith.select %{{.*}}, %[[SUM]], %{{.*}} : f32
// CHECK:         linalg.generic {{.*}} ins(%[[S]] : tensor<?x3x3x5xf32>)
// CHECK:           arith.sitofp %{{.*}} : i64 to f32
// CHECK:           arith.divf
func.func @adaptive_avg_pool2d_uneven(%x: !torch.vtensor<[?,3,?,7],f32>) -> !torch.vtensor<[?,3,3,5],f32> {
  %c3 = torch.constant.int 3
  %c5 = torch.constant.int 5
  %size = torch.prim.ListConstruct %c3, %c5 : (!torch.int, !torch.int) -> !torch.list<int>
  %0 = torch.aten._adaptive_avg_pool2d %x, %size : !torch.vtensor<[?,3,?,7],f32>, !torch.list<int> -> !torch.vtensor<[?,3,3,5],f32>
  return %0 : !torch.vtensor<[?,3,3,5],f32>
}

// -----

// CHECK-LABEL: func.func @adaptive_avg_pool3d(
// CHECK:         %[[WIN:.*]] = tensor.empty() : tensor<3x3x2xf32>
// CHECK:         linalg.generic {{.*}} ins(%[[WIN]] : tensor<3x3x2xf32>) outs(%{{.*}} : tensor<1x2x2x3x2xf32>)
// CHECK:           tensor.extract %{{.*}} : tensor<1x2x5x7x4xf32>
func.func @adaptive_avg_pool3d(%x: !torch.vtensor<[1,2,5,7,4],f32>) -> !torch.vtensor<[1,2,2,3,2],f32> {
  %c2 = torch.constant.int 2
  %c3 = torch.constant.int 3
  %size = torch.prim.ListConstruct %c2, %c3, %c2 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
  %0 = torch.aten._adaptive_avg_pool3d %x, %size : !torch.vtensor<[1,2,5,7,4],f32>, !torch.list<int> -> !torch.vtensor<[1,2,2,3,2],f32>
  return %0 : !torch.vtensor<[1,2,2,3,2],f32>
}

// -----

// CHECK-LABEL: func.func @adaptive_avg_pool1d(
// CHECK:         %[[WIN:.*]] = tensor.empty() : tensor<3xf32>
// CHECK:         linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%[[WIN]] : tensor<3xf32>) outs(%{{.*}} : tensor<2x3x4xf32>)
func.func @adaptive_avg_pool1d(%x: !torch.vtensor<[2,3,10],f32>) -> !torch.vtensor<[2,3,4],f32> {
  %c4 = torch.constant.int 4
  %size = torch.prim.ListConstruct %c4 : (!torch.int) -> !torch.list<int>
  %0 = torch.aten.adaptive_avg_pool1d %x, %size : !torch.vtensor<[2,3,10],f32>, !torch.list<int> -> !torch.vtensor<[2,3,4],f32>
  return %0 : !torch.vtensor<[2,3,4],f32>
}

// -----

// CHECK-LABEL: func.func @adaptive_max_pool2d(
// CHECK-SAME:    -> (tensor<2x3x3x5xf32>, tensor<2x3x3x5xi64>)
// CHECK:         %[[R:.*]]:2 = linalg.generic {{.*}} outs(%{{.*}}, %{{.*}} : tensor<2x3x3x5xf32>, tensor<2x3x3x5xi64>)
// CHECK:           tensor.extract
// CHECK:           arith.cmpf ogt
// CHECK:           arith.select
// CHECK:           arith.select
// CHECK:         return %[[R]]#0, %[[R]]#1
func.func @adaptive_max_pool2d(%x: !torch.vtensor<[2,3,8,?],f32>) -> (!torch.vtensor<[2,3,3,5],f32>, !torch.vtensor<[2,3,3,5],si64>) {
  %c3 = torch.constant.int 3
  %c5 = torch.constant.int 5
  %size = torch.prim.ListConstruct %c3, %c5 : (!torch.int, !torch.int) -> !torch.list<int>
  %0:2 = torch.aten.adaptive_max_pool2d %x, %size : !torch.vtensor<[2,3,8,?],f32>, !torch.list<int> -> !torch.vtensor<[2,3,3,5],f32>, !torch.vtensor<[2,3,3,5],si64>
  return %0#0, %0#1 : !torch.vtensor<[2,3,3,5],f32>, !torch.vtensor<[2,3,3,5],si64>
}
