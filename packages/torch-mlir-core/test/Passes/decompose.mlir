// RUN: torch-mlir-opt %s -split-input-file -torch-decompose | FileCheck %s

// Ops without a linalg rule are replaced by torch's own decomposition of
// them (traced on fake tensors), when their shapes are static.

// CHECK-LABEL: func.func @cosine_similarity(
// CHECK-NOT:     torch.aten.cosine_similarity
// CHECK:         torch.aten.mul.Tensor
// CHECK:         torch.aten.sum.dim_IntList
// CHECK:         return %{{.*}} : !torch.vtensor<[4],f32>
func.func @cosine_similarity(%a: !torch.vtensor<[4,8],f32>, %b: !torch.vtensor<[4,8],f32>) -> !torch.vtensor<[4],f32> {
  %int1 = torch.constant.int 1
  %eps = torch.constant.float 1.000000e-08
  %0 = torch.aten.cosine_similarity %a, %b, %int1, %eps : !torch.vtensor<[4,8],f32>, !torch.vtensor<[4,8],f32>, !torch.int, !torch.float -> !torch.vtensor<[4],f32>
  return %0 : !torch.vtensor<[4],f32>
}

// -----

// A dynamic dim: left alone (a decomposition traced for one size could be
// wrong for another); the lowering reports it if it has no rule.
// CHECK-LABEL: func.func @dynamic(
// CHECK:         torch.aten.cosine_similarity
func.func @dynamic(%a: !torch.vtensor<[?,8],f32>, %b: !torch.vtensor<[?,8],f32>) -> !torch.vtensor<[?],f32> {
  %int1 = torch.constant.int 1
  %eps = torch.constant.float 1.000000e-08
  %0 = torch.aten.cosine_similarity %a, %b, %int1, %eps : !torch.vtensor<[?,8],f32>, !torch.vtensor<[?,8],f32>, !torch.int, !torch.float -> !torch.vtensor<[?],f32>
  return %0 : !torch.vtensor<[?],f32>
}
