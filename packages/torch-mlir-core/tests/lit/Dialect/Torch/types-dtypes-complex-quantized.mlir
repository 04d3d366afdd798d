// RUN: torch-mlir-opt %s | torch-mlir-opt | FileCheck %s

// Complex dtypes, torch's quantized dtypes (printed without the `!torch.`
// prefix inside a tensor type) and packed/bits dtypes.

// CHECK-LABEL: func.func @complex(
// CHECK-SAME:    %{{.*}}: !torch.vtensor<[2],complex<f16>>,
// CHECK-SAME:    %{{.*}}: !torch.vtensor<[2],complex<f32>>,
// CHECK-SAME:    %{{.*}}: !torch.vtensor<[2],complex<f64>>)
func.func @complex(%a: !torch.vtensor<[2],complex<f16>>,
                   %b: !torch.vtensor<[2],complex<f32>>,
                   %c: !torch.vtensor<[2],complex<f64>>) {
  return
}

// CHECK-LABEL: func.func @quantized(
// CHECK-SAME:    %{{.*}}: !torch.vtensor<[2],qint8>,
// CHECK-SAME:    %{{.*}}: !torch.vtensor<[2],quint8>,
// CHECK-SAME:    %{{.*}}: !torch.vtensor<[2],qint32>,
// CHECK-SAME:    %{{.*}}: !torch.vtensor<[2],quint4x2>,
// CHECK-SAME:    %{{.*}}: !torch.vtensor<[2],quint2x4>)
func.func @quantized(%a: !torch.vtensor<[2],qint8>,
                     %b: !torch.vtensor<[2],quint8>,
                     %c: !torch.vtensor<[2],qint32>,
                     %d: !torch.vtensor<[2],quint4x2>,
                     %e: !torch.vtensor<[2],quint2x4>) {
  return
}

// The fully qualified spelling of a quantized dtype is accepted too and
// printed in the short form.
// CHECK-LABEL: func.func @quantized_long_form(
// CHECK-SAME:    %{{.*}}: !torch.tensor<[?],qint8>)
func.func @quantized_long_form(%a: !torch.tensor<[?],!torch.qint8>) {
  return
}

// CHECK-LABEL: func.func @packed(
// CHECK-SAME:    %{{.*}}: !torch.vtensor<[4],packed<"bits8">>,
// CHECK-SAME:    %{{.*}}: !torch.vtensor<[4],packed<"float4_e2m1fn_x2">>)
func.func @packed(%a: !torch.vtensor<[4],packed<"bits8">>,
                  %b: !torch.vtensor<[4],!torch.packed<"float4_e2m1fn_x2">>) {
  return
}
