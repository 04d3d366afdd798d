"""Expected failures and expected crashes, per config: the ONE place to list them.

XFAIL_SETS[config][test] = reason: the test is expected to fail cleanly (an
exception or a numerical mismatch) under that config.
CRASHING_SETS[config][test] = reason: the test is expected to crash the worker
process (segfault, abort) or hang past the timeout under that config.

Every entry needs a one-line reason saying why (the missing op, the bug).
The runner enforces this, and fails the run if an entry names a test or a
config that does not exist, or if a listed test passes (XPASS: delete the
entry). A crashing-set test that now fails without crashing counts as an
expected failure, and the summary asks for it to be moved to XFAIL_SETS.

`python -m torch_mlir_e2e --config X --suggest-xfail` prints entries for every
unexpected failure/crash of a run, ready to paste here (edit the reasons).
"""

XFAIL_SETS: dict[str, dict[str, str]] = {
    "eager": {},
    "fx-linalg-refbackend": {
        "elementwise_erfinv_dynamic": "aten.erfinv: no linalg lowering",
        "index_take_along_dim_sort": "aten.sort: no linalg lowering",
        "norm_batch_norm2d_training_with_running_stats":
            "in-place update of the running stats (overwrite of a tensor) not supported",
        "norm_instance_norm_affine_dynamic": "aten.repeat: no linalg lowering",
    },
    "torchscript-linalg-refbackend": {
        "activation_celu_dynamic":
            "TorchScript cannot script a lambda",
        "activation_elu_alpha_dynamic":
            "TorchScript cannot script a lambda",
        "activation_gelu_tanh_dynamic":
            "TorchScript cannot script a lambda",
        "activation_hardtanh_bounds_dynamic":
            "TorchScript cannot script a lambda",
        "activation_leaky_relu_slope_dynamic":
            "TorchScript cannot script a lambda",
        "activation_relu6_dynamic":
            "TorchScript cannot script a lambda",
        "activation_softplus_beta_threshold_dynamic":
            "TorchScript cannot script a lambda",
        "activation_threshold_dynamic":
            "TorchScript cannot script a lambda",
        "attention_mha_cross_seq_first":
            "nn.MultiheadAttention's slow path (not self-attention): refinement cannot type the Optional tensors multi_head_attention_forward narrows (prim.unchecked_cast)",
        "attention_mha_kdim_vdim":
            "nn.MultiheadAttention's slow path (not self-attention): refinement cannot type the Optional tensors multi_head_attention_forward narrows (prim.unchecked_cast)",
        "attention_mha_padding_and_causal_no_bias":
            "TorchScript scripting fails: 'NoneType' object has no attribute or method 'dtype'.",
        "cast_bf16_to_f32":
            "TorchScript cannot script the test function's closure over a Python dtype",
        "cast_bool_to_f32":
            "TorchScript cannot script the test function's closure over a Python dtype",
        "cast_bool_to_i64":
            "TorchScript cannot script the test function's closure over a Python dtype",
        "cast_f16_to_f32":
            "TorchScript cannot script the test function's closure over a Python dtype",
        "cast_f32_to_bf16":
            "TorchScript cannot script the test function's closure over a Python dtype",
        "cast_f32_to_bool":
            "TorchScript cannot script the test function's closure over a Python dtype",
        "cast_f32_to_f16":
            "TorchScript cannot script the test function's closure over a Python dtype",
        "cast_f32_to_f64":
            "TorchScript cannot script the test function's closure over a Python dtype",
        "cast_f32_to_i32":
            "TorchScript cannot script the test function's closure over a Python dtype",
        "cast_f32_to_i64":
            "TorchScript cannot script the test function's closure over a Python dtype",
        "cast_f32_to_i8":
            "TorchScript cannot script the test function's closure over a Python dtype",
        "cast_f32_to_u8":
            "TorchScript cannot script the test function's closure over a Python dtype",
        "cast_f64_to_f32":
            "TorchScript cannot script the test function's closure over a Python dtype",
        "cast_f64_to_i64":
            "TorchScript cannot script the test function's closure over a Python dtype",
        "cast_float_roundtrip_through_int":
            "TorchScript cannot script the test function's closure over a Python dtype",
        "cast_i32_to_i64":
            "TorchScript cannot script the test function's closure over a Python dtype",
        "cast_i64_to_bool":
            "TorchScript cannot script the test function's closure over a Python dtype",
        "cast_i64_to_f32":
            "TorchScript cannot script the test function's closure over a Python dtype",
        "cast_i64_to_f64":
            "TorchScript cannot script the test function's closure over a Python dtype",
        "cast_i64_to_i16":
            "TorchScript cannot script the test function's closure over a Python dtype",
        "cast_i64_to_i32":
            "TorchScript cannot script the test function's closure over a Python dtype",
        "cast_i64_to_u8":
            "TorchScript cannot script the test function's closure over a Python dtype",
        "cast_i8_to_f32":
            "TorchScript cannot script the test function's closure over a Python dtype",
        "cast_i8_to_i64":
            "TorchScript cannot script the test function's closure over a Python dtype",
        "cast_methods":
            "TorchScript scripting fails: 'Tensor (inferred)' object has no attribute or method 'bool'.",
        "cast_u8_to_f32":
            "TorchScript cannot script the test function's closure over a Python dtype",
        "cast_u8_to_i64":
            "TorchScript cannot script the test function's closure over a Python dtype",
        "creation_arange_start_end_step_int":
            "TorchScript cannot script the test function's closure over a Python dtype",
        "creation_causal_mask_from_ones":
            "TorchScript cannot script the test function's closure over a Python dtype",
        "creation_eye_rectangular":
            "TorchScript cannot script the test function's closure over a Python dtype",
        "creation_eye_square":
            "TorchScript cannot script the test function's closure over a Python dtype",
        "creation_full_bool_and_f64":
            "TorchScript cannot script the test function's closure over a Python dtype",
        "creation_full_int":
            "TorchScript cannot script the test function's closure over a Python dtype",
        "creation_like_with_dtype":
            "TorchScript cannot script the test function's closure over a Python dtype",
        "creation_linspace_f64":
            "TorchScript cannot script the test function's closure over a Python dtype",
        "creation_new_ones_dtype":
            "TorchScript cannot script the test function's closure over a Python dtype",
        "creation_ones_static_int64":
            "TorchScript cannot script the test function's closure over a Python dtype",
        "elementwise_erfinv_dynamic":
            "'torch.aten.erfinv' could not be lowered to linalg-on-tensors: no lowering rule",
        "index_take_along_dim_sort":
            "'torch.aten.sort' could not be lowered to linalg-on-tensors: no lowering rule",
        "pool_adaptive_avg2d_none_dim":
            "TorchScript scripting fails: adaptive_avg_pool2d(Tensor input, int[2] output_size) -> Tensor",
        "reduction_cumsum_dtype_f64":
            "TorchScript cannot script the test function's closure over a Python dtype",
        "reduction_mean_dtype_f64":
            "TorchScript cannot script the test function's closure over a Python dtype",
        "reduction_sum_dtype_f64":
            "TorchScript cannot script the test function's closure over a Python dtype",
        "reduction_sum_int32_promotes_to_int64":
            "TorchScript cannot script the test function's closure over a Python dtype",
        "softmax_dtype_f64":
            "TorchScript cannot script the test function's closure over a Python dtype",
        "view_as_f64":
            "TorchScript cannot script the test function's closure over a Python dtype",
        "view_pad_constant_int64":
            "TorchScript scripting fails: pad(Tensor input, int[] pad, str mode='constant', float? value=None) -> Tensor",
    },
    "torchscript-trace-linalg-refbackend": {
        "creation_full_bool_and_f64":
            "TorchScript tracing fails: alias analysis has no op for aten::full with a bool fill value",
        "elementwise_add_scalar_arg_int":
            "TorchScript cannot trace a Python int argument",
        "elementwise_erfinv_dynamic":
            "'torch.aten.erfinv' could not be lowered to linalg-on-tensors: no lowering rule",
        "elementwise_mul_scalar_arg_float":
            "TorchScript cannot trace a Python float argument",
        "index_take_along_dim_sort":
            "'torch.aten.sort' could not be lowered to linalg-on-tensors: no lowering rule",
        "reduction_any_all_full":
            "TorchScript tracing fails: alias analysis has no op for aten::__and__(Tensor, bool)",
        "sanity_scalar_arg":
            "TorchScript cannot trace a Python float argument",
    },
}

CRASHING_SETS: dict[str, dict[str, str]] = {
    "eager": {},
    "fx-linalg-refbackend": {},
    "torchscript-linalg-refbackend": {},
    "torchscript-trace-linalg-refbackend": {},
}
