"""Expected failures of the refbackend configs of every frontend: FX, TorchScript
(scripting and tracing), Lazy Tensor Core and the ACAP shim."""

# linalg_factorizations tests whose op eager checks (singular / not
# positive-definite input): torch.export keeps aten._linalg_check_errors.
FX_REFBACKEND_XFAILS = {
    "as_strided_of_result_on_transposed_input":
        "refused (clear error): as_strided of a tensor eager lays out non-contiguously",
    "norm_instance_norm_affine_dynamic": "aten.repeat: no linalg lowering",
}

# Both TorchScript configs (scripting and tracing): what TorchScript's graphs
# cannot express, reported as located errors.
TORCHSCRIPT_XFAILS = {
    "as_strided_of_contiguous_copy":
        "refused (clear error): TorchScript graphs do not give the layout of the tensor as_strided reads",
    "as_strided_of_result_on_transposed_input":
        "refused (clear error): TorchScript graphs do not give the layout of the tensor as_strided reads",
    "mutation_arange_out": "aten.arange.out / arange.start_out: the Torch dialect has no op for the out= form",
    "mutation_arange_out_int": "aten.arange.out / arange.start_out: the Torch dialect has no op for the out= form",
    "mutation_batchnorm1d_train":
        "TorchScript freezes module attributes: a buffer updated in forward is a located "
        "error (the FX frontend updates it)",
    "mutation_batchnorm2d_train_dynamic":
        "TorchScript freezes module attributes: a buffer updated in forward is a located "
        "error (the FX frontend updates it)",
    "mutation_buffer_counter":
        "TorchScript freezes module attributes: a buffer updated in forward is a located "
        "error (the FX frontend updates it)",
    "norm_batch_norm2d_training_with_running_stats":
        "TorchScript freezes module attributes: a buffer updated in forward is a located "
        "error (the FX frontend updates it)",
}

# The linalg_factorizations tests: the factorizations are decomposed by the
# FX frontend's import-time table (torch_mlir_core.passes.linalg_decompositions)
# and, for TorchScript's graphs, by torch-decompose at static shapes; the
# LTC config below keeps aten.linalg_inv_ex, ... (located errors; not re-measured).
LINALG_FACTORIZATION_TESTS = [
    "linalg_cholesky",
    "linalg_det_batched",
    "linalg_det_sign",
    "linalg_inv",
    "linalg_inv_batched",
    "linalg_lu_factor",
    "linalg_lu_factor_ex_wide",
    "linalg_slogdet_batched",
    "linalg_solve",
    "linalg_solve_right",
    "linalg_solve_triangular_left",
    "linalg_solve_triangular_right",
    "linalg_solve_vector_batched",
    "logdet_pd",
]
_LINALG_CAPTURE_XFAILS = {
    t: "aten linalg factorization (linalg_inv_ex, _linalg_det, ...): the Torch dialect "
       "has no op for it and this frontend's graphs are not decomposed by the FX "
       "frontend's linalg table" for t in LINALG_FACTORIZATION_TESTS}
# ACAP: torch-decompose decomposes the captured factorizations (static
# shapes); those whose eager kernel checks its input capture
# aten._linalg_check_errors, which returns no tensor (a located capture error).
_ACAP_LINALG_XFAILS = {
    t: "aten._linalg_check_errors (eager's singular / not-positive-definite check): a "
       "capture records tensor ops only" for t in (
        "linalg_cholesky", "linalg_inv", "linalg_inv_batched", "linalg_lu_factor",
        "linalg_solve", "linalg_solve_right", "linalg_solve_vector_batched")}

# The qr_factorizations tests: LTC's lazy step keeps aten.linalg_qr, geqrf,
# ormqr, cholesky, linalg_matrix_exp, ... (no op in the Torch dialect; the
# FX, TorchScript and ACAP graphs are decomposed by qr_decompositions).
QR_FACTORIZATION_TESTS = [
    "cholesky_f64", "cholesky_upper_lower", "geqrf_batched", "geqrf_zero_column",
    "linalg_householder_product", "linalg_householder_product_batched", "linalg_qr_tall",
    "linalg_qr_wide_batched", "matrix_exp_batched", "matrix_exp_f64", "ormqr_batched",
    "ormqr_left_right", "qr_f64",
]
_QR_LTC_XFAILS = {
    t: "aten QR / cholesky / matrix_exp: the lazy step keeps the aten op, which the Torch "
       "dialect has no rule for (not decomposed on this path)" for t in QR_FACTORIZATION_TESTS}

FRONTEND_XFAILS: dict[str, dict[str, str]] = {
    "eager": {},
    "fx-linalg-refbackend": dict(FX_REFBACKEND_XFAILS),
    "torchscript-linalg-refbackend": {
        'geqrf_batched': "aten.geqrf: TorchScript's graph gives its results no dtype (the FX "
                         "frontend decomposes it on import)",
        'geqrf_zero_column': "aten.geqrf: TorchScript's graph gives its results no dtype",
        'ormqr_left_right': "aten.geqrf: TorchScript's graph gives its results no dtype",
        'qr_f64': "aten.qr: the Torch dialect has no op for it (FX exports aten.linalg_qr)",
        'random_bernoulli_p':
            "aten.bernoulli_.float: in-place random op with no functional op in the Torch dialect (FX exports bernoulli.p)",
        'random_exponential_inplace':
            "aten.exponential_: in-place random op with no functional op in the Torch dialect (FX exports its decomposition)",
        **TORCHSCRIPT_XFAILS,
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
        "creation_full_bool_and_f64":
            "TorchScript scripts torch.full(size, True) as an int64 fill (the scripted function "
            "itself returns int64; eager gives bool)",
        "cast_methods":
            "TorchScript scripting fails: 'Tensor (inferred)' object has no attribute or method 'bool'.",
        "pool_adaptive_avg2d_none_dim":
            "TorchScript scripting fails: adaptive_avg_pool2d(Tensor input, int[2] output_size) -> Tensor",
        "view_pad_constant_int64":
            "TorchScript scripting fails: pad(Tensor input, int[] pad, str mode='constant', float? value=None) -> Tensor",
        'CdistPNorms': 'TorchScript cannot script cdist/pdist over a tuple comprehension (list size not static)',
        'PdistPNorms': 'TorchScript cannot script cdist/pdist over a tuple comprehension (list size not static)',
        'upsample_bilinear2d_scale_recompute': "recompute_scale_factor: TorchScript's interpolate builds the output size with list appends in a loop (aten.append.t), which core's passes do not fold: upsample_bilinear2d.vec's size stays unknown",
    },
    "torchscript-trace-linalg-refbackend": {
        'qr_f64': "aten.qr: the Torch dialect has no op for it (FX exports aten.linalg_qr)",
        'random_bernoulli_p':
            "aten.bernoulli_.float: in-place random op with no functional op in the Torch dialect (FX exports bernoulli.p)",
        'random_exponential_inplace':
            "aten.exponential_: in-place random op with no functional op in the Torch dialect (FX exports its decomposition)",
        'random_randint_range':
            "TorchScript cannot trace a function returning a Python bool",
        **TORCHSCRIPT_XFAILS,
        "creation_full_bool_and_f64":
            "TorchScript tracing fails: alias analysis has no op for aten::full with a bool fill value",
        "elementwise_add_scalar_arg_int":
            "TorchScript cannot trace a Python int argument",
        "elementwise_mul_scalar_arg_float":
            "TorchScript cannot trace a Python float argument",
        "reduction_any_all_full":
            "TorchScript tracing fails: alias analysis has no op for aten::__and__(Tensor, bool)",
        "sanity_scalar_arg":
            "TorchScript cannot trace a Python float argument",
        'upsample_bilinear2d_scale_recompute': 'aten.upsample_bilinear2d.vec with traced run-time scales: no linalg rule',
        'resize_as_0d': "torch.jit.trace's own check rejects the in-place resize_ of a clone (its traced output differs)",
        'resize_as_same_numel': "torch.jit.trace's own check rejects the in-place resize_ of a clone (its traced output differs)",
        'resize_smaller': "torch.jit.trace's own check rejects the in-place resize_ of a clone (its traced output differs)",
    },
    # Lazy Tensor Core (one forward step on the lazy device, fallback=False) and
    # the ACAP shim: generated from a run (--suggest-xfail), reasons condensed.
    "ltc-linalg-refbackend": {
        "int_mm_basic": "aten._int_mm: no LTC lazy kernel",
        "int_mm_dynamic": "aten._int_mm: no LTC lazy kernel",
        'bucketize_int64':
            "aten.bucketize.Tensor: no LTC lazy kernel",
        'bucketize_nan_inf':
            "aten.bucketize.Tensor: no LTC lazy kernel",
        'cummax_cummin_int64':
            "aten._cummax_helper: no LTC lazy kernel",
        'cummax_cummin_ties_nan_dynamic':
            "aten._cummax_helper: no LTC lazy kernel",
        'kthvalue_dynamic':
            "aten.kthvalue.values: no LTC lazy kernel",
        'kthvalue_ties_values':
            "aten.kthvalue.values: no LTC lazy kernel",
        'median_all':
            "aten.median: no LTC lazy kernel",
        'median_dim_even_length':
            "aten.median.dim_values: no LTC lazy kernel",
        'median_dim_nan_rows':
            "aten.median.dim_values: no LTC lazy kernel",
        'median_int64':
            "aten.median: no LTC lazy kernel",
        'searchsorted_left_right_dynamic':
            "aten.searchsorted.Tensor: no LTC lazy kernel",
        'searchsorted_nd_sequence':
            "aten.searchsorted.Tensor: no LTC lazy kernel",
        'searchsorted_scalar':
            "aten.searchsorted.Scalar: no LTC lazy kernel",
        'searchsorted_sorter':
            "aten.searchsorted.Tensor: no LTC lazy kernel",
        'sort_argsort_and_msort':
            "aten.sort.stable: no LTC lazy kernel",
        'sort_last_dim_dynamic_ties':
            "aten.sort.stable: no LTC lazy kernel",
        'sort_long_row':
            "aten.sort.stable: no LTC lazy kernel",
        'sort_middle_dim_stable_descending':
            "aten.sort.stable: no LTC lazy kernel",
        **_LINALG_CAPTURE_XFAILS,
        **_QR_LTC_XFAILS,
        'zero_size_roll':
            "aten.roll: no LTC lazy kernel",
        'zero_size_roll_dynamic':
            "aten.roll: no LTC lazy kernel",
        'zero_size_roll_flat':
            "aten.roll: no LTC lazy kernel",
        'random_dropout_training_dynamic_values':
            "LTC passes the Python numbers of the checks as 0-d float64 tensors: refused, their type promotion may differ from eager",
        'random_rand_like_dynamic':
            "LTC passes the Python numbers of the checks as 0-d float64 tensors: refused, their type promotion may differ from eager",
        'random_rand_range_and_moments':
            "LTC passes the Python numbers of the checks as 0-d float64 tensors: refused, their type promotion may differ from eager",
        'random_randn_like_dynamic':
            "LTC passes the Python numbers of the checks as 0-d float64 tensors: refused, their type promotion may differ from eager",
        'random_randn_moments':
            "LTC passes the Python numbers of the checks as 0-d float64 tensors: refused, their type promotion may differ from eager",
        'random_uniform_inplace':
            "LTC passes the Python numbers of the checks as 0-d float64 tensors: refused, their type promotion may differ from eager",
        'random_uniform_inplace_dynamic':
            "LTC passes the Python numbers of the checks as 0-d float64 tensors: refused, their type promotion may differ from eager",
        'random_exponential_inplace':
            "aten.exponential_: no LTC lazy kernel",
        'random_normal_tensor_mean':
            "aten.normal.Tensor_float: no LTC lazy kernel",
        'random_normal_tensor_std_dynamic':
            "aten.normal.float_Tensor: no LTC lazy kernel",
        'random_randint_int32_dynamic':
            "LTC records randint as aten.random.from, which the Torch dialect has no op for",
        'random_randint_range':
            "LTC records randint as aten.random.from, which the Torch dialect has no op for",
        "mutation_arange_out":
            "refused (clear error): LTC's functionalization asserts on out= into a lazy argument (reported at the line)",
        "mutation_arange_out_int":
            "refused (clear error): LTC's functionalization asserts on out= into a lazy argument (reported at the line)",
        "mutation_index_put_":
            "aten._index_put_impl_: no LTC lazy kernel",
        "mutation_index_put_accumulate_dynamic":
            "aten._index_put_impl_: no LTC lazy kernel",
        "as_strided_after_movedim_unfold_diagonal":
            "refused (clear error): LTC records as_strided of a view as as_strided_copy of a copy, which loses the storage it reads",
        "as_strided_after_narrow":
            "refused (clear error): LTC records as_strided of a view as as_strided_copy of a copy, which loses the storage it reads",
        "as_strided_after_select":
            "refused (clear error): LTC records as_strided of a view as as_strided_copy of a copy, which loses the storage it reads",
        "as_strided_after_slice_step":
            "refused (clear error): LTC records as_strided of a view as as_strided_copy of a copy, which loses the storage it reads",
        "as_strided_after_t":
            "refused (clear error): LTC records as_strided of a view as as_strided_copy of a copy, which loses the storage it reads",
        "as_strided_after_t_dynamic":
            "refused (clear error): LTC records as_strided of a view as as_strided_copy of a copy, which loses the storage it reads",
        "as_strided_after_transpose_permute":
            "refused (clear error): LTC records as_strided of a view as as_strided_copy of a copy, which loses the storage it reads",
        "as_strided_of_contiguous_copy":
            "refused (clear error): LTC records as_strided of a view as as_strided_copy of a copy, which loses the storage it reads",
        "as_strided_of_result_on_transposed_input":
            "refused (clear error): LTC records as_strided of a view as as_strided_copy of a copy, which loses the storage it reads",
        "activation_clamp_int64_float_bound":
            "a Python number's promotion differs in LTC's graph (reported)",
        "comparison_int_tensor_float_scalar":
            "a Python number's promotion differs in LTC's graph (reported at the line): int64 > 0.5 compares in float64, eager in float32",
        "activation_mish_dynamic":
            "aten.mish: no LTC lazy kernel",
        "comparison_mixed_int_float":
            "aten.round: no LTC lazy kernel",
        "creation_eye_dynamic_size":
            "aten.eye.m_out: no LTC lazy kernel",
        "creation_eye_rectangular":
            "aten.eye.m_out: no LTC lazy kernel",
        "creation_eye_square":
            "aten.eye.m_out: no LTC lazy kernel",
        "creation_linspace":
            "aten.linspace.out: no LTC lazy kernel",
        "creation_linspace_f64":
            "aten.linspace.out: no LTC lazy kernel",
        "elementwise_acos_dynamic":
            "aten.acos: no LTC lazy kernel",
        "elementwise_acosh_dynamic":
            "aten.acosh: no LTC lazy kernel",
        "elementwise_asin_dynamic":
            "aten.asin: no LTC lazy kernel",
        "elementwise_asinh_dynamic":
            "aten.asinh: no LTC lazy kernel",
        "elementwise_atan2_broadcast":
            "aten.atan2: no LTC lazy kernel",
        "elementwise_atan2_f64":
            "aten.atan2: no LTC lazy kernel",
        "elementwise_atan_dynamic":
            "aten.atan: no LTC lazy kernel",
        "elementwise_atanh_dynamic":
            "aten.atanh: no LTC lazy kernel",
        "elementwise_bitwise_and_or_xor_uint8":
            "aten.bitwise_xor.Tensor: no LTC lazy kernel",
        "elementwise_bitwise_bool":
            "aten.bitwise_xor.Tensor: no LTC lazy kernel",
        "elementwise_bitwise_xor_int64":
            "aten.bitwise_xor.Tensor: no LTC lazy kernel",
        "elementwise_ceil_dynamic":
            "aten.ceil: no LTC lazy kernel",
        "elementwise_clamp_tensor_max_int64":
            "aten.clamp.Tensor: no LTC lazy kernel",
        "elementwise_clamp_tensor_min_max":
            "aten.clamp.Tensor: no LTC lazy kernel",
        "elementwise_clamp_tensor_min_only":
            "aten.clamp.Tensor: no LTC lazy kernel",
        "elementwise_cosh_dynamic":
            "aten.cosh: no LTC lazy kernel",
        "elementwise_erf_dynamic":
            "aten.erf: no LTC lazy kernel",
        "elementwise_erfinv_dynamic":
            "aten.erfinv: no LTC lazy kernel",
        "elementwise_exp2_dynamic":
            "aten.exp2: no LTC lazy kernel",
        "elementwise_expm1_dynamic":
            "aten.expm1: no LTC lazy kernel",
        "elementwise_fmod_float":
            "aten.fmod.Tensor: no LTC lazy kernel",
        "elementwise_fmod_int64":
            "aten.fmod.Tensor: no LTC lazy kernel",
        "elementwise_hypot":
            "aten.hypot: no LTC lazy kernel",
        "elementwise_log10_dynamic":
            "aten.log10: no LTC lazy kernel",
        "elementwise_log1p_dynamic":
            "aten.log1p: no LTC lazy kernel",
        "elementwise_pow_scalar_tensor":
            "aten.pow.Scalar: no LTC lazy kernel",
        "elementwise_remainder_fmod_float_scalar":
            "aten.fmod.Tensor: no LTC lazy kernel",
        "elementwise_round_decimals":
            "aten.round.decimals: no LTC lazy kernel",
        "elementwise_round_huge_decimals":
            "aten.round.decimals: no LTC lazy kernel",
        "elementwise_round_dynamic":
            "aten.round: no LTC lazy kernel",
        "elementwise_sin_dynamic":
            "aten.sin: no LTC lazy kernel",
        "elementwise_sin_f64":
            "aten.sin: no LTC lazy kernel",
        "elementwise_sinh_dynamic":
            "aten.sinh: no LTC lazy kernel",
        "elementwise_tan_dynamic":
            "aten.tan: no LTC lazy kernel",
        "elementwise_unary_chain":
            "aten.sin: no LTC lazy kernel",
        "elementwise_zero_d":
            "aten.sin: no LTC lazy kernel",
        "index_add_duplicates_alpha":
            "aten._index_put_impl_: no LTC lazy kernel",
        "index_fill":
            "aten.index_fill_.int_Scalar: no LTC lazy kernel",
        "index_put_accumulate_duplicates":
            "aten._index_put_impl_: no LTC lazy kernel",
        "index_put_accumulate_dynamic":
            "aten._index_put_impl_: no LTC lazy kernel",
        "index_put_accumulate_int64_rows":
            "aten._index_put_impl_: no LTC lazy kernel",
        "index_put_dynamic":
            "aten._index_put_impl_: no LTC lazy kernel",
        "index_put_rows":
            "aten._index_put_impl_: no LTC lazy kernel",
        "index_put_scalar_broadcast":
            "aten._index_put_impl_: no LTC lazy kernel",
        "index_put_slice_before_broadcast_value":
            "aten._index_put_impl_: no LTC lazy kernel",
        "index_put_two_indices":
            "aten._index_put_impl_: no LTC lazy kernel",
        "index_scatter_dynamic":
            "aten.scatter.src: no LTC lazy kernel",
        "index_scatter_reduce_amax":
            "aten.scatter_reduce.two: no LTC lazy kernel",
        "index_scatter_reduce_sum_exclude_self":
            "aten.scatter_reduce.two: no LTC lazy kernel",
        "index_scatter_src_dim0":
            "aten.scatter.src: no LTC lazy kernel",
        "index_scatter_src_dim1":
            "aten.scatter.src: no LTC lazy kernel",
        "index_scatter_value":
            "aten.scatter.value: no LTC lazy kernel",
        "logical_and_or_xor_bool_broadcast":
            "aten.logical_and.out: no LTC lazy kernel",
        "logical_not_bool":
            "aten.logical_not.out: no LTC lazy kernel",
        "logical_not_bool_dynamic":
            "aten.logical_not.out: no LTC lazy kernel",
        "logical_ops_on_floats":
            "aten.logical_and.out: no LTC lazy kernel",
        "logical_ops_on_ints":
            "aten.logical_and.out: no LTC lazy kernel",
        "model_attention_block_masks":
            "aten.eye.m_out: no LTC lazy kernel",
        "model_attention_block_masks_dynamic":
            "aten.eye.m_out: no LTC lazy kernel",
        "model_gru_bidirectional_dynamic_batch":
            "LTC cannot functionalize the as_strided view of the RNN cell kernels",
        "model_gru_cell":
            "LTC cannot functionalize the as_strided view of the RNN cell kernels",
        "model_gru_cell_unrolled_with_residual":
            "LTC cannot functionalize the as_strided view of the RNN cell kernels",
        "model_lstm_cell":
            "LTC cannot functionalize the as_strided view of the RNN cell kernels",
        "model_lstm_cell_unrolled":
            "LTC cannot functionalize the as_strided view of the RNN cell kernels",
        "model_lstm_cell_unrolled_dynamic_batch":
            "LTC cannot functionalize the as_strided view of the RNN cell kernels",
        "model_lstm_two_layers":
            "LTC cannot functionalize the as_strided view of the RNN cell kernels",
        "norm_local_response_norm":
            "aten.avg_pool3d: no LTC lazy kernel",
        "pool_adaptive_avg3d":
            "aten._adaptive_avg_pool3d: no LTC lazy kernel",
        "pool_adaptive_max1d":
            "LTC: adaptive_max_pool's meta function returns NotImplemented on lazy tensors",
        "pool_adaptive_max2d_non_dividing_with_indices":
            "LTC: adaptive_max_pool's meta function returns NotImplemented on lazy tensors",
        "pool_avg3d_basic":
            "aten.avg_pool3d: no LTC lazy kernel",
        "pool_avg3d_divisor_override_exclude_pad":
            "aten.avg_pool3d: no LTC lazy kernel",
        "pool_avg3d_dynamic":
            "aten.avg_pool3d: no LTC lazy kernel",
        "pool_avg3d_padding_ceil":
            "aten.avg_pool3d: no LTC lazy kernel",
        "pool_max3d_basic":
            "aten.max_pool3d_with_indices: no LTC lazy kernel",
        "pool_max3d_ceil_mode":
            "aten.max_pool3d_with_indices: no LTC lazy kernel",
        "pool_max3d_dynamic":
            "aten.max_pool3d_with_indices: no LTC lazy kernel",
        "pool_max3d_stride_padding_dilation":
            "aten.max_pool3d_with_indices: no LTC lazy kernel",
        "pool_max3d_with_indices":
            "aten.max_pool3d_with_indices: no LTC lazy kernel",
        "promotion_bool_times_float":
            "a Python number's promotion differs in LTC's graph (reported)",
        "promotion_int_times_python_float":
            "a Python number's promotion differs in LTC's graph (reported)",
        "reduction_amax_amin_int64":
            "aten.min.dim: no LTC lazy kernel",
        "reduction_argmax_dim":
            "aten.argmax: no LTC lazy kernel",
        "reduction_argmax_keepdim":
            "aten.argmax: no LTC lazy kernel",
        "reduction_argmax_no_dim":
            "aten.argmax: no LTC lazy kernel",
        "reduction_argmin_dim0":
            "aten.argmin: no LTC lazy kernel",
        "reduction_argmin_no_dim_int64":
            "aten.argmin: no LTC lazy kernel",
        "reduction_count_nonzero":
            "aten.count_nonzero.dim_IntList: no LTC lazy kernel",
        "reduction_logsumexp_dims_keepdim":
            "aten.resize_: no LTC lazy kernel",
        "reduction_logsumexp_large_values":
            "aten.resize_: no LTC lazy kernel",
        "reduction_logsumexp_last_dim":
            "aten.resize_: no LTC lazy kernel",
        "reduction_min_dim_f64_keepdim":
            "aten.min.dim: no LTC lazy kernel",
        "reduction_min_dim_int64":
            "aten.min.dim: no LTC lazy kernel",
        "reduction_prod_all":
            "aten.prod: no LTC lazy kernel",
        "reduction_prod_dim_keepdim":
            "aten.prod.dim_int: no LTC lazy kernel",
        "reduction_prod_int64_dim":
            "aten.prod.dim_int: no LTC lazy kernel",
        "reduction_vector_norm_default":
            "aten.linalg_vector_norm: no LTC lazy kernel",
        "reduction_vector_norm_f64":
            "aten.linalg_vector_norm: no LTC lazy kernel",
        "reduction_vector_norm_inf_and_neg_inf":
            "aten.linalg_vector_norm: no LTC lazy kernel",
        "reduction_vector_norm_ord3_dims":
            "aten.linalg_vector_norm: no LTC lazy kernel",
        "view_roll":
            "aten.roll: no LTC lazy kernel",
        "view_roll_dynamic":
            "aten.roll: no LTC lazy kernel",
        "view_roll_flattened":
            "aten.roll: no LTC lazy kernel",
        'CdistPNorms': "aten._cdist_forward: LTC lowers the lazy step without torch-decompose's table",
        'PdistPNorms': "aten._pdist_forward: LTC lowers the lazy step without torch-decompose's table",
        'pdist_one_row': "aten._pdist_forward: LTC lowers the lazy step without torch-decompose's table",
        'masked_scatter_2d': 'aten.masked_scatter_: no LTC lazy kernel to compile',
        'cdist_euclidean_mm_path': "aten::as_strided has no lazy-backend kernel (torch's matmul path of cdist)",
        'masked_scatter_broadcast_mask': 'aten::as_strided has no lazy-backend kernel (the broadcast mask)',
        'index_select_0d_source': "LTC: 'Empty output_sizes is not supported' for a 0-d index_select",
        'resize_as_0d': 'aten.resize_: in-place, LTC records it with no functional form to compile',
        'resize_as_same_numel': 'aten.resize_: in-place, LTC records it with no functional form to compile',
        'resize_smaller': 'aten.resize_: in-place, LTC records it with no functional form to compile',
    },
    "acap-linalg-refbackend": {
        **_ACAP_LINALG_XFAILS,
        'random_bernoulli_p':
            "aten.bernoulli_.float: an in-place op with no functional form to record (reported by the capture)",
        'random_dropout_training':
            "aten.bernoulli_.float: an in-place op with no functional form to record (reported by the capture)",
        'random_dropout_training_dynamic_values':
            "aten.bernoulli_.float: an in-place op with no functional form to record (reported by the capture)",
        'random_exponential_inplace':
            "aten.exponential_: in-place op on a tensor a view aliases (reported by the capture)",
        'random_uniform_inplace':
            "aten.uniform_: in-place op on a tensor a view aliases (reported by the capture)",
        'random_uniform_inplace_dynamic':
            "aten.uniform_: in-place op on a tensor a view aliases (reported by the capture)",
        "mutation_arange_out":
            "aten.arange.start_out: the Torch dialect has no op for the out= form (located lowering error)",
        "mutation_arange_out_int":
            "aten.arange.out: the Torch dialect has no op for the out= form (located lowering error)",
        "mutation_select_assign":
            "aten.fill_.Tensor: in-place op on a tensor a view aliases (reported by the capture)",
        "mutation_slice_assign":
            "aten.copy_.default: in-place op on a tensor a view aliases (reported by the capture)",
        "mutation_slice_assign_dynamic":
            "aten.copy_.default: in-place op on a tensor a view aliases (reported by the capture)",
        "as_strided_after_movedim_unfold_diagonal":
            "refused (clear error): as_strided of a view or non-contiguous tensor reads storage a capture does not record",
        "as_strided_after_narrow":
            "refused (clear error): as_strided of a view or non-contiguous tensor reads storage a capture does not record",
        "as_strided_after_select":
            "refused (clear error): as_strided of a view or non-contiguous tensor reads storage a capture does not record",
        "as_strided_after_slice_step":
            "refused (clear error): as_strided of a view or non-contiguous tensor reads storage a capture does not record",
        "as_strided_after_t":
            "refused (clear error): as_strided of a view or non-contiguous tensor reads storage a capture does not record",
        "as_strided_after_t_dynamic":
            "refused (clear error): as_strided of a view or non-contiguous tensor reads storage a capture does not record",
        "as_strided_after_transpose_permute":
            "refused (clear error): as_strided of a view or non-contiguous tensor reads storage a capture does not record",
        "as_strided_of_result_on_transposed_input":
            "refused (clear error): as_strided of a view or non-contiguous tensor reads storage a capture does not record",
        "attention_mha_key_padding_mask":
            "aten.masked_fill_.Scalar: in-place op on a tensor a view aliases (reported by the capture)",
        "attention_mha_padding_and_causal_no_bias":
            "aten.masked_fill_.Scalar: in-place op on a tensor a view aliases (reported by the capture)",
        "attention_mha_self_no_weights":
            "aten._native_multi_head_attention.default: returns a Python value computed from the inputs (reported by the capture)",
        "conv2d_module_padding_mode_circular":
            "aten.copy_.default: in-place op on a tensor a view aliases (reported by the capture)",
        "creation_empty_like_then_fill":
            "aten.fill_.Scalar: in-place op on a tensor a view aliases (reported by the capture)",
        "model_gru_bidirectional_dynamic_batch":
            "aten.transpose_.default: in-place op with no functional form (reported by the capture)",
        "model_lstm_two_layers":
            "aten.mkldnn_rnn_layer.default: returns a Python value computed from the inputs (reported by the capture)",
        "model_transformer_encoder_layer_padding_mask_norm_first_gelu":
            "aten.masked_fill_.Scalar: in-place op on a tensor a view aliases (reported by the capture)",
        "view_pad_circular_2d":
            "aten.copy_.default: in-place op on a tensor a view aliases (reported by the capture)",
        "view_slice_scatter_overwrite":
            "aten.fill_.Tensor: in-place op on a tensor a view aliases (reported by the capture)",
        'cdist_euclidean_mm_path': "aten._euclidean_dist (the ACAP shim records the CPU kernel's helper): not in the Torch dialect",
    },
}

_RRELU_TESTS = ("activation_rrelu_eval", "activation_rrelu_eval_dynamic")
_RRELU_REASONS = {
    "torchscript-linalg-refbackend": "aten.rrelu: the Torch dialect has no op for it (only the "
                                     "FX frontend decomposes rrelu in evaluation mode)",
    "torchscript-trace-linalg-refbackend": "aten.rrelu: the Torch dialect has no op for it (only "
                                           "the FX frontend decomposes rrelu in evaluation mode)",
    "ltc-linalg-refbackend": "aten.rrelu_with_noise: no LTC lazy kernel",
    "acap-linalg-refbackend": "aten.rrelu_with_noise (in-place noise): reported by the capture",
}
for _config, _reason in _RRELU_REASONS.items():
    FRONTEND_XFAILS[_config].update(dict.fromkeys(_RRELU_TESTS, _reason))
