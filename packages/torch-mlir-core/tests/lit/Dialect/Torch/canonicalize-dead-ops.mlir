// RUN: torch-mlir-opt %s -canonicalize -split-input-file | FileCheck %s

// Unused ops free of side effects are erased; ops that mutate, raise or are
// unknown stay.

// CHECK-LABEL: func.func @dead_value_ops(
// CHECK-NEXT:    return
func.func @dead_value_ops(%a: !torch.vtensor<[2,3],f32>, %b: !torch.vtensor<[3,4],f32>) {
  %one = torch.constant.int 1
  %0 = torch.aten.mm %a, %b : !torch.vtensor<[2,3],f32>, !torch.vtensor<[3,4],f32> -> !torch.vtensor<[2,4],f32>
  %1 = torch.aten.relu %a : !torch.vtensor<[2,3],f32> -> !torch.vtensor<[2,3],f32>
  %2 = torch.aten.add.Tensor %a, %a, %one : !torch.vtensor<[2,3],f32>, !torch.vtensor<[2,3],f32>, !torch.int -> !torch.vtensor<[2,3],f32>
  %3 = torch.vtensor.literal(dense<1.0> : tensor<2xf32>) : !torch.vtensor<[2],f32>
  %4 = torch.prim.ListConstruct %one, %one : (!torch.int, !torch.int) -> !torch.list<int>
  %5 = torch.prim.TupleConstruct %one : !torch.int -> !torch.tuple<int>
  %6 = torch.constant.str "unused"
  return
}

// -----

// CHECK-LABEL: func.func @in_place_op_stays(
// CHECK-SAME:    %[[T:.*]]: !torch.tensor<[2],f32>, %[[A:.*]]: !torch.vtensor<[2,3],f32>, %[[B:.*]]: !torch.vtensor<[3,4],f32>)
// CHECK-NEXT:    %[[ONE:.*]] = torch.constant.int 1
// CHECK-NEXT:    %{{.*}} = torch.aten.add_.Tensor %[[T]], %[[T]], %[[ONE]] : !torch.tensor<[2],f32>, !torch.tensor<[2],f32>, !torch.int -> !torch.tensor<[2],f32>
// CHECK-NOT:     torch.aten.mm
// CHECK-NEXT:    return
func.func @in_place_op_stays(%t: !torch.tensor<[2],f32>, %a: !torch.vtensor<[2,3],f32>, %b: !torch.vtensor<[3,4],f32>) {
  %one = torch.constant.int 1
  %0 = torch.aten.mm %a, %b : !torch.vtensor<[2,3],f32>, !torch.vtensor<[3,4],f32> -> !torch.vtensor<[2,4],f32>
  %1 = torch.aten.add_.Tensor %t, %t, %one : !torch.tensor<[2],f32>, !torch.tensor<[2],f32>, !torch.int -> !torch.tensor<[2],f32>
  return
}

// -----

// CHECK-LABEL: func.func @side_effects_stay(
// CHECK-SAME:    %[[V:.*]]: !torch.vtensor<[2],f32>, %{{.*}}: !torch.tensor<[2],f32>)
// CHECK-DAG:     %[[MSG:.*]] = torch.constant.str "boom"
// CHECK-DAG:     %[[NONE:.*]] = torch.constant.none
// CHECK:         torch.prim.RaiseException %[[MSG]], %[[NONE]] : !torch.str, !torch.none
// CHECK-NEXT:    %{{.*}} = torch.operator "my_ns.unknown"(%[[V]]) : (!torch.vtensor<[2],f32>) -> !torch.vtensor<[2],f32>
// CHECK-NEXT:    torch.overwrite.tensor.contents
// CHECK-NEXT:    return
func.func @side_effects_stay(%v: !torch.vtensor<[2],f32>, %t: !torch.tensor<[2],f32>) {
  %msg = torch.constant.str "boom"
  %none = torch.constant.none
  torch.prim.RaiseException %msg, %none : !torch.str, !torch.none
  %0 = torch.operator "my_ns.unknown"(%v) : (!torch.vtensor<[2],f32>) -> !torch.vtensor<[2],f32>
  torch.overwrite.tensor.contents %v overwrites %t : !torch.vtensor<[2],f32>, !torch.tensor<[2],f32>
  return
}

// -----

// Duplicate constants are merged.
// CHECK-LABEL: func.func @constants_deduplicated()
// CHECK-NEXT:    %[[C:.*]] = torch.constant.int 3
// CHECK-NEXT:    return %[[C]], %[[C]] : !torch.int, !torch.int
func.func @constants_deduplicated() -> (!torch.int, !torch.int) {
  %0 = torch.constant.int 3
  %1 = torch.constant.int 3
  return %0, %1 : !torch.int, !torch.int
}

// -----

// Control flow has the effects of its body: an unused If or Loop of pure ops
// goes, an If that may raise stays.
// CHECK-LABEL: func.func @dead_control_flow(
// CHECK-NOT:     torch.prim.Loop
// CHECK:         torch.prim.If %{{.*}} {
// CHECK-NEXT:      torch.prim.RaiseException
// CHECK-NEXT:      torch.prim.If.yield
// CHECK-NEXT:    } else {
// CHECK-NEXT:      torch.prim.If.yield
// CHECK-NEXT:    }
// CHECK-NEXT:    return
func.func @dead_control_flow(%c: !torch.bool, %a: !torch.int, %n: !torch.int) {
  %0 = torch.prim.If %c -> (!torch.int) {
    %1 = torch.aten.add.int %a, %a : !torch.int, !torch.int -> !torch.int
    torch.prim.If.yield %1 : !torch.int
  } else {
    torch.prim.If.yield %a : !torch.int
  }
  torch.prim.If %c {
    %msg = torch.constant.str "x"
    %none = torch.constant.none
    torch.prim.RaiseException %msg, %none : !torch.str, !torch.none
    torch.prim.If.yield
  } else {
    torch.prim.If.yield
  }
  %2 = torch.prim.Loop %n, %c, init(%a) {
  ^bb0(%i: !torch.int, %x: !torch.int):
    %3 = torch.aten.add.int %x, %i : !torch.int, !torch.int -> !torch.int
    torch.prim.Loop.condition %c, iter(%3 : !torch.int)
  } : (!torch.int, !torch.bool, !torch.int) -> !torch.int
  return
}
