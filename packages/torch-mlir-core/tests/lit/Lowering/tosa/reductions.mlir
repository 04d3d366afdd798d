// RUN: torch-mlir-opt %s -torch-lower-to-tosa -split-input-file | FileCheck %s

// Reductions, softmax and normalizations composed of TOSA reductions.

// One reduce_sum per axis (rank kept), then a reshape dropping the axes.
// CHECK-LABEL: func.func @sum_dims(
// CHECK:         %[[A:.*]] = tosa.reduce_sum %arg0 {axis = 1 : i32} : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
// CHECK:         %[[B:.*]] = tosa.reduce_sum %[[A]] {axis = 2 : i32} : (tensor<2x1x4xf32>) -> tensor<2x1x1xf32>
// CHECK:         tosa.reshape %[[B]], %{{.*}} : (tensor<2x1x1xf32>, !tosa.shape<1>) -> tensor<2xf32>
func.func @sum_dims(%x: !torch.vtensor<[2,3,4],f32>) -> !torch.vtensor<[2],f32> {
  %int1 = torch.constant.int 1
  %int2 = torch.constant.int 2
  %false = torch.constant.bool false
  %none = torch.constant.none
  %dims = torch.prim.ListConstruct %int1, %int2 : (!torch.int, !torch.int) -> !torch.list<int>
  %0 = torch.aten.sum.dim_IntList %x, %dims, %false, %none : !torch.vtensor<[2,3,4],f32>, !torch.list<int>, !torch.bool, !torch.none -> !torch.vtensor<[2],f32>
  return %0 : !torch.vtensor<[2],f32>
}

// -----

// A mean over a dynamic dim divides by the count read at run time.
// CHECK-LABEL: func.func @mean_dynamic_keepdim(
// CHECK:         %[[S:.*]] = tosa.reduce_sum %arg0 {axis = 0 : i32} : (tensor<?x4xf32>) -> tensor<1x4xf32>
// CHECK:         %[[D:.*]] = tensor.dim %arg0, %{{.*}} : tensor<?x4xf32>
// CHECK:         %[[I:.*]] = arith.index_cast %[[D]] : index to i64
// CHECK:         %[[F:.*]] = arith.sitofp %[[I]] : i64 to f32
// CHECK:         %[[T:.*]] = tensor.from_elements %[[F]] : tensor<1xf32>
// CHECK:         %[[T2:.*]] = tosa.reshape %[[T]], %{{.*}} -> tensor<1x1xf32>
// CHECK:         %[[R:.*]] = tosa.reciprocal %[[T2]]
// CHECK:         tosa.mul %[[S]], %[[R]], %{{.*}} : (tensor<1x4xf32>, tensor<1x1xf32>, tensor<1xi8>) -> tensor<1x4xf32>
func.func @mean_dynamic_keepdim(%x: !torch.vtensor<[?,4],f32>) -> !torch.vtensor<[1,4],f32> {
  %int0 = torch.constant.int 0
  %true = torch.constant.bool true
  %none = torch.constant.none
  %dims = torch.prim.ListConstruct %int0 : (!torch.int) -> !torch.list<int>
  %0 = torch.aten.mean.dim %x, %dims, %true, %none : !torch.vtensor<[?,4],f32>, !torch.list<int>, !torch.bool, !torch.none -> !torch.vtensor<[1,4],f32>
  return %0 : !torch.vtensor<[1,4],f32>
}

// -----

// CHECK-LABEL: func.func @max_dim(
// CHECK:         tosa.reduce_max %arg0 {axis = 1 : i32} : (tensor<3x5xf32>) -> tensor<3x1xf32>
// CHECK:         %[[I:.*]] = tosa.argmax %arg0 {axis = 1 : i32} : (tensor<3x5xf32>) -> tensor<3xi64>
// CHECK:         return %{{.*}}, %[[I]]
func.func @max_dim(%x: !torch.vtensor<[3,5],f32>) -> (!torch.vtensor<[3],f32>, !torch.vtensor<[3],si64>) {
  %int1 = torch.constant.int 1
  %false = torch.constant.bool false
  %values, %indices = torch.aten.max.dim %x, %int1, %false : !torch.vtensor<[3,5],f32>, !torch.int, !torch.bool -> !torch.vtensor<[3],f32>, !torch.vtensor<[3],si64>
  return %values, %indices : !torch.vtensor<[3],f32>, !torch.vtensor<[3],si64>
}

// -----

// softmax: exp(x - max) * 1/sum.
// CHECK-LABEL: func.func @softmax(
// CHECK:         %[[M:.*]] = tosa.reduce_max %arg0 {axis = 1 : i32}
// CHECK:         %[[S:.*]] = tosa.sub %arg0, %[[M]] : (tensor<2x5xf32>, tensor<2x1xf32>) -> tensor<2x5xf32>
// CHECK:         %[[E:.*]] = tosa.exp %[[S]]
// CHECK:         %[[T:.*]] = tosa.reduce_sum %[[E]] {axis = 1 : i32}
// CHECK:         %[[R:.*]] = tosa.reciprocal %[[T]]
// CHECK:         tosa.mul %[[E]], %[[R]], %{{.*}}
func.func @softmax(%x: !torch.vtensor<[2,5],f32>) -> !torch.vtensor<[2,5],f32> {
  %int1 = torch.constant.int 1
  %false = torch.constant.bool false
  %0 = torch.aten._softmax %x, %int1, %false : !torch.vtensor<[2,5],f32>, !torch.int, !torch.bool -> !torch.vtensor<[2,5],f32>
  return %0 : !torch.vtensor<[2,5],f32>
}

// -----

// layer_norm: mean, biased variance, rsqrt(var + eps); also returns mean and rstd.
// CHECK-LABEL: func.func @layer_norm(
// CHECK:         %[[SUM:.*]] = tosa.reduce_sum %arg0 {axis = 1 : i32}
// CHECK:         %[[INV:.*]] = "tosa.const"() <{values = dense<2.500000e-01> : tensor<1x1xf32>}>
// CHECK:         %[[MEAN:.*]] = tosa.mul %[[SUM]], %[[INV]]
// CHECK:         %[[C:.*]] = tosa.sub %arg0, %[[MEAN]]
// CHECK:         %[[VAR:.*]] = tosa.mul %{{.*}}, %[[INV]]
// CHECK:         %[[VE:.*]] = tosa.add %[[VAR]], %{{.*}}
// CHECK:         %[[RSTD:.*]] = tosa.rsqrt %[[VE]]
// CHECK:         %[[N:.*]] = tosa.mul %[[C]], %[[RSTD]]
// CHECK:         %[[Y:.*]] = tosa.mul %[[N]], %{{.*}} : (tensor<2x4xf32>, tensor<1x4xf32>, tensor<1xi8>)
// CHECK:         %[[OUT:.*]] = tosa.add %[[Y]], %{{.*}} : (tensor<2x4xf32>, tensor<1x4xf32>)
// CHECK:         return %[[OUT]], %[[MEAN]], %[[RSTD]]
func.func @layer_norm(%x: !torch.vtensor<[2,4],f32>, %w: !torch.vtensor<[4],f32>, %b: !torch.vtensor<[4],f32>) -> (!torch.vtensor<[2,4],f32>, !torch.vtensor<[2,1],f32>, !torch.vtensor<[2,1],f32>) {
  %int4 = torch.constant.int 4
  %eps = torch.constant.float 1.0e-05
  %shape = torch.prim.ListConstruct %int4 : (!torch.int) -> !torch.list<int>
  %0, %1, %2 = torch.aten.native_layer_norm %x, %shape, %w, %b, %eps : !torch.vtensor<[2,4],f32>, !torch.list<int>, !torch.vtensor<[4],f32>, !torch.vtensor<[4],f32>, !torch.float -> !torch.vtensor<[2,4],f32>, !torch.vtensor<[2,1],f32>, !torch.vtensor<[2,1],f32>
  return %0, %1, %2 : !torch.vtensor<[2,4],f32>, !torch.vtensor<[2,1],f32>, !torch.vtensor<[2,1],f32>
}

// -----

// Inference batch norm from the running stats, per channel [1,C,1,1]; the
// empty saved-stats results are tensor.empty (TOSA has no zero-size tensors).
// CHECK-LABEL: func.func @batch_norm_inference(
// CHECK:         %[[V:.*]] = tosa.reshape %arg4, %{{.*}} -> tensor<1x3x1x1xf32>
// CHECK:         %[[VE:.*]] = tosa.add %[[V]], %{{.*}}
// CHECK:         %[[RSTD:.*]] = tosa.rsqrt %[[VE]]
// CHECK:         %[[M:.*]] = tosa.reshape %arg3, %{{.*}} -> tensor<1x3x1x1xf32>
// CHECK:         %[[C:.*]] = tosa.sub %arg0, %[[M]]
// CHECK:         tosa.mul %[[C]], %[[RSTD]]
// CHECK:         tensor.empty() : tensor<0xf32>
func.func @batch_norm_inference(%x: !torch.vtensor<[2,3,4,4],f32>, %w: !torch.vtensor<[3],f32>, %b: !torch.vtensor<[3],f32>, %m: !torch.vtensor<[3],f32>, %v: !torch.vtensor<[3],f32>) -> !torch.vtensor<[2,3,4,4],f32> {
  %mom = torch.constant.float 0.1
  %eps = torch.constant.float 1.0e-05
  %0, %1, %2 = torch.aten._native_batch_norm_legit_no_training %x, %w, %b, %m, %v, %mom, %eps : !torch.vtensor<[2,3,4,4],f32>, !torch.vtensor<[3],f32>, !torch.vtensor<[3],f32>, !torch.vtensor<[3],f32>, !torch.vtensor<[3],f32>, !torch.float, !torch.float -> !torch.vtensor<[2,3,4,4],f32>, !torch.vtensor<[0],f32>, !torch.vtensor<[0],f32>
  return %0 : !torch.vtensor<[2,3,4,4],f32>
}
