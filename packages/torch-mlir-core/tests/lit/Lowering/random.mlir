// RUN: torch-mlir-opt %s -torch-lower-to-linalg -split-input-file | FileCheck %s

// The module gets one mutable state global; each random op reads it as its
// stream key, stores key + 1, and draws in one linalg.generic over the result
// (the element number from linalg.index, 24 top bits for f32).
// CHECK: ml_program.global private mutable @torch_mlir_rng_state(dense<0> : tensor<i64>) : tensor<i64>
// CHECK-LABEL: func.func @rand
// CHECK: %[[S:.*]] = ml_program.global_load @torch_mlir_rng_state : tensor<i64>
// CHECK: %[[K:.*]] = tensor.extract %[[S]][] : tensor<i64>
// CHECK: %[[NEXT:.*]] = arith.addi %[[K]], %{{.*}} : i64
// CHECK: %[[T:.*]] = tensor.from_elements %[[NEXT]] : tensor<i64>
// CHECK: ml_program.global_store @torch_mlir_rng_state = %[[T]] : tensor<i64>
// CHECK: linalg.generic
// CHECK: linalg.index 0
// CHECK: linalg.index 1
// CHECK: arith.shrui %{{.*}}, %{{.*}} : i64
// CHECK: arith.uitofp %{{.*}} : i64 to f32
// CHECK: -> tensor<2x3xf32>
// The second draw reads the advanced state.
// CHECK: ml_program.global_load @torch_mlir_rng_state
// CHECK: ml_program.global_store @torch_mlir_rng_state
func.func @rand() -> (!torch.vtensor<[2,3],f32>, !torch.vtensor<[2,3],f32>) {
  %int2 = torch.constant.int 2
  %int3 = torch.constant.int 3
  %none = torch.constant.none
  %cpu = torch.constant.device "cpu"
  %false = torch.constant.bool false
  %0 = torch.prim.ListConstruct %int2, %int3 : (!torch.int, !torch.int) -> !torch.list<int>
  %1 = torch.aten.rand %0, %none, %none, %cpu, %false : !torch.list<int>, !torch.none, !torch.none, !torch.Device, !torch.bool -> !torch.vtensor<[2,3],f32>
  %2 = torch.aten.rand %0, %none, %none, %cpu, %false : !torch.list<int>, !torch.none, !torch.none, !torch.Device, !torch.bool -> !torch.vtensor<[2,3],f32>
  return %1, %2 : !torch.vtensor<[2,3],f32>, !torch.vtensor<[2,3],f32>
}

// -----

// randn: Box-Muller over two uniforms (elements 2i and 2i+1); dynamic dims.
// CHECK-LABEL: func.func @randn_like
// CHECK: ml_program.global_load @torch_mlir_rng_state
// CHECK: linalg.generic
// CHECK: math.log
// CHECK: math.sqrt
// CHECK: math.cos
// CHECK: -> tensor<?x4xf64>
func.func @randn_like(%arg0: !torch.vtensor<[?,4],f64>) -> !torch.vtensor<[?,4],f64> {
  %none = torch.constant.none
  %0 = torch.aten.randn_like %arg0, %none, %none, %none, %none, %none : !torch.vtensor<[?,4],f64>, !torch.none, !torch.none, !torch.none, !torch.none, !torch.none -> !torch.vtensor<[?,4],f64>
  return %0 : !torch.vtensor<[?,4],f64>
}

// -----

// bernoulli.p: a draw below p is 1.
// CHECK-LABEL: func.func @bernoulli_p
// CHECK: linalg.generic
// CHECK: arith.cmpf olt, %{{.*}}, %{{.*}} : f64
// CHECK: arith.select
func.func @bernoulli_p(%arg0: !torch.vtensor<[5],f32>) -> !torch.vtensor<[5],f32> {
  %p = torch.constant.float 3.000000e-01
  %none = torch.constant.none
  %0 = torch.aten.bernoulli.p %arg0, %p, %none : !torch.vtensor<[5],f32>, !torch.float, !torch.none -> !torch.vtensor<[5],f32>
  return %0 : !torch.vtensor<[5],f32>
}
