// RUN: torch-mlir-opt %s -split-input-file -torch-backend-pipeline | FileCheck %s
// RUN: torch-mlir-opt %s -split-input-file -torch-maximize-value-semantics | FileCheck %s --check-prefix=VALUE

// The torch backend pipeline brings TorchScript-style IR (non-value tensors,
// unknown result shapes, in-place ops) to the backend contract: value
// semantics, and shapes/dtypes from torch's meta kernels.

// CHECK-LABEL: func.func @script_style(
// CHECK-SAME:      %[[X:.*]]: !torch.vtensor<[2,4],f32>) -> !torch.vtensor<[2,3],f32>
// CHECK:         %[[W:.*]] = torch.vtensor.literal({{.*}}) : !torch.vtensor<[3,4],f32>
// CHECK:         %[[Y:.*]] = torch.aten.linear %[[X]], %[[W]], %{{.*}} : {{.*}} -> !torch.vtensor<[2,3],f32>
// CHECK:         %[[Z:.*]] = torch.aten.relu %[[Y]] : !torch.vtensor<[2,3],f32> -> !torch.vtensor<[2,3],f32>
// CHECK:         %[[S:.*]] = torch.aten.add.Tensor %[[Z]], %[[Y]], %{{.*}} : {{.*}} -> !torch.vtensor<[2,3],f32>
// CHECK:         return %[[S]] : !torch.vtensor<[2,3],f32>
// VALUE-LABEL: func.func @script_style(
// VALUE-SAME:      !torch.vtensor<[2,4],f32>) -> !torch.vtensor
// VALUE-NOT:     !torch.tensor
// VALUE:         torch.aten.add.Tensor
// VALUE-NOT:     torch.aten.add_
func.func @script_style(%arg0: !torch.tensor<[2,4],f32>) -> !torch.tensor {
  %none = torch.constant.none
  %int1 = torch.constant.int 1
  %w = torch.tensor.literal(dense<1.0> : tensor<3x4xf32>) : !torch.tensor<[3,4],f32>
  %0 = torch.aten.linear %arg0, %w, %none : !torch.tensor<[2,4],f32>, !torch.tensor<[3,4],f32>, !torch.none -> !torch.tensor
  %1 = torch.aten.relu %0 : !torch.tensor -> !torch.tensor
  %2 = torch.aten.add_.Tensor %1, %0, %int1 : !torch.tensor, !torch.tensor, !torch.int -> !torch.tensor
  return %1 : !torch.tensor
}

// -----

// Dims that depend on a dynamic input dim, or on a run-time int, are `?`.
// CHECK-LABEL: func.func @dynamic(
// CHECK:         torch.aten.mm {{.*}} -> !torch.vtensor<[?,5],f32>
// CHECK:         torch.aten.sum.dim_IntList {{.*}} -> !torch.vtensor<[?],f32>
// CHECK:         torch.aten.arange {{.*}} -> !torch.vtensor<[?],si64>
func.func @dynamic(%a: !torch.vtensor<[?,4],f32>, %b: !torch.vtensor<[4,5],f32>, %n: !torch.int) -> (!torch.vtensor, !torch.vtensor) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int1 = torch.constant.int 1
  %0 = torch.aten.mm %a, %b : !torch.vtensor<[?,4],f32>, !torch.vtensor<[4,5],f32> -> !torch.vtensor
  %dims = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %1 = torch.aten.sum.dim_IntList %0, %dims, %false, %none : !torch.vtensor, !torch.list<int>, !torch.bool, !torch.none -> !torch.vtensor
  %2 = torch.aten.arange %n, %none, %none, %none, %none : !torch.int, !torch.none, !torch.none, !torch.none, !torch.none -> !torch.vtensor
  return %1, %2 : !torch.vtensor, !torch.vtensor
}
