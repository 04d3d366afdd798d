// RUN: torch-mlir-opt %s | torch-mlir-opt | FileCheck %s

// Generated ops share one format:
//   %r = torch.<ns>.<op> %operands : <operand types> -> <result types>

// CHECK-LABEL: func.func @add_tensor(
// CHECK-SAME:    %[[A:.*]]: !torch.vtensor<[2,3],f32>, %[[B:.*]]: !torch.vtensor<[2,3],f32>)
// CHECK-NEXT:    %[[ONE:.*]] = torch.constant.int 1
// CHECK-NEXT:    %[[R:.*]] = torch.aten.add.Tensor %[[A]], %[[B]], %[[ONE]] : !torch.vtensor<[2,3],f32>, !torch.vtensor<[2,3],f32>, !torch.int -> !torch.vtensor<[2,3],f32>
// CHECK-NEXT:    return %[[R]]
func.func @add_tensor(%a: !torch.vtensor<[2,3],f32>, %b: !torch.vtensor<[2,3],f32>) -> !torch.vtensor<[2,3],f32> {
  %one = torch.constant.int 1
  %0 = torch.aten.add.Tensor %a, %b, %one : !torch.vtensor<[2,3],f32>, !torch.vtensor<[2,3],f32>, !torch.int -> !torch.vtensor<[2,3],f32>
  return %0 : !torch.vtensor<[2,3],f32>
}

// alpha is a Scalar: int, float, bool or number.
// CHECK-LABEL: func.func @add_tensor_scalar_kinds(
// CHECK:         torch.aten.add.Tensor %{{.*}}, %{{.*}}, %{{.*}} : !torch.vtensor<[?],f32>, !torch.vtensor<[?],f32>, !torch.float -> !torch.vtensor<[?],f32>
// CHECK:         torch.aten.add.Tensor %{{.*}}, %{{.*}}, %{{.*}} : !torch.vtensor<[?],f32>, !torch.vtensor<[?],f32>, !torch.number -> !torch.vtensor<[?],f32>
func.func @add_tensor_scalar_kinds(%a: !torch.vtensor<[?],f32>, %n: !torch.number) {
  %half = torch.constant.float 0.5
  %0 = torch.aten.add.Tensor %a, %a, %half : !torch.vtensor<[?],f32>, !torch.vtensor<[?],f32>, !torch.float -> !torch.vtensor<[?],f32>
  %1 = torch.aten.add.Tensor %a, %a, %n : !torch.vtensor<[?],f32>, !torch.vtensor<[?],f32>, !torch.number -> !torch.vtensor<[?],f32>
  return
}

// Result types may be less (or more) refined than the operands'.
// CHECK-LABEL: func.func @relu(
// CHECK-NEXT:    torch.aten.relu %{{.*}} : !torch.vtensor<[2,3],f32> -> !torch.vtensor<[2,3],f32>
// CHECK-NEXT:    torch.aten.relu %{{.*}} : !torch.vtensor<[2,3],f32> -> !torch.vtensor
// CHECK-NEXT:    torch.aten.relu %{{.*}} : !torch.vtensor -> !torch.vtensor<[2,3],f32>
func.func @relu(%a: !torch.vtensor<[2,3],f32>, %u: !torch.vtensor) {
  %0 = torch.aten.relu %a : !torch.vtensor<[2,3],f32> -> !torch.vtensor<[2,3],f32>
  %1 = torch.aten.relu %a : !torch.vtensor<[2,3],f32> -> !torch.vtensor
  %2 = torch.aten.relu %u : !torch.vtensor -> !torch.vtensor<[2,3],f32>
  return
}

// In-place variants operate on mutable tensors.
// CHECK-LABEL: func.func @add_inplace(
// CHECK-SAME:    %[[T:.*]]: !torch.tensor<[2,3],f32>, %[[U:.*]]: !torch.tensor<[2,3],f32>)
// CHECK:         torch.aten.add_.Tensor %[[T]], %[[U]], %{{.*}} : !torch.tensor<[2,3],f32>, !torch.tensor<[2,3],f32>, !torch.int -> !torch.tensor<[2,3],f32>
func.func @add_inplace(%t: !torch.tensor<[2,3],f32>, %u: !torch.tensor<[2,3],f32>) {
  %one = torch.constant.int 1
  %0 = torch.aten.add_.Tensor %t, %u, %one : !torch.tensor<[2,3],f32>, !torch.tensor<[2,3],f32>, !torch.int -> !torch.tensor<[2,3],f32>
  return
}

// A few more unary/binary pointwise ops.
// CHECK-LABEL: func.func @pointwise(
// CHECK-NEXT:    torch.aten.tanh %{{.*}} : !torch.vtensor<[4],f32> -> !torch.vtensor<[4],f32>
// CHECK-NEXT:    torch.aten.mul.Tensor %{{.*}}, %{{.*}} : !torch.vtensor<[4],f32>, !torch.vtensor<[4],f32> -> !torch.vtensor<[4],f32>
// CHECK-NEXT:    torch.aten.sigmoid %{{.*}} : !torch.tensor -> !torch.tensor
func.func @pointwise(%a: !torch.vtensor<[4],f32>, %t: !torch.tensor) {
  %0 = torch.aten.tanh %a : !torch.vtensor<[4],f32> -> !torch.vtensor<[4],f32>
  %1 = torch.aten.mul.Tensor %0, %a : !torch.vtensor<[4],f32>, !torch.vtensor<[4],f32> -> !torch.vtensor<[4],f32>
  %2 = torch.aten.sigmoid %t : !torch.tensor -> !torch.tensor
  return
}
