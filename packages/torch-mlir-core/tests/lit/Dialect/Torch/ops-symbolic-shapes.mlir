// RUN: torch-mlir-opt %s | torch-mlir-opt | FileCheck %s

// Symbolic dims from torch.export: symbolic_int declares a symbol with its
// range; bind_symbolic_shape ties a tensor's dims to affine expressions.

// CHECK-DAG: #[[MAP2D:.*]] = affine_map<()[s0, s1] -> (s0, s1 * 2)>
// CHECK-DAG: #[[MAP3D:.*]] = affine_map<()[s0] -> (s0, 3, s0 + 1)>

// CHECK-LABEL: func.func @symbolic_shapes(
// CHECK-SAME:    %[[T:.*]]: !torch.vtensor<[?,?],f32>, %[[U:.*]]: !torch.vtensor<[?,3,?],si64>)
// CHECK-NEXT:    %[[S0:.*]] = torch.symbolic_int "s0"{{ ?}}{min_val = 2, max_val = 9223372036854775806} : !torch.int
// CHECK-NEXT:    %[[S1:.*]] = torch.symbolic_int "s1"{{ ?}}{min_val = 0, max_val = 10} : !torch.int
// CHECK-NEXT:    torch.bind_symbolic_shape %[[T]], [%[[S0]], %[[S1]]], #[[MAP2D]] : !torch.vtensor<[?,?],f32>
// CHECK-NEXT:    torch.bind_symbolic_shape %[[U]], [%[[S0]]], #[[MAP3D]] : !torch.vtensor<[?,3,?],si64>
func.func @symbolic_shapes(%t: !torch.vtensor<[?,?],f32>, %u: !torch.vtensor<[?,3,?],si64>) {
  %s0 = torch.symbolic_int "s0" {min_val = 2, max_val = 9223372036854775806} : !torch.int
  %s1 = torch.symbolic_int "s1" {min_val = 0, max_val = 10} : !torch.int
  torch.bind_symbolic_shape %t, [%s0, %s1], affine_map<()[s0, s1] -> (s0, s1 * 2)> : !torch.vtensor<[?,?],f32>
  torch.bind_symbolic_shape %u, [%s0], affine_map<()[s0] -> (s0, 3, s0 + 1)> : !torch.vtensor<[?,3,?],si64>
  return
}

// A range of one value is allowed.
// CHECK-LABEL: func.func @singleton_range()
// CHECK-NEXT:    torch.symbolic_int "s2"{{ ?}}{min_val = 5, max_val = 5} : !torch.int
func.func @singleton_range() {
  %s2 = torch.symbolic_int "s2" {min_val = 5, max_val = 5} : !torch.int
  return
}

// Binding an unranked tensor fixes no rank to check against.
// CHECK-LABEL: func.func @bind_unranked(
// CHECK:         torch.bind_symbolic_shape %{{.*}}, [%{{.*}}], #{{.*}} : !torch.vtensor<*,f32>
func.func @bind_unranked(%u: !torch.vtensor<*,f32>) {
  %s0 = torch.symbolic_int "s0" {min_val = 0, max_val = 100} : !torch.int
  torch.bind_symbolic_shape %u, [%s0], affine_map<()[s0] -> (s0, s0)> : !torch.vtensor<*,f32>
  return
}

// Non-value tensors can be bound too.
// CHECK-LABEL: func.func @bind_non_value(
// CHECK:         torch.bind_symbolic_shape %{{.*}}, [%{{.*}}], #{{.*}} : !torch.tensor<[?],f32>
func.func @bind_non_value(%t: !torch.tensor<[?],f32>) {
  %s0 = torch.symbolic_int "s0" {min_val = 1, max_val = 8} : !torch.int
  torch.bind_symbolic_shape %t, [%s0], affine_map<()[s0] -> (s0)> : !torch.tensor<[?],f32>
  return
}
