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

// -----

// TorchScript's `if stride is None:` branches fold away, so the ops after
// them see constant arguments and get refined.
// CHECK-LABEL: func.func @constant_if(
// CHECK-NOT:     torch.prim.If
// CHECK:         torch.aten.max_pool2d {{.*}} -> !torch.vtensor<[1,2,4,4],f32>
func.func @constant_if(%x: !torch.vtensor<[1,2,8,8],f32>) -> !torch.vtensor {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %int0 = torch.constant.int 0
  %int1 = torch.constant.int 1
  %int2 = torch.constant.int 2
  %k = torch.prim.ListConstruct %int2, %int2 : (!torch.int, !torch.int) -> !torch.list<int>
  %pad = torch.prim.ListConstruct %int0, %int0 : (!torch.int, !torch.int) -> !torch.list<int>
  %dil = torch.prim.ListConstruct %int1, %int1 : (!torch.int, !torch.int) -> !torch.list<int>
  %opt = torch.derefine %none : !torch.none to !torch.optional<list<int>>
  %is_none = torch.aten.__is__ %opt, %none : !torch.optional<list<int>>, !torch.none -> !torch.bool
  %stride = torch.prim.If %is_none -> (!torch.list<int>) {
    torch.prim.If.yield %k : !torch.list<int>
  } else {
    %s = torch.prim.unchecked_cast %opt : !torch.optional<list<int>> -> !torch.list<int>
    torch.prim.If.yield %s : !torch.list<int>
  }
  %0 = torch.aten.max_pool2d %x, %k, %stride, %pad, %dil, %false : !torch.vtensor<[1,2,8,8],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool -> !torch.vtensor
  return %0 : !torch.vtensor
}
