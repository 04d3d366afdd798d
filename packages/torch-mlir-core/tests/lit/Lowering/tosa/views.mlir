// RUN: torch-mlir-opt %s -torch-lower-to-tosa -split-input-file | FileCheck %s

// Views, slicing, concatenation, gathers and creation ops to TOSA.

// CHECK-LABEL: func.func @view_static(
// CHECK:         %[[S:.*]] = tosa.const_shape  {values = dense<[3, 4]> : tensor<2xindex>}
// CHECK:         tosa.reshape %arg0, %[[S]] : (tensor<2x6xf32>, !tosa.shape<2>) -> tensor<3x4xf32>
func.func @view_static(%x: !torch.vtensor<[2,6],f32>) -> !torch.vtensor<[3,4],f32> {
  %int3 = torch.constant.int 3
  %int4 = torch.constant.int 4
  %s = torch.prim.ListConstruct %int3, %int4 : (!torch.int, !torch.int) -> !torch.list<int>
  %0 = torch.aten.view %x, %s : !torch.vtensor<[2,6],f32>, !torch.list<int> -> !torch.vtensor<[3,4],f32>
  return %0 : !torch.vtensor<[3,4],f32>
}

// -----

// Two dynamic dims cannot be a !tosa.shape constant: tensor.reshape with
// the input's sizes read at run time.
// CHECK-LABEL: func.func @unsqueeze_two_dynamic(
// CHECK:         %[[D0:.*]] = tensor.dim %arg0, %{{.*}} : tensor<?x?xf32>
// CHECK:         %[[I0:.*]] = arith.index_cast %[[D0]] : index to i64
// CHECK:         %[[D1:.*]] = tensor.dim %arg0, %{{.*}} : tensor<?x?xf32>
// CHECK:         %[[I1:.*]] = arith.index_cast %[[D1]] : index to i64
// CHECK:         %[[ONE:.*]] = arith.constant 1 : i64
// CHECK:         %[[S:.*]] = tensor.from_elements %[[I0]], %[[ONE]], %[[I1]] : tensor<3xi64>
// CHECK:         tensor.reshape %arg0(%[[S]]) : (tensor<?x?xf32>, tensor<3xi64>) -> tensor<?x1x?xf32>
func.func @unsqueeze_two_dynamic(%x: !torch.vtensor<[?,?],f32>) -> !torch.vtensor<[?,1,?],f32> {
  %int1 = torch.constant.int 1
  %0 = torch.aten.unsqueeze %x, %int1 : !torch.vtensor<[?,?],f32>, !torch.int -> !torch.vtensor<[?,1,?],f32>
  return %0 : !torch.vtensor<[?,1,?],f32>
}

// -----

// CHECK-LABEL: func.func @permute_expand(
// CHECK:         %[[T:.*]] = tosa.transpose %arg0 {perms = array<i32: 2, 1, 0>} : (tensor<2x1x3xf32>) -> tensor<3x1x2xf32>
// CHECK:         %[[M:.*]] = tosa.const_shape  {values = dense<[1, 4, 1]> : tensor<3xindex>}
// CHECK:         tosa.tile %[[T]], %[[M]] : (tensor<3x1x2xf32>, !tosa.shape<3>) -> tensor<3x4x2xf32>
func.func @permute_expand(%x: !torch.vtensor<[2,1,3],f32>) -> !torch.vtensor<[3,4,2],f32> {
  %int0 = torch.constant.int 0
  %int1 = torch.constant.int 1
  %int2 = torch.constant.int 2
  %int3 = torch.constant.int 3
  %int4 = torch.constant.int 4
  %false = torch.constant.bool false
  %p = torch.prim.ListConstruct %int2, %int1, %int0 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
  %0 = torch.aten.permute %x, %p : !torch.vtensor<[2,1,3],f32>, !torch.list<int> -> !torch.vtensor<[3,1,2],f32>
  %s = torch.prim.ListConstruct %int3, %int4, %int2 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
  %1 = torch.aten.expand %0, %s, %false : !torch.vtensor<[3,1,2],f32>, !torch.list<int>, !torch.bool -> !torch.vtensor<[3,4,2],f32>
  return %1 : !torch.vtensor<[3,4,2],f32>
}

// -----

// CHECK-LABEL: func.func @slice_select_cat(
// CHECK:         %[[ST:.*]] = tosa.const_shape  {values = dense<[0, 2]> : tensor<2xindex>}
// CHECK:         %[[SZ:.*]] = tosa.const_shape  {values = dense<4> : tensor<2xindex>}
// CHECK:         %[[A:.*]] = tosa.slice %arg0, %[[ST]], %[[SZ]] : (tensor<4x6xf32>, !tosa.shape<2>, !tosa.shape<2>) -> tensor<4x4xf32>
// CHECK:         tosa.slice %arg0, {{.*}} -> tensor<4x1xf32>
// CHECK:         %[[B:.*]] = tosa.reshape %{{.*}} -> tensor<4x1xf32>
// CHECK:         tosa.concat %[[A]], %[[B]] {axis = 1 : i32} : (tensor<4x4xf32>, tensor<4x1xf32>) -> tensor<4x5xf32>
func.func @slice_select_cat(%x: !torch.vtensor<[4,6],f32>) -> !torch.vtensor<[4,5],f32> {
  %int0 = torch.constant.int 0
  %int1 = torch.constant.int 1
  %int2 = torch.constant.int 2
  %int6 = torch.constant.int 6
  %0 = torch.aten.slice.Tensor %x, %int1, %int2, %int6, %int1 : !torch.vtensor<[4,6],f32>, !torch.int, !torch.int, !torch.int, !torch.int -> !torch.vtensor<[4,4],f32>
  %1 = torch.aten.select.int %x, %int1, %int0 : !torch.vtensor<[4,6],f32>, !torch.int, !torch.int -> !torch.vtensor<[4],f32>
  %2 = torch.aten.unsqueeze %1, %int1 : !torch.vtensor<[4],f32>, !torch.int -> !torch.vtensor<[4,1],f32>
  %l = torch.prim.ListConstruct %0, %2 : (!torch.vtensor<[4,4],f32>, !torch.vtensor<[4,1],f32>) -> !torch.list<vtensor>
  %3 = torch.aten.cat %l, %int1 : !torch.list<vtensor>, !torch.int -> !torch.vtensor<[4,5],f32>
  return %3 : !torch.vtensor<[4,5],f32>
}

// -----

// Indices: i32, negative ones wrapped, clamped into range (TOSA has no
// run-time assertion; a bad index never reads outside the table), then
// one tosa.gather of the [1,10,4] table.
// CHECK-LABEL: func.func @embedding(
// CHECK:         %[[I:.*]] = tosa.cast %arg1 : (tensor<2x3xi64>) -> tensor<2x3xi32>
// CHECK:         %[[NEG:.*]] = tosa.greater %{{.*}}, %[[I]]
// CHECK:         %[[W:.*]] = tosa.select %[[NEG]]
// CHECK:         tosa.clamp %[[W]] {max_val = 9 : i32, min_val = 0 : i32}
// CHECK:         %[[TABLE:.*]] = tosa.reshape %arg0, %{{.*}} -> tensor<1x10x4xf32>
// CHECK:         %[[G:.*]] = tosa.gather %[[TABLE]], %{{.*}} : (tensor<1x10x4xf32>, tensor<1x?xi32>) -> tensor<1x?x4xf32>
// CHECK:         tosa.reshape {{.*}} -> tensor<2x3x4xf32>
func.func @embedding(%w: !torch.vtensor<[10,4],f32>, %i: !torch.vtensor<[2,3],si64>) -> !torch.vtensor<[2,3,4],f32> {
  %int-1 = torch.constant.int -1
  %false = torch.constant.bool false
  %0 = torch.aten.embedding %w, %i, %int-1, %false, %false : !torch.vtensor<[10,4],f32>, !torch.vtensor<[2,3],si64>, !torch.int, !torch.bool, !torch.bool -> !torch.vtensor<[2,3,4],f32>
  return %0 : !torch.vtensor<[2,3,4],f32>
}

// -----

// Constant creation is a tosa.const computed by torch; a run-time arange
// bound gives a tensor.generate.
// CHECK-LABEL: func.func @arange_full(
// CHECK:         "tosa.const"() <{values = dense<[0, 1, 2, 3]> : tensor<4xi64>}>
// CHECK:         %[[LEN:.*]] = arith.ceildivsi
// CHECK:         tensor.generate
// CHECK:           arith.muli
// CHECK:           tensor.yield
// CHECK:         "tosa.const"() <{values = dense<1.500000e+00> : tensor<2x2xf32>}>
func.func @arange_full(%n: !torch.int) -> (!torch.vtensor<[4],si64>, !torch.vtensor<[?],si64>, !torch.vtensor<[2,2],f32>) {
  %int0 = torch.constant.int 0
  %int1 = torch.constant.int 1
  %int2 = torch.constant.int 2
  %int4 = torch.constant.int 4
  %int6 = torch.constant.int 6
  %none = torch.constant.none
  %f = torch.constant.float 1.5
  %0 = torch.aten.arange.start_step %int0, %int4, %int1, %none, %none, %none, %none : !torch.int, !torch.int, !torch.int, !torch.none, !torch.none, !torch.none, !torch.none -> !torch.vtensor<[4],si64>
  %1 = torch.aten.arange.start_step %int0, %n, %int2, %none, %none, %none, %none : !torch.int, !torch.int, !torch.int, !torch.none, !torch.none, !torch.none, !torch.none -> !torch.vtensor<[?],si64>
  %s = torch.prim.ListConstruct %int2, %int2 : (!torch.int, !torch.int) -> !torch.list<int>
  %2 = torch.aten.full %s, %f, %int6, %none, %none, %none : !torch.list<int>, !torch.float, !torch.int, !torch.none, !torch.none, !torch.none -> !torch.vtensor<[2,2],f32>
  return %0, %1, %2 : !torch.vtensor<[4],si64>, !torch.vtensor<[?],si64>, !torch.vtensor<[2,2],f32>
}

// -----

// copy (x[i] = v, x.copy_(y)): src cast to self's dtype, then broadcast
// (reshape to self's rank, tile the size-1 dims).
// CHECK-LABEL: func.func @copy_broadcast_cast
// CHECK:         %[[C:.*]] = tosa.cast %{{.*}} : (tensor<4xi64>) -> tensor<4xf32>
// CHECK:         %[[R:.*]] = tosa.reshape %[[C]], %{{.*}} : (tensor<4xf32>, !tosa.shape<2>) -> tensor<1x4xf32>
// CHECK:         tosa.tile %[[R]], %{{.*}} : (tensor<1x4xf32>, !tosa.shape<2>) -> tensor<3x4xf32>
func.func @copy_broadcast_cast(%x: !torch.vtensor<[3,4],f32>, %y: !torch.vtensor<[4],si64>) -> !torch.vtensor<[3,4],f32> {
  %false = torch.constant.bool false
  %0 = torch.aten.copy %x, %y, %false : !torch.vtensor<[3,4],f32>, !torch.vtensor<[4],si64>, !torch.bool -> !torch.vtensor<[3,4],f32>
  return %0 : !torch.vtensor<[3,4],f32>
}
