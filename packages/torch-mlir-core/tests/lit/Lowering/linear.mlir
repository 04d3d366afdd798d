// RUN: torch-mlir-opt %s -torch-lower-to-linalg -split-input-file | FileCheck %s

// CHECK-LABEL: func.func @mm(
// CHECK-SAME:    %[[A:.*]]: tensor<2x3xf32>, %[[B:.*]]: tensor<3x4xf32>) -> tensor<2x4xf32>
// CHECK:         %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK:         %[[EMPTY:.*]] = tensor.empty() : tensor<2x4xf32>
// CHECK:         %[[FILL:.*]] = linalg.fill ins(%[[ZERO]] : f32) outs(%[[EMPTY]] : tensor<2x4xf32>)
// CHECK:         %[[MM:.*]] = linalg.matmul ins(%[[A]], %[[B]] : tensor<2x3xf32>, tensor<3x4xf32>) outs(%[[FILL]] : tensor<2x4xf32>)
// CHECK:         return %[[MM]]
func.func @mm(%a: !torch.vtensor<[2,3],f32>, %b: !torch.vtensor<[3,4],f32>) -> !torch.vtensor<[2,4],f32> {
  %0 = torch.aten.mm %a, %b : !torch.vtensor<[2,3],f32>, !torch.vtensor<[3,4],f32> -> !torch.vtensor<[2,4],f32>
  return %0 : !torch.vtensor<[2,4],f32>
}

// -----

// f16 accumulates in f32 and is rounded once.
// CHECK-LABEL: func.func @mm_dynamic_f16(
// CHECK-SAME:    %[[A:.*]]: tensor<?x3xf16>, %[[B:.*]]: tensor<3x?xf16>) -> tensor<?x?xf16>
// CHECK-DAG:     %[[M:.*]] = tensor.dim %[[A]], %{{.*}} : tensor<?x3xf16>
// CHECK-DAG:     %[[N:.*]] = tensor.dim %[[B]], %{{.*}} : tensor<3x?xf16>
// CHECK:         %[[EMPTY:.*]] = tensor.empty(%[[M]], %[[N]]) : tensor<?x?xf32>
// CHECK:         %[[FILL:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%[[EMPTY]] : tensor<?x?xf32>)
// CHECK:         %[[MM:.*]] = linalg.matmul ins(%[[A]], %[[B]] : tensor<?x3xf16>, tensor<3x?xf16>) outs(%[[FILL]] : tensor<?x?xf32>)
// CHECK:         linalg.generic {{.*}} ins(%[[MM]] : tensor<?x?xf32>) outs(%{{.*}} : tensor<?x?xf16>)
// CHECK:           arith.truncf %{{.*}} : f32 to f16
func.func @mm_dynamic_f16(%a: !torch.vtensor<[?,3],f16>, %b: !torch.vtensor<[3,?],f16>) -> !torch.vtensor<[?,?],f16> {
  %0 = torch.aten.mm %a, %b : !torch.vtensor<[?,3],f16>, !torch.vtensor<[3,?],f16> -> !torch.vtensor<[?,?],f16>
  return %0 : !torch.vtensor<[?,?],f16>
}

// -----

// Integer products accumulate in their own type.
// CHECK-LABEL: func.func @mm_int(
// CHECK:         %[[ZERO:.*]] = arith.constant 0 : i64
// CHECK:         linalg.fill ins(%[[ZERO]] : i64)
// CHECK:         %[[MM:.*]] = linalg.matmul ins(%{{.*}}, %{{.*}} : tensor<2x3xi64>, tensor<3x4xi64>) outs(%{{.*}} : tensor<2x4xi64>)
// CHECK-NEXT:    return %[[MM]]
func.func @mm_int(%a: !torch.vtensor<[2,3],si64>, %b: !torch.vtensor<[3,4],si64>) -> !torch.vtensor<[2,4],si64> {
  %0 = torch.aten.mm %a, %b : !torch.vtensor<[2,3],si64>, !torch.vtensor<[3,4],si64> -> !torch.vtensor<[2,4],si64>
  return %0 : !torch.vtensor<[2,4],si64>
}

// -----

// CHECK-LABEL: func.func @bmm(
// CHECK:         linalg.batch_matmul ins(%{{.*}}, %{{.*}} : tensor<5x2x3xf32>, tensor<5x3x4xf32>) outs(%{{.*}} : tensor<5x2x4xf32>)
func.func @bmm(%a: !torch.vtensor<[5,2,3],f32>, %b: !torch.vtensor<[5,3,4],f32>) -> !torch.vtensor<[5,2,4],f32> {
  %0 = torch.aten.bmm %a, %b : !torch.vtensor<[5,2,3],f32>, !torch.vtensor<[5,3,4],f32> -> !torch.vtensor<[5,2,4],f32>
  return %0 : !torch.vtensor<[5,2,4],f32>
}

// -----

// CHECK-LABEL: func.func @bmm_dynamic(
// CHECK-SAME:    %[[A:.*]]: tensor<?x?x3xf32>, %[[B:.*]]: tensor<?x3x?xf32>)
// CHECK-DAG:     %[[BATCH:.*]] = tensor.dim %[[A]], %[[C0:.*]] : tensor<?x?x3xf32>
// CHECK-DAG:     %[[M:.*]] = tensor.dim %[[A]], %{{.*}} : tensor<?x?x3xf32>
// CHECK-DAG:     %[[N:.*]] = tensor.dim %[[B]], %{{.*}} : tensor<?x3x?xf32>
// CHECK:         tensor.empty(%[[BATCH]], %[[M]], %[[N]]) : tensor<?x?x?xf32>
// CHECK:         linalg.batch_matmul ins(%[[A]], %[[B]] : tensor<?x?x3xf32>, tensor<?x3x?xf32>)
func.func @bmm_dynamic(%a: !torch.vtensor<[?,?,3],f32>, %b: !torch.vtensor<[?,3,?],f32>) -> !torch.vtensor<[?,?,?],f32> {
  %0 = torch.aten.bmm %a, %b : !torch.vtensor<[?,?,3],f32>, !torch.vtensor<[?,3,?],f32> -> !torch.vtensor<[?,?,?],f32>
  return %0 : !torch.vtensor<[?,?,?],f32>
}

// -----

// bmm by a matrix expanded along the batch (torch's matmul of a permuted 3-D
// tensor by a 2-D one): one matmul over the batch's rows, no batch_matmul
// against a materialized broadcast.
// CHECK-LABEL: func.func @bmm_by_expanded_matrix(
// CHECK-SAME:    %[[A:.*]]: tensor<?x2x3xf32>, %[[W:.*]]: tensor<3x4xf32>)
// CHECK:         %[[ROWS:.*]] = tensor.collapse_shape %[[A]] {{\[\[}}0, 1], [2]] : tensor<?x2x3xf32> into tensor<?x3xf32>
// CHECK:         %[[MM:.*]] = linalg.matmul ins(%[[ROWS]], %[[W]] : tensor<?x3xf32>, tensor<3x4xf32>)
// CHECK:         %[[R:.*]] = tensor.expand_shape %[[MM]] {{\[\[}}0, 1], [2]] output_shape [%{{.*}}, 2, 4] : tensor<?x4xf32> into tensor<?x2x4xf32>
// CHECK-NOT:     linalg.batch_matmul
// CHECK:         return %[[R]]
func.func @bmm_by_expanded_matrix(%a: !torch.vtensor<[?,2,3],f32>, %w: !torch.vtensor<[3,4],f32>) -> !torch.vtensor<[?,2,4],f32> {
  %int0 = torch.constant.int 0
  %int3 = torch.constant.int 3
  %int4 = torch.constant.int 4
  %false = torch.constant.bool false
  %b = torch.aten.size.int %a, %int0 : !torch.vtensor<[?,2,3],f32>, !torch.int -> !torch.int
  %sizes = torch.prim.ListConstruct %b, %int3, %int4 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
  %e = torch.aten.expand %w, %sizes, %false : !torch.vtensor<[3,4],f32>, !torch.list<int>, !torch.bool -> !torch.vtensor<[?,3,4],f32>
  %0 = torch.aten.bmm %a, %e : !torch.vtensor<[?,2,3],f32>, !torch.vtensor<[?,3,4],f32> -> !torch.vtensor<[?,2,4],f32>
  return %0 : !torch.vtensor<[?,2,4],f32>
}

// -----

// addmm: beta * input + alpha * (m1 @ m2), input broadcast along rows.
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[ROW:.*]] = affine_map<(d0, d1) -> (d1)>
// CHECK-LABEL: func.func @addmm(
// CHECK-SAME:    %[[BIAS:.*]]: tensor<4xf32>, %[[A:.*]]: tensor<?x3xf32>, %[[B:.*]]: tensor<3x4xf32>)
// CHECK:         %[[MM:.*]] = linalg.matmul ins(%[[A]], %[[B]] : tensor<?x3xf32>, tensor<3x4xf32>)
// CHECK-DAG:     %[[ALPHA:.*]] = arith.constant 2.000000e+00 : f32
// CHECK-DAG:     %[[BETA:.*]] = arith.constant 5.000000e-01 : f32
// CHECK:         linalg.generic {indexing_maps = [#[[ID]], #[[ROW]], #[[ID]]], iterator_types = ["parallel", "parallel"]} ins(%[[MM]], %[[BIAS]] : tensor<?x4xf32>, tensor<4xf32>)
// CHECK-NEXT:    ^bb0(%[[P:.*]]: f32, %[[C:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT:      %[[AP:.*]] = arith.mulf %[[P]], %[[ALPHA]] : f32
// CHECK-NEXT:      %[[BC:.*]] = arith.mulf %[[C]], %[[BETA]] : f32
// CHECK-NEXT:      %[[S:.*]] = arith.addf %[[BC]], %[[AP]] : f32
// CHECK-NEXT:      linalg.yield %[[S]] : f32
func.func @addmm(%bias: !torch.vtensor<[4],f32>, %a: !torch.vtensor<[?,3],f32>, %b: !torch.vtensor<[3,4],f32>) -> !torch.vtensor<[?,4],f32> {
  %beta = torch.constant.float 5.000000e-01
  %alpha = torch.constant.int 2
  %0 = torch.aten.addmm %bias, %a, %b, %beta, %alpha : !torch.vtensor<[4],f32>, !torch.vtensor<[?,3],f32>, !torch.vtensor<[3,4],f32>, !torch.float, !torch.int -> !torch.vtensor<[?,4],f32>
  return %0 : !torch.vtensor<[?,4],f32>
}

// -----

// beta = 0 ignores the input (nan in it included).
// CHECK-LABEL: func.func @addmm_beta0(
// CHECK-SAME:    %[[BIAS:.*]]: tensor<2x4xf32>,
// CHECK-NOT:     %[[BIAS]]
// CHECK:         linalg.matmul
// CHECK-NOT:     linalg.generic
// CHECK:         return
func.func @addmm_beta0(%bias: !torch.vtensor<[2,4],f32>, %a: !torch.vtensor<[2,3],f32>, %b: !torch.vtensor<[3,4],f32>) -> !torch.vtensor<[2,4],f32> {
  %beta = torch.constant.int 0
  %alpha = torch.constant.int 1
  %0 = torch.aten.addmm %bias, %a, %b, %beta, %alpha : !torch.vtensor<[2,4],f32>, !torch.vtensor<[2,3],f32>, !torch.vtensor<[3,4],f32>, !torch.int, !torch.int -> !torch.vtensor<[2,4],f32>
  return %0 : !torch.vtensor<[2,4],f32>
}

// -----

// CHECK-LABEL: func.func @baddbmm(
// CHECK:         %[[BMM:.*]] = linalg.batch_matmul ins(%{{.*}}, %{{.*}} : tensor<?x2x3xf32>, tensor<?x3x4xf32>)
// CHECK:         linalg.generic {{.*}} ins(%[[BMM]], %{{.*}} : tensor<?x2x4xf32>, tensor<?x2x4xf32>)
// CHECK:           arith.addf
func.func @baddbmm(%c: !torch.vtensor<[?,2,4],f32>, %a: !torch.vtensor<[?,2,3],f32>, %b: !torch.vtensor<[?,3,4],f32>) -> !torch.vtensor<[?,2,4],f32> {
  %one = torch.constant.int 1
  %0 = torch.aten.baddbmm %c, %a, %b, %one, %one : !torch.vtensor<[?,2,4],f32>, !torch.vtensor<[?,2,3],f32>, !torch.vtensor<[?,3,4],f32>, !torch.int, !torch.int -> !torch.vtensor<[?,2,4],f32>
  return %0 : !torch.vtensor<[?,2,4],f32>
}

// -----

// CHECK-LABEL: func.func @addbmm(
// CHECK:         linalg.batch_reduce_matmul ins(%{{.*}}, %{{.*}} : tensor<5x2x3xf32>, tensor<5x3x4xf32>) outs(%{{.*}} : tensor<2x4xf32>)
func.func @addbmm(%c: !torch.vtensor<[2,4],f32>, %a: !torch.vtensor<[5,2,3],f32>, %b: !torch.vtensor<[5,3,4],f32>) -> !torch.vtensor<[2,4],f32> {
  %one = torch.constant.int 1
  %0 = torch.aten.addbmm %c, %a, %b, %one, %one : !torch.vtensor<[2,4],f32>, !torch.vtensor<[5,2,3],f32>, !torch.vtensor<[5,3,4],f32>, !torch.int, !torch.int -> !torch.vtensor<[2,4],f32>
  return %0 : !torch.vtensor<[2,4],f32>
}

// -----

// linear reads the weight transposed through the matmul's indexing maps.
// CHECK-DAG: #[[MA:.*]] = affine_map<(d0, d1, d2) -> (d0, d2)>
// CHECK-DAG: #[[MB:.*]] = affine_map<(d0, d1, d2) -> (d1, d2)>
// CHECK-DAG: #[[MC:.*]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-LABEL: func.func @linear(
// CHECK-SAME:    %[[X:.*]]: tensor<?x5x3xf32>, %[[W:.*]]: tensor<4x3xf32>, %[[B:.*]]: tensor<4xf32>)
// CHECK:         %[[BATCH:.*]] = tensor.dim %[[X]], %{{.*}} : tensor<?x5x3xf32>
// CHECK:         %[[X2:.*]] = tensor.collapse_shape %[[X]] {{\[}}[0, 1], [2]] : tensor<?x5x3xf32> into tensor<?x3xf32>
// CHECK:         %[[MM:.*]] = linalg.matmul indexing_maps = [#[[MA]], #[[MB]], #[[MC]]] ins(%[[X2]], %[[W]] : tensor<?x3xf32>, tensor<4x3xf32>)
// CHECK:         %[[R:.*]] = linalg.generic {{.*}} ins(%[[MM]], %[[B]] : tensor<?x4xf32>, tensor<4xf32>)
// CHECK:         tensor.expand_shape %[[R]] {{\[}}[0, 1], [2]] output_shape [%[[BATCH]], 5, 4] : tensor<?x4xf32> into tensor<?x5x4xf32>
func.func @linear(%x: !torch.vtensor<[?,5,3],f32>, %w: !torch.vtensor<[4,3],f32>, %b: !torch.vtensor<[4],f32>) -> !torch.vtensor<[?,5,4],f32> {
  %0 = torch.aten.linear %x, %w, %b : !torch.vtensor<[?,5,3],f32>, !torch.vtensor<[4,3],f32>, !torch.vtensor<[4],f32> -> !torch.vtensor<[?,5,4],f32>
  return %0 : !torch.vtensor<[?,5,4],f32>
}

// -----

// CHECK-LABEL: func.func @linear_no_bias(
// CHECK:         %[[MM:.*]] = linalg.matmul indexing_maps
// CHECK-NEXT:    return %[[MM]]
func.func @linear_no_bias(%x: !torch.vtensor<[2,3],f32>, %w: !torch.vtensor<[4,3],f32>) -> !torch.vtensor<[2,4],f32> {
  %none = torch.constant.none
  %0 = torch.aten.linear %x, %w, %none : !torch.vtensor<[2,3],f32>, !torch.vtensor<[4,3],f32>, !torch.none -> !torch.vtensor<[2,4],f32>
  return %0 : !torch.vtensor<[2,4],f32>
}

// -----

// CHECK-LABEL: func.func @dot(
// CHECK:         %[[E:.*]] = tensor.empty() : tensor<f32>
// CHECK:         %[[F:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%[[E]] : tensor<f32>)
// CHECK:         linalg.dot ins(%{{.*}}, %{{.*}} : tensor<?xf32>, tensor<?xf32>) outs(%[[F]] : tensor<f32>)
func.func @dot(%a: !torch.vtensor<[?],f32>, %b: !torch.vtensor<[?],f32>) -> !torch.vtensor<[],f32> {
  %0 = torch.aten.dot %a, %b : !torch.vtensor<[?],f32>, !torch.vtensor<[?],f32> -> !torch.vtensor<[],f32>
  return %0 : !torch.vtensor<[],f32>
}

// -----

// CHECK-LABEL: func.func @mv(
// CHECK:         linalg.matvec ins(%{{.*}}, %{{.*}} : tensor<?x3xf32>, tensor<3xf32>) outs(%{{.*}} : tensor<?xf32>)
func.func @mv(%a: !torch.vtensor<[?,3],f32>, %b: !torch.vtensor<[3],f32>) -> !torch.vtensor<[?],f32> {
  %0 = torch.aten.mv %a, %b : !torch.vtensor<[?,3],f32>, !torch.vtensor<[3],f32> -> !torch.vtensor<[?],f32>
  return %0 : !torch.vtensor<[?],f32>
}

// -----

// CHECK-LABEL: func.func @matmul_vec_mat(
// CHECK:         linalg.vecmat ins(%{{.*}}, %{{.*}} : tensor<3xf32>, tensor<3x4xf32>) outs(%{{.*}} : tensor<4xf32>)
func.func @matmul_vec_mat(%a: !torch.vtensor<[3],f32>, %b: !torch.vtensor<[3,4],f32>) -> !torch.vtensor<[4],f32> {
  %0 = torch.aten.matmul %a, %b : !torch.vtensor<[3],f32>, !torch.vtensor<[3,4],f32> -> !torch.vtensor<[4],f32>
  return %0 : !torch.vtensor<[4],f32>
}

// -----

// Batch dims of the left operand fold into its rows.
// CHECK-LABEL: func.func @matmul_3d_2d(
// CHECK:         %[[A2:.*]] = tensor.collapse_shape %{{.*}} {{\[}}[0, 1], [2]] : tensor<?x?x3xf32> into tensor<?x3xf32>
// CHECK:         %[[MM:.*]] = linalg.matmul ins(%[[A2]], %{{.*}} : tensor<?x3xf32>, tensor<3x4xf32>)
// CHECK:         tensor.expand_shape %[[MM]] {{\[}}[0, 1], [2]] output_shape [%{{.*}}, %{{.*}}, 4] : tensor<?x4xf32> into tensor<?x?x4xf32>
func.func @matmul_3d_2d(%a: !torch.vtensor<[?,?,3],f32>, %b: !torch.vtensor<[3,4],f32>) -> !torch.vtensor<[?,?,4],f32> {
  %0 = torch.aten.matmul %a, %b : !torch.vtensor<[?,?,3],f32>, !torch.vtensor<[3,4],f32> -> !torch.vtensor<[?,?,4],f32>
  return %0 : !torch.vtensor<[?,?,4],f32>
}

// -----

// Equal batch dims collapse into one batch_matmul.
// CHECK-LABEL: func.func @matmul_4d(
// CHECK:         %[[A:.*]] = tensor.collapse_shape %{{.*}} {{\[}}[0, 1], [2], [3]] : tensor<?x4x2x3xf32> into tensor<?x2x3xf32>
// CHECK:         %[[B:.*]] = tensor.collapse_shape %{{.*}} {{\[}}[0, 1], [2], [3]] : tensor<?x4x3x5xf32> into tensor<?x3x5xf32>
// CHECK:         %[[R:.*]] = linalg.batch_matmul ins(%[[A]], %[[B]] : tensor<?x2x3xf32>, tensor<?x3x5xf32>)
// CHECK:         tensor.expand_shape %[[R]] {{\[}}[0, 1], [2], [3]] output_shape [%{{.*}}, 4, 2, 5] : tensor<?x2x5xf32> into tensor<?x4x2x5xf32>
func.func @matmul_4d(%a: !torch.vtensor<[?,4,2,3],f32>, %b: !torch.vtensor<[?,4,3,5],f32>) -> !torch.vtensor<[?,4,2,5],f32> {
  %0 = torch.aten.matmul %a, %b : !torch.vtensor<[?,4,2,3],f32>, !torch.vtensor<[?,4,3,5],f32> -> !torch.vtensor<[?,4,2,5],f32>
  return %0 : !torch.vtensor<[?,4,2,5],f32>
}

// -----

// Broadcast batch dims: one contraction generic, size-1 dims read at 0.
// CHECK-DAG: #[[MA:.*]] = affine_map<(d0, d1, d2, d3, d4) -> (d0, 0, d2, d4)>
// CHECK-DAG: #[[MB:.*]] = affine_map<(d0, d1, d2, d3, d4) -> (d1, d4, d3)>
// CHECK-DAG: #[[MO:.*]] = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3)>
// CHECK-LABEL: func.func @matmul_broadcast(
// CHECK:         %[[D:.*]] = tensor.dim %{{.*}}, %{{.*}} : tensor<?x1x2x3xf32>
// CHECK:         tensor.empty(%[[D]]) : tensor<?x5x2x4xf32>
// CHECK:         linalg.generic {indexing_maps = [#[[MA]], #[[MB]], #[[MO]]], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]}
// CHECK-NEXT:    ^bb0(%[[X:.*]]: f32, %[[Y:.*]]: f32, %[[O:.*]]: f32):
// CHECK-NEXT:      %[[P:.*]] = arith.mulf %[[X]], %[[Y]] : f32
// CHECK-NEXT:      arith.addf %[[O]], %[[P]] : f32
func.func @matmul_broadcast(%a: !torch.vtensor<[?,1,2,3],f32>, %b: !torch.vtensor<[5,3,4],f32>) -> !torch.vtensor<[?,5,2,4],f32> {
  %0 = torch.aten.matmul %a, %b : !torch.vtensor<[?,1,2,3],f32>, !torch.vtensor<[5,3,4],f32> -> !torch.vtensor<[?,5,2,4],f32>
  return %0 : !torch.vtensor<[?,5,2,4],f32>
}

// -----

// einsum: one generic, output labels parallel, summed labels reductions.
// CHECK-DAG: #[[MQ:.*]] = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d4)>
// CHECK-DAG: #[[MK:.*]] = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d3, d4)>
// CHECK-DAG: #[[MO:.*]] = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3)>
// CHECK-LABEL: func.func @einsum(
// CHECK:         linalg.generic {indexing_maps = [#[[MQ]], #[[MK]], #[[MO]]], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%{{.*}}, %{{.*}} : tensor<?x2x3x4xf32>, tensor<?x2x5x4xf32>) outs(%{{.*}} : tensor<?x2x3x5xf32>)
func.func @einsum(%q: !torch.vtensor<[?,2,3,4],f32>, %k: !torch.vtensor<[?,2,5,4],f32>) -> !torch.vtensor<[?,2,3,5],f32> {
  %eq = torch.constant.str "bhqd,bhkd->bhqk"
  %list = torch.prim.ListConstruct %q, %k : (!torch.vtensor<[?,2,3,4],f32>, !torch.vtensor<[?,2,5,4],f32>) -> !torch.list<vtensor>
  %none = torch.constant.none
  %0 = torch.aten.einsum %eq, %list, %none : !torch.str, !torch.list<vtensor>, !torch.none -> !torch.vtensor<[?,2,3,5],f32>
  return %0 : !torch.vtensor<[?,2,3,5],f32>
}

// -----

// A repeated label reads a diagonal; no output labels: a full reduction.
// CHECK-DAG: #[[MD:.*]] = affine_map<(d0) -> (d0, d0)>
// CHECK-DAG: #[[MS:.*]] = affine_map<(d0) -> ()>
// CHECK-LABEL: func.func @einsum_trace(
// CHECK:         linalg.generic {indexing_maps = [#[[MD]], #[[MS]]], iterator_types = ["reduction"]}
func.func @einsum_trace(%a: !torch.vtensor<[3,3],f32>) -> !torch.vtensor<[],f32> {
  %eq = torch.constant.str "ii"
  %list = torch.prim.ListConstruct %a : (!torch.vtensor<[3,3],f32>) -> !torch.list<vtensor>
  %none = torch.constant.none
  %0 = torch.aten.einsum %eq, %list, %none : !torch.str, !torch.list<vtensor>, !torch.none -> !torch.vtensor<[],f32>
  return %0 : !torch.vtensor<[],f32>
}

// -----

// CHECK-LABEL: func.func @outer(
// CHECK:         linalg.generic {{.*}} ins(%{{.*}}, %{{.*}} : tensor<?xf32>, tensor<4xf32>) outs(%{{.*}} : tensor<?x4xf32>)
// CHECK:           arith.mulf
func.func @outer(%a: !torch.vtensor<[?],f32>, %b: !torch.vtensor<[4],f32>) -> !torch.vtensor<[?,4],f32> {
  %0 = torch.aten.outer %a, %b : !torch.vtensor<[?],f32>, !torch.vtensor<[4],f32> -> !torch.vtensor<[?,4],f32>
  return %0 : !torch.vtensor<[?,4],f32>
}
