// The named pipeline on a bool (i1) tensor in memory (which needs its
// refbackend-legalize-i1-memory step) and a transpose; run by mlir-runner.
// RUN: torch-mlir-opt --load-pass-plugin torch_mlir_refbackend.pipelines %s \
// RUN:     --pass-pipeline='builtin.module(refbackend-linalg-to-llvm)' \
// RUN:   | mlir-runner -e main -entry-point-result=void \
// RUN:       -shared-libs=%mlir_runner_utils,%mlir_c_runner_utils \
// RUN:   | FileCheck %s

// The pipeline's text names the Python steps:
// RUN: torch-mlir-opt --load-pass-plugin torch_mlir_refbackend.pipelines --list-passes \
// RUN:   | FileCheck %s --check-prefix=LIST
// LIST: refbackend-legalize-i1-memory python pass
// LIST: refbackend-linalg-to-llvm {{ *}}pipeline
// LIST: refbackend-strided-copies-to-linalg python pass

func.func @positive_then_transpose(%a: tensor<2x3xf32>) -> tensor<3x2xf32> {
  %z = arith.constant 0.0 : f32
  %one = arith.constant 1.0 : f32
  %e1 = tensor.empty() : tensor<2x3xi1>
  %mask = linalg.map ins(%a : tensor<2x3xf32>) outs(%e1 : tensor<2x3xi1>)
    (%x: f32, %o: i1) {
      %p = arith.cmpf ogt, %x, %z : f32
      linalg.yield %p : i1
    }
  %e2 = tensor.empty() : tensor<2x3xf32>
  %f = linalg.map ins(%mask : tensor<2x3xi1>) outs(%e2 : tensor<2x3xf32>)
    (%m: i1, %o: f32) {
      %v = arith.select %m, %one, %z : f32
      linalg.yield %v : f32
    }
  %e3 = tensor.empty() : tensor<3x2xf32>
  %t = linalg.transpose ins(%f : tensor<2x3xf32>) outs(%e3 : tensor<3x2xf32>) permutation = [1, 0]
  return %t : tensor<3x2xf32>
}

func.func @main() {
  %a = arith.constant dense<[[1.0, -2.0, 3.0], [-4.0, 5.0, 0.0]]> : tensor<2x3xf32>
  %r = call @positive_then_transpose(%a) : (tensor<2x3xf32>) -> tensor<3x2xf32>
  %u = tensor.cast %r : tensor<3x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}
func.func private @printMemrefF32(tensor<*xf32>) attributes {llvm.emit_c_interface}

// CHECK: rank = 2 offset = 0 sizes = [3, 2] strides = [2, 1] data =
// CHECK-NEXT: {{\[}}[1,   0],
// CHECK-NEXT: [0,   1],
// CHECK-NEXT: [1,   0]]
