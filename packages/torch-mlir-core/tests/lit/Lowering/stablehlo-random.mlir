// RUN: torch-mlir-opt %s -torch-lower-to-stablehlo -split-input-file | FileCheck %s

// The linalg rules' generator in StableHLO: the module's state global gives
// the stream key (advanced by one), an iota the element numbers, splitmix64 in
// integer ops, the top 24 bits an f32 uniform.
// CHECK: ml_program.global private mutable @torch_mlir_rng_state(dense<0> : tensor<i64>) : tensor<i64>
// CHECK-LABEL: func.func @rand
// CHECK: ml_program.global_load @torch_mlir_rng_state
// CHECK: ml_program.global_store @torch_mlir_rng_state
// CHECK: "stablehlo.broadcast_in_dim"
// CHECK: "stablehlo.iota"() {iota_dimension = 0 : i64} : () -> tensor<6xi64>
// CHECK: "stablehlo.reshape"({{.*}}) : (tensor<6xi64>) -> tensor<2x3xi64>
// CHECK: "stablehlo.shift_right_logical"
// CHECK: "stablehlo.convert"({{.*}}) : (tensor<2x3xi64>) -> tensor<2x3xf32>
// CHECK: "stablehlo.multiply"
func.func @rand() -> !torch.vtensor<[2,3],f32> {
  %int2 = torch.constant.int 2
  %int3 = torch.constant.int 3
  %none = torch.constant.none
  %cpu = torch.constant.device "cpu"
  %false = torch.constant.bool false
  %0 = torch.prim.ListConstruct %int2, %int3 : (!torch.int, !torch.int) -> !torch.list<int>
  %1 = torch.aten.rand %0, %none, %none, %cpu, %false : !torch.list<int>, !torch.none, !torch.none, !torch.Device, !torch.bool -> !torch.vtensor<[2,3],f32>
  return %1 : !torch.vtensor<[2,3],f32>
}

// -----

// Dropout in training mode: keep where the uniform exceeds p, scale by 1/(1-p).
// CHECK-LABEL: func.func @dropout
// CHECK: "stablehlo.compare"({{.*}}comparison_direction = #stablehlo<comparison_direction GT>
// CHECK: "stablehlo.select"
func.func @dropout(%arg0: !torch.vtensor<[4],f32>) -> !torch.vtensor<[4],f32> {
  %p = torch.constant.float 2.500000e-01
  %true = torch.constant.bool true
  %0 = torch.aten.dropout %arg0, %p, %true : !torch.vtensor<[4],f32>, !torch.float, !torch.bool -> !torch.vtensor<[4],f32>
  return %0 : !torch.vtensor<[4],f32>
}
