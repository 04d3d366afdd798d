// RUN: torch-mlir-opt %s -canonicalize -split-input-file | FileCheck %s

// CHECK-LABEL: func.func @static_info_cast_identity(
// CHECK-SAME:    %[[V:.*]]: !torch.vtensor<[2],f32>)
// CHECK-NEXT:    return %[[V]] : !torch.vtensor<[2],f32>
func.func @static_info_cast_identity(%v: !torch.vtensor<[2],f32>) -> !torch.vtensor<[2],f32> {
  %0 = torch.tensor_static_info_cast %v : !torch.vtensor<[2],f32> to !torch.vtensor<[2],f32>
  return %0 : !torch.vtensor<[2],f32>
}

// -----

// A cast back to the original type cancels the first cast.
// CHECK-LABEL: func.func @static_info_cast_round_trip(
// CHECK-SAME:    %[[V:.*]]: !torch.vtensor<[2],f32>)
// CHECK-NEXT:    return %[[V]] : !torch.vtensor<[2],f32>
func.func @static_info_cast_round_trip(%v: !torch.vtensor<[2],f32>) -> !torch.vtensor<[2],f32> {
  %0 = torch.tensor_static_info_cast %v : !torch.vtensor<[2],f32> to !torch.vtensor<[?],unk>
  %1 = torch.tensor_static_info_cast %0 : !torch.vtensor<[?],unk> to !torch.vtensor<[2],f32>
  return %1 : !torch.vtensor<[2],f32>
}

// -----

// A real cast stays.
// CHECK-LABEL: func.func @static_info_cast_kept(
// CHECK-SAME:    %[[V:.*]]: !torch.vtensor<[2],f32>)
// CHECK-NEXT:    %[[C:.*]] = torch.tensor_static_info_cast %[[V]] : !torch.vtensor<[2],f32> to !torch.vtensor<[?],f32>
// CHECK-NEXT:    return %[[C]]
func.func @static_info_cast_kept(%v: !torch.vtensor<[2],f32>) -> !torch.vtensor<[?],f32> {
  %0 = torch.tensor_static_info_cast %v : !torch.vtensor<[2],f32> to !torch.vtensor<[?],f32>
  return %0 : !torch.vtensor<[?],f32>
}

// -----

// CHECK-LABEL: func.func @derefine_identity(
// CHECK-SAME:    %[[I:.*]]: !torch.int)
// CHECK-NEXT:    return %[[I]] : !torch.int
func.func @derefine_identity(%i: !torch.int) -> !torch.int {
  %0 = torch.derefine %i : !torch.int to !torch.int
  return %0 : !torch.int
}

// -----

// CHECK-LABEL: func.func @derefine_kept(
// CHECK-NEXT:    %[[D:.*]] = torch.derefine %{{.*}} : !torch.int to !torch.optional<int>
// CHECK-NEXT:    return %[[D]]
func.func @derefine_kept(%i: !torch.int) -> !torch.optional<int> {
  %0 = torch.derefine %i : !torch.int to !torch.optional<int>
  return %0 : !torch.optional<int>
}

// -----

// Unused casts are pure and go away.
// CHECK-LABEL: func.func @unused_casts(
// CHECK-NEXT:    return
func.func @unused_casts(%v: !torch.vtensor<[2],f32>, %i: !torch.int) {
  %0 = torch.tensor_static_info_cast %v : !torch.vtensor<[2],f32> to !torch.vtensor
  %1 = torch.derefine %i : !torch.int to !torch.optional<int>
  return
}
