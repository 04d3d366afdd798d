# RUN: %python %s | FileCheck %s
# Python arithmetic on symbolic sizes becomes the aten scalar ops for the
# operand kinds; a symbolic number used as a Tensor is wrapped in a 0-d
# tensor; data-dependent sizes (.item()) keep their runtime asserts.

import torch

import torch_mlir_fx


class SizeMath(torch.nn.Module):
    def forward(self, x):
        n = x.shape[0]
        return x * (n / 3), torch.sym_float(n) ** 2, n % 3, torch.sym_max(n, 4)


print(torch_mlir_fx.export_and_import(SizeMath(), torch.randn(6, 3), output_type="raw",
                                      dynamic_shapes=({0: torch.export.Dim("n")},),
                                      func_name="size_math"))

# CHECK-LABEL: func.func @size_math(%arg0: !torch.vtensor<[?,3],f32>) -> (!torch.vtensor<[?,3],f32>, !torch.float, !torch.int, !torch.int)
# CHECK:     %[[N:.*]] = torch.aten.sym_size.int %arg0
# CHECK:     %[[DIV:.*]] = torch.aten.div.int %[[N]], %{{.*}} : !torch.int, !torch.int -> !torch.float
# CHECK:     %[[T:.*]] = torch.prim.NumToTensor.Scalar %[[DIV]] : !torch.float -> !torch.vtensor<[],f64>
# CHECK:     torch.aten.mul.Tensor %arg0, %[[T]] : !torch.vtensor<[?,3],f32>, !torch.vtensor<[],f64> -> !torch.vtensor<[?,3],f32>
# CHECK:     %[[F:.*]] = torch.aten.Float.int %[[N]] : !torch.int -> !torch.float
# CHECK:     torch.aten.pow.float %[[F]], %{{.*}} : !torch.float, !torch.float -> !torch.float
# CHECK:     torch.aten.remainder.int %[[N]], %{{.*}} : !torch.int, !torch.int -> !torch.int
# CHECK:     torch.prim.max.int %[[N]], %{{.*}} : !torch.int, !torch.int -> !torch.int


class DataDependent(torch.nn.Module):
    def forward(self, x, k):
        n = k.item()
        torch._check(n >= 1)
        torch._check(n <= 4)
        return x[:n]


print(torch_mlir_fx.export_and_import(DataDependent(), torch.randn(6, 3), torch.tensor(2),
                                      output_type="raw", func_name="data_dependent"))

# CHECK-LABEL: func.func @data_dependent(%arg0: !torch.vtensor<[6,3],f32>, %arg1: !torch.vtensor<[],si64>) -> !torch.vtensor<[?,3],f32>
# CHECK:     %[[U:.*]] = torch.aten._local_scalar_dense %arg1 : !torch.vtensor<[],si64> -> !torch.int
# CHECK:     %[[GE:.*]] = torch.aten.ge.int %[[U]], %{{.*}} : !torch.int, !torch.int -> !torch.bool
# CHECK:     torch.aten._assert_scalar %[[GE]], %{{.*}} : !torch.bool, !torch.str
# CHECK:     torch.aten.slice.Tensor %arg0, %{{.*}}, %{{.*}}, %[[U]], %{{.*}} -> !torch.vtensor<[?,3],f32>
