// RUN: torch-mlir-opt %s | torch-mlir-opt | FileCheck %s

// Ops of the `prims` namespace (torch._prims).

// dtype is a ScalarType code: 7 is torch.float64.
// CHECK-LABEL: func.func @convert_element_type(
// CHECK-SAME:    %[[X:.*]]: !torch.vtensor<[2,3],f32>)
// CHECK-NEXT:    %[[F64:.*]] = torch.constant.int 7
// CHECK-NEXT:    %[[R:.*]] = torch.prims.convert_element_type %[[X]], %[[F64]] : !torch.vtensor<[2,3],f32>, !torch.int -> !torch.vtensor<[2,3],f64>
// CHECK-NEXT:    return %[[R]]
func.func @convert_element_type(%x: !torch.vtensor<[2,3],f32>) -> !torch.vtensor<[2,3],f64> {
  %f64 = torch.constant.int 7
  %0 = torch.prims.convert_element_type %x, %f64 : !torch.vtensor<[2,3],f32>, !torch.int -> !torch.vtensor<[2,3],f64>
  return %0 : !torch.vtensor<[2,3],f64>
}

// CHECK-LABEL: func.func @broadcast_in_dim(
// CHECK-SAME:    %[[X:.*]]: !torch.vtensor<[3],f32>)
// CHECK:         %[[SHAPE:.*]] = torch.prim.ListConstruct %{{.*}}, %{{.*}} : (!torch.int, !torch.int) -> !torch.list<int>
// CHECK:         %[[BDIMS:.*]] = torch.prim.ListConstruct %{{.*}} : (!torch.int) -> !torch.list<int>
// CHECK-NEXT:    torch.prims.broadcast_in_dim %[[X]], %[[SHAPE]], %[[BDIMS]] : !torch.vtensor<[3],f32>, !torch.list<int>, !torch.list<int> -> !torch.vtensor<[2,3],f32>
func.func @broadcast_in_dim(%x: !torch.vtensor<[3],f32>) {
  %c1 = torch.constant.int 1
  %c2 = torch.constant.int 2
  %c3 = torch.constant.int 3
  %shape = torch.prim.ListConstruct %c2, %c3 : (!torch.int, !torch.int) -> !torch.list<int>
  %bdims = torch.prim.ListConstruct %c1 : (!torch.int) -> !torch.list<int>
  %0 = torch.prims.broadcast_in_dim %x, %shape, %bdims : !torch.vtensor<[3],f32>, !torch.list<int>, !torch.list<int> -> !torch.vtensor<[2,3],f32>
  return
}

// CHECK-LABEL: func.func @prims_pointwise(
// CHECK-NEXT:    torch.prims.add %{{.*}}, %{{.*}} : !torch.vtensor<[4],f32>, !torch.vtensor<[4],f32> -> !torch.vtensor<[4],f32>
// CHECK-NEXT:    torch.prims.exp %{{.*}} : !torch.vtensor<[4],f32> -> !torch.vtensor<[4],f32>
func.func @prims_pointwise(%x: !torch.vtensor<[4],f32>) {
  %0 = torch.prims.add %x, %x : !torch.vtensor<[4],f32>, !torch.vtensor<[4],f32> -> !torch.vtensor<[4],f32>
  %1 = torch.prims.exp %0 : !torch.vtensor<[4],f32> -> !torch.vtensor<[4],f32>
  return
}
