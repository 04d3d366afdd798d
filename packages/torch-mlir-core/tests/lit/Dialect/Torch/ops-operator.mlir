// RUN: torch-mlir-opt %s | torch-mlir-opt | FileCheck %s

// torch.operator: any operator by qualified name, for ops without a generated
// definition.

// CHECK-LABEL: func.func @no_operands_no_results()
// CHECK-NEXT:    torch.operator "my_ns.side_effect"() : () -> (){{$}}
func.func @no_operands_no_results() {
  torch.operator "my_ns.side_effect"() : () -> ()
  return
}

// CHECK-LABEL: func.func @operands_and_results(
// CHECK-SAME:    %[[A:.*]]: !torch.vtensor<[2],f32>, %[[I:.*]]: !torch.int)
// CHECK-NEXT:    %{{.*}} = torch.operator "aten.foo.overload"(%[[A]], %[[I]]) : (!torch.vtensor<[2],f32>, !torch.int) -> !torch.vtensor<[2],f32>
// CHECK-NEXT:    %{{.*}}:2 = torch.operator "my_ns.split"(%[[A]]) : (!torch.vtensor<[2],f32>) -> (!torch.vtensor<[1],f32>, !torch.vtensor<[1],f32>)
// CHECK-NEXT:    %{{.*}} = torch.operator "my_ns.make"() : () -> !torch.list<optional<vtensor>>
func.func @operands_and_results(%a: !torch.vtensor<[2],f32>, %i: !torch.int) {
  %0 = torch.operator "aten.foo.overload"(%a, %i) : (!torch.vtensor<[2],f32>, !torch.int) -> !torch.vtensor<[2],f32>
  %1:2 = torch.operator "my_ns.split"(%a) : (!torch.vtensor<[2],f32>) -> (!torch.vtensor<[1],f32>, !torch.vtensor<[1],f32>)
  %2 = torch.operator "my_ns.make"() : () -> !torch.list<optional<vtensor>>
  return
}

// Attributes are kept.
// CHECK-LABEL: func.func @with_attrs(
// CHECK-NEXT:    torch.operator "aten.bar"(%{{.*}}) {note = 1 : i64} : (!torch.int) -> !torch.int
func.func @with_attrs(%i: !torch.int) {
  %0 = torch.operator "aten.bar"(%i) {note = 1 : i64} : (!torch.int) -> !torch.int
  return
}

// Higher-order ops carry regions ending in torch.operator_terminator.
// CHECK-LABEL: func.func @with_regions(
// CHECK-SAME:    %[[C:.*]]: !torch.bool, %[[A:.*]]: !torch.vtensor<[2],f32>)
// CHECK-NEXT:    %{{.*}} = torch.operator "higher_order.cond"(%[[C]], %[[A]]) : (!torch.bool, !torch.vtensor<[2],f32>) -> !torch.vtensor<[2],f32> {
// CHECK-NEXT:      torch.operator_terminator %[[A]] : !torch.vtensor<[2],f32>
// CHECK-NEXT:    }, {
// CHECK-NEXT:    ^bb0(%[[X:.*]]: !torch.vtensor<[2],f32>):
// CHECK-NEXT:      %[[R:.*]] = torch.operator "my_ns.neg"(%[[X]]) : (!torch.vtensor<[2],f32>) -> !torch.vtensor<[2],f32>
// CHECK-NEXT:      torch.operator_terminator %[[R]] : !torch.vtensor<[2],f32>
// CHECK-NEXT:    }
func.func @with_regions(%c: !torch.bool, %a: !torch.vtensor<[2],f32>) {
  %0 = torch.operator "higher_order.cond"(%c, %a) : (!torch.bool, !torch.vtensor<[2],f32>) -> !torch.vtensor<[2],f32> {
    torch.operator_terminator %a : !torch.vtensor<[2],f32>
  }, {
  ^bb0(%x: !torch.vtensor<[2],f32>):
    %1 = torch.operator "my_ns.neg"(%x) : (!torch.vtensor<[2],f32>) -> !torch.vtensor<[2],f32>
    torch.operator_terminator %1 : !torch.vtensor<[2],f32>
  }
  return
}

// The terminator may yield several values.
// CHECK-LABEL: func.func @terminator_several_values(
// CHECK:         torch.operator_terminator %{{.*}}, %{{.*}} : !torch.int, !torch.float
func.func @terminator_several_values(%i: !torch.int, %f: !torch.float) {
  %0:2 = torch.operator "higher_order.pair"() : () -> (!torch.int, !torch.float) {
    torch.operator_terminator %i, %f : !torch.int, !torch.float
  }
  return
}
