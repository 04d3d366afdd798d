// RUN: torch-mlir-opt %s -torch-lower-to-linalg -split-input-file -verify-diagnostics | FileCheck %s

// index.Tensor: a generic over the result reads the index tensors (broadcast
// together) and extracts the source element; negative indices wrap, and an
// index out of range fails a run-time check (then row 0 is read, never
// memory outside the tensor).

// CHECK: #[[$MAP0:.*]] = affine_map<(d0, d1, d2) -> (d1)>
// CHECK: #[[$ID:.*]] = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-LABEL: func.func @index_tensor
// CHECK-SAME: (%[[X:.*]]: tensor<2x3x4xf32>, %[[I:.*]]: tensor<?xi64>)
// CHECK: linalg.generic {indexing_maps = [#[[$MAP0]], #[[$ID]]]{{.*}} ins(%[[I]] : tensor<?xi64>) outs(%{{.*}} : tensor<2x?x4xf32>)
// CHECK: ^bb0(%[[V:.*]]: i64, %{{.*}}: f32):
// CHECK: %[[D0:.*]] = linalg.index 0
// CHECK: %[[D2:.*]] = linalg.index 2
// CHECK: %[[IV:.*]] = arith.index_cast %[[V]] : i64 to index
// CHECK: %[[NEG:.*]] = arith.cmpi slt, %[[IV]]
// CHECK: %[[W:.*]] = arith.select %[[NEG]]
// CHECK: %[[IN:.*]] = arith.cmpi ult, %[[W]], %{{.*}} : index
// CHECK: cf.assert %[[IN]], "index out of range (torch raises IndexError)"
// CHECK: %[[SAFE:.*]] = arith.select %[[IN]], %[[W]], %{{.*}} : index
// CHECK: tensor.extract %[[X]][%[[D0]], %[[SAFE]], %[[D2]]] : tensor<2x3x4xf32>
func.func @index_tensor(%arg0: !torch.vtensor<[2,3,4],f32>, %arg1: !torch.vtensor<[?],si64>) -> !torch.vtensor<[2,?,4],f32> {
  %none = torch.constant.none
  %0 = torch.prim.ListConstruct %none, %arg1 : (!torch.none, !torch.vtensor<[?],si64>) -> !torch.list<optional<vtensor>>
  %1 = torch.aten.index.Tensor %arg0, %0 : !torch.vtensor<[2,3,4],f32>, !torch.list<optional<vtensor>> -> !torch.vtensor<[2,?,4],f32>
  return %1 : !torch.vtensor<[2,?,4],f32>
}

// -----

// Non-adjacent index tensors put the broadcast dims first; a unit dim of an
// index tensor broadcasts (constant 0 in its map).
// CHECK: #[[$MA:.*]] = affine_map<(d0, d1, d2) -> (d0, 0)>
// CHECK: #[[$MB:.*]] = affine_map<(d0, d1, d2) -> (d1)>
// CHECK-LABEL: func.func @index_non_adjacent
// CHECK: linalg.generic {indexing_maps = [#[[$MA]], #[[$MB]], #{{.*}}]{{.*}} ins(%{{.*}}, %{{.*}} : tensor<2x1xi64>, tensor<3xi32>) outs(%{{.*}} : tensor<2x3x5xf32>)
// CHECK: ^bb0(%[[A:.*]]: i64, %[[B:.*]]: i32, %{{.*}}: f32):
// CHECK: %[[D2:.*]] = linalg.index 2
// CHECK: arith.index_cast %[[A]] : i64 to index
// CHECK: arith.index_cast %[[B]] : i32 to index
// CHECK: tensor.extract %{{.*}}[%{{.*}}, %[[D2]], %{{.*}}] : tensor<4x5x6xf32>
func.func @index_non_adjacent(%arg0: !torch.vtensor<[4,5,6],f32>, %arg1: !torch.vtensor<[2,1],si64>, %arg2: !torch.vtensor<[3],si32>) -> !torch.vtensor<[2,3,5],f32> {
  %none = torch.constant.none
  %0 = torch.prim.ListConstruct %arg1, %none, %arg2 : (!torch.vtensor<[2,1],si64>, !torch.none, !torch.vtensor<[3],si32>) -> !torch.list<optional<vtensor>>
  %1 = torch.aten.index.Tensor %arg0, %0 : !torch.vtensor<[4,5,6],f32>, !torch.list<optional<vtensor>> -> !torch.vtensor<[2,3,5],f32>
  return %1 : !torch.vtensor<[2,3,5],f32>
}

// -----

// CHECK-LABEL: func.func @index_select
// CHECK: linalg.generic
// CHECK-SAME: ins(%{{.*}} : tensor<?xi64>) outs(%{{.*}} : tensor<?x?xf32>)
// CHECK: tensor.extract %{{.*}}[%{{.*}}, %{{.*}}] : tensor<?x4xf32>
func.func @index_select(%arg0: !torch.vtensor<[?,4],f32>, %arg1: !torch.vtensor<[?],si64>) -> !torch.vtensor<[?,?],f32> {
  %int1 = torch.constant.int 1
  %0 = torch.aten.index_select %arg0, %int1, %arg1 : !torch.vtensor<[?,4],f32>, !torch.int, !torch.vtensor<[?],si64> -> !torch.vtensor<[?,?],f32>
  return %0 : !torch.vtensor<[?,?],f32>
}

// -----

// index_select of a 0-d tensor: the tensor itself; the one index must be 0
// (run-time check) and a 1-d index of a dynamic size must hold one value.
// CHECK-LABEL: func.func @index_select_0d
// CHECK: cf.assert %{{.*}}, "index_select of a 0-d tensor needs 1 index"
// CHECK: linalg.generic
// CHECK-SAME: outs(%{{.*}} : tensor<f32>)
// CHECK: tensor.extract %{{.*}}[%{{.*}}] : tensor<?xi64>
// CHECK: cf.assert %{{.*}}, "index out of range (torch raises IndexError)"
// CHECK: tensor.extract %{{.*}}[] : tensor<f32>
func.func @index_select_0d(%arg0: !torch.vtensor<[],f32>, %arg1: !torch.vtensor<[?],si64>) -> !torch.vtensor<[],f32> {
  %int0 = torch.constant.int 0
  %0 = torch.aten.index_select %arg0, %int0, %arg1 : !torch.vtensor<[],f32>, !torch.int, !torch.vtensor<[?],si64> -> !torch.vtensor<[],f32>
  return %0 : !torch.vtensor<[],f32>
}

// -----

func.func @index_select_0d_two_indices(%arg0: !torch.vtensor<[],f32>, %arg1: !torch.vtensor<[2],si64>) -> !torch.vtensor<[],f32> {
  %int0 = torch.constant.int 0
  // expected-error @+1 {{index_select of a 0-d tensor with 2 indices}}
  %0 = torch.aten.index_select %arg0, %int0, %arg1 : !torch.vtensor<[],f32>, !torch.int, !torch.vtensor<[2],si64> -> !torch.vtensor<[],f32>
  return %0 : !torch.vtensor<[],f32>
}
// expected-error @unknown {{1 op(s) could not be lowered to linalg-on-tensors: torch.aten.index_select}}

// -----

// CHECK: #[[$EMAP:.*]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-LABEL: func.func @embedding
// CHECK-SAME: (%[[W:.*]]: tensor<10x3xf32>, %[[I:.*]]: tensor<?x2xi64>)
// CHECK: linalg.generic {indexing_maps = [#[[$EMAP]], #{{.*}}]{{.*}} ins(%[[I]] : tensor<?x2xi64>) outs(%{{.*}} : tensor<?x2x3xf32>)
// CHECK: ^bb0(%[[V:.*]]: i64, %{{.*}}: f32):
// CHECK: %[[D2:.*]] = linalg.index 2
// CHECK: %[[IV:.*]] = arith.index_cast %[[V]] : i64 to index
// CHECK: %[[IN:.*]] = arith.cmpi ult, %[[IV]], %{{.*}} : index
// CHECK: cf.assert %[[IN]], "index out of range (torch raises IndexError)"
// CHECK: %[[SAFE:.*]] = arith.select %[[IN]], %[[IV]], %{{.*}} : index
// CHECK: tensor.extract %[[W]][%[[SAFE]], %[[D2]]] : tensor<10x3xf32>
func.func @embedding(%arg0: !torch.vtensor<[10,3],f32>, %arg1: !torch.vtensor<[?,2],si64>) -> !torch.vtensor<[?,2,3],f32> {
  %int-1 = torch.constant.int -1
  %false = torch.constant.bool false
  %0 = torch.aten.embedding %arg0, %arg1, %int-1, %false, %false : !torch.vtensor<[10,3],f32>, !torch.vtensor<[?,2],si64>, !torch.int, !torch.bool, !torch.bool -> !torch.vtensor<[?,2,3],f32>
  return %0 : !torch.vtensor<[?,2,3],f32>
}

// -----

// CHECK-LABEL: func.func @gather
// CHECK-SAME: (%[[X:.*]]: tensor<?x4xf32>, %[[I:.*]]: tensor<?x2xi64>)
// CHECK: linalg.generic {{.*}} ins(%[[I]] : tensor<?x2xi64>) outs(%{{.*}} : tensor<?x2xf32>)
// CHECK: %[[D0:.*]] = linalg.index 0
// CHECK: tensor.extract %[[X]][%[[D0]], %{{.*}}] : tensor<?x4xf32>
func.func @gather(%arg0: !torch.vtensor<[?,4],f32>, %arg1: !torch.vtensor<[?,2],si64>) -> !torch.vtensor<[?,2],f32> {
  %int1 = torch.constant.int 1
  %false = torch.constant.bool false
  %0 = torch.aten.gather %arg0, %int1, %arg1, %false : !torch.vtensor<[?,4],f32>, !torch.int, !torch.vtensor<[?,2],si64>, !torch.bool -> !torch.vtensor<[?,2],f32>
  return %0 : !torch.vtensor<[?,2],f32>
}

// -----

// scatter: loops over the index carrying the destination; later writes win.
// CHECK-LABEL: func.func @scatter_src
// CHECK-SAME: (%[[X:.*]]: tensor<?x4xf32>, %[[I:.*]]: tensor<?x2xi64>, %[[S:.*]]: tensor<?x2xf32>)
// CHECK: %[[D:.*]] = tensor.dim %[[I]], %c0
// CHECK: %[[R:.*]] = scf.for %[[A:.*]] = %c0{{.*}} to %[[D]] step %c1{{.*}} iter_args(%[[T0:.*]] = %[[X]]) -> (tensor<?x4xf32>)
// CHECK: scf.for %[[B:.*]] = %{{.*}} to %c2{{.*}} step %{{.*}} iter_args(%[[T1:.*]] = %[[T0]]) -> (tensor<?x4xf32>)
// CHECK: %[[IDX:.*]] = tensor.extract %[[I]][%[[A]], %[[B]]] : tensor<?x2xi64>
// CHECK: %[[V:.*]] = tensor.extract %[[S]][%[[A]], %[[B]]] : tensor<?x2xf32>
// CHECK: %[[N:.*]] = tensor.insert %[[V]] into %[[T1]][%[[A]], %{{.*}}] : tensor<?x4xf32>
// CHECK: scf.yield %[[N]]
// CHECK: return %[[R]]
func.func @scatter_src(%arg0: !torch.vtensor<[?,4],f32>, %arg1: !torch.vtensor<[?,2],si64>, %arg2: !torch.vtensor<[?,2],f32>) -> !torch.vtensor<[?,4],f32> {
  %int1 = torch.constant.int 1
  %0 = torch.aten.scatter.src %arg0, %int1, %arg1, %arg2 : !torch.vtensor<[?,4],f32>, !torch.int, !torch.vtensor<[?,2],si64>, !torch.vtensor<[?,2],f32> -> !torch.vtensor<[?,4],f32>
  return %0 : !torch.vtensor<[?,4],f32>
}

// -----

// CHECK-LABEL: func.func @scatter_value
// CHECK: %[[V:.*]] = arith.constant 2.500000e+00 : f32
// CHECK: scf.for
// CHECK: scf.for
// CHECK: tensor.insert %[[V]] into
func.func @scatter_value(%arg0: !torch.vtensor<[3,4],f32>, %arg1: !torch.vtensor<[2,2],si64>) -> !torch.vtensor<[3,4],f32> {
  %int0 = torch.constant.int 0
  %float = torch.constant.float 2.5
  %0 = torch.aten.scatter.value %arg0, %int0, %arg1, %float : !torch.vtensor<[3,4],f32>, !torch.int, !torch.vtensor<[2,2],si64>, !torch.float -> !torch.vtensor<[3,4],f32>
  return %0 : !torch.vtensor<[3,4],f32>
}

// -----

// CHECK-LABEL: func.func @scatter_add
// CHECK: scf.for
// CHECK: %[[OLD:.*]] = tensor.extract %{{.*}} : tensor<3x4xi32>
// CHECK: %[[NEW:.*]] = arith.addi %[[OLD]], %{{.*}} : i32
// CHECK: tensor.insert %[[NEW]]
func.func @scatter_add(%arg0: !torch.vtensor<[3,4],si32>, %arg1: !torch.vtensor<[2,4],si64>, %arg2: !torch.vtensor<[2,4],si32>) -> !torch.vtensor<[3,4],si32> {
  %int0 = torch.constant.int 0
  %0 = torch.aten.scatter_add %arg0, %int0, %arg1, %arg2 : !torch.vtensor<[3,4],si32>, !torch.int, !torch.vtensor<[2,4],si64>, !torch.vtensor<[2,4],si32> -> !torch.vtensor<[3,4],si32>
  return %0 : !torch.vtensor<[3,4],si32>
}

// -----

// include_self=false: a first loop writes the reduction's identity (-inf
// for amax) where the index points, then the loop reduces into it.
// CHECK-LABEL: func.func @scatter_reduce_amax
// CHECK: %[[NINF:.*]] = arith.constant 0xFF800000 : f32
// CHECK: scf.for
// CHECK: tensor.insert %[[NINF]]
// CHECK: scf.for
// CHECK: arith.maximumf
func.func @scatter_reduce_amax(%arg0: !torch.vtensor<[3,4],f32>, %arg1: !torch.vtensor<[2,4],si64>, %arg2: !torch.vtensor<[2,4],f32>) -> !torch.vtensor<[3,4],f32> {
  %int0 = torch.constant.int 0
  %str = torch.constant.str "amax"
  %false = torch.constant.bool false
  %0 = torch.aten.scatter_reduce.two %arg0, %int0, %arg1, %arg2, %str, %false : !torch.vtensor<[3,4],f32>, !torch.int, !torch.vtensor<[2,4],si64>, !torch.vtensor<[2,4],f32>, !torch.str, !torch.bool -> !torch.vtensor<[3,4],f32>
  return %0 : !torch.vtensor<[3,4],f32>
}

// -----

// mean: sums and counts in one loop, then a generic divides.
// CHECK-LABEL: func.func @scatter_reduce_mean
// CHECK: %[[CNT:.*]] = linalg.fill
// CHECK: %[[R:.*]]:2 = scf.for {{.*}} iter_args(%{{.*}} = %{{.*}}, %{{.*}} = %[[CNT]])
// CHECK: linalg.generic {{.*}} ins(%[[R]]#0, %[[R]]#1 : tensor<?x4xf32>, tensor<?x4xf32>)
// CHECK: arith.divf
func.func @scatter_reduce_mean(%arg0: !torch.vtensor<[?,4],f32>, %arg1: !torch.vtensor<[2,4],si64>, %arg2: !torch.vtensor<[2,4],f32>) -> !torch.vtensor<[?,4],f32> {
  %int0 = torch.constant.int 0
  %str = torch.constant.str "mean"
  %true = torch.constant.bool true
  %0 = torch.aten.scatter_reduce.two %arg0, %int0, %arg1, %arg2, %str, %true : !torch.vtensor<[?,4],f32>, !torch.int, !torch.vtensor<[2,4],si64>, !torch.vtensor<[2,4],f32>, !torch.str, !torch.bool -> !torch.vtensor<[?,4],f32>
  return %0 : !torch.vtensor<[?,4],f32>
}

// -----

// index_put with accumulate: loops over the indexed shape ([?] x [4]),
// values broadcast to it.
// CHECK-LABEL: func.func @index_put_accumulate
// CHECK-SAME: (%[[X:.*]]: tensor<5x4xf32>, %[[I:.*]]: tensor<?xi64>, %[[V:.*]]: tensor<4xf32>)
// CHECK: %[[D:.*]] = tensor.dim %[[I]], %c0
// CHECK: scf.for %[[A:.*]] = %{{.*}} to %[[D]] step %{{.*}} iter_args(%[[T0:.*]] = %[[X]])
// CHECK: scf.for %[[B:.*]] = %{{.*}} to %c4{{.*}} step %{{.*}} iter_args(%[[T1:.*]] = %[[T0]])
// CHECK: tensor.extract %[[I]][%[[A]]] : tensor<?xi64>
// CHECK: %[[VAL:.*]] = tensor.extract %[[V]][%[[B]]] : tensor<4xf32>
// CHECK: %[[OLD:.*]] = tensor.extract %[[T1]][%{{.*}}, %[[B]]]
// CHECK: %[[SUM:.*]] = arith.addf %[[OLD]], %[[VAL]]
// CHECK: tensor.insert %[[SUM]] into %[[T1]][%{{.*}}, %[[B]]]
func.func @index_put_accumulate(%arg0: !torch.vtensor<[5,4],f32>, %arg1: !torch.vtensor<[?],si64>, %arg2: !torch.vtensor<[4],f32>) -> !torch.vtensor<[5,4],f32> {
  %true = torch.constant.bool true
  %0 = torch.prim.ListConstruct %arg1 : (!torch.vtensor<[?],si64>) -> !torch.list<optional<vtensor>>
  %1 = torch.aten.index_put %arg0, %0, %arg2, %true : !torch.vtensor<[5,4],f32>, !torch.list<optional<vtensor>>, !torch.vtensor<[4],f32>, !torch.bool -> !torch.vtensor<[5,4],f32>
  return %1 : !torch.vtensor<[5,4],f32>
}

// -----

// CHECK-LABEL: func.func @index_put
// CHECK: scf.for
// CHECK-NOT: arith.addf
// CHECK: tensor.insert
func.func @index_put(%arg0: !torch.vtensor<[5,4],f32>, %arg1: !torch.vtensor<[2],si64>, %arg2: !torch.vtensor<[2,4],f32>) -> !torch.vtensor<[5,4],f32> {
  %false = torch.constant.bool false
  %0 = torch.prim.ListConstruct %arg1 : (!torch.vtensor<[2],si64>) -> !torch.list<optional<vtensor>>
  %1 = torch.aten.index_put %arg0, %0, %arg2, %false : !torch.vtensor<[5,4],f32>, !torch.list<optional<vtensor>>, !torch.vtensor<[2,4],f32>, !torch.bool -> !torch.vtensor<[5,4],f32>
  return %1 : !torch.vtensor<[5,4],f32>
}

// -----

// CHECK-LABEL: func.func @index_add
// CHECK: scf.for
// CHECK: %[[I:.*]] = tensor.extract %{{.*}} : tensor<3xi64>
// CHECK: arith.index_cast %[[I]]
// CHECK: arith.addf
// CHECK: tensor.insert
func.func @index_add(%arg0: !torch.vtensor<[?,4],f32>, %arg1: !torch.vtensor<[3],si64>, %arg2: !torch.vtensor<[3,4],f32>) -> !torch.vtensor<[?,4],f32> {
  %int0 = torch.constant.int 0
  %int1 = torch.constant.int 1
  %0 = torch.aten.index_add %arg0, %int0, %arg1, %arg2, %int1 : !torch.vtensor<[?,4],f32>, !torch.int, !torch.vtensor<[3],si64>, !torch.vtensor<[3,4],f32>, !torch.int -> !torch.vtensor<[?,4],f32>
  return %0 : !torch.vtensor<[?,4],f32>
}

// -----

// alpha scales the source, in self's dtype: source * 2.0 then added.
// CHECK-LABEL: func.func @index_add_alpha
// CHECK: %[[A:.*]] = arith.constant 2.000000e+00 : f32
// CHECK: scf.for
// CHECK: %[[S:.*]] = tensor.extract %{{.*}} : tensor<3x4xf32>
// CHECK: %[[M:.*]] = arith.mulf %[[S]], %[[A]] : f32
// CHECK: arith.addf %{{.*}}, %[[M]] : f32
// CHECK: tensor.insert
func.func @index_add_alpha(%arg0: !torch.vtensor<[5,4],f32>, %arg1: !torch.vtensor<[3],si64>, %arg2: !torch.vtensor<[3,4],f32>) -> !torch.vtensor<[5,4],f32> {
  %int0 = torch.constant.int 0
  %float2 = torch.constant.float 2.000000e+00
  %0 = torch.aten.index_add %arg0, %int0, %arg1, %arg2, %float2 : !torch.vtensor<[5,4],f32>, !torch.int, !torch.vtensor<[3],si64>, !torch.vtensor<[3,4],f32>, !torch.float -> !torch.vtensor<[5,4],f32>
  return %0 : !torch.vtensor<[5,4],f32>
}

// -----

// The legacy scatter(reduce="multiply").
// CHECK-LABEL: func.func @scatter_reduce_multiply
// CHECK: scf.for
// CHECK: arith.mulf
func.func @scatter_reduce_multiply(%arg0: !torch.vtensor<[3,4],f32>, %arg1: !torch.vtensor<[2,4],si64>, %arg2: !torch.vtensor<[2,4],f32>) -> !torch.vtensor<[3,4],f32> {
  %int0 = torch.constant.int 0
  %str = torch.constant.str "multiply"
  %0 = torch.aten.scatter.reduce %arg0, %int0, %arg1, %arg2, %str : !torch.vtensor<[3,4],f32>, !torch.int, !torch.vtensor<[2,4],si64>, !torch.vtensor<[2,4],f32>, !torch.str -> !torch.vtensor<[3,4],f32>
  return %0 : !torch.vtensor<[3,4],f32>
}

// -----

// scaled_dot_product_attention (not decomposed): scores (a reduction over
// the head dim), masked logits, row max, row sum of exp, then the weighted
// sum over keys with fully masked rows giving 0.
// CHECK-LABEL: func.func @sdpa
// CHECK-SAME: (%[[Q:.*]]: tensor<?x2x3x4xf32>, %[[K:.*]]: tensor<?x2x5x4xf32>, %[[V:.*]]: tensor<?x2x5x6xf32>, %[[M:.*]]: tensor<3x5xi1>)
// CHECK: %[[S:.*]] = linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%[[Q]], %[[K]] : {{.*}}) outs(%{{.*}} : tensor<?x2x3x5xf32>)
// CHECK: %[[L:.*]] = linalg.generic {{.*}} ins(%[[S]], %[[M]] : tensor<?x2x3x5xf32>, tensor<3x5xi1>)
// CHECK: arith.mulf %{{.*}}, %cst
// CHECK: arith.select
// CHECK: %[[MX:.*]] = linalg.generic {{.*}} ins(%[[L]] : tensor<?x2x3x5xf32>) outs(%{{.*}} : tensor<?x2x3xf32>)
// CHECK: arith.maximumf
// CHECK: %[[T:.*]] = linalg.generic {{.*}} ins(%[[L]], %[[MX]] : {{.*}}) outs(%{{.*}} : tensor<?x2x3xf32>)
// CHECK: math.exp
// CHECK: linalg.generic {{.*}} ins(%[[L]], %[[MX]], %[[T]], %[[V]] : {{.*}}) outs(%{{.*}} : tensor<?x2x3x6xf32>)
// CHECK: arith.cmpf oeq
func.func @sdpa(%q: !torch.vtensor<[?,2,3,4],f32>, %k: !torch.vtensor<[?,2,5,4],f32>, %v: !torch.vtensor<[?,2,5,6],f32>, %m: !torch.vtensor<[3,5],i1>) -> !torch.vtensor<[?,2,3,6],f32> {
  %none = torch.constant.none
  %p = torch.constant.float 0.0
  %false = torch.constant.bool false
  %0 = torch.aten.scaled_dot_product_attention %q, %k, %v, %m, %p, %false, %none, %false : !torch.vtensor<[?,2,3,4],f32>, !torch.vtensor<[?,2,5,4],f32>, !torch.vtensor<[?,2,5,6],f32>, !torch.vtensor<[3,5],i1>, !torch.float, !torch.bool, !torch.none, !torch.bool -> !torch.vtensor<[?,2,3,6],f32>
  return %0 : !torch.vtensor<[?,2,3,6],f32>
}

// -----

// is_causal keeps key s <= query l.
// CHECK-LABEL: func.func @sdpa_causal
// CHECK: linalg.generic
// CHECK: linalg.generic
// CHECK: %[[S:.*]] = linalg.index 1
// CHECK: %[[L:.*]] = linalg.index 0
// CHECK: arith.cmpi ule, %[[S]], %[[L]]
func.func @sdpa_causal(%q: !torch.vtensor<[3,4],f32>, %k: !torch.vtensor<[3,4],f32>, %v: !torch.vtensor<[3,4],f32>) -> !torch.vtensor<[3,4],f32> {
  %none = torch.constant.none
  %p = torch.constant.float 0.0
  %true = torch.constant.bool true
  %false = torch.constant.bool false
  %0 = torch.aten.scaled_dot_product_attention %q, %k, %v, %none, %p, %true, %none, %false : !torch.vtensor<[3,4],f32>, !torch.vtensor<[3,4],f32>, !torch.vtensor<[3,4],f32>, !torch.none, !torch.float, !torch.bool, !torch.none, !torch.bool -> !torch.vtensor<[3,4],f32>
  return %0 : !torch.vtensor<[3,4],f32>
}

// -----

// enable_gqa: 4 query heads share 2 key/value heads; query head h reads
// key/value head h floordiv 2.
// CHECK-DAG: #[[KV:.*]] = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1 floordiv 2, d3, d4)>
// CHECK-LABEL: func.func @sdpa_gqa
// CHECK: linalg.generic {indexing_maps = [#{{.*}}, #[[KV]], #{{.*}}]
func.func @sdpa_gqa(%q: !torch.vtensor<[1,4,3,8],f32>, %k: !torch.vtensor<[1,2,5,8],f32>, %v: !torch.vtensor<[1,2,5,8],f32>) -> !torch.vtensor<[1,4,3,8],f32> {
  %none = torch.constant.none
  %p = torch.constant.float 0.0
  %false = torch.constant.bool false
  %true = torch.constant.bool true
  %0 = torch.aten.scaled_dot_product_attention %q, %k, %v, %none, %p, %false, %none, %true : !torch.vtensor<[1,4,3,8],f32>, !torch.vtensor<[1,2,5,8],f32>, !torch.vtensor<[1,2,5,8],f32>, !torch.none, !torch.float, !torch.bool, !torch.none, !torch.bool -> !torch.vtensor<[1,4,3,8],f32>
  return %0 : !torch.vtensor<[1,4,3,8],f32>
}

// -----

// A boolean mask: count the selected elements, then copy them in a loop.
// CHECK-LABEL: func.func @index_bool_mask
// CHECK-SAME: (%[[X:.*]]: tensor<?x3xf32>, %[[M:.*]]: tensor<?xi1>)
// CHECK: %[[N:.*]] = scf.for {{.*}} iter_args(%[[C:.*]] = %c0{{.*}}) -> (index)
// CHECK: tensor.extract %[[M]]
// CHECK: arith.select
// CHECK: %[[E:.*]] = tensor.empty(%[[N]]) : tensor<?x3xf32>
// CHECK: scf.for {{.*}} iter_args(%[[ACC:.*]] = %[[E]], %[[AT:.*]] = %c0{{.*}}) -> (tensor<?x3xf32>, index)
// CHECK: %[[B:.*]] = tensor.extract %[[M]]
// CHECK: scf.if %[[B]] -> (tensor<?x3xf32>, index)
// CHECK: %[[ROW:.*]] = tensor.extract_slice %[[X]]
// CHECK: tensor.insert_slice %[[ROW]] into %[[ACC]][%[[AT]], 0] [1, 3] [1, 1] : tensor<3xf32> into tensor<?x3xf32>
// CHECK: } else {
// CHECK: scf.yield %[[ACC]], %[[AT]]
func.func @index_bool_mask(%arg0: !torch.vtensor<[?,3],f32>, %arg1: !torch.vtensor<[?],i1>) -> !torch.vtensor<[?,3],f32> {
  %0 = torch.prim.ListConstruct %arg1 : (!torch.vtensor<[?],i1>) -> !torch.list<optional<vtensor>>
  %1 = torch.aten.index.Tensor %arg0, %0 : !torch.vtensor<[?,3],f32>, !torch.list<optional<vtensor>> -> !torch.vtensor<[?,3],f32>
  return %1 : !torch.vtensor<[?,3],f32>
}

// -----

// CHECK-LABEL: func.func @masked_select
// CHECK: %[[B:.*]] = linalg.broadcast ins(%{{.*}} : tensor<3xi1>) outs(%{{.*}} : tensor<2x3xi1>) dimensions = [0]
// CHECK: tensor.collapse_shape %{{.*}} {{\[}}[0, 1]] : tensor<2x3xf32> into tensor<6xf32>
// CHECK: tensor.collapse_shape %[[B]] {{\[}}[0, 1]] : tensor<2x3xi1> into tensor<6xi1>
// CHECK: scf.for
// CHECK: scf.if
// CHECK: tensor.insert_slice
func.func @masked_select(%arg0: !torch.vtensor<[2,3],f32>, %arg1: !torch.vtensor<[3],i1>) -> !torch.vtensor<[?],f32> {
  %0 = torch.aten.masked_select %arg0, %arg1 : !torch.vtensor<[2,3],f32>, !torch.vtensor<[3],i1> -> !torch.vtensor<[?],f32>
  return %0 : !torch.vtensor<[?],f32>
}

// -----

// index_put through a boolean mask: for each selected row, a loop over the
// row writes the (broadcast) values.
// CHECK-LABEL: func.func @index_put_bool_mask
// CHECK-SAME: (%[[X:.*]]: tensor<?x3xf32>, %[[M:.*]]: tensor<?xi1>, %[[V:.*]]: tensor<3xf32>)
// CHECK: scf.for {{.*}} iter_args(%[[ACC:.*]] = %[[X]], %[[AT:.*]] = %c0{{.*}}) -> (tensor<?x3xf32>, index)
// CHECK: scf.if
// CHECK: scf.for %[[J:.*]] = {{.*}} iter_args(%[[A2:.*]] = %[[ACC]]) -> (tensor<?x3xf32>)
// CHECK: %[[VAL:.*]] = tensor.extract %[[V]][%[[J]]] : tensor<3xf32>
// CHECK: tensor.insert %[[VAL]] into %[[A2]]
// CHECK: arith.addi %[[AT]], %c1
func.func @index_put_bool_mask(%arg0: !torch.vtensor<[?,3],f32>, %arg1: !torch.vtensor<[?],i1>, %arg2: !torch.vtensor<[3],f32>) -> !torch.vtensor<[?,3],f32> {
  %false = torch.constant.bool false
  %0 = torch.prim.ListConstruct %arg1 : (!torch.vtensor<[?],i1>) -> !torch.list<optional<vtensor>>
  %1 = torch.aten.index_put %arg0, %0, %arg2, %false : !torch.vtensor<[?,3],f32>, !torch.list<optional<vtensor>>, !torch.vtensor<[3],f32>, !torch.bool -> !torch.vtensor<[?,3],f32>
  return %1 : !torch.vtensor<[?,3],f32>
}

// -----

// A boolean mask beside other indices is reported, not lowered.
func.func @index_bool_mask_mixed(%arg0: !torch.vtensor<[4,2],f32>, %arg1: !torch.vtensor<[4],i1>, %arg2: !torch.vtensor<[4],si64>) -> !torch.vtensor<[?],f32> {
  %0 = torch.prim.ListConstruct %arg1, %arg2 : (!torch.vtensor<[4],i1>, !torch.vtensor<[4],si64>) -> !torch.list<optional<vtensor>>
  // expected-error @below {{'torch.aten.index.Tensor' could not be lowered to linalg-on-tensors: a boolean mask with other indices is not supported}}
  %1 = torch.aten.index.Tensor %arg0, %0 : !torch.vtensor<[4,2],f32>, !torch.list<optional<vtensor>> -> !torch.vtensor<[?],f32>
  return %1 : !torch.vtensor<[?],f32>
}
// expected-error @unknown {{1 op(s) could not be lowered to linalg-on-tensors: torch.aten.index.Tensor}}
