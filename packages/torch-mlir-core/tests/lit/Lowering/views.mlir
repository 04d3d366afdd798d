// RUN: torch-mlir-opt %s -torch-lower-to-linalg -split-input-file | FileCheck %s

// Reshapes become collapse_shape/expand_shape when the dims regroup, and
// tensor.reshape with a shape tensor otherwise.

// CHECK-LABEL: func.func @view_collapse
// CHECK-SAME: (%[[A:.*]]: tensor<2x3x4xf32>) -> tensor<6x4xf32>
// CHECK: %[[R:.*]] = tensor.collapse_shape %[[A]] {{\[}}[0, 1], [2]] : tensor<2x3x4xf32> into tensor<6x4xf32>
// CHECK: return %[[R]]
func.func @view_collapse(%arg0: !torch.vtensor<[2,3,4],f32>) -> !torch.vtensor<[6,4],f32> {
  %int6 = torch.constant.int 6
  %int4 = torch.constant.int 4
  %0 = torch.prim.ListConstruct %int6, %int4 : (!torch.int, !torch.int) -> !torch.list<int>
  %1 = torch.aten.view %arg0, %0 : !torch.vtensor<[2,3,4],f32>, !torch.list<int> -> !torch.vtensor<[6,4],f32>
  return %1 : !torch.vtensor<[6,4],f32>
}

// -----

// CHECK-LABEL: func.func @view_collapse_dynamic
// CHECK: tensor.collapse_shape %{{.*}} {{\[}}[0, 1], [2]] : tensor<2x?x4xf32> into tensor<?x4xf32>
func.func @view_collapse_dynamic(%arg0: !torch.vtensor<[2,?,4],f32>) -> !torch.vtensor<[?,4],f32> {
  %int-1 = torch.constant.int -1
  %int4 = torch.constant.int 4
  %0 = torch.prim.ListConstruct %int-1, %int4 : (!torch.int, !torch.int) -> !torch.list<int>
  %1 = torch.aten.view %arg0, %0 : !torch.vtensor<[2,?,4],f32>, !torch.list<int> -> !torch.vtensor<[?,4],f32>
  return %1 : !torch.vtensor<[?,4],f32>
}

// -----

// An expansion of a dynamic dim takes its size from the run-time int.
// CHECK-LABEL: func.func @view_expand_dynamic
// CHECK-SAME: (%[[A:.*]]: tensor<?x12xf32>, %[[N:.*]]: i64)
// CHECK: %[[NI:.*]] = arith.index_cast %[[N]] : i64 to index
// CHECK: tensor.expand_shape %[[A]] {{\[}}[0], [1, 2]] output_shape [%[[NI]], 3, 4] : tensor<?x12xf32> into tensor<?x3x4xf32>
func.func @view_expand_dynamic(%arg0: !torch.vtensor<[?,12],f32>, %arg1: !torch.int) -> !torch.vtensor<[?,3,4],f32> {
  %int3 = torch.constant.int 3
  %int4 = torch.constant.int 4
  %0 = torch.prim.ListConstruct %arg1, %int3, %int4 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
  %1 = torch.aten.view %arg0, %0 : !torch.vtensor<[?,12],f32>, !torch.list<int> -> !torch.vtensor<[?,3,4],f32>
  return %1 : !torch.vtensor<[?,3,4],f32>
}

// -----

// [2,3] -> [3,2] is neither a collapse nor an expansion: collapse to 1-d, expand.
// CHECK-LABEL: func.func @view_regroup
// CHECK: %[[C:.*]] = tensor.collapse_shape %{{.*}} {{\[}}[0, 1]] : tensor<2x3xf32> into tensor<6xf32>
// CHECK: tensor.expand_shape %[[C]] {{\[}}[0, 1]] output_shape [3, 2] : tensor<6xf32> into tensor<3x2xf32>
func.func @view_regroup(%arg0: !torch.vtensor<[2,3],f32>) -> !torch.vtensor<[3,2],f32> {
  %int3 = torch.constant.int 3
  %int2 = torch.constant.int 2
  %0 = torch.prim.ListConstruct %int3, %int2 : (!torch.int, !torch.int) -> !torch.list<int>
  %1 = torch.aten._unsafe_view %arg0, %0 : !torch.vtensor<[2,3],f32>, !torch.list<int> -> !torch.vtensor<[3,2],f32>
  return %1 : !torch.vtensor<[3,2],f32>
}

// -----

// Two dynamic dims in one expanded group: tensor.reshape with a shape tensor.
// CHECK-LABEL: func.func @view_general_dynamic
// CHECK-SAME: (%[[A:.*]]: tensor<2x?x4xf32>
// CHECK: %[[S:.*]] = tensor.from_elements %{{.*}}, %{{.*}} : tensor<2xi64>
// CHECK: tensor.reshape %[[A]](%[[S]]) : (tensor<2x?x4xf32>, tensor<2xi64>) -> tensor<?x?xf32>
func.func @view_general_dynamic(%arg0: !torch.vtensor<[2,?,4],f32>, %arg1: !torch.int) -> !torch.vtensor<[?,?],f32> {
  %int-1 = torch.constant.int -1
  %0 = torch.prim.ListConstruct %int-1, %arg1 : (!torch.int, !torch.int) -> !torch.list<int>
  %1 = torch.aten.view %arg0, %0 : !torch.vtensor<[2,?,4],f32>, !torch.list<int> -> !torch.vtensor<[?,?],f32>
  return %1 : !torch.vtensor<[?,?],f32>
}

// -----

// CHECK-LABEL: func.func @view_to_scalar
// CHECK: tensor.collapse_shape %{{.*}} [] : tensor<1x1xf32> into tensor<f32>
func.func @view_to_scalar(%arg0: !torch.vtensor<[1,1],f32>) -> !torch.vtensor<[],f32> {
  %0 = torch.prim.ListConstruct : () -> !torch.list<int>
  %1 = torch.aten.view %arg0, %0 : !torch.vtensor<[1,1],f32>, !torch.list<int> -> !torch.vtensor<[],f32>
  return %1 : !torch.vtensor<[],f32>
}

// -----

// CHECK-LABEL: func.func @flatten
// CHECK: tensor.collapse_shape %{{.*}} {{\[}}[0], [1, 2]] : tensor<?x3x4xf32> into tensor<?x12xf32>
func.func @flatten(%arg0: !torch.vtensor<[?,3,4],f32>) -> !torch.vtensor<[?,12],f32> {
  %int1 = torch.constant.int 1
  %int-1 = torch.constant.int -1
  %0 = torch.aten.flatten.using_ints %arg0, %int1, %int-1 : !torch.vtensor<[?,3,4],f32>, !torch.int, !torch.int -> !torch.vtensor<[?,12],f32>
  return %0 : !torch.vtensor<[?,12],f32>
}

// -----

// CHECK-LABEL: func.func @unflatten
// CHECK: %[[D:.*]] = tensor.dim %{{.*}}, %c0
// CHECK: tensor.expand_shape %{{.*}} {{\[}}[0], [1, 2]] output_shape [%[[D]], 2, 6] : tensor<?x12xf32> into tensor<?x2x6xf32>
func.func @unflatten(%arg0: !torch.vtensor<[?,12],f32>) -> !torch.vtensor<[?,2,6],f32> {
  %int1 = torch.constant.int 1
  %int2 = torch.constant.int 2
  %int-1 = torch.constant.int -1
  %0 = torch.prim.ListConstruct %int2, %int-1 : (!torch.int, !torch.int) -> !torch.list<int>
  %1 = torch.aten.unflatten.int %arg0, %int1, %0 : !torch.vtensor<[?,12],f32>, !torch.int, !torch.list<int> -> !torch.vtensor<[?,2,6],f32>
  return %1 : !torch.vtensor<[?,2,6],f32>
}

// -----

// CHECK-LABEL: func.func @squeeze_dim
// CHECK: tensor.collapse_shape %{{.*}} {{\[}}[0, 1], [2]] : tensor<?x1x4xf32> into tensor<?x4xf32>
func.func @squeeze_dim(%arg0: !torch.vtensor<[?,1,4],f32>) -> !torch.vtensor<[?,4],f32> {
  %int1 = torch.constant.int 1
  %0 = torch.aten.squeeze.dim %arg0, %int1 : !torch.vtensor<[?,1,4],f32>, !torch.int -> !torch.vtensor<[?,4],f32>
  return %0 : !torch.vtensor<[?,4],f32>
}

// -----

// CHECK-LABEL: func.func @squeeze_all
// CHECK: tensor.collapse_shape %{{.*}} {{\[}}[0, 1, 2]] : tensor<1x5x1xf32> into tensor<5xf32>
func.func @squeeze_all(%arg0: !torch.vtensor<[1,5,1],f32>) -> !torch.vtensor<[5],f32> {
  %0 = torch.aten.squeeze %arg0 : !torch.vtensor<[1,5,1],f32> -> !torch.vtensor<[5],f32>
  return %0 : !torch.vtensor<[5],f32>
}

// -----

// A squeeze of a dim that is not 1 is the identity.
// CHECK-LABEL: func.func @squeeze_dims_noop
// CHECK-SAME: (%[[A:.*]]: tensor<2x3xf32>)
// CHECK-NEXT: return %[[A]]
func.func @squeeze_dims_noop(%arg0: !torch.vtensor<[2,3],f32>) -> !torch.vtensor<[2,3],f32> {
  %int0 = torch.constant.int 0
  %0 = torch.prim.ListConstruct %int0 : (!torch.int) -> !torch.list<int>
  %1 = torch.aten.squeeze.dims %arg0, %0 : !torch.vtensor<[2,3],f32>, !torch.list<int> -> !torch.vtensor<[2,3],f32>
  return %1 : !torch.vtensor<[2,3],f32>
}

// -----

// CHECK-LABEL: func.func @unsqueeze
// CHECK: %[[D0:.*]] = tensor.dim %{{.*}}, %c0
// CHECK: %[[D1:.*]] = tensor.dim %{{.*}}, %c1
// CHECK: tensor.expand_shape %{{.*}} {{\[}}[0], [1, 2]] output_shape [%[[D0]], %[[D1]], 1] : tensor<?x?xf32> into tensor<?x?x1xf32>
func.func @unsqueeze(%arg0: !torch.vtensor<[?,?],f32>) -> !torch.vtensor<[?,?,1],f32> {
  %int-1 = torch.constant.int -1
  %0 = torch.aten.unsqueeze %arg0, %int-1 : !torch.vtensor<[?,?],f32>, !torch.int -> !torch.vtensor<[?,?,1],f32>
  return %0 : !torch.vtensor<[?,?,1],f32>
}

// -----

// CHECK-LABEL: func.func @unsqueeze_front
// CHECK: tensor.expand_shape %{{.*}} {{\[}}[0, 1], [2]] output_shape [1, 2, 3] : tensor<2x3xi64> into tensor<1x2x3xi64>
func.func @unsqueeze_front(%arg0: !torch.vtensor<[2,3],si64>) -> !torch.vtensor<[1,2,3],si64> {
  %int0 = torch.constant.int 0
  %0 = torch.aten.unsqueeze %arg0, %int0 : !torch.vtensor<[2,3],si64>, !torch.int -> !torch.vtensor<[1,2,3],si64>
  return %0 : !torch.vtensor<[1,2,3],si64>
}

// -----

// CHECK-LABEL: func.func @permute
// CHECK: %[[D:.*]] = tensor.dim %{{.*}}, %c0
// CHECK: %[[E:.*]] = tensor.empty(%[[D]]) : tensor<4x?x3xf32>
// CHECK: linalg.transpose ins(%{{.*}} : tensor<?x3x4xf32>) outs(%[[E]] : tensor<4x?x3xf32>) permutation = [2, 0, 1]
func.func @permute(%arg0: !torch.vtensor<[?,3,4],f32>) -> !torch.vtensor<[4,?,3],f32> {
  %int2 = torch.constant.int 2
  %int0 = torch.constant.int 0
  %int1 = torch.constant.int 1
  %0 = torch.prim.ListConstruct %int2, %int0, %int1 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
  %1 = torch.aten.permute %arg0, %0 : !torch.vtensor<[?,3,4],f32>, !torch.list<int> -> !torch.vtensor<[4,?,3],f32>
  return %1 : !torch.vtensor<[4,?,3],f32>
}

// -----

// CHECK-LABEL: func.func @transpose
// CHECK: linalg.transpose ins(%{{.*}} : tensor<2x3x4xf32>) outs(%{{.*}} : tensor<4x3x2xf32>) permutation = [2, 1, 0]
func.func @transpose(%arg0: !torch.vtensor<[2,3,4],f32>) -> !torch.vtensor<[4,3,2],f32> {
  %int0 = torch.constant.int 0
  %int-1 = torch.constant.int -1
  %0 = torch.aten.transpose.int %arg0, %int0, %int-1 : !torch.vtensor<[2,3,4],f32>, !torch.int, !torch.int -> !torch.vtensor<[4,3,2],f32>
  return %0 : !torch.vtensor<[4,3,2],f32>
}

// -----

// expand: the unit dim is squeezed out, then linalg.broadcast adds it back.
// CHECK-LABEL: func.func @expand
// CHECK: %[[S:.*]] = tensor.collapse_shape %{{.*}} {{\[}}[0, 1]] : tensor<?x1xf32> into tensor<?xf32>
// CHECK: linalg.broadcast ins(%[[S]] : tensor<?xf32>) outs(%{{.*}} : tensor<3x?x5xf32>) dimensions = [0, 2]
func.func @expand(%arg0: !torch.vtensor<[?,1],f32>) -> !torch.vtensor<[3,?,5],f32> {
  %int3 = torch.constant.int 3
  %int-1 = torch.constant.int -1
  %int5 = torch.constant.int 5
  %false = torch.constant.bool false
  %0 = torch.prim.ListConstruct %int3, %int-1, %int5 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
  %1 = torch.aten.expand %arg0, %0, %false : !torch.vtensor<[?,1],f32>, !torch.list<int>, !torch.bool -> !torch.vtensor<[3,?,5],f32>
  return %1 : !torch.vtensor<[3,?,5],f32>
}

// -----

// CHECK-LABEL: func.func @expand_static
// CHECK: linalg.broadcast ins(%{{.*}} : tensor<4xf32>) outs(%{{.*}} : tensor<2x4xf32>) dimensions = [0]
func.func @expand_static(%arg0: !torch.vtensor<[1,4],f32>) -> !torch.vtensor<[2,4],f32> {
  %int2 = torch.constant.int 2
  %int4 = torch.constant.int 4
  %false = torch.constant.bool false
  %0 = torch.prim.ListConstruct %int2, %int4 : (!torch.int, !torch.int) -> !torch.list<int>
  %1 = torch.aten.expand %arg0, %0, %false : !torch.vtensor<[1,4],f32>, !torch.list<int>, !torch.bool -> !torch.vtensor<[2,4],f32>
  return %1 : !torch.vtensor<[2,4],f32>
}

// -----

// CHECK-LABEL: func.func @slice_step
// CHECK: tensor.extract_slice %{{.*}}[0, 1] [2, 2] [1, 2] : tensor<2x5xf32> to tensor<2x2xf32>
func.func @slice_step(%arg0: !torch.vtensor<[2,5],f32>) -> !torch.vtensor<[2,2],f32> {
  %int1 = torch.constant.int 1
  %int-1 = torch.constant.int -1
  %int2 = torch.constant.int 2
  %0 = torch.aten.slice.Tensor %arg0, %int1, %int1, %int-1, %int2 : !torch.vtensor<[2,5],f32>, !torch.int, !torch.int, !torch.int, !torch.int -> !torch.vtensor<[2,2],f32>
  return %0 : !torch.vtensor<[2,2],f32>
}

// -----

// A negative start on a dynamic dim wraps at run time; the end is clamped.
// CHECK-LABEL: func.func @slice_dynamic
// CHECK: %[[D:.*]] = tensor.dim %{{.*}}, %c0
// CHECK: arith.addi %{{.*}}, %[[D]]
// CHECK: arith.maxsi
// CHECK: arith.minsi
// CHECK: tensor.extract_slice %{{.*}}[%{{.*}}, 0] [%{{.*}}, 3] [1, 1] : tensor<?x3xf32> to tensor<?x3xf32>
func.func @slice_dynamic(%arg0: !torch.vtensor<[?,3],f32>) -> !torch.vtensor<[?,3],f32> {
  %int0 = torch.constant.int 0
  %int-2 = torch.constant.int -2
  %none = torch.constant.none
  %int1 = torch.constant.int 1
  %0 = torch.aten.slice.Tensor %arg0, %int0, %int-2, %none, %int1 : !torch.vtensor<[?,3],f32>, !torch.int, !torch.int, !torch.none, !torch.int -> !torch.vtensor<[?,3],f32>
  return %0 : !torch.vtensor<[?,3],f32>
}

// -----

// CHECK-LABEL: func.func @slice_full_noop
// CHECK-SAME: (%[[A:.*]]: tensor<?x3xf32>)
// CHECK-NOT: tensor.extract_slice
// CHECK: return %[[A]]
func.func @slice_full_noop(%arg0: !torch.vtensor<[?,3],f32>) -> !torch.vtensor<[?,3],f32> {
  %int0 = torch.constant.int 0
  %int1 = torch.constant.int 1
  %big = torch.constant.int 9223372036854775807
  %0 = torch.aten.slice.Tensor %arg0, %int0, %int0, %big, %int1 : !torch.vtensor<[?,3],f32>, !torch.int, !torch.int, !torch.int, !torch.int -> !torch.vtensor<[?,3],f32>
  return %0 : !torch.vtensor<[?,3],f32>
}

// -----

// CHECK-LABEL: func.func @select
// CHECK: tensor.extract_slice %{{.*}}[0, 2, 0] [2, 1, 4] [1, 1, 1] : tensor<2x3x4xf32> to tensor<2x4xf32>
func.func @select(%arg0: !torch.vtensor<[2,3,4],f32>) -> !torch.vtensor<[2,4],f32> {
  %int1 = torch.constant.int 1
  %int-1 = torch.constant.int -1
  %0 = torch.aten.select.int %arg0, %int1, %int-1 : !torch.vtensor<[2,3,4],f32>, !torch.int, !torch.int -> !torch.vtensor<[2,4],f32>
  return %0 : !torch.vtensor<[2,4],f32>
}

// -----

// CHECK-LABEL: func.func @select_dynamic
// CHECK: %[[D:.*]] = tensor.dim %{{.*}}, %c0
// CHECK: %[[I:.*]] = arith.addi %{{.*}}, %[[D]]
// CHECK: tensor.extract_slice %{{.*}}[%[[I]], 0] [1, 4] [1, 1] : tensor<?x4xf32> to tensor<4xf32>
func.func @select_dynamic(%arg0: !torch.vtensor<[?,4],f32>) -> !torch.vtensor<[4],f32> {
  %int0 = torch.constant.int 0
  %int-1 = torch.constant.int -1
  %0 = torch.aten.select.int %arg0, %int0, %int-1 : !torch.vtensor<[?,4],f32>, !torch.int, !torch.int -> !torch.vtensor<[4],f32>
  return %0 : !torch.vtensor<[4],f32>
}

// -----

// CHECK-LABEL: func.func @narrow
// CHECK: tensor.extract_slice %{{.*}}[0, 1] [%{{.*}}, 2] [1, 1] : tensor<?x4xf32> to tensor<?x2xf32>
func.func @narrow(%arg0: !torch.vtensor<[?,4],f32>) -> !torch.vtensor<[?,2],f32> {
  %int1 = torch.constant.int 1
  %int2 = torch.constant.int 2
  %0 = torch.aten.narrow %arg0, %int1, %int1, %int2 : !torch.vtensor<[?,4],f32>, !torch.int, !torch.int, !torch.int -> !torch.vtensor<[?,2],f32>
  return %0 : !torch.vtensor<[?,2],f32>
}

// -----

// CHECK-LABEL: func.func @cat
// CHECK: tensor.concat dim(1) %{{.*}}, %{{.*}} : (tensor<?x2xf32>, tensor<?x3xf32>) -> tensor<?x5xf32>
func.func @cat(%arg0: !torch.vtensor<[?,2],f32>, %arg1: !torch.vtensor<[?,3],f32>) -> !torch.vtensor<[?,5],f32> {
  %int1 = torch.constant.int 1
  %0 = torch.prim.ListConstruct %arg0, %arg1 : (!torch.vtensor<[?,2],f32>, !torch.vtensor<[?,3],f32>) -> !torch.list<vtensor>
  %1 = torch.aten.cat %0, %int1 : !torch.list<vtensor>, !torch.int -> !torch.vtensor<[?,5],f32>
  return %1 : !torch.vtensor<[?,5],f32>
}

// -----

// Mixed dtypes are promoted first.
// CHECK-LABEL: func.func @cat_promote
// CHECK: %[[F:.*]] = linalg.generic
// CHECK: arith.sitofp %{{.*}} : i32 to f32
// CHECK: tensor.concat dim(0) %{{.*}}, %[[F]] : (tensor<2x3xf32>, tensor<1x3xf32>) -> tensor<3x3xf32>
func.func @cat_promote(%arg0: !torch.vtensor<[2,3],f32>, %arg1: !torch.vtensor<[1,3],si32>) -> !torch.vtensor<[3,3],f32> {
  %int0 = torch.constant.int 0
  %0 = torch.prim.ListConstruct %arg0, %arg1 : (!torch.vtensor<[2,3],f32>, !torch.vtensor<[1,3],si32>) -> !torch.list<vtensor>
  %1 = torch.aten.cat %0, %int0 : !torch.list<vtensor>, !torch.int -> !torch.vtensor<[3,3],f32>
  return %1 : !torch.vtensor<[3,3],f32>
}

// -----

// CHECK-LABEL: func.func @stack
// CHECK: tensor.expand_shape
// CHECK: tensor.expand_shape
// CHECK: tensor.concat dim(1) %{{.*}}, %{{.*}} : (tensor<?x1x3xf32>, tensor<?x1x3xf32>) -> tensor<?x2x3xf32>
func.func @stack(%arg0: !torch.vtensor<[?,3],f32>, %arg1: !torch.vtensor<[?,3],f32>) -> !torch.vtensor<[?,2,3],f32> {
  %int1 = torch.constant.int 1
  %0 = torch.prim.ListConstruct %arg0, %arg1 : (!torch.vtensor<[?,3],f32>, !torch.vtensor<[?,3],f32>) -> !torch.list<vtensor>
  %1 = torch.aten.stack %0, %int1 : !torch.list<vtensor>, !torch.int -> !torch.vtensor<[?,2,3],f32>
  return %1 : !torch.vtensor<[?,2,3],f32>
}

// -----

// CHECK-LABEL: func.func @split_with_sizes
// CHECK: %[[A:.*]] = tensor.extract_slice %{{.*}}[0, 0] [%{{.*}}, 1] [1, 1] : tensor<?x4xf32> to tensor<?x1xf32>
// CHECK: %[[B:.*]] = tensor.extract_slice %{{.*}}[0, 1] [%{{.*}}, 3] [1, 1] : tensor<?x4xf32> to tensor<?x3xf32>
// CHECK: return %[[A]], %[[B]]
func.func @split_with_sizes(%arg0: !torch.vtensor<[?,4],f32>) -> (!torch.vtensor<[?,1],f32>, !torch.vtensor<[?,3],f32>) {
  %int1 = torch.constant.int 1
  %int3 = torch.constant.int 3
  %0 = torch.prim.ListConstruct %int1, %int3 : (!torch.int, !torch.int) -> !torch.list<int>
  %1 = torch.aten.split_with_sizes %arg0, %0, %int1 : !torch.vtensor<[?,4],f32>, !torch.list<int>, !torch.int -> !torch.list<vtensor>
  %2:2 = torch.prim.ListUnpack %1 : !torch.list<vtensor> -> !torch.vtensor<[?,1],f32>, !torch.vtensor<[?,3],f32>
  return %2#0, %2#1 : !torch.vtensor<[?,1],f32>, !torch.vtensor<[?,3],f32>
}

// -----

// CHECK-LABEL: func.func @chunk
// CHECK: tensor.extract_slice %{{.*}}[0, 0] [2, 2] [1, 1]
// CHECK: tensor.extract_slice %{{.*}}[0, 2] [2, 2] [1, 1]
// CHECK: tensor.extract_slice %{{.*}}[0, 4] [2, 1] [1, 1]
func.func @chunk(%arg0: !torch.vtensor<[2,5],f32>) -> !torch.vtensor<[2,1],f32> {
  %int3 = torch.constant.int 3
  %int1 = torch.constant.int 1
  %int2 = torch.constant.int 2
  %0 = torch.aten.chunk %arg0, %int3, %int1 : !torch.vtensor<[2,5],f32>, !torch.int, !torch.int -> !torch.list<vtensor>
  %1 = torch.aten.__getitem__.t %0, %int2 : !torch.list<vtensor>, !torch.int -> !torch.vtensor<[2,1],f32>
  return %1 : !torch.vtensor<[2,1],f32>
}

// -----

// unsafe_chunk (TorchScript traces of LSTM/GRU cells) lowers as chunk: a
// dynamic batch is fine as long as the chunked dim is static.
// CHECK-LABEL: func.func @unsafe_chunk
// CHECK: %[[A:.*]] = tensor.extract_slice %{{.*}}[0, 0] [%{{.*}}, 4] [1, 1] : tensor<?x8xf32> to tensor<?x4xf32>
// CHECK: %[[B:.*]] = tensor.extract_slice %{{.*}}[0, 4] [%{{.*}}, 4] [1, 1] : tensor<?x8xf32> to tensor<?x4xf32>
// CHECK: return %[[A]], %[[B]]
func.func @unsafe_chunk(%arg0: !torch.vtensor<[?,8],f32>) -> (!torch.vtensor<[?,4],f32>, !torch.vtensor<[?,4],f32>) {
  %int2 = torch.constant.int 2
  %int1 = torch.constant.int 1
  %0 = torch.aten.unsafe_chunk %arg0, %int2, %int1 : !torch.vtensor<[?,8],f32>, !torch.int, !torch.int -> !torch.list<vtensor>
  %1:2 = torch.prim.ListUnpack %0 : !torch.list<vtensor> -> !torch.vtensor<[?,4],f32>, !torch.vtensor<[?,4],f32>
  return %1#0, %1#1 : !torch.vtensor<[?,4],f32>, !torch.vtensor<[?,4],f32>
}

// -----

// CHECK-LABEL: func.func @unsafe_split_tensor
// CHECK: tensor.extract_slice %{{.*}}[0, 0] [3, 2] [1, 1] : tensor<5x2xf32> to tensor<3x2xf32>
// CHECK: tensor.extract_slice %{{.*}}[3, 0] [2, 2] [1, 1] : tensor<5x2xf32> to tensor<2x2xf32>
func.func @unsafe_split_tensor(%arg0: !torch.vtensor<[5,2],f32>) -> (!torch.vtensor<[3,2],f32>, !torch.vtensor<[2,2],f32>) {
  %int3 = torch.constant.int 3
  %int0 = torch.constant.int 0
  %0 = torch.aten.unsafe_split.Tensor %arg0, %int3, %int0 : !torch.vtensor<[5,2],f32>, !torch.int, !torch.int -> !torch.list<vtensor>
  %1:2 = torch.prim.ListUnpack %0 : !torch.list<vtensor> -> !torch.vtensor<[3,2],f32>, !torch.vtensor<[2,2],f32>
  return %1#0, %1#1 : !torch.vtensor<[3,2],f32>, !torch.vtensor<[2,2],f32>
}

// -----

// CHECK-LABEL: func.func @unsafe_split_with_sizes
// CHECK: tensor.extract_slice %{{.*}}[0, 0] [%{{.*}}, 1] [1, 1] : tensor<?x4xf32> to tensor<?x1xf32>
// CHECK: tensor.extract_slice %{{.*}}[0, 1] [%{{.*}}, 3] [1, 1] : tensor<?x4xf32> to tensor<?x3xf32>
func.func @unsafe_split_with_sizes(%arg0: !torch.vtensor<[?,4],f32>) -> (!torch.vtensor<[?,1],f32>, !torch.vtensor<[?,3],f32>) {
  %int1 = torch.constant.int 1
  %int3 = torch.constant.int 3
  %0 = torch.prim.ListConstruct %int1, %int3 : (!torch.int, !torch.int) -> !torch.list<int>
  %1 = torch.aten.unsafe_split_with_sizes %arg0, %0, %int1 : !torch.vtensor<[?,4],f32>, !torch.list<int>, !torch.int -> !torch.list<vtensor>
  %2:2 = torch.prim.ListUnpack %1 : !torch.list<vtensor> -> !torch.vtensor<[?,1],f32>, !torch.vtensor<[?,3],f32>
  return %2#0, %2#1 : !torch.vtensor<[?,1],f32>, !torch.vtensor<[?,3],f32>
}

// -----

// CHECK-LABEL: func.func @unbind
// CHECK: tensor.extract_slice %{{.*}}[0, 1] [%{{.*}}, 1] [1, 1] : tensor<?x2xf32> to tensor<?xf32>
func.func @unbind(%arg0: !torch.vtensor<[?,2],f32>) -> !torch.vtensor<[?],f32> {
  %int1 = torch.constant.int 1
  %0 = torch.aten.unbind.int %arg0, %int1 : !torch.vtensor<[?,2],f32>, !torch.int -> !torch.list<vtensor>
  %1 = torch.aten.__getitem__.t %0, %int1 : !torch.list<vtensor>, !torch.int -> !torch.vtensor<[?],f32>
  return %1 : !torch.vtensor<[?],f32>
}

// -----

// flip: size - 1 - i along the flipped dims.
// CHECK-LABEL: func.func @flip
// CHECK: %[[D:.*]] = tensor.dim %[[A:.*]], %c0
// CHECK: %[[L:.*]] = arith.subi %[[D]], %c1
// CHECK: linalg.generic
// CHECK: %[[I:.*]] = linalg.index 0
// CHECK: %[[J:.*]] = linalg.index 1
// CHECK: %[[R:.*]] = arith.subi %[[L]], %[[I]]
// CHECK: tensor.extract %{{.*}}[%[[R]], %[[J]]] : tensor<?x3xf32>
func.func @flip(%arg0: !torch.vtensor<[?,3],f32>) -> !torch.vtensor<[?,3],f32> {
  %int0 = torch.constant.int 0
  %0 = torch.prim.ListConstruct %int0 : (!torch.int) -> !torch.list<int>
  %1 = torch.aten.flip %arg0, %0 : !torch.vtensor<[?,3],f32>, !torch.list<int> -> !torch.vtensor<[?,3],f32>
  return %1 : !torch.vtensor<[?,3],f32>
}

// -----

// CHECK-LABEL: func.func @roll
// CHECK: linalg.generic
// CHECK: linalg.index 1
// CHECK: arith.remsi
// CHECK: tensor.extract
func.func @roll(%arg0: !torch.vtensor<[2,5],f32>) -> !torch.vtensor<[2,5],f32> {
  %int2 = torch.constant.int 2
  %int1 = torch.constant.int 1
  %0 = torch.prim.ListConstruct %int2 : (!torch.int) -> !torch.list<int>
  %1 = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
  %2 = torch.aten.roll %arg0, %0, %1 : !torch.vtensor<[2,5],f32>, !torch.list<int>, !torch.list<int> -> !torch.vtensor<[2,5],f32>
  return %2 : !torch.vtensor<[2,5],f32>
}

// -----

// CHECK-LABEL: func.func @constant_pad_nd
// CHECK: %[[V:.*]] = arith.constant 1.500000e+00 : f32
// CHECK: tensor.pad %{{.*}} low[0, 1] high[0, 2]
// CHECK: tensor.yield %[[V]] : f32
// CHECK: } : tensor<?x3xf32> to tensor<?x6xf32>
func.func @constant_pad_nd(%arg0: !torch.vtensor<[?,3],f32>) -> !torch.vtensor<[?,6],f32> {
  %int1 = torch.constant.int 1
  %int2 = torch.constant.int 2
  %float = torch.constant.float 1.5
  %0 = torch.prim.ListConstruct %int1, %int2 : (!torch.int, !torch.int) -> !torch.list<int>
  %1 = torch.aten.constant_pad_nd %arg0, %0, %float : !torch.vtensor<[?,3],f32>, !torch.list<int>, !torch.float -> !torch.vtensor<[?,6],f32>
  return %1 : !torch.vtensor<[?,6],f32>
}

// -----

// Negative pads crop.
// CHECK-LABEL: func.func @constant_pad_negative
// CHECK: %[[S:.*]] = tensor.extract_slice %{{.*}}[0, 1] [2, 3] [1, 1] : tensor<2x4xi64> to tensor<2x3xi64>
// CHECK: tensor.pad %[[S]] low[1, 0] high[0, 2]
// CHECK: } : tensor<2x3xi64> to tensor<3x5xi64>
func.func @constant_pad_negative(%arg0: !torch.vtensor<[2,4],si64>) -> !torch.vtensor<[3,5],si64> {
  %int-1 = torch.constant.int -1
  %int2 = torch.constant.int 2
  %int1 = torch.constant.int 1
  %int0 = torch.constant.int 0
  %0 = torch.prim.ListConstruct %int-1, %int2, %int1, %int0 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
  %1 = torch.aten.constant_pad_nd %arg0, %0, %int0 : !torch.vtensor<[2,4],si64>, !torch.list<int>, !torch.int -> !torch.vtensor<[3,5],si64>
  return %1 : !torch.vtensor<[3,5],si64>
}

// -----

// reflect: |i - pad| folded back at the end.
// CHECK-LABEL: func.func @reflection_pad1d
// CHECK: linalg.generic
// CHECK: arith.cmpi slt
// CHECK: arith.cmpi sgt
// CHECK: tensor.extract
// CHECK: -> tensor<2x?x7xf32>
func.func @reflection_pad1d(%arg0: !torch.vtensor<[2,?,4],f32>) -> !torch.vtensor<[2,?,7],f32> {
  %int1 = torch.constant.int 1
  %int2 = torch.constant.int 2
  %0 = torch.prim.ListConstruct %int1, %int2 : (!torch.int, !torch.int) -> !torch.list<int>
  %1 = torch.aten.reflection_pad1d %arg0, %0 : !torch.vtensor<[2,?,4],f32>, !torch.list<int> -> !torch.vtensor<[2,?,7],f32>
  return %1 : !torch.vtensor<[2,?,7],f32>
}

// -----

// replicate: clamp(i - pad, 0, size - 1).
// CHECK-LABEL: func.func @replication_pad2d
// CHECK: linalg.generic
// CHECK: arith.maxsi
// CHECK: arith.minsi
// CHECK: tensor.extract
// CHECK: -> tensor<1x2x5x7xf32>
func.func @replication_pad2d(%arg0: !torch.vtensor<[1,2,3,4],f32>) -> !torch.vtensor<[1,2,5,7],f32> {
  %int1 = torch.constant.int 1
  %int2 = torch.constant.int 2
  %0 = torch.prim.ListConstruct %int1, %int2, %int1, %int1 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
  %1 = torch.aten.replication_pad2d %arg0, %0 : !torch.vtensor<[1,2,3,4],f32>, !torch.list<int> -> !torch.vtensor<[1,2,5,7],f32>
  return %1 : !torch.vtensor<[1,2,5,7],f32>
}

// -----

// repeat: broadcast to [2, 2, 1, 3] then collapse the (repeat, size) pairs.
// CHECK-LABEL: func.func @repeat
// CHECK: %[[B:.*]] = linalg.broadcast ins(%{{.*}} : tensor<2x3xf32>) outs(%{{.*}} : tensor<2x2x3xf32>) dimensions = [0]
// CHECK: tensor.collapse_shape %[[B]] {{\[}}[0, 1], [2]] : tensor<2x2x3xf32> into tensor<4x3xf32>
func.func @repeat(%arg0: !torch.vtensor<[2,3],f32>) -> !torch.vtensor<[4,3],f32> {
  %int2 = torch.constant.int 2
  %int1 = torch.constant.int 1
  %0 = torch.prim.ListConstruct %int2, %int1 : (!torch.int, !torch.int) -> !torch.list<int>
  %1 = torch.aten.repeat %arg0, %0 : !torch.vtensor<[2,3],f32>, !torch.list<int> -> !torch.vtensor<[4,3],f32>
  return %1 : !torch.vtensor<[4,3],f32>
}

// -----

// CHECK-LABEL: func.func @repeat_dynamic
// CHECK: linalg.broadcast ins(%{{.*}} : tensor<?x3xf32>) outs(%{{.*}} : tensor<2x?x2x3xf32>) dimensions = [0, 2]
// CHECK: tensor.collapse_shape %{{.*}} {{\[}}[0], [1], [2, 3]] : tensor<2x?x2x3xf32> into tensor<2x?x6xf32>
func.func @repeat_dynamic(%arg0: !torch.vtensor<[?,3],f32>) -> !torch.vtensor<[2,?,6],f32> {
  %int2 = torch.constant.int 2
  %int1 = torch.constant.int 1
  %0 = torch.prim.ListConstruct %int2, %int1, %int2 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
  %1 = torch.aten.repeat %arg0, %0 : !torch.vtensor<[?,3],f32>, !torch.list<int> -> !torch.vtensor<[2,?,6],f32>
  return %1 : !torch.vtensor<[2,?,6],f32>
}

// -----

// A contiguous as_strided is a reshape; others index the flattened input.
// CHECK-LABEL: func.func @as_strided
// CHECK: tensor.collapse_shape %{{.*}} {{\[}}[0, 1], [2]] : tensor<2x3x4xf32> into tensor<6x4xf32>
// CHECK: %[[F:.*]] = tensor.collapse_shape %{{.*}} {{\[}}[0, 1, 2]] : tensor<2x3x4xf32> into tensor<24xf32>
// CHECK: linalg.generic
// CHECK: tensor.extract %[[F]]
func.func @as_strided(%arg0: !torch.vtensor<[2,3,4],f32>) -> (!torch.vtensor<[6,4],f32>, !torch.vtensor<[3,3],f32>) {
  %int6 = torch.constant.int 6
  %int4 = torch.constant.int 4
  %int1 = torch.constant.int 1
  %int3 = torch.constant.int 3
  %int2 = torch.constant.int 2
  %0 = torch.prim.ListConstruct %int6, %int4 : (!torch.int, !torch.int) -> !torch.list<int>
  %1 = torch.prim.ListConstruct %int4, %int1 : (!torch.int, !torch.int) -> !torch.list<int>
  %none = torch.constant.none
  %2 = torch.aten.as_strided %arg0, %0, %1, %none : !torch.vtensor<[2,3,4],f32>, !torch.list<int>, !torch.list<int>, !torch.none -> !torch.vtensor<[6,4],f32>
  %3 = torch.prim.ListConstruct %int3, %int3 : (!torch.int, !torch.int) -> !torch.list<int>
  %4 = torch.prim.ListConstruct %int2, %int1 : (!torch.int, !torch.int) -> !torch.list<int>
  %5 = torch.aten.as_strided %arg0, %3, %4, %int1 : !torch.vtensor<[2,3,4],f32>, !torch.list<int>, !torch.list<int>, !torch.int -> !torch.vtensor<[3,3],f32>
  return %2, %5 : !torch.vtensor<[6,4],f32>, !torch.vtensor<[3,3],f32>
}

// -----

// CHECK-LABEL: func.func @unfold
// CHECK: linalg.generic
// CHECK: %[[I:.*]] = linalg.index 1
// CHECK: %[[J:.*]] = linalg.index 2
// CHECK: %[[M:.*]] = arith.muli %[[I]], %c2
// CHECK: %[[S:.*]] = arith.addi %[[M]], %[[J]]
// CHECK: tensor.extract %{{.*}}[%{{.*}}, %[[S]]] : tensor<?x7xf32>
// CHECK: -> tensor<?x3x3xf32>
func.func @unfold(%arg0: !torch.vtensor<[?,7],f32>) -> !torch.vtensor<[?,3,3],f32> {
  %int1 = torch.constant.int 1
  %int3 = torch.constant.int 3
  %int2 = torch.constant.int 2
  %0 = torch.aten.unfold %arg0, %int1, %int3, %int2 : !torch.vtensor<[?,7],f32>, !torch.int, !torch.int, !torch.int -> !torch.vtensor<[?,3,3],f32>
  return %0 : !torch.vtensor<[?,3,3],f32>
}

// -----

// unfold of a 0-d tensor: one window of its one element (size 1).
// CHECK-LABEL: func.func @unfold_0d
// CHECK: linalg.generic
// CHECK: tensor.extract %{{.*}}[] : tensor<f32>
// CHECK: -> tensor<1xf32>
func.func @unfold_0d(%arg0: !torch.vtensor<[],f32>) -> !torch.vtensor<[1],f32> {
  %int0 = torch.constant.int 0
  %int1 = torch.constant.int 1
  %0 = torch.aten.unfold %arg0, %int0, %int1, %int1 : !torch.vtensor<[],f32>, !torch.int, !torch.int, !torch.int -> !torch.vtensor<[1],f32>
  return %0 : !torch.vtensor<[1],f32>
}

// -----

// CHECK-LABEL: func.func @diagonal
// CHECK: linalg.generic
// CHECK: tensor.extract
// CHECK: -> tensor<2x3xf32>
func.func @diagonal(%arg0: !torch.vtensor<[2,3,4],f32>) -> !torch.vtensor<[2,3],f32> {
  %int1 = torch.constant.int 1
  %int2 = torch.constant.int 2
  %0 = torch.aten.diagonal %arg0, %int1, %int1, %int2 : !torch.vtensor<[2,3,4],f32>, !torch.int, !torch.int, !torch.int -> !torch.vtensor<[2,3],f32>
  return %0 : !torch.vtensor<[2,3],f32>
}

// -----

// CHECK-LABEL: func.func @slice_scatter
// CHECK-SAME: (%[[A:.*]]: tensor<?x6xf32>, %[[B:.*]]: tensor<?x3xf32>)
// CHECK: tensor.insert_slice %[[B]] into %[[A]][0, 0] [%{{.*}}, 3] [1, 2] : tensor<?x3xf32> into tensor<?x6xf32>
func.func @slice_scatter(%arg0: !torch.vtensor<[?,6],f32>, %arg1: !torch.vtensor<[?,3],f32>) -> !torch.vtensor<[?,6],f32> {
  %int1 = torch.constant.int 1
  %int0 = torch.constant.int 0
  %int2 = torch.constant.int 2
  %none = torch.constant.none
  %0 = torch.aten.slice_scatter %arg0, %arg1, %int1, %int0, %none, %int2 : !torch.vtensor<[?,6],f32>, !torch.vtensor<[?,3],f32>, !torch.int, !torch.int, !torch.none, !torch.int -> !torch.vtensor<[?,6],f32>
  return %0 : !torch.vtensor<[?,6],f32>
}

// -----

// CHECK-LABEL: func.func @select_scatter
// CHECK: tensor.insert_slice %{{.*}} into %{{.*}}[0, 2] [2, 1] [1, 1] : tensor<2xf32> into tensor<2x3xf32>
func.func @select_scatter(%arg0: !torch.vtensor<[2,3],f32>, %arg1: !torch.vtensor<[2],f32>) -> !torch.vtensor<[2,3],f32> {
  %int1 = torch.constant.int 1
  %int-1 = torch.constant.int -1
  %0 = torch.aten.select_scatter %arg0, %arg1, %int1, %int-1 : !torch.vtensor<[2,3],f32>, !torch.vtensor<[2],f32>, !torch.int, !torch.int -> !torch.vtensor<[2,3],f32>
  return %0 : !torch.vtensor<[2,3],f32>
}

// -----

// CHECK-LABEL: func.func @upsample_nearest2d
// CHECK: arith.constant 5.000000e-01 : f32
// CHECK: linalg.generic
// CHECK: math.floor
// CHECK: arith.fptosi
// CHECK: arith.minsi
// CHECK: tensor.extract
// CHECK: -> tensor<?x3x8x8xf32>
func.func @upsample_nearest2d(%arg0: !torch.vtensor<[?,3,4,4],f32>) -> !torch.vtensor<[?,3,8,8],f32> {
  %none = torch.constant.none
  %float2 = torch.constant.float 2.0
  %0 = torch.prim.ListConstruct %float2, %float2 : (!torch.float, !torch.float) -> !torch.list<float>
  %1 = torch.aten.upsample_nearest2d.vec %arg0, %none, %0 : !torch.vtensor<[?,3,4,4],f32>, !torch.none, !torch.list<float> -> !torch.vtensor<[?,3,8,8],f32>
  return %1 : !torch.vtensor<[?,3,8,8],f32>
}
// -----

// CHECK-LABEL: func.func @t_static
// CHECK: linalg.transpose ins(%{{.*}} : tensor<2x3xi32>) outs(%{{.*}} : tensor<3x2xi32>) permutation = [1, 0]
func.func @t_static(%arg0: !torch.vtensor<[2,3],si32>) -> !torch.vtensor<[3,2],si32> {
  %0 = torch.aten.t %arg0 : !torch.vtensor<[2,3],si32> -> !torch.vtensor<[3,2],si32>
  return %0 : !torch.vtensor<[3,2],si32>
}

// -----

// CHECK-LABEL: func.func @movedim
// CHECK: linalg.transpose ins(%{{.*}} : tensor<?x3x4xf32>) outs(%{{.*}} : tensor<3x4x?xf32>) permutation = [1, 2, 0]
func.func @movedim(%arg0: !torch.vtensor<[?,3,4],f32>) -> !torch.vtensor<[3,4,?],f32> {
  %int0 = torch.constant.int 0
  %int-1 = torch.constant.int -1
  %0 = torch.aten.movedim.int %arg0, %int0, %int-1 : !torch.vtensor<[?,3,4],f32>, !torch.int, !torch.int -> !torch.vtensor<[3,4,?],f32>
  return %0 : !torch.vtensor<[3,4,?],f32>
}

// -----

// CHECK-LABEL: func.func @expand_as
// CHECK-SAME: (%[[A:.*]]: tensor<3xf32>, %[[B:.*]]: tensor<?x3xf32>)
// CHECK: %[[D:.*]] = tensor.dim %[[B]], %c0
// CHECK: %[[E:.*]] = tensor.empty(%[[D]]) : tensor<?x3xf32>
// CHECK: linalg.broadcast ins(%[[A]] : tensor<3xf32>) outs(%[[E]] : tensor<?x3xf32>) dimensions = [0]
func.func @expand_as(%arg0: !torch.vtensor<[3],f32>, %arg1: !torch.vtensor<[?,3],f32>) -> !torch.vtensor<[?,3],f32> {
  %0 = torch.aten.expand_as %arg0, %arg1 : !torch.vtensor<[3],f32>, !torch.vtensor<[?,3],f32> -> !torch.vtensor<[?,3],f32>
  return %0 : !torch.vtensor<[?,3],f32>
}

// -----

// CHECK-LABEL: func.func @view_as
// CHECK: tensor.expand_shape %{{.*}} {{\[}}[0, 1]] output_shape [%{{.*}}, 4] : tensor<?xf32> into tensor<?x4xf32>
func.func @view_as(%arg0: !torch.vtensor<[?],f32>, %arg1: !torch.vtensor<[?,4],f32>) -> !torch.vtensor<[?,4],f32> {
  %0 = torch.aten.view_as %arg0, %arg1 : !torch.vtensor<[?],f32>, !torch.vtensor<[?,4],f32> -> !torch.vtensor<[?,4],f32>
  return %0 : !torch.vtensor<[?,4],f32>
}

// -----

// CHECK-LABEL: func.func @split_tensor
// CHECK: tensor.extract_slice %{{.*}}[0, 0] [%{{.*}}, 2] [1, 1] : tensor<?x5xf32> to tensor<?x2xf32>
// CHECK: tensor.extract_slice %{{.*}}[0, 2] [%{{.*}}, 2] [1, 1] : tensor<?x5xf32> to tensor<?x2xf32>
// CHECK: tensor.extract_slice %{{.*}}[0, 4] [%{{.*}}, 1] [1, 1] : tensor<?x5xf32> to tensor<?x1xf32>
func.func @split_tensor(%arg0: !torch.vtensor<[?,5],f32>) -> (!torch.vtensor<[?,2],f32>, !torch.vtensor<[?,2],f32>, !torch.vtensor<[?,1],f32>) {
  %int2 = torch.constant.int 2
  %int1 = torch.constant.int 1
  %0 = torch.aten.split.Tensor %arg0, %int2, %int1 : !torch.vtensor<[?,5],f32>, !torch.int, !torch.int -> !torch.list<vtensor>
  %1:3 = torch.prim.ListUnpack %0 : !torch.list<vtensor> -> !torch.vtensor<[?,2],f32>, !torch.vtensor<[?,2],f32>, !torch.vtensor<[?,1],f32>
  return %1#0, %1#1, %1#2 : !torch.vtensor<[?,2],f32>, !torch.vtensor<[?,2],f32>, !torch.vtensor<[?,1],f32>
}

// -----

// aten.pad dispatches on the mode.
// CHECK-LABEL: func.func @pad_modes
// CHECK: linalg.generic
// CHECK: arith.remsi
// CHECK: -> tensor<?x7xf32>
// CHECK: tensor.pad %{{.*}} low[0, 1] high[0, 2]
func.func @pad_modes(%arg0: !torch.vtensor<[?,4],f32>) -> (!torch.vtensor<[?,7],f32>, !torch.vtensor<[?,7],f32>) {
  %int1 = torch.constant.int 1
  %int2 = torch.constant.int 2
  %circular = torch.constant.str "circular"
  %constant = torch.constant.str "constant"
  %none = torch.constant.none
  %0 = torch.prim.ListConstruct %int1, %int2 : (!torch.int, !torch.int) -> !torch.list<int>
  %1 = torch.aten.pad %arg0, %0, %circular, %none : !torch.vtensor<[?,4],f32>, !torch.list<int>, !torch.str, !torch.none -> !torch.vtensor<[?,7],f32>
  %2 = torch.aten.pad %arg0, %0, %constant, %none : !torch.vtensor<[?,4],f32>, !torch.list<int>, !torch.str, !torch.none -> !torch.vtensor<[?,7],f32>
  return %1, %2 : !torch.vtensor<[?,7],f32>, !torch.vtensor<[?,7],f32>
}

// -----

// CHECK-LABEL: func.func @tile
// CHECK: linalg.broadcast ins(%{{.*}} : tensor<2x3xf32>) outs(%{{.*}} : tensor<2x2x3xf32>) dimensions = [1]
// CHECK: tensor.collapse_shape %{{.*}} {{\[}}[0], [1, 2]] : tensor<2x2x3xf32> into tensor<2x6xf32>
func.func @tile(%arg0: !torch.vtensor<[2,3],f32>) -> !torch.vtensor<[2,6],f32> {
  %int2 = torch.constant.int 2
  %0 = torch.prim.ListConstruct %int2 : (!torch.int) -> !torch.list<int>
  %1 = torch.aten.tile %arg0, %0 : !torch.vtensor<[2,3],f32>, !torch.list<int> -> !torch.vtensor<[2,6],f32>
  return %1 : !torch.vtensor<[2,6],f32>
}

// -----

// CHECK-LABEL: func.func @broadcast_in_dim
// CHECK: linalg.generic {indexing_maps = [#{{.*}}, #{{.*}}]{{.*}} ins(%{{.*}} : tensor<3x1xf32>) outs(%{{.*}} : tensor<2x3x4xf32>)
func.func @broadcast_in_dim(%arg0: !torch.vtensor<[3,1],f32>) -> !torch.vtensor<[2,3,4],f32> {
  %int2 = torch.constant.int 2
  %int3 = torch.constant.int 3
  %int4 = torch.constant.int 4
  %int1 = torch.constant.int 1
  %0 = torch.prim.ListConstruct %int2, %int3, %int4 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
  %1 = torch.prim.ListConstruct %int1, %int2 : (!torch.int, !torch.int) -> !torch.list<int>
  %2 = torch.prims.broadcast_in_dim %arg0, %0, %1 : !torch.vtensor<[3,1],f32>, !torch.list<int>, !torch.list<int> -> !torch.vtensor<[2,3,4],f32>
  return %2 : !torch.vtensor<[2,3,4],f32>
}

// -----

// CHECK-LABEL: func.func @upsample_nearest2d_size
// CHECK: linalg.generic
// CHECK: math.floor
// CHECK: -> tensor<1x1x5x7xf32>
func.func @upsample_nearest2d_size(%arg0: !torch.vtensor<[1,1,2,3],f32>) -> !torch.vtensor<[1,1,5,7],f32> {
  %int5 = torch.constant.int 5
  %int7 = torch.constant.int 7
  %none = torch.constant.none
  %0 = torch.prim.ListConstruct %int5, %int7 : (!torch.int, !torch.int) -> !torch.list<int>
  %1 = torch.aten.upsample_nearest2d %arg0, %0, %none, %none : !torch.vtensor<[1,1,2,3],f32>, !torch.list<int>, !torch.none, !torch.none -> !torch.vtensor<[1,1,5,7],f32>
  return %1 : !torch.vtensor<[1,1,5,7],f32>
}

// -----

// An empty slice (a dim of size 0): no extract_slice / insert_slice (MLIR's
// verifier rejects even offset 0 in a dim of size 0): a new empty tensor,
// the destination unchanged.
// CHECK-LABEL: func.func @slice_of_empty
// CHECK-NOT: tensor.extract_slice
// CHECK: tensor.empty() : tensor<0x3x2xf32>
func.func @slice_of_empty(%a: !torch.vtensor<[0,3,6],f32>) -> !torch.vtensor<[0,3,2],f32> {
  %i2 = torch.constant.int 2
  %i4 = torch.constant.int 4
  %i6 = torch.constant.int 6
  %i1 = torch.constant.int 1
  %0 = torch.aten.slice.Tensor %a, %i2, %i4, %i6, %i1 : !torch.vtensor<[0,3,6],f32>, !torch.int, !torch.int, !torch.int, !torch.int -> !torch.vtensor<[0,3,2],f32>
  return %0 : !torch.vtensor<[0,3,2],f32>
}

// -----

// CHECK-LABEL: func.func @slice_scatter_of_empty
// CHECK-SAME: (%[[A:.*]]: tensor<0x3x6xf32>,
// CHECK-NOT: tensor.insert_slice
// CHECK: return %[[A]]
func.func @slice_scatter_of_empty(%a: !torch.vtensor<[0,3,6],f32>, %b: !torch.vtensor<[0,3,1],f32>) -> !torch.vtensor<[0,3,6],f32> {
  %i2 = torch.constant.int 2
  %i0 = torch.constant.int 0
  %i1 = torch.constant.int 1
  %0 = torch.aten.slice_scatter %a, %b, %i2, %i0, %i1, %i1 : !torch.vtensor<[0,3,6],f32>, !torch.vtensor<[0,3,1],f32>, !torch.int, !torch.int, !torch.int, !torch.int -> !torch.vtensor<[0,3,6],f32>
  return %0 : !torch.vtensor<[0,3,6],f32>
}

// -----

// resize (resize_as_'s functional form): the first elements of the
// contiguous input, reshaped.
// CHECK-LABEL: func.func @resize_smaller
// CHECK: %[[F:.*]] = tensor.collapse_shape %{{.*}} {{\[}}[0, 1]] : tensor<2x6xf32> into tensor<12xf32>
// CHECK: tensor.extract_slice %[[F]][0] [5] [1] : tensor<12xf32> to tensor<5xf32>
func.func @resize_smaller(%a: !torch.vtensor<[2,6],f32>) -> !torch.vtensor<[5],f32> {
  %i5 = torch.constant.int 5
  %none = torch.constant.none
  %l = torch.prim.ListConstruct %i5 : (!torch.int) -> !torch.list<int>
  %0 = torch.aten.resize %a, %l, %none : !torch.vtensor<[2,6],f32>, !torch.list<int>, !torch.none -> !torch.vtensor<[5],f32>
  return %0 : !torch.vtensor<[5],f32>
}
