# RUN: %python %s | FileCheck %s
# User inputs of every dtype torch.export can trace (quantized tensors have
# no meta kernels, so export itself rejects them) keep their dtype in the
# argument types (and literals of each dtype import too: complex ones as
# view_as_complex of a real (..., 2) literal).

import torch

import torch_mlir_fx

DTYPES = [
    torch.float32, torch.float64, torch.float16, torch.bfloat16,
    torch.int8, torch.int16, torch.int32, torch.int64, torch.uint8, torch.bool,
    torch.complex64, torch.complex128,
    torch.float8_e4m3fn, torch.float8_e5m2,
    torch.uint16, torch.uint32, torch.uint64, torch.complex32,
    torch.float8_e4m3fnuz, torch.float8_e5m2fnuz, torch.float8_e8m0fnu,
]


class Identity(torch.nn.Module):
    def __init__(self):
        super().__init__()
        for i, dt in enumerate(DTYPES):
            self.register_buffer(f"c{i}", torch.ones(2, dtype=dt))

    def forward(self, *xs):
        return tuple(torch.ops.aten.clone(x) for x in xs) + tuple(
            torch.ops.aten.clone(getattr(self, f"c{i}")) for i in range(len(DTYPES)))


inputs = [torch.ones(2, dtype=dt) for dt in DTYPES]
print(torch_mlir_fx.export_and_import(Identity(), *inputs, output_type="raw",
                                      decomposition_table={}))

# CHECK-LABEL: func.func @main(
# CHECK-SAME: !torch.vtensor<[2],f32>, !torch.vtensor<[2],f64>, !torch.vtensor<[2],f16>, !torch.vtensor<[2],bf16>,
# CHECK-SAME: !torch.vtensor<[2],si8>, !torch.vtensor<[2],si16>, !torch.vtensor<[2],si32>, !torch.vtensor<[2],si64>, !torch.vtensor<[2],ui8>, !torch.vtensor<[2],i1>,
# CHECK-SAME: !torch.vtensor<[2],complex<f32>>, !torch.vtensor<[2],complex<f64>>,
# CHECK-SAME: !torch.vtensor<[2],f8E4M3FN>, !torch.vtensor<[2],f8E5M2>,
# CHECK-SAME: !torch.vtensor<[2],ui16>, !torch.vtensor<[2],ui32>, !torch.vtensor<[2],ui64>, !torch.vtensor<[2],complex<f16>>,
# CHECK-SAME: !torch.vtensor<[2],f8E4M3FNUZ>, !torch.vtensor<[2],f8E5M2FNUZ>, !torch.vtensor<[2],f8E8M0FNU>)
# CHECK: torch.vtensor.literal(dense<1.000000e+00> : tensor<2xf32>)
# CHECK: torch.vtensor.literal(dense<1.000000e+00> : tensor<2xf64>)
# CHECK: torch.vtensor.literal(dense<1.000000e+00> : tensor<2xf16>)
# CHECK: torch.vtensor.literal(dense<1.000000e+00> : tensor<2xbf16>)
# CHECK: torch.vtensor.literal(dense<1> : tensor<2xsi8>)
# CHECK: torch.vtensor.literal(dense<1> : tensor<2xsi16>)
# CHECK: torch.vtensor.literal(dense<1> : tensor<2xsi32>)
# CHECK: torch.vtensor.literal(dense<1> : tensor<2xsi64>)
# CHECK: torch.vtensor.literal(dense<1> : tensor<2xui8>)
# CHECK: torch.vtensor.literal(dense<true> : tensor<2xi1>)
# CHECK: %[[C32:.*]] = torch.vtensor.literal(dense<{{\[\[}}1.000000e+00, 0.000000e+00], [1.000000e+00, 0.000000e+00]]> : tensor<2x2xf32>)
# CHECK: torch.aten.view_as_complex %[[C32]] : !torch.vtensor<[2,2],f32> -> !torch.vtensor<[2],complex<f32>>
# CHECK: %[[C64:.*]] = torch.vtensor.literal(dense<{{\[\[}}1.000000e+00, 0.000000e+00], [1.000000e+00, 0.000000e+00]]> : tensor<2x2xf64>)
# CHECK: torch.aten.view_as_complex %[[C64]] : !torch.vtensor<[2,2],f64> -> !torch.vtensor<[2],complex<f64>>
# CHECK: torch.vtensor.literal(dense<1.000000e+00> : tensor<2xf8E4M3FN>)
# CHECK: torch.vtensor.literal(dense<1.000000e+00> : tensor<2xf8E5M2>)
# CHECK: torch.vtensor.literal(dense<1> : tensor<2xui16>)
# CHECK: torch.vtensor.literal(dense<1> : tensor<2xui32>)
# CHECK: torch.vtensor.literal(dense<1> : tensor<2xui64>)
# CHECK: %[[C16:.*]] = torch.vtensor.literal(dense<{{\[\[}}1.000000e+00, 0.000000e+00], [1.000000e+00, 0.000000e+00]]> : tensor<2x2xf16>)
# CHECK: torch.aten.view_as_complex %[[C16]] : !torch.vtensor<[2,2],f16> -> !torch.vtensor<[2],complex<f16>>
# CHECK: torch.vtensor.literal(dense<1.000000e+00> : tensor<2xf8E4M3FNUZ>)
# CHECK: torch.vtensor.literal(dense<1.000000e+00> : tensor<2xf8E5M2FNUZ>)
# CHECK: torch.vtensor.literal(dense<1.000000e+00> : tensor<2xf8E8M0FNU>)
