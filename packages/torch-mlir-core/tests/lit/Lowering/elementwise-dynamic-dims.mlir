// RUN: torch-mlir-opt %s -torch-lower-to-linalg -split-input-file | FileCheck %s

// Dynamic dims of elementwise operands must agree with the result dim they
// map to: checked at run time (torch.export may bind both to one symbol; a
// mismatch would otherwise give a wrong answer or read out of bounds).

// CHECK-LABEL: func.func @add_dynamic
// CHECK-SAME: (%[[A:.*]]: tensor<?x3xf32>, %[[B:.*]]: tensor<?x3xf32>)
// CHECK: %[[DA:.*]] = tensor.dim %[[A]]
// CHECK: %[[DB:.*]] = tensor.dim %[[B]]
// CHECK: %[[EQ:.*]] = arith.cmpi eq, %[[DB]], %[[DA]] : index
// CHECK: cf.assert %[[EQ]], "aten.add.Tensor: operand dim 0 does not match the size of result dim 0 (sizes must agree or be 1)"
// CHECK: linalg.generic
func.func @add_dynamic(%a: !torch.vtensor<[?,3],f32>, %b: !torch.vtensor<[?,3],f32>) -> !torch.vtensor<[?,3],f32> {
  %int1 = torch.constant.int 1
  %0 = torch.aten.add.Tensor %a, %b, %int1 : !torch.vtensor<[?,3],f32>, !torch.vtensor<[?,3],f32>, !torch.int -> !torch.vtensor<[?,3],f32>
  return %0 : !torch.vtensor<[?,3],f32>
}

// -----

// A dynamic operand dim against a static result dim.
// CHECK-LABEL: func.func @dynamic_operand_static_result
// CHECK: %[[D:.*]] = tensor.dim
// CHECK: %[[C5:.*]] = arith.constant 5 : index
// CHECK: %[[EQ:.*]] = arith.cmpi eq, %[[D]], %[[C5]] : index
// CHECK: cf.assert %[[EQ]]
func.func @dynamic_operand_static_result(%a: !torch.vtensor<[?],f32>) -> !torch.vtensor<[5],f32> {
  %0 = torch.aten.exp %a : !torch.vtensor<[?],f32> -> !torch.vtensor<[5],f32>
  return %0 : !torch.vtensor<[5],f32>
}

// -----

// One operand: its dim is the result's, nothing to check.
// CHECK-LABEL: func.func @unary_dynamic
// CHECK-NOT: cf.assert
// CHECK: return
func.func @unary_dynamic(%a: !torch.vtensor<[?,3],f32>) -> !torch.vtensor<[?,3],f32> {
  %0 = torch.aten.exp %a : !torch.vtensor<[?,3],f32> -> !torch.vtensor<[?,3],f32>
  return %0 : !torch.vtensor<[?,3],f32>
}
