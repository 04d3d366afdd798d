"""Which torch operator overloads get a generated Torch dialect op: data only.

Selection entries are strings:
  "ns::name"           every overload of `ns::name` in torch's schema registry
                       (in ATEN_MODEL_OPS: every overload taking or returning a
                       Tensor, so `aten::exp` does not drag in `aten::exp.float`),
  "ns::name.overload"  exactly that overload; "ns::name.default" is the default
                       (empty) overload, as in `torch.ops.aten.mm.default`,
  "ns::prefix*"        every op of `ns` whose name starts with `prefix` (a
                       family: `aten::special_*`), overloads as for "ns::name".
Overloads the generator cannot or should not model (`.out` variants, Dimname
overloads, unmappable types, variadic returns) are dropped by the generator and
counted by reason in `--count`; they are fine to name here.

Trait tables (HAS_FOLDER, ...) use exact keys: "ns::name" is the default
(empty) overload, "ns::name.overload" a named one.

Besides these lists the generator adds:
  * every overload of a CORE_TAG_NAMESPACES namespace tagged `torch.Tag.core`,
    computed from torch at generation time (the core ATen opset that
    torch.export / decompositions target);
  * for every selected `ns::foo.ov`, the in-place variant `ns::foo_.ov` if torch
    has it (TorchScript graphs contain `add_`, `relu_`, `masked_fill_`, ...),
    and for every selected `ns::foo_.ov` its functional `ns::foo.ov`, so that
    IsTrailingUnderscoreInplaceVariant always has a counterpart.
"""

# Namespaces whose `torch.Tag.core` overloads are all generated.
CORE_TAG_NAMESPACES = ["aten"]

# Add trailing-underscore in-place variants of selected ops (see above).
ADD_INPLACE_VARIANTS = True

# prims:: ops. torch._refs and torch._decomp lower ATen to these (prims-level
# decompositions, nvFuser/inductor-style traces, `make_fx` with prims).
PRIMS = [
    # conversions / metadata
    "prims::convert_element_type", "prims::device_put", "prims::item",
    "prims::maximum_value", "prims::minimum_value", "prims::clone",
    "prims::copy_strided", "prims::copy_to", "prims::resize",
    # views and shape changes
    "prims::broadcast_in_dim", "prims::squeeze", "prims::collapse_view",
    "prims::collapse", "prims::split_dim", "prims::reshape", "prims::transpose",
    "prims::view_of", "prims::view_of_dtype", "prims::as_strided",
    "prims::as_strided_scatter", "prims::rev", "prims::cat", "prims::where",
    "prims::conj", "prims::real", "prims::imag",
    # reductions
    "prims::sum", "prims::prod", "prims::amax", "prims::amin", "prims::var",
    "prims::xor_sum",
    # factories and random
    "prims::iota", "prims::empty", "prims::empty_strided", "prims::empty_permuted",
    "prims::full", "prims::full_like", "prims::scalar_tensor", "prims::fill",
    "prims::uniform", "prims::normal",
    # elementwise unary
    "prims::abs", "prims::acos", "prims::acosh", "prims::asin", "prims::asinh",
    "prims::atan", "prims::atanh", "prims::cos", "prims::cosh", "prims::sin",
    "prims::sinh", "prims::tan", "prims::tanh", "prims::exp", "prims::exp2",
    "prims::expm1", "prims::log", "prims::log10", "prims::log1p", "prims::log2",
    "prims::sqrt", "prims::rsqrt", "prims::cbrt", "prims::reciprocal",
    "prims::neg", "prims::sign", "prims::signbit", "prims::ceil", "prims::floor",
    "prims::round", "prims::trunc", "prims::erf", "prims::erfc", "prims::erfcx",
    "prims::erf_inv", "prims::lgamma", "prims::digamma", "prims::ndtri",
    "prims::isfinite", "prims::bitwise_not", "prims::conj_physical",
    "prims::bessel_i0", "prims::bessel_i0e", "prims::bessel_i1",
    "prims::bessel_i1e", "prims::bessel_j0", "prims::bessel_j1",
    "prims::spherical_bessel_j0", "prims::frexp",
    # elementwise binary
    "prims::add", "prims::sub", "prims::mul", "prims::div", "prims::pow",
    "prims::remainder", "prims::fmod", "prims::atan2", "prims::hypot",
    "prims::maximum", "prims::minimum", "prims::fmax", "prims::fmin",
    "prims::eq", "prims::ne", "prims::lt", "prims::le", "prims::gt", "prims::ge",
    "prims::bitwise_and", "prims::bitwise_or", "prims::bitwise_xor",
    "prims::shift_left", "prims::shift_right_arithmetic", "prims::gcd",
    "prims::nextafter", "prims::igamma", "prims::igammac", "prims::zeta",
    # linear algebra / fft (torch._refs.linalg, torch._refs.fft)
    "prims::svd", "prims::fft_r2c", "prims::fft_c2c", "prims::fft_c2r",
]

# Non-core ATen ops that scripted / traced / exported nn.Module zoo models emit
# (TorchScript and FX graphs keep composite ops that core decomposes away).
ATEN_MODEL_OPS = [
    # linear algebra
    "aten::linear", "aten::matmul", "aten::mm", "aten::bmm", "aten::addmm",
    "aten::baddbmm", "aten::addbmm", "aten::addmv", "aten::mv", "aten::dot",
    "aten::einsum", "aten::outer", "aten::bilinear", "aten::tensordot",
    "aten::cross", "aten::linalg_cross", "aten::cdist", "aten::linalg_multi_dot",
    # convolutions
    "aten::conv1d", "aten::conv2d", "aten::conv3d", "aten::conv_transpose1d",
    "aten::conv_transpose2d", "aten::conv_transpose3d", "aten::_convolution",
    "aten::convolution", "aten::_convolution_mode",
    # normalization
    "aten::batch_norm", "aten::native_batch_norm", "aten::_native_batch_norm_legit",
    "aten::_native_batch_norm_legit_no_training",
    "aten::_native_batch_norm_legit_functional", "aten::layer_norm",
    "aten::native_layer_norm", "aten::group_norm", "aten::native_group_norm",
    "aten::instance_norm", "aten::rms_norm", "aten::_fused_rms_norm",
    "aten::cosine_similarity", "aten::pairwise_distance",
    # dropout (identity at inference, but present in graphs)
    "aten::dropout", "aten::feature_dropout", "aten::alpha_dropout",
    "aten::feature_alpha_dropout", "aten::native_dropout",
    # softmax
    "aten::softmax", "aten::_softmax", "aten::log_softmax", "aten::_log_softmax",
    "aten::_safe_softmax",
    # views, reshapes, layout
    "aten::view", "aten::view_as", "aten::reshape", "aten::reshape_as",
    "aten::_reshape_alias", "aten::_unsafe_view", "aten::flatten", "aten::unflatten",
    "aten::t", "aten::transpose", "aten::permute", "aten::movedim", "aten::mT",
    "aten::contiguous", "aten::squeeze", "aten::unsqueeze", "aten::expand",
    "aten::expand_as", "aten::broadcast_to", "aten::broadcast_tensors",
    "aten::narrow", "aten::select", "aten::slice", "aten::unfold",
    "aten::as_strided", "aten::alias", "aten::diagonal", "aten::diag_embed",
    "aten::view_as_real", "aten::view_as_complex", "aten::unbind", "aten::chunk",
    "aten::split", "aten::split_with_sizes", "aten::tensor_split",
    "aten::unsafe_chunk", "aten::unsafe_split", "aten::unsafe_split_with_sizes",
    "aten::pixel_shuffle", "aten::pixel_unshuffle", "aten::channel_shuffle",
    "aten::im2col", "aten::col2im",
    # joining, repeating, padding
    "aten::cat", "aten::concat", "aten::stack", "aten::hstack", "aten::vstack",
    "aten::repeat", "aten::repeat_interleave", "aten::tile", "aten::pad",
    "aten::constant_pad_nd", "aten::reflection_pad1d", "aten::reflection_pad2d",
    "aten::reflection_pad3d", "aten::replication_pad1d", "aten::replication_pad2d",
    "aten::replication_pad3d", "aten::flip", "aten::roll", "aten::rot90",
    "aten::tril", "aten::triu",
    # indexing
    "aten::index", "aten::_unsafe_index", "aten::index_put", "aten::_index_put_impl",
    "aten::_unsafe_index_put", "aten::index_select", "aten::index_add",
    "aten::index_copy", "aten::index_fill", "aten::gather", "aten::scatter",
    "aten::scatter_add", "aten::scatter_reduce", "aten::masked_fill",
    "aten::masked_select", "aten::masked_scatter", "aten::where", "aten::take_along_dim",
    "aten::embedding", "aten::embedding_bag", "aten::_embedding_bag",
    "aten::one_hot", "aten::nonzero", "aten::slice_scatter", "aten::select_scatter",
    "aten::diagonal_scatter", "aten::as_strided_scatter",
    # pooling and resampling
    "aten::adaptive_avg_pool1d", "aten::adaptive_avg_pool2d", "aten::adaptive_avg_pool3d",
    "aten::_adaptive_avg_pool2d", "aten::_adaptive_avg_pool3d",
    "aten::adaptive_max_pool1d", "aten::adaptive_max_pool2d", "aten::adaptive_max_pool3d",
    "aten::max_pool1d", "aten::max_pool2d", "aten::max_pool3d",
    "aten::max_pool1d_with_indices", "aten::max_pool2d_with_indices",
    "aten::max_pool3d_with_indices", "aten::max_unpool2d", "aten::max_unpool3d",
    "aten::avg_pool1d", "aten::avg_pool2d", "aten::avg_pool3d",
    "aten::upsample_nearest1d", "aten::upsample_nearest2d", "aten::upsample_nearest3d",
    "aten::_upsample_nearest_exact1d", "aten::_upsample_nearest_exact2d",
    "aten::_upsample_nearest_exact3d", "aten::upsample_linear1d",
    "aten::upsample_bilinear2d", "aten::_upsample_bilinear2d_aa",
    "aten::upsample_bicubic2d", "aten::upsample_trilinear3d", "aten::__interpolate",
    "aten::grid_sampler", "aten::grid_sampler_2d", "aten::affine_grid_generator",
    # attention
    "aten::scaled_dot_product_attention",
    "aten::_scaled_dot_product_flash_attention_for_cpu",
    "aten::_scaled_dot_product_attention_math",
    # the fused kernels of nn.MultiheadAttention / nn.TransformerEncoderLayer's
    # fast path (decomposed by core: torch_mlir_core.decompositions)
    "aten::_native_multi_head_attention", "aten::_transformer_encoder_layer_fwd",
    # recurrent networks
    "aten::lstm", "aten::gru", "aten::rnn_tanh", "aten::rnn_relu", "aten::lstm_cell",
    "aten::gru_cell", "aten::rnn_tanh_cell", "aten::rnn_relu_cell",
    "aten::_pack_padded_sequence", "aten::_pad_packed_sequence",
    # activations
    "aten::relu", "aten::relu6", "aten::gelu", "aten::silu", "aten::mish",
    "aten::hardswish", "aten::hardsigmoid", "aten::hardtanh", "aten::leaky_relu",
    "aten::elu", "aten::selu", "aten::celu", "aten::softplus", "aten::softshrink",
    "aten::hardshrink", "aten::tanh", "aten::sigmoid", "aten::log_sigmoid",
    "aten::log_sigmoid_forward", "aten::prelu", "aten::_prelu_kernel", "aten::glu",
    "aten::threshold", "aten::logit", "aten::clamp", "aten::clamp_min",
    "aten::clamp_max", "aten::clip",
    # arithmetic (Tensor, Scalar and TorchScript int/float overloads alike)
    "aten::add", "aten::sub", "aten::mul", "aten::div", "aten::rsub",
    "aten::multiply", "aten::divide", "aten::subtract", "aten::true_divide",
    "aten::floor_divide", "aten::floordiv", "aten::remainder", "aten::fmod",
    "aten::pow", "aten::float_power", "aten::neg", "aten::abs", "aten::square",
    "aten::lerp", "aten::addcmul", "aten::addcdiv", "aten::hypot",
    "aten::logaddexp", "aten::logaddexp2", "aten::xlogy", "aten::copysign",
    "aten::heaviside", "aten::nan_to_num",
    # elementwise math
    "aten::exp", "aten::exp2", "aten::expm1", "aten::log", "aten::log2",
    "aten::log10", "aten::log1p", "aten::sqrt", "aten::rsqrt", "aten::sin",
    "aten::cos", "aten::tan", "aten::asin", "aten::acos", "aten::atan",
    "aten::atan2", "aten::sinh", "aten::cosh", "aten::asinh", "aten::acosh",
    "aten::atanh", "aten::erf", "aten::erfc", "aten::erfinv", "aten::floor",
    "aten::ceil", "aten::round", "aten::trunc", "aten::frac", "aten::sign",
    "aten::sgn", "aten::signbit", "aten::reciprocal", "aten::lgamma",
    "aten::digamma", "aten::i0", "aten::sinc", "aten::deg2rad", "aten::rad2deg",
    "aten::isnan", "aten::isinf", "aten::isfinite", "aten::isneginf",
    "aten::isposinf", "aten::maximum", "aten::minimum", "aten::fmax", "aten::fmin",
    # comparisons
    "aten::eq", "aten::ne", "aten::lt", "aten::le", "aten::gt", "aten::ge",
    "aten::greater", "aten::greater_equal", "aten::less", "aten::less_equal",
    "aten::not_equal", "aten::equal", "aten::isclose", "aten::allclose",
    # logical and bitwise
    "aten::logical_and", "aten::logical_or", "aten::logical_xor", "aten::logical_not",
    "aten::bitwise_and", "aten::bitwise_or", "aten::bitwise_xor", "aten::bitwise_not",
    "aten::bitwise_left_shift", "aten::bitwise_right_shift", "aten::__and__",
    "aten::__or__", "aten::__xor__", "aten::__lshift__", "aten::__rshift__",
    # reductions and scans
    "aten::sum", "aten::nansum", "aten::mean", "aten::nanmean", "aten::amax",
    "aten::amin", "aten::aminmax", "aten::max", "aten::min", "aten::argmax",
    "aten::argmin", "aten::prod", "aten::var", "aten::std", "aten::var_mean",
    "aten::std_mean", "aten::norm", "aten::linalg_vector_norm", "aten::linalg_norm",
    "aten::frobenius_norm", "aten::logsumexp", "aten::cumsum", "aten::cumprod",
    "aten::cummax", "aten::cummin", "aten::any", "aten::all", "aten::count_nonzero",
    "aten::median", "aten::sort", "aten::argsort", "aten::topk", "aten::kthvalue",
    "aten::_unique2", "aten::unique_consecutive", "aten::unique_dim",
    "aten::bincount", "aten::bucketize", "aten::searchsorted", "aten::trace",
    # losses
    "aten::mse_loss", "aten::l1_loss", "aten::smooth_l1_loss", "aten::huber_loss",
    "aten::nll_loss", "aten::nll_loss_forward", "aten::nll_loss2d",
    "aten::nll_loss2d_forward", "aten::cross_entropy_loss", "aten::binary_cross_entropy",
    "aten::binary_cross_entropy_with_logits", "aten::kl_div",
    # factories
    "aten::zeros", "aten::ones", "aten::full", "aten::empty", "aten::empty_strided",
    "aten::empty_permuted",
    "aten::arange", "aten::linspace", "aten::eye",
    "aten::zeros_like", "aten::ones_like", "aten::full_like", "aten::empty_like",
    "aten::rand_like", "aten::randn_like", "aten::randint_like", "aten::rand",
    "aten::randn", "aten::randint", "aten::randperm", "aten::bernoulli",
    "aten::uniform", "aten::normal", "aten::multinomial", "aten::new_zeros",
    "aten::new_ones", "aten::new_full", "aten::new_empty", "aten::new_empty_strided",
    "aten::scalar_tensor", "aten::tensor", "aten::as_tensor",
    # copies, conversions, memory
    "aten::to", "aten::_to_copy", "aten::type_as", "aten::clone", "aten::copy.default",
    "aten::detach", "aten::fill", "aten::zero", "aten::lift", "aten::lift_fresh",
    "aten::lift_fresh_copy", "aten::cpu",
    "aten::resize", "aten::resize_as",
    # tensor metadata queries
    "aten::size", "aten::sym_size", "aten::sym_numel", "aten::sym_stride",
    "aten::sym_storage_offset", "aten::dim", "aten::numel", "aten::stride",
    "aten::is_floating_point", "aten::is_complex", "aten::is_contiguous",
    "aten::is_same_size", "aten::is_nonzero", "aten::item", "aten::_local_scalar_dense",
    "aten::ScalarImplicit", "aten::get_device", "aten::element_size",
    # quantization as found in scripted quantized models
    "aten::quantize_per_tensor", "aten::quantize_per_channel", "aten::dequantize",
    "aten::int_repr", "aten::_make_per_tensor_quantized_tensor",
    "aten::_make_per_channel_quantized_tensor", "aten::q_scale", "aten::q_zero_point",
    "aten::q_per_channel_scales", "aten::q_per_channel_zero_points",
    # torch.export runtime assertions and symbolic-shape constraints
    "aten::_assert_async", "aten::_assert_scalar", "aten::_assert_tensor_metadata",
    "aten::_functional_assert_async", "aten::sym_constrain_range",
    "aten::sym_constrain_range_for_size",
    # the linalg error check torch.export emits as an effectful op (eager raises
    # on singular / not positive-definite input)
    "aten::_linalg_check_errors",
    # Training graphs (Lazy Tensor Core records whole steps after
    # functionalization): the functional `*_copy` forms of view ops ...
    "aten::alias_copy", "aten::as_strided_copy", "aten::detach_copy",
    "aten::diagonal_copy", "aten::expand_copy", "aten::narrow_copy",
    "aten::permute_copy", "aten::select_copy", "aten::slice_copy", "aten::split_copy",
    "aten::split_with_sizes_copy", "aten::squeeze_copy", "aten::t_copy",
    "aten::transpose_copy", "aten::unbind_copy", "aten::unfold_copy",
    "aten::unsqueeze_copy", "aten::view_copy", "aten::view_as_real_copy",
    "aten::view_as_complex_copy", "aten::_reshape_alias_copy",
    # ... and the backward kernels autograd calls.
    "aten::threshold_backward", "aten::tanh_backward", "aten::sigmoid_backward",
    "aten::gelu_backward", "aten::silu_backward", "aten::elu_backward",
    "aten::leaky_relu_backward", "aten::hardtanh_backward", "aten::hardsigmoid_backward",
    "aten::hardswish_backward", "aten::softplus_backward", "aten::log_sigmoid_backward",
    "aten::mish_backward", "aten::glu_backward", "aten::logit_backward",
    "aten::_prelu_kernel_backward", "aten::softshrink_backward",
    "aten::hardshrink_backward", "aten::_softmax_backward_data",
    "aten::_log_softmax_backward_data", "aten::native_batch_norm_backward",
    "aten::native_layer_norm_backward", "aten::native_group_norm_backward",
    "aten::nll_loss_backward", "aten::nll_loss2d_backward", "aten::mse_loss_backward",
    "aten::smooth_l1_loss_backward", "aten::huber_loss_backward",
    "aten::binary_cross_entropy_backward", "aten::soft_margin_loss_backward",
    "aten::select_backward", "aten::slice_backward", "aten::diagonal_backward",
    "aten::unfold_backward", "aten::embedding_dense_backward",
    "aten::convolution_backward", "aten::max_pool2d_with_indices_backward",
    "aten::max_pool3d_with_indices_backward", "aten::avg_pool2d_backward",
    "aten::avg_pool3d_backward", "aten::_adaptive_avg_pool2d_backward",
    "aten::_adaptive_avg_pool3d_backward", "aten::adaptive_max_pool2d_backward",
    "aten::reflection_pad1d_backward", "aten::reflection_pad2d_backward",
    "aten::replication_pad1d_backward", "aten::replication_pad2d_backward",
    "aten::native_dropout_backward", "aten::upsample_nearest2d_backward",
    "aten::upsample_bilinear2d_backward", "aten::rrelu_with_noise_backward",
    # Whole op families (TorchScript graphs keep the composite ones; torch.export
    # keeps the non-core ones torch._decomp has no decomposition for, and the
    # FX frontend decomposes the others before import):
    "aten::special_*", "aten::linalg_*", "aten::_linalg_*", "aten::fft_*",
    "aten::_fft_*",
    # Single non-core ops found by PyTorch's OpInfo samples and by models:
    # special functions ...
    "aten::polygamma", "aten::igamma", "aten::igammac", "aten::frexp",
    "aten::nextafter", "aten::msort", "aten::pdist", "aten::_pdist_forward",
    # ... scans, order statistics, histograms and indexed reductions ...
    "aten::logcumsumexp", "aten::nanmedian", "aten::mode", "aten::histc",
    "aten::histogram", "aten::index_reduce", "aten::segment_reduce", "aten::put",
    "aten::nonzero_static", "aten::angle",
    # ... factorizations and matrix functions ...
    "aten::cholesky", "aten::geqrf", "aten::ormqr", "aten::det", "aten::slogdet",
    "aten::logdet", "aten::cholesky_solve", "aten::cholesky_inverse",
    "aten::triangular_solve", "aten::lu_unpack",
    # ... complex numbers and FFT ...
    "aten::_conj", "aten::_conj_physical", "aten::complex", "aten::polar",
    # ... and the rest.
    "aten::grid_sampler_3d", "aten::_trilinear", "aten::_embedding_bag_forward_only",
    "aten::rrelu_with_noise_functional", "aten::normal_functional",
    "aten::fractional_max_pool2d", "aten::fractional_max_pool3d", "aten::_int_mm",
    "aten::fake_quantize_per_tensor_affine_cachemask",
    "aten::fake_quantize_per_channel_affine_cachemask",
]

# The decomposed quantization ops of PT2E quantization
# (torch.ao.quantization.fx._decomposed registers them when imported).
QUANTIZED_DECOMPOSED = [
    "quantized_decomposed::quantize_per_tensor",
    "quantized_decomposed::dequantize_per_tensor",
    "quantized_decomposed::quantize_per_channel",
    "quantized_decomposed::dequantize_per_channel",
    "quantized_decomposed::choose_qparams",
    "quantized_decomposed::quantize_per_token",
    "quantized_decomposed::dequantize_per_token",
    "quantized_decomposed::quantize_per_channel_group",
    "quantized_decomposed::dequantize_per_channel_group",
]

# Scalar, list, dict and string ops that torch.jit.script produces for Python
# code (shape arithmetic, loops, containers, error paths): all overloads.
ATEN_TORCHSCRIPT_OPS = [
    # int/float/bool/str arithmetic and comparisons (`aten::add.int`, ...)
    "aten::add", "aten::sub", "aten::mul", "aten::div", "aten::floordiv",
    "aten::remainder", "aten::neg", "aten::pow", "aten::floor", "aten::ceil",
    "aten::sqrt", "aten::eq", "aten::ne", "aten::lt", "aten::le", "aten::gt",
    "aten::ge", "aten::__not__", "aten::__and__", "aten::__or__", "aten::__is__",
    "aten::__isnot__", "aten::__range_length", "aten::__derive_index",
    "aten::__round_to_zero_floordiv",
    # conversions
    "aten::Int", "aten::Float", "aten::Bool", "aten::IntImplicit",
    "aten::FloatImplicit", "aten::ScalarImplicit", "aten::str", "aten::device",
    # lists and strings
    "aten::__getitem__.t", "aten::__getitem__.str", "aten::_set_item.t",
    "aten::len.t", "aten::len.Tensor", "aten::len.str", "aten::__contains__.int_list",
    "aten::__contains__.float_list", "aten::__contains__.str_list",
    "aten::append", "aten::extend", "aten::insert", "aten::pop.t", "aten::reverse.t",
    "aten::list", "aten::copy.t", "aten::slice.t", "aten::add.t", "aten::sum",
    "aten::any", "aten::all", "aten::_infer_size",
    # dicts, str and int keys only (module attribute dicts, config dicts)
    "aten::keys.str", "aten::keys.int", "aten::values.str", "aten::values.int",
    "aten::items.str", "aten::items.int", "aten::get.str", "aten::get.int",
    "aten::get.default_str", "aten::get.default_int", "aten::Delete.Dict_str",
    "aten::dict.str", "aten::__getitem__.Dict_str", "aten::__getitem__.Dict_int",
    "aten::_set_item.str", "aten::_set_item.int", "aten::len.Dict_str",
    "aten::len.Dict_int", "aten::__contains__.str", "aten::__contains__.int",
    # strings and diagnostics
    "aten::format", "aten::join", "aten::warn", "aten::is_scripting",
    # global-state queries of library code's fast paths (`torch.is_grad_enabled()`)
    "aten::is_grad_enabled", "aten::is_autocast_enabled", "aten::is_autocast_cpu_enabled",
    # torch.nn.init under torch.jit.script
    "aten::_no_grad_uniform_", "aten::_no_grad_normal_", "aten::_no_grad_fill_",
    "aten::_no_grad_zero_",
]

# prim:: ops with a schema (the other prim:: ops, ListConstruct, If, Loop, ...,
# are hand-written in TorchOps.td).
PRIM_OPS = [
    "prim::NumToTensor", "prim::device", "prim::dtype", "prim::layout",
    # prim::min/max of two ints/floats and of an int/float list (shape code)
    "prim::min.int", "prim::min.float", "prim::min.int_float", "prim::min.float_int",
    "prim::min.self_int", "prim::min.self_float", "prim::min.default",
    "prim::max.int", "prim::max.float", "prim::max.int_float", "prim::max.float_int",
    "prim::max.self_int", "prim::max.self_float", "prim::max.default",
    "prim::abs", "prim::RaiseException",
    "prim::Uninitialized", "prim::Print", "prim::unchecked_cast",
    "prim::unchecked_unwrap_optional", "prim::data",
    "prim::IfThenElse", "prim::id", "prim::tolist", "prim::TupleUnpack",
    # tensor and device attributes (`x.is_cuda`, `x.device.type == "cuda"`)
    "prim::is_cuda", "prim::is_cpu", "prim::is_quantized", "prim::requires_grad",
    "prim::is_nested",
    "prim::itemsize", "prim::nbytes", "prim::index", "prim::type",
]

# Never generated even if a rule above picks them ("ns::name" = all overloads).
EXCLUDE = [
    # Effect tokens of torch.export's effect system: modeled by hand if needed.
    "prims::_make_token", "prims::_sink_tokens",
]

# Never `Pure`, whatever their alias annotations say: they exist for their
# side effects (errors, output, warnings, symbolic-shape constraints).
SIDE_EFFECTING = [
    "prim::RaiseException", "prim::Print", "aten::warn",
    "aten::_assert_async", "aten::_assert_scalar", "aten::_assert_tensor_metadata",
    "aten::_functional_assert_async", "aten::sym_constrain_range",
    "aten::sym_constrain_range_for_size", "aten::_linalg_check_errors",
    "prims::_make_token",
    "prims::_sink_tokens",
]
# Any op whose name contains one of these is side-effecting too.
SIDE_EFFECTING_SUBSTRINGS = ["assert", "print", "constrain_range"]


# Results alias an operand although the schema has no alias annotation saying
# so (`prim::unchecked_cast(t x) -> t` returns `x` itself): never
# HasValueSemantics, so no fold treats the result as a fresh value.
RESULT_ALIASES_OPERAND = ["prim::unchecked_cast"]


# Hand-written C++ bodies in TorchOps.cpp. Exact keys (see module docstring).
HAS_FOLDER = [
    "aten::size.int", "aten::dim", "aten::add.int", "aten::sub.int",
    "aten::mul.int", "aten::floordiv.int", "aten::neg.int", "aten::eq.int",
    "aten::ne.int", "aten::lt.int", "aten::le.int", "aten::gt.int",
    "aten::ge.int", "aten::__not__", "aten::len.t", "aten::__is__",
    "aten::__isnot__", "aten::Bool.int", "aten::Int.bool",
]
HAS_CANONICALIZER = ["aten::size", "aten::__getitem__.t"]
HAS_VERIFIER = ["aten::mm", "aten::bmm"]
