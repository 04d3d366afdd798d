// RUN: torch-mlir-opt %s -torch-lower-to-linalg -split-input-file | FileCheck %s

// Batch norm in inference: per-channel scale = rsqrt(var + eps) * w and
// shift = b - mean * scale, then x * scale + shift with channel maps (d1).
// The saved mean/rstd are empty tensors, as on torch's CPU.
// CHECK-DAG: #[[ID4:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
// CHECK-DAG: #[[CH:.*]] = affine_map<(d0, d1, d2, d3) -> (d1)>
// CHECK-LABEL: func.func @batch_norm_no_training(
// CHECK-SAME:    %[[X:.*]]: tensor<2x3x4x5xf32>, %[[W:.*]]: tensor<3xf32>, %[[B:.*]]: tensor<3xf32>, %[[M:.*]]: tensor<3xf32>, %[[V:.*]]: tensor<3xf32>)
// CHECK:         %[[ST:[0-9]+]]:2 = linalg.generic {{.*}} ins(%[[M]], %[[V]] : tensor<3xf32>, tensor<3xf32>)
// CHECK:           %[[EPS:.*]] = arith.constant 1.000000e-03 : f32
// CHECK:           %[[VE:.*]] = arith.addf %{{.*}}, %[[EPS]] : f32
// CHECK:           math.rsqrt %[[VE]] : f32
// CHECK:         %[[SS:[0-9]+]]:2 = linalg.generic {{.*}} ins(%[[ST]]#0, %[[ST]]#1, %[[W]], %[[B]] : tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>)
// CHECK:           arith.mulf
// CHECK:           arith.negf
// CHECK:           arith.addf
// CHECK:         %[[Y:[0-9]+]] = linalg.generic {indexing_maps = [#[[ID4]], #[[CH]], #[[CH]], #[[ID4]]], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%[[X]], %[[SS]]#0, %[[SS]]#1 : tensor<2x3x4x5xf32>, tensor<3xf32>, tensor<3xf32>)
// CHECK:           %[[XS:.*]] = arith.mulf
// CHECK:           arith.addf %[[XS]], %{{.*}} : f32
// CHECK:         %[[E1:.*]] = tensor.empty() : tensor<0xf32>
// CHECK:         %[[E2:.*]] = tensor.empty() : tensor<0xf32>
// CHECK:         return %[[Y]], %[[E1]], %[[E2]]
func.func @batch_norm_no_training(%x: !torch.vtensor<[2,3,4,5],f32>, %w: !torch.vtensor<[3],f32>, %b: !torch.vtensor<[3],f32>, %m: !torch.vtensor<[3],f32>, %v: !torch.vtensor<[3],f32>) -> (!torch.vtensor<[2,3,4,5],f32>, !torch.vtensor<[0],f32>, !torch.vtensor<[0],f32>) {
  %momentum = torch.constant.float 1.000000e-01
  %eps = torch.constant.float 1.000000e-03
  %0:3 = torch.aten._native_batch_norm_legit_no_training %x, %w, %b, %m, %v, %momentum, %eps : !torch.vtensor<[2,3,4,5],f32>, !torch.vtensor<[3],f32>, !torch.vtensor<[3],f32>, !torch.vtensor<[3],f32>, !torch.vtensor<[3],f32>, !torch.float, !torch.float -> !torch.vtensor<[2,3,4,5],f32>, !torch.vtensor<[0],f32>, !torch.vtensor<[0],f32>
  return %0#0, %0#1, %0#2 : !torch.vtensor<[2,3,4,5],f32>, !torch.vtensor<[0],f32>, !torch.vtensor<[0],f32>
}

// -----

// Dynamic batch/spatial dims, no affine parameters: scale = rstd.
// CHECK-LABEL: func.func @batch_norm_no_training_dynamic(
// CHECK-SAME:    %[[X:.*]]: tensor<?x3x?xf32>
// CHECK:         %[[D0:.*]] = tensor.dim %[[X]], %c0
// CHECK:         %[[D2:.*]] = tensor.dim %[[X]], %c2
// CHECK:         math.rsqrt
// CHECK:         %[[SS:[0-9]+]]:2 = linalg.generic
// CHECK:           arith.negf
// CHECK:         tensor.empty(%[[D0]], %[[D2]]) : tensor<?x3x?xf32>
// CHECK:         linalg.generic {{.*}} ins(%[[X]], %[[SS]]#0, %[[SS]]#1 : tensor<?x3x?xf32>, tensor<3xf32>, tensor<3xf32>)
func.func @batch_norm_no_training_dynamic(%x: !torch.vtensor<[?,3,?],f32>, %m: !torch.vtensor<[3],f32>, %v: !torch.vtensor<[3],f32>) -> !torch.vtensor<[?,3,?],f32> {
  %none = torch.constant.none
  %momentum = torch.constant.float 1.000000e-01
  %eps = torch.constant.float 1.000000e-05
  %0:3 = torch.aten._native_batch_norm_legit_no_training %x, %none, %none, %m, %v, %momentum, %eps : !torch.vtensor<[?,3,?],f32>, !torch.none, !torch.none, !torch.vtensor<[3],f32>, !torch.vtensor<[3],f32>, !torch.float, !torch.float -> !torch.vtensor<[?,3,?],f32>, !torch.vtensor<[0],f32>, !torch.vtensor<[0],f32>
  return %0#0 : !torch.vtensor<[?,3,?],f32>
}

// -----

// Training: batch statistics over every dim but the channel (N and the
// dynamic spatial dims); the saved mean and rstd are results.
// CHECK: #[[CH:.*]] = affine_map<(d0, d1, d2) -> (d1)>
// CHECK-LABEL: func.func @batch_norm_training_no_stats(
// CHECK-SAME:    %[[X:.*]]: tensor<?x3x?xf32>
// CHECK:         %[[S:[0-9]+]] = linalg.generic {indexing_maps = [#{{.*}}, #[[CH]]], iterator_types = ["reduction", "parallel", "reduction"]} ins(%[[X]] : tensor<?x3x?xf32>)
// CHECK:         %[[MEAN:[0-9]+]] = linalg.generic {{.*}} ins(%[[S]] : tensor<3xf32>)
// CHECK:           arith.divf
// CHECK:         %[[SSD:[0-9]+]] = linalg.generic {{.*}}iterator_types = ["reduction", "parallel", "reduction"]} ins(%[[X]], %[[MEAN]] : tensor<?x3x?xf32>, tensor<3xf32>)
// CHECK:         %[[RSTD:[0-9]+]] = linalg.generic {{.*}} ins(%[[SSD]] : tensor<3xf32>)
// CHECK:           arith.divf
// CHECK:           arith.addf
// CHECK:           math.rsqrt
// CHECK:         linalg.generic {{.*}} ins(%[[MEAN]], %[[RSTD]] : tensor<3xf32>, tensor<3xf32>)
// CHECK:         %[[Y:[0-9]+]] = linalg.generic {{.*}} ins(%[[X]], %{{.*}}#0, %{{.*}}#1 : tensor<?x3x?xf32>, tensor<3xf32>, tensor<3xf32>)
// CHECK:         return %[[Y]], %[[MEAN]], %[[RSTD]]
func.func @batch_norm_training_no_stats(%x: !torch.vtensor<[?,3,?],f32>) -> (!torch.vtensor<[?,3,?],f32>, !torch.vtensor<[3],f32>, !torch.vtensor<[3],f32>) {
  %none = torch.constant.none
  %true = torch.constant.bool true
  %momentum = torch.constant.float 1.000000e-01
  %eps = torch.constant.float 1.000000e-05
  %0:3 = torch.aten._native_batch_norm_legit.no_stats %x, %none, %none, %true, %momentum, %eps : !torch.vtensor<[?,3,?],f32>, !torch.none, !torch.none, !torch.bool, !torch.float, !torch.float -> !torch.vtensor<[?,3,?],f32>, !torch.vtensor<[3],f32>, !torch.vtensor<[3],f32>
  return %0#0, %0#1, %0#2 : !torch.vtensor<[?,3,?],f32>, !torch.vtensor<[3],f32>, !torch.vtensor<[3],f32>
}

// -----

// native_batch_norm with training=false uses the running stats.
// CHECK-LABEL: func.func @native_batch_norm_eval(
// CHECK-NOT:     iterator_types = ["reduction"
// CHECK:         math.rsqrt
// CHECK:         linalg.generic {{.*}}iterator_types = ["parallel", "parallel"]}
// CHECK:         tensor.empty() : tensor<0xf32>
func.func @native_batch_norm_eval(%x: !torch.vtensor<[4,3],f32>, %w: !torch.vtensor<[3],f32>, %m: !torch.vtensor<[3],f32>, %v: !torch.vtensor<[3],f32>) -> (!torch.vtensor<[4,3],f32>, !torch.vtensor<[0],f32>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %momentum = torch.constant.float 1.000000e-01
  %eps = torch.constant.float 1.000000e-05
  %0:3 = torch.aten.native_batch_norm %x, %w, %none, %m, %v, %false, %momentum, %eps : !torch.vtensor<[4,3],f32>, !torch.vtensor<[3],f32>, !torch.none, !torch.vtensor<[3],f32>, !torch.vtensor<[3],f32>, !torch.bool, !torch.float, !torch.float -> !torch.vtensor<[4,3],f32>, !torch.vtensor<[0],f32>, !torch.vtensor<[0],f32>
  return %0#0, %0#1 : !torch.vtensor<[4,3],f32>, !torch.vtensor<[0],f32>
}

// -----

// _native_batch_norm_legit with training=true: batch statistics.
// CHECK-LABEL: func.func @batch_norm_legit_training(
// CHECK:         linalg.generic {{.*}}iterator_types = ["reduction", "parallel"]}
// CHECK:         linalg.generic {{.*}}iterator_types = ["reduction", "parallel"]}
// CHECK:           math.rsqrt
// CHECK:         } -> tensor<?x3xf32>
func.func @batch_norm_legit_training(%x: !torch.vtensor<[?,3],f32>, %m: !torch.vtensor<[3],f32>, %v: !torch.vtensor<[3],f32>) -> (!torch.vtensor<[?,3],f32>, !torch.vtensor<[3],f32>) {
  %none = torch.constant.none
  %true = torch.constant.bool true
  %momentum = torch.constant.float 1.000000e-01
  %eps = torch.constant.float 1.000000e-05
  %0:3 = torch.aten._native_batch_norm_legit %x, %none, %none, %m, %v, %true, %momentum, %eps : !torch.vtensor<[?,3],f32>, !torch.none, !torch.none, !torch.vtensor<[3],f32>, !torch.vtensor<[3],f32>, !torch.bool, !torch.float, !torch.float -> !torch.vtensor<[?,3],f32>, !torch.vtensor<[3],f32>, !torch.vtensor<[3],f32>
  return %0#0, %0#2 : !torch.vtensor<[?,3],f32>, !torch.vtensor<[3],f32>
}

// -----

// The functional form also returns the running stats after the step:
// (1 - momentum) * old + momentum * batch stat (the variance unbiased).
// CHECK-LABEL: func.func @batch_norm_functional(
// CHECK-SAME:    %[[X:.*]]: tensor<?x2xf32>, %[[RM:.*]]: tensor<2xf32>, %[[RV:.*]]: tensor<2xf32>)
// CHECK:         %[[S:[0-9]+]] = linalg.generic {{.*}}iterator_types = ["reduction", "parallel"]}
// CHECK:         %[[MEAN:[0-9]+]] = linalg.generic {{.*}} ins(%[[S]] : tensor<2xf32>)
// CHECK:         %[[SSD:[0-9]+]] = linalg.generic {{.*}}iterator_types = ["reduction", "parallel"]}
// CHECK:         %[[VAR:[0-9]+]] = linalg.generic {{.*}} ins(%[[SSD]] : tensor<2xf32>)
// CHECK:         %[[Y:[0-9]+]] = linalg.generic {{.*}}iterator_types = ["parallel", "parallel"]}
// CHECK:         %[[NINE:.*]] = arith.constant 0.899999976 : f32
// CHECK:         %[[NRM:[0-9]+]] = linalg.generic {{.*}} ins(%[[RM]], %[[MEAN]] : tensor<2xf32>, tensor<2xf32>)
// CHECK:           arith.mulf %[[NINE]], %{{.*}} : f32
// CHECK:         %[[NRV:[0-9]+]] = linalg.generic {{.*}} ins(%[[RV]], %[[VAR]] : tensor<2xf32>, tensor<2xf32>)
// CHECK:           arith.mulf %{{.*}}, %[[BESSEL:.*]] : f32
// CHECK:         return %[[Y]], %[[NRM]], %[[NRV]]
func.func @batch_norm_functional(%x: !torch.vtensor<[?,2],f32>, %rm: !torch.vtensor<[2],f32>, %rv: !torch.vtensor<[2],f32>) -> (!torch.vtensor<[?,2],f32>, !torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>) {
  %none = torch.constant.none
  %true = torch.constant.bool true
  %momentum = torch.constant.float 1.000000e-01
  %eps = torch.constant.float 1.000000e-05
  %0:5 = torch.aten._native_batch_norm_legit_functional %x, %none, %none, %rm, %rv, %true, %momentum, %eps : !torch.vtensor<[?,2],f32>, !torch.none, !torch.none, !torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>, !torch.bool, !torch.float, !torch.float -> !torch.vtensor<[?,2],f32>, !torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>
  return %0#0, %0#3, %0#4 : !torch.vtensor<[?,2],f32>, !torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>
}

// -----

// aten.batch_norm (TorchScript's form): the output only.
// CHECK-LABEL: func.func @batch_norm_op(
// CHECK:         math.rsqrt
// CHECK:         %[[Y:[0-9]+]] = linalg.generic {{.*}}iterator_types = ["parallel", "parallel", "parallel"]}
// CHECK:         return %[[Y]] : tensor<2x3x?xf32>
func.func @batch_norm_op(%x: !torch.vtensor<[2,3,?],f32>, %m: !torch.vtensor<[3],f32>, %v: !torch.vtensor<[3],f32>) -> !torch.vtensor<[2,3,?],f32> {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %momentum = torch.constant.float 1.000000e-01
  %eps = torch.constant.float 1.000000e-05
  %0 = torch.aten.batch_norm %x, %none, %none, %m, %v, %false, %momentum, %eps, %false : !torch.vtensor<[2,3,?],f32>, !torch.none, !torch.none, !torch.vtensor<[3],f32>, !torch.vtensor<[3],f32>, !torch.bool, !torch.float, !torch.float, !torch.bool -> !torch.vtensor<[2,3,?],f32>
  return %0 : !torch.vtensor<[2,3,?],f32>
}

// -----

// Layer norm: statistics over the trailing normalized dims in the keepdim
// layout (the mean/rstd results), weight/bias mapped on those dims.
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-DAG: #[[ROW:.*]] = affine_map<(d0, d1, d2) -> (d0, 0, 0)>
// CHECK-DAG: #[[PARAM:.*]] = affine_map<(d0, d1, d2) -> (d1, d2)>
// CHECK-LABEL: func.func @native_layer_norm(
// CHECK-SAME:    %[[X:.*]]: tensor<2x3x4xf32>, %[[W:.*]]: tensor<3x4xf32>, %[[B:.*]]: tensor<3x4xf32>)
// CHECK:         %[[S:[0-9]+]] = linalg.generic {indexing_maps = [#[[ID]], #[[ROW]]], iterator_types = ["parallel", "reduction", "reduction"]}
// CHECK:         %[[MEAN:[0-9]+]] = linalg.generic {{.*}} ins(%[[S]] : tensor<2x1x1xf32>)
// CHECK:         %[[SSD:[0-9]+]] = linalg.generic {{.*}}iterator_types = ["parallel", "reduction", "reduction"]} ins(%[[X]], %[[MEAN]] :
// CHECK:         %[[RSTD:[0-9]+]] = linalg.generic {{.*}} ins(%[[SSD]] :
// CHECK:           math.rsqrt
// CHECK:         %[[Y:[0-9]+]] = linalg.generic {indexing_maps = [#[[ID]], #[[ROW]], #[[ROW]], #[[PARAM]], #[[PARAM]], #[[ID]]], iterator_types = ["parallel", "parallel", "parallel"]} ins(%[[X]], %[[MEAN]], %[[RSTD]], %[[W]], %[[B]] :
// CHECK:           arith.subf
// CHECK:           arith.mulf
// CHECK:           arith.mulf
// CHECK:           arith.addf
// CHECK:         return %[[Y]], %[[MEAN]], %[[RSTD]] : tensor<2x3x4xf32>, tensor<2x1x1xf32>, tensor<2x1x1xf32>
func.func @native_layer_norm(%x: !torch.vtensor<[2,3,4],f32>, %w: !torch.vtensor<[3,4],f32>, %b: !torch.vtensor<[3,4],f32>) -> (!torch.vtensor<[2,3,4],f32>, !torch.vtensor<[2,1,1],f32>, !torch.vtensor<[2,1,1],f32>) {
  %int3 = torch.constant.int 3
  %int4 = torch.constant.int 4
  %eps = torch.constant.float 1.000000e-05
  %shape = torch.prim.ListConstruct %int3, %int4 : (!torch.int, !torch.int) -> !torch.list<int>
  %0:3 = torch.aten.native_layer_norm %x, %shape, %w, %b, %eps : !torch.vtensor<[2,3,4],f32>, !torch.list<int>, !torch.vtensor<[3,4],f32>, !torch.vtensor<[3,4],f32>, !torch.float -> !torch.vtensor<[2,3,4],f32>, !torch.vtensor<[2,1,1],f32>, !torch.vtensor<[2,1,1],f32>
  return %0#0, %0#1, %0#2 : !torch.vtensor<[2,3,4],f32>, !torch.vtensor<[2,1,1],f32>, !torch.vtensor<[2,1,1],f32>
}

// -----

// Dynamic sizes (the normalized size too: only the list's length matters);
// float16 statistics are computed in f32 and the results rounded to f16.
// CHECK-LABEL: func.func @native_layer_norm_dynamic_f16(
// CHECK-SAME:    %[[X:.*]]: tensor<?x?xf16>
// CHECK:         linalg.generic {{.*}}iterator_types = ["parallel", "reduction"]} ins(%[[X]] : tensor<?x?xf16>) outs(%{{.*}} : tensor<?x1xf32>)
// CHECK:           arith.extf %{{.*}} : f16 to f32
// CHECK:         %[[Y:[0-9]+]] = linalg.generic {{.*}}iterator_types = ["parallel", "parallel"]} ins(%[[X]], %{{.*}}, %{{.*}} : tensor<?x?xf16>, tensor<?x1xf32>, tensor<?x1xf32>) outs(%{{.*}} : tensor<?x?xf16>)
// CHECK:           arith.truncf %{{.*}} : f32 to f16
// CHECK:         linalg.generic
// CHECK:           arith.truncf %{{.*}} : f32 to f16
// CHECK:         } -> tensor<?x1xf16>
func.func @native_layer_norm_dynamic_f16(%x: !torch.vtensor<[?,?],f16>, %n: !torch.int) -> (!torch.vtensor<[?,?],f16>, !torch.vtensor<[?,1],f16>) {
  %none = torch.constant.none
  %eps = torch.constant.float 1.000000e-05
  %shape = torch.prim.ListConstruct %n : (!torch.int) -> !torch.list<int>
  %0:3 = torch.aten.native_layer_norm %x, %shape, %none, %none, %eps : !torch.vtensor<[?,?],f16>, !torch.list<int>, !torch.none, !torch.none, !torch.float -> !torch.vtensor<[?,?],f16>, !torch.vtensor<[?,1],f16>, !torch.vtensor<[?,1],f16>
  return %0#0, %0#1 : !torch.vtensor<[?,?],f16>, !torch.vtensor<[?,1],f16>
}

// -----

// aten.layer_norm: the output only.
// CHECK-LABEL: func.func @layer_norm_op(
// CHECK:         linalg.generic {{.*}}iterator_types = ["parallel", "reduction"]}
// CHECK:         %[[Y:[0-9]+]] = linalg.generic {{.*}}iterator_types = ["parallel", "parallel"]} ins(%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<?x8xf32>, tensor<?x1xf32>, tensor<?x1xf32>, tensor<8xf32>)
// CHECK:         return %[[Y]] : tensor<?x8xf32>
func.func @layer_norm_op(%x: !torch.vtensor<[?,8],f32>, %w: !torch.vtensor<[8],f32>) -> !torch.vtensor<[?,8],f32> {
  %none = torch.constant.none
  %int8 = torch.constant.int 8
  %false = torch.constant.bool false
  %eps = torch.constant.float 1.000000e-05
  %shape = torch.prim.ListConstruct %int8 : (!torch.int) -> !torch.list<int>
  %0 = torch.aten.layer_norm %x, %shape, %w, %none, %eps, %false : !torch.vtensor<[?,8],f32>, !torch.list<int>, !torch.vtensor<[8],f32>, !torch.none, !torch.float, !torch.bool -> !torch.vtensor<[?,8],f32>
  return %0 : !torch.vtensor<[?,8],f32>
}

// -----

// Group norm: the channel dim split into [groups, C/groups], statistics per
// (n, group), per-(n, c) scale/shift, then x * scale + shift.
// CHECK-DAG: #[[NC:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1)>
// CHECK-LABEL: func.func @native_group_norm(
// CHECK-SAME:    %[[X:.*]]: tensor<2x6x4x5xf32>, %[[W:.*]]: tensor<6xf32>, %[[B:.*]]: tensor<6xf32>)
// CHECK:         %[[XE:.*]] = tensor.expand_shape %[[X]] {{\[}}[0], [1, 2], [3], [4]] output_shape [2, 3, 2, 4, 5] : tensor<2x6x4x5xf32> into tensor<2x3x2x4x5xf32>
// CHECK:         %[[S:[0-9]+]] = linalg.generic {{.*}}iterator_types = ["parallel", "parallel", "reduction", "reduction", "reduction"]} ins(%[[XE]] : tensor<2x3x2x4x5xf32>) outs(%{{.*}} : tensor<2x3xf32>)
// CHECK:         %[[MEAN:[0-9]+]] = linalg.generic {{.*}} ins(%[[S]] : tensor<2x3xf32>)
// CHECK:         %[[SSD:[0-9]+]] = linalg.generic {{.*}} ins(%[[XE]], %[[MEAN]] :
// CHECK:         %[[RSTD:[0-9]+]] = linalg.generic {{.*}} ins(%[[SSD]] :
// CHECK:           math.rsqrt
// CHECK:         %[[WE:.*]] = tensor.expand_shape %[[W]] {{\[}}[0, 1]] output_shape [3, 2] : tensor<6xf32> into tensor<3x2xf32>
// CHECK:         %[[BE:.*]] = tensor.expand_shape %[[B]] {{\[}}[0, 1]] output_shape [3, 2]
// CHECK:         %[[SS:[0-9]+]]:2 = linalg.generic {{.*}} ins(%[[MEAN]], %[[RSTD]], %[[WE]], %[[BE]] : tensor<2x3xf32>, tensor<2x3xf32>, tensor<3x2xf32>, tensor<3x2xf32>) outs({{.*}} : tensor<2x3x2xf32>, tensor<2x3x2xf32>)
// CHECK:         %[[SC:.*]] = tensor.collapse_shape %[[SS]]#0 {{\[}}[0], [1, 2]] : tensor<2x3x2xf32> into tensor<2x6xf32>
// CHECK:         %[[SH:.*]] = tensor.collapse_shape %[[SS]]#1
// CHECK:         %[[Y:[0-9]+]] = linalg.generic {indexing_maps = [#{{.*}}, #[[NC]], #[[NC]], #{{.*}}], {{.*}} ins(%[[X]], %[[SC]], %[[SH]] : tensor<2x6x4x5xf32>, tensor<2x6xf32>, tensor<2x6xf32>)
// CHECK:         return %[[Y]], %[[MEAN]], %[[RSTD]] : tensor<2x6x4x5xf32>, tensor<2x3xf32>, tensor<2x3xf32>
func.func @native_group_norm(%x: !torch.vtensor<[2,6,4,5],f32>, %w: !torch.vtensor<[6],f32>, %b: !torch.vtensor<[6],f32>) -> (!torch.vtensor<[2,6,4,5],f32>, !torch.vtensor<[2,3],f32>, !torch.vtensor<[2,3],f32>) {
  %int2 = torch.constant.int 2
  %int6 = torch.constant.int 6
  %int20 = torch.constant.int 20
  %int3 = torch.constant.int 3
  %eps = torch.constant.float 1.000000e-05
  %0:3 = torch.aten.native_group_norm %x, %w, %b, %int2, %int6, %int20, %int3, %eps : !torch.vtensor<[2,6,4,5],f32>, !torch.vtensor<[6],f32>, !torch.vtensor<[6],f32>, !torch.int, !torch.int, !torch.int, !torch.int, !torch.float -> !torch.vtensor<[2,6,4,5],f32>, !torch.vtensor<[2,3],f32>, !torch.vtensor<[2,3],f32>
  return %0#0, %0#1, %0#2 : !torch.vtensor<[2,6,4,5],f32>, !torch.vtensor<[2,3],f32>, !torch.vtensor<[2,3],f32>
}

// -----

// Dynamic batch and spatial dims.
// CHECK-LABEL: func.func @native_group_norm_dynamic(
// CHECK-SAME:    %[[X:.*]]: tensor<?x4x?xf32>
// CHECK:         %[[D0:.*]] = tensor.dim %[[X]], %c0
// CHECK:         %[[D2:.*]] = tensor.dim %[[X]], %c2
// CHECK:         %[[XE:.*]] = tensor.expand_shape %[[X]] {{\[}}[0], [1, 2], [3]] output_shape [%[[D0]], 2, 2, %[[D2]]] : tensor<?x4x?xf32> into tensor<?x2x2x?xf32>
// CHECK:         linalg.generic {{.*}}iterator_types = ["parallel", "parallel", "reduction", "reduction"]} ins(%[[XE]] : tensor<?x2x2x?xf32>) outs(%{{.*}} : tensor<?x2xf32>)
// CHECK:         tensor.collapse_shape %{{.*}} {{\[}}[0], [1, 2]] : tensor<?x2x2xf32> into tensor<?x4xf32>
// CHECK:         } -> tensor<?x4x?xf32>
func.func @native_group_norm_dynamic(%x: !torch.vtensor<[?,4,?],f32>, %n: !torch.int, %hw: !torch.int) -> (!torch.vtensor<[?,4,?],f32>, !torch.vtensor<[?,2],f32>) {
  %none = torch.constant.none
  %int4 = torch.constant.int 4
  %int2 = torch.constant.int 2
  %eps = torch.constant.float 1.000000e-05
  %0:3 = torch.aten.native_group_norm %x, %none, %none, %n, %int4, %hw, %int2, %eps : !torch.vtensor<[?,4,?],f32>, !torch.none, !torch.none, !torch.int, !torch.int, !torch.int, !torch.int, !torch.float -> !torch.vtensor<[?,4,?],f32>, !torch.vtensor<[?,2],f32>, !torch.vtensor<[?,2],f32>
  return %0#0, %0#2 : !torch.vtensor<[?,4,?],f32>, !torch.vtensor<[?,2],f32>
}
