"""Expected failures of the IREE configs: fx-linalg-iree (the refbackend's own
plus IREE's limits), fx-tosa-iree and fx-stablehlo-iree (grouped by reason)."""

from .frontends import FX_REFBACKEND_XFAILS
from .tosa import SORTING_TESTS, TOSA_REFBACKEND_XFAILS

# fx-linalg-iree: IREE limitations, and lowerings of core that IREE rejects (the
# refbackend runs them; none is a wrong value); see e2e_testing/README.md.
_IREE_FLIP = (
    "IREE cannot compile core's weight flip of conv_transpose (a linalg.generic with "
    "negative-coefficient indexing maps): 'inferred input/output operand has shape's "
    "dimension' error after tiling")
_IREE_BILINEAR = ("IREE's compile of _trilinear's broadcast product summed over two dims fails: "
                  "'vector.contract' op invalid accumulator/result vector shape")
FX_LINALG_IREE_XFAILS: dict[str, str] = {
        # The refbackend's own expected failures (lowering errors in core).
        **FX_REFBACKEND_XFAILS,
        "activation_gelu_f64": "IREE's llvm-cpu target has no f64 math.erf (failed to legalize)",
        "bilinear_basic": _IREE_BILINEAR,
        "bilinear_dynamic_no_bias": _IREE_BILINEAR,
        "conv_transpose2d_basic": _IREE_FLIP,
        "conv_transpose2d_dilation": _IREE_FLIP,
        "conv_transpose2d_dynamic": _IREE_FLIP,
        "conv_transpose2d_groups_asymmetric": _IREE_FLIP,
        "conv_transpose2d_module_dynamic_batch": _IREE_FLIP,
        "conv_transpose2d_module_no_bias_f64": _IREE_FLIP,
        "conv_transpose2d_stride2_pad1_output_padding1": _IREE_FLIP,
        "conv_transpose3d_module_groups_dynamic": _IREE_FLIP,
        "conv_transpose3d_stride_output_padding": _IREE_FLIP,
        "index_tensor_with_sliced_other_dim":
            "IREE: tensor.extract from a strided tensor.extract_slice in a linalg.generic fails "
            "LLVM translation (builtin.unrealized_conversion_cast)",
        "model_tiny_unet": _IREE_FLIP,
        "zero_size_bmm_k0": "iree-compile crashes (SIGFPE) on a matmul with K=0",
        "zero_size_mm_k0": "iree-compile crashes (SIGFPE) on a matmul with K=0",
        "zero_size_attention_head_dim":
            "iree-compile crashes (SIGFPE) on the scores' matmul with K=0 (head dim 0)",
}

# fx-tosa-iree: the refbackend's TOSA xfails (the same TOSA, lowered by the
# same tosa-to-linalg passes) and IREE's own failures on that linalg.
_TOSA_IREE_EXTRA: dict[str, list[str]] = {
    "IREE cannot lower the tensor.splat of a run-time size that the TOSA rules emit (tensor.splat: failed to legalize)": [
        'attention_sdpa_causal_dynamic',
        'attention_sdpa_dynamic_batch_and_lengths',
        'attention_sdpa_padding_mask_dynamic_batch',
        'comparison_masked_fill_causal',
        'comparison_nan_to_num_via_where',
        'creation_causal_mask_from_ones',
        'creation_empty_then_fill',
        'creation_full_float',
        'creation_full_int',
        'creation_full_like',
        'creation_like_int32',
        'creation_new_full_empty',
        'creation_new_zeros_ones',
        'creation_ones_from_size',
        'creation_zeros_broadcast_add',
        'creation_zeros_from_dynamic_shape',
        'creation_zeros_ones_like',
        'model_lstm_cell_unrolled_dynamic_batch',
        'mutation_fill_dynamic',
        'mutation_zero_dynamic',
    ],
    "IREE cannot lower the tensor.generate of a run-time size that the TOSA rules emit (tensor.generate: failed to legalize)": [
        'creation_arange_compare_positions',
        'creation_arange_float_dtype_dynamic',
        'creation_arange_from_dynamic_dim',
        'creation_arange_start_offset_dynamic',
        'creation_eye_dynamic_size',
        'creation_tril_batched_dynamic',
        'creation_tril_triu_dynamic',
        'creation_triu_int64',
    ],
    "IREE's runtime fails (FAILED_PRECONDITION: transient buffer has not been committed)": [
        'elementwise_floor_divide_int64_scalar',
        'elementwise_remainder_int32_scalar',
        'elementwise_round_dynamic',
        'reduction_logsumexp_last_dim',
    ],
    "IREE: the full any/all reduction exceeds its stack allocation limit (an unbounded alloca)": [
        'reduction_any_all_full',
    ],
    "IREE's llvm-cpu target has no f64 math.erf (failed to legalize)": [
        'activation_gelu_f64',
    ],
}
TOSA_IREE_XFAILS = {
    **TOSA_REFBACKEND_XFAILS,
    **{test: reason for reason, tests in _TOSA_IREE_EXTRA.items() for test in tests}}

# fx-stablehlo-iree: grouped by reason (made from a full run's failures;
# every one a located lowering error or an IREE compile error, none a wrong
# value). The refbackend's own xfails are among them.
_STABLEHLO_IREE_XFAILS: dict[str, list[str]] = {
    _IREE_BILINEAR: ['bilinear_basic', 'bilinear_dynamic_no_bias'],
    'LU-based decompositions (det, slogdet, lu_factor, inv, solve): aten.argmax has no '
    'StableHLO rule': [
        'linalg_det_batched',
        'linalg_det_sign',
        'linalg_inv',
        'linalg_inv_batched',
        'linalg_lu_factor',
        'linalg_lu_factor_ex_wide',
        'linalg_slogdet_batched',
        'linalg_solve',
        'linalg_solve_right',
        'linalg_solve_vector_batched',
    ],
    'Householder QR, torch.cholesky and matrix_exp decompositions (qr_decompositions.py): '
    'aten.arange.start_step of uint8 has no StableHLO rule': [
        'cholesky_f64',
        'cholesky_upper_lower',
        'linalg_householder_product',
        'linalg_householder_product_batched',
        'linalg_qr_tall',
        'linalg_qr_wide_batched',
        'matrix_exp_batched',
        'matrix_exp_f64',
        'qr_f64',
    ],
    'the Cholesky decomposition: aten.arange.start_step of uint8 has no StableHLO rule': [
        'linalg_cholesky',
        'logdet_pd',
    ],
    'random numbers of a dynamic shape: the StableHLO random rules need static sizes': [
        'random_bernoulli_tensor_p_dynamic',
        'random_dropout_training_dynamic_values',
        'random_normal_tensor_std_dynamic',
        'random_rand_like_dynamic',
        'random_randint_int32_dynamic',
        'random_randn_like_dynamic',
        'random_uniform_inplace_dynamic',
    ],
    'aten.index.Tensor: no StableHLO rule': [
        'conv2d_module_padding_mode_reflect',
        'conv2d_module_padding_mode_replicate',
        'index_tensor_2d_index_into_1d',
        'index_tensor_broadcast_indices',
        'index_tensor_constant_index',
        'index_tensor_dim0',
        'index_tensor_dynamic',
        'index_tensor_dynamic_slice_before',
        'index_tensor_int64_values_int32_index',
        'index_tensor_negative_indices',
        'index_tensor_non_adjacent',
        'index_tensor_slice_before',
        'index_tensor_slice_before_adjacent_pair',
        'index_tensor_two_indices',
        'index_tensor_with_sliced_other_dim',
        'view_pad_reflect_1d',
        'view_pad_reflect_2d',
        'view_pad_reflect_3d',
        'view_pad_replicate_1d',
        'view_pad_replicate_2d',
        'view_pad_replicate_3d',
    ],
    'aten.arange.start_step: arange with a run-time length, start or step': [
        'attention_sdpa_causal_dynamic',
        'comparison_masked_fill_causal',
        'creation_arange_compare_positions',
        'creation_arange_float_dtype_dynamic',
        'creation_arange_from_dynamic_dim',
        'creation_arange_start_offset_dynamic',
        'creation_causal_mask_from_ones',
        'creation_eye_dynamic_size',
        'creation_tril_batched_dynamic',
        'creation_tril_triu_dynamic',
        'creation_triu_int64',
        'model_attention_block_masks_dynamic',
        'model_transformer_encoder_layer_causal_dynamic',
        'view_pad_reflect_2d_dynamic',
        'view_pad_replicate_1d_dynamic',
        'view_roll_dynamic',
    ],
    'aten.convolution: transposed convolution': [
        'conv_transpose1d_depthwise_dynamic',
        'conv_transpose1d_stride_output_padding',
        'conv_transpose2d_basic',
        'conv_transpose2d_dilation',
        'conv_transpose2d_dynamic',
        'conv_transpose2d_groups_asymmetric',
        'conv_transpose2d_module_dynamic_batch',
        'conv_transpose2d_module_no_bias_f64',
        'conv_transpose2d_stride2_pad1_output_padding1',
        'conv_transpose3d_module_groups_dynamic',
        'conv_transpose3d_stride_output_padding',
        'model_tiny_unet',
    ],
    'aten.index_put: no StableHLO rule': [
        'index_add_duplicates_alpha',
        'index_fill',
        'index_put_accumulate_duplicates',
        'index_put_accumulate_dynamic',
        'index_put_accumulate_int64_rows',
        'index_put_dynamic',
        'index_put_rows',
        'index_put_scalar_broadcast',
        'index_put_slice_before_broadcast_value',
        'index_put_two_indices',
        'mutation_index_put_',
        'mutation_index_put_accumulate_dynamic',
    ],
    "IREE: failed to legalize operation 'stablehlo.convolution' that was explicitly marked illegal": [
        'conv1d_depthwise_dynamic_length_valid',
        'conv1d_dynamic_padding_same',
        'conv2d_dynamic_padding_same',
        'conv2d_dynamic_spatial_groups',
        'conv2d_dynamic_spatial_stride2',
        'conv2d_module_depthwise_dynamic_spatial',
        'conv3d_dynamic_dilation',
        'model_mobilenet_depthwise_separable_dynamic_batch',
        'model_resnet_basic_blocks_dynamic_image_size',
    ],
    'aten.as_strided: no StableHLO rule': [
        'as_strided_after_movedim_unfold_diagonal',
        'as_strided_after_narrow',
        'as_strided_after_select',
        'as_strided_after_slice_step',
        'as_strided_after_t',
        'as_strided_after_t_dynamic',
        'as_strided_after_transpose_permute',
        'as_strided_of_contiguous_copy',
        'as_strided_of_input',
    ],
    'aten._adaptive_avg_pool2d: adaptive average pooling to a size other than 1': [
        'pool_adaptive_avg1d_dividing',
        'pool_adaptive_avg1d_non_dividing',
        'pool_adaptive_avg2d_dividing',
        'pool_adaptive_avg2d_dynamic_batch',
        'pool_adaptive_avg2d_non_dividing',
        'pool_adaptive_avg2d_none_dim',
        'pool_adaptive_avg2d_upsampling',
        'zero_size_adaptive_avg_pool2d_empty_output',
    ],
    'aten._native_batch_norm_legit.no_stats: no StableHLO rule': [
        'norm_batch_norm1d_training_functional',
        'norm_batch_norm2d_training_affine_dynamic',
        'norm_batch_norm2d_training_functional',
        'norm_batch_norm3d_training_functional',
        'norm_instance_norm',
        'norm_instance_norm1d_module_affine',
        'norm_instance_norm2d_module',
        'norm_instance_norm3d_module_affine',
    ],
    'aten.cumsum: no StableHLO rule': [
        'reduction_cumsum_bool',
        'reduction_cumsum_dim0',
        'reduction_cumsum_dtype_f64',
        'reduction_cumsum_int32_promotes',
        'reduction_cumsum_int64',
        'reduction_cumsum_last_dim_dynamic',
        'reduction_cumsum_middle_dim',
    ],
    "IREE: failed to legalize operation 'stablehlo.reduce_window' that was explicitly marked illegal": [
        'pool_avg1d_dynamic',
        'pool_avg2d_dynamic',
        'pool_avg2d_dynamic_batch_padding',
        'pool_avg3d_dynamic',
        'pool_max2d_dynamic_spatial',
        'pool_max3d_dynamic',
    ],
    'aten.gather: no StableHLO rule': [
        'index_gather_3d_middle_smaller_index',
        'index_gather_dim0',
        'index_gather_dim1',
        'index_gather_dynamic',
        'index_take_along_dim_broadcast',
    ],
    'aten.native_group_norm: no StableHLO rule': [
        'norm_group_norm',
        'norm_group_norm_module',
        'norm_group_norm_module_one_group_dynamic',
        'norm_group_norm_module_per_channel',
        'norm_group_norm_no_affine_dynamic',
    ],
    'aten.slice_scatter: no StableHLO rule': [
        'conv2d_module_padding_mode_circular',
        'mutation_slice_assign',
        'mutation_slice_assign_dynamic',
        'view_pad_circular_2d',
        'view_slice_scatter_overwrite',
    ],
    'aten._to_copy: uint8 tensors are not supported by the StableHLO lowering': [
        'cast_f32_to_u8',
        'cast_i64_to_u8',
        'cast_u8_to_f32',
        'cast_u8_to_i64',
    ],
    'aten.adaptive_max_pool2d: no StableHLO rule': [
        'pool_adaptive_max1d',
        'pool_adaptive_max2d_dividing',
        'pool_adaptive_max2d_non_dividing_with_indices',
        'zero_size_adaptive_max_pool2d_empty_output',
    ],
    'aten.elu: no StableHLO rule': [
        'activation_elu_alpha_dynamic',
        'activation_elu_dynamic',
        'activation_module_stack',
        'activation_selu_dynamic',
    ],
    'aten.max_pool2d_with_indices: max_pool with dilation or ceil_mode': [
        'pool_max1d_dilation_ceil',
        'pool_max2d_ceil_mode',
        'pool_max2d_dilation',
        'pool_max2d_unbatched',
    ],
    'aten.max_pool2d_with_indices: the indices of max_pool (only the values are supported)': [
        'pool_max1d_with_indices',
        'pool_max2d_with_indices',
        'pool_max2d_with_indices_dynamic',
        'pool_max2d_with_indices_stride_padding',
    ],
    'aten.slice.Tensor: slicing a dynamic dim': [
        'view_narrow_dynamic',
        'view_slice_dynamic_dim',
        'view_slice_dynamic_negative_start',
        'view_slice_dynamic_step',
    ],
    'aten._native_batch_norm_legit_functional: no StableHLO rule': [
        'mutation_batchnorm1d_train',
        'mutation_batchnorm2d_train_dynamic',
        'norm_batch_norm2d_training_with_running_stats',
    ],
    'aten.arange.start_step: uint8 tensors are not supported by the StableHLO lowering': [
        'creation_eye_rectangular',
        'creation_eye_square',
        'model_attention_block_masks',
    ],
    'aten.argmax: no StableHLO rule': [
        'reduction_argmax_dim',
        'reduction_argmax_keepdim',
        'reduction_argmax_no_dim',
    ],
    'aten.avg_pool2d: avg_pool with ceil_mode or of a non-float dtype': [
        'pool_avg1d_padding_ceil_exclude_pad',
        'pool_avg2d_ceil_mode',
        'pool_avg2d_ceil_mode_padding_exclude_pad',
    ],
    'aten.scatter.src: no StableHLO rule': [
        'index_scatter_dynamic',
        'index_scatter_src_dim0',
        'index_scatter_src_dim1',
    ],
    "IREE: 'stablehlo.reshape' op result #0 must be statically shaped or single bounded dimension tensor of 4/6/8/16/32/64-bit float or bool or 2/4/8/16/32/64-bi": [
        'index_embedding_padding_idx_dynamic',
        'model_embedding_mean_pool_dynamic',
    ],
    'aten.add.Tensor: uint8 tensors are not supported by the StableHLO lowering': [
        'promotion_int8_plus_uint8_is_int16',
        'promotion_uint8_plus_python_int_keeps_uint8',
    ],
    'aten.argmin: no StableHLO rule': [
        'reduction_argmin_dim0',
        'reduction_argmin_no_dim_int64',
    ],
    'aten.diagonal: no StableHLO rule': [
        'view_diagonal',
        'view_diagonal_dims',
    ],
    'aten.max.dim: no StableHLO rule': [
        'reduction_max_dim0_keepdim',
        'reduction_max_dim_values_indices',
    ],
    'aten.max_pool3d_with_indices: max_pool with dilation or ceil_mode': [
        'pool_max3d_ceil_mode',
        'pool_max3d_stride_padding_dilation',
    ],
    'aten.min.dim: no StableHLO rule': [
        'reduction_min_dim_f64_keepdim',
        'reduction_min_dim_int64',
    ],
    'aten.scatter_add: no StableHLO rule': [
        'index_scatter_add_duplicates',
        'index_scatter_add_int64',
    ],
    'aten.scatter_reduce.two: no StableHLO rule': [
        'index_scatter_reduce_amax',
        'index_scatter_reduce_sum_exclude_self',
    ],
    'iree-compile crashes (signal 8)': [
        'zero_size_attention_head_dim',
        'zero_size_bmm_k0',
        'zero_size_mm_k0',
    ],
    "IREE: 'memref.alloca' op expected no unbounded stack allocations": [
        'reduction_any_all_full',
    ],
    'IREE: Out-of-bounds dimension 0, expected to be in range [0, 0)': [
        'reduction_sum_zero_d',
    ],
    'aten._adaptive_avg_pool3d: adaptive average pooling to a size other than 1': [
        'pool_adaptive_avg3d',
    ],
    'aten.addmv: no StableHLO rule': [
        'matmul_addmv',
    ],
    'aten.avg_pool3d: avg_pool with ceil_mode or of a non-float dtype': [
        'pool_avg3d_padding_ceil',
    ],
    'aten.bitwise_and.Tensor: uint8 tensors are not supported by the StableHLO lowering': [
        'elementwise_bitwise_and_or_xor_uint8',
    ],
    'aten.bitwise_not: uint8 tensors are not supported by the StableHLO lowering': [
        'elementwise_bitwise_not_int32_uint8',
    ],
    'aten.erfinv: no StableHLO rule': [
        'elementwise_erfinv_dynamic',
    ],
    'aten.hypot: no StableHLO rule': [
        'elementwise_hypot',
    ],
    'aten.index_select: index_select of a tensor with dynamic dims besides the indexed one': [
        'index_select_dynamic',
    ],
    'aten.isinf: no StableHLO rule': [
        'comparison_isinf',
    ],
    'aten.isnan: no StableHLO rule': [
        'comparison_isnan',
    ],
    'aten.max_pool3d_with_indices: the indices of max_pool (only the values are supported)': [
        'pool_max3d_with_indices',
    ],
    'aten.repeat: repeat of a dynamic dim': [
        'view_repeat_dynamic_int64',
    ],
    'aten.repeat: repeats must be a constant': [
        'norm_instance_norm_affine_dynamic',
    ],
    'aten.round.decimals: no StableHLO rule': [
        'elementwise_round_decimals',
        'elementwise_round_huge_decimals',
    ],
    'aten.scatter.value: no StableHLO rule': [
        'index_scatter_value',
    ],
    'aten.select.int: a negative index into a dynamic dim': [
        'view_select_dynamic',
    ],
    'aten.sort: no StableHLO rule': [
        'index_take_along_dim_sort',
    ],
    'sorting, order statistics, searchsorted/bucketize (aten.sort, topk, kthvalue, median, cummax/cummin, searchsorted, bucketize): no StableHLO rule':
        SORTING_TESTS,
    'aten.unfold: no StableHLO rule': [
        'view_unfold_windows',
        'Unfold0d',
    ],
    'aten.index_put: no StableHLO rule (as_strided_scatter decomposes through it)': [
        'as_strided_scatter_2d',
    ],
    'aten.gather: no StableHLO rule (diagonal_scatter decomposes through it)': [
        'diagonal_scatter_offset',
    ],
    'aten.index.Tensor: no StableHLO rule (grid_sample and bilinear upsampling decompose '
    'through it)': [
        'grid_sample_bicubic_reflection',
        'grid_sample_bilinear_zeros',
        'grid_sample_nearest_border',
        'upsample_bilinear2d_align_corners',
        'upsample_bilinear2d_scale_factor',
        'upsample_bilinear2d_scale_recompute',
        'upsample_bilinear2d_size',
    ],
    'index_select of a 0-d tensor: the StableHLO gather it builds fails to verify (located error)': [
        'index_select_0d_source',
    ],
    'aten.cumsum: no StableHLO rule (masked_scatter decomposes through it)': [
        'masked_scatter_2d',
        'masked_scatter_broadcast_mask',
    ],
    'aten.resize: no StableHLO rule; resize_ to fewer elements exports as aten.as_strided, '
    'none either': [
        'resize_as_0d',
        'resize_as_same_numel',
        'resize_smaller',
    ],
    'refused (clear error): as_strided of a tensor eager lays out non-contiguously': [
        'as_strided_of_result_on_transposed_input',
    ],
}
STABLEHLO_IREE_XFAILS = {
    test: reason for reason, tests in _STABLEHLO_IREE_XFAILS.items() for test in tests}

