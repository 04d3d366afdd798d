"""Convolutions: conv1d/2d/3d (stride, int/'same'/'valid' padding, dilation,
groups incl. depthwise, bias or not, padding modes) and transposed
convolutions (stride, output_padding, groups, dilation); static, dynamic batch
and dynamic spatial dims, float32 and float64."""

import torch
import torch.nn.functional as F

from torch_mlir_e2e.registry import F64, Arg, e2e_test

TOL = dict(atol=1e-4, rtol=1e-4)


def _conv_module(conv_cls, *args, **kwargs):
    """An nn.Module test class wrapping one conv layer (deterministic weights:
    the harness seeds torch before construction)."""

    class ConvModule(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.conv = conv_cls(*args, **kwargs)

        def forward(self, x):
            return self.conv(x)

    return ConvModule


def _register(name, shape, inputs, conv_cls, *args, tol=TOL, **kwargs):
    cls = _conv_module(conv_cls, *args, **kwargs)
    cls.__name__ = name
    e2e_test(name=name, args=[Arg(shape, kwargs.get("dtype", torch.float32))], inputs=inputs,
             **tol)(cls)


# ------------------------------------------------ conv2d, functional (weights as args)


@e2e_test(args=[Arg([2, 3, 8, 8]), Arg([4, 3, 3, 3]), Arg([4])],
          inputs=lambda tu: (tu.randn(2, 3, 8, 8), tu.randn(4, 3, 3, 3), tu.randn(4)), **TOL)
def conv2d_basic(x, w, b):
    return F.conv2d(x, w, b)


@e2e_test(args=[Arg([1, 3, 9, 9]), Arg([2, 3, 3, 3])],
          inputs=lambda tu: (tu.randn(1, 3, 9, 9), tu.randn(2, 3, 3, 3)), **TOL)
def conv2d_no_bias_stride2_pad1(x, w):
    return F.conv2d(x, w, stride=2, padding=1)


@e2e_test(args=[Arg([1, 2, 10, 9]), Arg([3, 2, 3, 2]), Arg([3])],
          inputs=lambda tu: (tu.randn(1, 2, 10, 9), tu.randn(3, 2, 3, 2), tu.randn(3)), **TOL)
def conv2d_asymmetric_stride_pad_kernel(x, w, b):
    return F.conv2d(x, w, b, stride=(2, 3), padding=(1, 2))


@e2e_test(args=[Arg([2, 2, 11, 11]), Arg([3, 2, 3, 3]), Arg([3])],
          inputs=lambda tu: (tu.randn(2, 2, 11, 11), tu.randn(3, 2, 3, 3), tu.randn(3)), **TOL)
def conv2d_dilation(x, w, b):
    return F.conv2d(x, w, b, padding=1, dilation=(2, 3))


@e2e_test(args=[Arg([1, 4, 7, 7]), Arg([6, 2, 3, 3]), Arg([6])],
          inputs=lambda tu: (tu.randn(1, 4, 7, 7), tu.randn(6, 2, 3, 3), tu.randn(6)), **TOL)
def conv2d_groups2(x, w, b):
    return F.conv2d(x, w, b, padding=1, groups=2)


@e2e_test(args=[Arg([2, 4, 8, 8]), Arg([4, 1, 3, 3])],
          inputs=lambda tu: (tu.randn(2, 4, 8, 8), tu.randn(4, 1, 3, 3)), **TOL)
def conv2d_depthwise(x, w):
    return F.conv2d(x, w, padding=1, groups=4)


@e2e_test(args=[Arg([1, 3, 6, 6]), Arg([6, 1, 3, 3]), Arg([6])],
          inputs=lambda tu: (tu.randn(1, 3, 6, 6), tu.randn(6, 1, 3, 3), tu.randn(6)), **TOL)
def conv2d_depthwise_multiplier2_stride2(x, w, b):
    return F.conv2d(x, w, b, stride=2, groups=3)


@e2e_test(args=[Arg([1, 2, 7, 8]), Arg([3, 2, 4, 3]), Arg([3])],
          inputs=lambda tu: (tu.randn(1, 2, 7, 8), tu.randn(3, 2, 4, 3), tu.randn(3)), **TOL)
def conv2d_padding_same_even_kernel(x, w, b):
    return F.conv2d(x, w, b, padding="same")


@e2e_test(args=[Arg([1, 2, 9, 9]), Arg([3, 2, 3, 3])],
          inputs=lambda tu: (tu.randn(1, 2, 9, 9), tu.randn(3, 2, 3, 3)), **TOL)
def conv2d_padding_same_dilation(x, w):
    return F.conv2d(x, w, padding="same", dilation=2)


@e2e_test(args=[Arg([1, 2, 9, 7]), Arg([3, 2, 3, 3])],
          inputs=lambda tu: (tu.randn(1, 2, 9, 7), tu.randn(3, 2, 3, 3)), **TOL)
def conv2d_padding_valid(x, w):
    return F.conv2d(x, w, padding="valid")


@e2e_test(args=[Arg([-1, 3, 8, 8]), Arg([4, 3, 3, 3]), Arg([4])],
          inputs=lambda tu: (tu.randn(3, 3, 8, 8), tu.randn(4, 3, 3, 3), tu.randn(4)), **TOL)
def conv2d_dynamic_batch(x, w, b):
    return F.conv2d(x, w, b, padding=1)


@e2e_test(args=[Arg([-1, 3, -1, -1]), Arg([2, 3, 3, 3]), Arg([2])],
          inputs=lambda tu: (tu.randn(2, 3, 9, 7), tu.randn(2, 3, 3, 3), tu.randn(2)), **TOL)
def conv2d_dynamic_spatial_stride2(x, w, b):
    return F.conv2d(x, w, b, stride=2, padding=1)


@e2e_test(args=[Arg([1, 4, -1, -1]), Arg([2, 2, 2, 2])],
          inputs=lambda tu: (tu.randn(1, 4, 6, 7), tu.randn(2, 2, 2, 2)), **TOL)
def conv2d_dynamic_spatial_groups(x, w):
    return F.conv2d(x, w, groups=2)


@e2e_test(args=[Arg([-1, 2, -1, -1]), Arg([3, 2, 3, 3])],
          inputs=lambda tu: (tu.randn(2, 2, 6, 5), tu.randn(3, 2, 3, 3)), **TOL)
def conv2d_dynamic_padding_same(x, w):
    return F.conv2d(x, w, padding="same")


@e2e_test(args=[Arg([1, 2, 6, 6], F64), Arg([3, 2, 3, 3], F64), Arg([3], F64)],
          inputs=lambda tu: (tu.randn(1, 2, 6, 6, dtype=F64), tu.randn(3, 2, 3, 3, dtype=F64),
                             tu.randn(3, dtype=F64)))
def conv2d_f64(x, w, b):
    return F.conv2d(x, w, b, padding=1)


@e2e_test(args=[Arg([1, 1, 5, 5])], inputs=lambda tu: (tu.randn(1, 1, 5, 5),), **TOL)
def conv2d_1x1_pointwise_from_constant_weight(x):
    w = torch.arange(4, dtype=torch.float32).reshape(4, 1, 1, 1) - 1.5
    return F.conv2d(x, w)


# ---------------------------------------------------------------- conv2d, nn modules


_register("conv2d_module_bias", [2, 3, 8, 8], lambda tu: (tu.randn(2, 3, 8, 8),),
          torch.nn.Conv2d, 3, 5, 3, padding=1)
_register("conv2d_module_no_bias_dynamic_batch", [-1, 3, 8, 8], lambda tu: (tu.randn(4, 3, 8, 8),),
          torch.nn.Conv2d, 3, 4, 3, stride=2, bias=False)
_register("conv2d_module_padding_mode_reflect", [1, 2, 6, 6], lambda tu: (tu.randn(1, 2, 6, 6),),
          torch.nn.Conv2d, 2, 3, 3, padding=1, padding_mode="reflect")
_register("conv2d_module_padding_mode_replicate", [1, 2, 6, 6],
          lambda tu: (tu.randn(1, 2, 6, 6),),
          torch.nn.Conv2d, 2, 3, 3, padding=2, padding_mode="replicate")
_register("conv2d_module_padding_mode_circular", [1, 2, 6, 6], lambda tu: (tu.randn(1, 2, 6, 6),),
          torch.nn.Conv2d, 2, 3, 3, padding=1, padding_mode="circular")
_register("conv2d_module_depthwise_dynamic_spatial", [2, 8, -1, -1],
          lambda tu: (tu.randn(2, 8, 7, 9),),
          torch.nn.Conv2d, 8, 8, 3, padding=1, groups=8)
_register("conv2d_module_f64", [1, 3, 5, 5], lambda tu: (tu.randn(1, 3, 5, 5, dtype=F64),),
          torch.nn.Conv2d, 3, 2, 3, dtype=F64, tol=dict(atol=1e-10, rtol=1e-10))

# ---------------------------------------------------------------- conv1d / conv3d


@e2e_test(args=[Arg([2, 3, 16]), Arg([4, 3, 3]), Arg([4])],
          inputs=lambda tu: (tu.randn(2, 3, 16), tu.randn(4, 3, 3), tu.randn(4)), **TOL)
def conv1d_basic(x, w, b):
    return F.conv1d(x, w, b)


@e2e_test(args=[Arg([1, 4, 15]), Arg([6, 2, 3])],
          inputs=lambda tu: (tu.randn(1, 4, 15), tu.randn(6, 2, 3)), **TOL)
def conv1d_stride_pad_dilation_groups(x, w):
    return F.conv1d(x, w, stride=2, padding=2, dilation=2, groups=2)


@e2e_test(args=[Arg([-1, 2, -1]), Arg([3, 2, 4]), Arg([3])],
          inputs=lambda tu: (tu.randn(3, 2, 11), tu.randn(3, 2, 4), tu.randn(3)), **TOL)
def conv1d_dynamic_padding_same(x, w, b):
    return F.conv1d(x, w, b, padding="same")


@e2e_test(args=[Arg([2, 3, -1]), Arg([3, 1, 5])],
          inputs=lambda tu: (tu.randn(2, 3, 12), tu.randn(3, 1, 5)), **TOL)
def conv1d_depthwise_dynamic_length_valid(x, w):
    return F.conv1d(x, w, padding="valid", groups=3)


_register("conv1d_module_dynamic_batch", [-1, 4, 10], lambda tu: (tu.randn(3, 4, 10),),
          torch.nn.Conv1d, 4, 2, 3, padding=1)


@e2e_test(args=[Arg([1, 2, 5, 6, 6]), Arg([3, 2, 3, 3, 3]), Arg([3])],
          inputs=lambda tu: (tu.randn(1, 2, 5, 6, 6), tu.randn(3, 2, 3, 3, 3), tu.randn(3)),
          **TOL)
def conv3d_basic(x, w, b):
    return F.conv3d(x, w, b, padding=1)


@e2e_test(args=[Arg([1, 4, 6, 7, 5]), Arg([4, 2, 2, 3, 2])],
          inputs=lambda tu: (tu.randn(1, 4, 6, 7, 5), tu.randn(4, 2, 2, 3, 2)), **TOL)
def conv3d_stride_groups_no_bias(x, w):
    return F.conv3d(x, w, stride=(2, 1, 2), padding=(0, 1, 1), groups=2)


@e2e_test(args=[Arg([-1, 2, -1, 6, -1]), Arg([2, 2, 3, 3, 3])],
          inputs=lambda tu: (tu.randn(2, 2, 5, 6, 7), tu.randn(2, 2, 3, 3, 3)), **TOL)
def conv3d_dynamic_dilation(x, w):
    return F.conv3d(x, w, padding=2, dilation=2)


_register("conv3d_module_dynamic_batch", [-1, 2, 4, 4, 4], lambda tu: (tu.randn(2, 2, 4, 4, 4),),
          torch.nn.Conv3d, 2, 3, 2, stride=2)

# ---------------------------------------------------------------- transposed convolutions


@e2e_test(args=[Arg([1, 4, 5, 5]), Arg([4, 3, 3, 3]), Arg([3])],
          inputs=lambda tu: (tu.randn(1, 4, 5, 5), tu.randn(4, 3, 3, 3), tu.randn(3)), **TOL)
def conv_transpose2d_basic(x, w, b):
    return F.conv_transpose2d(x, w, b)


@e2e_test(args=[Arg([2, 3, 4, 5]), Arg([3, 2, 3, 3])],
          inputs=lambda tu: (tu.randn(2, 3, 4, 5), tu.randn(3, 2, 3, 3)), **TOL)
def conv_transpose2d_stride2_pad1_output_padding1(x, w):
    return F.conv_transpose2d(x, w, stride=2, padding=1, output_padding=1)


@e2e_test(args=[Arg([1, 4, 4, 4]), Arg([4, 3, 3, 2]), Arg([6])],
          inputs=lambda tu: (tu.randn(1, 4, 4, 4), tu.randn(4, 3, 3, 2), tu.randn(6)), **TOL)
def conv_transpose2d_groups_asymmetric(x, w, b):
    return F.conv_transpose2d(x, w, b, stride=(3, 2), padding=(1, 0), output_padding=(2, 1),
                              groups=2)


@e2e_test(args=[Arg([1, 2, 5, 5]), Arg([2, 2, 3, 3])],
          inputs=lambda tu: (tu.randn(1, 2, 5, 5), tu.randn(2, 2, 3, 3)), **TOL)
def conv_transpose2d_dilation(x, w):
    return F.conv_transpose2d(x, w, stride=2, dilation=2, output_padding=1)


@e2e_test(args=[Arg([-1, 3, -1, -1]), Arg([3, 2, 4, 4]), Arg([2])],
          inputs=lambda tu: (tu.randn(2, 3, 5, 4), tu.randn(3, 2, 4, 4), tu.randn(2)), **TOL)
def conv_transpose2d_dynamic(x, w, b):
    return F.conv_transpose2d(x, w, b, stride=2, padding=1)


_register("conv_transpose2d_module_dynamic_batch", [-1, 4, 6, 6],
          lambda tu: (tu.randn(3, 4, 6, 6),),
          torch.nn.ConvTranspose2d, 4, 2, 3, stride=2, padding=1, output_padding=1)
_register("conv_transpose2d_module_no_bias_f64", [1, 2, 3, 3],
          lambda tu: (tu.randn(1, 2, 3, 3, dtype=F64),),
          torch.nn.ConvTranspose2d, 2, 3, 2, stride=2, bias=False, dtype=F64,
          tol=dict(atol=1e-10, rtol=1e-10))


@e2e_test(args=[Arg([2, 4, 7]), Arg([4, 3, 3]), Arg([3])],
          inputs=lambda tu: (tu.randn(2, 4, 7), tu.randn(4, 3, 3), tu.randn(3)), **TOL)
def conv_transpose1d_stride_output_padding(x, w, b):
    return F.conv_transpose1d(x, w, b, stride=3, padding=1, output_padding=2)


@e2e_test(args=[Arg([-1, 4, -1]), Arg([4, 1, 3])],
          inputs=lambda tu: (tu.randn(2, 4, 6), tu.randn(4, 1, 3)), **TOL)
def conv_transpose1d_depthwise_dynamic(x, w):
    return F.conv_transpose1d(x, w, stride=2, groups=4)


@e2e_test(args=[Arg([1, 2, 3, 4, 3]), Arg([2, 2, 3, 3, 3]), Arg([2])],
          inputs=lambda tu: (tu.randn(1, 2, 3, 4, 3), tu.randn(2, 2, 3, 3, 3), tu.randn(2)),
          **TOL)
def conv_transpose3d_stride_output_padding(x, w, b):
    return F.conv_transpose3d(x, w, b, stride=2, padding=1, output_padding=1)


_register("conv_transpose3d_module_groups_dynamic", [-1, 4, 3, 3, 3],
          lambda tu: (tu.randn(2, 4, 3, 3, 3),),
          torch.nn.ConvTranspose3d, 4, 4, 2, stride=2, groups=2)
