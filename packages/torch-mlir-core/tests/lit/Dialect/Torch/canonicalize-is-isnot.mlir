// RUN: torch-mlir-opt %s -canonicalize -split-input-file | FileCheck %s

// `x is None` is decided by the static types when they allow only one answer.

// CHECK-LABEL: func.func @none_is_none()
// CHECK-DAG:     %[[TRUE:.*]] = torch.constant.bool true
// CHECK-DAG:     %[[FALSE:.*]] = torch.constant.bool false
// CHECK-NOT:     torch.aten.__is
// CHECK:         return %[[TRUE]], %[[FALSE]] : !torch.bool, !torch.bool
func.func @none_is_none() -> (!torch.bool, !torch.bool) {
  %none = torch.constant.none
  %0 = torch.aten.__is__ %none, %none : !torch.none, !torch.none -> !torch.bool
  %1 = torch.aten.__isnot__ %none, %none : !torch.none, !torch.none -> !torch.bool
  return %0, %1 : !torch.bool, !torch.bool
}

// -----

// A value whose type cannot hold None is never None, on either side.
// CHECK-LABEL: func.func @non_optional_is_none(
// CHECK-DAG:     %[[TRUE:.*]] = torch.constant.bool true
// CHECK-DAG:     %[[FALSE:.*]] = torch.constant.bool false
// CHECK-NOT:     torch.aten.__is
// CHECK:         return %[[FALSE]], %[[TRUE]], %[[FALSE]] : !torch.bool, !torch.bool, !torch.bool
func.func @non_optional_is_none(%i: !torch.int, %v: !torch.vtensor) -> (!torch.bool, !torch.bool, !torch.bool) {
  %none = torch.constant.none
  %0 = torch.aten.__is__ %i, %none : !torch.int, !torch.none -> !torch.bool
  %1 = torch.aten.__isnot__ %v, %none : !torch.vtensor, !torch.none -> !torch.bool
  %2 = torch.aten.__is__ %none, %i : !torch.none, !torch.int -> !torch.bool
  return %0, %1, %2 : !torch.bool, !torch.bool, !torch.bool
}

// -----

// optional, any and union values may be None: kept.
// CHECK-LABEL: func.func @maybe_none(
// CHECK:         torch.aten.__is__ %{{.*}}, %{{.*}} : !torch.optional<int>, !torch.none -> !torch.bool
// CHECK:         torch.aten.__isnot__ %{{.*}}, %{{.*}} : !torch.any, !torch.none -> !torch.bool
// CHECK:         torch.aten.__is__ %{{.*}}, %{{.*}} : !torch.union<int, none>, !torch.none -> !torch.bool
func.func @maybe_none(%o: !torch.optional<int>, %a: !torch.any, %u: !torch.union<int, none>) -> (!torch.bool, !torch.bool, !torch.bool) {
  %none = torch.constant.none
  %0 = torch.aten.__is__ %o, %none : !torch.optional<int>, !torch.none -> !torch.bool
  %1 = torch.aten.__isnot__ %a, %none : !torch.any, !torch.none -> !torch.bool
  %2 = torch.aten.__is__ %u, %none : !torch.union<int, none>, !torch.none -> !torch.bool
  return %0, %1, %2 : !torch.bool, !torch.bool, !torch.bool
}
