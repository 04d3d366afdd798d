// RUN: torch-mlir-opt %s -torch-lower-to-linalg -split-input-file | FileCheck %s

// torch.prim.If -> scf.if; the regions are lowered in place, the yielded
// values become scf.yield operands of the converted types.

// CHECK-LABEL: func.func @if_tensor(
// CHECK-SAME:    %[[P:.*]]: tensor<i1>, %[[X:.*]]: tensor<3xf32>) -> tensor<3xf32>
// CHECK:         %[[C:.*]] = tensor.extract %[[P]][] : tensor<i1>
// CHECK:         %[[R:.*]] = scf.if %[[C]] -> (tensor<3xf32>) {
// CHECK:           %[[T:.*]] = linalg.generic
// CHECK:             math.sin
// CHECK:           scf.yield %[[T]] : tensor<3xf32>
// CHECK:         } else {
// CHECK:           scf.yield %[[X]] : tensor<3xf32>
// CHECK:         }
// CHECK:         return %[[R]]
func.func @if_tensor(%p: !torch.vtensor<[],i1>, %x: !torch.vtensor<[3],f32>) -> !torch.vtensor<[3],f32> {
  %c = torch.aten.Bool.Tensor %p : !torch.vtensor<[],i1> -> !torch.bool
  %0 = torch.prim.If %c -> (!torch.vtensor<[3],f32>) {
    %1 = torch.aten.sin %x : !torch.vtensor<[3],f32> -> !torch.vtensor<[3],f32>
    torch.prim.If.yield %1 : !torch.vtensor<[3],f32>
  } else {
    torch.prim.If.yield %x : !torch.vtensor<[3],f32>
  }
  return %0 : !torch.vtensor<[3],f32>
}

// -----

// Dynamic shapes and several results, one of them a compile-time constant in
// one branch (materialized as an arith.constant inside that branch).
// CHECK-LABEL: func.func @if_dynamic_two_results(
// CHECK-SAME:    %[[C:.*]]: i1, %[[X:.*]]: tensor<?x4xf32>) -> (tensor<?x4xf32>, i64)
// CHECK:         %[[R:.*]]:2 = scf.if %[[C]] -> (tensor<?x4xf32>, i64) {
// CHECK:           %[[D:.*]] = tensor.dim %[[X]], %{{.*}} : tensor<?x4xf32>
// CHECK:           %[[DI:.*]] = arith.index_cast %[[D]] : index to i64
// CHECK:           %[[N:.*]] = linalg.generic
// CHECK:             arith.negf
// CHECK:           scf.yield %[[N]], %[[DI]] : tensor<?x4xf32>, i64
// CHECK:         } else {
// CHECK:           %[[SEVEN:.*]] = arith.constant 7 : i64
// CHECK:           scf.yield %[[X]], %[[SEVEN]] : tensor<?x4xf32>, i64
// CHECK:         }
// CHECK:         return %[[R]]#0, %[[R]]#1
func.func @if_dynamic_two_results(%c: !torch.bool, %x: !torch.vtensor<[?,4],f32>) -> (!torch.vtensor<[?,4],f32>, !torch.int) {
  %int0 = torch.constant.int 0
  %int7 = torch.constant.int 7
  %0:2 = torch.prim.If %c -> (!torch.vtensor<[?,4],f32>, !torch.int) {
    %d = torch.aten.size.int %x, %int0 : !torch.vtensor<[?,4],f32>, !torch.int -> !torch.int
    %1 = torch.aten.neg %x : !torch.vtensor<[?,4],f32> -> !torch.vtensor<[?,4],f32>
    torch.prim.If.yield %1, %d : !torch.vtensor<[?,4],f32>, !torch.int
  } else {
    torch.prim.If.yield %x, %int7 : !torch.vtensor<[?,4],f32>, !torch.int
  }
  return %0#0, %0#1 : !torch.vtensor<[?,4],f32>, !torch.int
}

// -----

// A condition known at compile time: only the region that runs is lowered,
// in place (no scf.if).
// CHECK-LABEL: func.func @if_constant_condition(
// CHECK-NOT:     scf.if
// CHECK:         math.cos
// CHECK-NOT:     math.sin
// CHECK:         return
func.func @if_constant_condition(%x: !torch.vtensor<[3],f32>) -> !torch.vtensor<[3],f32> {
  %false = torch.constant.bool false
  %0 = torch.prim.If %false -> (!torch.vtensor<[3],f32>) {
    %1 = torch.aten.sin %x : !torch.vtensor<[3],f32> -> !torch.vtensor<[3],f32>
    torch.prim.If.yield %1 : !torch.vtensor<[3],f32>
  } else {
    %1 = torch.aten.cos %x : !torch.vtensor<[3],f32> -> !torch.vtensor<[3],f32>
    torch.prim.If.yield %1 : !torch.vtensor<[3],f32>
  }
  return %0 : !torch.vtensor<[3],f32>
}

// -----

// A `for` loop (condition constant true on entry and in the body) -> scf.for
// over i64 with the iteration index as the torch int.
// CHECK-LABEL: func.func @for_loop(
// CHECK-SAME:    %[[N:.*]]: i64, %[[X:.*]]: tensor<?xf32>) -> tensor<?xf32>
// CHECK-DAG:     %[[ZERO:.*]] = arith.constant 0 : i64
// CHECK-DAG:     %[[ONE:.*]] = arith.constant 1 : i64
// CHECK:         %[[R:.*]] = scf.for %[[I:.*]] = %[[ZERO]] to %[[N]] step %[[ONE]] iter_args(%[[ACC:.*]] = %[[X]]) -> (tensor<?xf32>)  : i64 {
// CHECK:           %[[IF:.*]] = arith.sitofp %[[I]] : i64 to f64
// CHECK:           %[[ADD:.*]] = linalg.generic
// CHECK-SAME:        ins(%[[ACC]]
// CHECK:           scf.yield %[[ADD]] : tensor<?xf32>
// CHECK:         }
// CHECK:         return %[[R]]
func.func @for_loop(%n: !torch.int, %x: !torch.vtensor<[?],f32>) -> !torch.vtensor<[?],f32> {
  %true = torch.constant.bool true
  %int1 = torch.constant.int 1
  %0 = torch.prim.Loop %n, %true, init(%x) {
  ^bb0(%i: !torch.int, %acc: !torch.vtensor<[?],f32>):
    %f = torch.aten.Float.Scalar %i : !torch.int -> !torch.float
    %1 = torch.aten.add.Scalar %acc, %f, %int1 : !torch.vtensor<[?],f32>, !torch.float, !torch.int -> !torch.vtensor<[?],f32>
    torch.prim.Loop.condition %true, iter(%1 : !torch.vtensor<[?],f32>)
  } : (!torch.int, !torch.bool, !torch.vtensor<[?],f32>) -> !torch.vtensor<[?],f32>
  return %0 : !torch.vtensor<[?],f32>
}

// -----

// A `while` loop (what torch.export's while_loop becomes): scf.while carrying
// the loop-carried values, the iteration index and the condition; the
// maximum trip count INT64_MAX needs no bound check.
// CHECK-LABEL: func.func @while_loop(
// CHECK-SAME:    %[[X:.*]]: tensor<3xf32>, %[[LIM:.*]]: tensor<i64>) -> (tensor<3xf32>, tensor<i64>)
// CHECK:         %[[FIRST:.*]] = tensor.extract
// CHECK:         %[[W:.*]]:4 = scf.while (%[[K:.*]] = %{{.*}}, %[[T:.*]] = %[[X]], %[[I:.*]] = %{{.*}}, %[[GO:.*]] = %[[FIRST]]) : (tensor<i64>, tensor<3xf32>, i64, i1) -> (tensor<i64>, tensor<3xf32>, i64, i1) {
// CHECK-NOT:       arith.cmpi slt, %[[I]]
// CHECK:           scf.condition(%[[GO]]) %[[K]], %[[T]], %[[I]], %[[GO]] : tensor<i64>, tensor<3xf32>, i64, i1
// CHECK:         } do {
// CHECK:         ^bb0(%[[K2:.*]]: tensor<i64>, %[[T2:.*]]: tensor<3xf32>, %[[I2:.*]]: i64, %{{.*}}: i1):
// CHECK:           %[[NK:.*]] = linalg.generic {{.*}} ins(%[[K2]]
// CHECK:           %[[NT:.*]] = linalg.generic {{.*}} ins(%[[T2]]
// CHECK:           %[[AGAIN:.*]] = tensor.extract
// CHECK:           %[[NI:.*]] = arith.addi %[[I2]], %{{.*}} : i64
// CHECK:           scf.yield %[[NK]], %[[NT]], %[[NI]], %[[AGAIN]] : tensor<i64>, tensor<3xf32>, i64, i1
// CHECK:         }
// CHECK:         return %[[W]]#1, %[[W]]#0
func.func @while_loop(%x: !torch.vtensor<[3],f32>, %lim: !torch.vtensor<[],si64>) -> (!torch.vtensor<[3],f32>, !torch.vtensor<[],si64>) {
  %max = torch.constant.int 9223372036854775807
  %int1 = torch.constant.int 1
  %float2 = torch.constant.float 2.0
  %zero = torch.vtensor.literal(dense<0> : tensor<si64>) : !torch.vtensor<[],si64>
  %lt0 = torch.aten.lt.Tensor %zero, %lim : !torch.vtensor<[],si64>, !torch.vtensor<[],si64> -> !torch.vtensor<[],i1>
  %first = torch.aten.Bool.Tensor %lt0 : !torch.vtensor<[],i1> -> !torch.bool
  %0:2 = torch.prim.Loop %max, %first, init(%zero, %x) {
  ^bb0(%i: !torch.int, %k: !torch.vtensor<[],si64>, %t: !torch.vtensor<[3],f32>):
    %1 = torch.aten.add.Scalar %k, %int1, %int1 : !torch.vtensor<[],si64>, !torch.int, !torch.int -> !torch.vtensor<[],si64>
    %2 = torch.aten.mul.Scalar %t, %float2 : !torch.vtensor<[3],f32>, !torch.float -> !torch.vtensor<[3],f32>
    %3 = torch.aten.lt.Tensor %1, %lim : !torch.vtensor<[],si64>, !torch.vtensor<[],si64> -> !torch.vtensor<[],i1>
    %4 = torch.aten.Bool.Tensor %3 : !torch.vtensor<[],i1> -> !torch.bool
    torch.prim.Loop.condition %4, iter(%1, %2 : !torch.vtensor<[],si64>, !torch.vtensor<[3],f32>)
  } : (!torch.int, !torch.bool, !torch.vtensor<[],si64>, !torch.vtensor<[3],f32>) -> (!torch.vtensor<[],si64>, !torch.vtensor<[3],f32>)
  return %0#1, %0#0 : !torch.vtensor<[3],f32>, !torch.vtensor<[],si64>
}

// -----

// A bounded while loop (a trip count that is not INT64_MAX) checks i < max
// before each iteration, as well as the condition; carried scalars are i64.
// CHECK-LABEL: func.func @bounded_while(
// CHECK-SAME:    %[[C:.*]]: i1) -> i64
// CHECK:         %[[W:.*]]:3 = scf.while (%[[S:.*]] = %{{.*}}, %[[I:.*]] = %{{.*}}, %[[GO:.*]] = %[[C]]) : (i64, i64, i1) -> (i64, i64, i1) {
// CHECK:           %[[LT:.*]] = arith.cmpi slt, %[[I]], %{{.*}} : i64
// CHECK:           %[[BOTH:.*]] = arith.andi %[[GO]], %[[LT]] : i1
// CHECK:           scf.condition(%[[BOTH]]) %[[S]], %[[I]], %[[GO]] : i64, i64, i1
// CHECK:         } do {
// CHECK:           arith.muli
// CHECK:           arith.cmpi slt
// CHECK:         }
// CHECK:         return %[[W]]#0 : i64
func.func @bounded_while(%c: !torch.bool) -> !torch.int {
  %int10 = torch.constant.int 10
  %int1 = torch.constant.int 1
  %int3 = torch.constant.int 3
  %int100 = torch.constant.int 100
  %0 = torch.prim.Loop %int10, %c, init(%int1) {
  ^bb0(%i: !torch.int, %s: !torch.int):
    %1 = torch.aten.mul.int %s, %int3 : !torch.int, !torch.int -> !torch.int
    %2 = torch.aten.lt.int %1, %int100 : !torch.int, !torch.int -> !torch.bool
    torch.prim.Loop.condition %2, iter(%1 : !torch.int)
  } : (!torch.int, !torch.bool, !torch.int) -> !torch.int
  return %0 : !torch.int
}

// -----

// __is__ / __isnot__ on None fold at compile time.
// CHECK-LABEL: func.func @is_none(
// CHECK-SAME:    %[[X:.*]]: tensor<2xf32>) -> tensor<2xf32>
// CHECK-NOT:     scf.if
// CHECK:         linalg.generic
// CHECK:           math.exp
// CHECK:         return
func.func @is_none(%x: !torch.vtensor<[2],f32>) -> !torch.vtensor<[2],f32> {
  %none = torch.constant.none
  %opt = torch.derefine %x : !torch.vtensor<[2],f32> to !torch.optional<vtensor<[2],f32>>
  %is = torch.aten.__is__ %opt, %none : !torch.optional<vtensor<[2],f32>>, !torch.none -> !torch.bool
  %0 = torch.prim.If %is -> (!torch.vtensor<[2],f32>) {
    torch.prim.If.yield %x : !torch.vtensor<[2],f32>
  } else {
    %isnot = torch.aten.__isnot__ %opt, %none : !torch.optional<vtensor<[2],f32>>, !torch.none -> !torch.bool
    %1 = torch.prim.If %isnot -> (!torch.vtensor<[2],f32>) {
      %2 = torch.aten.exp %x : !torch.vtensor<[2],f32> -> !torch.vtensor<[2],f32>
      torch.prim.If.yield %2 : !torch.vtensor<[2],f32>
    } else {
      torch.prim.If.yield %x : !torch.vtensor<[2],f32>
    }
    torch.prim.If.yield %1 : !torch.vtensor<[2],f32>
  }
  return %0 : !torch.vtensor<[2],f32>
}
