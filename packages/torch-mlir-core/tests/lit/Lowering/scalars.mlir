// RUN: torch-mlir-opt %s -torch-lower-to-linalg -split-input-file | FileCheck %s

// The shared scalar rules: compile-time constants fold in Python, run-time
// !torch.int/float/bool values become i64/f64/i1 arith.

// Constant operands fold in Python (with Python's floor division and
// remainder); only the returned values are materialized.
// CHECK-LABEL: func.func @fold_constants() -> (i64, f64, i1)
// CHECK-DAG:     %[[I:.*]] = arith.constant 4 : i64
// CHECK-DAG:     %[[F:.*]] = arith.constant 6.000000e+00 : f64
// CHECK-DAG:     %[[B:.*]] = arith.constant true
// CHECK-NOT:     arith.muli
// CHECK:         return %[[I]], %[[F]], %[[B]] : i64, f64, i1
func.func @fold_constants() -> (!torch.int, !torch.float, !torch.bool) {
  %int7 = torch.constant.int 7
  %int-2 = torch.constant.int -2
  %float = torch.constant.float 1.5
  %0 = torch.aten.floordiv.int %int7, %int-2 : !torch.int, !torch.int -> !torch.int
  %1 = torch.aten.remainder.int %int7, %int-2 : !torch.int, !torch.int -> !torch.int
  %2 = torch.aten.mul.int %0, %1 : !torch.int, !torch.int -> !torch.int
  %3 = torch.aten.mul.float_int %float, %2 : !torch.float, !torch.int -> !torch.float
  %4 = torch.aten.lt.int %2, %int7 : !torch.int, !torch.int -> !torch.bool
  return %2, %3, %4 : !torch.int, !torch.float, !torch.bool
}

// -----

// size.int: tensor.dim for a dynamic dim, a constant for a static one
// (negative dims count from the end).
// CHECK-LABEL: func.func @size_int_dynamic(
// CHECK-SAME:    %[[X:.*]]: tensor<?x4xf32>) -> (i64, i64)
// CHECK:         %[[C0:.*]] = arith.constant 0 : index
// CHECK:         %[[D:.*]] = tensor.dim %[[X]], %[[C0]] : tensor<?x4xf32>
// CHECK:         %[[DI:.*]] = arith.index_cast %[[D]] : index to i64
// CHECK:         %[[FOUR:.*]] = arith.constant 4 : i64
// CHECK:         return %[[DI]], %[[FOUR]] : i64, i64
func.func @size_int_dynamic(%arg0: !torch.vtensor<[?,4],f32>) -> (!torch.int, !torch.int) {
  %int0 = torch.constant.int 0
  %int-1 = torch.constant.int -1
  %0 = torch.aten.size.int %arg0, %int0 : !torch.vtensor<[?,4],f32>, !torch.int -> !torch.int
  %1 = torch.aten.size.int %arg0, %int-1 : !torch.vtensor<[?,4],f32>, !torch.int -> !torch.int
  return %0, %1 : !torch.int, !torch.int
}

// -----

// CHECK-LABEL: func.func @int_arith_runtime(
// CHECK-SAME:    %[[A:.*]]: i64, %[[B:.*]]: i64)
// CHECK:         %[[C3:.*]] = arith.constant 3 : i64
// CHECK:         %[[S:.*]] = arith.addi %[[A]], %[[C3]] : i64
// CHECK:         %[[M:.*]] = arith.muli %[[S]], %[[B]] : i64
// CHECK:         %[[FD:.*]] = arith.floordivsi %[[M]], %[[B]] : i64
// CHECK:         %[[R:.*]] = arith.remsi %[[A]], %[[B]] : i64
// CHECK:         %[[ADJ:.*]] = arith.addi %[[R]], %[[B]] : i64
// CHECK:         %[[FIX:.*]] = arith.andi
// CHECK:         %[[REM:.*]] = arith.select %[[FIX]], %[[ADJ]], %[[R]] : i64
// CHECK:         %[[NEG:.*]] = arith.subi %{{.*}}, %[[A]] : i64
// CHECK:         return %[[M]], %[[FD]], %[[REM]], %[[NEG]]
func.func @int_arith_runtime(%a: !torch.int, %b: !torch.int) -> (!torch.int, !torch.int, !torch.int, !torch.int) {
  %int3 = torch.constant.int 3
  %0 = torch.aten.add.int %a, %int3 : !torch.int, !torch.int -> !torch.int
  %1 = torch.aten.mul.int %0, %b : !torch.int, !torch.int -> !torch.int
  %2 = torch.aten.floordiv.int %1, %b : !torch.int, !torch.int -> !torch.int
  %3 = torch.aten.remainder.int %a, %b : !torch.int, !torch.int -> !torch.int
  %4 = torch.aten.neg.int %a : !torch.int -> !torch.int
  return %1, %2, %3, %4 : !torch.int, !torch.int, !torch.int, !torch.int
}

// -----

// CHECK-LABEL: func.func @float_and_mixed_runtime(
// CHECK-SAME:    %[[A:.*]]: i64, %[[X:.*]]: f64)
// CHECK:         %[[AF:.*]] = arith.sitofp %[[A]] : i64 to f64
// CHECK:         %[[MUL:.*]] = arith.mulf %[[AF]], %[[X]] : f64
// CHECK:         %[[DIV:.*]] = arith.divf %{{.*}}, %{{.*}} : f64
// CHECK:         %[[GT:.*]] = arith.cmpf ogt, %[[X]], %{{.*}} : f64
// CHECK:         %[[CEIL:.*]] = math.ceil %[[X]] : f64
// CHECK:         %[[CI:.*]] = arith.fptosi %[[CEIL]] : f64 to i64
// CHECK:         return %[[MUL]], %[[DIV]], %[[GT]], %[[CI]] : f64, f64, i1, i64
func.func @float_and_mixed_runtime(%a: !torch.int, %x: !torch.float) -> (!torch.float, !torch.float, !torch.bool, !torch.int) {
  %0 = torch.aten.mul.int_float %a, %x : !torch.int, !torch.float -> !torch.float
  %1 = torch.aten.div.int %a, %a : !torch.int, !torch.int -> !torch.float
  %2 = torch.aten.gt.float_int %x, %a : !torch.float, !torch.int -> !torch.bool
  %3 = torch.aten.ceil.float %x : !torch.float -> !torch.int
  return %0, %1, %2, %3 : !torch.float, !torch.float, !torch.bool, !torch.int
}

// -----

// CHECK-LABEL: func.func @conversions_and_not(
// CHECK-SAME:    %[[X:.*]]: f64, %[[B:.*]]: i1)
// CHECK:         %[[I:.*]] = arith.fptosi %[[X]] : f64 to i64
// CHECK:         %[[F:.*]] = arith.sitofp %[[I]] : i64 to f64
// CHECK:         %[[T:.*]] = arith.constant true
// CHECK:         %[[N:.*]] = arith.xori %[[B]], %[[T]] : i1
// CHECK:         return %[[I]], %[[F]], %[[N]]
func.func @conversions_and_not(%x: !torch.float, %b: !torch.bool) -> (!torch.int, !torch.float, !torch.bool) {
  %0 = torch.aten.Int.float %x : !torch.float -> !torch.int
  %1 = torch.aten.Float.Scalar %0 : !torch.int -> !torch.float
  %2 = torch.aten.__not__ %b : !torch.bool -> !torch.bool
  return %0, %1, %2 : !torch.int, !torch.float, !torch.bool
}

// -----

// A run-time int computed from a dynamic dim scales a tensor.
// CHECK-LABEL: func.func @dynamic_size_feeds_tensor_op(
// CHECK-SAME:    %[[X:.*]]: tensor<?x3xf32>)
// CHECK:         %[[D:.*]] = tensor.dim %[[X]]
// CHECK:         %[[DI:.*]] = arith.index_cast %[[D]] : index to i64
// CHECK:         %[[S:.*]] = arith.muli %[[DI]], %{{.*}} : i64
// CHECK:         linalg.generic
// CHECK:           %[[SF:.*]] = arith.sitofp %[[S]] : i64 to f32
// CHECK:           arith.mulf %{{.*}}, %[[SF]] : f32
func.func @dynamic_size_feeds_tensor_op(%arg0: !torch.vtensor<[?,3],f32>) -> !torch.vtensor<[?,3],f32> {
  %int0 = torch.constant.int 0
  %int2 = torch.constant.int 2
  %0 = torch.aten.size.int %arg0, %int0 : !torch.vtensor<[?,3],f32>, !torch.int -> !torch.int
  %1 = torch.aten.mul.int %0, %int2 : !torch.int, !torch.int -> !torch.int
  %2 = torch.aten.mul.Scalar %arg0, %1 : !torch.vtensor<[?,3],f32>, !torch.int -> !torch.vtensor<[?,3],f32>
  return %2 : !torch.vtensor<[?,3],f32>
}

// -----

// CHECK-LABEL: func.func @num_to_tensor_and_item(
// CHECK-SAME:    %[[A:.*]]: i64, %[[T:.*]]: tensor<f32>) -> (tensor<i64>, f64)
// CHECK:         %[[FE:.*]] = tensor.from_elements %[[A]] : tensor<i64>
// CHECK:         %[[E:.*]] = tensor.extract %[[T]][] : tensor<f32>
// CHECK:         %[[EF:.*]] = arith.extf %[[E]] : f32 to f64
// CHECK:         return %[[FE]], %[[EF]]
func.func @num_to_tensor_and_item(%a: !torch.int, %t: !torch.vtensor<[],f32>) -> (!torch.vtensor<[],si64>, !torch.float) {
  %0 = torch.prim.NumToTensor.Scalar %a : !torch.int -> !torch.vtensor<[],si64>
  %1 = torch.aten.Float.Tensor %t : !torch.vtensor<[],f32> -> !torch.float
  return %0, %1 : !torch.vtensor<[],si64>, !torch.float
}

// -----

// ScalarImplicit (tracing's `x.shape[0] + 1` as an arange bound) reads the
// number out of the 0-d tensor, as an i64 for an integer tensor.
// CHECK-LABEL: func.func @scalar_implicit(
// CHECK-SAME:    %[[T:.*]]: tensor<i64>) -> i64
// CHECK:         %[[E:.*]] = tensor.extract %[[T]][] : tensor<i64>
// CHECK:         %[[S:.*]] = arith.addi %[[E]], %{{.*}} : i64
// CHECK:         return %[[S]] : i64
func.func @scalar_implicit(%t: !torch.vtensor<[],si64>) -> !torch.int {
  %int1 = torch.constant.int 1
  %0 = torch.aten.ScalarImplicit %t : !torch.vtensor<[],si64> -> !torch.number
  %1 = torch.aten.add %0, %int1 : !torch.number, !torch.int -> !torch.number
  %2 = torch.aten.Int.Scalar %1 : !torch.number -> !torch.int
  return %2 : !torch.int
}

// -----

// Lists are compile-time Python lists: len and unpack need no IR.
// CHECK-LABEL: func.func @lists_and_max(
// CHECK-SAME:    %[[A:.*]]: i64) -> i64
// CHECK:         %[[NINE:.*]] = arith.constant 9 : i64
// CHECK:         %[[M:.*]] = arith.maxsi %[[A]], %[[NINE]] : i64
// CHECK:         %[[TWO:.*]] = arith.constant 2 : i64
// CHECK:         %[[R:.*]] = arith.addi %[[M]], %[[TWO]] : i64
// CHECK:         return %[[R]] : i64
func.func @lists_and_max(%a: !torch.int) -> !torch.int {
  %int4 = torch.constant.int 4
  %int9 = torch.constant.int 9
  %0 = torch.prim.ListConstruct %a, %int4 : (!torch.int, !torch.int) -> !torch.list<int>
  %1 = torch.aten.len.t %0 : !torch.list<int> -> !torch.int
  %2:2 = torch.prim.ListUnpack %0 : !torch.list<int> -> !torch.int, !torch.int
  %3 = torch.prim.max.int %2#0, %int9 : !torch.int, !torch.int -> !torch.int
  %4 = torch.aten.add.int %3, %1 : !torch.int, !torch.int -> !torch.int
  return %4 : !torch.int
}

// -----

// CHECK-LABEL: func.func @float_remainder_and_pow(
// CHECK-SAME:    %[[X:.*]]: f64, %[[A:.*]]: i64)
// CHECK:         %[[R:.*]] = arith.remf %[[X]], %{{.*}} : f64
// CHECK:         %[[REM:.*]] = arith.select %{{.*}}, %{{.*}}, %[[R]] : f64
// CHECK:         %[[AF:.*]] = arith.sitofp %[[A]] : i64 to f64
// CHECK:         %[[P:.*]] = math.powf %[[AF]], %[[X]] : f64
// CHECK:         return %[[REM]], %[[P]]
func.func @float_remainder_and_pow(%x: !torch.float, %a: !torch.int) -> (!torch.float, !torch.float) {
  %float = torch.constant.float -1.5
  %0 = torch.aten.remainder.float %x, %float : !torch.float, !torch.float -> !torch.float
  %1 = torch.aten.pow.int_float %a, %x : !torch.int, !torch.float -> !torch.float
  return %0, %1 : !torch.float, !torch.float
}

// -----

// CHECK-LABEL: func.func @fold_lists_and_strings() -> (i64, i1, f64)
// CHECK-DAG:     %[[LEN:.*]] = arith.constant 3 : i64
// CHECK-DAG:     %[[EQ:.*]] = arith.constant true
// CHECK-DAG:     %[[POW:.*]] = arith.constant 8.000000e+00 : f64
// CHECK:         return %[[LEN]], %[[EQ]], %[[POW]]
func.func @fold_lists_and_strings() -> (!torch.int, !torch.bool, !torch.float) {
  %int1 = torch.constant.int 1
  %int2 = torch.constant.int 2
  %int3 = torch.constant.int 3
  %str = torch.constant.str "floor"
  %str2 = torch.constant.str "floor"
  %0 = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %1 = torch.prim.ListConstruct %int2, %int3 : (!torch.int, !torch.int) -> !torch.list<int>
  %2 = torch.aten.add.t %0, %1 : !torch.list<int>, !torch.list<int> -> !torch.list<int>
  %3 = torch.aten.len.t %2 : !torch.list<int> -> !torch.int
  %4 = torch.aten.eq.str %str, %str2 : !torch.str, !torch.str -> !torch.bool
  %5 = torch.aten.pow.int %int2, %int3 : !torch.int, !torch.int -> !torch.float
  return %3, %4, %5 : !torch.int, !torch.bool, !torch.float
}

// -----

// Folded int arithmetic wraps around like torch's int64 (TorchScript ints).
// CHECK-LABEL: func.func @int64_wraps
// CHECK-DAG: arith.constant -9223372036854775808 : i64
// CHECK-DAG: arith.constant -2 : i64
// CHECK: return
func.func @int64_wraps() -> (!torch.int, !torch.int, !torch.int) {
  %max = torch.constant.int 9223372036854775807
  %min = torch.constant.int -9223372036854775808
  %c1 = torch.constant.int 1
  %c2 = torch.constant.int 2
  %0 = torch.aten.add.int %max, %c1 : !torch.int, !torch.int -> !torch.int
  %1 = torch.aten.mul.int %c2, %max : !torch.int, !torch.int -> !torch.int
  %2 = torch.aten.neg.int %min : !torch.int -> !torch.int
  return %0, %1, %2 : !torch.int, !torch.int, !torch.int
}

// -----

// A None result has no run-time value: it leaves the signature (the runtime's
// flattened outputs have no leaf for it).
// CHECK-LABEL: func.func @none_results(
// CHECK-SAME:    %[[X:.*]]: tensor<2xf32>) -> tensor<2xf32>
// CHECK-SAME:    torch.result_dtypes = ["float32"]
// CHECK:         return %{{.*}} : tensor<2xf32>
func.func @none_results(%x: !torch.vtensor<[2],f32>) -> (!torch.none, !torch.vtensor<[2],f32>) {
  %none = torch.constant.none
  %0 = torch.aten.neg %x : !torch.vtensor<[2],f32> -> !torch.vtensor<[2],f32>
  return %none, %0 : !torch.none, !torch.vtensor<[2],f32>
}
