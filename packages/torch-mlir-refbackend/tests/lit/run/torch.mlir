// torch-mlir-refback-run on Torch dialect: lowered to linalg-on-tensors first.
// RUN: torch-mlir-refback-run %s --arg "tensor<2x3xf32>=1" \
// RUN:   --arg "tensor<2x3xf32>=[[1, 2, 3], [4, 5, 6]]" | FileCheck %s
// CHECK: tensor<2x3xf32>={{\[}}[3.0, 5.0, 7.0], [9.0, 11.0, 13.0]]

func.func @main(%arg0: !torch.vtensor<[2,3],f32>, %arg1: !torch.vtensor<[2,3],f32>) -> !torch.vtensor<[2,3],f32> {
  %int2 = torch.constant.int 2
  %0 = torch.aten.add.Tensor %arg0, %arg1, %int2 : !torch.vtensor<[2,3],f32>, !torch.vtensor<[2,3],f32>, !torch.int -> !torch.vtensor<[2,3],f32>
  return %0 : !torch.vtensor<[2,3],f32>
}
