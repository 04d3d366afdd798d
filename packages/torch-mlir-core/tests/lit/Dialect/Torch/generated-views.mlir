// RUN: torch-mlir-opt %s | torch-mlir-opt | FileCheck %s

// CHECK-LABEL: func.func @view(
// CHECK-SAME:    %[[X:.*]]: !torch.vtensor<[2,6],f32>)
// CHECK:         %[[SIZE:.*]] = torch.prim.ListConstruct %{{.*}}, %{{.*}} : (!torch.int, !torch.int) -> !torch.list<int>
// CHECK-NEXT:    torch.aten.view %[[X]], %[[SIZE]] : !torch.vtensor<[2,6],f32>, !torch.list<int> -> !torch.vtensor<[3,4],f32>
func.func @view(%x: !torch.vtensor<[2,6],f32>) -> !torch.vtensor<[3,4],f32> {
  %c3 = torch.constant.int 3
  %c4 = torch.constant.int 4
  %size = torch.prim.ListConstruct %c3, %c4 : (!torch.int, !torch.int) -> !torch.list<int>
  %0 = torch.aten.view %x, %size : !torch.vtensor<[2,6],f32>, !torch.list<int> -> !torch.vtensor<[3,4],f32>
  return %0 : !torch.vtensor<[3,4],f32>
}

// CHECK-LABEL: func.func @permute(
// CHECK:         torch.aten.permute %{{.*}}, %{{.*}} : !torch.vtensor<[2,3,4],f32>, !torch.list<int> -> !torch.vtensor<[4,2,3],f32>
func.func @permute(%x: !torch.vtensor<[2,3,4],f32>) {
  %c0 = torch.constant.int 0
  %c1 = torch.constant.int 1
  %c2 = torch.constant.int 2
  %dims = torch.prim.ListConstruct %c2, %c0, %c1 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
  %0 = torch.aten.permute %x, %dims : !torch.vtensor<[2,3,4],f32>, !torch.list<int> -> !torch.vtensor<[4,2,3],f32>
  return
}

// CHECK-LABEL: func.func @transpose(
// CHECK-SAME:    %[[X:.*]]: !torch.tensor<[2,3],f32>)
// CHECK-NEXT:    %[[C0:.*]] = torch.constant.int 0
// CHECK-NEXT:    %[[C1:.*]] = torch.constant.int 1
// CHECK-NEXT:    torch.aten.transpose.int %[[X]], %[[C0]], %[[C1]] : !torch.tensor<[2,3],f32>, !torch.int, !torch.int -> !torch.tensor<[3,2],f32>
func.func @transpose(%x: !torch.tensor<[2,3],f32>) {
  %c0 = torch.constant.int 0
  %c1 = torch.constant.int 1
  %0 = torch.aten.transpose.int %x, %c0, %c1 : !torch.tensor<[2,3],f32>, !torch.int, !torch.int -> !torch.tensor<[3,2],f32>
  return
}

// slice.Tensor: (Tensor, int dim, int? start, int? end, int step).
// CHECK-LABEL: func.func @slice(
// CHECK:         torch.aten.slice.Tensor %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : !torch.vtensor<[10,4],f32>, !torch.int, !torch.int, !torch.int, !torch.int -> !torch.vtensor<[4,4],f32>
// CHECK:         torch.aten.slice.Tensor %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : !torch.vtensor<[10,4],f32>, !torch.int, !torch.none, !torch.none, !torch.int -> !torch.vtensor<[5,4],f32>
func.func @slice(%x: !torch.vtensor<[10,4],f32>) {
  %c0 = torch.constant.int 0
  %c2 = torch.constant.int 2
  %c6 = torch.constant.int 6
  %c1 = torch.constant.int 1
  %none = torch.constant.none
  %0 = torch.aten.slice.Tensor %x, %c0, %c2, %c6, %c1 : !torch.vtensor<[10,4],f32>, !torch.int, !torch.int, !torch.int, !torch.int -> !torch.vtensor<[4,4],f32>
  %1 = torch.aten.slice.Tensor %x, %c0, %none, %none, %c2 : !torch.vtensor<[10,4],f32>, !torch.int, !torch.none, !torch.none, !torch.int -> !torch.vtensor<[5,4],f32>
  return
}
