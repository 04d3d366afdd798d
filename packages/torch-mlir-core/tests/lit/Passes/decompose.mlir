// RUN: torch-mlir-opt %s -split-input-file -torch-decompose | FileCheck %s

// Ops without a linalg rule are replaced by torch's own decomposition of
// them (traced on fake tensors), when their shapes are static.

// CHECK-LABEL: func.func @cosine_similarity(
// CHECK-NOT:     torch.aten.cosine_similarity
// CHECK:         torch.aten.mul.Tensor
// CHECK:         torch.aten.sum.dim_IntList
// CHECK:         return %{{.*}} : !torch.vtensor<[4],f32>
func.func @cosine_similarity(%a: !torch.vtensor<[4,8],f32>, %b: !torch.vtensor<[4,8],f32>) -> !torch.vtensor<[4],f32> {
  %int1 = torch.constant.int 1
  %eps = torch.constant.float 1.000000e-08
  %0 = torch.aten.cosine_similarity %a, %b, %int1, %eps : !torch.vtensor<[4,8],f32>, !torch.vtensor<[4,8],f32>, !torch.int, !torch.float -> !torch.vtensor<[4],f32>
  return %0 : !torch.vtensor<[4],f32>
}

// -----

// A dynamic dim: left alone (a decomposition traced for one size could be
// wrong for another); the lowering reports it if it has no rule.
// CHECK-LABEL: func.func @dynamic(
// CHECK:         torch.aten.cosine_similarity
func.func @dynamic(%a: !torch.vtensor<[?,8],f32>, %b: !torch.vtensor<[?,8],f32>) -> !torch.vtensor<[?],f32> {
  %int1 = torch.constant.int 1
  %eps = torch.constant.float 1.000000e-08
  %0 = torch.aten.cosine_similarity %a, %b, %int1, %eps : !torch.vtensor<[?,8],f32>, !torch.vtensor<[?,8],f32>, !torch.int, !torch.float -> !torch.vtensor<[?],f32>
  return %0 : !torch.vtensor<[?],f32>
}

// -----

// A decomposition that reshapes (prelu views its weight): the view stays a
// view op (aten.view), not functionalization's `view_copy`, which the dialect
// does not model.
// CHECK-LABEL: func.func @prelu(
// CHECK-NOT:     torch.operator
// CHECK-NOT:     torch.aten.prelu
// CHECK:         %[[W:.*]] = torch.aten.view %{{.*}}, %{{.*}} : !torch.vtensor<[1],f32>, !torch.list<int> -> !torch.vtensor<[1,1],f32>
// CHECK:         torch.aten.where.self
func.func @prelu(%x: !torch.vtensor<[4,6],f32>, %w: !torch.vtensor<[1],f32>) -> !torch.vtensor<[4,6],f32> {
  %0 = torch.aten.prelu %x, %w : !torch.vtensor<[4,6],f32>, !torch.vtensor<[1],f32> -> !torch.vtensor<[4,6],f32>
  return %0 : !torch.vtensor<[4,6],f32>
}

// -----

// An op whose result is one list of tensors: the decomposition's tensors
// are gathered back into a list.
// CHECK-LABEL: func.func @tensor_split(
// CHECK-NOT:     torch.aten.tensor_split
// CHECK:         %[[L:.*]] = torch.prim.ListConstruct %{{.*}}, %{{.*}}, %{{.*}} : (!torch.vtensor<[4,4],f32>, !torch.vtensor<[4,3],f32>, !torch.vtensor<[4,3],f32>) -> !torch.list<vtensor>
// CHECK:         torch.prim.ListUnpack %[[L]]
func.func @tensor_split(%x: !torch.vtensor<[4,10],f32>) -> (!torch.vtensor<[4,4],f32>, !torch.vtensor<[4,3],f32>, !torch.vtensor<[4,3],f32>) {
  %int1 = torch.constant.int 1
  %int3 = torch.constant.int 3
  %0 = torch.aten.tensor_split.sections %x, %int3, %int1 : !torch.vtensor<[4,10],f32>, !torch.int, !torch.int -> !torch.list<vtensor>
  %1:3 = torch.prim.ListUnpack %0 : !torch.list<vtensor> -> !torch.vtensor<[4,4],f32>, !torch.vtensor<[4,3],f32>, !torch.vtensor<[4,3],f32>
  return %1#0, %1#1, %1#2 : !torch.vtensor<[4,4],f32>, !torch.vtensor<[4,3],f32>, !torch.vtensor<[4,3],f32>
}

// -----

// A decomposition that splits a tensor into a list (gru_cell's chunk): the
// list op has one list result, unpacked for the ops that use its elements.
// CHECK-LABEL: func.func @gru_cell(
// CHECK-NOT:     torch.operator
// CHECK-NOT:     torch.aten.gru_cell
// CHECK:         %[[L:.*]] = torch.aten.split_with_sizes {{.*}} -> !torch.list<vtensor>
// CHECK:         torch.prim.ListUnpack %[[L]] : !torch.list<vtensor> -> !torch.vtensor<[3,4],f32>, !torch.vtensor<[3,4],f32>, !torch.vtensor<[3,4],f32>
func.func @gru_cell(%x: !torch.vtensor<[3,5],f32>, %h: !torch.vtensor<[3,4],f32>, %wi: !torch.vtensor<[12,5],f32>, %wh: !torch.vtensor<[12,4],f32>) -> !torch.vtensor<[3,4],f32> {
  %none = torch.constant.none
  %0 = torch.aten.gru_cell %x, %h, %wi, %wh, %none, %none : !torch.vtensor<[3,5],f32>, !torch.vtensor<[3,4],f32>, !torch.vtensor<[12,5],f32>, !torch.vtensor<[12,4],f32>, !torch.none, !torch.none -> !torch.vtensor<[3,4],f32>
  return %0 : !torch.vtensor<[3,4],f32>
}

// -----

// lstm decomposes into its portable form (matmuls and pointwise ops per
// step), not the CPU kernel aten.mkldnn_rnn_layer the dialect does not model.
// CHECK-LABEL: func.func @lstm(
// CHECK-NOT:     torch.operator
// CHECK-NOT:     torch.aten.lstm.input
// CHECK:         torch.aten.sigmoid
// CHECK:         torch.aten.tanh
func.func @lstm(%x: !torch.vtensor<[2,3,4],f32>, %h: !torch.vtensor<[1,3,5],f32>, %c: !torch.vtensor<[1,3,5],f32>, %wi: !torch.vtensor<[20,4],f32>, %wh: !torch.vtensor<[20,5],f32>) -> !torch.vtensor<[2,3,5],f32> {
  %true = torch.constant.bool true
  %false = torch.constant.bool false
  %int1 = torch.constant.int 1
  %float0 = torch.constant.float 0.000000e+00
  %hx = torch.prim.ListConstruct %h, %c : (!torch.vtensor<[1,3,5],f32>, !torch.vtensor<[1,3,5],f32>) -> !torch.list<vtensor>
  %params = torch.prim.ListConstruct %wi, %wh : (!torch.vtensor<[20,4],f32>, !torch.vtensor<[20,5],f32>) -> !torch.list<vtensor>
  %0:3 = torch.aten.lstm.input %x, %hx, %params, %false, %int1, %float0, %false, %false, %false : !torch.vtensor<[2,3,4],f32>, !torch.list<vtensor>, !torch.list<vtensor>, !torch.bool, !torch.int, !torch.float, !torch.bool, !torch.bool, !torch.bool -> !torch.vtensor<[2,3,5],f32>, !torch.vtensor<[1,3,5],f32>, !torch.vtensor<[1,3,5],f32>
  return %0#0 : !torch.vtensor<[2,3,5],f32>
}

// -----

// mT (CompositeImplicitAutograd): the transpose of the last two dims, which
// the core-ATen table makes a permute.
// CHECK-LABEL: func.func @mT(
// CHECK-NOT:     torch.aten.mT
// CHECK:         %[[P:.*]] = torch.prim.ListConstruct %{{.*}}, %{{.*}}, %{{.*}} : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
// CHECK:         %[[T:.*]] = torch.aten.permute %{{.*}}, %[[P]] : !torch.vtensor<[2,3,4],f32>, !torch.list<int> -> !torch.vtensor<[2,4,3],f32>
// CHECK:         return %[[T]] : !torch.vtensor<[2,4,3],f32>
func.func @mT(%x: !torch.vtensor<[2,3,4],f32>) -> !torch.vtensor<[2,4,3],f32> {
  %0 = torch.aten.mT %x : !torch.vtensor<[2,3,4],f32> -> !torch.vtensor<[2,4,3],f32>
  return %0 : !torch.vtensor<[2,4,3],f32>
}

// -----

// linalg_multi_dot (CompositeImplicitAutograd): a chain of mm in the
// cheapest order; (3x4 @ 4x5) @ 5x2 costs 90 multiplications, 3x4 @
// (4x5 @ 5x2) costs 64.
// CHECK-LABEL: func.func @linalg_multi_dot(
// CHECK-NOT:     torch.aten.linalg_multi_dot
// CHECK:         %[[BC:.*]] = torch.aten.mm %{{.*}}, %{{.*}} : !torch.vtensor<[4,5],f32>, !torch.vtensor<[5,2],f32> -> !torch.vtensor<[4,2],f32>
// CHECK:         %[[R:.*]] = torch.aten.mm %{{.*}}, %[[BC]] : !torch.vtensor<[3,4],f32>, !torch.vtensor<[4,2],f32> -> !torch.vtensor<[3,2],f32>
// CHECK:         %[[V:.*]] = torch.aten.view %[[R]], %{{.*}} : !torch.vtensor<[3,2],f32>, !torch.list<int> -> !torch.vtensor<[3,2],f32>
// CHECK:         return %[[V]] : !torch.vtensor<[3,2],f32>
func.func @linalg_multi_dot(%a: !torch.vtensor<[3,4],f32>, %b: !torch.vtensor<[4,5],f32>, %c: !torch.vtensor<[5,2],f32>) -> !torch.vtensor<[3,2],f32> {
  %0 = torch.prim.ListConstruct %a, %b, %c : (!torch.vtensor<[3,4],f32>, !torch.vtensor<[4,5],f32>, !torch.vtensor<[5,2],f32>) -> !torch.list<vtensor>
  %1 = torch.aten.linalg_multi_dot %0 : !torch.list<vtensor> -> !torch.vtensor<[3,2],f32>
  return %1 : !torch.vtensor<[3,2],f32>
}

// -----

// Ops the dialect defines but no linalg rule lowers, decomposed by ours
// (extra_decompositions.py): cdist's p-norm of the pairwise differences.
// CHECK-LABEL: func.func @cdist(
// CHECK-NOT:     torch.aten._cdist_forward
// CHECK:         torch.aten.sub.Tensor
// CHECK:         torch.aten.abs
// CHECK:         torch.aten.sum.dim_IntList
// CHECK:         return %{{.*}} : !torch.vtensor<[4,5],f32>
func.func @cdist(%a: !torch.vtensor<[4,3],f32>, %b: !torch.vtensor<[5,3],f32>) -> !torch.vtensor<[4,5],f32> {
  %p = torch.constant.float 1.000000e+00
  %none = torch.constant.none
  %0 = torch.aten._cdist_forward %a, %b, %p, %none : !torch.vtensor<[4,3],f32>, !torch.vtensor<[5,3],f32>, !torch.float, !torch.none -> !torch.vtensor<[4,5],f32>
  return %0 : !torch.vtensor<[4,5],f32>
}

// -----

// masked_scatter: the source's elements in order, through a cumsum of the mask.
// CHECK-LABEL: func.func @masked_scatter(
// CHECK-NOT:     torch.aten.masked_scatter
// CHECK:         torch.aten.cumsum
// CHECK:         torch.aten.index_select
// CHECK:         torch.aten.where.self
func.func @masked_scatter(%x: !torch.vtensor<[3,4],f32>, %m: !torch.vtensor<[3,4],i1>, %s: !torch.vtensor<[12],f32>) -> !torch.vtensor<[3,4],f32> {
  %0 = torch.aten.masked_scatter %x, %m, %s : !torch.vtensor<[3,4],f32>, !torch.vtensor<[3,4],i1>, !torch.vtensor<[12],f32> -> !torch.vtensor<[3,4],f32>
  return %0 : !torch.vtensor<[3,4],f32>
}

// -----

// diagonal_scatter: a where on the diagonal's positions of a gather of the source.
// CHECK-LABEL: func.func @diagonal_scatter(
// CHECK-NOT:     torch.aten.diagonal_scatter
// CHECK:         torch.aten.gather
// CHECK:         torch.aten.where.self
func.func @diagonal_scatter(%x: !torch.vtensor<[4,5],f32>, %s: !torch.vtensor<[3],f32>) -> !torch.vtensor<[4,5],f32> {
  %int2 = torch.constant.int 2
  %int0 = torch.constant.int 0
  %int1 = torch.constant.int 1
  %0 = torch.aten.diagonal_scatter %x, %s, %int2, %int0, %int1 : !torch.vtensor<[4,5],f32>, !torch.vtensor<[3],f32>, !torch.int, !torch.int, !torch.int -> !torch.vtensor<[4,5],f32>
  return %0 : !torch.vtensor<[4,5],f32>
}

// -----

// TorchScript narrows an Optional constant (F.grid_sample's align_corners)
// with derefine + prim.unchecked_cast: still a constant, so decomposed.
// CHECK-LABEL: func.func @unchecked_cast_constant(
// CHECK-NOT:     torch.aten.grid_sampler
// CHECK:         torch.aten.index.Tensor
// CHECK:         return %{{.*}} : !torch.vtensor<[1,1,3,3],f32>
func.func @unchecked_cast_constant(%x: !torch.vtensor<[1,1,4,5],f32>, %grid: !torch.vtensor<[1,3,3,2],f32>) -> !torch.vtensor<[1,1,3,3],f32> {
  %int0 = torch.constant.int 0
  %false = torch.constant.bool false
  %0 = torch.derefine %false : !torch.bool to !torch.optional<bool>
  %1 = torch.prim.unchecked_cast %0 : !torch.optional<bool> -> !torch.bool
  %2 = torch.aten.grid_sampler %x, %grid, %int0, %int0, %1 : !torch.vtensor<[1,1,4,5],f32>, !torch.vtensor<[1,3,3,2],f32>, !torch.int, !torch.int, !torch.bool -> !torch.vtensor<[1,1,3,3],f32>
  return %2 : !torch.vtensor<[1,1,3,3],f32>
}
