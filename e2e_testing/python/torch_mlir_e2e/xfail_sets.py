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
        "creation_empty_like_then_fill": "aten.empty_permuted: no Torch dialect op",
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
        "activation_prelu_functional":
            "'torch.operator' could not be lowered to linalg-on-tensors: no lowering rule",
        "activation_prelu_module":
            "'torch.operator' could not be lowered to linalg-on-tensors: no lowering rule",
        "activation_prelu_per_channel":
            "'torch.operator' could not be lowered to linalg-on-tensors: no lowering rule",
        "activation_relu6_dynamic":
            "TorchScript cannot script a lambda",
        "activation_softplus_beta_threshold_dynamic":
            "TorchScript cannot script a lambda",
        "activation_threshold_dynamic":
            "TorchScript cannot script a lambda",
        "attention_mha_causal_bool_attn_mask":
            "'torch.prim.unchecked_cast': tensor !torch.vtensor has no known dtype",
        "attention_mha_cross_seq_first":
            "unsupported op 'aten.is_grad_enabled': the Torch dialect has no op for it",
        "attention_mha_dynamic_batch_and_length":
            "unsupported op 'prim.is_nested': the Torch dialect has no op for it",
        "attention_mha_float_attn_mask":
            "'torch.prim.unchecked_cast': tensor !torch.vtensor has no known dtype",
        "attention_mha_kdim_vdim":
            "unsupported op 'aten.is_grad_enabled': the Torch dialect has no op for it",
        "attention_mha_key_padding_mask":
            "'torch.prim.unchecked_cast': tensor !torch.vtensor has no known dtype",
        "attention_mha_padding_and_causal_no_bias":
            "TorchScript scripting fails: 'NoneType' object has no attribute or method 'dtype'.",
        "attention_mha_self_batch_first":
            "unsupported op 'prim.is_nested': the Torch dialect has no op for it",
        "attention_mha_self_no_weights":
            "unsupported op 'prim.is_nested': the Torch dialect has no op for it",
        "attention_sdpa_grouped_query":
            "'torch.aten.scaled_dot_product_attention' could not be lowered to linalg-on-tensors: scaled_dot_product_attent",
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
        "elementwise_add_scalar_arg_int":
            "argument: tensor !torch.vtensor has no known dtype",
        "elementwise_erfinv_dynamic":
            "'torch.aten.erfinv' could not be lowered to linalg-on-tensors: no lowering rule",
        "elementwise_mul_scalar_arg_float":
            "argument: tensor !torch.vtensor has no known dtype",
        "index_add_duplicates_alpha":
            "'torch.aten.index_add' could not be lowered to linalg-on-tensors: index_add with alpha != 1",
        "index_fill":
            "'torch.operator' could not be lowered to linalg-on-tensors: no lowering rule",
        "index_put_scalar_broadcast":
            "'torch.aten.tensor.float': tensor !torch.vtensor has no known dtype",
        "index_put_slice_before_broadcast_value":
            "in-place 'torch.aten.index_put_' mutates a tensor that a view aliases; write it out of place",
        "index_take_along_dim_sort":
            "'torch.aten.sort' could not be lowered to linalg-on-tensors: no lowering rule",
        "matmul_chain":
            "unsupported op 'aten.linalg_multi_dot': the Torch dialect has no op for it",
        "model_attention_block_masks":
            "'torch.aten.view': tensor !torch.vtensor has no known dtype",
        "model_attention_block_masks_dynamic":
            "'torch.aten.view': tensor !torch.vtensor has no known dtype",
        "model_gru_bidirectional_dynamic_batch":
            "'torch.tensor_static_info_cast': tensor !torch.vtensor has no known dtype",
        "model_gru_cell":
            "'torch.prim.unchecked_cast': tensor !torch.vtensor has no known dtype",
        "model_gru_cell_unrolled_with_residual":
            "'torch.tensor_static_info_cast': tensor !torch.vtensor has no known dtype",
        "model_lstm_cell":
            "'torch.prim.TupleUnpack': tensor !torch.vtensor has no known dtype",
        "model_lstm_cell_unrolled":
            "'torch.tensor_static_info_cast': tensor !torch.vtensor has no known dtype",
        "model_lstm_cell_unrolled_dynamic_batch":
            "'torch.tensor_static_info_cast': tensor !torch.vtensor has no known dtype",
        "model_lstm_two_layers":
            "'torch.tensor_static_info_cast': tensor !torch.vtensor has no known dtype",
        "model_transformer_encoder_layer":
            "'torch.prim.Uninitialized': tensor !torch.vtensor has no known dtype",
        "model_transformer_encoder_layer_causal_dynamic":
            "'torch.aten.ones': tensor !torch.vtensor has no known dtype",
        "model_transformer_encoder_layer_padding_mask_norm_first_gelu":
            "'torch.prim.Uninitialized': tensor !torch.vtensor has no known dtype",
        "model_transformer_encoder_two_layers":
            "'torch.prim.If': tensor !torch.vtensor has no known dtype",
        "norm_instance_norm":
            "'torch.aten.__derive_index' could not be lowered to linalg-on-tensors: no lowering rule",
        "norm_instance_norm1d_module_affine":
            "'torch.tensor_static_info_cast': tensor !torch.vtensor has no known dtype",
        "norm_instance_norm2d_module":
            "'torch.aten.__derive_index' could not be lowered to linalg-on-tensors: no lowering rule",
        "norm_instance_norm3d_module_affine":
            "'torch.tensor_static_info_cast': tensor !torch.vtensor has no known dtype",
        "norm_instance_norm_affine_dynamic":
            "'torch.aten.__derive_index' could not be lowered to linalg-on-tensors: no lowering rule",
        "norm_local_response_norm":
            "'torch.prim.If': tensor !torch.vtensor has no known dtype",
        "pool_adaptive_avg2d_none_dim":
            "TorchScript scripting fails: adaptive_avg_pool2d(Tensor input, int[2] output_size) -> Tensor",
        "reduction_cumsum_dtype_f64":
            "TorchScript cannot script the test function's closure over a Python dtype",
        "reduction_mean_dtype_f64":
            "TorchScript cannot script the test function's closure over a Python dtype",
        "reduction_norm_frobenius":
            "'torch.prim.If.yield' op yields types ('!torch.vtensor', '!torch.str') that differ from the torch.prim.If resu",
        "reduction_norm_inf_dim":
            "'torch.prim.type' could not be lowered to linalg-on-tensors: no lowering rule",
        "reduction_norm_p1_dim":
            "'torch.prim.type' could not be lowered to linalg-on-tensors: no lowering rule",
        "reduction_sum_dtype_f64":
            "TorchScript cannot script the test function's closure over a Python dtype",
        "reduction_sum_int32_promotes_to_int64":
            "TorchScript cannot script the test function's closure over a Python dtype",
        "sanity_scalar_arg":
            "argument: tensor !torch.vtensor has no known dtype",
        "sanity_tuple_results":
            "result mismatch: output[2]: expected a tuple of 1, got tensor<[4, 6], torch.float32>",
        "softmax_dtype_f64":
            "TorchScript cannot script the test function's closure over a Python dtype",
        "view_as_f64":
            "TorchScript cannot script the test function's closure over a Python dtype",
        "view_chunk_dynamic":
            "'torch.prim.ListUnpack': tensor !torch.vtensor has no known dtype",
        "view_chunk_even":
            "'func.func' could not be lowered to linalg-on-tensors: function signature has types with no run-time form: !to",
        "view_chunk_uneven":
            "'func.func' could not be lowered to linalg-on-tensors: function signature has types with no run-time form: !to",
        "view_mT_swapaxes":
            "unsupported op 'aten.mT': the Torch dialect has no op for it",
        "view_movedim":
            "'torch.operator' could not be lowered to linalg-on-tensors: no lowering rule",
        "view_pad_constant_int64":
            "TorchScript scripting fails: pad(Tensor input, int[] pad, str mode='constant', float? value=None) -> Tensor",
        "view_repeat_interleave_static":
            "'torch.operator' could not be lowered to linalg-on-tensors: no lowering rule",
        "view_slice_scatter_overwrite":
            "in-place 'torch.aten.copy_' mutates a tensor that a view aliases; write it out of place",
        "view_split_dynamic_tensor_static_dim":
            "'torch.prim.ListUnpack': tensor !torch.vtensor has no known dtype",
        "view_split_size_uneven":
            "'func.func' could not be lowered to linalg-on-tensors: function signature has types with no run-time form: !to",
        "view_split_sizes_list":
            "'func.func' could not be lowered to linalg-on-tensors: function signature has types with no run-time form: !to",
        "view_tensor_split_sections":
            "'func.func' could not be lowered to linalg-on-tensors: function signature has types with no run-time form: !to",
        "view_unbind_dim0":
            "'func.func' could not be lowered to linalg-on-tensors: function signature has types with no run-time form: !to",
        "view_unbind_dim1_dynamic":
            "'torch.prim.ListUnpack': tensor !torch.vtensor has no known dtype",
    },
    "torchscript-trace-linalg-refbackend": {
        "model_gru_bidirectional_dynamic_batch":
            "'torch.operator' could not be lowered to linalg-on-tensors: no lowering rule",
        "model_gru_cell":
            "unsupported op 'aten.unsafe_chunk': the Torch dialect has no op for it",
        "model_gru_cell_unrolled_with_residual":
            "unsupported op 'aten.unsafe_chunk': the Torch dialect has no op for it",
        "model_lstm_cell":
            "unsupported op 'aten.unsafe_chunk': the Torch dialect has no op for it",
        "model_lstm_cell_unrolled":
            "unsupported op 'aten.unsafe_chunk': the Torch dialect has no op for it",
        "model_lstm_cell_unrolled_dynamic_batch":
            "unsupported op 'aten.unsafe_chunk': the Torch dialect has no op for it",
        "model_lstm_two_layers":
            "'torch.operator' could not be lowered to linalg-on-tensors: no lowering rule",
    },
}

CRASHING_SETS: dict[str, dict[str, str]] = {
    "eager": {},
    "fx-linalg-refbackend": {},
    "torchscript-linalg-refbackend": {},
    "torchscript-trace-linalg-refbackend": {},
}
