// Bad input: one clear (where possible located) error on stderr, exit status 1.
// RUN: not torch-mlir-refback-run %S/does-not-exist.mlir 2>&1 | FileCheck %s --check-prefix=NOFILE
// NOFILE: torch-mlir-refback-run: error: cannot read '{{.*}}does-not-exist.mlir': No such file or directory

// RUN: not torch-mlir-refback-run %s --arg "tensor<3xf32>=1" 2>&1 | FileCheck %s --check-prefix=COUNT
// COUNT: torch-mlir-refback-run: error: @main takes 2 argument(s) (tensor<3xf32>, i64), 1 given

// RUN: not torch-mlir-refback-run %s --arg "tensor<3xi64>=1" --arg 2 2>&1 | FileCheck %s --check-prefix=TYPE
// TYPE: error: --arg 'tensor<3xi64>=1' (argument 0 of @main): tensor<3xi64> given, the function takes tensor<3xf32>

// RUN: not torch-mlir-refback-run %s --arg "tensor<3xf32>=[1, 2]" --arg 2 2>&1 | FileCheck %s --check-prefix=SHAPE
// SHAPE: error: --arg 'tensor<3xf32>=[1, 2]' (argument 0 of @main): the value has shape [2], tensor<3xf32> needs [3]

// RUN: not torch-mlir-refback-run %s --arg "tensor<4xf32>=1" --arg 2 2>&1 | FileCheck %s --check-prefix=DIM
// DIM: error: --arg 'tensor<4xf32>=1' (argument 0 of @main): tensor<4xf32> given, the function takes tensor<3xf32>

// RUN: not torch-mlir-refback-run %s --arg "tensor<3xf32>=[1, 2,, 3]" --arg 2 2>&1 | FileCheck %s --check-prefix=SYNTAX
// SYNTAX: error: --arg 'tensor<3xf32>=[1, 2,, 3]' (argument 0 of @main): unexpected ',' at column 7 of the value

// RUN: not torch-mlir-refback-run %s --arg "tensor<3xf32>=[1, 2, 3" --arg 2 2>&1 | FileCheck %s --check-prefix=OPEN
// OPEN: error: {{.*}}: missing ']' for the '[' at column 1 of the value

// RUN: not torch-mlir-refback-run %s --arg "tensor<?xf32>=1" --arg 2 2>&1 | FileCheck %s --check-prefix=NOTYPE
// NOTYPE: error: {{.*}}: expected 'tensor<DIMSxTYPE>=VALUE' with static dims

// RUN: not torch-mlir-refback-run %s --arg "tensor<3xf32>=1" --arg 2.5 2>&1 | FileCheck %s --check-prefix=SCALAR
// SCALAR: torch-mlir-refback-run: error: main(): argument 1 (arg1) must be an int, got float

// RUN: not torch-mlir-refback-run %s --arg "tensor<3xf32>=1" --arg-file %S/missing.npy 2>&1 | FileCheck %s --check-prefix=NPY
// NPY: error: --arg-file '{{.*}}missing.npy' (argument 1 of @main): cannot read '{{.*}}missing.npy': No such file or directory

// RUN: not torch-mlir-refback-run %s --arg "tensor<3xf32>=1" --arg-file %s 2>&1 | FileCheck %s --check-prefix=NOTNPY
// NOTNPY: error: --arg-file '{{.*}}errors.mlir' (argument 1 of @main): '{{.*}}errors.mlir' is not a .npy array file

// RUN: not torch-mlir-refback-run %s --entry nope 2>&1 | FileCheck %s --check-prefix=ENTRY
// ENTRY: torch-mlir-refback-run: error: no public function 'nope' (the module has: main)

// A parse error and a lowering error, located in the input.
// RUN: not torch-mlir-refback-run %S/Inputs/parse_error.mlir 2>&1 | FileCheck %s --check-prefix=PARSE
// PARSE: {{.*}}parse_error.mlir:3:23: error: use of undeclared SSA value name
// PARSE-NEXT: %r = arith.addf %a, %b : tensor<2xf32>
// PARSE-NEXT: {{^ +\^$}}
// RUN: not torch-mlir-refback-run %S/Inputs/lowering_error.mlir --arg "tensor<2xf32>=1" 2>&1 \
// RUN:   | FileCheck %s --check-prefix=LOWER
// LOWER: torch-mlir-refback-run: error: 1 op(s) could not be lowered to linalg-on-tensors: torch.operator "aten.frobnicate"
// LOWER-NEXT: {{.*}}lowering_error.mlir:3:8: error: unsupported op 'aten.frobnicate'

// No traceback, ever.
// RUN: not torch-mlir-refback-run %S/Inputs/lowering_error.mlir 2>&1 | FileCheck %s --check-prefix=NOTB
// NOTB-NOT: Traceback

func.func @main(%a: tensor<3xf32>, %k: i64) -> tensor<3xf32> {
  return %a : tensor<3xf32>
}
