// RUN: torch-mlir-opt %s -split-input-file -torch-lower-to-linalg | FileCheck %s

// torch.export's linalg error check (eager raises when a factorization's
// LAPACK `info` is not 0): any nonzero element fails a cf.assert whose
// message names the op and says why.

// CHECK-LABEL: func.func @check_inv(
// CHECK-SAME:      %[[INFO:.*]]: tensor<2xi32>)
// CHECK:         %[[ANY:.*]] = linalg.generic {{.*}} iterator_types = ["reduction"]} ins(%[[INFO]] : tensor<2xi32>) outs(%{{.*}} : tensor<i1>)
// CHECK:           arith.cmpi ne
// CHECK:           arith.ori
// CHECK:         %[[BAD:.*]] = tensor.extract %[[ANY]][] : tensor<i1>
// CHECK:         %[[OK:.*]] = arith.xori %[[BAD]], %{{.*}} : i1
// CHECK:         cf.assert %[[OK]], "linalg.inv: A diagonal element of U in the LU factorization is zero: the input matrix is singular, the operation could not be completed."
func.func @check_inv(%info: !torch.vtensor<[2],si32>) {
  %str = torch.constant.str "linalg.inv"
  %false = torch.constant.bool false
  torch.aten._linalg_check_errors %info, %str, %false : !torch.vtensor<[2],si32>, !torch.str, !torch.bool
  return
}

// -----

// CHECK-LABEL: func.func @check_cholesky(
// CHECK:         tensor.extract %{{.*}}[] : tensor<i1>
// CHECK:         cf.assert %{{.*}}, "linalg.cholesky: The factorization could not be completed because the input is not positive-definite (a leading minor is not positive-definite)."
func.func @check_cholesky(%info: !torch.vtensor<[],si32>) {
  %str = torch.constant.str "linalg.cholesky"
  %true = torch.constant.bool true
  torch.aten._linalg_check_errors %info, %str, %true : !torch.vtensor<[],si32>, !torch.str, !torch.bool
  return
}
