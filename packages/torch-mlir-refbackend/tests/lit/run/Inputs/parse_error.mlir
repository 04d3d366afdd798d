// A module that does not parse (for errors.mlir).
func.func @main(%a: tensor<2xf32>) -> tensor<2xf32> {
  %r = arith.addf %a, %b : tensor<2xf32>
  return %r : tensor<2xf32>
}
