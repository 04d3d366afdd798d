// RUN: torch-mlir-opt %s | torch-mlir-opt | FileCheck %s

// sum.dim_IntList: (Tensor, int[]?, bool, ScalarType?) -> Tensor.

// CHECK-LABEL: func.func @sum_dims(
// CHECK-SAME:    %[[X:.*]]: !torch.vtensor<[2,3,4],f32>)
// CHECK:         %[[DIMS:.*]] = torch.prim.ListConstruct %{{.*}} : (!torch.int) -> !torch.list<int>
// CHECK:         %[[KEEP:.*]] = torch.constant.bool true
// CHECK:         %[[NONE:.*]] = torch.constant.none
// CHECK-NEXT:    torch.aten.sum.dim_IntList %[[X]], %[[DIMS]], %[[KEEP]], %[[NONE]] : !torch.vtensor<[2,3,4],f32>, !torch.list<int>, !torch.bool, !torch.none -> !torch.vtensor<[2,1,4],f32>
func.func @sum_dims(%x: !torch.vtensor<[2,3,4],f32>) -> !torch.vtensor<[2,1,4],f32> {
  %c1 = torch.constant.int 1
  %dims = torch.prim.ListConstruct %c1 : (!torch.int) -> !torch.list<int>
  %true = torch.constant.bool true
  %none = torch.constant.none
  %0 = torch.aten.sum.dim_IntList %x, %dims, %true, %none : !torch.vtensor<[2,3,4],f32>, !torch.list<int>, !torch.bool, !torch.none -> !torch.vtensor<[2,1,4],f32>
  return %0 : !torch.vtensor<[2,1,4],f32>
}

// The optional operands take None, the value, or an optional value.
// CHECK-LABEL: func.func @sum_optional_operands(
// CHECK-NEXT:    %[[NONE:.*]] = torch.constant.none
// CHECK-NEXT:    %[[F:.*]] = torch.constant.bool false
// CHECK-NEXT:    %[[F64:.*]] = torch.constant.int 7
// CHECK-NEXT:    torch.aten.sum.dim_IntList %{{.*}}, %[[NONE]], %[[F]], %[[F64]] : !torch.vtensor<[2,3],f32>, !torch.none, !torch.bool, !torch.int -> !torch.vtensor<[],f64>
// CHECK-NEXT:    torch.aten.sum.dim_IntList %{{.*}}, %{{.*}}, %[[F]], %{{.*}} : !torch.vtensor<[2,3],f32>, !torch.optional<list<int>>, !torch.bool, !torch.optional<int> -> !torch.vtensor
func.func @sum_optional_operands(%x: !torch.vtensor<[2,3],f32>, %dims: !torch.optional<list<int>>,
                                 %dtype: !torch.optional<int>) {
  %none = torch.constant.none
  %false = torch.constant.bool false
  %f64 = torch.constant.int 7
  %0 = torch.aten.sum.dim_IntList %x, %none, %false, %f64 : !torch.vtensor<[2,3],f32>, !torch.none, !torch.bool, !torch.int -> !torch.vtensor<[],f64>
  %1 = torch.aten.sum.dim_IntList %x, %dims, %false, %dtype : !torch.vtensor<[2,3],f32>, !torch.optional<list<int>>, !torch.bool, !torch.optional<int> -> !torch.vtensor
  return
}

// Other reductions of the same family.
// CHECK-LABEL: func.func @other_reductions(
// CHECK:         torch.aten.mean.dim %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : !torch.vtensor<[2,3],f32>, !torch.list<int>, !torch.bool, !torch.none -> !torch.vtensor<[2],f32>
// CHECK:         torch.aten.amax %{{.*}}, %{{.*}}, %{{.*}} : !torch.vtensor<[2,3],f32>, !torch.list<int>, !torch.bool -> !torch.vtensor<[2],f32>
func.func @other_reductions(%x: !torch.vtensor<[2,3],f32>) {
  %c1 = torch.constant.int 1
  %dims = torch.prim.ListConstruct %c1 : (!torch.int) -> !torch.list<int>
  %false = torch.constant.bool false
  %none = torch.constant.none
  %0 = torch.aten.mean.dim %x, %dims, %false, %none : !torch.vtensor<[2,3],f32>, !torch.list<int>, !torch.bool, !torch.none -> !torch.vtensor<[2],f32>
  %1 = torch.aten.amax %x, %dims, %false : !torch.vtensor<[2,3],f32>, !torch.list<int>, !torch.bool -> !torch.vtensor<[2],f32>
  return
}

// Ops with several results print them on one line; the results are named
// after the schema's returns.
// CHECK-LABEL: func.func @max_dim(
// CHECK:         %[[VALUES:values[_0-9]*]], %[[INDICES:indices[_0-9]*]] = torch.aten.max.dim %{{.*}}, %{{.*}}, %{{.*}} : !torch.vtensor<[2,3],f32>, !torch.int, !torch.bool -> !torch.vtensor<[2],f32>, !torch.vtensor<[2],si64>
// CHECK-NEXT:    return %[[INDICES]], %[[VALUES]] : !torch.vtensor<[2],si64>, !torch.vtensor<[2],f32>
func.func @max_dim(%a: !torch.vtensor<[2,3],f32>) -> (!torch.vtensor<[2],si64>, !torch.vtensor<[2],f32>) {
  %c1 = torch.constant.int 1
  %false = torch.constant.bool false
  %0:2 = torch.aten.max.dim %a, %c1, %false : !torch.vtensor<[2,3],f32>, !torch.int, !torch.bool -> !torch.vtensor<[2],f32>, !torch.vtensor<[2],si64>
  return %0#1, %0#0 : !torch.vtensor<[2],si64>, !torch.vtensor<[2],f32>
}
