// RUN: torch-mlir-opt %s | torch-mlir-opt | FileCheck %s
// XFAIL: *
// Bug: torch.operator_terminator without operands prints as
// `torch.operator_terminator  : `, which does not parse back
// ("expected non-function type"): its format needs `(: type($operands)^)?`.

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
