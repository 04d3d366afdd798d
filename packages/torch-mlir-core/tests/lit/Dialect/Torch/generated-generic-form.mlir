// RUN: torch-mlir-opt %s | FileCheck %s
// RUN: torch-mlir-opt %s | torch-mlir-opt | FileCheck %s
// RUN: torch-mlir-opt %s --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC

// Generated ops parse from the generic form and print in the custom form.

// CHECK-LABEL: func.func @generic_mm(
// CHECK-SAME:    %[[A:.*]]: !torch.vtensor<[2,3],f32>, %[[B:.*]]: !torch.vtensor<[3,4],f32>)
// CHECK-NEXT:    %[[R:.*]] = torch.aten.mm %[[A]], %[[B]] : !torch.vtensor<[2,3],f32>, !torch.vtensor<[3,4],f32> -> !torch.vtensor<[2,4],f32>
// CHECK-NEXT:    return %[[R]]
// GENERIC-LABEL: "func.func"
// GENERIC:         "torch.aten.mm"(%{{.*}}, %{{.*}}) : (!torch.vtensor<[2,3],f32>, !torch.vtensor<[3,4],f32>) -> !torch.vtensor<[2,4],f32>
func.func @generic_mm(%a: !torch.vtensor<[2,3],f32>, %b: !torch.vtensor<[3,4],f32>) -> !torch.vtensor<[2,4],f32> {
  %0 = "torch.aten.mm"(%a, %b) : (!torch.vtensor<[2,3],f32>, !torch.vtensor<[3,4],f32>) -> !torch.vtensor<[2,4],f32>
  return %0 : !torch.vtensor<[2,4],f32>
}

// Zero operands; zero results.
// CHECK-LABEL: func.func @generic_edge_cases(
// CHECK-NEXT:    %{{.*}} = torch.prim.Uninitialized : -> !torch.int{{$}}
// CHECK-NEXT:    torch.prim.RaiseException %{{.*}}, %{{.*}} : !torch.str, !torch.none{{$}}
// GENERIC:       "torch.prim.Uninitialized"() : () -> !torch.int
// GENERIC:       "torch.prim.RaiseException"(%{{.*}}, %{{.*}}) : (!torch.str, !torch.none) -> ()
func.func @generic_edge_cases(%s: !torch.str, %n: !torch.none) {
  %0 = "torch.prim.Uninitialized"() : () -> !torch.int
  "torch.prim.RaiseException"(%s, %n) : (!torch.str, !torch.none) -> ()
  return
}

// Discardable attributes on generated ops are kept.
// CHECK-LABEL: func.func @generic_with_attr(
// CHECK-NEXT:    torch.aten.relu %{{.*}} {note = "x"} : !torch.vtensor -> !torch.vtensor
// GENERIC:       "torch.aten.relu"(%{{.*}}) {note = "x"} : (!torch.vtensor) -> !torch.vtensor
func.func @generic_with_attr(%a: !torch.vtensor) {
  %0 = "torch.aten.relu"(%a) {note = "x"} : (!torch.vtensor) -> !torch.vtensor
  return
}
