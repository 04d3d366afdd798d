// RUN: torch-mlir-opt %s | torch-mlir-opt | FileCheck %s

// TorchScript control flow: prim.If and prim.Loop.

// CHECK-LABEL: func.func @if_with_result(
// CHECK-SAME:    %[[C:.*]]: !torch.bool, %[[A:.*]]: !torch.int, %[[B:.*]]: !torch.int)
// CHECK-NEXT:    %[[R:.*]] = torch.prim.If %[[C]] -> (!torch.int) {
// CHECK-NEXT:      torch.prim.If.yield %[[A]] : !torch.int
// CHECK-NEXT:    } else {
// CHECK-NEXT:      %[[S:.*]] = torch.operator "aten.add.int"(%[[A]], %[[B]]) : (!torch.int, !torch.int) -> !torch.int
// CHECK-NEXT:      torch.prim.If.yield %[[S]] : !torch.int
// CHECK-NEXT:    }
// CHECK-NEXT:    return %[[R]] : !torch.int
func.func @if_with_result(%c: !torch.bool, %a: !torch.int, %b: !torch.int) -> !torch.int {
  %0 = torch.prim.If %c -> (!torch.int) {
    torch.prim.If.yield %a : !torch.int
  } else {
    %1 = torch.operator "aten.add.int"(%a, %b) : (!torch.int, !torch.int) -> !torch.int
    torch.prim.If.yield %1 : !torch.int
  }
  return %0 : !torch.int
}

// CHECK-LABEL: func.func @if_without_results(
// CHECK-NEXT:    torch.prim.If %{{.*}} {
// CHECK-NEXT:      torch.operator "my_ns.effect"() : () -> ()
// CHECK-NEXT:      torch.prim.If.yield{{$}}
// CHECK-NEXT:    } else {
// CHECK-NEXT:      torch.prim.If.yield{{$}}
// CHECK-NEXT:    }
func.func @if_without_results(%c: !torch.bool) {
  torch.prim.If %c {
    torch.operator "my_ns.effect"() : () -> ()
    torch.prim.If.yield
  } else {
    torch.prim.If.yield
  }
  return
}

// CHECK-LABEL: func.func @if_several_results(
// CHECK-NEXT:    %{{.*}}:2 = torch.prim.If %{{.*}} -> (!torch.int, !torch.vtensor<[2],f32>) {
// CHECK-NEXT:      torch.prim.If.yield %{{.*}}, %{{.*}} : !torch.int, !torch.vtensor<[2],f32>
// CHECK-NEXT:    } else {
func.func @if_several_results(%c: !torch.bool, %a: !torch.int, %v: !torch.vtensor<[2],f32>,
                              %w: !torch.vtensor<[2],f32>) {
  %0:2 = torch.prim.If %c -> (!torch.int, !torch.vtensor<[2],f32>) {
    torch.prim.If.yield %a, %v : !torch.int, !torch.vtensor<[2],f32>
  } else {
    torch.prim.If.yield %a, %w : !torch.int, !torch.vtensor<[2],f32>
  }
  return
}

// A for loop with a loop-carried accumulator.
// CHECK-LABEL: func.func @loop_with_iter_args(
// CHECK-SAME:    %[[N:.*]]: !torch.int, %[[INIT:.*]]: !torch.int)
// CHECK-NEXT:    %[[TRUE:.*]] = torch.constant.bool true
// CHECK-NEXT:    %[[R:.*]] = torch.prim.Loop %[[N]], %[[TRUE]], init(%[[INIT]]) {
// CHECK-NEXT:    ^bb0(%[[I:.*]]: !torch.int, %[[ACC:.*]]: !torch.int):
// CHECK-NEXT:      %[[NEXT:.*]] = torch.operator "aten.add.int"(%[[ACC]], %[[I]]) : (!torch.int, !torch.int) -> !torch.int
// CHECK-NEXT:      torch.prim.Loop.condition %[[TRUE]], iter(%[[NEXT]] : !torch.int)
// CHECK-NEXT:    } : (!torch.int, !torch.bool, !torch.int) -> !torch.int
// CHECK-NEXT:    return %[[R]] : !torch.int
func.func @loop_with_iter_args(%n: !torch.int, %init: !torch.int) -> !torch.int {
  %true = torch.constant.bool true
  %0 = torch.prim.Loop %n, %true, init(%init) {
  ^bb0(%i: !torch.int, %acc: !torch.int):
    %1 = torch.operator "aten.add.int"(%acc, %i) : (!torch.int, !torch.int) -> !torch.int
    torch.prim.Loop.condition %true, iter(%1 : !torch.int)
  } : (!torch.int, !torch.bool, !torch.int) -> !torch.int
  return %0 : !torch.int
}

// Several carried values.
// CHECK-LABEL: func.func @loop_two_iter_args(
// CHECK:         %{{.*}}:2 = torch.prim.Loop %{{.*}}, %{{.*}}, init(%{{.*}}, %{{.*}}) {
// CHECK-NEXT:    ^bb0(%{{.*}}: !torch.int, %[[X:.*]]: !torch.int, %[[Y:.*]]: !torch.vtensor):
// CHECK-NEXT:      torch.prim.Loop.condition %{{.*}}, iter(%[[X]], %[[Y]] : !torch.int, !torch.vtensor)
// CHECK-NEXT:    } : (!torch.int, !torch.bool, !torch.int, !torch.vtensor) -> (!torch.int, !torch.vtensor)
func.func @loop_two_iter_args(%n: !torch.int, %c: !torch.bool, %a: !torch.int, %v: !torch.vtensor) {
  %0:2 = torch.prim.Loop %n, %c, init(%a, %v) {
  ^bb0(%i: !torch.int, %x: !torch.int, %y: !torch.vtensor):
    torch.prim.Loop.condition %c, iter(%x, %y : !torch.int, !torch.vtensor)
  } : (!torch.int, !torch.bool, !torch.int, !torch.vtensor) -> (!torch.int, !torch.vtensor)
  return
}

// A while-style loop without carried values.
// CHECK-LABEL: func.func @loop_without_iter_args(
// CHECK:         torch.prim.Loop %{{.*}}, %{{.*}}, init() {
// CHECK-NEXT:    ^bb0(%{{.*}}: !torch.int):
// CHECK-NEXT:      torch.prim.Loop.condition %{{.*}}, iter(){{$}}
// CHECK-NEXT:    } : (!torch.int, !torch.bool) -> (){{$}}
func.func @loop_without_iter_args(%n: !torch.int, %c: !torch.bool) {
  torch.prim.Loop %n, %c, init() {
  ^bb0(%i: !torch.int):
    torch.prim.Loop.condition %c, iter()
  } : (!torch.int, !torch.bool) -> ()
  return
}
