// RUN: torch-mlir-opt %s -split-input-file -linalg-bool-tensors-to-i8 | FileCheck %s

// Bool tensors are stored as bytes; scalars crossing into or out of a tensor
// are extended/truncated.

// CHECK-LABEL: func.func @compare_and_fill(
// CHECK-SAME:      %{{.*}}: tensor<?x4xf32>) -> (tensor<?x4xi8>, tensor<2xi8>, i1)
// CHECK:         %[[CST:.*]] = arith.constant dense<[1, 0]> : tensor<2xi8>
// CHECK:         %[[E:.*]] = tensor.empty(%{{.*}}) : tensor<?x4xi8>
// CHECK:         %[[TRUE8:.*]] = arith.extui %{{.*}} : i1 to i8
// CHECK:         %[[F:.*]] = linalg.fill ins(%[[TRUE8]] : i8) outs(%[[E]] : tensor<?x4xi8>)
// CHECK:         linalg.generic {{.*}} ins(%{{.*}}, %[[F]] : tensor<?x4xf32>, tensor<?x4xi8>) outs(%[[E]] : tensor<?x4xi8>)
// CHECK:         ^bb0(%[[IN:.*]]: f32, %[[B:.*]]: i8, %{{.*}}: i8):
// CHECK:           %[[B1:.*]] = arith.trunci %[[B]] : i8 to i1
// CHECK:           %[[R:.*]] = arith.andi %{{.*}}, %[[B1]] : i1
// CHECK:           %[[R8:.*]] = arith.extui %[[R]] : i1 to i8
// CHECK:           linalg.yield %[[R8]] : i8
// CHECK:         %[[X:.*]] = tensor.extract %[[CST]][%{{.*}}] : tensor<2xi8>
// CHECK:         %[[X1:.*]] = arith.trunci %[[X]] : i8 to i1
// CHECK:         return %{{.*}}, %[[CST]], %[[X1]] : tensor<?x4xi8>, tensor<2xi8>, i1
func.func @compare_and_fill(%x: tensor<?x4xf32>) -> (tensor<?x4xi1>, tensor<2xi1>, i1) {
  %c0 = arith.constant 0 : index
  %true = arith.constant true
  %zero = arith.constant 0.0 : f32
  %cst = arith.constant dense<[true, false]> : tensor<2xi1>
  %d = tensor.dim %x, %c0 : tensor<?x4xf32>
  %e = tensor.empty(%d) : tensor<?x4xi1>
  %f = linalg.fill ins(%true : i1) outs(%e : tensor<?x4xi1>) -> tensor<?x4xi1>
  %r = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%x, %f : tensor<?x4xf32>, tensor<?x4xi1>) outs(%e : tensor<?x4xi1>) {
  ^bb0(%in: f32, %b: i1, %out: i1):
    %gt = arith.cmpf ogt, %in, %zero : f32
    %and = arith.andi %gt, %b : i1
    linalg.yield %and : i1
  } -> tensor<?x4xi1>
  %first = tensor.extract %cst[%c0] : tensor<2xi1>
  return %r, %cst, %first : tensor<?x4xi1>, tensor<2xi1>, i1
}
