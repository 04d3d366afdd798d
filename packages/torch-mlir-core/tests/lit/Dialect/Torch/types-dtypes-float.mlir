// RUN: torch-mlir-opt %s | torch-mlir-opt | FileCheck %s

// Floating-point dtypes, including the 8-bit float formats torch knows.

// CHECK-LABEL: func.func @standard_floats(
// CHECK-SAME:    %{{.*}}: !torch.vtensor<[2],f16>,
// CHECK-SAME:    %{{.*}}: !torch.vtensor<[2],bf16>,
// CHECK-SAME:    %{{.*}}: !torch.vtensor<[2],f32>,
// CHECK-SAME:    %{{.*}}: !torch.vtensor<[2],f64>)
func.func @standard_floats(%a: !torch.vtensor<[2],f16>,
                           %b: !torch.vtensor<[2],bf16>,
                           %c: !torch.vtensor<[2],f32>,
                           %d: !torch.vtensor<[2],f64>) {
  return
}

// CHECK-LABEL: func.func @float8(
// CHECK-SAME:    %{{.*}}: !torch.vtensor<[2],f8E4M3FN>,
// CHECK-SAME:    %{{.*}}: !torch.vtensor<[2],f8E5M2>,
// CHECK-SAME:    %{{.*}}: !torch.vtensor<[2],f8E4M3FNUZ>,
// CHECK-SAME:    %{{.*}}: !torch.vtensor<[2],f8E5M2FNUZ>,
// CHECK-SAME:    %{{.*}}: !torch.vtensor<[2],f8E8M0FNU>)
func.func @float8(%a: !torch.vtensor<[2],f8E4M3FN>,
                  %b: !torch.vtensor<[2],f8E5M2>,
                  %c: !torch.vtensor<[2],f8E4M3FNUZ>,
                  %d: !torch.vtensor<[2],f8E5M2FNUZ>,
                  %e: !torch.vtensor<[2],f8E8M0FNU>) {
  return
}

// CHECK-LABEL: func.func @float_non_value(
// CHECK-SAME:    %{{.*}}: !torch.tensor<[?],bf16>,
// CHECK-SAME:    %{{.*}}: !torch.tensor<*,f8E4M3FN>)
func.func @float_non_value(%a: !torch.tensor<[?],bf16>,
                           %b: !torch.tensor<*,f8E4M3FN>) {
  return
}
