// RUN: torch-mlir-opt %s -split-input-file -torch-maximize-value-semantics | FileCheck %s

// An in-place op on a chain of slice/select views (`y[:, 1:6:2] = 0`): the
// functional op gives the view's new value, slice/select_scatter write it
// back into each base, and later uses see the new base.
// CHECK-LABEL: func.func @assign_through_views(
// CHECK-SAME:      %[[X:.*]]: !torch.vtensor<[3,7],f32>, %[[V:.*]]: !torch.vtensor<[3,3],f32>)
// CHECK:         %[[Y:.*]] = torch.aten.clone %[[X]]
// CHECK:         %[[S0:.*]] = torch.aten.slice.Tensor %[[Y]], %[[I0:.*]], %{{.*}}, %{{.*}}, %[[I1:.*]] :
// CHECK:         %[[S1:.*]] = torch.aten.slice.Tensor %[[S0]], %[[I1]], %[[I1]], %[[I6:.*]], %[[I2:.*]] :
// CHECK:         %[[C:.*]] = torch.aten.copy %[[S1]], %[[V]], %{{.*}}
// CHECK:         %[[W1:.*]] = torch.aten.slice_scatter %[[S0]], %[[C]], %[[I1]], %[[I1]], %[[I6]], %[[I2]] :
// CHECK:         %[[W0:.*]] = torch.aten.slice_scatter %[[Y]], %[[W1]], %[[I0]], %{{.*}}, %{{.*}}, %[[I1]] :
// CHECK-NOT:     torch.aten.copy_
// CHECK:         %[[R:.*]] = torch.aten.relu %[[W0]]
// CHECK:         return %[[W0]], %[[R]]
func.func @assign_through_views(%x: !torch.tensor<[3,7],f32>, %v: !torch.tensor<[3,3],f32>) -> (!torch.tensor, !torch.tensor) {
  %false = torch.constant.bool false
  %none = torch.constant.none
  %int0 = torch.constant.int 0
  %int1 = torch.constant.int 1
  %int2 = torch.constant.int 2
  %int6 = torch.constant.int 6
  %y = torch.aten.clone %x, %none : !torch.tensor<[3,7],f32>, !torch.none -> !torch.tensor
  %0 = torch.aten.slice.Tensor %y, %int0, %none, %none, %int1 : !torch.tensor, !torch.int, !torch.none, !torch.none, !torch.int -> !torch.tensor
  %1 = torch.aten.slice.Tensor %0, %int1, %int1, %int6, %int2 : !torch.tensor, !torch.int, !torch.int, !torch.int, !torch.int -> !torch.tensor
  %2 = torch.aten.copy_ %1, %v, %false : !torch.tensor, !torch.tensor<[3,3],f32>, !torch.bool -> !torch.tensor
  %3 = torch.aten.relu %y : !torch.tensor -> !torch.tensor
  return %y, %3 : !torch.tensor, !torch.tensor
}

// -----

// select: select_scatter writes the row back.
// CHECK-LABEL: func.func @assign_row(
// CHECK:         %[[ROW:.*]] = torch.aten.select.int %[[Y:.*]], %{{.*}}, %{{.*}} :
// CHECK:         %[[F:.*]] = torch.aten.fill.Scalar %[[ROW]], %{{.*}}
// CHECK:         %[[W:.*]] = torch.aten.select_scatter %[[Y]], %[[F]], %{{.*}}, %{{.*}} :
// CHECK:         return %[[W]]
func.func @assign_row(%x: !torch.tensor<[3,7],f32>) -> !torch.tensor {
  %none = torch.constant.none
  %int0 = torch.constant.int 0
  %int1 = torch.constant.int 1
  %y = torch.aten.clone %x, %none : !torch.tensor<[3,7],f32>, !torch.none -> !torch.tensor
  %0 = torch.aten.select.int %y, %int0, %int1 : !torch.tensor, !torch.int, !torch.int -> !torch.tensor
  %1 = torch.aten.fill_.Scalar %0, %int1 : !torch.tensor, !torch.int -> !torch.tensor
  return %y : !torch.tensor
}

// -----

// Writes to a mutable argument (as frontends mark them: read with
// copy.to_vtensor, written with overwrite.tensor.contents) become an extra
// result after the program's own, tagged with the argument it updates. A read
// after a write sees the written value; the last write is the result.
// CHECK-LABEL: func.func @argument_updates(
// CHECK-SAME:      %[[X:.*]]: !torch.vtensor<[2,3],f32>, %[[Y:.*]]: !torch.vtensor<[2,3],f32>)
// CHECK-SAME:      -> (!torch.vtensor<[2,3],f32>, !torch.vtensor<[2,3],f32> {torch.updates_argument = 0 : i64})
// CHECK-NOT:     torch.copy.to_vtensor
// CHECK-NOT:     torch.overwrite.tensor.contents
// CHECK:         %[[A:.*]] = torch.aten.add.Tensor %[[X]], %[[Y]]
// CHECK:         %[[M:.*]] = torch.aten.mul.Tensor %[[A]], %[[Y]]
// CHECK:         %[[CAST:.*]] = torch.tensor_static_info_cast %[[M]] : !torch.vtensor<*,f32> to !torch.vtensor<[2,3],f32>
// CHECK:         return %[[A]], %[[CAST]] : !torch.vtensor<[2,3],f32>, !torch.vtensor<[2,3],f32>
func.func @argument_updates(%x: !torch.tensor<[2,3],f32>, %y: !torch.vtensor<[2,3],f32>) -> !torch.vtensor<[2,3],f32> {
  %int1 = torch.constant.int 1
  %0 = torch.copy.to_vtensor %x : !torch.tensor<[2,3],f32> -> !torch.vtensor<[2,3],f32>
  %1 = torch.aten.add.Tensor %0, %y, %int1 : !torch.vtensor<[2,3],f32>, !torch.vtensor<[2,3],f32>, !torch.int -> !torch.vtensor<[2,3],f32>
  torch.overwrite.tensor.contents %1 overwrites %x : !torch.vtensor<[2,3],f32>, !torch.tensor<[2,3],f32>
  %2 = torch.copy.to_vtensor %x : !torch.tensor<[2,3],f32> -> !torch.vtensor<[2,3],f32>
  %3 = torch.aten.mul.Tensor %2, %y : !torch.vtensor<[2,3],f32>, !torch.vtensor<[2,3],f32> -> !torch.vtensor<*,f32>
  torch.overwrite.tensor.contents %3 overwrites %x : !torch.vtensor<*,f32>, !torch.tensor<[2,3],f32>
  return %2 : !torch.vtensor<[2,3],f32>
}

// -----

// TorchScript's arguments are all `!torch.tensor`: an in-place op writing an
// argument through a view (`x[:, 1:] = y`) makes it a mutated argument too;
// later uses see the new contents, which are also the extra result.
// CHECK-LABEL: func.func @in_place_on_argument(
// CHECK-SAME:      %[[X:.*]]: !torch.vtensor<[3,5],f32>, %[[Y:.*]]: !torch.vtensor<[3,4],f32>)
// CHECK-SAME:      -> (!torch.vtensor, !torch.vtensor<[3,5],f32> {torch.updates_argument = 0 : i64})
// CHECK:         %[[S:.*]] = torch.aten.slice.Tensor %[[X]]
// CHECK:         %[[C:.*]] = torch.aten.copy %[[S]], %[[Y]]
// CHECK:         %[[NEW:.*]] = torch.aten.slice_scatter %[[X]], %[[C]]
// CHECK:         %[[R:.*]] = torch.aten.relu %[[NEW]]
// CHECK:         %[[RES:.*]] = torch.tensor_static_info_cast %[[NEW]] : !torch.vtensor<[3,5],f32> to !torch.vtensor<[3,5],f32>
// CHECK:         return %[[R]], %[[RES]] : !torch.vtensor, !torch.vtensor<[3,5],f32>
func.func @in_place_on_argument(%x: !torch.tensor<[3,5],f32>, %y: !torch.tensor<[3,4],f32>) -> !torch.tensor {
  %false = torch.constant.bool false
  %int1 = torch.constant.int 1
  %int5 = torch.constant.int 5
  %0 = torch.aten.slice.Tensor %x, %int1, %int1, %int5, %int1 : !torch.tensor<[3,5],f32>, !torch.int, !torch.int, !torch.int, !torch.int -> !torch.tensor
  %1 = torch.aten.copy_ %0, %y, %false : !torch.tensor, !torch.tensor<[3,4],f32>, !torch.bool -> !torch.tensor
  %2 = torch.aten.relu %x : !torch.tensor<[3,5],f32> -> !torch.tensor
  return %2 : !torch.tensor
}

// -----

// An argument only read keeps its single result.
// CHECK-LABEL: func.func @argument_only_read(
// CHECK-SAME:      -> !torch.vtensor {
func.func @argument_only_read(%x: !torch.tensor<[3],f32>) -> !torch.tensor {
  %0 = torch.aten.relu %x : !torch.tensor<[3],f32> -> !torch.tensor
  return %0 : !torch.tensor
}
