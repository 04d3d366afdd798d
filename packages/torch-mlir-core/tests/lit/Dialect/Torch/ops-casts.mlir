// RUN: torch-mlir-opt %s | torch-mlir-opt | FileCheck %s

// tensor_static_info_cast adds or drops static shape/dtype information;
// derefine casts to a less refined type.

// CHECK-LABEL: func.func @static_info_cast(
// CHECK-SAME:    %[[V:.*]]: !torch.vtensor<[2,3],f32>, %[[U:.*]]: !torch.vtensor, %[[T:.*]]: !torch.tensor<[4],si64>)
// CHECK-NEXT:    torch.tensor_static_info_cast %[[V]] : !torch.vtensor<[2,3],f32> to !torch.vtensor<[?,?],f32>
// CHECK-NEXT:    torch.tensor_static_info_cast %[[V]] : !torch.vtensor<[2,3],f32> to !torch.vtensor<*,f32>
// CHECK-NEXT:    torch.tensor_static_info_cast %[[V]] : !torch.vtensor<[2,3],f32> to !torch.vtensor<[2,3],unk>
// CHECK-NEXT:    torch.tensor_static_info_cast %[[U]] : !torch.vtensor to !torch.vtensor<[2,3],f32>
// CHECK-NEXT:    torch.tensor_static_info_cast %[[T]] : !torch.tensor<[4],si64> to !torch.tensor
func.func @static_info_cast(%v: !torch.vtensor<[2,3],f32>, %u: !torch.vtensor,
                            %t: !torch.tensor<[4],si64>) {
  %0 = torch.tensor_static_info_cast %v : !torch.vtensor<[2,3],f32> to !torch.vtensor<[?,?],f32>
  %1 = torch.tensor_static_info_cast %v : !torch.vtensor<[2,3],f32> to !torch.vtensor<*,f32>
  %2 = torch.tensor_static_info_cast %v : !torch.vtensor<[2,3],f32> to !torch.vtensor<[2,3],unk>
  %3 = torch.tensor_static_info_cast %u : !torch.vtensor to !torch.vtensor<[2,3],f32>
  %4 = torch.tensor_static_info_cast %t : !torch.tensor<[4],si64> to !torch.tensor
  return
}

// CHECK-LABEL: func.func @derefine(
// CHECK-SAME:    %[[I:.*]]: !torch.int, %[[N:.*]]: !torch.none, %[[V:.*]]: !torch.vtensor<[2],f32>)
// CHECK-NEXT:    torch.derefine %[[I]] : !torch.int to !torch.optional<int>
// CHECK-NEXT:    torch.derefine %[[N]] : !torch.none to !torch.optional<vtensor>
// CHECK-NEXT:    torch.derefine %[[I]] : !torch.int to !torch.number
// CHECK-NEXT:    torch.derefine %[[I]] : !torch.int to !torch.union<int, none>
// CHECK-NEXT:    torch.derefine %[[I]] : !torch.int to !torch.any
// CHECK-NEXT:    torch.derefine %[[V]] : !torch.vtensor<[2],f32> to !torch.optional<vtensor>
func.func @derefine(%i: !torch.int, %n: !torch.none, %v: !torch.vtensor<[2],f32>) {
  %0 = torch.derefine %i : !torch.int to !torch.optional<int>
  %1 = torch.derefine %n : !torch.none to !torch.optional<vtensor>
  %2 = torch.derefine %i : !torch.int to !torch.number
  %3 = torch.derefine %i : !torch.int to !torch.union<int, none>
  %4 = torch.derefine %i : !torch.int to !torch.any
  %5 = torch.derefine %v : !torch.vtensor<[2],f32> to !torch.optional<vtensor>
  return
}

// Tuples derefine element-wise.
// CHECK-LABEL: func.func @derefine_tuple(
// CHECK-NEXT:    torch.derefine %{{.*}} : !torch.tuple<int, none> to !torch.tuple<optional<int>, optional<int>>
func.func @derefine_tuple(%t: !torch.tuple<int, none>) {
  %0 = torch.derefine %t : !torch.tuple<int, none> to !torch.tuple<optional<int>, optional<int>>
  return
}
