// RUN: torch-mlir-opt %s -torch-lower-to-tosa -split-input-file -verify-diagnostics | FileCheck %s

// Convolution and pooling to TOSA (NHWC).

// NCHW -> NHWC, OIHW -> OHWI, tosa.conv2d (zero points 0, f32 accumulator), back to NCHW.
// CHECK-LABEL: func.func @conv2d(
// CHECK:         %[[X:.*]] = tosa.transpose %arg0 {perms = array<i32: 0, 2, 3, 1>} : (tensor<1x3x8x8xf32>) -> tensor<1x8x8x3xf32>
// CHECK:         %[[W:.*]] = tosa.transpose %arg1 {perms = array<i32: 0, 2, 3, 1>}
// CHECK:         %[[C:.*]] = tosa.conv2d %[[X]], %[[W]], %arg2, %{{.*}}, %{{.*}} {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : ({{.*}}) -> tensor<1x8x8x4xf32>
// CHECK:         tosa.transpose %[[C]] {perms = array<i32: 0, 3, 1, 2>} : (tensor<1x8x8x4xf32>) -> tensor<1x4x8x8xf32>
func.func @conv2d(%x: !torch.vtensor<[1,3,8,8],f32>, %w: !torch.vtensor<[4,3,3,3],f32>, %b: !torch.vtensor<[4],f32>) -> !torch.vtensor<[1,4,8,8],f32> {
  %int1 = torch.constant.int 1
  %int0 = torch.constant.int 0
  %false = torch.constant.bool false
  %ones = torch.prim.ListConstruct %int1, %int1 : (!torch.int, !torch.int) -> !torch.list<int>
  %zeros = torch.prim.ListConstruct %int0, %int0 : (!torch.int, !torch.int) -> !torch.list<int>
  %0 = torch.aten.convolution %x, %w, %b, %ones, %ones, %ones, %false, %zeros, %int1 : !torch.vtensor<[1,3,8,8],f32>, !torch.vtensor<[4,3,3,3],f32>, !torch.vtensor<[4],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[1,4,8,8],f32>
  return %0 : !torch.vtensor<[1,4,8,8],f32>
}

// -----

// groups == in_channels: tosa.depthwise_conv2d, weight [C*M,1,KH,KW] ->
// [KH,KW,C,M]; no bias is a zero bias; the batch stays dynamic.
// CHECK-LABEL: func.func @depthwise_dynamic_batch(
// CHECK:         %[[BIAS:.*]] = "tosa.const"() <{values = dense<0.000000e+00> : tensor<8xf32>}>
// CHECK:         %[[X:.*]] = tosa.transpose %arg0 {{.*}} -> tensor<?x8x8x4xf32>
// CHECK:         %[[W1:.*]] = tosa.reshape %arg1, %{{.*}} -> tensor<4x2x3x3xf32>
// CHECK:         %[[W:.*]] = tosa.transpose %[[W1]] {perms = array<i32: 2, 3, 0, 1>} : (tensor<4x2x3x3xf32>) -> tensor<3x3x4x2xf32>
// CHECK:         tosa.depthwise_conv2d %[[X]], %[[W]], %[[BIAS]], {{.*}} -> tensor<?x6x6x8xf32>
func.func @depthwise_dynamic_batch(%x: !torch.vtensor<[?,4,8,8],f32>, %w: !torch.vtensor<[8,1,3,3],f32>) -> !torch.vtensor<[?,8,6,6],f32> {
  %int1 = torch.constant.int 1
  %int0 = torch.constant.int 0
  %int4 = torch.constant.int 4
  %false = torch.constant.bool false
  %none = torch.constant.none
  %ones = torch.prim.ListConstruct %int1, %int1 : (!torch.int, !torch.int) -> !torch.list<int>
  %zeros = torch.prim.ListConstruct %int0, %int0 : (!torch.int, !torch.int) -> !torch.list<int>
  %0 = torch.aten.convolution %x, %w, %none, %ones, %zeros, %ones, %false, %zeros, %int4 : !torch.vtensor<[?,4,8,8],f32>, !torch.vtensor<[8,1,3,3],f32>, !torch.none, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[?,8,6,6],f32>
  return %0 : !torch.vtensor<[?,8,6,6],f32>
}

// -----

// 7 rows with a 2x2/2 window: the last row and column, which no output
// reads, are sliced off (TOSA wants the extent a multiple of the stride).
// CHECK-LABEL: func.func @max_pool(
// CHECK:         tosa.slice {{.*}} -> tensor<1x6x7x2xf32>
// CHECK:         %[[S:.*]] = tosa.slice {{.*}} -> tensor<1x6x6x2xf32>
// CHECK:         tosa.max_pool2d %[[S]] {kernel = array<i64: 2, 2>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 2, 2>} : (tensor<1x6x6x2xf32>) -> tensor<1x3x3x2xf32>
func.func @max_pool(%x: !torch.vtensor<[1,2,7,7],f32>) -> !torch.vtensor<[1,2,3,3],f32> {
  %int2 = torch.constant.int 2
  %int0 = torch.constant.int 0
  %int1 = torch.constant.int 1
  %false = torch.constant.bool false
  %k = torch.prim.ListConstruct %int2, %int2 : (!torch.int, !torch.int) -> !torch.list<int>
  %p = torch.prim.ListConstruct %int0, %int0 : (!torch.int, !torch.int) -> !torch.list<int>
  %d = torch.prim.ListConstruct %int1, %int1 : (!torch.int, !torch.int) -> !torch.list<int>
  %0 = torch.aten.max_pool2d %x, %k, %k, %p, %d, %false : !torch.vtensor<[1,2,7,7],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool -> !torch.vtensor<[1,2,3,3],f32>
  return %0 : !torch.vtensor<[1,2,3,3],f32>
}

// -----

// count_include_pad: zeros padded explicitly, then an unpadded average.
// CHECK-LABEL: func.func @avg_pool_count_include_pad(
// CHECK:         %[[P:.*]] = tosa.const_shape  {values = dense<[0, 0, 1, 1, 1, 1, 0, 0]> : tensor<8xindex>}
// CHECK:         %[[X:.*]] = tosa.pad %{{.*}}, %[[P]], %{{.*}} : (tensor<1x4x4x2xf32>, !tosa.shape<8>, tensor<1xf32>) -> tensor<1x6x6x2xf32>
// CHECK:         tosa.avg_pool2d %[[X]], {{.*}} {acc_type = f32, kernel = array<i64: 3, 3>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>}
func.func @avg_pool_count_include_pad(%x: !torch.vtensor<[1,2,4,4],f32>) -> !torch.vtensor<[1,2,4,4],f32> {
  %int3 = torch.constant.int 3
  %int1 = torch.constant.int 1
  %false = torch.constant.bool false
  %true = torch.constant.bool true
  %none = torch.constant.none
  %k = torch.prim.ListConstruct %int3, %int3 : (!torch.int, !torch.int) -> !torch.list<int>
  %s = torch.prim.ListConstruct %int1, %int1 : (!torch.int, !torch.int) -> !torch.list<int>
  %0 = torch.aten.avg_pool2d %x, %k, %s, %s, %false, %true, %none : !torch.vtensor<[1,2,4,4],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.bool, !torch.none -> !torch.vtensor<[1,2,4,4],f32>
  return %0 : !torch.vtensor<[1,2,4,4],f32>
}

// -----

// A strided window over a dynamic dim cannot be trimmed to a multiple of
// the stride with constant shapes: reported.
// expected-error @unknown {{1 op(s) could not be lowered to tosa: torch.aten.convolution}}
func.func @strided_conv_dynamic(%x: !torch.vtensor<[1,3,?,8],f32>, %w: !torch.vtensor<[4,3,3,3],f32>) -> !torch.vtensor<[1,4,?,3],f32> {
  %int2 = torch.constant.int 2
  %int1 = torch.constant.int 1
  %int0 = torch.constant.int 0
  %false = torch.constant.bool false
  %none = torch.constant.none
  %twos = torch.prim.ListConstruct %int2, %int2 : (!torch.int, !torch.int) -> !torch.list<int>
  %ones = torch.prim.ListConstruct %int1, %int1 : (!torch.int, !torch.int) -> !torch.list<int>
  %zeros = torch.prim.ListConstruct %int0, %int0 : (!torch.int, !torch.int) -> !torch.list<int>
  // expected-error @below {{a strided convolution or pooling window over a dynamic dim needs a static dim}}
  %0 = torch.aten.convolution %x, %w, %none, %twos, %zeros, %ones, %false, %zeros, %int1 : !torch.vtensor<[1,3,?,8],f32>, !torch.vtensor<[4,3,3,3],f32>, !torch.none, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[1,4,?,3],f32>
  return %0 : !torch.vtensor<[1,4,?,3],f32>
}

// -----

// Adaptive pooling to an empty output: TOSA has no zero-size tensors (the
// window arithmetic divided by the output size).
// expected-error @unknown {{1 op(s) could not be lowered to tosa: torch.aten._adaptive_avg_pool2d}}
func.func @adaptive_avg_pool_empty_output(%x: !torch.vtensor<[1,2,4,4],f32>) -> !torch.vtensor<[1,2,0,2],f32> {
  %int0 = torch.constant.int 0
  %int2 = torch.constant.int 2
  %size = torch.prim.ListConstruct %int0, %int2 : (!torch.int, !torch.int) -> !torch.list<int>
  // expected-error @below {{'torch.aten._adaptive_avg_pool2d' could not be lowered to tosa: adaptive pooling of size [1, 2, 4, 4] to [0, 2]: TOSA tensors cannot have zero-size dims}}
  %0 = torch.aten._adaptive_avg_pool2d %x, %size : !torch.vtensor<[1,2,4,4],f32>, !torch.list<int> -> !torch.vtensor<[1,2,0,2],f32>
  return %0 : !torch.vtensor<[1,2,0,2],f32>
}
