"""Expected failures of the complex-number / FFT tests (test_suite/complex_fft.py)
and the embedding bag tests (test_suite/embedding_bag.py) outside the linalg
refbackend configs (generated with --suggest-xfail, reasons condensed). Every
one is a located error; none is a wrong answer."""

# What both TorchScript configs (scripting and tracing) cannot import or lower.
_TORCHSCRIPT = {
    'complex_abs_angle_norm':
        'aten.real / aten.imag: the Torch dialect has no op for them (FX exports view_as_real and a select)',
    'complex_arithmetic':
        'a complex Python constant (1j) has no Torch scalar type (FX passes it as a 0-d complex tensor)',
    'complex_cat_stack':
        'aten.conj / aten.resolve_conj: the Torch dialect has no op for them (FX exports aten._conj)',
    'complex_from_real_promotion':
        'a complex Python constant (2j) has no Torch scalar type (FX passes it as a 0-d complex tensor)',
    'fft_power_spectrum':
        'aten.hann_window: the Torch dialect has no op for it (FX exports its decomposition)',
}

COMPLEX_FFT_XFAILS = {
    "torchscript-linalg-refbackend": {
        **_TORCHSCRIPT,
        'complex128_arithmetic':
            'aten.conj: the Torch dialect has no op for it (tracing records aten._conj, FX aten._conj)',
        'embedding_bag_auxiliary_results':
            'TorchScript cannot script `list += tuple` (cannot statically infer the expected size of a list)',
        'embedding_bag_last_offset_and_2d':
            'aten.embedding_bag.padding_idx (TorchScript keeps the composite op; FX exports _embedding_bag_forward_only): no linalg rule',
    },
    "torchscript-trace-linalg-refbackend": dict(_TORCHSCRIPT),
    "ltc-linalg-refbackend": {
        'complex128_arithmetic':
            'complex tensors on the lazy device: no LTC lazy kernel for view_as_complex_copy, _conj_copy, angle, complex.out, prod',
        'complex_abs_angle_norm':
            'complex tensors on the lazy device: no LTC lazy kernel for view_as_complex_copy, _conj_copy, angle, complex.out, prod',
        'complex_cat_stack':
            'complex tensors on the lazy device: no LTC lazy kernel for view_as_complex_copy, _conj_copy, angle, complex.out, prod',
        'complex_from_real_promotion':
            'complex tensors on the lazy device: no LTC lazy kernel for view_as_complex_copy, _conj_copy, angle, complex.out, prod',
        'complex_llama_rotary_embedding':
            'complex tensors on the lazy device: no LTC lazy kernel for view_as_complex_copy, _conj_copy, angle, complex.out, prod',
        'complex_polar_rotation_dynamic':
            'complex tensors on the lazy device: no LTC lazy kernel for view_as_complex_copy, _conj_copy, angle, complex.out, prod',
        'complex_sum_mean':
            'complex tensors on the lazy device: no LTC lazy kernel for view_as_complex_copy, _conj_copy, angle, complex.out, prod',
        'embedding_bag_auxiliary_results':
            'aten._embedding_bag / _embedding_bag_forward_only: no LTC lazy kernel compiled through MLIR',
        'embedding_bag_dynamic':
            'aten._embedding_bag / _embedding_bag_forward_only: no LTC lazy kernel compiled through MLIR',
        'embedding_bag_last_offset_and_2d':
            'aten._embedding_bag / _embedding_bag_forward_only: no LTC lazy kernel compiled through MLIR',
        'embedding_bag_modes':
            'aten._embedding_bag / _embedding_bag_forward_only: no LTC lazy kernel compiled through MLIR',
        'embedding_bag_padding_weights':
            'aten._embedding_bag / _embedding_bag_forward_only: no LTC lazy kernel compiled through MLIR',
        'fft_complex128':
            'aten._fft_r2c / _fft_c2c / _fft_c2r: no LTC lazy kernel compiled through MLIR',
        'fft_fft_ifft_complex_input':
            'aten._fft_r2c / _fft_c2c / _fft_c2r: no LTC lazy kernel compiled through MLIR',
        'fft_fftn_ifft2_real_input':
            'aten._fft_r2c / _fft_c2c / _fft_c2r: no LTC lazy kernel compiled through MLIR',
        'fft_hfft_ihfft':
            'aten._fft_r2c / _fft_c2c / _fft_c2r: no LTC lazy kernel compiled through MLIR',
        'fft_irfft_roundtrip':
            'aten._fft_r2c / _fft_c2c / _fft_c2r: no LTC lazy kernel compiled through MLIR',
        'fft_power_spectrum':
            "aten.as_strided (of the FFT's input): a view op with no lazy kernel (LTC cannot fall back)",
        'fft_rfft':
            'aten._fft_r2c / _fft_c2c / _fft_c2r: no LTC lazy kernel compiled through MLIR',
        'fft_rfft2_view_as_real':
            'aten._fft_r2c / _fft_c2c / _fft_c2r: no LTC lazy kernel compiled through MLIR',
        'fft_rfft_dynamic_batch':
            'aten._fft_r2c / _fft_c2c / _fft_c2r: no LTC lazy kernel compiled through MLIR',
        'fft_rfftn_irfftn':
            'aten._fft_r2c / _fft_c2c / _fft_c2r: no LTC lazy kernel compiled through MLIR',
    },
    "fx-linalg-iree": {
        'complex128_arithmetic':
            'complex64/complex128 arguments or results: the IREE backend cannot pass complex tensors to or from torch',
        'complex_abs_angle_norm':
            'complex64/complex128 arguments or results: the IREE backend cannot pass complex tensors to or from torch',
        'complex_arithmetic':
            'complex64/complex128 arguments or results: the IREE backend cannot pass complex tensors to or from torch',
        'complex_cat_stack':
            'complex64/complex128 arguments or results: the IREE backend cannot pass complex tensors to or from torch',
        'complex_from_real_promotion':
            'complex64/complex128 arguments or results: the IREE backend cannot pass complex tensors to or from torch',
        'complex_pow_sigmoid_matmul':
            'complex64/complex128 arguments or results: the IREE backend cannot pass complex tensors to or from torch',
        'complex_sum_mean':
            'complex64/complex128 arguments or results: the IREE backend cannot pass complex tensors to or from torch',
        'fft_complex128':
            'complex64/complex128 arguments or results: the IREE backend cannot pass complex tensors to or from torch',
        'fft_fft_ifft_complex_input':
            'complex64/complex128 arguments or results: the IREE backend cannot pass complex tensors to or from torch',
        'fft_fftn_ifft2_real_input':
            'complex64/complex128 arguments or results: the IREE backend cannot pass complex tensors to or from torch',
        'fft_hfft_ihfft':
            'complex64/complex128 arguments or results: the IREE backend cannot pass complex tensors to or from torch',
        'fft_rfft':
            'complex64/complex128 arguments or results: the IREE backend cannot pass complex tensors to or from torch',
        'fft_rfft2_view_as_real':
            'complex64/complex128 arguments or results: the IREE backend cannot pass complex tensors to or from torch',
    },
    "fx-stablehlo-iree": {
        'complex128_arithmetic':
            'complex tensors: no StableHLO rule for complex dtypes (complex, view_as_real, polar, arithmetic)',
        'complex_abs_angle_norm':
            'complex tensors: no StableHLO rule for complex dtypes (complex, view_as_real, polar, arithmetic)',
        'complex_arithmetic':
            'complex tensors: no StableHLO rule for complex dtypes (complex, view_as_real, polar, arithmetic)',
        'complex_cat_stack':
            'complex tensors: no StableHLO rule for complex dtypes (complex, view_as_real, polar, arithmetic)',
        'complex_from_real_promotion':
            'complex tensors: no StableHLO rule for complex dtypes (complex, view_as_real, polar, arithmetic)',
        'complex_llama_rotary_embedding':
            'complex tensors: no StableHLO rule for complex dtypes (complex, view_as_real, polar, arithmetic)',
        'complex_polar_rotation_dynamic':
            'complex tensors: no StableHLO rule for complex dtypes (complex, view_as_real, polar, arithmetic)',
        'complex_pow_sigmoid_matmul':
            'complex tensors: no StableHLO rule for complex dtypes (complex, view_as_real, polar, arithmetic)',
        'complex_sum_mean':
            'complex tensors: no StableHLO rule for complex dtypes (complex, view_as_real, polar, arithmetic)',
        'embedding_bag_auxiliary_results':
            'aten.searchsorted / a run-time-length arange (the embedding bag decomposition): no StableHLO rule',
        'embedding_bag_dynamic':
            'aten.searchsorted / a run-time-length arange (the embedding bag decomposition): no StableHLO rule',
        'embedding_bag_last_offset_and_2d':
            'aten.searchsorted / a run-time-length arange (the embedding bag decomposition): no StableHLO rule',
        'embedding_bag_modes':
            'aten.searchsorted / a run-time-length arange (the embedding bag decomposition): no StableHLO rule',
        'embedding_bag_padding_weights':
            'aten.searchsorted / a run-time-length arange (the embedding bag decomposition): no StableHLO rule',
        'fft_complex128':
            'complex tensors: no StableHLO rule for complex dtypes (complex, view_as_real, polar, arithmetic)',
        'fft_fft_ifft_complex_input':
            'complex tensors: no StableHLO rule for complex dtypes (complex, view_as_real, polar, arithmetic)',
        'fft_fftn_ifft2_real_input':
            'complex tensors: no StableHLO rule for complex dtypes (complex, view_as_real, polar, arithmetic)',
        'fft_hfft_ihfft':
            'complex tensors: no StableHLO rule for complex dtypes (complex, view_as_real, polar, arithmetic)',
        'fft_irfft_roundtrip':
            'complex tensors: no StableHLO rule for complex dtypes (complex, view_as_real, polar, arithmetic)',
        'fft_power_spectrum':
            'complex tensors: no StableHLO rule for complex dtypes (complex, view_as_real, polar, arithmetic)',
        'fft_rfft':
            'complex tensors: no StableHLO rule for complex dtypes (complex, view_as_real, polar, arithmetic)',
        'fft_rfft2_view_as_real':
            'complex tensors: no StableHLO rule for complex dtypes (complex, view_as_real, polar, arithmetic)',
        'fft_rfft_dynamic_batch':
            'complex tensors: no StableHLO rule for complex dtypes (complex, view_as_real, polar, arithmetic)',
        'fft_rfftn_irfftn':
            'complex tensors: no StableHLO rule for complex dtypes (complex, view_as_real, polar, arithmetic)',
    },
    "fx-tosa-refbackend": {
        'complex128_arithmetic':
            'complex tensors: TOSA has no complex element type (no TOSA rule for complex, view_as_real, polar, ...)',
        'complex_abs_angle_norm':
            'complex tensors: TOSA has no complex element type (no TOSA rule for complex, view_as_real, polar, ...)',
        'complex_arithmetic':
            'complex tensors: TOSA has no complex element type (no TOSA rule for complex, view_as_real, polar, ...)',
        'complex_cat_stack':
            'complex tensors: TOSA has no complex element type (no TOSA rule for complex, view_as_real, polar, ...)',
        'complex_from_real_promotion':
            'complex tensors: TOSA has no complex element type (no TOSA rule for complex, view_as_real, polar, ...)',
        'complex_llama_rotary_embedding':
            'complex tensors: TOSA has no complex element type (no TOSA rule for complex, view_as_real, polar, ...)',
        'complex_polar_rotation_dynamic':
            'complex tensors: TOSA has no complex element type (no TOSA rule for complex, view_as_real, polar, ...)',
        'complex_pow_sigmoid_matmul':
            'complex tensors: TOSA has no complex element type (no TOSA rule for complex, view_as_real, polar, ...)',
        'complex_sum_mean':
            'complex tensors: TOSA has no complex element type (no TOSA rule for complex, view_as_real, polar, ...)',
        'embedding_bag_auxiliary_results':
            'aten.searchsorted / scatter_reduce (the embedding bag decomposition): no TOSA rule',
        'embedding_bag_dynamic':
            'aten.searchsorted / scatter_reduce (the embedding bag decomposition): no TOSA rule',
        'embedding_bag_last_offset_and_2d':
            'aten.searchsorted / scatter_reduce (the embedding bag decomposition): no TOSA rule',
        'embedding_bag_modes':
            'aten.searchsorted / scatter_reduce (the embedding bag decomposition): no TOSA rule',
        'embedding_bag_padding_weights':
            'aten.searchsorted / scatter_reduce (the embedding bag decomposition): no TOSA rule',
        'fft_complex128':
            'complex tensors: TOSA has no complex element type (no TOSA rule for complex, view_as_real, polar, ...)',
        'fft_fft_ifft_complex_input':
            'complex tensors: TOSA has no complex element type (no TOSA rule for complex, view_as_real, polar, ...)',
        'fft_fftn_ifft2_real_input':
            'complex tensors: TOSA has no complex element type (no TOSA rule for complex, view_as_real, polar, ...)',
        'fft_hfft_ihfft':
            'complex tensors: TOSA has no complex element type (no TOSA rule for complex, view_as_real, polar, ...)',
        'fft_irfft_roundtrip':
            'complex tensors: TOSA has no complex element type (no TOSA rule for complex, view_as_real, polar, ...)',
        'fft_power_spectrum':
            'complex tensors: TOSA has no complex element type (no TOSA rule for complex, view_as_real, polar, ...)',
        'fft_rfft':
            'complex tensors: TOSA has no complex element type (no TOSA rule for complex, view_as_real, polar, ...)',
        'fft_rfft2_view_as_real':
            'complex tensors: TOSA has no complex element type (no TOSA rule for complex, view_as_real, polar, ...)',
        'fft_rfft_dynamic_batch':
            'complex tensors: TOSA has no complex element type (no TOSA rule for complex, view_as_real, polar, ...)',
        'fft_rfftn_irfftn':
            'complex tensors: TOSA has no complex element type (no TOSA rule for complex, view_as_real, polar, ...)',
    },
}
# fx-tosa-iree fails on the same missing TOSA rules as fx-tosa-refbackend.
COMPLEX_FFT_XFAILS["fx-tosa-iree"] = COMPLEX_FFT_XFAILS["fx-tosa-refbackend"]
