// RUN: torch-mlir-opt %s | torch-mlir-opt | FileCheck %s

// torch.operator_terminator without operands prints without a type list and
// parses back.

// CHECK-LABEL: func.func @region_without_results()
// CHECK-NEXT:    torch.operator "higher_order.run"() : () -> () {
// CHECK-NEXT:      torch.operator_terminator{{ *}}
// CHECK-NEXT:    }
func.func @region_without_results() {
  "torch.operator"() <{name = "higher_order.run"}> ({
    "torch.operator_terminator"() : () -> ()
  }) : () -> ()
  return
}
