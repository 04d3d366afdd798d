// RUN: torch-mlir-opt %s -torch-lower-to-linalg -split-input-file -verify-diagnostics | FileCheck %s

// logcumsumexp is a scan: an scf.for along the dim carries the running value
// as a slice in double (the CPU kernel's accumulation type for float32),
// starting from -inf; each step is torch's log-add-exp (max + log1p(exp(min -
// max)), or x when both are the same infinity; NaN propagates) and the
// running value, rounded to f32, is inserted at i.

// CHECK-LABEL: func.func @logcumsumexp(
// CHECK-SAME:    %[[X:.*]]: tensor<?x4xf32>) -> tensor<?x4xf32>
// CHECK:         %[[NEGINF:.*]] = arith.constant 0xFFF0000000000000 : f64
// CHECK:         %[[INIT:.*]] = linalg.fill ins(%[[NEGINF]] : f64) outs(%{{.*}} : tensor<1x4xf64>)
// CHECK:         %[[N:.*]] = tensor.dim %[[X]], %{{.*}} : tensor<?x4xf32>
// CHECK:         %[[R:.*]]:2 = scf.for %[[I:.*]] = %{{.*}} to %[[N]] step %{{.*}} iter_args(%[[OUT:.*]] = %{{.*}}, %[[CUR:.*]] = %[[INIT]]) -> (tensor<?x4xf32>, tensor<1x4xf64>)
// CHECK:           %[[SL:.*]] = tensor.extract_slice %[[X]][%[[I]], 0] [1, 4] [1, 1]
// CHECK:           %[[G:.*]]:2 = linalg.generic {{.*}} ins(%[[SL]] : tensor<1x4xf32>) outs(%{{.*}}, %[[CUR]] : tensor<1x4xf32>, tensor<1x4xf64>)
// CHECK:             ^bb0(%[[V:.*]]: f32, %{{.*}}: f32, %[[C:.*]]: f64):
// CHECK:             %[[XD:.*]] = arith.extf %[[V]] : f32 to f64
// CHECK:             %[[E:.*]] = math.exp %{{.*}} : f64
// CHECK:             %[[L:.*]] = math.log1p %[[E]] : f64
// CHECK:             %[[NEW:.*]] = arith.select %{{.*}}, %{{.*}}, %[[XD]] : f64
// CHECK:             %[[RND:.*]] = arith.truncf %[[NEW]] : f64 to f32
// CHECK:             linalg.yield %[[RND]], %[[NEW]] : f32, f64
// CHECK:           %[[INS:.*]] = tensor.insert_slice %[[G]]#0 into %[[OUT]][%[[I]], 0] [1, 4] [1, 1]
// CHECK:           scf.yield %[[INS]], %[[G]]#1
// CHECK:         return %[[R]]#0
func.func @logcumsumexp(%x: !torch.vtensor<[?,4],f32>) -> !torch.vtensor<[?,4],f32> {
  %int0 = torch.constant.int 0
  %0 = torch.aten.logcumsumexp %x, %int0 : !torch.vtensor<[?,4],f32>, !torch.int -> !torch.vtensor<[?,4],f32>
  return %0 : !torch.vtensor<[?,4],f32>
}

// -----

// histc with min == max takes the data's NaN-propagating min and max (when
// there are elements), widens an empty range by 1, asserts it finite, and
// counts in one generic reducing over the input dims with the bins parallel:
// bin int((x - lo) * bins / (hi - lo)), the last bin taking hi, elements
// outside [lo, hi] (and NaNs) skipped.

// CHECK-DAG: #[[IN:.*]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-DAG: #[[BIN:.*]] = affine_map<(d0, d1, d2) -> (d2)>
// CHECK-LABEL: func.func @histc_data_range(
// CHECK:         arith.minimumf
// CHECK:         arith.maximumf
// CHECK:         cf.assert %{{.*}}, "torch.histc: range of [min, max] is not finite (a NaN or inf in the data)"
// CHECK:         %[[LO:.*]] = arith.truncf %{{.*}} : f64 to f32
// CHECK:         %[[HI:.*]] = arith.truncf %{{.*}} : f64 to f32
// CHECK:         %[[W:.*]] = arith.subf %[[HI]], %[[LO]] : f32
// CHECK:         linalg.generic {indexing_maps = [#[[IN]], #[[BIN]]], iterator_types = ["reduction", "reduction", "parallel"]}
// CHECK:           ^bb0(%[[V:.*]]: f32, %[[ACC:.*]]: f32):
// CHECK:             %[[GE:.*]] = arith.cmpf oge, %[[V]], %[[LO]] : f32
// CHECK:             %[[LE:.*]] = arith.cmpf ole, %[[V]], %[[HI]] : f32
// CHECK:             %[[IN_:.*]] = arith.andi %[[GE]], %[[LE]] : i1
// CHECK:             %[[SEL:.*]] = arith.select %[[IN_]], %[[V]], %[[LO]] : f32
// CHECK:             %[[D:.*]] = arith.subf %[[SEL]], %[[LO]] : f32
// CHECK:             %[[S:.*]] = arith.mulf %[[D]], %{{.*}} : f32
// CHECK:             %[[Q:.*]] = arith.divf %[[S]], %[[W]] : f32
// CHECK:             %[[P:.*]] = arith.fptosi %[[Q]] : f32 to i64
// CHECK:             %[[LAST:.*]] = arith.cmpi eq, %[[P]], %{{.*}} : i64
// CHECK:             %[[P2:.*]] = arith.select %[[LAST]], %{{.*}}, %[[P]] : i64
// CHECK:             %[[B:.*]] = linalg.index 2 : index
func.func @histc_data_range(%x: !torch.vtensor<[2,?],f32>) -> !torch.vtensor<[4],f32> {
  %int4 = torch.constant.int 4
  %int0 = torch.constant.int 0
  %0 = torch.aten.histc %x, %int4, %int0, %int0 : !torch.vtensor<[2,?],f32>, !torch.int, !torch.int, !torch.int -> !torch.vtensor<[4],f32>
  return %0 : !torch.vtensor<[4],f32>
}

// -----

// An explicit finite range needs no run-time check.

// CHECK-LABEL: func.func @histc_explicit_range(
// CHECK-NOT:     cf.assert
// CHECK:         linalg.generic
func.func @histc_explicit_range(%x: !torch.vtensor<[?],f32>) -> !torch.vtensor<[3],f32> {
  %int3 = torch.constant.int 3
  %min = torch.constant.float -1.0
  %max = torch.constant.float 1.0
  %0 = torch.aten.histc %x, %int3, %min, %max : !torch.vtensor<[?],f32>, !torch.int, !torch.float, !torch.float -> !torch.vtensor<[3],f32>
  return %0 : !torch.vtensor<[3],f32>
}

// -----

// angle of a real: pi below zero, 0 otherwise (-0.0 too), NaN kept.

// CHECK-LABEL: func.func @angle(
// CHECK:           ^bb0(%[[V:.*]]: f64, %{{.*}}: f64):
// CHECK:             %[[NEG:.*]] = arith.cmpf olt, %[[V]], %{{.*}} : f64
// CHECK:             %[[PI:.*]] = arith.constant 3.1415926535897931 : f64
// CHECK:             %[[A:.*]] = arith.select %[[NEG]], %[[PI]], %{{.*}} : f64
// CHECK:             %[[NAN:.*]] = arith.cmpf uno, %[[V]], %[[V]] : f64
// CHECK:             %[[R:.*]] = arith.select %[[NAN]], %[[V]], %[[A]] : f64
// CHECK:             linalg.yield %[[R]] : f64
func.func @angle(%x: !torch.vtensor<[5],f64>) -> !torch.vtensor<[5],f64> {
  %0 = torch.aten.angle %x : !torch.vtensor<[5],f64> -> !torch.vtensor<[5],f64>
  return %0 : !torch.vtensor<[5],f64>
}

// -----

// mode of a row longer than 16: a repeated mode fails a run-time check
// (eager's index is its unstable sort's choice).

// CHECK-LABEL: func.func @mode_long_row(
// CHECK:         cf.assert %{{.*}}, "mode: the most frequent value repeats in a row of more than 16; torch's index is its unstable sort's choice"
// CHECK:         cf.assert %{{.*}}, "mode: a row holds NaN; torch's sort of it is unordered"
func.func @mode_long_row(%x: !torch.vtensor<[3,20],f32>) -> (!torch.vtensor<[3],f32>, !torch.vtensor<[3],si64>) {
  %int1 = torch.constant.int 1
  %false = torch.constant.bool false
  %0:2 = torch.aten.mode %x, %int1, %false : !torch.vtensor<[3,20],f32>, !torch.int, !torch.bool -> !torch.vtensor<[3],f32>, !torch.vtensor<[3],si64>
  return %0#0, %0#1 : !torch.vtensor<[3],f32>, !torch.vtensor<[3],si64>
}

// -----

// histc of integers is rejected with the op's location (torch's CPU kernel
// takes floating types).
func.func @histc_int(%x: !torch.vtensor<[4],si64>) -> !torch.vtensor<[3],si64> {
  %int3 = torch.constant.int 3
  %min = torch.constant.float -1.0
  %max = torch.constant.float 1.0
  // expected-error @below {{'torch.aten.histc' could not be lowered to linalg-on-tensors: histc of torch.int64 (torch's CPU kernel takes floating types)}}
  %0 = torch.aten.histc %x, %int3, %min, %max : !torch.vtensor<[4],si64>, !torch.int, !torch.float, !torch.float -> !torch.vtensor<[3],si64>
  return %0 : !torch.vtensor<[3],si64>
}
// expected-error @unknown {{1 op(s) could not be lowered to linalg-on-tensors: torch.aten.histc}}
