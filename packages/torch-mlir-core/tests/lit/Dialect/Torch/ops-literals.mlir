// RUN: torch-mlir-opt %s | torch-mlir-opt | FileCheck %s

// CHECK-LABEL: func.func @vtensor_literal_dense()
// CHECK-NEXT:    torch.vtensor.literal(dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf32>) : !torch.vtensor<[2],f32>
// CHECK-NEXT:    torch.vtensor.literal(dense<7> : tensor<2x3xsi64>) : !torch.vtensor<[2,3],si64>
// CHECK-NEXT:    torch.vtensor.literal(dense<3.000000e+00> : tensor<f64>) : !torch.vtensor<[],f64>
// CHECK-NEXT:    torch.vtensor.literal(dense<[true, false, true]> : tensor<3xi1>) : !torch.vtensor<[3],i1>
// CHECK-NEXT:    torch.vtensor.literal(dense<(1.000000e+00,2.000000e+00)> : tensor<2xcomplex<f32>>) : !torch.vtensor<[2],complex<f32>>
// CHECK-NEXT:    torch.vtensor.literal(dense<> : tensor<0x4xf16>) : !torch.vtensor<[0,4],f16>
func.func @vtensor_literal_dense() {
  %0 = torch.vtensor.literal(dense<[1.0, 2.0]> : tensor<2xf32>) : !torch.vtensor<[2],f32>
  %1 = torch.vtensor.literal(dense<7> : tensor<2x3xsi64>) : !torch.vtensor<[2,3],si64>
  %2 = torch.vtensor.literal(dense<3.0> : tensor<f64>) : !torch.vtensor<[],f64>
  %3 = torch.vtensor.literal(dense<[true, false, true]> : tensor<3xi1>) : !torch.vtensor<[3],i1>
  %4 = torch.vtensor.literal(dense<(1.0,2.0)> : tensor<2xcomplex<f32>>) : !torch.vtensor<[2],complex<f32>>
  %5 = torch.vtensor.literal(dense<> : tensor<0x4xf16>) : !torch.vtensor<[0,4],f16>
  return
}

// CHECK-LABEL: func.func @tensor_literal()
// CHECK-NEXT:    torch.tensor.literal(dense<1> : tensor<2x2xsi8>) : !torch.tensor<[2,2],si8>
// CHECK-NEXT:    torch.tensor.literal(dense<0.000000e+00> : tensor<f32>) : !torch.tensor<[],f32>
func.func @tensor_literal() {
  %0 = torch.tensor.literal(dense<1> : tensor<2x2xsi8>) : !torch.tensor<[2,2],si8>
  %1 = torch.tensor.literal(dense<0.0> : tensor<f32>) : !torch.tensor<[],f32>
  return
}

// Weights are dense_resource blobs; the blob round-trips with the module.
// CHECK-LABEL: func.func @vtensor_literal_resource()
// CHECK-NEXT:    torch.vtensor.literal(dense_resource<weight0> : tensor<2xsi64>) : !torch.vtensor<[2],si64>
// CHECK:       dialect_resources: {
// CHECK-NEXT:    builtin: {
// CHECK-NEXT:      weight0: "0x0800000001000000000000000200000000000000"
func.func @vtensor_literal_resource() {
  %0 = torch.vtensor.literal(dense_resource<weight0> : tensor<2xsi64>) : !torch.vtensor<[2],si64>
  return
}

{-#
  dialect_resources: {
    builtin: {
      weight0: "0x0800000001000000000000000200000000000000"
    }
  }
#-}
