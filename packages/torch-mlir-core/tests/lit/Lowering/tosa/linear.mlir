// RUN: torch-mlir-opt %s -torch-lower-to-tosa -split-input-file -verify-diagnostics | FileCheck %s

// Matrix products to tosa.matmul on rank-3 operands.

// mm is a batch-1 tosa.matmul; the dynamic M dim is the reshape's -1.
// CHECK-LABEL: func.func @mm(
// CHECK-SAME:    %[[A:.*]]: tensor<?x4xf32>, %[[B:.*]]: tensor<4x5xf32>) -> tensor<?x5xf32>
// CHECK:         %[[SA:.*]] = tosa.const_shape  {values = dense<[1, -1, 4]> : tensor<3xindex>}
// CHECK:         %[[A3:.*]] = tosa.reshape %[[A]], %[[SA]] : (tensor<?x4xf32>, !tosa.shape<3>) -> tensor<1x?x4xf32>
// CHECK:         %[[B3:.*]] = tosa.reshape %[[B]], %{{.*}} : (tensor<4x5xf32>, !tosa.shape<3>) -> tensor<1x4x5xf32>
// CHECK:         %[[ZA:.*]] = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}>
// CHECK:         %[[ZB:.*]] = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}>
// CHECK:         %[[M:.*]] = tosa.matmul %[[A3]], %[[B3]], %[[ZA]], %[[ZB]] : (tensor<1x?x4xf32>, tensor<1x4x5xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x?x5xf32>
// CHECK:         tosa.reshape %[[M]], %{{.*}} : (tensor<1x?x5xf32>, !tosa.shape<2>) -> tensor<?x5xf32>
func.func @mm(%a: !torch.vtensor<[?,4],f32>, %b: !torch.vtensor<[4,5],f32>) -> !torch.vtensor<[?,5],f32> {
  %0 = torch.aten.mm %a, %b : !torch.vtensor<[?,4],f32>, !torch.vtensor<[4,5],f32> -> !torch.vtensor<[?,5],f32>
  return %0 : !torch.vtensor<[?,5],f32>
}

// -----

// CHECK-LABEL: func.func @bmm(
// CHECK-NOT:     tosa.reshape
// CHECK:         tosa.matmul %arg0, %arg1, %{{.*}}, %{{.*}} : (tensor<2x3x4xf32>, tensor<2x4x5xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<2x3x5xf32>
func.func @bmm(%a: !torch.vtensor<[2,3,4],f32>, %b: !torch.vtensor<[2,4,5],f32>) -> !torch.vtensor<[2,3,5],f32> {
  %0 = torch.aten.bmm %a, %b : !torch.vtensor<[2,3,4],f32>, !torch.vtensor<[2,4,5],f32> -> !torch.vtensor<[2,3,5],f32>
  return %0 : !torch.vtensor<[2,3,5],f32>
}

// -----

// CHECK-LABEL: func.func @addmm(
// CHECK:         %[[M:.*]] = tosa.matmul
// CHECK:         %[[P:.*]] = tosa.reshape %[[M]], %{{.*}} -> tensor<3x5xf32>
// CHECK:         %[[BIAS:.*]] = tosa.reshape %arg0, %{{.*}} : (tensor<5xf32>, !tosa.shape<2>) -> tensor<1x5xf32>
// CHECK:         tosa.add %[[P]], %[[BIAS]] : (tensor<3x5xf32>, tensor<1x5xf32>) -> tensor<3x5xf32>
func.func @addmm(%bias: !torch.vtensor<[5],f32>, %a: !torch.vtensor<[3,4],f32>, %b: !torch.vtensor<[4,5],f32>) -> !torch.vtensor<[3,5],f32> {
  %int1 = torch.constant.int 1
  %0 = torch.aten.addmm %bias, %a, %b, %int1, %int1 : !torch.vtensor<[5],f32>, !torch.vtensor<[3,4],f32>, !torch.vtensor<[4,5],f32>, !torch.int, !torch.int -> !torch.vtensor<[3,5],f32>
  return %0 : !torch.vtensor<[3,5],f32>
}

// -----

// A batch of 1 against a batch of 2: the rank-2 operand is tiled.
// CHECK-LABEL: func.func @matmul_broadcast_batch(
// CHECK:         %[[B:.*]] = tosa.reshape %arg1, %{{.*}} -> tensor<1x4x5xf32>
// CHECK:         %[[T:.*]] = tosa.tile %[[B]], %{{.*}} : (tensor<1x4x5xf32>, !tosa.shape<3>) -> tensor<2x4x5xf32>
// CHECK:         tosa.matmul %arg0, %[[T]]
func.func @matmul_broadcast_batch(%a: !torch.vtensor<[2,3,4],f32>, %b: !torch.vtensor<[4,5],f32>) -> !torch.vtensor<[2,3,5],f32> {
  %0 = torch.aten.matmul %a, %b : !torch.vtensor<[2,3,4],f32>, !torch.vtensor<[4,5],f32> -> !torch.vtensor<[2,3,5],f32>
  return %0 : !torch.vtensor<[2,3,5],f32>
}

// -----

// uint8 is held as signed i8: its products would be wrong, so it is reported.
// expected-error @unknown {{1 op(s) could not be lowered to tosa: torch.aten.mm}}
func.func @mm_uint8(%a: !torch.vtensor<[3,4],ui8>, %b: !torch.vtensor<[4,5],ui8>) -> !torch.vtensor<[3,5],ui8> {
  // expected-error @below {{'torch.aten.mm' could not be lowered to tosa: torch.aten.mm of torch.uint8 (the TOSA rules multiply floats, or signed integers of the result dtype)}}
  %0 = torch.aten.mm %a, %b : !torch.vtensor<[3,4],ui8>, !torch.vtensor<[4,5],ui8> -> !torch.vtensor<[3,5],ui8>
  return %0 : !torch.vtensor<[3,5],ui8>
}
