// torch-mlir-refback-run on linalg-on-tensors: inline arguments (splat, nested lists,
// scalars), .npy arguments, --entry, the default entry, several results, --out-dir.
// RUN: torch-mlir-refback-run %s --arg "tensor<2x3xf32>=1.5" \
// RUN:   --arg "tensor<2x3xf32>=[[0.25, 2, 3], [4, 5, -6]]" | FileCheck %s --check-prefix=MAIN
// MAIN: tensor<2x3xf32>={{\[}}[1.75, 3.5, 4.5], [5.5, 6.5, -4.5]]
// MAIN-NOT: tensor

// RUN: torch-mlir-refback-run %s --entry scale --arg "tensor<3xi64>=[1, 2, -3]" --arg 7 \
// RUN:   | FileCheck %s --check-prefix=SCALE
// SCALE: tensor<3xi64>=[7, 14, -21]
// SCALE-NEXT: i64=7

// RUN: torch-mlir-refback-run %s --entry id --arg "tensor<3xi1>=[true, false, true]" \
// RUN:   --arg "tensor<f64>=0.1" --arg 2.5 --arg false | FileCheck %s --check-prefix=ID
// ID: tensor<3xi1>=[true, false, true]
// ID-NEXT: tensor<f64>=0.1
// ID-NEXT: f64=2.5
// ID-NEXT: i1=false

// Arguments from .npy files, in order with the inline ones; results to .npy files.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %python -c "import numpy as n; n.save('%t/x.npy', n.arange(6, dtype=n.float32).reshape(2, 3))"
// RUN: torch-mlir-refback-run %s --arg-file %t/x.npy --arg "tensor<2x3xf32>=-1" \
// RUN:   | FileCheck %s --check-prefix=NPY
// NPY: tensor<2x3xf32>={{\[}}[-1.0, 0.0, 1.0], [2.0, 3.0, 4.0]]
// RUN: torch-mlir-refback-run %s --arg "tensor<2x3xf32>=-1" --arg-file %t/x.npy \
// RUN:   | FileCheck %s --check-prefix=DYN
// DYN: tensor<2x3xf32>={{\[}}[-1.0, 0.0, 1.0], [2.0, 3.0, 4.0]]
// RUN: torch-mlir-refback-run %s --entry scale --arg "tensor<3xi64>=2" --arg -1 \
// RUN:   --out-dir %t/out | FileCheck %s --check-prefix=OUT
// OUT: {{.*}}out{{/|\\}}result0.npy
// OUT-NEXT: {{.*}}out{{/|\\}}result1.npy
// RUN: %python -c "import numpy as n; print(n.load('%t/out/result0.npy').tolist(), n.load('%t/out/result1.npy'))" \
// RUN:   | FileCheck %s --check-prefix=OUTNPY
// OUTNPY: [-2, -2, -2] -1

// Through stdin.
// RUN: cat %s | torch-mlir-refback-run - --entry scale --arg "tensor<3xi64>=1" --arg 3 \
// RUN:   | FileCheck %s --check-prefix=STDIN
// STDIN: tensor<3xi64>=[3, 3, 3]

func.func @main(%a: tensor<?x3xf32>, %b: tensor<?x3xf32>) -> tensor<?x3xf32> {
  %c0 = arith.constant 0 : index
  %d = tensor.dim %a, %c0 : tensor<?x3xf32>
  %e = tensor.empty(%d) : tensor<?x3xf32>
  %r = linalg.map { arith.addf } ins(%a, %b : tensor<?x3xf32>, tensor<?x3xf32>)
                  outs(%e : tensor<?x3xf32>)
  return %r : tensor<?x3xf32>
}

func.func @scale(%a: tensor<3xi64>, %k: i64) -> (tensor<3xi64>, i64) {
  %e = tensor.empty() : tensor<3xi64>
  %r = linalg.map ins(%a : tensor<3xi64>) outs(%e : tensor<3xi64>)
    (%x: i64, %o: i64) {
      %m = arith.muli %x, %k : i64
      linalg.yield %m : i64
    }
  return %r, %k : tensor<3xi64>, i64
}

func.func @id(%a: tensor<3xi1>, %b: tensor<f64>, %c: f64, %d: i1)
    -> (tensor<3xi1>, tensor<f64>, f64, i1) {
  return %a, %b, %c, %d : tensor<3xi1>, tensor<f64>, f64, i1
}
