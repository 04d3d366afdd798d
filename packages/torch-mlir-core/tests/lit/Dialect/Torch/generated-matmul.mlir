// RUN: torch-mlir-opt %s | torch-mlir-opt | FileCheck %s

// CHECK-LABEL: func.func @mm(
// CHECK-SAME:    %[[A:.*]]: !torch.vtensor<[2,3],f32>, %[[B:.*]]: !torch.vtensor<[3,4],f32>)
// CHECK-NEXT:    %[[R:.*]] = torch.aten.mm %[[A]], %[[B]] : !torch.vtensor<[2,3],f32>, !torch.vtensor<[3,4],f32> -> !torch.vtensor<[2,4],f32>
// CHECK-NEXT:    return %[[R]]
func.func @mm(%a: !torch.vtensor<[2,3],f32>, %b: !torch.vtensor<[3,4],f32>) -> !torch.vtensor<[2,4],f32> {
  %0 = torch.aten.mm %a, %b : !torch.vtensor<[2,3],f32>, !torch.vtensor<[3,4],f32> -> !torch.vtensor<[2,4],f32>
  return %0 : !torch.vtensor<[2,4],f32>
}

// Unknown dims and unknown ranks are not shape errors.
// CHECK-LABEL: func.func @mm_dynamic(
// CHECK-NEXT:    torch.aten.mm %{{.*}}, %{{.*}} : !torch.vtensor<[?,3],f32>, !torch.vtensor<[?,?],f32> -> !torch.vtensor<[?,?],f32>
// CHECK-NEXT:    torch.aten.mm %{{.*}}, %{{.*}} : !torch.vtensor, !torch.vtensor<[?,?],f32> -> !torch.vtensor
func.func @mm_dynamic(%a: !torch.vtensor<[?,3],f32>, %b: !torch.vtensor<[?,?],f32>, %u: !torch.vtensor) {
  %0 = torch.aten.mm %a, %b : !torch.vtensor<[?,3],f32>, !torch.vtensor<[?,?],f32> -> !torch.vtensor<[?,?],f32>
  %1 = torch.aten.mm %u, %b : !torch.vtensor, !torch.vtensor<[?,?],f32> -> !torch.vtensor
  return
}

// CHECK-LABEL: func.func @bmm(
// CHECK-NEXT:    torch.aten.bmm %{{.*}}, %{{.*}} : !torch.vtensor<[5,2,3],f32>, !torch.vtensor<[5,3,4],f32> -> !torch.vtensor<[5,2,4],f32>
func.func @bmm(%a: !torch.vtensor<[5,2,3],f32>, %b: !torch.vtensor<[5,3,4],f32>) {
  %0 = torch.aten.bmm %a, %b : !torch.vtensor<[5,2,3],f32>, !torch.vtensor<[5,3,4],f32> -> !torch.vtensor<[5,2,4],f32>
  return
}

// matmul broadcasts and takes any ranks.
// CHECK-LABEL: func.func @matmul(
// CHECK-NEXT:    torch.aten.matmul %{{.*}}, %{{.*}} : !torch.vtensor<[7,2,3],f32>, !torch.vtensor<[3],f32> -> !torch.vtensor<[7,2],f32>
func.func @matmul(%a: !torch.vtensor<[7,2,3],f32>, %b: !torch.vtensor<[3],f32>) {
  %0 = torch.aten.matmul %a, %b : !torch.vtensor<[7,2,3],f32>, !torch.vtensor<[3],f32> -> !torch.vtensor<[7,2],f32>
  return
}

// The bias of linear is optional: a tensor or None.
// CHECK-LABEL: func.func @linear(
// CHECK-SAME:    %[[X:.*]]: !torch.vtensor<[8,16],f32>, %[[W:.*]]: !torch.vtensor<[4,16],f32>, %[[B:.*]]: !torch.vtensor<[4],f32>)
// CHECK-NEXT:    %[[NONE:.*]] = torch.constant.none
// CHECK-NEXT:    torch.aten.linear %[[X]], %[[W]], %[[NONE]] : !torch.vtensor<[8,16],f32>, !torch.vtensor<[4,16],f32>, !torch.none -> !torch.vtensor<[8,4],f32>
// CHECK-NEXT:    torch.aten.linear %[[X]], %[[W]], %[[B]] : !torch.vtensor<[8,16],f32>, !torch.vtensor<[4,16],f32>, !torch.vtensor<[4],f32> -> !torch.vtensor<[8,4],f32>
func.func @linear(%x: !torch.vtensor<[8,16],f32>, %w: !torch.vtensor<[4,16],f32>, %b: !torch.vtensor<[4],f32>) {
  %none = torch.constant.none
  %0 = torch.aten.linear %x, %w, %none : !torch.vtensor<[8,16],f32>, !torch.vtensor<[4,16],f32>, !torch.none -> !torch.vtensor<[8,4],f32>
  %1 = torch.aten.linear %x, %w, %b : !torch.vtensor<[8,16],f32>, !torch.vtensor<[4,16],f32>, !torch.vtensor<[4],f32> -> !torch.vtensor<[8,4],f32>
  return
}

// An optional operand also accepts !torch.optional<vtensor>.
// CHECK-LABEL: func.func @linear_optional_bias(
// CHECK-NEXT:    torch.aten.linear %{{.*}}, %{{.*}}, %{{.*}} : !torch.vtensor, !torch.vtensor, !torch.optional<vtensor> -> !torch.vtensor
func.func @linear_optional_bias(%x: !torch.vtensor, %w: !torch.vtensor, %b: !torch.optional<vtensor>) {
  %0 = torch.aten.linear %x, %w, %b : !torch.vtensor, !torch.vtensor, !torch.optional<vtensor> -> !torch.vtensor
  return
}
