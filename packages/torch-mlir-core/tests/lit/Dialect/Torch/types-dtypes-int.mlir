// RUN: torch-mlir-opt %s | torch-mlir-opt | FileCheck %s

// Integer dtypes are signed (si*) or unsigned (ui*); the only signless one
// is i1 (torch.bool).

// CHECK-LABEL: func.func @signed(
// CHECK-SAME:    %{{.*}}: !torch.vtensor<[3],si8>,
// CHECK-SAME:    %{{.*}}: !torch.vtensor<[3],si16>,
// CHECK-SAME:    %{{.*}}: !torch.vtensor<[3],si32>,
// CHECK-SAME:    %{{.*}}: !torch.vtensor<[3],si64>)
func.func @signed(%a: !torch.vtensor<[3],si8>, %b: !torch.vtensor<[3],si16>,
                  %c: !torch.vtensor<[3],si32>, %d: !torch.vtensor<[3],si64>) {
  return
}

// CHECK-LABEL: func.func @unsigned(
// CHECK-SAME:    %{{.*}}: !torch.vtensor<[3],ui8>,
// CHECK-SAME:    %{{.*}}: !torch.vtensor<[3],ui16>,
// CHECK-SAME:    %{{.*}}: !torch.vtensor<[3],ui32>,
// CHECK-SAME:    %{{.*}}: !torch.vtensor<[3],ui64>)
func.func @unsigned(%a: !torch.vtensor<[3],ui8>, %b: !torch.vtensor<[3],ui16>,
                    %c: !torch.vtensor<[3],ui32>, %d: !torch.vtensor<[3],ui64>) {
  return
}

// Sub-byte widths (torch.int1..int7, torch.uint1..uint7).
// CHECK-LABEL: func.func @signed_sub_byte(
// CHECK-SAME:    %{{.*}}: !torch.vtensor<[3],si1>,
// CHECK-SAME:    %{{.*}}: !torch.vtensor<[3],si2>,
// CHECK-SAME:    %{{.*}}: !torch.vtensor<[3],si3>,
// CHECK-SAME:    %{{.*}}: !torch.vtensor<[3],si4>,
// CHECK-SAME:    %{{.*}}: !torch.vtensor<[3],si5>,
// CHECK-SAME:    %{{.*}}: !torch.vtensor<[3],si6>,
// CHECK-SAME:    %{{.*}}: !torch.vtensor<[3],si7>)
func.func @signed_sub_byte(%a: !torch.vtensor<[3],si1>,
                           %b: !torch.vtensor<[3],si2>,
                           %c: !torch.vtensor<[3],si3>,
                           %d: !torch.vtensor<[3],si4>,
                           %e: !torch.vtensor<[3],si5>,
                           %f: !torch.vtensor<[3],si6>,
                           %g: !torch.vtensor<[3],si7>) {
  return
}

// CHECK-LABEL: func.func @unsigned_sub_byte(
// CHECK-SAME:    %{{.*}}: !torch.vtensor<[3],ui1>,
// CHECK-SAME:    %{{.*}}: !torch.vtensor<[3],ui2>,
// CHECK-SAME:    %{{.*}}: !torch.vtensor<[3],ui3>,
// CHECK-SAME:    %{{.*}}: !torch.vtensor<[3],ui4>,
// CHECK-SAME:    %{{.*}}: !torch.vtensor<[3],ui5>,
// CHECK-SAME:    %{{.*}}: !torch.vtensor<[3],ui6>,
// CHECK-SAME:    %{{.*}}: !torch.vtensor<[3],ui7>)
func.func @unsigned_sub_byte(%a: !torch.vtensor<[3],ui1>,
                             %b: !torch.vtensor<[3],ui2>,
                             %c: !torch.vtensor<[3],ui3>,
                             %d: !torch.vtensor<[3],ui4>,
                             %e: !torch.vtensor<[3],ui5>,
                             %f: !torch.vtensor<[3],ui6>,
                             %g: !torch.vtensor<[3],ui7>) {
  return
}

// CHECK-LABEL: func.func @bool_i1(
// CHECK-SAME:    %{{.*}}: !torch.vtensor<[3],i1>,
// CHECK-SAME:    %{{.*}}: !torch.tensor<[],i1>)
func.func @bool_i1(%a: !torch.vtensor<[3],i1>, %b: !torch.tensor<[],i1>) {
  return
}
