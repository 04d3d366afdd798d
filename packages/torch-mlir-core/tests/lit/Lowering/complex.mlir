// RUN: torch-mlir-opt %s -torch-lower-to-linalg -split-input-file -verify-diagnostics | FileCheck %s

// Complex tensors are tensors of complex<f32> / complex<f64>: view_as_complex
// reads the (re, im) pair of the last dim, complex multiplication is
// complex.mul in the elementwise body, and view_as_real writes re at index 0
// and im at index 1 of a new last dim (Llama's rotary embedding).

// CHECK-LABEL: func.func @rope(
// CHECK-SAME:    %[[X:.*]]: tensor<4x8x2xf32>, %[[F:.*]]: tensor<4x8xcomplex<f32>>) -> tensor<4x8x2xf32>
// CHECK-SAME:    torch.arg_dtypes = ["float32", "complex64"]
// CHECK:         %[[C:.*]] = linalg.generic {{.*}} ins(%[[X]], %[[X]] : tensor<4x8x2xf32>, tensor<4x8x2xf32>) outs(%{{.*}} : tensor<4x8xcomplex<f32>>)
// CHECK:           ^bb0(%[[RE:.*]]: f32, %[[IM:.*]]: f32, %{{.*}}: complex<f32>):
// CHECK:           complex.create %[[RE]], %[[IM]] : complex<f32>
// CHECK:         %[[M:.*]] = linalg.generic {{.*}} ins(%[[C]], %[[F]] : tensor<4x8xcomplex<f32>>, tensor<4x8xcomplex<f32>>)
// CHECK:           complex.mul %{{.*}}, %{{.*}} : complex<f32>
// CHECK:         %[[R:.*]] = linalg.generic {{.*}} ins(%[[M]] : tensor<4x8xcomplex<f32>>) outs(%{{.*}} : tensor<4x8x2xf32>)
// CHECK:           %[[K:.*]] = linalg.index 2 : index
// CHECK:           %[[IS_RE:.*]] = arith.cmpi eq, %[[K]], %{{.*}} : index
// CHECK:           %[[PRE:.*]] = complex.re %{{.*}} : complex<f32>
// CHECK:           %[[PIM:.*]] = complex.im %{{.*}} : complex<f32>
// CHECK:           arith.select %[[IS_RE]], %[[PRE]], %[[PIM]] : f32
// CHECK:         return %[[R]]
func.func @rope(%x: !torch.vtensor<[4,8,2],f32>, %f: !torch.vtensor<[4,8],complex<f32>>) -> !torch.vtensor<[4,8,2],f32> {
  %0 = torch.aten.view_as_complex %x : !torch.vtensor<[4,8,2],f32> -> !torch.vtensor<[4,8],complex<f32>>
  %1 = torch.aten.mul.Tensor %0, %f : !torch.vtensor<[4,8],complex<f32>>, !torch.vtensor<[4,8],complex<f32>> -> !torch.vtensor<[4,8],complex<f32>>
  %2 = torch.aten.view_as_real %1 : !torch.vtensor<[4,8],complex<f32>> -> !torch.vtensor<[4,8,2],f32>
  return %2 : !torch.vtensor<[4,8,2],f32>
}

// -----

// polar(r, theta) = r cos(theta) + i r sin(theta); abs of a complex tensor is
// a real tensor of its moduli.

// CHECK-LABEL: func.func @polar_abs(
// CHECK:         linalg.generic {{.*}} outs(%{{.*}} : tensor<?xcomplex<f32>>)
// CHECK:           ^bb0(%[[R:.*]]: f32, %[[T:.*]]: f32, %{{.*}}: complex<f32>):
// CHECK:           %[[COS:.*]] = math.cos %[[T]] : f32
// CHECK:           %[[RE:.*]] = arith.mulf %[[R]], %[[COS]] : f32
// CHECK:           %[[SIN:.*]] = math.sin %[[T]] : f32
// CHECK:           %[[IM:.*]] = arith.mulf %[[R]], %[[SIN]] : f32
// CHECK:           complex.create %[[RE]], %[[IM]] : complex<f32>
// CHECK:         linalg.generic {{.*}} outs(%{{.*}} : tensor<?xf32>)
// CHECK:           %[[ABS:.*]] = complex.abs %{{.*}} : complex<f32>
// CHECK:           linalg.yield %[[ABS]] : f32
func.func @polar_abs(%r: !torch.vtensor<[?],f32>, %t: !torch.vtensor<[?],f32>) -> !torch.vtensor<[?],f32> {
  %0 = torch.aten.polar %r, %t : !torch.vtensor<[?],f32>, !torch.vtensor<[?],f32> -> !torch.vtensor<[?],complex<f32>>
  %1 = torch.aten.abs %0 : !torch.vtensor<[?],complex<f32>> -> !torch.vtensor<[?],f32>
  return %1 : !torch.vtensor<[?],f32>
}

// -----

// A real operand of a complex computation is promoted in the body: its value
// becomes the real part, with imaginary part 0.

// CHECK-LABEL: func.func @complex_add_real(
// CHECK:           ^bb0(%[[C:.*]]: complex<f32>, %[[X:.*]]: f32, %{{.*}}: complex<f32>):
// CHECK:           %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK:           %[[XC:.*]] = complex.create %[[X]], %[[ZERO]] : complex<f32>
// CHECK:           %[[S:.*]] = complex.add %[[C]], %[[XC]] : complex<f32>
// CHECK:           linalg.yield %[[S]] : complex<f32>
func.func @complex_add_real(%c: !torch.vtensor<[3],complex<f32>>, %x: !torch.vtensor<[3],f32>) -> !torch.vtensor<[3],complex<f32>> {
  %int1 = torch.constant.int 1
  %0 = torch.aten.add.Tensor %c, %x, %int1 : !torch.vtensor<[3],complex<f32>>, !torch.vtensor<[3],f32>, !torch.int -> !torch.vtensor<[3],complex<f32>>
  return %0 : !torch.vtensor<[3],complex<f32>>
}

// -----

// An elementwise op with no complex body is an error naming it, never a
// float body applied to complex values.
func.func @atan_complex(%x: !torch.vtensor<[2],complex<f32>>) -> !torch.vtensor<[2],complex<f32>> {
  // expected-error @below {{'torch.aten.atan' could not be lowered to linalg-on-tensors: aten.atan on torch.complex64 operands}}
  %0 = torch.aten.atan %x : !torch.vtensor<[2],complex<f32>> -> !torch.vtensor<[2],complex<f32>>
  return %0 : !torch.vtensor<[2],complex<f32>>
}
// expected-error @unknown {{1 op(s) could not be lowered to linalg-on-tensors: torch.aten.atan}}

// -----

// A complex dense attribute cannot be read back through the MLIR Python
// bindings: the importers build complex literals as view_as_complex of a
// real one, and a complex literal from elsewhere is a located error.
func.func @complex_literal() -> !torch.vtensor<[2],complex<f32>> {
  // expected-error @below {{'torch.vtensor.literal' could not be lowered to linalg-on-tensors: a literal of complex elements: write it as aten.view_as_complex of a (..., 2) real literal}}
  %0 = torch.vtensor.literal(dense<[(1.0,2.0),(3.0,4.0)]> : tensor<2xcomplex<f32>>) : !torch.vtensor<[2],complex<f32>>
  return %0 : !torch.vtensor<[2],complex<f32>>
}
// expected-error @unknown {{1 op(s) could not be lowered to linalg-on-tensors: torch.vtensor.literal}}
