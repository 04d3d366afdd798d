// RUN: torch-mlir-opt %s | torch-mlir-opt | FileCheck %s

// Parameterless Torch types (TorchScript values that are not tensors).

// CHECK-LABEL: func.func @python_scalars(
// CHECK-SAME:    %{{.*}}: !torch.int,
// CHECK-SAME:    %{{.*}}: !torch.float,
// CHECK-SAME:    %{{.*}}: !torch.bool,
// CHECK-SAME:    %{{.*}}: !torch.str,
// CHECK-SAME:    %{{.*}}: !torch.none,
// CHECK-SAME:    %{{.*}}: !torch.number)
func.func @python_scalars(%a: !torch.int, %b: !torch.float, %c: !torch.bool,
                          %d: !torch.str, %e: !torch.none,
                          %f: !torch.number) {
  return
}

// CHECK-LABEL: func.func @torch_objects(
// CHECK-SAME:    %{{.*}}: !torch.Device,
// CHECK-SAME:    %{{.*}}: !torch.Generator,
// CHECK-SAME:    %{{.*}}: !torch.any,
// CHECK-SAME:    %{{.*}}: !torch.LinearParams)
func.func @torch_objects(%a: !torch.Device, %b: !torch.Generator,
                         %c: !torch.any, %d: !torch.LinearParams) {
  return
}

// CHECK-LABEL: func.func @scalar_results(
// CHECK-SAME:    -> (!torch.int, !torch.bool, !torch.none)
func.func @scalar_results(%a: !torch.int, %b: !torch.bool, %c: !torch.none)
    -> (!torch.int, !torch.bool, !torch.none) {
  return %a, %b, %c : !torch.int, !torch.bool, !torch.none
}
