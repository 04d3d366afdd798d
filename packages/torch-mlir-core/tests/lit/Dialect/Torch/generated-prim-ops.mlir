// RUN: torch-mlir-opt %s | torch-mlir-opt | FileCheck %s

// Ops of the `prim` namespace (TorchScript builtins).

// CHECK-LABEL: func.func @num_to_tensor(
// CHECK-SAME:    %[[I:.*]]: !torch.int, %[[N:.*]]: !torch.number)
// CHECK-NEXT:    torch.prim.NumToTensor.Scalar %[[I]] : !torch.int -> !torch.vtensor<[],si64>
// CHECK-NEXT:    torch.prim.NumToTensor.Scalar %[[N]] : !torch.number -> !torch.vtensor
func.func @num_to_tensor(%i: !torch.int, %n: !torch.number) {
  %0 = torch.prim.NumToTensor.Scalar %i : !torch.int -> !torch.vtensor<[],si64>
  %1 = torch.prim.NumToTensor.Scalar %n : !torch.number -> !torch.vtensor
  return
}

// CHECK-LABEL: func.func @device_and_dtype(
// CHECK-NEXT:    torch.prim.device %{{.*}} : !torch.vtensor<[2],f32> -> !torch.Device
// CHECK-NEXT:    torch.prim.dtype %{{.*}} : !torch.vtensor<[2],f32> -> !torch.int
func.func @device_and_dtype(%x: !torch.vtensor<[2],f32>) {
  %0 = torch.prim.device %x : !torch.vtensor<[2],f32> -> !torch.Device
  %1 = torch.prim.dtype %x : !torch.vtensor<[2],f32> -> !torch.int
  return
}

// An op with operands and no results.
// CHECK-LABEL: func.func @raise_exception(
// CHECK-NEXT:    %[[MSG:.*]] = torch.constant.str "boom"
// CHECK-NEXT:    %[[NONE:.*]] = torch.constant.none
// CHECK-NEXT:    torch.prim.RaiseException %[[MSG]], %[[NONE]] : !torch.str, !torch.none{{$}}
// CHECK-NEXT:    return
func.func @raise_exception() {
  %msg = torch.constant.str "boom"
  %none = torch.constant.none
  torch.prim.RaiseException %msg, %none : !torch.str, !torch.none
  return
}

// An op without operands: only the result type follows the arrow.
// CHECK-LABEL: func.func @uninitialized()
// CHECK-NEXT:    %[[U:.*]] = torch.prim.Uninitialized : -> !torch.int{{$}}
// CHECK-NEXT:    %{{.*}} = torch.prim.Uninitialized : -> !torch.vtensor
// CHECK-NEXT:    return %[[U]] : !torch.int
func.func @uninitialized() -> !torch.int {
  %0 = torch.prim.Uninitialized : -> !torch.int
  %1 = torch.prim.Uninitialized : -> !torch.vtensor
  return %0 : !torch.int
}

// Generic TorchScript helpers on any value.
// CHECK-LABEL: func.func @unchecked_cast(
// CHECK-NEXT:    torch.prim.unchecked_cast %{{.*}} : !torch.optional<int> -> !torch.int
func.func @unchecked_cast(%o: !torch.optional<int>) {
  %0 = torch.prim.unchecked_cast %o : !torch.optional<int> -> !torch.int
  return
}
