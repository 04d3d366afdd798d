"""Normalizations: batch_norm 1d/2d/3d in eval mode (running statistics) and
in training form (batch statistics), layer_norm, group_norm, instance_norm,
rms_norm, F.normalize, local_response_norm; static and dynamic dims."""

import torch
import torch.nn.functional as F

from torch_mlir_e2e.registry import F64, Arg, e2e_test

TOL = dict(atol=1e-4, rtol=1e-4)


def _randomize_norm(norm: torch.nn.Module) -> torch.nn.Module:
    """Non-trivial affine parameters and running statistics (the harness seeds
    torch before building the module, so these are deterministic)."""
    with torch.no_grad():
        if getattr(norm, "weight", None) is not None:
            norm.weight.copy_(torch.rand_like(norm.weight) + 0.5)
        if getattr(norm, "bias", None) is not None:
            norm.bias.copy_(torch.randn_like(norm.bias))
        if getattr(norm, "running_mean", None) is not None:
            norm.running_mean.copy_(torch.randn_like(norm.running_mean))
            norm.running_var.copy_(torch.rand_like(norm.running_var) + 0.5)
    return norm


def _norm_test(name, shape, inputs, factory, tol=TOL, dtype=torch.float32):
    class NormModule(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.norm = _randomize_norm(factory())

        def forward(self, x):
            return self.norm(x)

    NormModule.__name__ = name
    e2e_test(name=name, args=[Arg(shape, dtype)], inputs=inputs, **tol)(NormModule)


# ---------------------------------------------------------------- batch norm, eval mode

_norm_test("norm_batch_norm1d_eval", [4, 6], lambda tu: (tu.randn(4, 6),),
           lambda: torch.nn.BatchNorm1d(6))
_norm_test("norm_batch_norm1d_eval_3d_input_dynamic", [-1, 4, -1],
           lambda tu: (tu.randn(3, 4, 5),), lambda: torch.nn.BatchNorm1d(4))
_norm_test("norm_batch_norm2d_eval", [2, 3, 5, 5], lambda tu: (tu.randn(2, 3, 5, 5),),
           lambda: torch.nn.BatchNorm2d(3))
_norm_test("norm_batch_norm2d_eval_dynamic", [-1, 3, -1, -1], lambda tu: (tu.randn(2, 3, 4, 6),),
           lambda: torch.nn.BatchNorm2d(3, eps=1e-3))
_norm_test("norm_batch_norm2d_eval_no_affine", [2, 4, 3, 3], lambda tu: (tu.randn(2, 4, 3, 3),),
           lambda: torch.nn.BatchNorm2d(4, affine=False))
_norm_test("norm_batch_norm3d_eval", [2, 2, 3, 4, 4], lambda tu: (tu.randn(2, 2, 3, 4, 4),),
           lambda: torch.nn.BatchNorm3d(2))
_norm_test("norm_batch_norm2d_eval_f64", [2, 3, 4, 4],
           lambda tu: (tu.randn(2, 3, 4, 4, dtype=F64),),
           lambda: torch.nn.BatchNorm2d(3, dtype=F64), tol=dict(atol=1e-10, rtol=1e-10),
           dtype=F64)


@e2e_test(args=[Arg([2, 3, 4, 4]), Arg([3]), Arg([3]), Arg([3]), Arg([3])],
          inputs=lambda tu: (tu.randn(2, 3, 4, 4), tu.randn(3), tu.rand(3, low=0.5, high=2.0),
                             tu.rand(3, low=0.5, high=1.5), tu.randn(3)), **TOL)
def norm_batch_norm_functional_eval(x, mean, var, weight, bias):
    return F.batch_norm(x, mean, var, weight, bias, training=False, eps=1e-5)


# ---------------------------------------------------------------- batch norm, training statistics


@e2e_test(args=[Arg([4, 3, 5, 5])], inputs=lambda tu: (tu.randn(4, 3, 5, 5),), **TOL)
def norm_batch_norm2d_training_functional(x):
    return F.batch_norm(x, None, None, training=True)


@e2e_test(args=[Arg([-1, 3, 4, 4]), Arg([3]), Arg([3])],
          inputs=lambda tu: (tu.randn(3, 3, 4, 4), tu.rand(3, low=0.5, high=1.5), tu.randn(3)),
          **TOL)
def norm_batch_norm2d_training_affine_dynamic(x, weight, bias):
    return F.batch_norm(x, None, None, weight, bias, training=True, eps=1e-3)


@e2e_test(args=[Arg([8, 5])], inputs=lambda tu: (tu.randn(8, 5),), **TOL)
def norm_batch_norm1d_training_functional(x):
    return F.batch_norm(x, None, None, training=True)


@e2e_test(args=[Arg([2, 2, 3, 3, 3])], inputs=lambda tu: (tu.randn(2, 2, 3, 3, 3),), **TOL)
def norm_batch_norm3d_training_functional(x):
    return F.batch_norm(x, None, None, training=True)


@e2e_test(args=[Arg([4, 3, 4, 4])], inputs=lambda tu: (tu.randn(4, 3, 4, 4),), **TOL)
class norm_batch_norm2d_training_with_running_stats(torch.nn.Module):
    """training=True with running buffers: the output uses batch statistics and
    the buffers are updated in place (not returned)."""

    def __init__(self):
        super().__init__()
        self.register_buffer("running_mean", torch.zeros(3))
        self.register_buffer("running_var", torch.ones(3))
        self.weight = torch.nn.Parameter(torch.rand(3) + 0.5)
        self.bias = torch.nn.Parameter(torch.randn(3))

    def forward(self, x):
        return F.batch_norm(x, self.running_mean, self.running_var, self.weight, self.bias,
                            training=True, momentum=0.1)


# ---------------------------------------------------------------- layer norm


@e2e_test(args=[Arg([3, 8]), Arg([8]), Arg([8])],
          inputs=lambda tu: (tu.randn(3, 8), tu.randn(8), tu.randn(8)), **TOL)
def norm_layer_norm_last_dim(x, w, b):
    return F.layer_norm(x, [8], w, b)


@e2e_test(args=[Arg([2, 3, 4, 5]), Arg([4, 5]), Arg([4, 5])],
          inputs=lambda tu: (tu.randn(2, 3, 4, 5), tu.randn(4, 5), tu.randn(4, 5)), **TOL)
def norm_layer_norm_last_two_dims(x, w, b):
    return F.layer_norm(x, [4, 5], w, b, eps=1e-3)


@e2e_test(args=[Arg([-1, -1, 6])], inputs=lambda tu: (tu.randn(3, 4, 6),), **TOL)
def norm_layer_norm_no_affine_dynamic(x):
    return F.layer_norm(x, [6])


@e2e_test(args=[Arg([2, 4, 6], F64)], inputs=lambda tu: (tu.randn(2, 4, 6, dtype=F64),))
def norm_layer_norm_f64(x):
    return F.layer_norm(x, [4, 6])


_norm_test("norm_layer_norm_module", [2, 5, 16], lambda tu: (tu.randn(2, 5, 16),),
           lambda: torch.nn.LayerNorm(16))
_norm_test("norm_layer_norm_module_dynamic_batch_two_dims", [-1, 4, 6],
           lambda tu: (tu.randn(3, 4, 6),), lambda: torch.nn.LayerNorm([4, 6]))
_norm_test("norm_layer_norm_module_no_affine", [3, 10], lambda tu: (tu.randn(3, 10) * 4 + 2,),
           lambda: torch.nn.LayerNorm(10, elementwise_affine=False))
_norm_test("norm_layer_norm_module_no_bias", [2, 3, 8], lambda tu: (tu.randn(2, 3, 8),),
           lambda: torch.nn.LayerNorm(8, bias=False))


@e2e_test(args=[Arg([2, 6])], inputs=lambda tu: (tu.randn(2, 6),), **TOL)
def norm_layer_norm_returns_stats(x):
    out, mean, rstd = torch.ops.aten.native_layer_norm(x, [6], None, None, 1e-5)
    return out, mean, rstd


# ---------------------------------------------------------------- group norm / instance norm


@e2e_test(args=[Arg([2, 6, 4, 4]), Arg([6]), Arg([6])],
          inputs=lambda tu: (tu.randn(2, 6, 4, 4), tu.randn(6), tu.randn(6)), **TOL)
def norm_group_norm(x, w, b):
    return F.group_norm(x, 3, w, b)


@e2e_test(args=[Arg([-1, 8, -1])], inputs=lambda tu: (tu.randn(3, 8, 5),), **TOL)
def norm_group_norm_no_affine_dynamic(x):
    return F.group_norm(x, 4)


_norm_test("norm_group_norm_module", [2, 4, 3, 5], lambda tu: (tu.randn(2, 4, 3, 5),),
           lambda: torch.nn.GroupNorm(2, 4))
_norm_test("norm_group_norm_module_one_group_dynamic", [-1, 4, 3, 3],
           lambda tu: (tu.randn(2, 4, 3, 3),), lambda: torch.nn.GroupNorm(1, 4, eps=1e-3))
_norm_test("norm_group_norm_module_per_channel", [2, 6, 4, 2], lambda tu: (tu.randn(2, 6, 4, 2),),
           lambda: torch.nn.GroupNorm(6, 6))


@e2e_test(args=[Arg([2, 3, 5, 5])], inputs=lambda tu: (tu.randn(2, 3, 5, 5),), **TOL)
def norm_instance_norm(x):
    return F.instance_norm(x)


@e2e_test(args=[Arg([-1, 3, -1, -1]), Arg([3]), Arg([3])],
          inputs=lambda tu: (tu.randn(2, 3, 4, 5), tu.randn(3), tu.randn(3)), **TOL)
def norm_instance_norm_affine_dynamic(x, w, b):
    return F.instance_norm(x, weight=w, bias=b)


_norm_test("norm_instance_norm1d_module_affine", [2, 4, 7], lambda tu: (tu.randn(2, 4, 7),),
           lambda: torch.nn.InstanceNorm1d(4, affine=True))
_norm_test("norm_instance_norm2d_module", [2, 3, 4, 4], lambda tu: (tu.randn(2, 3, 4, 4),),
           lambda: torch.nn.InstanceNorm2d(3))
_norm_test("norm_instance_norm3d_module_affine", [1, 2, 3, 3, 4],
           lambda tu: (tu.randn(1, 2, 3, 3, 4),), lambda: torch.nn.InstanceNorm3d(2, affine=True))

# ---------------------------------------------------------------- rms norm, F.normalize, LRN


@e2e_test(args=[Arg([3, 8]), Arg([8])], inputs=lambda tu: (tu.randn(3, 8), tu.randn(8)), **TOL)
def norm_rms_norm(x, w):
    return F.rms_norm(x, [8], w, eps=1e-6)


@e2e_test(args=[Arg([-1, 4, 6])], inputs=lambda tu: (tu.randn(2, 4, 6),), **TOL)
def norm_rms_norm_two_dims_no_weight_dynamic(x):
    return F.rms_norm(x, [4, 6])


_norm_test("norm_rms_norm_module", [2, 3, 16], lambda tu: (tu.randn(2, 3, 16),),
           lambda: torch.nn.RMSNorm(16, eps=1e-5))


@e2e_test(args=[Arg([4, 6])], inputs=lambda tu: (tu.randn(4, 6),))
def norm_normalize_default(x):
    return F.normalize(x)


@e2e_test(args=[Arg([3, 4, 5])], inputs=lambda tu: (tu.randn(3, 4, 5),))
def norm_normalize_p1_dim0(x):
    return F.normalize(x, p=1.0, dim=0)


@e2e_test(args=[Arg([-1, 8])], inputs=lambda tu: (tu.randn(5, 8),))
def norm_normalize_last_dim_dynamic(x):
    return F.normalize(x, dim=-1)


@e2e_test(args=[Arg([2, 3])], inputs=lambda tu: (tu.randn(2, 3) * 1e-4,))
def norm_normalize_eps_clamps(x):
    # norms below eps are clamped: the result is x / eps
    return F.normalize(x, eps=1.0)


@e2e_test(args=[Arg([3, 5], F64)], inputs=lambda tu: (tu.randn(3, 5, dtype=F64),))
def norm_normalize_p3_f64(x):
    return F.normalize(x, p=3.0, dim=1)


@e2e_test(args=[Arg([2, 6, 4, 4])], inputs=lambda tu: (tu.randn(2, 6, 4, 4),), **TOL)
def norm_local_response_norm(x):
    return F.local_response_norm(x, size=3, alpha=1e-2, beta=0.75, k=1.0)
