// RUN: torch-mlir-opt %s | torch-mlir-opt | FileCheck %s

// index.Tensor takes a list of optional tensors: None skips a dim.

// CHECK-LABEL: func.func @index_tensor(
// CHECK-SAME:    %[[X:.*]]: !torch.vtensor<[5,6],f32>, %[[I:.*]]: !torch.vtensor<[3],si64>)
// CHECK-NEXT:    %[[NONE:.*]] = torch.constant.none
// CHECK-NEXT:    %[[L:.*]] = torch.prim.ListConstruct %[[NONE]], %[[I]] : (!torch.none, !torch.vtensor<[3],si64>) -> !torch.list<optional<vtensor>>
// CHECK-NEXT:    %[[R:.*]] = torch.aten.index.Tensor %[[X]], %[[L]] : !torch.vtensor<[5,6],f32>, !torch.list<optional<vtensor>> -> !torch.vtensor<[5,3],f32>
// CHECK-NEXT:    return %[[R]]
func.func @index_tensor(%x: !torch.vtensor<[5,6],f32>, %i: !torch.vtensor<[3],si64>) -> !torch.vtensor<[5,3],f32> {
  %none = torch.constant.none
  %indices = torch.prim.ListConstruct %none, %i : (!torch.none, !torch.vtensor<[3],si64>) -> !torch.list<optional<vtensor>>
  %0 = torch.aten.index.Tensor %x, %indices : !torch.vtensor<[5,6],f32>, !torch.list<optional<vtensor>> -> !torch.vtensor<[5,3],f32>
  return %0 : !torch.vtensor<[5,3],f32>
}

// index_select and gather take plain tensors.
// CHECK-LABEL: func.func @index_select_gather(
// CHECK:         torch.aten.index_select %{{.*}}, %{{.*}}, %{{.*}} : !torch.vtensor<[5,6],f32>, !torch.int, !torch.vtensor<[2],si64> -> !torch.vtensor<[2,6],f32>
// CHECK:         torch.aten.gather %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : !torch.vtensor<[5,6],f32>, !torch.int, !torch.vtensor<[5,2],si64>, !torch.bool -> !torch.vtensor<[5,2],f32>
func.func @index_select_gather(%x: !torch.vtensor<[5,6],f32>, %i: !torch.vtensor<[2],si64>,
                               %g: !torch.vtensor<[5,2],si64>) {
  %c0 = torch.constant.int 0
  %c1 = torch.constant.int 1
  %false = torch.constant.bool false
  %0 = torch.aten.index_select %x, %c0, %i : !torch.vtensor<[5,6],f32>, !torch.int, !torch.vtensor<[2],si64> -> !torch.vtensor<[2,6],f32>
  %1 = torch.aten.gather %x, %c1, %g, %false : !torch.vtensor<[5,6],f32>, !torch.int, !torch.vtensor<[5,2],si64>, !torch.bool -> !torch.vtensor<[5,2],f32>
  return
}
