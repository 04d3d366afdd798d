"""Expected failures of fx-tosa-refbackend (TOSA -> MLIR's tosa-to-linalg -> the
refbackend), grouped by reason."""

# The tests of test_suite/sorting.py (no TOSA or StableHLO rule for any of them).
SORTING_TESTS = [
    'bucketize_int64',
    'bucketize_nan_inf',
    'cummax_cummin_int64',
    'cummax_cummin_ties_nan_dynamic',
    'kthvalue_dynamic',
    'kthvalue_ties_values',
    'median_all',
    'median_dim_even_length',
    'median_dim_nan_rows',
    'median_int64',
    'searchsorted_left_right_dynamic',
    'searchsorted_nd_sequence',
    'searchsorted_scalar',
    'searchsorted_sorter',
    'sort_argsort_and_msort',
    'sort_bool',
    'sort_dim0_descending_dynamic',
    'sort_int32_dim0',
    'sort_int64_ties',
    'sort_last_dim_dynamic_ties',
    'sort_long_row',
    'sort_middle_dim_stable_descending',
    'sort_nan_inf_signed_zero',
    'sort_zero_d',
    'topk_int64',
    'topk_largest_dynamic',
    'topk_smallest_dim0',
    'topk_ties_nan_values',
]

# fx-tosa-refbackend: grouped by reason (one reason string per group).
_TOSA_XFAILS: dict[str, list[str]] = {
    'aten._linalg_check_errors (the run-time singular / not positive-definite check of linalg.inv, solve, cholesky, lu_factor): no TOSA rule': [
        'cholesky_f64',
        'cholesky_upper_lower',
        'linalg_cholesky',
        'linalg_inv',
        'linalg_inv_batched',
        'linalg_lu_factor',
        'linalg_solve',
        'linalg_solve_right',
        'linalg_solve_vector_batched',
    ],
    'det/slogdet/logdet decompositions: aten.diagonal and aten.flip have no TOSA rule': [
        'linalg_det_batched',
        'linalg_det_sign',
        'linalg_slogdet_batched',
        'logdet_pd',
    ],
    'random numbers (rand, randn, randint, bernoulli, uniform, normal, dropout): no TOSA rule (TOSA has no random op)': [
        'random_bernoulli_p',
        'random_bernoulli_tensor_p_dynamic',
        'random_dropout_training',
        'random_dropout_training_dynamic_values',
        'random_exponential_inplace',
        'random_normal_tensor_mean',
        'random_normal_tensor_std_dynamic',
        'random_rand_f64',
        'random_rand_like_dynamic',
        'random_rand_range_and_moments',
        'random_randint_int32_dynamic',
        'random_randint_range',
        'random_randn_like_dynamic',
        'random_randn_moments',
        'random_two_draws_differ',
        'random_uniform_inplace',
        'random_uniform_inplace_dynamic',
    ],
    "a dynamic dim TOSA's constant shape operands cannot express (needs a static dim)": [
        'attention_mha_dynamic_batch_and_length',
        'conv2d_dynamic_spatial_stride2',
        'conv_transpose2d_dynamic',
        'index_gather_dynamic',
        'index_put_dynamic',
        'index_tensor_dynamic',
        'index_tensor_dynamic_slice_before',
        'matmul_permuted_3d_linear_dynamic',
        'model_attention_block_masks_dynamic',
        'model_resnet_basic_blocks_dynamic_image_size',
        'model_transformer_encoder_layer_causal_dynamic',
        'pool_avg1d_dynamic',
        'pool_avg2d_dynamic',
        'pool_max2d_dynamic_spatial',
        'view_broadcast_to_dynamic_shape_of_other',
        'view_expand_as_dynamic',
        'view_narrow_dynamic',
        'view_pad_reflect_2d_dynamic',
        'view_repeat_dynamic_int64',
        'view_roll_dynamic',
        'view_select_dynamic',
        'view_slice_dynamic_dim',
        'view_slice_dynamic_negative_start',
        'view_slice_dynamic_step',
        'mutation_copy_dynamic',
        'mutation_slice_assign_dynamic',
    ],
    'zero-size tensor: TOSA tensors cannot have zero-size dims': [
        'zero_size_attention_head_dim',
        'zero_size_split_with_sizes',
        'zero_size_split_with_sizes_dynamic',
        'zero_size_amax_keeps_empty_dim',
        'zero_size_bmm_batch0',
        'zero_size_bmm_k0',
        'zero_size_cat_both_empty',
        'zero_size_index_select_empty_index',
        'zero_size_index_select_empty_input',
        'zero_size_matmul_m0',
        'zero_size_matmul_mv_k0',
        'zero_size_max_pool2d_batch0',
        'zero_size_mean_keeps_empty_dim',
        'zero_size_mm_k0',
        'zero_size_mm_m0',
        'zero_size_sum_all',
        'zero_size_sum_over_empty_dim',
    ],
    '3-d convolution: no TOSA conv3d rule': [
        'conv3d_basic',
        'conv3d_dynamic_dilation',
        'conv3d_module_dynamic_batch',
        'conv3d_stride_groups_no_bias',
        'conv_transpose3d_module_groups_dynamic',
        'conv_transpose3d_stride_output_padding',
    ],
    'float floor/trunc division, remainder or fmod: TOSA has no exact float division (reported, not approximated)': [
        'elementwise_div_rounding_floor',
        'elementwise_div_rounding_trunc',
        'elementwise_floor_divide_float',
        'elementwise_fmod_float',
        'elementwise_remainder_float',
        'elementwise_remainder_fmod_float_scalar',
    ],
    'aten.index_put: index_put with accumulate=True (tosa.scatter overwrites)': [
        'index_add_duplicates_alpha',
        'index_put_accumulate_duplicates',
        'index_put_accumulate_dynamic',
        'index_put_accumulate_int64_rows',
        'mutation_index_put_accumulate_dynamic',
    ],
    "aten.max_pool2d_with_indices: max_pool2d's indices (TOSA's max_pool2d has none)": [
        'pool_max1d_with_indices',
        'pool_max2d_with_indices',
        'pool_max2d_with_indices_dynamic',
        'pool_max2d_with_indices_stride_padding',
    ],
    'aten._adaptive_avg_pool2d: adaptive pooling whose windows differ in size': [
        'pool_adaptive_avg1d_non_dividing',
        'pool_adaptive_avg2d_non_dividing',
        'pool_adaptive_avg2d_upsampling',
    ],
    "aten.avg_pool2d: avg pooling with ceil_mode (a partial window's divisor)": [
        'pool_avg1d_padding_ceil_exclude_pad',
        'pool_avg2d_ceil_mode',
        'pool_avg2d_ceil_mode_padding_exclude_pad',
    ],
    'aten.convolution: transposed convolution with groups or dilation': [
        'conv_transpose1d_depthwise_dynamic',
        'conv_transpose2d_dilation',
        'conv_transpose2d_groups_asymmetric',
    ],
    'f64 convolution: TOSA accumulates in f16/f32 at most': [
        'conv2d_f64',
        'conv2d_module_f64',
        'conv_transpose2d_module_no_bias_f64',
    ],
    'aten.index_put: index_put with leading None (sliced) indices': [
        'index_fill',
        'index_put_slice_before_broadcast_value',
    ],
    'aten.max_pool2d_with_indices: max pooling with dilation': [
        'pool_max1d_dilation_ceil',
        'pool_max2d_dilation',
    ],
    'aten.native_group_norm: N must be a constant': [
        'norm_group_norm_module_one_group_dynamic',
        'norm_group_norm_no_affine_dynamic',
    ],
    "pooling of f64: TOSA pools accumulate in f32 at most (avg_pool2d's f64 accumulator is rejected, MLIR's tosa-to-linalg does not lower an f64 max_pool2d)": [
        'pool_avg2d_f64',
        'pool_max2d_f64',
    ],
    'aten.argmin: argmin of integers': [
        'reduction_argmin_no_dim_int64',
    ],
    'aten.avg_pool2d: avg_pool2d divisor_override': [
        'pool_avg2d_divisor_override',
    ],
    'aten.clamp: max must be a constant': [
        'view_pad_replicate_1d_dynamic',
    ],
    'aten.constant_pad_nd: negative padding': [
        'view_pad_constant_negative_crops',
    ],
    'aten.copy: copy with broadcasting': [
        'view_slice_scatter_overwrite',
    ],
    'aten.index.Tensor: torch.aten.index.Tensor with indices that are not adjacent': [
        'index_tensor_non_adjacent',
    ],
    'aten.max_pool2d_with_indices: pooling an unbatched input': [
        'pool_max2d_unbatched',
    ],
    'aten.min.dim: min.dim of integers': [
        'reduction_min_dim_int64',
    ],
    'aten.pow.Tensor_Scalar: pow of torch.int64 (TOSA computes it on floats only)': [
        'elementwise_pow_int64_scalar',
    ],
    'aten.pow.Tensor_Tensor: pow of torch.int64 (TOSA computes it on floats only)': [
        'elementwise_pow_tensor_tensor_int64',
    ],
    'aten.repeat: repeats must be a constant': [
        'norm_instance_norm_affine_dynamic',
    ],
    'aten._native_batch_norm_legit_functional: no TOSA rule (batch norm in training mode)': [
        'mutation_batchnorm1d_train',
        'mutation_batchnorm2d_train_dynamic',
        'norm_batch_norm2d_training_with_running_stats',
    ],
    'aten.as_strided: no TOSA rule': [
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
    'refused (clear error): as_strided of a tensor eager lays out non-contiguously': [
        'as_strided_of_result_on_transposed_input',
    ],
    'zero-size tensors (TOSA tensors cannot have zero-size dims)': [
        'zero_size_adaptive_avg_pool2d_empty_output',
    ],
    'aten.cumsum: no TOSA rule': [
        'reduction_cumsum_bool',
        'reduction_cumsum_dim0',
        'reduction_cumsum_dtype_f64',
        'reduction_cumsum_int32_promotes',
        'reduction_cumsum_int64',
        'reduction_cumsum_last_dim_dynamic',
        'reduction_cumsum_middle_dim',
    ],
    'aten.avg_pool3d: no TOSA rule': [
        'norm_local_response_norm',
        'pool_avg3d_basic',
        'pool_avg3d_divisor_override_exclude_pad',
        'pool_avg3d_dynamic',
        'pool_avg3d_padding_ceil',
    ],
    'aten.max_pool3d_with_indices: no TOSA rule': [
        'pool_max3d_basic',
        'pool_max3d_ceil_mode',
        'pool_max3d_dynamic',
        'pool_max3d_stride_padding_dilation',
        'pool_max3d_with_indices',
    ],
    'aten.flip: no TOSA rule': [
        'model_gru_bidirectional_dynamic_batch',
        'view_chain_of_views_into_arithmetic',
        'view_flip',
        'view_flip_dynamic_int64',
    ],
    'aten.adaptive_max_pool2d: no TOSA rule': [
        'pool_adaptive_max1d',
        'pool_adaptive_max2d_dividing',
        'pool_adaptive_max2d_non_dividing_with_indices',
        'zero_size_adaptive_max_pool2d_empty_output',
    ],
    'aten.scatter.src: no TOSA rule': [
        'index_scatter_dynamic',
        'index_scatter_src_dim0',
        'index_scatter_src_dim1',
    ],
    'aten.atan2: no TOSA rule': [
        'elementwise_atan2_broadcast',
        'elementwise_atan2_f64',
    ],
    'aten.diagonal: no TOSA rule': [
        'view_diagonal',
        'view_diagonal_dims',
    ],
    'aten.scatter_add: no TOSA rule': [
        'index_scatter_add_duplicates',
        'index_scatter_add_int64',
    ],
    'aten.scatter_reduce.two: no TOSA rule': [
        'index_scatter_reduce_amax',
        'index_scatter_reduce_sum_exclude_self',
    ],
    'aten.slice_scatter: no TOSA rule': [
        'conv2d_module_padding_mode_circular',
        'view_pad_circular_2d',
        'mutation_slice_assign',
    ],
    'aten._adaptive_avg_pool3d: no TOSA rule': [
        'pool_adaptive_avg3d',
    ],
    'aten.acos: no TOSA rule': [
        'elementwise_acos_dynamic',
    ],
    'aten.acosh: no TOSA rule': [
        'elementwise_acosh_dynamic',
    ],
    'aten.addmv: no TOSA rule': [
        'matmul_addmv',
    ],
    'aten.asin: no TOSA rule': [
        'elementwise_asin_dynamic',
    ],
    'aten.asinh: no TOSA rule': [
        'elementwise_asinh_dynamic',
    ],
    'aten.atan: no TOSA rule': [
        'elementwise_atan_dynamic',
    ],
    'aten.atanh: no TOSA rule': [
        'elementwise_atanh_dynamic',
    ],
    'aten.empty_permuted: no TOSA rule': [
        'creation_empty_like_then_fill',
    ],
    'aten.erfinv: no TOSA rule': [
        'elementwise_erfinv_dynamic',
    ],
    'aten.round.decimals: no TOSA rule': [
        'elementwise_round_decimals',
        'elementwise_round_huge_decimals',
    ],
    'aten.scatter.value: no TOSA rule': [
        'index_scatter_value',
    ],
    'aten.sort: no TOSA rule': [
        'index_take_along_dim_sort',
    ],
    'sorting, order statistics, searchsorted/bucketize (aten.sort, topk, kthvalue, median, cummax/cummin, searchsorted, bucketize): no TOSA rule (TOSA has no sort)':
        SORTING_TESTS,
    'aten.unfold: no TOSA rule': [
        'view_unfold_windows',
        'Unfold0d',
    ],
    'aten.fmod.Scalar on floats: no TOSA rule (grid_sample bicubic reflection padding)': [
        'grid_sample_bicubic_reflection',
    ],
    'aten.index_select of a 0-d tensor: the TOSA rule fails (located internal error)': [
        'index_select_0d_source',
    ],
    'aten.cumsum: no TOSA rule (masked_scatter decomposes through it)': [
        'masked_scatter_2d',
        'masked_scatter_broadcast_mask',
    ],
    'pdist of one row: TOSA has no 0-element constant (tosa.const verifier)': [
        'pdist_one_row',
    ],
    'aten.resize: no TOSA rule; resize_ to fewer elements exports as aten.as_strided, none either': [
        'resize_as_0d',
        'resize_as_same_numel',
        'resize_smaller',
    ],
}
TOSA_REFBACKEND_XFAILS = {
    test: reason for reason, tests in _TOSA_XFAILS.items() for test in tests}

